// `tradeleads`: the commands, and the door to the window. A command runs in this program,
// which links none of the window's libraries: a command that loaded them spent most of its
// time in the dynamic loader and its page faults. With no command, the window's own program
// (tradeleads-window) takes this process over, with the same arguments.
#include "Cli.h"
#include "SourceSettings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// Beside this program in a build tree; under libexec once installed.
QString windowProgram()
{
    const QString own = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir directory = QFileInfo(own).absoluteDir();
    for (const QString& candidate : {directory.filePath(QStringLiteral("tradeleads-window")),
                                     directory.filePath(QStringLiteral(TRADELEADS_WINDOW_FROM_BINDIR))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return directory.filePath(QStringLiteral(TRADELEADS_WINDOW_FROM_BINDIR));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeads"));
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADELEADS_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!Cli::isSubcommand(arguments)) {
        const QString window = windowProgram();
        ::execv(QFile::encodeName(window).constData(), argv);
        const int reason = errno; // only an exec that failed comes back
        QCoreApplication app(argc, argv);
        Translations::install(QLocale::system());
        const QString message = QCoreApplication::translate("main", "tradeleads: cannot start the window (%1): %2\n")
                                    .arg(QDir::toNativeSeparators(window), QString::fromLocal8Bit(std::strerror(reason)));
        std::fputs(message.toLocal8Bit().constData(), stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    // Commands speak the language of the terminal they run in (LANG), as command-line tools do.
    Translations::install(QLocale::system());
    SourceSettings::exportCacheFileToEnvironment();
    return Cli::run(arguments);
}
