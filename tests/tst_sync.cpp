// The sync engine against the fake API server over real HTTP on 127.0.0.1.
#include "DescriptionFetcher.h"
#include "CacheDatabase.h"
#include "FakeApiServer.h"
#include "LeadFilter.h"
#include "LeadStore.h"
#include "RequestQuota.h"
#include "SyncManager.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

const QDate kLastDay(2026, 1, 1);

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullSyncEndsWithExactlyTheServersRecords();
    void faults_data();
    void faults();
    void connectionRefusedFailsAfterRetries();
    void timeoutIsRetriedThenFails();
    void quotaUsedUpRefusesToStart();
    void quotaTooSmallForTheRunStopsAfterFirstPage();
    void bulkCsvDownloadResumesWithRange_data();
    void bulkCsvDownloadResumesWithRange();
    void cancelKeepsCommittedPagesAndResumes();
    void aRunWhoseFirstWindowIsSmallStillLoadsInBulk();
    void cliSyncKeepsTheKeySecret();
    void killedSyncResumesToTheSameCache();
    void descriptionKeyGoesToTheSamHostOnly_data();
    void descriptionKeyGoesToTheSamHostOnly();
    void aCacheThatCannotOpenFailsEverySourceWithTheReason();

private:
    SyncConfig config() const;
    QList<SourceReport> runSync(const QStringList& sources, const SyncConfig& config, int timeoutMs = 300000);
    QProcessEnvironment cliEnvironment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<LeadStore> m_store;
};

void TestSync::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sync"));
}

void TestSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_server->setSamRecords(2500, kLastDay, 100);
    m_server->setItaRecords(250);
    m_server->setDatasetRecords(30);
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
}

void TestSync::cleanup()
{
    m_store.reset();
    m_server.reset();
    m_dir.reset();
}

SyncConfig TestSync::config() const
{
    SyncConfig config;
    config.samBaseUrl = m_server->baseUrl();
    config.itaBaseUrl = m_server->baseUrl();
    config.samCsvUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/ContractOpportunitiesFullCSV.csv"));
    // A fresh key per test gives each its own quota count.
    config.samApiKey = QStringLiteral("sam-test-key");
    config.itaApiKey = QStringLiteral("ita-test-key");
    config.samDailyQuota = 1000000;
    config.retryBase = std::chrono::milliseconds(5);
    config.timeout = std::chrono::milliseconds(3000);
    config.postedFrom = kLastDay.addDays(-400);
    config.postedTo = kLastDay;
    config.downloadDir = m_dir->filePath(QStringLiteral("downloads"));
    return config;
}

QList<SourceReport> TestSync::runSync(const QStringList& sources, const SyncConfig& config, int timeoutMs)
{
    SyncManager manager(m_store->path(), config);
    QSignalSpy finished(&manager, &SyncManager::finished);
    manager.start(sources);
    if (!finished.wait(timeoutMs))
        return {};
    return manager.reports();
}

QProcessEnvironment TestSync::cliEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TRADELEADS_SAM_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("TRADELEADS_ITA_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("TRADELEADS_SAM_API_KEY"), QStringLiteral("sam-test-key"));
    environment.insert(QStringLiteral("TRADELEADS_ITA_API_KEY"), QStringLiteral("ita-test-key"));
    environment.insert(QStringLiteral("TRADELEADS_RETRY_BASE_MS"), QStringLiteral("5"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    return environment;
}

void TestSync::fullSyncEndsWithExactlyTheServersRecords()
{
    m_server->setSamRecords(50000, kLastDay, 800);
    SyncConfig c = config();
    c.postedFrom = kLastDay.addDays(-900); // three one-year windows
    const QStringList sources = {QStringLiteral("sam"),        QStringLiteral("ita-leads"),   QStringLiteral("ita-events"),
                                 QStringLiteral("ita-offices"), QStringLiteral("ita-programs"), QStringLiteral("ita-mrl"),
                                 QStringLiteral("ita-articles"), QStringLiteral("ita-etoolkit")};
    const QList<SourceReport> reports = runSync(sources, c);
    QCOMPARE(reports.size(), sources.size());
    for (const SourceReport& report : reports)
        QVERIFY2(report.outcome == SyncOutcome::Ok, qPrintable(report.source + u' ' + report.message));
    const QStringList serverIds = m_server->samNoticeIds();
    const QSet<QString> expected(serverIds.cbegin(), serverIds.cend());
    QCOMPARE(expected.size(), 50000);
    const QSet<QString> stored = idsOf(*m_store, QStringLiteral("sam"));
    if (stored != expected) {
        for (const QString& id : expected - stored)
            qWarning("missing %s", qPrintable(id));
        qWarning("skipped %lld: %s", reports[0].skipped, qPrintable(reports[0].message));
    }
    QCOMPARE(stored, expected);
    qInfo("sam: %lld inserted, %lld updated, %lld unchanged, %lld skipped, %lld records", reports[0].inserted, reports[0].updated, reports[0].unchanged, reports[0].skipped, reports[0].records);
    QCOMPARE(reports[0].inserted, 50000);
    QVERIFY2(m_server->requestCount(QStringLiteral("/opportunities/v2/search")) >= 52,
             "three windows of 1000-record pages");
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source LIKE 'ita-%' AND source NOT IN "
                                             "('ita-events','ita-offices','ita-programs','ita-mrl','ita-articles','ita-etoolkit')")),
             qint64(250));
    for (const char* dataset : {"ita-events", "ita-offices", "ita-programs", "ita-mrl", "ita-articles", "ita-etoolkit"})
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source = '%1'").arg(QLatin1String(dataset))),
                 qint64(30));
    const qint64 versionsBefore = scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead_version"));

    // Nothing new on the server: a second sync changes nothing.
    const QList<SourceReport> again = runSync(sources, c);
    for (const SourceReport& report : again) {
        QVERIFY2(report.outcome == SyncOutcome::Ok, qPrintable(report.message));
        QCOMPARE(report.inserted, 0);
        QCOMPARE(report.updated, 0);
    }
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source = 'sam'")), qint64(50000));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead_version")), versionsBefore);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE outcome = 'ok'")),
             qint64(2 * sources.size()));
    QVERIFY(m_store->syncState(QStringLiteral("sam")).cursor.isEmpty());
}

void TestSync::faults_data()
{
    using Fault = FakeApiServer::Fault;
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("pagesKept");

    const QByteArray dateRange = R"({"errorCode":"400","errorMessage":"Date range must be 1 year(s) apart"})";
    QTest::newRow("400 shown as sent, not retried") << "sam" << int(Fault::Status) << 400 << dateRange << QByteArray()
                                                    << 1 << -1 << int(SyncOutcome::Failed)
                                                    << "SAM.gov answered 400: Date range must be 1 year(s) apart" << 1;
    QTest::newRow("404 no data") << "sam" << int(Fault::Status) << 404 << QByteArray(R"({"message":"No Data found"})")
                                 << QByteArray() << 0 << -1 << int(SyncOutcome::Failed)
                                 << "SAM.gov answered 404: No Data found" << 0;
    QTest::newRow("invalid key points to settings")
        << "sam" << int(Fault::Status) << 403
        << QByteArray(R"({"error":{"code":"API_KEY_INVALID","message":"An invalid api_key was supplied"}})")
        << QByteArray() << 0 << -1 << int(SyncOutcome::Failed) << "An invalid api_key was supplied" << 0;
    // A gateway may say it with a success status; only such a small answer is read as a message.
    QTest::newRow("invalid key in a 200 answer")
        << "sam" << int(Fault::Status) << 200
        << QByteArray(R"({"error":{"code":"API_KEY_INVALID","message":"An invalid api_key was supplied"}})")
        << QByteArray() << 0 << -1 << int(SyncOutcome::Failed) << "An invalid api_key was supplied" << 0;
    QTest::newRow("401 on ITA") << "ita-leads" << int(Fault::Status) << 401
                                << QByteArray(R"({"message":"Unauthorized"})") << QByteArray() << 0 << -1
                                << int(SyncOutcome::Failed) << "Check the key in Settings or TRADELEADS_ITA_API_KEY" << 0;
    QTest::newRow("429 short Retry-After is honoured")
        << "sam" << int(Fault::Status) << 429 << QByteArray(R"({"message":"slow down"})") << QByteArray("1") << 1 << 1
        << int(SyncOutcome::Ok) << QString() << 3;
    QTest::newRow("429 daily quota stops with the time to resume")
        << "sam" << int(Fault::Status) << 429
        << QByteArray(R"({"message":"Quota exceeded","description":"Daily limit","nextAccessTime":"2099-Jan-01 00:00:00+0000 UTC"})")
        << QByteArray() << 2 << -1 << int(SyncOutcome::QuotaExhausted) << "Resume after 2099-01-01T00:00:00Z" << 2;
    QTest::newRow("5xx retried then succeeds") << "sam" << int(Fault::Status) << 503 << QByteArray("busy") << QByteArray()
                                               << 1 << 2 << int(SyncOutcome::Ok) << QString() << 3;
    QTest::newRow("5xx gives up, pages kept") << "sam" << int(Fault::Status) << 500 << QByteArray("oops") << QByteArray()
                                              << 2 << -1 << int(SyncOutcome::Failed)
                                              << "server error (500) (gave up after 4 attempts" << 2;
    QTest::newRow("truncated body retried") << "sam" << int(Fault::Truncate) << 200 << QByteArray() << QByteArray() << 1
                                            << 1 << int(SyncOutcome::Ok) << QString() << 3;
    QTest::newRow("truncated every time fails") << "ita-leads" << int(Fault::Truncate) << 200 << QByteArray()
                                                << QByteArray() << 1 << -1 << int(SyncOutcome::Failed) << "cut off" << 1;
    QTest::newRow("malformed JSON retried then fails")
        << "sam" << int(Fault::Malformed) << 200 << QByteArray() << QByteArray() << 0 << -1 << int(SyncOutcome::Failed)
        << "cannot be read" << 0;
    QTest::newRow("wrong content type") << "ita-leads" << int(Fault::WrongContentType) << 200 << QByteArray()
                                        << QByteArray() << 0 << -1 << int(SyncOutcome::Failed) << "text/html" << 0;
    QTest::newRow("connection dropped retried") << "ita-leads" << int(Fault::Close) << 0 << QByteArray() << QByteArray()
                                                << 1 << 2 << int(SyncOutcome::Ok) << QString() << 3;
}

void TestSync::faults()
{
    QFETCH(QString, source);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, skip);
    QFETCH(int, times);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    QFETCH(int, pagesKept);

    FakeApiServer::Fault fault;
    fault.pathPrefix = source == QLatin1String("sam") ? QStringLiteral("/opportunities/v2/search")
                                                      : QStringLiteral("/trade_leads/search");
    fault.kind = FakeApiServer::Fault::Kind(kind);
    fault.status = status;
    fault.body = body;
    if (!retryAfter.isEmpty())
        fault.headers.append({"Retry-After", retryAfter});
    fault.skip = skip;
    fault.times = times;
    m_server->addFault(fault);

    SyncConfig c = config();
    c.samPageSize = 1000;
    c.itaPageSize = 100;
    const QList<SourceReport> reports = runSync({source}, c, 60000);
    QCOMPARE(reports.size(), 1);
    const SourceReport& report = reports.first();
    QVERIFY2(int(report.outcome) == outcome, qPrintable(report.message));
    if (!message.isEmpty())
        QVERIFY2(report.message.contains(message), qPrintable(report.message));
    QCOMPARE(report.pages, qint64(pagesKept));
    const QString stored = source == QLatin1String("sam") ? QStringLiteral("sam") : QStringLiteral("ita-%");
    const qint64 rows = scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source LIKE '%1'").arg(stored));
    QCOMPARE(rows, report.records);
    auto runs = m_store->syncRuns(source);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().outcome, outcomeName(report.outcome));
    if (outcome == int(SyncOutcome::QuotaExhausted))
        QCOMPARE(report.resumeAt, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    if (status == 400 || status == 404 || status == 403 || status == 401)
        QCOMPARE(m_server->requestCount(fault.pathPrefix), skip + 1); // never retried
}

void TestSync::connectionRefusedFailsAfterRetries()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    SyncConfig c = config();
    c.samBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QList<SourceReport> reports = runSync({QStringLiteral("sam")}, c, 30000);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().outcome, SyncOutcome::Failed);
    QVERIFY2(reports.first().message.contains(QStringLiteral("Cannot reach SAM.gov")), qPrintable(reports.first().message));
    QCOMPARE(reports.first().requests, qint64(4));
    QVERIFY(!reports.first().message.contains(QStringLiteral("sam-test-key")));
}

void TestSync::timeoutIsRetriedThenFails()
{
    FakeApiServer::Fault hang;
    hang.pathPrefix = QStringLiteral("/trade_leads/search");
    hang.kind = FakeApiServer::Fault::Hang;
    hang.times = -1;
    m_server->addFault(hang);
    SyncConfig c = config();
    c.timeout = std::chrono::milliseconds(300);
    c.maxAttempts = 2;
    const QList<SourceReport> reports = runSync({QStringLiteral("ita-leads")}, c, 30000);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().outcome, SyncOutcome::Failed);
    QVERIFY2(reports.first().message.contains(QStringLiteral("timed out")), qPrintable(reports.first().message));
    QCOMPARE(m_server->requestCount(QStringLiteral("/trade_leads/search")), 2);
}

void TestSync::quotaUsedUpRefusesToStart()
{
    SyncConfig c = config();
    c.samApiKey = QStringLiteral("sam-test-key");
    c.samDailyQuota = 2;
    RequestQuota quota(c.samApiKey, c.samDailyQuota);
    while (quota.remaining() > 0)
        quota.countRequest();
    const QList<SourceReport> reports = runSync({QStringLiteral("sam")}, c);
    QCOMPARE(reports.first().outcome, SyncOutcome::Failed);
    QVERIFY2(reports.first().message.contains(QStringLiteral("quota of 2 SAM.gov requests is used up")),
             qPrintable(reports.first().message));
    QCOMPARE(m_server->requestCount(QStringLiteral("/opportunities")), 0);
}

void TestSync::quotaTooSmallForTheRunStopsAfterFirstPage()
{
    SyncConfig c = config();
    c.samApiKey = QStringLiteral("sam-test-key");
    c.samDailyQuota = 100000; // a different limit, the same count of today's requests
    RequestQuota quota(c.samApiKey, c.samDailyQuota);
    const int used = quota.used();
    c.samDailyQuota = used + 2;
    const QList<SourceReport> reports = runSync({QStringLiteral("sam")}, c);
    QCOMPARE(reports.first().outcome, SyncOutcome::QuotaExhausted);
    QVERIFY2(reports.first().message.contains(QStringLiteral("needs about 2 more SAM.gov requests but only 1")),
             qPrintable(reports.first().message));
    QCOMPARE(reports.first().pages, qint64(1));
    QCOMPARE(RequestQuota(c.samApiKey, c.samDailyQuota).used(), used + 1);
}

void TestSync::bulkCsvDownloadResumesWithRange_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("stalls half-way") << int(FakeApiServer::Fault::Stall);
    QTest::newRow("connection closed half-way") << int(FakeApiServer::Fault::Truncate);
}

void TestSync::bulkCsvDownloadResumesWithRange()
{
    QFETCH(int, kind);
    m_server->setCsvRows(400);
    FakeApiServer::Fault cut;
    cut.pathPrefix = QStringLiteral("/ContractOpportunitiesFullCSV.csv");
    cut.kind = FakeApiServer::Fault::Kind(kind); // half the file, then silence or a closed connection
    cut.times = 1;
    m_server->addFault(cut);
    SyncConfig c = config();
    c.timeout = std::chrono::milliseconds(500);
    const QList<SourceReport> reports = runSync({QStringLiteral("sam-csv")}, c);
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.first().outcome == SyncOutcome::Ok, qPrintable(reports.first().message));
    QCOMPARE(reports.first().inserted, 400);
    QCOMPARE(reports.first().skipped, 0);
    const QList<FakeApiServer::Request> requests = m_server->requests();
    QVERIFY(requests.size() >= 2);
    QVERIFY(!requests[0].head.contains("Range:"));
    // After a stall our client resumes with Range; after a dropped connection Qt may resend by itself.
    if (kind == int(FakeApiServer::Fault::Stall)) {
        QCOMPARE(requests.size(), 2);
        QVERIFY2(requests[1].head.contains("Range: bytes="), requests[1].head.constData());
    }
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source = 'sam'")), qint64(400));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("downloads/ContractOpportunitiesFullCSV.csv.part"))));
}

void TestSync::cancelKeepsCommittedPagesAndResumes()
{
    m_server->setResponseDelay(30);
    SyncConfig c = config();
    c.samPageSize = 100;
    {
        SyncManager manager(m_store->path(), c);
        QSignalSpy finished(&manager, &SyncManager::finished);
        bool indexing = false;
        connect(&manager, &SyncManager::progress, &manager, [&manager, &indexing](const SyncProgress& progress) {
            indexing |= progress.indexing;
            if (progress.pages == 5)
                manager.cancel();
        });
        manager.start({QStringLiteral("sam")});
        QVERIFY(finished.wait(60000));
        QCOMPARE(manager.reports().first().outcome, SyncOutcome::Cancelled);
        QCOMPARE(manager.reports().first().pages, qint64(5));
        QVERIFY(!indexing); // a few pages keep the row path: no rebuild to wait for
    }
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM lead")), qint64(500));
    QVERIFY(!m_store->syncState(QStringLiteral("sam")).cursor.isEmpty());
    m_server->setResponseDelay(0);
    const QList<SourceReport> resumed = runSync({QStringLiteral("sam")}, c);
    QCOMPARE(resumed.first().outcome, SyncOutcome::Ok);
    QCOMPARE(resumed.first().inserted, 2000);
    const QStringList serverIds = m_server->samNoticeIds();
    const QSet<QString> expected(serverIds.cbegin(), serverIds.cend());
    QCOMPARE(idsOf(*m_store, QStringLiteral("sam")), expected);
}

void TestSync::aRunWhoseFirstWindowIsSmallStillLoadsInBulk()
{
    // SAM.gov tells a window's count as the run reaches it: a first window of a few leads
    // must not keep a run of thousands on the row path. The records are posted over the last
    // 150 days: the first window holds their first days, the second most of them.
    m_server->setSamRecords(8000, kLastDay, 100);
    SyncConfig c = config();
    c.postedFrom = kLastDay.addDays(-260);
    c.windowDays = 120;
    FakeApiServer::Fault hang;
    hang.pathPrefix = QStringLiteral("/opportunities/v2/search");
    hang.kind = FakeApiServer::Fault::Hang;
    hang.skip = 4; // the first window, and the second's first pages, come through
    m_server->addFault(hang);
    const QString lock = m_store->path() + QStringLiteral(".bulk-load");
    {
        SyncManager manager(m_store->path(), c);
        QSignalSpy finished(&manager, &SyncManager::finished);
        QList<SyncProgress> seen;
        connect(&manager, &SyncManager::progress, &manager, [&seen](const SyncProgress& progress) { seen.append(progress); });
        manager.start({QStringLiteral("sam")});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock), 30000); // the bulk load holds its lock
        manager.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(manager.reports().first().outcome, SyncOutcome::Cancelled);
        // The rebuild at the stop is said once, last, with the leads stored.
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.last().indexing);
        QCOMPARE(std::count_if(seen.cbegin(), seen.cend(), [](const SyncProgress& p) { return p.indexing; }), 1);
        QCOMPARE(seen.last().records, manager.reports().first().records);
    }
    QVERIFY(!QFileInfo::exists(lock)); // finished at the stop: the indexes are whole again
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'")), qint64(0));
    const QList<SourceReport> resumed = runSync({QStringLiteral("sam")}, c);
    QCOMPARE(resumed.first().outcome, SyncOutcome::Ok);
    const QStringList serverIds = m_server->samNoticeIds();
    QCOMPARE(idsOf(*m_store, QStringLiteral("sam")), QSet<QString>(serverIds.cbegin(), serverIds.cend()));
    QVERIFY(QSqlQuery(cacheDatabase(*m_store)).exec(QStringLiteral("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')")));
}

void TestSync::cliSyncKeepsTheKeySecret()
{
    const QString secret = QStringLiteral("sam-test-key");
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    const QString db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    process.start(QStringLiteral(TRADELEADS_BINARY),
                  {QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--source"), QStringLiteral("sam"),
                   QStringLiteral("--source"), QStringLiteral("ita-leads"), QStringLiteral("--posted-from"),
                   QStringLiteral("2025-06-01"), QStringLiteral("--posted-to"), QStringLiteral("2026-01-01")});
    QSignalSpy done(&process, &QProcess::finished);
    QVERIFY(done.count() > 0 || done.wait(120000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains("sam: ok"), out.constData());
    QVERIFY2(out.contains("ita-leads: ok"), out.constData());
    QVERIFY2(err.contains("SAM.gov quota:"), err.constData());
    QVERIFY(!out.contains(secret.toUtf8()) && !err.contains(secret.toUtf8()));
    QVERIFY(!out.contains("ita-test-key") && !err.contains("ita-test-key"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(db + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(db + suffix));
        QVERIFY2(!bytes.contains("ita-test-key"), qPrintable(db + suffix));
    }
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    // The key went to the configured host only: every request reached this server.
    for (const FakeApiServer::Request& request : m_server->requests())
        QVERIFY(request.head.contains("Host: 127.0.0.1"));
}

void TestSync::killedSyncResumesToTheSameCache()
{
    m_server->setSamRecords(6000, kLastDay, 300);
    m_server->setResponseDelay(40);
    const QString db = m_dir->filePath(QStringLiteral("killed.sqlite"));
    const QStringList arguments = {QStringLiteral("sync"),        QStringLiteral("--db"),         db,
                                   QStringLiteral("--source"),    QStringLiteral("sam"),          QStringLiteral("--source"),
                                   QStringLiteral("ita-leads"),   QStringLiteral("--posted-from"), QStringLiteral("2025-01-01"),
                                   QStringLiteral("--posted-to"), QStringLiteral("2026-01-01")};
    int kills = 0;
    int killedMidway = 0;
    const qint64 total = m_server->samNoticeIds(QDate(2025, 1, 1), QDate(2026, 1, 1)).size() + 250;
    for (int round = 0; round < 8; ++round) {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(TRADELEADS_BINARY), arguments);
        QVERIFY2(process.waitForStarted(-1), qPrintable(process.errorString())); // no deadline: CI machines can be slow to fork
        // Killed after a random number of requests, so the kill falls between pages or inside one.
        const qsizetype before = m_server->requests().size();
        const int requests = int(QRandomGenerator::global()->bounded(1, 8));
        (void)QTest::qWaitFor([&] { return m_server->requests().size() >= before + requests || process.state() != QProcess::Running; },
                        30000);
        QTest::qWait(int(QRandomGenerator::global()->bounded(0, 30)));
        if (process.state() == QProcess::Running) {
            process.kill(); // SIGKILL
            ++kills;
        }
        QVERIFY(done.count() > 0 || done.wait(60000));
        auto partial = LeadStore::open(db);
        QVERIFY2(partial.ok(), qPrintable(partial.errorMessage()));
        const qint64 rows = scalar(**partial, QStringLiteral("SELECT COUNT(*) FROM lead"));
        const bool unfinished = !(*partial)->syncState(QStringLiteral("sam")).cursor.isEmpty()
            || !(*partial)->syncState(QStringLiteral("ita-leads")).cursor.isEmpty() || rows < total;
        if (unfinished)
            ++killedMidway;
        qInfo("round %d: %lld of %lld leads in the cache", round, rows, total);
    }
    qInfo("killed the sync %d times, %d of them part-way through", kills, killedMidway);
    QVERIFY(kills >= 5);
    QVERIFY(killedMidway >= 2);
    m_server->setResponseDelay(0);
    QProcess last;
    last.setProcessEnvironment(cliEnvironment());
    QSignalSpy done(&last, &QProcess::finished);
    last.start(QStringLiteral(TRADELEADS_BINARY), arguments);
    QVERIFY(done.count() > 0 || done.wait(120000));
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());

    auto store = LeadStore::open(db);
    QVERIFY(store.ok());
    QCOMPARE(scalar(**store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source = 'sam'")),
             qint64(m_server->samNoticeIds(QDate(2025, 1, 1), QDate(2026, 1, 1)).size()));
    const QStringList expectedList = m_server->samNoticeIds(QDate(2025, 1, 1), QDate(2026, 1, 1));
    QCOMPARE(idsOf(**store, QStringLiteral("sam")), QSet<QString>(expectedList.cbegin(), expectedList.cend()));
    QCOMPARE(scalar(**store, QStringLiteral("SELECT COUNT(*) FROM lead WHERE source LIKE 'ita-%'")), qint64(250));
    QCOMPARE(scalar(**store, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT source || '/' || source_id) FROM lead")),
             qint64(0));
    QSqlQuery integrity(cacheDatabase(**store));
    QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(integrity.exec(QStringLiteral("INSERT INTO lead_fts(lead_fts) VALUES('integrity-check')")));
}

void TestSync::descriptionKeyGoesToTheSamHostOnly_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("fetched");
    QTest::addColumn<QString>("expected");
    QTest::newRow("configured host") << "{base}/prod/opportunities/v1/noticedesc?noticeid={id}" << true
                                     << "Statement of work for notice";
    QTest::newRow("another sam.gov host is asked of the configured one")
        << " https://api-alpha.sam.gov/prodlike /opportunities/v1/noticedesc?noticeid={id}" << true
        << "Statement of work for notice";
    QTest::newRow("unknown notice") << "{base}/prod/opportunities/v1/noticedesc?noticeid=nope" << false
                                    << "Description Not Found";
    QTest::newRow("foreign host is refused") << "http://127.0.0.2:{port}/noticedesc?noticeid={id}" << false
                                             << "does not point to SAM.gov";
    QTest::newRow("not a link") << "javascript:alert(1)" << false << "does not point to SAM.gov";
}

void TestSync::descriptionKeyGoesToTheSamHostOnly()
{
    QFETCH(QString, link);
    QFETCH(bool, fetched);
    QFETCH(QString, expected);
    const QString id = m_server->samNoticeIds().first();
    link.replace(QStringLiteral("{base}"), m_server->baseUrl().toString())
        .replace(QStringLiteral("{id}"), id)
        .replace(QStringLiteral("{port}"), QString::number(m_server->port()));
    QNetworkAccessManager network;
    DescriptionFetcher fetcher(network, config());
    QSignalSpy ok(&fetcher, &DescriptionFetcher::fetched);
    QSignalSpy failed(&fetcher, &DescriptionFetcher::failed);
    fetcher.fetch(id, link);
    QTRY_COMPARE_WITH_TIMEOUT(ok.count() + failed.count(), 1, 10000);
    QCOMPARE(ok.count(), fetched ? 1 : 0);
    const QString text = fetched ? ok.first().at(1).toString() : failed.first().at(1).toString();
    QVERIFY2(text.contains(expected), qPrintable(text));
    for (const FakeApiServer::Request& request : m_server->requests())
        QVERIFY(request.target.contains("api_key=sam-test-key"));
    if (expected.contains(QStringLiteral("SAM.gov")) && !fetched)
        QCOMPARE(m_server->requests().size(), 0);
}


void TestSync::aCacheThatCannotOpenFailsEverySourceWithTheReason()
{
    // The cache's folder is a file: the writer's open fails on its thread.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SyncManager manager(blocker.fileName() + QStringLiteral("/cache.sqlite"), config());
    QSignalSpy sourceFinished(&manager, &SyncManager::sourceFinished);
    QSignalSpy finished(&manager, &SyncManager::finished);
    manager.start({QStringLiteral("sam"), QStringLiteral("ita-leads")});
    QVERIFY(manager.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(sourceFinished.count(), 2);
    const QList<SourceReport> reports = manager.reports();
    QCOMPARE(reports.size(), 2);
    for (const SourceReport& report : reports) {
        QCOMPARE(report.outcome, SyncOutcome::Failed);
        QVERIFY2(!report.message.isEmpty(), qPrintable(report.source));
    }
    QVERIFY(!manager.isRunning());
    QCOMPARE(m_server->requests().size(), 0);

    // Started again from its own report: a new attempt, with the same answer.
    connect(&manager, &SyncManager::finished, &manager, [&manager, once = true]() mutable {
        if (std::exchange(once, false))
            manager.start({QStringLiteral("sam")});
    });
    manager.start({QStringLiteral("ita-leads")});
    QVERIFY(finished.wait(30000));
    if (finished.count() < 3)
        QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 3);
    QCOMPARE(manager.reports().size(), 1);
    QCOMPARE(manager.reports().first().source, QStringLiteral("sam"));
    QCOMPARE(manager.reports().first().outcome, SyncOutcome::Failed);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
