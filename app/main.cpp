// `tradeleads`: the commands, and the door to the two programs that need more libraries. A
// command runs here, in a program that links neither the window's libraries (Qt GUI, Widgets,
// Charts) nor the network and the keychain: loading them took most of a command's time. With
// no command, tradeleads-window takes this process over, with the same arguments; for `sync` and
// `attachments` (the network), tradeleads-sync does.
#include "CacheFileSetting.h"
#include "Cli.h"
#include "HugePageMalloc.h"
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
QString siblingProgram(const QString& name)
{
    const QString own = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir directory = QFileInfo(own).absoluteDir();
    const QString installed = directory.filePath(QStringLiteral(TRADELEADS_LIBEXEC_FROM_BINDIR "/") + name);
    for (const QString& candidate : {directory.filePath(name), installed}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(installed);
}

// Replaces this process with `name`; returns only when that failed, with the exit code.
int handOver(const QString& name, int argc, char* argv[])
{
    const QString program = siblingProgram(name);
    ::execv(QFile::encodeName(program).constData(), argv);
    const int reason = errno;
    QCoreApplication app(argc, argv);
    Translations::install(QLocale::system());
    const QString message = QCoreApplication::translate("main", "tradeleads: cannot start %1: %2\n")
                                .arg(QDir::toNativeSeparators(program), QString::fromLocal8Bit(std::strerror(reason)));
    std::fputs(message.toLocal8Bit().constData(), stderr);
    return 1;
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
    if (!Cli::isSubcommand(arguments))
        return handOver(QStringLiteral("tradeleads-window"), argc, argv);
    if (Cli::isSync(arguments)) {
        HugePageMalloc::requestForChildren();
        return handOver(QStringLiteral("tradeleads-sync"), argc, argv);
    }
    if (Cli::isImport(arguments))
        HugePageMalloc::restartWithThem(argv);
    QCoreApplication app(argc, argv);
    // Commands speak the language of the terminal they run in (LANG), as command-line tools do.
    Translations::install(QLocale::system());
    CacheFileSetting::exportToEnvironment();
    return Cli::run(arguments);
}
