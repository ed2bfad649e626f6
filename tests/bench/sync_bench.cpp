// Sync throughput from the loopback fake API server, and the longest stall of the
// syncing thread's event loop (the thread that would draw the window).
//
//   tradeleads-sync-bench [--sam N] [--ita N] [--work-dir DIR]
//
// The server runs in a child process (this program with --serve), as SAM.gov is elsewhere:
// the peak RSS is the client's alone. Its pages are written before the clock starts; serving
// them still takes some of the machine's two cores, which a real server would not.
#include "BenchOutput.h"
#include "FakeApiServer.h"
#include "LeadStore.h"
#include "SyncManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>


#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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
    parser.addOption({QStringLiteral("serve"), QStringLiteral("Be the server: print its port, serve until stdin closes.")});
    parser.process(app);
    const int samCount = parser.value(QStringLiteral("sam")).toInt();
    const int itaCount = parser.value(QStringLiteral("ita")).toInt();

    if (parser.isSet(QStringLiteral("serve"))) {
        // Each page is a few megabytes built, copied into the socket and freed. glibc would
        // give that memory back to the kernel after each page and fault it in afresh for the
        // next (94,000 faults in 3 s, over half a core on this machine); kept, the server's
        // share of the two cores falls and the client is measured more nearly alone.
#ifdef __GLIBC__
        mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
        FakeApiServer server;
        server.listen();
        server.setSamRecords(samCount, QDate(2026, 1, 1), 300);
        server.setItaRecords(itaCount);
        std::printf("%d\n", int(server.port()));
        std::fflush(stdout);
        // The parent closes our stdin when it is done (or dies).
        QFile input;
        (void)input.open(stdin, QIODevice::ReadOnly);
        QThread watcher;
        QObject::connect(&watcher, &QThread::finished, &app, &QCoreApplication::quit);
        QObject reader;
        reader.moveToThread(&watcher);
        watcher.start();
        QMetaObject::invokeMethod(&reader, [&input] {
            char byte;
            while (input.read(&byte, 1) > 0) {
            }
            QThread::currentThread()->quit();
        });
        const int code = app.exec();
        watcher.wait();
        return code;
    }

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("work-dir")) ? parser.value(QStringLiteral("work-dir")) : temporary.path();
    qputenv("XDG_CONFIG_HOME", (dir + QStringLiteral("/config")).toUtf8());

    QElapsedTimer generation;
    generation.start();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--serve"), QStringLiteral("--sam"), QString::number(samCount), QStringLiteral("--ita"),
                  QString::number(itaCount)});
    if (!server.waitForStarted() || !server.waitForReadyRead(600000)) {
        std::fprintf(stderr, "the fake server did not start: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    const int port = server.readLine().trimmed().toInt();
    QUrl baseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    std::printf("fake server: %d SAM.gov and %d ITA records on %s (generated in %.1f s, in a process of its own)\n",
                samCount, itaCount, qPrintable(baseUrl.toString()), double(generation.elapsed()) / 1000.0);

    SyncConfig config;
    config.samBaseUrl = baseUrl;
    config.itaBaseUrl = baseUrl;
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
    server.closeWriteChannel();
    if (!server.waitForFinished(30000))
        server.kill();
    return exitCode;
}
