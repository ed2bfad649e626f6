// Sync throughput from the loopback fake API server, and the longest stall of the
// syncing thread's event loop (the thread that would draw the window).
//
//   tradeleads-sync-bench [--sam N] [--ita N] [--work-dir DIR]
#include "BenchOutput.h"
#include "FakeApiServer.h"
#include "LeadStore.h"
#include "SyncManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>


#include <cstdio>

namespace {

struct Measured
{
    qint64 records = 0;
    double seconds = 0;
    double longestStallMs = 0;
    bool ok = false;
    QString message;
};

Measured measure(const QString& cache, const SyncConfig& config, const QStringList& sources)
{
    Measured result;
    SyncManager manager(cache, config);
    QEventLoop loop;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        result.longestStallMs = qMax(result.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QObject::connect(&manager, &SyncManager::finished, &loop, [&](const QList<SourceReport>& reports) {
        result.ok = true;
        for (const SourceReport& report : reports) {
            result.records += report.records;
            if (report.outcome != SyncOutcome::Ok) {
                result.ok = false;
                result.message = report.message;
            }
        }
        loop.quit();
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    manager.start(sources);
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sam"), QStringLiteral("SAM.gov records on the server."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("ita"), QStringLiteral("ITA trade leads on the server."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("work-dir"), QStringLiteral("Where the caches go."), QStringLiteral("DIR")});
    parser.process(app);
    const int samCount = parser.value(QStringLiteral("sam")).toInt();
    const int itaCount = parser.value(QStringLiteral("ita")).toInt();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("work-dir")) ? parser.value(QStringLiteral("work-dir")) : temporary.path();
    qputenv("XDG_CONFIG_HOME", (dir + QStringLiteral("/config")).toUtf8());

    // The server runs on a thread of its own so that its work never counts as the client's stall.
    QThread serverThread;
    serverThread.start();
    FakeApiServer* server = nullptr;
    QElapsedTimer generation;
    generation.start();
    QObject holder;
    holder.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &holder,
        [&] {
            server = new FakeApiServer;
            server->listen();
            server->setSamRecords(samCount, QDate(2026, 1, 1), 300);
            server->setItaRecords(itaCount);
        },
        Qt::BlockingQueuedConnection);
    std::printf("fake server: %d SAM.gov and %d ITA records on %s (generated in %.1f s)\n", samCount, itaCount,
                qPrintable(server->baseUrl().toString()), double(generation.elapsed()) / 1000.0);

    SyncConfig config;
    config.samBaseUrl = server->baseUrl();
    config.itaBaseUrl = server->baseUrl();
    config.samApiKey = QStringLiteral("sam-test-key");
    config.itaApiKey = QStringLiteral("ita-test-key");
    config.samDailyQuota = 1000000;
    config.postedFrom = QDate(2024, 1, 1); // every record, in two one-year windows
    config.postedTo = QDate(2026, 1, 1);

    std::printf("%-10s %10s %9s %10s %16s %14s\n", "source", "leads", "seconds", "leads/s", "longest stall ms",
                "peak RSS MB");
    const QList<QPair<QString, QStringList>> runs = {{QStringLiteral("sam"), {QStringLiteral("sam")}},
                                                     {QStringLiteral("ita-leads"), {QStringLiteral("ita-leads")}}};
    int exitCode = 0;
    for (const auto& [name, sources] : runs) {
        const QString cache = dir + QStringLiteral("/sync-") + name + QStringLiteral(".sqlite");
        QFile::remove(cache);
        const Measured m = measure(cache, config, sources);
        std::printf("%-10s %10lld %9.2f %10.0f %16.1f %14.1f%s\n", qPrintable(name), m.records, m.seconds,
                    double(m.records) / qMax(m.seconds, 1e-9), m.longestStallMs, peakRssMb(),
                    m.ok ? "" : qPrintable(QStringLiteral("  FAILED: ") + m.message));
        if (!m.ok)
            exitCode = 1;
    }
    QMetaObject::invokeMethod(
        &holder, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return exitCode;
}
