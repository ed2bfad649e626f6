#include "Cli.h"
#include "Clock.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "SampleData.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QStringLiteral("The cache file."), QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to PNG once shown, then quit."),
                                        QStringLiteral("PNG")));
    parser.process(app);

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = qEnvironmentVariable("TRADELEADS_DB");
    if (path.isEmpty())
        path = LeadStore::defaultPath();
    auto store = LeadStore::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("Trade Leads"), store.errorMessage());
        return 1;
    }
    // An empty cache shows the bundled sample until the first sync brings real leads.
    auto stats = (*store)->stats(Clock::today());
    if (stats && stats->leads == 0) {
        auto loaded = SampleData::load(**store, Clock::today());
        if (!loaded)
            qWarning("%s", qPrintable(loaded.errorMessage()));
    }

    MainWindow window(**store);
    if (parser.isSet(QStringLiteral("screenshot"))) {
        // Taken once the leads are in, so the picture shows what a person would see.
        const QString png = parser.value(QStringLiteral("screenshot"));
        window.resize(1280, 800);
        auto take = [&window, png] {
            const bool saved = window.grab().save(png);
            std::fprintf(stderr, "%s %s\n", saved ? "Screenshot written to" : "Could not write", qPrintable(png));
            QApplication::exit(saved ? 0 : 1);
        };
        QObject::connect(window.leadModel(), &LeadTableModel::loaded, &window,
                         [&window, take] { QTimer::singleShot(800, &window, take); });
        QTimer::singleShot(15000, &window, take);
    }
    window.show();
    return app.exec();
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
    if (Cli::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        return Cli::run(arguments);
    }
    return runWindow(argc, argv);
}
