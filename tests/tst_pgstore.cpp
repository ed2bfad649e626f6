// The team server's store (PgLeadStore) against a real PostgreSQL 15, side by side with the
// local cache on the same leads: the same filters and keyword queries give the same leads in
// the same order, upserts count alike and keep versions, saved searches clash alike, and each
// analyst's rows are theirs alone (row-level security, each check as a login of its own).
#include "FilterQuery.h"
#include "KeywordQuery.h"
#include "LeadFilter.h"
#include "LeadStore.h"
#include "PgLeadStore.h"
#include "PgQueryCancel.h"
#include "PgTestServer.h"
#include "SampleData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <thread>

namespace {

const QDate kToday(2026, 1, 10);
const QString kDatabase = QStringLiteral("tl_pgstore");

// A QPSQL connection of the test's own as `user`, to try what the app never would.
class Login
{
public:
    explicit Login(const QString& user)
        : m_name(QStringLiteral("login-") + user + QString::number(QRandomGenerator::global()->generate()))
    {
        const QUrl url(PgTestServer::location(kDatabase, user));
        const QUrlQuery query(url);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : url.host());
        m_db.setPort(query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt()
                                                                : url.port(5432));
        m_db.setUserName(user);
        m_db.setDatabaseName(kDatabase);
        m_db.open();
    }
    ~Login()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_db.isOpen(); }
    QString lastOpenError() const { return m_db.lastError().text(); }
    // The error text, empty when the statement ran; `rows` gets the rows it changed.
    QString exec(const QString& sql, int* rows = nullptr)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return query.lastError().text();
        if (rows)
            *rows = query.numRowsAffected();
        return {};
    }
    QStringList column(const QString& sql)
    {
        QSqlQuery query(m_db);
        QStringList values;
        if (!query.exec(sql))
            return { QStringLiteral("ERROR: ") + query.lastError().text() };
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Lead changed(Lead lead, const QString& mark)
{
    lead.title += QStringLiteral(" ") + mark;
    lead.raw.replace("{", "{\"mark\":\"" + mark.toUtf8() + "\",");
    return lead;
}

LeadFilter filterOf(std::function<void(LeadFilter&)> change)
{
    LeadFilter filter;
    change(filter);
    return filter;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void locationsAreCheckedAndPasswordsRefused();
    void sameLeadsAsTheLocalCache_data();
    void sameLeadsAsTheLocalCache();
    void facetsAndWeeksCountAlike_data();
    void facetsAndWeeksCountAlike();
    void tsqueryRendersTheQueryLanguage_data();
    void tsqueryRendersTheQueryLanguage();
    void typedTextNeverFailsAQuery();
    void upsertCountsAndKeepsVersions();
    void savedSearchesClashByName();
    void replacedStatementIsCancelledOnTheServer();
    void listsWalkTheirIndexes_data();
    void listsWalkTheirIndexes();
    void rowLevelSecurityKeepsAnalystsApart();
    void analystsEditWhileTheSyncWrites();
    void teamSharesThePipelineNotTheNotes();
    void familyDeadlineHistoriesAlike();
    void passwordComesFromTheKeychain();
    void largeLoadLeavesTheServerVacuumed();
    void teammatesReadSharedSearchesOnly();
    void attachmentTextIsTheTeamsAndKeptThroughItsDoors();
    void referenceRecordsAlike();

private:
    QString location(const QString& user = {}) const { return PgTestServer::location(kDatabase, user); }
    // alice and bob of team_ports, carol of no team, each logged in as themself.
    void openTeamOfThree(Result<std::unique_ptr<LeadStore>>& alice, Result<std::unique_ptr<LeadStore>>& bob,
                         Result<std::unique_ptr<LeadStore>>& carol) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LeadStore> m_local;
    std::unique_ptr<LeadStore> m_server;
};

void TestPgStore::initTestCase()
{
    PG_TEST_SERVER_REQUIRED();
    PgTestServer::dropDatabase(kDatabase);
    const Status initialized = PgLeadStore::initialize(location());
    QVERIFY2(initialized, qPrintable(initialized.errorMessage()));
    // A second run upgrades nothing and fails nothing.
    const Status again = PgLeadStore::initialize(location());
    QVERIFY2(again, qPrintable(again.errorMessage()));

    auto server = LeadStore::open(location());
    QVERIFY2(server, qPrintable(server.errorMessage()));
    m_server = std::move(*server);
    auto local = LeadStore::open(m_dir.filePath(QStringLiteral("leads.sqlite")));
    QVERIFY2(local, qPrintable(local.errorMessage()));
    m_local = std::move(*local);
    for (LeadStore* store : { m_local.get(), m_server.get() }) {
        auto loaded = SampleData::load(*store, kToday);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->inserted, 1930);
    }
    // Tracking set alike in both: filters and sorts on it must agree too.
    int n = 0;
    auto some = m_local->search(LeadFilter(), 40, kToday);
    QVERIFY(some);
    for (const StoredLead& row : *some) {
        LeadUserData data;
        data.starred = n % 2 == 0;
        data.status = n % 3 == 0 ? QStringLiteral("Bidding") : QString();
        data.tags = n % 4 == 0 ? QStringLiteral("ports, dredging") : QString();
        data.notes = QStringLiteral("note %1").arg(n);
        ++n;
        QVERIFY(m_local->setUserData(row.lead.source, row.lead.sourceId, data));
        QVERIFY(m_server->setUserData(row.lead.source, row.lead.sourceId, data));
    }
}

void TestPgStore::cleanupTestCase()
{
    m_server.reset();
    if (PgTestServer::unavailable().isEmpty())
        PgTestServer::dropDatabase(kDatabase);
}

void TestPgStore::locationsAreCheckedAndPasswordsRefused()
{
    auto withPassword = LeadStore::open(QStringLiteral("postgresql://alice:secret@db.example.com/tradeleads"));
    QVERIFY(!withPassword);
    QVERIFY2(withPassword.errorMessage().contains(QLatin1String(".pgpass")), qPrintable(withPassword.errorMessage()));
    QVERIFY(!withPassword.errorMessage().contains(QLatin1String("secret")));

    auto unknownOption = LeadStore::open(QStringLiteral("postgresql://alice@db.example.com/tradeleads?sslmod=require"));
    QVERIFY(!unknownOption);
    QVERIFY2(unknownOption.errorMessage().contains(QLatin1String("sslmod")), qPrintable(unknownOption.errorMessage()));

    // A database without the schema: the desktop never makes one, it names the command that does.
    const QString bare = QStringLiteral("tl_pgstore_bare");
    PgTestServer::dropDatabase(bare);
    QCOMPARE(PgTestServer::exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + bare), QString());
    auto unset = LeadStore::open(PgTestServer::location(bare));
    PgTestServer::dropDatabase(bare);
    QVERIFY(!unset);
    QVERIFY2(unset.errorMessage().contains(QLatin1String("tradeleads admin init")), qPrintable(unset.errorMessage()));

    auto nowhere = LeadStore::open(PgTestServer::location(QStringLiteral("tl_no_such_database")));
    QVERIFY(!nowhere);
    QVERIFY2(nowhere.errorMessage().contains(QLatin1String("Cannot connect")), qPrintable(nowhere.errorMessage()));
}

void TestPgStore::sameLeadsAsTheLocalCache_data()
{
    QTest::addColumn<LeadFilter>("filter");
    // The query corpus of TEAM-SERVER.md §2 and the solicitation-number fragments.
    for (const char* typed : { "bridge", "constr*", "pexkel*", "dredging OR harbor", "bridge NOT road", "cafe", "café",
                               "zurich", "W912DY-25-R-0012", "W912DY*", "repair services", "services OR support OR maintenance",
                               "\"road repair\"", "bridge \"road repair\" OR dredging NOT harbor", "0012", "25",
                               "70Z023-24", "FA8650*", "o'brien", "AND OR NOT", "\"\"", "_", "rehabilitation works",
                               "Canada OR Australia NOT services" }) {
        QTest::addRow("keyword %s", typed) << filterOf([&](LeadFilter& f) { f.text = QString::fromUtf8(typed); });
    }
    QTest::addRow("open") << filterOf([](LeadFilter& f) { f.openOnly = true; });
    QTest::addRow("open bridge") << filterOf([](LeadFilter& f) { f.openOnly = true; f.text = QStringLiteral("bridge"); });
    QTest::addRow("source sam") << filterOf([](LeadFilter& f) { f.sources = { QStringLiteral("sam") }; });
    QTest::addRow("source ita") << filterOf([](LeadFilter& f) { f.sources = { QStringLiteral("ita") }; });
    QTest::addRow("set-aside, any case") << filterOf([](LeadFilter& f) { f.setAsideCodes = { QStringLiteral("sba") }; });
    QTest::addRow("notice type, any case")
        << filterOf([](LeadFilter& f) { f.noticeTypes = { QStringLiteral("SOLICITATION") }; });
    QTest::addRow("country") << filterOf([](LeadFilter& f) { f.countries = { QStringLiteral("France"), QStringLiteral("GB") }; });
    QTest::addRow("industry") << filterOf([](LeadFilter& f) { f.industries = { QStringLiteral("CONSTRUCTION") }; });
    QTest::addRow("naics") << filterOf([](LeadFilter& f) { f.naicsPrefixes = { QStringLiteral("23"), QStringLiteral("5413") }; });
    QTest::addRow("value") << filterOf([](LeadFilter& f) { f.valueMin = 50000; f.valueMax = 5000000; });
    QTest::addRow("due within 30 days") << filterOf([](LeadFilter& f) { f.dueWithinDays = 30; });
    QTest::addRow("posted range") << filterOf([](LeadFilter& f) {
        f.postedFrom = kToday.addDays(-60);
        f.postedTo = kToday.addDays(-30);
    });
    QTest::addRow("starred") << filterOf([](LeadFilter& f) { f.starredOnly = true; });
    QTest::addRow("status, any case") << filterOf([](LeadFilter& f) { f.statuses = { QStringLiteral("bidding") }; });
    QTest::addRow("tags") << filterOf([](LeadFilter& f) { f.tags = { QStringLiteral("Dredg") }; });
    QTest::addRow("one row per family") << filterOf([](LeadFilter& f) { f.oneRowPerFamily = true; });
    for (const QString& column : LeadFilter::sortableColumns()) {
        for (const bool descending : { false, true }) {
            QTest::addRow("sort %s %s", qPrintable(column), descending ? "desc" : "asc") << filterOf([&](LeadFilter& f) {
                f.sortColumn = column;
                f.descending = descending;
            });
        }
    }
    QTest::addRow("sort title, open bridge, desc") << filterOf([](LeadFilter& f) {
        f.sortColumn = QStringLiteral("title");
        f.descending = true;
        f.openOnly = true;
        f.text = QStringLiteral("bridge");
    });
}

void TestPgStore::sameLeadsAsTheLocalCache()
{
    QFETCH(LeadFilter, filter);
    auto local = m_local->ids(filter, kToday);
    QVERIFY2(local, qPrintable(local.errorMessage()));
    auto server = m_server->ids(filter, kToday);
    QVERIFY2(server, qPrintable(server.errorMessage()));
    // Ids differ between the stores: compare the leads they name.
    auto keys = [](LeadStore& store, const QList<qint64>& ids) {
        QStringList out;
        auto rows = store.leadsByIds(ids, LeadStore::Detail::Listing);
        if (!rows)
            return QStringList { rows.errorMessage() };
        for (const StoredLead& row : *rows)
            out.append(row.lead.source + u':' + row.lead.sourceId);
        return out;
    };
    const QStringList expected = keys(*m_local, *local);
    QCOMPARE(keys(*m_server, *server), expected);
    auto localCount = m_local->count(filter, kToday);
    auto serverCount = m_server->count(filter, kToday);
    QVERIFY2(serverCount, qPrintable(serverCount.errorMessage()));
    QCOMPARE(*serverCount, *localCount);
    // A page of the search reads the same rows, tracking included.
    auto localPage = m_local->search(filter, 25, kToday);
    auto serverPage = m_server->search(filter, 25, kToday);
    QVERIFY2(serverPage, qPrintable(serverPage.errorMessage()));
    QCOMPARE(serverPage->size(), localPage->size());
    for (qsizetype i = 0; i < localPage->size(); ++i) {
        const StoredLead& a = localPage->at(i);
        const StoredLead& b = serverPage->at(i);
        QCOMPARE(b.lead.sourceId, a.lead.sourceId);
        QCOMPARE(b.lead.title, a.lead.title);
        QCOMPARE(b.lead.raw, a.lead.raw);
        QCOMPARE(b.lead.contacts, a.lead.contacts);
        QCOMPARE(b.lead.valueMax, a.lead.valueMax);
        QCOMPARE(b.lead.active, a.lead.active);
        QCOMPARE(b.familyId, a.familyId);
        QCOMPARE(b.noticeCount, a.noticeCount);
        QCOMPARE(b.contentHash, a.contentHash);
        QCOMPARE(b.starred, a.starred);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.notes, a.notes);
    }
    // Tried on the past weeks ("saved try", the save dialog's chart), it would have matched and
    // notified alike.
    auto localWeeks = m_local->backtest(filter, kToday, 26);
    QVERIFY2(localWeeks, qPrintable(localWeeks.errorMessage()));
    auto serverWeeks = m_server->backtest(filter, kToday, 26);
    QVERIFY2(serverWeeks, qPrintable(serverWeeks.errorMessage()));
    QCOMPARE(serverWeeks->weekStarts, localWeeks->weekStarts);
    QCOMPARE(serverWeeks->matches, localWeeks->matches);
    QCOMPARE(serverWeeks->newFamilies, localWeeks->newFamilies);
    QCOMPARE(serverWeeks->notified, localWeeks->notified);
}

void TestPgStore::facetsAndWeeksCountAlike_data()
{
    QTest::addColumn<LeadFilter>("filter");
    QTest::newRow("everything") << LeadFilter();
    QTest::newRow("open") << filterOf([](LeadFilter& f) { f.openOnly = true; });
    QTest::newRow("open bridge") << filterOf([](LeadFilter& f) { f.openOnly = true; f.text = QStringLiteral("bridge"); });
    QTest::newRow("sam, set-aside") << filterOf([](LeadFilter& f) {
        f.sources = { QStringLiteral("sam") };
        f.setAsideCodes = { QStringLiteral("SBA") };
    });
}

void TestPgStore::facetsAndWeeksCountAlike()
{
    QFETCH(LeadFilter, filter);
    LeadTallyRequest request;
    request.filter = filter;
    request.today = kToday;
    request.facetColumns = { QStringLiteral("source"), QStringLiteral("country"), QStringLiteral("set_aside_code"),
                             QStringLiteral("notice_type"), QStringLiteral("industry"), QStringLiteral("naics_code"),
                             QStringLiteral("country") };
    request.countWeeks = true;
    request.firstWeek = QDate(2025, 12, 1);
    request.weekCount = 26;
    auto local = m_local->tally(request);
    QVERIFY2(local, qPrintable(local.errorMessage()));
    auto server = m_server->tally(request);
    QVERIFY2(server, qPrintable(server.errorMessage()));
    QCOMPARE(server->facets.size(), local->facets.size());
    for (qsizetype i = 0; i < local->facets.size(); ++i)
        QCOMPARE(server->facets[i], local->facets[i]);
    QCOMPARE(server->weeksBySource, local->weeksBySource);
    QVERIFY(!local->facets.first().isEmpty());
    QVERIFY(!local->weeksBySource.isEmpty() || filter.sources.contains(QStringLiteral("sam")));
}

void TestPgStore::tsqueryRendersTheQueryLanguage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("tsquery");
    QTest::newRow("words") << "road repair" << "'road' & 'repair'";
    QTest::newRow("phrase") << "\"road repair\"" << "('road' <-> 'repair')";
    QTest::newRow("prefix") << "constr*" << "'constr':*";
    QTest::newRow("or") << "a OR b" << "'a' | 'b'";
    QTest::newRow("not") << "a NOT b" << "'a' & ! 'b'";
    QTest::newRow("not a phrase") << "a NOT \"b c\"" << "'a' & ! ('b' <-> 'c')";
    QTest::newRow("solicitation") << "W912DY-25*" << "('W912DY' <-> '25':*)";
    QTest::newRow("quote and backslash") << "o'brien \"a\\\\b\"" << "('o' <-> 'brien') & ('a' <-> 'b')";
    QTest::newRow("operators alone") << "AND OR NOT" << "";
    QTest::newRow("no word left") << "_ OR bridge" << "'bridge'";
}

void TestPgStore::tsqueryRendersTheQueryLanguage()
{
    QFETCH(QString, typed);
    QFETCH(QString, tsquery);
    QCOMPARE(KeywordQuery::tsquery(KeywordQuery::parse(typed)), tsquery);
}

void TestPgStore::typedTextNeverFailsAQuery()
{
    // Quotes, backslashes, tsquery and FTS5 syntax, combining marks, NUL and tabs, at random.
    const QStringList pieces = { QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("\\"), QStringLiteral(":*"),
                                 QStringLiteral("<->"), QStringLiteral("!"), QStringLiteral("("), QStringLiteral(")"),
                                 QStringLiteral("&"), QStringLiteral("|"), QStringLiteral("AND"), QStringLiteral("OR"),
                                 QStringLiteral("NOT"), QStringLiteral("*"), QStringLiteral(" "), QStringLiteral("bridge"),
                                 QStringLiteral("e\u0301"), QString(QChar(0)), QStringLiteral("\t"), QStringLiteral("-"),
                                 QStringLiteral("_"), QStringLiteral("caf\u00e9"), QStringLiteral("25"), QStringLiteral("^"),
                                 QStringLiteral("NEAR"), QStringLiteral("{"), QStringLiteral("}"), QStringLiteral(":") };
    QRandomGenerator random(20261205);
    for (int i = 0; i < 1500; ++i) {
        QString typed;
        const int count = 1 + int(random.bounded(10));
        for (int p = 0; p < count; ++p)
            typed += pieces[random.bounded(int(pieces.size()))];
        LeadFilter filter;
        filter.text = typed;
        auto server = m_server->count(filter, kToday);
        QVERIFY2(server, qPrintable(QStringLiteral("%1: %2").arg(typed, server.errorMessage())));
        auto local = m_local->count(filter, kToday);
        QVERIFY2(local, qPrintable(QStringLiteral("%1: %2").arg(typed, local.errorMessage())));
    }
}

void TestPgStore::upsertCountsAndKeepsVersions()
{
    auto existing = m_local->search(filterOf([](LeadFilter& f) { f.sources = { QStringLiteral("sam") }; }), 3, kToday);
    QVERIFY(existing);
    QCOMPARE(existing->size(), 3);
    Lead amended = existing->at(0).lead;
    amended.title += QStringLiteral(" (amended)");
    amended.raw.replace("{", "{\"amendment\":1,"); // the record as sent is what changed
    Lead fresh = amended;
    fresh.sourceId = QStringLiteral("pg-test-new-notice");
    Lead nulRidden = existing->at(2).lead;
    nulRidden.sourceId = QStringLiteral("pg-test-nul");
    nulRidden.title = QStringLiteral("Text with a NUL") + QChar(0) + QStringLiteral(" inside");
    // The same lead twice in one page counts as the row path counts it.
    const QList<Lead> page = { amended, existing->at(1).lead, fresh, amended, nulRidden };
    auto local = m_local->upsert(page);
    QVERIFY2(local, qPrintable(local.errorMessage()));
    auto server = m_server->upsert(page);
    QVERIFY2(server, qPrintable(server.errorMessage()));
    QCOMPARE(server->inserted, local->inserted);
    QCOMPARE(server->updated, local->updated);
    QCOMPARE(server->unchanged, local->unchanged);
    QCOMPARE(server->inserted, 2);
    QCOMPARE(server->updated, 1);
    QCOMPARE(server->unchanged, 2);

    auto versions = m_server->versions(amended.source, amended.sourceId);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first().raw, existing->at(0).lead.raw);
    auto stored = m_server->lead(amended.source, amended.sourceId);
    QVERIFY(stored);
    QCOMPARE(stored->lead.title, amended.title);
    QCOMPARE(stored->versions, 1);
    auto cleaned = m_server->lead(nulRidden.source, nulRidden.sourceId);
    QVERIFY(cleaned);
    QCOMPARE(cleaned->lead.title, QStringLiteral("Text with a NUL inside"));

    // Unchanged again: nothing rewritten, nothing versioned.
    auto again = m_server->upsert({ amended });
    QVERIFY(again);
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(m_server->versions(amended.source, amended.sourceId)->size(), 1);

    // A rollback leaves nothing behind.
    QVERIFY(m_server->beginTransaction());
    Lead rolledBack = fresh;
    rolledBack.sourceId = QStringLiteral("pg-test-rolled-back");
    QVERIFY(m_server->upsert({ rolledBack }));
    m_server->rollback();
    QVERIFY(!m_server->lead(rolledBack.source, rolledBack.sourceId));

    auto localStats = m_local->stats(kToday);
    auto serverStats = m_server->stats(kToday);
    QVERIFY2(serverStats, qPrintable(serverStats.errorMessage()));
    QCOMPARE(serverStats->leads, localStats->leads);
    QCOMPARE(serverStats->open, localStats->open);
    QCOMPARE(serverStats->amended, localStats->amended);
    QCOMPARE(serverStats->starred, localStats->starred);
    QCOMPARE(serverStats->bySource, localStats->bySource);
}

void TestPgStore::savedSearchesClashByName()
{
    for (LeadStore* store : { m_local.get(), m_server.get() }) {
        SavedSearch search;
        search.name = QStringLiteral("Ports");
        search.filter.text = QStringLiteral("dredging");
        QVERIFY(store->addSavedSearch(search));
        search.name = QStringLiteral("Bridges");
        QVERIFY(store->addSavedSearch(search));
        const Status clash = store->addSavedSearch(search);
        QVERIFY(!clash);
        QCOMPARE(clash.errorMessage(), QStringLiteral("A saved search named \"Bridges\" already exists"));
        const Status renameClash = store->renameSavedSearch(QStringLiteral("Ports"), QStringLiteral("Bridges"));
        QCOMPARE(renameClash.errorMessage(), QStringLiteral("A saved search with that name already exists"));
        QVERIFY(store->setSavedSearchOrder({ QStringLiteral("Ports") }));
    }
    auto names = [](LeadStore& store) {
        QStringList out;
        const auto searches = store.savedSearches();
        for (const SavedSearch& search : *searches)
            out.append(search.name + u'=' + QString::fromUtf8(search.filterJson()));
        return out;
    };
    QCOMPARE(names(*m_server), names(*m_local));
    QCOMPARE(names(*m_server).size(), 2);
}

void TestPgStore::replacedStatementIsCancelledOnTheServer()
{
    auto* server = dynamic_cast<PgLeadStore*>(m_server.get());
    QVERIFY(server);
    QElapsedTimer sinceStart;
    sinceStart.start();
    {
        // Replaced 200 ms in, while the server sleeps for ten seconds.
        const PgQueryCancel cancel(server->database(), [&sinceStart] { return sinceStart.elapsed() > 200; });
        QSqlQuery query(server->database());
        QVERIFY(!query.exec(QStringLiteral("SELECT pg_sleep(10)")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("57014"));
        QVERIFY(cancel.cancelled());
    }
    // Well before the ten seconds, however loaded the machine.
    QVERIFY2(sinceStart.elapsed() < 8000, qPrintable(QString::number(sinceStart.elapsed())));
    // The connection goes on.
    auto count = m_server->count(LeadFilter(), kToday);
    QVERIFY2(count, qPrintable(count.errorMessage()));
    QVERIFY(*count > 0);
    // Never replaced: nothing is cancelled.
    const PgQueryCancel idle(server->database(), [] { return false; });
    QSqlQuery query(server->database());
    QVERIFY(query.exec(QStringLiteral("SELECT pg_sleep(0.1)")));
    QVERIFY(!idle.cancelled());
}

void TestPgStore::listsWalkTheirIndexes_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("index");
    QTest::newRow("first screen") << "deadline_at" << false << "lead_deadline_open";
    QTest::newRow("title") << "title" << false << "lead_sort_title";
    QTest::newRow("agency, descending") << "agency" << true << "lead_sort_agency";
    QTest::newRow("naics") << "naics_code" << false << "lead_sort_naics_code";
    QTest::newRow("posted") << "posted_at" << true << "lead_sort_posted_at";
}

void TestPgStore::listsWalkTheirIndexes()
{
    // The first schema's plans sorted every open lead (TEAM-SERVER.md §3): the open list and
    // each indexed sort must be an index walk in the order asked, with no sort step, whatever
    // the planner would choose on a table this small.
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    QFETCH(QString, index);
    LeadFilter filter;
    filter.openOnly = true;
    filter.sortColumn = sort;
    filter.descending = descending;
    const QString query = FilterQuery::hasSortIndex(sort)
        ? [&] {
              const FilterQuery part = FilterQuery::compileSortedPart(filter, kToday, FilterQuery::KeywordPlan::Lookup,
                                                                      false, 200, FilterQuery::Dialect::Postgres);
              QString text = QStringLiteral("SELECT l.id") + part.from() + part.where() + part.orderBy()
                  + QStringLiteral(" LIMIT 200");
              for (const QVariant& value : part.bindings())
                  text.replace(text.indexOf(u'?'), 1, u'\'' + value.toString() + u'\'');
              return text;
          }()
        : [&] {
              const FilterQuery all = FilterQuery::compile(filter, kToday, FilterQuery::KeywordPlan::Lookup, 200,
                                                           FilterQuery::Dialect::Postgres);
              QString text = QStringLiteral("SELECT l.id") + all.from() + all.where() + all.orderBy()
                  + QStringLiteral(" LIMIT 200");
              for (const QVariant& value : all.bindings())
                  text.replace(text.indexOf(u'?'), 1, u'\'' + value.toString() + u'\'');
              return text;
          }();
    Login login(QStringLiteral("tradeleads"));
    QVERIFY(login.isOpen());
    QCOMPARE(login.exec(QStringLiteral("SET search_path = tradeleads")), QString());
    QCOMPARE(login.exec(QStringLiteral("SET enable_seqscan = off")), QString());
    QCOMPARE(login.exec(QStringLiteral("SET enable_sort = off")), QString());
    const QString plan = login.column(QStringLiteral("EXPLAIN (FORMAT JSON) ") + query).join(u'\n');
    QVERIFY2(plan.contains(QStringLiteral("\"Index Name\": \"%1\"").arg(index)), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("\"Node Type\": \"Sort\"")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("Incremental Sort")), qPrintable(plan));
}

void TestPgStore::rowLevelSecurityKeepsAnalystsApart()
{
    QVERIFY(PgLeadStore::addAnalyst(location(), QStringLiteral("alice"), QStringLiteral("team_ports")));
    QVERIFY(PgLeadStore::addAnalyst(location(), QStringLiteral("bob"), QStringLiteral("team_ports")));
    QVERIFY(PgLeadStore::addAnalyst(location(), QStringLiteral("carol")));
    QVERIFY(!PgLeadStore::addAnalyst(location(), QStringLiteral("Robert'); DROP TABLE lead; --")));
    // The server's own roles are no team to join, nor a name to take.
    for (const auto& [analyst, team] : { std::pair { "mallory", "tl_owner" }, std::pair { "mallory", "tl_sync" },
                                         std::pair { "mallory", "pg_read_server_files" },
                                         std::pair { "tl_sync2", "" } }) {
        const Status refused = PgLeadStore::addAnalyst(location(), QString::fromLatin1(analyst), QString::fromLatin1(team));
        QVERIFY2(!refused && refused.errorMessage().contains(QLatin1String("own roles")), qPrintable(refused.errorMessage()));
    }
    QCOMPARE(Login(QStringLiteral("tradeleads")).column(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'mallory'")),
             QStringList { QStringLiteral("0") });

    auto alice = LeadStore::open(location(QStringLiteral("alice")));
    QVERIFY2(alice, qPrintable(alice.errorMessage()));
    auto bob = LeadStore::open(location(QStringLiteral("bob")));
    QVERIFY2(bob, qPrintable(bob.errorMessage()));
    auto first = (*alice)->search(LeadFilter(), 1, kToday);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->size(), 1);
    const Lead lead = first->first().lead;

    // Private notes: alice writes hers, bob sees none of them.
    LeadUserData aliceData;
    aliceData.starred = true;
    aliceData.notes = QStringLiteral("alice's private note");
    QVERIFY((*alice)->setUserData(lead.source, lead.sourceId, aliceData));
    QCOMPARE((*alice)->lead(lead.source, lead.sourceId)->notes, aliceData.notes);
    QCOMPARE((*bob)->lead(lead.source, lead.sourceId)->notes, QString());
    QVERIFY(!(*bob)->lead(lead.source, lead.sourceId)->starred);
    LeadFilter starred;
    starred.starredOnly = true;
    QCOMPARE(*(*alice)->count(starred, kToday), qint64(first->first().noticeCount)); // the family is starred
    QCOMPARE(*(*bob)->count(starred, kToday), 0);
    // Bob's own note on the same lead is his, and leaves alice's as it was.
    LeadUserData bobData;
    bobData.notes = QStringLiteral("bob's note");
    QVERIFY((*bob)->setUserData(lead.source, lead.sourceId, bobData));
    QCOMPARE((*alice)->lead(lead.source, lead.sourceId)->notes, aliceData.notes);
    QCOMPARE((*bob)->lead(lead.source, lead.sourceId)->notes, bobData.notes);

    // Saved searches too: the same name for two analysts, each sees their own.
    SavedSearch search;
    search.name = QStringLiteral("Mine");
    QVERIFY((*alice)->addSavedSearch(search));
    QVERIFY((*bob)->addSavedSearch(search));
    QCOMPARE((*bob)->savedSearches()->size(), 1);

    // What the app never does, tried by hand as each login.
    Login aliceLogin(QStringLiteral("alice"));
    QVERIFY2(aliceLogin.isOpen(), qPrintable(aliceLogin.lastOpenError()));
    const QString forged = aliceLogin.exec(QStringLiteral(
        "INSERT INTO lead_user (owner, family_id, source, source_id, notes) VALUES ('bob', 'x|y', 'x', 'y', 'forged')"));
    QVERIFY2(forged.contains(QLatin1String("row-level security")), qPrintable(forged));
    const QString writesLead = aliceLogin.exec(QStringLiteral("UPDATE lead SET title = 'mine' WHERE id = 1"));
    QVERIFY2(writesLead.contains(QLatin1String("permission denied")), qPrintable(writesLead));
    const QString dropsTable = aliceLogin.exec(QStringLiteral("DROP TABLE lead_user"));
    QVERIFY2(dropsTable.contains(QLatin1String("must be owner")), qPrintable(dropsTable));
    auto upsertAsAnalyst = (*alice)->upsert({ lead });
    QVERIFY(!upsertAsAnalyst);

    Login bobLogin(QStringLiteral("bob"));
    QVERIFY(bobLogin.isOpen());
    QCOMPARE(bobLogin.column(QStringLiteral("SELECT notes FROM lead_user")), QStringList { bobData.notes });
    int rows = -1;
    QCOMPARE(bobLogin.exec(QStringLiteral("UPDATE lead_user SET notes = 'changed' WHERE owner = 'alice'"), &rows), QString());
    QCOMPARE(rows, 0);
    QCOMPARE(bobLogin.exec(QStringLiteral("DELETE FROM lead_user WHERE owner = 'alice'"), &rows), QString());
    QCOMPARE(rows, 0);
    QCOMPARE(bobLogin.exec(QStringLiteral("DELETE FROM saved_search WHERE owner = 'alice'"), &rows), QString());
    QCOMPARE(rows, 0);
    QCOMPARE((*alice)->lead(lead.source, lead.sourceId)->notes, aliceData.notes);
    QCOMPARE((*alice)->savedSearches()->size(), 1);

    Login carolLogin(QStringLiteral("carol"));
    QVERIFY(carolLogin.isOpen());
    QCOMPARE(carolLogin.column(QStringLiteral("SELECT count(*) FROM lead_user")), QStringList { QStringLiteral("0") });
    QCOMPARE(carolLogin.column(QStringLiteral("SELECT count(*) FROM saved_search")), QStringList { QStringLiteral("0") });

    // The sync writes leads and never reads anybody's notes.
    Login sync(QStringLiteral("tl_sync"));
    QVERIFY2(sync.isOpen(), qPrintable(sync.lastOpenError()));
    QCOMPARE(sync.column(QStringLiteral("SELECT notes FROM lead_user")), QStringList());
    QCOMPARE(sync.column(QStringLiteral("SELECT name FROM saved_search")), QStringList());
    const QString writesNotes = sync.exec(QStringLiteral(
        "INSERT INTO lead_user (family_id, source, source_id, notes) VALUES ('x|y', 'x', 'y', 'from the sync')"));
    QVERIFY2(writesNotes.contains(QLatin1String("permission denied")), qPrintable(writesNotes));
    auto syncStore = LeadStore::open(location(QStringLiteral("tl_sync")));
    QVERIFY2(syncStore, qPrintable(syncStore.errorMessage()));
    Lead changed = lead;
    changed.title += QStringLiteral(" (changed by the sync)");
    changed.raw.replace("{", "{\"changedBySync\":1,");
    auto written = (*syncStore)->upsert({ changed });
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->updated, 1);
}

void TestPgStore::analystsEditWhileTheSyncWrites()
{
    // The sync rewrites 300 leads page by page on a thread of its own while two analysts star
    // and annotate the same leads: nothing waits for ever, nothing fails, nothing is lost.
    auto leads = m_local->search(filterOf([](LeadFilter& f) { f.sources = { QStringLiteral("sam") }; }), 300, kToday);
    QVERIFY(leads);
    QCOMPARE(leads->size(), 300);
    std::atomic<int> syncFailures { 0 };
    std::atomic<int> pagesWritten { 0 };
    std::thread sync([&] {
        auto store = LeadStore::open(location(QStringLiteral("tl_sync")));
        if (!store) {
            ++syncFailures;
            return;
        }
        for (int round = 0; round < 3; ++round) {
            for (qsizetype start = 0; start < leads->size(); start += 50) {
                QList<Lead> page;
                for (qsizetype i = start; i < start + 50; ++i)
                    page.append(changed(leads->at(i).lead, QStringLiteral("round %1").arg(round)));
                if (!(*store)->beginTransaction() || !(*store)->upsert(page) || !(*store)->commit()) {
                    ++syncFailures;
                    (*store)->rollback();
                } else {
                    ++pagesWritten;
                }
            }
        }
    });
    auto alice = LeadStore::open(location(QStringLiteral("alice")));
    auto bob = LeadStore::open(location(QStringLiteral("bob")));
    QVERIFY(alice && bob);
    int saved = 0;
    for (int i = 0; i < 300; i += 3) {
        const Lead& lead = leads->at(i).lead;
        LeadUserData data;
        data.starred = true;
        data.notes = QStringLiteral("alice %1").arg(i);
        saved += bool((*alice)->setUserData(lead.source, lead.sourceId, data));
        data.notes = QStringLiteral("bob %1").arg(i);
        saved += bool((*bob)->setUserData(lead.source, lead.sourceId, data));
    }
    sync.join();
    QCOMPARE(syncFailures.load(), 0);
    QCOMPARE(pagesWritten.load(), 18);
    QCOMPARE(saved, 200);
    for (int i = 0; i < 300; i += 30) {
        const Lead& lead = leads->at(i).lead;
        auto seenByAlice = (*alice)->lead(lead.source, lead.sourceId);
        QVERIFY(seenByAlice);
        QCOMPARE(seenByAlice->notes, QStringLiteral("alice %1").arg(i));
        QVERIFY(seenByAlice->lead.title.endsWith(QLatin1String("round 2")));
        QCOMPARE((*bob)->lead(lead.source, lead.sourceId)->notes, QStringLiteral("bob %1").arg(i));
    }
}

void TestPgStore::openTeamOfThree(Result<std::unique_ptr<LeadStore>>& alice, Result<std::unique_ptr<LeadStore>>& bob,
                                  Result<std::unique_ptr<LeadStore>>& carol) const
{
    QVERIFY(PgLeadStore::addAnalyst(location(), QStringLiteral("alice"), QStringLiteral("team_ports")));
    QVERIFY(PgLeadStore::addAnalyst(location(), QStringLiteral("bob"), QStringLiteral("team_ports")));
    QVERIFY(PgLeadStore::addAnalyst(location(), QStringLiteral("carol")));
    alice = LeadStore::open(location(QStringLiteral("alice")));
    bob = LeadStore::open(location(QStringLiteral("bob")));
    carol = LeadStore::open(location(QStringLiteral("carol")));
    QVERIFY2(alice && bob && carol, qPrintable(alice.errorMessage() + bob.errorMessage() + carol.errorMessage()));
}

void TestPgStore::teamSharesThePipelineNotTheNotes()
{
    Result<std::unique_ptr<LeadStore>> alice = Error {}, bob = Error {}, carol = Error {};
    openTeamOfThree(alice, bob, carol);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE((*alice)->team(), QStringLiteral("team_ports"));
    QCOMPARE((*carol)->team(), QString());
    auto notMember = LeadStore::open(location(QStringLiteral("carol")) + QStringLiteral("&team=team_ports"));
    QVERIFY(!notMember);
    QVERIFY2(notMember.errorMessage().contains(QLatin1String("not in the team team_ports")), qPrintable(notMember.errorMessage()));

    auto rows = (*alice)->search(LeadFilter(), 5, kToday);
    QVERIFY(rows && rows->size() == 5);
    const Lead lead = rows->at(4).lead;
    // Alice sets the team's status and assignee, and a note of her own.
    LeadUserData aliceData;
    aliceData.status = QStringLiteral("bidding");
    aliceData.assignee = QStringLiteral("bob");
    aliceData.notes = QStringLiteral("alice: margin is thin");
    QVERIFY((*alice)->setUserData(lead.source, lead.sourceId, aliceData));
    auto seenByBob = (*bob)->lead(lead.source, lead.sourceId);
    QVERIFY(seenByBob);
    QCOMPARE(seenByBob->status, QStringLiteral("bidding"));
    QCOMPARE(seenByBob->assignee, QStringLiteral("bob"));
    QCOMPARE(seenByBob->notes, QString());
    auto seenByCarol = (*carol)->lead(lead.source, lead.sourceId);
    QCOMPARE(seenByCarol->status, QString());
    QCOMPARE(seenByCarol->assignee, QString());
    // The team's status filters bob's list as it does alice's.
    const LeadFilter bidding = filterOf([](LeadFilter& f) { f.statuses = { QStringLiteral("bidding") }; });
    QCOMPARE(*(*bob)->count(bidding, kToday), qint64(rows->at(4).noticeCount));
    QCOMPARE(*(*carol)->count(bidding, kToday), 0);

    // Bob stars it with what he read: the team's row is not written again.
    LeadUserData bobData { .starred = true, .status = seenByBob->status, .notes = QStringLiteral("bob: call the port"),
                           .tags = {}, .assignee = seenByBob->assignee };
    QVERIFY((*bob)->setUserData(lead.source, lead.sourceId, bobData));
    Login aliceLogin(QStringLiteral("alice"));
    QVERIFY(aliceLogin.isOpen());
    QCOMPARE(aliceLogin.column(QStringLiteral("SELECT updated_by FROM lead_team")), QStringList { QStringLiteral("alice") });
    // Bob moves it on; alice sees his status, her note, not his.
    bobData.status = QStringLiteral("submitted");
    QVERIFY((*bob)->setUserData(lead.source, lead.sourceId, bobData));
    auto seenByAlice = (*alice)->lead(lead.source, lead.sourceId);
    QCOMPARE(seenByAlice->status, QStringLiteral("submitted"));
    QCOMPARE(seenByAlice->notes, aliceData.notes);
    QVERIFY(!seenByAlice->starred);
    QCOMPARE(aliceLogin.column(QStringLiteral("SELECT updated_by FROM lead_team")), QStringList { QStringLiteral("bob") });
    // Alice's window had not heard of it yet when she saved a note: the note is hers, the
    // team's status stays bob's.
    aliceData.notes = QStringLiteral("alice: margin is thin; ask for a partner");
    QVERIFY((*alice)->setUserData(lead.source, lead.sourceId, aliceData, LeadStore::Pipeline::Unchanged));
    seenByAlice = (*alice)->lead(lead.source, lead.sourceId);
    QCOMPARE(seenByAlice->status, QStringLiteral("submitted"));
    QCOMPARE(seenByAlice->notes, aliceData.notes);

    // Refusals, each as its own login.
    Login bobLogin(QStringLiteral("bob"));
    QVERIFY(bobLogin.isOpen());
    const QString forged = bobLogin.exec(QStringLiteral("UPDATE lead_team SET status = 'won', updated_by = 'alice'"));
    QVERIFY2(forged.contains(QLatin1String("row-level security")), qPrintable(forged));
    Login carolLogin(QStringLiteral("carol"));
    QVERIFY(carolLogin.isOpen());
    QCOMPARE(carolLogin.column(QStringLiteral("SELECT count(*) FROM lead_team")), QStringList { QStringLiteral("0") });
    const QString intrudes = carolLogin.exec(
        QStringLiteral("INSERT INTO lead_team (team, family_id, status) VALUES ('team_ports', 'x|y', 'lost')"));
    QVERIFY2(intrudes.contains(QLatin1String("row-level security")), qPrintable(intrudes));
    int changedRows = -1;
    QCOMPARE(carolLogin.exec(QStringLiteral("DELETE FROM lead_team"), &changedRows), QString());
    QCOMPARE(changedRows, 0);
    Login sync(QStringLiteral("tl_sync"));
    QVERIFY(sync.isOpen());
    QCOMPARE(sync.column(QStringLiteral("SELECT count(*) FROM lead_team")), QStringList { QStringLiteral("0") });
    QCOMPARE((*alice)->lead(lead.source, lead.sourceId)->status, QStringLiteral("submitted"));
}

void TestPgStore::familyDeadlineHistoriesAlike()
{
    // Every family of the corpus: the notice that carries its deadline and how often it moved
    // (what the calendar export writes), the same from both stores.
    auto describe = [](LeadStore& store) {
        QStringList out;
        auto ids = store.ids(LeadFilter(), kToday);
        if (!ids)
            return QStringList { ids.errorMessage() };
        auto rows = store.leadsByIds(*ids, LeadStore::Detail::Listing);
        if (!rows)
            return QStringList { rows.errorMessage() };
        QStringList families;
        for (const StoredLead& row : *rows)
            families.append(row.familyId);
        auto deadlines = store.familyDeadlines(families);
        if (!deadlines)
            return QStringList { deadlines.errorMessage() };
        QHash<qint64, QString> keyOf;
        for (const StoredLead& row : *rows)
            keyOf.insert(row.id, row.lead.source + u':' + row.lead.sourceId);
        for (auto it = deadlines->cbegin(); it != deadlines->cend(); ++it)
            out.append(QStringLiteral("%1 -> %2 moved %3").arg(it.key(), keyOf.value(it->noticeId)).arg(it->moves));
        out.sort();
        return out;
    };
    const QStringList local = describe(*m_local);
    QVERIFY(local.size() > 100);
    QVERIFY2(std::any_of(local.cbegin(), local.cend(), [](const QString& line) { return !line.endsWith(QLatin1String("moved 0")); }),
             "the corpus has a family whose deadline moved");
    QCOMPARE(describe(*m_server), local);
}

void TestPgStore::passwordComesFromTheKeychain()
{
    // tl_pw_analyst logs in with a password (tests/pg-test-server.sh); ~/.pgpass has none.
    if (qEnvironmentVariableIsSet("TRADELEADS_TEST_PG"))
        QSKIP("needs the throwaway server's pg_hba.conf, where tl_pw_analyst logs in with a password");
    qputenv("PGPASSFILE", QDir::temp().filePath(QStringLiteral("tradeleads-no-pgpass")).toUtf8());
    const QString password = QStringLiteral("Kept-in-the-keychain-7");
    Login owner(QStringLiteral("tradeleads"));
    QVERIFY2(owner.isOpen(), qPrintable(owner.lastOpenError()));
    owner.exec(QStringLiteral("DROP ROLE IF EXISTS tl_pw_analyst"));
    QCOMPARE(owner.exec(QStringLiteral("CREATE ROLE tl_pw_analyst LOGIN PASSWORD '%1' IN ROLE tl_analyst").arg(password)),
             QString());
    const QString where = location(QStringLiteral("tl_pw_analyst"));
    auto cleanup = qScopeGuard([] { PgLeadStore::setPasswordLookup({}); });

    auto refused = LeadStore::open(where);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("password")), qPrintable(refused.errorMessage()));

    QStringList asked;
    PgLeadStore::setPasswordLookup([&](const QString& account) {
        asked.append(account);
        return QStringLiteral("not-the-password");
    });
    auto wrong = LeadStore::open(where);
    QVERIFY(!wrong);
    QVERIFY2(!wrong.errorMessage().contains(QLatin1String("not-the-password")), qPrintable(wrong.errorMessage()));
    QCOMPARE(asked.value(0), PgLeadStore::account(where));
    QVERIFY(asked.value(0).startsWith(QLatin1String("tl_pw_analyst@")));

    PgLeadStore::setPasswordLookup([&](const QString& account) {
        return account == PgLeadStore::account(where) ? password : QString();
    });
    auto opened = LeadStore::open(where);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QVERIFY(!(*opened)->search(LeadFilter(), 3, kToday)->isEmpty());
    QVERIFY(!(*opened)->path().contains(password));
}


void TestPgStore::largeLoadLeavesTheServerVacuumed()
{
    // A large load ends with VACUUM (ANALYZE) when the login owns the tables (the window's
    // index-only counts need the visibility map); the sync role may not vacuum and is not
    // refused for it: autovacuum, told by the schema to follow loads closely, does it then.
    Login login(QStringLiteral("tradeleads"));
    QVERIFY(login.isOpen());
    auto vacuums = [&] {
        return login.column(QStringLiteral("SELECT vacuum_count || '/' || analyze_count FROM pg_stat_user_tables "
                                           "WHERE schemaname = 'tradeleads' AND relname = 'lead'"))
            .value(0);
    };
    const QString options = login.column(QStringLiteral("SELECT array_to_string(reloptions, ',') FROM pg_class "
                                                        "WHERE oid = 'tradeleads.lead'::regclass"))
                                .value(0);
    QVERIFY2(options.contains(QLatin1String("autovacuum_vacuum_insert_scale_factor=0.01")), qPrintable(options));

    auto some = m_server->search(LeadFilter(), 3, kToday);
    QVERIFY(some);
    QList<Lead> page;
    for (const StoredLead& row : *some)
        page.append(changed(row.lead, QStringLiteral("large load")));
    const QString before = vacuums();
    QVERIFY(!before.isEmpty());

    QVERIFY(m_server->beginBulkLoad(100));
    QVERIFY(m_server->finishBulkLoad());
    QCOMPARE(vacuums(), before); // a small load is not worth a vacuum

    auto sync = LeadStore::open(location(QStringLiteral("tl_sync")));
    QVERIFY2(sync, qPrintable(sync.errorMessage()));
    QVERIFY((*sync)->beginBulkLoad(200000));
    QVERIFY((*sync)->upsert(page));
    const Status notOwner = (*sync)->finishBulkLoad();
    QVERIFY2(notOwner, qPrintable(notOwner.errorMessage()));
    QCOMPARE(vacuums(), before);

    auto begun = m_server->beginBulkLoad(200000);
    QVERIFY(begun);
    QVERIFY(!*begun); // the indexes stay
    QVERIFY(m_server->upsert(page));
    const Status finished = m_server->finishBulkLoad();
    QVERIFY2(finished, qPrintable(finished.errorMessage()));
    const QStringList counts = vacuums().split(u'/');
    const QStringList was = before.split(u'/');
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts[0].toInt(), was[0].toInt() + 1);
    QVERIFY2(counts[1].toInt() > was[1].toInt(), qPrintable(vacuums()));
    QVERIFY(m_server->finishBulkLoad()); // once
    QCOMPARE(vacuums().split(u'/').value(0).toInt(), was[0].toInt() + 1);
}

void TestPgStore::teammatesReadSharedSearchesOnly()
{
    // A search alice shares is in bob's list as "alice/Name" (after his own, of the same name
    // or not) and nowhere else; bob can read it and nothing more, as separate logins show.
    Result<std::unique_ptr<LeadStore>> alice = Error {}, bob = Error {}, carol = Error {};
    openTeamOfThree(alice, bob, carol);
    if (QTest::currentTestFailed())
        return;
    SavedSearch ports;
    ports.name = QStringLiteral("Ports");
    ports.filter.text = QStringLiteral("harbour");
    ports.shared = true;
    ports.notify = true;
    QVERIFY2((*alice)->addSavedSearch(ports), "alice shares Ports");
    SavedSearch secret = ports;
    secret.name = QStringLiteral("Secret");
    secret.shared = false;
    QVERIFY((*alice)->addSavedSearch(secret));
    SavedSearch bobs = ports;
    bobs.filter.text = QStringLiteral("dredging");
    bobs.shared = false;
    QVERIFY2((*bob)->addSavedSearch(bobs), "bob's own Ports beside alice's");

    auto seen = (*bob)->savedSearches();
    QVERIFY(seen);
    QStringList keys;
    for (const SavedSearch& search : *seen)
        keys.append(search.key());
    // ("Mine": each one's own, from rowLevelSecurityKeepsAnalystsApart.)
    QCOMPARE(keys, (QStringList { QStringLiteral("Mine"), QStringLiteral("Ports"), QStringLiteral("alice/Ports") }));
    QCOMPARE(seen->at(2).sharedBy, QStringLiteral("alice"));
    QVERIFY(seen->at(2).shared);
    QVERIFY(!seen->at(2).notify); // alice's setting, not bob's
    QVERIFY(seen->at(1).sharedBy.isEmpty() && !seen->at(1).shared);
    QCOMPARE((*bob)->savedSearch(QStringLiteral("alice/Ports"))->filter.text, QStringLiteral("harbour"));
    QCOMPARE((*bob)->savedSearch(QStringLiteral("Ports"))->filter.text, QStringLiteral("dredging"));
    QCOMPARE((*alice)->savedSearches()->size(), 3); // her own; bob shares nothing
    QVERIFY((*alice)->savedSearch(QStringLiteral("Ports"))->shared);
    QCOMPARE((*carol)->savedSearches()->size(), 0);

    // What bob does to "Ports" is done to his; alice's stays as she left it.
    QVERIFY((*bob)->setSavedSearchCount(QStringLiteral("Ports"), 7));
    QVERIFY(!(*bob)->setSavedSearchCount(QStringLiteral("alice/Ports"), 7));
    QCOMPARE(*(*bob)->removeSavedSearch(QStringLiteral("Ports")), true);
    QCOMPARE(*(*bob)->removeSavedSearch(QStringLiteral("Ports")), false);
    QCOMPARE((*alice)->savedSearch(QStringLiteral("Ports"))->filter.text, QStringLiteral("harbour"));

    // Straight SQL as bob: alice's shared search can be read, not changed, deleted or forged.
    Login bobLogin(QStringLiteral("bob"));
    QVERIFY(bobLogin.isOpen());
    QCOMPARE(bobLogin.exec(QStringLiteral("SET search_path = tradeleads")), QString());
    QCOMPARE(bobLogin.column(QStringLiteral("SELECT owner || '/' || name FROM saved_search ORDER BY name")),
             (QStringList { QStringLiteral("bob/Mine"), QStringLiteral("alice/Ports") }));
    int rows = -1;
    QCOMPARE(bobLogin.exec(QStringLiteral("UPDATE saved_search SET filter = '{}' WHERE owner = 'alice'"), &rows), QString());
    QCOMPARE(rows, 0);
    QCOMPARE(bobLogin.exec(QStringLiteral("DELETE FROM saved_search WHERE owner = 'alice'"), &rows), QString());
    QCOMPARE(rows, 0);
    QVERIFY(!bobLogin.exec(QStringLiteral("INSERT INTO saved_search (owner, name, filter, created_at, team) "
                                          "VALUES ('alice', 'Forged', '{}', 'now', 'team_ports')")).isEmpty());
    // Nor shared with a team he is not in.
    QCOMPARE(Login(QStringLiteral("tradeleads")).exec(QStringLiteral("CREATE ROLE team_other NOLOGIN")), QString());
    QVERIFY(!bobLogin.exec(QStringLiteral("INSERT INTO saved_search (name, filter, created_at, team) "
                                          "VALUES ('Elsewhere', '{}', 'now', 'team_other')")).isEmpty());
    QCOMPARE((*alice)->savedSearch(QStringLiteral("Ports"))->filter.text, QStringLiteral("harbour"));

    // Without a team there is nothing to share with; a local cache has none either.
    SavedSearch lonely = ports;
    const Status noTeam = (*carol)->addSavedSearch(lonely);
    QVERIFY2(!noTeam && noTeam.errorMessage().contains(QLatin1String("no team")), qPrintable(noTeam.errorMessage()));
    const Status local = m_local->addSavedSearch(lonely);
    QVERIFY2(!local && local.errorMessage().contains(QLatin1String("Only a team server")), qPrintable(local.errorMessage()));

    QVERIFY(!m_local->setSavedSearchShared(QStringLiteral("Mine"), true));
    QVERIFY(!(*carol)->setSavedSearchShared(QStringLiteral("Mine"), true));

    // Only its owner shares or unshares it; unshared, it leaves the team's lists.
    QVERIFY(!(*bob)->setSavedSearchShared(QStringLiteral("alice/Ports"), false));
    QVERIFY(!(*bob)->setSavedSearchShared(QStringLiteral("Ports"), false)); // bob has none of that name now
    QCOMPARE((*bob)->savedSearches()->size(), 2);
    QVERIFY((*alice)->setSavedSearchShared(QStringLiteral("Ports"), false));
    QCOMPARE((*bob)->savedSearches()->size(), 1);
    QVERIFY((*alice)->setSavedSearchShared(QStringLiteral("Secret"), true));
    QCOMPARE((*bob)->savedSearch(QStringLiteral("alice/Secret"))->sharedBy, QStringLiteral("alice"));
    QVERIFY((*alice)->setSavedSearchShared(QStringLiteral("Secret"), false));
    QCOMPARE((*bob)->savedSearches()->size(), 1);
    QCOMPARE(Login(QStringLiteral("tradeleads")).exec(QStringLiteral("DROP ROLE team_other")), QString());
}

void TestPgStore::attachmentTextIsTheTeamsAndKeptThroughItsDoors()
{
    // A file one analyst downloads is searchable by the team; no analyst writes the tables
    // themselves, and the sync role may not record downloads.
    Result<std::unique_ptr<LeadStore>> alice = Error {}, bob = Error {}, carol = Error {};
    openTeamOfThree(alice, bob, carol);
    if (QTest::currentTestFailed())
        return;
    Lead lead;
    lead.source = QStringLiteral("sam");
    lead.sourceId = QStringLiteral("attached-1");
    lead.title = QStringLiteral("Harbour survey");
    lead.raw = R"({"noticeId":"attached-1"})";
    lead.attachmentUrls = { QStringLiteral("https://sam.gov/files/a/download"),
                            QStringLiteral("https://sam.gov/files/b/download") };
    QVERIFY(m_server->upsert({ lead }));
    Login owner(QStringLiteral("tradeleads"));
    auto removeLead = qScopeGuard(
        [&] { owner.exec(QStringLiteral("DELETE FROM tradeleads.lead WHERE source_id = 'attached-1'")); });
    const auto stored = (*alice)->lead(lead.source, lead.sourceId);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    auto listed = (*alice)->attachments({ stored->id });
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QVERIFY(!listed->at(0).stored());

    Login aliceLogin(QStringLiteral("alice"));
    QVERIFY(aliceLogin.isOpen());
    QCOMPARE(aliceLogin.exec(QStringLiteral("SET search_path = tradeleads")), QString());
    for (const char* sql : { "INSERT INTO attachment_file (content_hash, size, stored_at) VALUES ('h', 1, 'now')",
                             "INSERT INTO attachment_text (file_id, part, body) VALUES (1, 1, 'forged')",
                             "UPDATE attachment SET problem = 'forged'", "DELETE FROM attachment_file" }) {
        const QString refused = aliceLogin.exec(QString::fromLatin1(sql));
        QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(QString::fromLatin1(sql) + refused));
    }

    AttachmentFile file;
    file.name = QStringLiteral("survey.txt");
    file.contentType = QStringLiteral("text/plain");
    file.contentHash = QStringLiteral("a").repeated(64);
    file.text = QStringLiteral("The dredger hauls zirconium ballast to the quay.");
    file.size = file.text.size();
    QVERIFY2((*alice)->setAttachmentFile(listed->at(0).id, file), "alice records her download");
    // A long file: past a tsvector's 1 MB and 16,383 positions, with a NUL in it; its last
    // word is still found.
    AttachmentFile large;
    large.name = QStringLiteral("annex.txt");
    large.contentHash = QStringLiteral("b").repeated(64);
    for (int entry = 0; entry < 90000; ++entry)
        large.text += QStringLiteral("Ledger entry w%1x for the pier. ").arg(entry);
    large.text += QChar(0) + QStringLiteral(" Finally the quokka.");
    large.size = large.text.size();
    QVERIFY(large.text.size() > 2000000);
    const Status keptLarge = (*alice)->setAttachmentFile(listed->at(1).id, large);
    QVERIFY2(keptLarge, qPrintable(keptLarge.errorMessage()));
    QVERIFY(!(*alice)->setAttachmentFile(987654321, file)); // no such attachment
    const QStringList parts = owner.column(QStringLiteral("SELECT count(*) FROM tradeleads.attachment_text"));
    QVERIFY(parts.size() == 1 && parts.first().toInt() >= 21);

    // Bob finds the lead by words only the files hold, and where they are.
    for (const QString& word : { QStringLiteral("zirconium"), QStringLiteral("quokka"), QStringLiteral("w89999x"),
                                 QStringLiteral("\"zirconium ballast\"") }) {
        LeadFilter filter;
        filter.text = word;
        const auto ids = (*bob)->ids(filter, kToday);
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        QVERIFY2(ids->contains(stored->id), qPrintable(word));
        const auto only = (*bob)->attachmentOnlyMatches(word, *ids);
        QVERIFY(only && only->contains(stored->id));
    }
    const auto passages = (*bob)->attachmentPassages(QStringLiteral("zirconium"), { stored->id }, 5);
    QVERIFY2(passages, qPrintable(passages.errorMessage()));
    QCOMPARE(passages->size(), 1);
    QCOMPARE(passages->first().name, QStringLiteral("survey.txt"));
    QVERIFY2(passages->first().passage.contains(AttachmentMarks::kMatchStart + QStringLiteral("zirconium")
                                                + AttachmentMarks::kMatchEnd),
             qPrintable(passages->first().passage));
    QVERIFY((*bob)->attachmentOnlyMatches(QStringLiteral("harbour"), { stored->id })->isEmpty()); // its own title
    QCOMPARE((*bob)->attachments({ stored->id })->first().contentHash, file.contentHash);

    // The same file for another attachment is linked, not kept twice.
    QVERIFY((*bob)->setAttachmentFile(listed->at(1).id, file));
    QCOMPARE(owner.column(QStringLiteral("SELECT count(*) FROM tradeleads.attachment_file")),
             QStringList { QStringLiteral("2") });

    // The sync role lists attachments but records no download.
    Login sync(QStringLiteral("tl_sync"));
    QVERIFY(sync.isOpen());
    const QString syncKeeps = sync.exec(QStringLiteral("SELECT tradeleads.set_attachment_problem(1, 'from the sync')"));
    QVERIFY2(syncKeeps.contains(QLatin1String("permission denied")), qPrintable(syncKeeps));

    // A problem, then the files removed: their words leave everyone's search.
    QVERIFY((*bob)->setAttachmentProblem(listed->at(0).id, QStringLiteral("Damaged file")));
    QCOMPARE((*alice)->attachments({ stored->id })->first().problem, QStringLiteral("Damaged file"));
    QVERIFY((*bob)->removeAttachmentFile(file.contentHash));
    LeadFilter zirconium;
    zirconium.text = QStringLiteral("zirconium");
    QVERIFY(!(*alice)->ids(zirconium, kToday)->contains(stored->id));
    QVERIFY(!(*alice)->attachments({ stored->id })->first().stored());
    QVERIFY((*alice)->removeAttachmentFile(large.contentHash));
    QCOMPARE(owner.column(QStringLiteral("SELECT count(*) FROM tradeleads.attachment_text")),
             QStringList { QStringLiteral("0") });
}

void TestPgStore::referenceRecordsAlike()
{
    // The ITA reference data sets beside a lead: the same records, in the same order, from
    // both stores (a country, industry words in any case, the lead itself left out).
    QList<Lead> references;
    const struct
    {
        const char* source;
        const char* id;
        const char* title;
        const char* country;
        const char* industry;
        const char* posted;
    } rows[] = {
        { "ita-mrl", "mrl-1", "US Construction Market Overview", "US", "Construction", "2026-01-02" },
        { "ita-mrl", "mrl-2", "UK Construction Market", "GB", "Construction", "2026-01-03" },
        { "ita-offices", "office-1", "Chicago U.S. Export Assistance Center", "US", "", "" },
        { "ita-programs", "prog-1", "Dredging and PORT works program", "US", "Marine", "2025-05-01" },
        { "ita-programs", "prog-2", "Program two", "US", "Other", "2025-05-01" },
        { "ita-articles", "art-1", "Port dredging in Chile", "CL", "Marine Construction", "2024-02-02" },
        { "ita-etoolkit", "kit-1", "Aerospace toolkit", "", "Aerospace", "" },
    };
    for (const auto& row : rows) {
        Lead lead;
        lead.source = QString::fromLatin1(row.source);
        lead.sourceId = QString::fromLatin1(row.id);
        lead.title = QString::fromLatin1(row.title);
        lead.country = QString::fromLatin1(row.country);
        lead.industry = QString::fromLatin1(row.industry);
        lead.postedAt = QString::fromLatin1(row.posted);
        lead.url = QStringLiteral("https://www.trade.gov/") + lead.sourceId;
        lead.raw = QStringLiteral("{\"id\":\"%1\"}").arg(lead.sourceId).toUtf8();
        references.append(lead);
    }
    QVERIFY(m_local->upsert(references));
    QVERIFY(m_server->upsert(references));
    auto removeThem = qScopeGuard([&] {
        Login(QStringLiteral("tradeleads")).exec(QStringLiteral("DELETE FROM tradeleads.lead WHERE source IN "
                                                                "('ita-mrl', 'ita-offices', 'ita-programs', "
                                                                "'ita-articles', 'ita-etoolkit')"));
    });
    const QStringList all = { QStringLiteral("ita-mrl"), QStringLiteral("ita-offices"), QStringLiteral("ita-programs"),
                              QStringLiteral("ita-articles"), QStringLiteral("ita-etoolkit") };
    QList<ReferenceQuery> queries;
    const ReferenceQuery us { all, QStringLiteral("US"), { QStringLiteral("construction") }, QString(), QString(), 10 };
    queries << us;
    const ReferenceQuery anyCountry { all, QString(), { QStringLiteral("dredging"), QStringLiteral("port") }, QString(),
                                      QString(), 10 };
    queries << anyCountry;
    ReferenceQuery notItself = us;
    notItself.excludeSource = QStringLiteral("ita-mrl");
    notItself.excludeSourceId = QStringLiteral("mrl-1");
    notItself.limit = 2;
    queries << notItself;
    const ReferenceQuery programsOnly { { QStringLiteral("ita-programs") }, QStringLiteral("US"), {}, QString(), QString(), 10 };
    queries << programsOnly;
    const ReferenceQuery noWordMatches { all, QString(), { QStringLiteral("zeppelin") }, QString(), QString(), 10 };
    queries << noWordMatches;
    for (const ReferenceQuery& query : std::as_const(queries)) {
        const auto local = m_local->references(query);
        const auto server = m_server->references(query);
        QVERIFY2(local && server, qPrintable(local.errorMessage() + server.errorMessage()));
        QStringList localKeys, serverKeys;
        for (const ReferenceRecord& record : *local)
            localKeys.append(record.source + u':' + record.sourceId + u' ' + record.title + u' ' + record.url);
        for (const ReferenceRecord& record : *server)
            serverKeys.append(record.source + u':' + record.sourceId + u' ' + record.title + u' ' + record.url);
        QCOMPARE(serverKeys, localKeys);
    }
    const auto forUs = m_server->references(us);
    QVERIFY(forUs && forUs->size() == 4); // the country's records, the industry word's first
    QCOMPARE(forUs->first().sourceId, QStringLiteral("mrl-1"));
    QCOMPARE(m_server->references(anyCountry)->size(), 3); // either word within a word, in any case ("Export")
    const auto others = m_server->references(notItself);
    QVERIFY(others && others->size() == 2 && others->first().sourceId != QLatin1String("mrl-1"));
    QCOMPARE(m_server->references(programsOnly)->size(), 2);
    QVERIFY(m_server->references(noWordMatches)->isEmpty());
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
