// The command line on a team server gives what it gives on a local cache: `tradeleads import`,
// `search` (each format), `saved`, `stats` and `sync` (against the fake SAM.gov on loopback)
// run with --db postgresql://… and with --db FILE on the same input, their output diffed. Only
// what must differ is masked: the moment the leads were stored, and the cache's location and size.
#include "FakeApiServer.h"
#include "LeadStore.h"
#include "PgLeadStore.h"
#include "PgTestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDatabase = QStringLiteral("tl_pgcli");
const QString kSamKey = QStringLiteral("SAM-KEY-pgcli-0123456789");

struct Run
{
    int exitCode = -2;
    QByteArray out;
    QByteArray err;
};

QString sample(const char* name)
{
    return QStringLiteral(TRADELEADS_SAMPLE_DIR "/") + QLatin1String(name);
}

// Timestamps of this run (when each lead was stored, when a sync ran) and the cache's own
// facts; everything else must match byte for byte.
QByteArray masked(const QByteArray& output)
{
    QString text = QString::fromUtf8(output);
    static const QRegularExpression now(QStringLiteral("\\b20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\\b"));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    QRegularExpressionMatchIterator it = now.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch& match = matches[i];
        // The commands' clock keeps the time of day on the day TRADELEADS_TODAY names.
        if (match.captured().startsWith(today) || match.captured().startsWith(yesterday)
            || match.captured().startsWith(QLatin1String("2018-05-01T")))
            text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("<now>"));
    }
    static const QRegularExpression location(QStringLiteral("^(Cache|File size): .*$"), QRegularExpression::MultilineOption);
    text.replace(location, QStringLiteral("\\1: <cache>"));
    // Where the store is, its size and its own schema number are the store's, not the leads'.
    static const QRegularExpression jsonLocation(QStringLiteral("\"(db|file_bytes|schema_version)\": *(\"[^\"]*\"|\\d+)"));
    text.replace(jsonLocation, QStringLiteral("\"\\1\": <cache>"));
    return text.toUtf8();
}

} // namespace

class TestPgCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameOutputOnBothStores();
    void killedSyncResumes();
    void analystsShareSavedSearches();
    void checkReadsTheServerAndItsKeptCounts();

private:
    Run run(const QString& db, const QStringList& arguments);
    // Runs on both and compares; the local cache's run, for further checks.
    Run both(const QStringList& arguments);

    QTemporaryDir m_dir;
    FakeApiServer m_sam;
    QString m_server;
    QString m_local;
};

void TestPgCli::initTestCase()
{
    PG_TEST_SERVER_REQUIRED();
    PgTestServer::dropDatabase(kDatabase);
    m_server = PgTestServer::location(kDatabase);
    const Status initialized = PgLeadStore::initialize(m_server);
    QVERIFY2(initialized, qPrintable(initialized.errorMessage()));
    m_local = m_dir.filePath(QStringLiteral("leads.sqlite"));
    m_sam.setSamKey(kSamKey);
    m_sam.setSamRecords(1500, QDate(2018, 4, 30), 60);
    QVERIFY(m_sam.listen());
}

void TestPgCli::cleanupTestCase()
{
    if (PgTestServer::unavailable().isEmpty())
        PgTestServer::dropDatabase(kDatabase);
}

Run TestPgCli::run(const QString& db, const QStringList& arguments)
{
    // The fake server answers on this thread: wait with the event loop running.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    // A settings folder per store, as two machines would have: the day's request count is the key's on that machine.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir.filePath(db == m_local ? QStringLiteral("config-local") : QStringLiteral("config-server")));
    environment.insert(QStringLiteral("TRADELEADS_TODAY"), QStringLiteral("2018-05-01"));
    environment.insert(QStringLiteral("TRADELEADS_DB"), db);
    environment.insert(QStringLiteral("TRADELEADS_SAM_URL"), m_sam.baseUrl().toString());
    environment.insert(QStringLiteral("TRADELEADS_SAM_API_KEY"), kSamKey);
    environment.insert(QStringLiteral("TRADELEADS_SAM_DAILY_QUOTA"), QStringLiteral("100000"));
    environment.insert(QStringLiteral("TRADELEADS_TIMEOUT_MS"), QStringLiteral("20000"));
    environment.insert(QStringLiteral("TRADELEADS_RETRY_BASE_MS"), QStringLiteral("5"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRADELEADS_BINARY), arguments);
    if (!finished.wait(180000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

Run TestPgCli::both(const QStringList& arguments)
{
    const Run local = run(m_local, arguments);
    const Run server = run(m_server, arguments);
    const QByteArray what = arguments.join(u' ').toUtf8();
    if (server.exitCode != local.exitCode || masked(server.out) != masked(local.out)
        || masked(server.err) != masked(local.err)) {
        qWarning("tradeleads %s\n--- local cache (exit %d):\n%s%s\n--- team server (exit %d):\n%s%s", what.constData(),
                 local.exitCode, masked(local.out).left(3000).constData(), local.err.left(1000).constData(),
                 server.exitCode, masked(server.out).left(3000).constData(), server.err.left(1000).constData());
        return { -3, {}, {} };
    }
    return local;
}

void TestPgCli::sameOutputOnBothStores()
{
    auto expectSame = [this](const QStringList& arguments) {
        const Run result = both(arguments);
        QVERIFY2(result.exitCode != -3, qPrintable(QStringLiteral("output differs: tradeleads ") + arguments.join(u' ')));
        QVERIFY2(result.exitCode != -2, "a command did not finish");
        QCOMPARE(result.exitCode, 0);
    };
    const Run imported = both({ QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sam-json"),
                                sample("sam-opportunities.json") });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("850 new"), imported.out.constData());
    QCOMPARE(both({ QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sam-csv"), sample("sam-bulk.csv") })
                 .exitCode,
             0);
    QCOMPARE(both({ QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("ita-json"),
                    sample("ita-trade-leads.json") })
                 .exitCode,
             0);
    // Again: the 20 notices the bulk CSV also holds change back, the rest are unchanged, in both.
    const Run again = both({ QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sam-json"),
                             sample("sam-opportunities.json") });
    QVERIFY2(again.out.contains("0 new, 20 updated, 830 unchanged"), again.out.constData());

    for (const QString& format : { QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json") }) {
        for (const QStringList& query : { QStringList { QStringLiteral("bridge") },
                                          QStringList { QStringLiteral("constr* OR dredging NOT harbor") },
                                          QStringList { QStringLiteral("--open"), QStringLiteral("--sort"),
                                                        QStringLiteral("title"), QStringLiteral("--limit"),
                                                        QStringLiteral("300") },
                                          QStringList { QStringLiteral("--source"), QStringLiteral("ita"),
                                                        QStringLiteral("--sort"), QStringLiteral("agency"),
                                                        QStringLiteral("--desc") },
                                          QStringList { QStringLiteral("W912DY-25") } }) {
            const Run searched = both(QStringList { QStringLiteral("search"), QStringLiteral("--format"), format } + query);
            QCOMPARE(searched.exitCode, 0);
            QVERIFY(!searched.out.isEmpty());
        }
    }

    QCOMPARE(both({ QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("Bridges"), QStringLiteral("bridge"),
                    QStringLiteral("--open") })
                 .exitCode,
             0);
    const Run clash = both({ QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("Bridges"),
                             QStringLiteral("bridge") });
    QVERIFY(clash.exitCode != 0);
    const Run listed = both({ QStringLiteral("saved"), QStringLiteral("list") });
    QVERIFY2(listed.out.contains("Bridges"), listed.out.constData());
    QCOMPARE(both({ QStringLiteral("saved"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") })
                 .exitCode,
             0);
    expectSame({ QStringLiteral("saved"), QStringLiteral("try"), QStringLiteral("Bridges"), QStringLiteral("--weeks"),
                 QStringLiteral("104") });
    expectSame({ QStringLiteral("saved"), QStringLiteral("try"), QStringLiteral("Bridges"), QStringLiteral("--format"),
                 QStringLiteral("json") });

    const Run synced = both({ QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                              QStringLiteral("--posted-from"), QStringLiteral("2018-03-01"), QStringLiteral("--posted-to"),
                              QStringLiteral("2018-04-30") });
    QCOMPARE(synced.exitCode, 0);
    const Run afterSync = both({ QStringLiteral("search"), QStringLiteral("--source"), QStringLiteral("sam"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"),
                                 QStringLiteral("3000") });
    QVERIFY(afterSync.out.size() > 100000);
    expectSame({ QStringLiteral("stats") });
    expectSame({ QStringLiteral("stats"), QStringLiteral("--json") });
}

void TestPgCli::killedSyncResumes()
{
    // A sync of two pages killed (SIGKILL) once the first is committed; run again, it completes,
    // and the server holds what an uninterrupted sync gives a local cache.
    const QString database = QStringLiteral("tl_pgcli_killed");
    PgTestServer::dropDatabase(database);
    const QString server = PgTestServer::location(database);
    QVERIFY(PgLeadStore::initialize(server));
    const QString local = m_dir.filePath(QStringLiteral("uninterrupted.sqlite"));
    const QStringList sync = { QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                               QStringLiteral("--posted-from"), QStringLiteral("2018-01-01"),
                               QStringLiteral("--posted-to"), QStringLiteral("2018-04-30") };
    QCOMPARE(run(local, sync).exitCode, 0);

    m_sam.setResponseDelay(1500);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-killed")));
    environment.insert(QStringLiteral("TRADELEADS_TODAY"), QStringLiteral("2018-05-01"));
    environment.insert(QStringLiteral("TRADELEADS_DB"), server);
    environment.insert(QStringLiteral("TRADELEADS_SAM_URL"), m_sam.baseUrl().toString());
    environment.insert(QStringLiteral("TRADELEADS_SAM_API_KEY"), kSamKey);
    environment.insert(QStringLiteral("TRADELEADS_SAM_DAILY_QUOTA"), QStringLiteral("100000"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRADELEADS_BINARY), sync);
    auto watcher = LeadStore::open(server);
    QVERIFY2(watcher, qPrintable(watcher.errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(*(*watcher)->count(LeadFilter(), QDate(2018, 5, 1)) > 0, 20000);
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    const qint64 partial = *(*watcher)->count(LeadFilter(), QDate(2018, 5, 1));
    QCOMPARE(partial, 1000); // the first page, whole: a page is one transaction
    m_sam.setResponseDelay(0);

    const Run resumed = run(server, sync);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QStringList search = { QStringLiteral("search"), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--limit"), QStringLiteral("5000") };
    const Run expected = run(local, search);
    const Run got = run(server, search);
    QCOMPARE(got.exitCode, 0);
    QVERIFY(expected.out.size() > 100000);
    QVERIFY2(masked(got.out) == masked(expected.out), "the resumed sync holds other leads than an uninterrupted one");
    // The killed run is on record as interrupted, and its lock went with its connection.
    auto runs = (*watcher)->syncRuns(QStringLiteral("sam"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), 2);
    QCOMPARE(runs->first().outcome, QStringLiteral("interrupted"));
    QCOMPARE(runs->last().outcome, QStringLiteral("ok"));
    watcher->reset();
    PgTestServer::dropDatabase(database);
}

void TestPgCli::analystsShareSavedSearches()
{
    // saved add --share: the team lists it as owner/NAME, ending in "shared"; a local cache
    // has no team and says so.
    QVERIFY(PgLeadStore::addAnalyst(m_server, QStringLiteral("cli_alice"), QStringLiteral("cli_team")));
    QVERIFY(PgLeadStore::addAnalyst(m_server, QStringLiteral("cli_bob"), QStringLiteral("cli_team")));
    QVERIFY(PgLeadStore::addAnalyst(m_server, QStringLiteral("cli_carol")));
    QUrl alice(m_server), bob(m_server), carol(m_server);
    alice.setUserName(QStringLiteral("cli_alice"));
    bob.setUserName(QStringLiteral("cli_bob"));
    carol.setUserName(QStringLiteral("cli_carol"));
    const QStringList add = { QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("Harbours"),
                              QStringLiteral("harbour"), QStringLiteral("--share") };
    const Run shared = run(alice.toString(), add);
    QVERIFY2(shared.exitCode == 0, shared.err.constData());
    const Run mine = run(alice.toString(), { QStringLiteral("saved"), QStringLiteral("add"), QStringLiteral("Mine"),
                                            QStringLiteral("dredging") });
    QVERIFY2(mine.exitCode == 0, mine.err.constData());

    const Run listed = run(bob.toString(), { QStringLiteral("saved"), QStringLiteral("list") });
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QList<QByteArray> lines = listed.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith("cli_alice/Harbours\t") && lines[0].endsWith("\tshared"), lines[0].constData());
    const Run aliceList = run(alice.toString(), { QStringLiteral("saved"), QStringLiteral("list") });
    QVERIFY2(aliceList.out.startsWith("Harbours\t") && aliceList.out.contains("\tshared\nMine\t"),
             aliceList.out.constData());
    // The teammate runs it by that name; nobody outside the team sees it.
    const Run searched = run(bob.toString(), { QStringLiteral("search"), QStringLiteral("--saved"),
                                               QStringLiteral("cli_alice/Harbours"), QStringLiteral("--format"),
                                               QStringLiteral("json") });
    QVERIFY2(searched.exitCode == 0, searched.err.constData());
    QCOMPARE(run(carol.toString(), { QStringLiteral("saved"), QStringLiteral("list") }).out, QByteArray());
    // Only its owner removes it.
    const Run removed = run(bob.toString(), { QStringLiteral("saved"), QStringLiteral("remove"),
                                              QStringLiteral("cli_alice/Harbours") });
    QVERIFY(removed.exitCode != 0);
    QVERIFY(run(bob.toString(), { QStringLiteral("saved"), QStringLiteral("list") }).out.startsWith("cli_alice/Harbours\t"));
    // No team, nothing to share with; a local cache neither.
    const Run lonely = run(carol.toString(), add);
    QVERIFY(lonely.exitCode != 0);
    QVERIFY2(lonely.err.contains("no team"), lonely.err.constData());
    const Run local = run(m_local, add);
    QVERIFY(local.exitCode != 0);
    QVERIFY2(local.err.contains("Only a team server shares saved searches"), local.err.constData());
}

void TestPgCli::checkReadsTheServerAndItsKeptCounts()
{
    // `tradeleads check` on a team server, as an analyst: healthy after the syncs above; kept
    // counts that no longer match the leads are named, and `admin init` makes them afresh.
    const Run synced = run(m_server, { QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                                       QStringLiteral("--posted-from"), QStringLiteral("2018-03-01"),
                                       QStringLiteral("--posted-to"), QStringLiteral("2018-04-30") });
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(PgLeadStore::addAnalyst(m_server, QStringLiteral("checker")));
    const QString asAnalyst = PgTestServer::location(kDatabase, QStringLiteral("checker"));
    const Run healthy = run(asAnalyst, { QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(healthy.exitCode == 0, healthy.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(healthy.out).object();
    QCOMPARE(report.value(QStringLiteral("check")).toString(), QStringLiteral("team_server"));
    QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("healthy"));
    QVERIFY(report.value(QStringLiteral("file_bytes")).toInteger() > 0);
    const Run thorough = run(asAnalyst, { QStringLiteral("check"), QStringLiteral("--thorough") });
    QVERIFY2(thorough.exitCode == 0, thorough.err.constData());
    QVERIFY2(thorough.out.contains("is healthy"), thorough.out.constData());
    QVERIFY2(thorough.out.contains("with every stored record"), thorough.out.constData());

    QCOMPARE(PgTestServer::exec(kDatabase, QStringLiteral("UPDATE tradeleads.lead_tally SET leads = leads + 1 WHERE "
                                                          "ctid = (SELECT ctid FROM tradeleads.lead_tally LIMIT 1)")),
             QString());
    const Run drifted = run(asAnalyst, { QStringLiteral("check") });
    QCOMPARE(drifted.exitCode, 1);
    QVERIFY2(drifted.err.contains("kept counts (lead_tally) differ from a count of the leads in 2 place"),
             drifted.err.constData());
    QVERIFY(PgLeadStore::initialize(m_server));
    const Run again = run(asAnalyst, { QStringLiteral("check") });
    QVERIFY2(again.exitCode == 0, again.err.constData());
}

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
