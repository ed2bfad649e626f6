// The error bodies of the real SAM.gov API gateway, as others recorded them
// (shared/real-world/sam_error_bodies_observed.json, read here at run time), served by the fake
// server over real HTTP to the real sync: the outcome, the message and the time to resume.
#include "FakeApiServer.h"
#include "LeadStore.h"
#include "RequestQuota.h"
#include "SyncManager.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kRealWorldDir = QStringLiteral(TRADELEADS_REAL_WORLD_DIR);
const QString kBodiesFile = QStringLiteral("sam_error_bodies_observed.json");
const QString kSearchPath = QStringLiteral("/opportunities/v2/search");
// Unlike the fake server's default key, so a leak of this one cannot hide behind another text.
const QString kApiKey = QStringLiteral("errbody-Key-7f3a9c");

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

// As the gateway writes it: "2026-Sep-02 00:00:00+0000 UTC".
QString gatewayText(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("yyyy-MMM-dd HH:mm:ss")) + QStringLiteral("+0000 UTC");
}

} // namespace

class TestSamErrorBodies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void observedBodies_data();
    void observedBodies();
    void statedTimeDecidesWaitOrStop_data();
    void statedTimeDecidesWaitOrStop();

private:
    SyncConfig config() const;
    SourceReport runSam(const FakeApiServer::Fault& fault);
    static QString addObservedRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<LeadStore> m_store;
};

void TestSamErrorBodies::initTestCase()
{
    static QTemporaryDir settings; // the request quota counts in the settings
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_samerrorbodies"));
}

void TestSamErrorBodies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_server->setSamKey(kApiKey);
    m_server->setSamRecords(300, QDate(2026, 1, 1), 100);
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
}

void TestSamErrorBodies::cleanup()
{
    m_store.reset();
    m_server.reset();
    m_dir.reset();
}

SyncConfig TestSamErrorBodies::config() const
{
    SyncConfig config;
    config.samBaseUrl = m_server->baseUrl();
    config.samApiKey = kApiKey;
    config.samDailyQuota = 1000000;
    config.retryBase = std::chrono::milliseconds(5);
    config.timeout = std::chrono::milliseconds(3000);
    config.postedFrom = QDate(2025, 6, 1);
    config.postedTo = QDate(2026, 1, 1);
    config.downloadDir = m_dir->filePath(QStringLiteral("downloads"));
    return config;
}

SourceReport TestSamErrorBodies::runSam(const FakeApiServer::Fault& fault)
{
    m_server->addFault(fault);
    SyncManager manager(m_store->path(), config());
    QSignalSpy finished(&manager, &SyncManager::finished);
    manager.start({QStringLiteral("sam")});
    if (!finished.wait(60000) || manager.reports().size() != 1)
        return {};
    return manager.reports().first();
}

// One row per entry of the file, in its order; what went wrong with the file, if anything.
QString TestSamErrorBodies::addObservedRows()
{
    const QString path = kRealWorldDir + u'/' + kBodiesFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1: %2. The real-world data is expected in the directory %3 (the CMake "
                              "cache variable TRADELEADS_REAL_WORLD_DIR).")
            .arg(kBodiesFile, file.errorString(), kRealWorldDir);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray())
        return QStringLiteral("%1 is not a JSON array: %2").arg(path, error.errorString());
    const QJsonArray entries = document.array();

    // Written by hand from each entry's body, in the file's order.
    struct Expected
    {
        int status;
        SyncOutcome outcome;
        QString said;
        QDateTime stated;
    };
    const QString throttled = QStringLiteral("Message throttled out");
    const QList<Expected> expected = {
        {429, SyncOutcome::QuotaExhausted, throttled, utc(2026, 9, 2)},  // nextAccessTime 2026-Sep-02 00:00:00+0000 UTC
        {429, SyncOutcome::QuotaExhausted, throttled, utc(2026, 8, 13)}, // description 2026-Aug-13 00:00:00+0000 UTC
        {429, SyncOutcome::QuotaExhausted, throttled, utc(2026, 6, 8)},  // description, short 2026-Jun-08 00:00 UTC
        {429, SyncOutcome::QuotaExhausted, throttled, {}},               // "<next UTC midnight>" placeholder
        {401, SyncOutcome::Failed, QStringLiteral("Invalid Credentials"), {}},
        {429, SyncOutcome::QuotaExhausted, throttled, {}}, // neither description nor nextAccessTime
    };
    if (entries.size() != expected.size())
        return QStringLiteral("%1 has %2 entries but this test expects %3: write down by hand what a changed or new "
                              "entry should give.")
            .arg(path)
            .arg(entries.size())
            .arg(expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const int status = entry.value(QStringLiteral("status")).toInt();
        if (status != expected[i].status)
            return QStringLiteral("%1 entry %2 has status %3, not %4 as this test expects")
                .arg(path)
                .arg(i)
                .arg(status)
                .arg(expected[i].status);
        QTest::addRow("entry %d, HTTP %d", int(i), status)
            << QString() << status << entry.value(QStringLiteral("body")).toString().toUtf8()
            << int(expected[i].outcome) << expected[i].said << expected[i].stated;
    }
    return {};
}

void TestSamErrorBodies::observedBodies_data()
{
    QTest::addColumn<QString>("problem"); // with the data file: the row fails with it
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("said");     // the body's message, which the report shows
    QTest::addColumn<QDateTime>("stated"); // the time the body names to resume; invalid: none

    // A failing _data function leaves the test function without rows, which aborts: the
    // problem goes into a row of its own instead.
    if (const QString problem = addObservedRows(); !problem.isEmpty())
        QTest::newRow("sam_error_bodies_observed.json")
            << problem << 0 << QByteArray() << 0 << QString() << QDateTime();
    // Other products behind the same gateway software wrap the body in "fault", with a numeric code.
    QTest::newRow("fault shape, numeric code")
        << QString() << 429
        << QByteArray(R"({"fault":{"code":900804,"message":"Message throttled out","description":"You have exceeded )"
                      R"(your quota .You can access API after 2099-Jan-01 00:00:00+0000 UTC"}})")
        << int(SyncOutcome::QuotaExhausted) << QStringLiteral("Message throttled out") << utc(2099, 1, 1);
}

// A 401 ends the run at once. A 429 whose body names no time, or a time long past (the gateway
// still refuses), is a spent quota: one request and a stop until the next daily reset, since more
// tries would count against the quota. A time still ahead and too far to wait for is the resume time.
void TestSamErrorBodies::observedBodies()
{
    QFETCH(QString, problem);
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QString, said);
    QFETCH(QDateTime, stated);

    FakeApiServer::Fault fault;
    fault.pathPrefix = kSearchPath;
    fault.status = status;
    fault.body = body;
    fault.times = -1;
    const QDateTime resetBefore = RequestQuota::nextReset();
    const SourceReport report = runSam(fault);
    const QDateTime resetAfter = RequestQuota::nextReset();
    qInfo("%s: %s", qPrintable(outcomeName(report.outcome)), qPrintable(report.message));

    QVERIFY2(int(report.outcome) == outcome, qPrintable(outcomeName(report.outcome) + u' ' + report.message));
    QVERIFY2(report.message.contains(said), qPrintable(report.message));
    QVERIFY2(!report.message.contains(kApiKey), qPrintable(report.message));
    QCOMPARE(report.pages, qint64(0));
    QCOMPARE(m_server->requestCount(kSearchPath), 1); // neither a refused key nor a spent quota is retried
    const auto runs = m_store->syncRuns(QStringLiteral("sam"));
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().outcome, outcomeName(report.outcome));
    QVERIFY2(!runs->first().error.contains(kApiKey), qPrintable(runs->first().error));

    if (status == 401) {
        QVERIFY2(report.message.contains(QStringLiteral("SAM.gov refused the API key (401): Invalid Credentials. "
                                                        "Check the key in Settings or TRADELEADS_SAM_API_KEY.")),
                 qPrintable(report.message));
        QVERIFY(!report.resumeAt.isValid());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (stated.isValid() && stated > now) {
        QCOMPARE(report.resumeAt, stated);
    } else {
        QVERIFY2(report.resumeAt == resetBefore || report.resumeAt == resetAfter,
                 qPrintable(report.resumeAt.toString(Qt::ISODate)));
    }
    QVERIFY2(report.message.contains(QStringLiteral("SAM.gov says the request quota is used up (%1); what was "
                                                    "fetched is kept. Resume after %2.")
                                         .arg(said, report.resumeAt.toString(Qt::ISODate))),
             qPrintable(report.message));
    // A stated time that has passed is still named, so the user sees why the resume time differs.
    if (stated.isValid() && stated <= now)
        QVERIFY2(report.message.contains(QStringLiteral("The time SAM.gov gave, %1, has already passed.")
                                             .arg(stated.toString(Qt::ISODate))),
                 qPrintable(report.message));
    if (!stated.isValid())
        QVERIFY2(!report.message.contains(QStringLiteral("has already passed")), qPrintable(report.message));
}

void TestSamErrorBodies::statedTimeDecidesWaitOrStop_data()
{
    QTest::addColumn<QByteArray>("body"); // {at}: the gateway's text of now + offset
    QTest::addColumn<int>("offset");      // seconds from the start of the row
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("times"); // 429s before the server answers; -1: always
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("minElapsedMs");

    const QByteArray gateway = R"({"code":"900804","message":"Message throttled out","description":"You have )"
                               R"(exceeded your quota .You can access API after {at}")";
    const QByteArray withNext = gateway + R"(,"nextAccessTime":"{at}"})";
    const QByteArray fault = R"({"fault":{"code":900804,"message":"Message throttled out","description":"You )"
                             R"(have exceeded your quota .You can access API after {at}"}})";

    // A near time is waited for (whole seconds, so at least 2 of the 3 s), then the run goes on.
    QTest::newRow("nextAccessTime in 3 s is waited for")
        << withNext << 3 << QByteArray() << 1 << int(SyncOutcome::Ok) << 2 << 1900;
    QTest::newRow("description time in 3 s, fault shape, is waited for")
        << fault << 3 << QByteArray() << 1 << int(SyncOutcome::Ok) << 2 << 1900;
    // Retry-After: 0, or a time that passed moments ago (clocks a little apart): tried again after
    // the usual backoff, within the budget of 4 attempts, then a stop until the next reset.
    QTest::newRow("Retry-After 0 is tried again")
        << QByteArray(R"({"code":"900804","message":"Message throttled out"})") << 0 << QByteArray("0") << 1
        << int(SyncOutcome::Ok) << 2 << 0;
    QTest::newRow("time 30 s past: 4 tries, then stop") << gateway + '}' << -30 << QByteArray() << -1
                                                        << int(SyncOutcome::QuotaExhausted) << 4 << 0;
    // Long past: stale, the quota is spent; no second request.
    QTest::newRow("time an hour past: one request, then stop")
        << withNext << -3600 << QByteArray() << -1 << int(SyncOutcome::QuotaExhausted) << 1 << 0;
}

void TestSamErrorBodies::statedTimeDecidesWaitOrStop()
{
    QFETCH(QByteArray, body);
    QFETCH(int, offset);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, times);
    QFETCH(int, outcome);
    QFETCH(int, requests);
    QFETCH(int, minElapsedMs);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime stated = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()),
                                       Qt::UTC)
                                 .addSecs(offset);
    FakeApiServer::Fault fault;
    fault.pathPrefix = kSearchPath;
    fault.status = 429;
    fault.body = body.replace("{at}", gatewayText(stated).toUtf8());
    if (!retryAfter.isEmpty())
        fault.headers.append({"Retry-After", retryAfter});
    fault.times = times;
    const QDateTime resetBefore = RequestQuota::nextReset();
    QElapsedTimer clock;
    clock.start();
    const SourceReport report = runSam(fault);
    const qint64 elapsed = clock.elapsed();

    QVERIFY2(int(report.outcome) == outcome, qPrintable(outcomeName(report.outcome) + u' ' + report.message));
    QVERIFY2(!report.message.contains(kApiKey), qPrintable(report.message));
    QCOMPARE(m_server->requestCount(kSearchPath), requests);
    QVERIFY2(elapsed >= minElapsedMs, qPrintable(QString::number(elapsed)));
    if (outcome == int(SyncOutcome::Ok)) {
        QCOMPARE(report.pages, qint64(1));
        return;
    }
    QVERIFY2(report.resumeAt == resetBefore || report.resumeAt == RequestQuota::nextReset(),
             qPrintable(report.resumeAt.toString(Qt::ISODate)));
    QVERIFY2(report.message.contains(QStringLiteral("Resume after %1. The time SAM.gov gave, %2, has already passed.")
                                         .arg(report.resumeAt.toString(Qt::ISODate), stated.toString(Qt::ISODate))),
             qPrintable(report.message));
}

QTEST_GUILESS_MAIN(TestSamErrorBodies)
#include "tst_samerrorbodies.moc"
