#include "LeadFilter.h"
#include "CacheDatabase.h"
#include "FileWriteback.h"
#include "FilterQuery.h"
#include "CacheGuard.h"
#include "LeadStore.h"
#include "SqliteLeadStore.h"
#include "PgLeadStore.h"
#include "PgTestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#ifdef __linux__
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

Lead makeLead(const QString& id, const QString& title, const QString& description = QStringLiteral("Body text"))
{
    Lead lead;
    lead.source = QStringLiteral("sam");
    lead.sourceId = id;
    lead.title = title;
    lead.description = description;
    lead.agency = QStringLiteral("General Services Administration");
    lead.country = QStringLiteral("US");
    lead.location = QStringLiteral("Dayton, OH");
    lead.solicitationNumber = QStringLiteral("SOL-") + id;
    lead.postedAt = QStringLiteral("2026-01-02T10:00:00Z");
    lead.deadlineAt = QStringLiteral("2026-02-01T17:00:00Z");
    lead.valueMax = 1000.0;
    lead.raw = QJsonDocument(QJsonObject{{QStringLiteral("noticeId"), id}, {QStringLiteral("title"), title},
                                         {QStringLiteral("description"), description}})
                   .toJson(QJsonDocument::Compact);
    return lead;
}

constexpr char kServerDatabase[] = "tl_leadstore";

} // namespace

// One suite, two fixtures: every test runs on a local cache and on a team server (global data
// "local cache" / "team server"); the few that look at the SQLite file itself skip the server,
// whose own schema, plans and locks tst_pgstore checks.
class TestLeadStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void createsSchema();
    void reimportIsIdempotent();
    void amendmentKeepsEarlierVersion();
    void userDataSurvivesReimport();
    void ftsFindsByField_data();
    void ftsFindsByField();
    void ftsFollowsAmendment();
    void migratesEmptyVersionZeroFile();
    void refusesNewerSchema();
    void refusesForeignFile();
    void savedSearches();
    void rollbackLeavesCacheUnchanged();
    void hostileTextIsStoredVerbatim();
    void idsFollowSearchOrderForEverySort_data();
    void idsFollowSearchOrderForEverySort();
    void indexedSortsWalkTheirIndex();
    void theDeadlineSortWalksItsIndexInOrder();
    void keywordPlansFindTheSameLeads();
    void killedSyncRunIsMarkedInterrupted();
    void bulkLoadRebuildsWhatItSetAside();
    void unfinishedBulkLoadIsCompletedByTheNextOpen();
    void bulkLoadStoppedBetweenItsTwoCommitsIsCompleted();
    void bulkLoadEndsWhileAnotherConnectionReads();
    void bulkLoadWhoseRebuildFailsIsCompletedLater();
    void writebackStartsTheWritesOfAFileHeldOpen();
    void attachmentLinksFollowTheirLeads();
    void searchReadsTheDetailAskedFor();

private:
    bool onServer() const;
    // The store's own tables through a connection of the test's: the cache's, or a superuser's on
    // the server (search_path = tradeleads).
    QSqlDatabase tables() const { return onServer() ? m_serverTables : cacheDatabase(*m_store); }
    qint64 count(const QString& sql) const;
    QStringList schema() const;
    qint64 matches(const QString& words) const;
    // Begins a bulk load and stores 5,000 leads titled "`title` N" in it, without finishing it.
    bool loadInBulkUnfinished(const QString& title);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    QString m_path;
    QSqlDatabase m_serverTables;
    bool m_serverReady = false;
};

void TestLeadStore::initTestCase_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("local cache") << false;
    QTest::newRow("team server") << true;
}

void TestLeadStore::initTestCase()
{
    if (!PgTestServer::unavailable().isEmpty())
        return; // the server's rows skip (or fail under TRADELEADS_REQUIRE_PG=1) in init()
    PgTestServer::dropDatabase(QString::fromLatin1(kServerDatabase));
    const Status initialized = PgLeadStore::initialize(PgTestServer::location(QString::fromLatin1(kServerDatabase)));
    QVERIFY2(initialized, qPrintable(initialized.errorMessage()));
    const QUrl url(PgTestServer::location(QString::fromLatin1(kServerDatabase)));
    const QUrlQuery options(url);
    m_serverTables = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                               QStringLiteral("tst-leadstore-") + QUuid::createUuid().toString());
    m_serverTables.setHostName(options.queryItemValue(QStringLiteral("host")));
    m_serverTables.setPort(options.queryItemValue(QStringLiteral("port")).toInt());
    m_serverTables.setUserName(url.userName());
    m_serverTables.setDatabaseName(QString::fromLatin1(kServerDatabase));
    QVERIFY2(m_serverTables.open(), qPrintable(m_serverTables.lastError().text()));
    QSqlQuery path(m_serverTables);
    QVERIFY(path.exec(QStringLiteral("SET search_path = tradeleads")));
    m_serverReady = true;
}

void TestLeadStore::cleanupTestCase()
{
    if (!m_serverReady)
        return;
    const QString name = m_serverTables.connectionName();
    m_serverTables.close();
    m_serverTables = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    PgTestServer::dropDatabase(QString::fromLatin1(kServerDatabase));
}

bool TestLeadStore::onServer() const
{
    QFETCH_GLOBAL(bool, server);
    return server;
}

void TestLeadStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    if (onServer()) {
        PG_TEST_SERVER_REQUIRED();
        QVERIFY(m_serverReady);
        const QString emptied = PgTestServer::emptyTables(QString::fromLatin1(kServerDatabase));
        QVERIFY2(emptied.isEmpty(), qPrintable(emptied));
        m_path = PgTestServer::location(QString::fromLatin1(kServerDatabase));
    }
    auto store = LeadStore::open(m_path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestLeadStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestLeadStore::count(const QString& sql) const
{
    QSqlQuery query(tables());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestLeadStore::createsSchema()
{
    if (onServer())
        QSKIP("the SQLite file's schema (tst_pgstore checks the server's)");
    QCOMPARE(m_store->schemaVersion(), SqliteLeadStore::currentSchemaVersion());
    QSqlQuery query(cacheDatabase(*m_store));
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    for (const char* table : {"lead", "lead_fts", "lead_version", "lead_user", "saved_search", "sync_run", "sync_state"}) {
        QSqlQuery exists(cacheDatabase(*m_store));
        exists.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"));
        exists.addBindValue(QString::fromLatin1(table));
        QVERIFY(exists.exec() && exists.next());
        QVERIFY2(exists.value(0).toInt() == 1, table);
    }
    QSqlQuery columns(cacheDatabase(*m_store));
    QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(lead)")));
    QStringList names;
    while (columns.next())
        names.append(columns.value(1).toString());
    for (const QString& column : LeadColumns::names())
        QVERIFY2(names.contains(column), qPrintable(column));
    QVERIFY(names.contains(QStringLiteral("raw")));
}

void TestLeadStore::reimportIsIdempotent()
{
    const QList<Lead> leads = {makeLead(QStringLiteral("a1"), QStringLiteral("Courtroom lighting")),
                               makeLead(QStringLiteral("a2"), QStringLiteral("Driving differential"))};
    auto first = m_store->upsert(leads);
    QVERIFY(first.ok());
    QCOMPARE(first->inserted, 2);
    auto second = m_store->upsert(leads);
    QVERIFY(second.ok());
    QCOMPARE(second->inserted, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_version")), 0);
    if (!onServer())
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_fts")), 2);
}

void TestLeadStore::amendmentKeepsEarlierVersion()
{
    const Lead original = makeLead(QStringLiteral("a1"), QStringLiteral("Courtroom lighting"));
    QVERIFY(m_store->upsert({original}).ok());
    Lead amended = makeLead(QStringLiteral("a1"), QStringLiteral("Courtroom lighting (amended)"));
    amended.deadlineAt = QStringLiteral("2026-03-01T17:00:00Z");
    auto stats = m_store->upsert({amended});
    QVERIFY(stats.ok());
    QCOMPARE(stats->updated, 1);
    auto stored = m_store->lead(QStringLiteral("sam"), QStringLiteral("a1"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->lead.title, QStringLiteral("Courtroom lighting (amended)"));
    QCOMPARE(stored->lead.deadlineAt, QStringLiteral("2026-03-01T17:00:00Z"));
    QCOMPARE(stored->versions, 1);
    auto versions = m_store->versions(QStringLiteral("sam"), QStringLiteral("a1"));
    QVERIFY(versions.ok());
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first().raw, original.raw);
    QVERIFY(!versions->first().replacedAt.isEmpty());
}

void TestLeadStore::userDataSurvivesReimport()
{
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("a1"), QStringLiteral("Courtroom lighting"))}).ok());
    LeadUserData data;
    data.starred = true;
    data.status = QStringLiteral("bidding");
    data.notes = QStringLiteral("Call the contracting officer — Tuesday");
    data.tags = QStringLiteral("lighting, ohio");
    QVERIFY(m_store->setUserData(QStringLiteral("sam"), QStringLiteral("a1"), data).ok());
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("a1"), QStringLiteral("Courtroom lighting v2"))}).ok());
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("a1"), QStringLiteral("Courtroom lighting v2"))}).ok());
    auto stored = m_store->lead(QStringLiteral("sam"), QStringLiteral("a1"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->lead.title, QStringLiteral("Courtroom lighting v2"));
    QVERIFY(stored->starred);
    QCOMPARE(stored->status, data.status);
    QCOMPARE(stored->notes, data.notes);
    QCOMPARE(stored->tags, data.tags);
}

void TestLeadStore::ftsFindsByField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("matches");
    QTest::newRow("title word") << QStringLiteral("courtroom") << 1;
    QTest::newRow("description word") << QStringLiteral("asbestos") << 1;
    QTest::newRow("agency") << QStringLiteral("\"Services Administration\"") << 2;
    QTest::newRow("prefix") << QStringLiteral("court*") << 1;
    QTest::newRow("diacritics folded") << QStringLiteral("zurich") << 1;
    QTest::newRow("solicitation number") << QStringLiteral("SOL-b2") << 1;
    QTest::newRow("OR") << QStringLiteral("courtroom OR asbestos") << 2;
    QTest::newRow("no match") << QStringLiteral("submarine") << 0;
    QTest::newRow("hostile syntax") << QStringLiteral("\" ) NEAR( * AND") << 0;
}

void TestLeadStore::ftsFindsByField()
{
    QFETCH(QString, query);
    QFETCH(int, matches);
    Lead b2 = makeLead(QStringLiteral("b2"), QStringLiteral("Boiler replacement"),
                       QStringLiteral("<p>Remove asbestos insulation in Zürich annex</p>"));
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("b1"), QStringLiteral("Courtroom lighting")), b2}).ok());
    LeadFilter filter;
    filter.text = query;
    auto found = m_store->search(filter, 100, QDate(2026, 1, 10));
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(int(found->size()), matches);
}

void TestLeadStore::ftsFollowsAmendment()
{
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("c1"), QStringLiteral("Runway paving"))}).ok());
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("c1"), QStringLiteral("Taxiway resurfacing"))}).ok());
    LeadFilter filter;
    filter.text = QStringLiteral("runway");
    QCOMPARE(m_store->search(filter, 10, QDate(2026, 1, 1))->size(), 0);
    filter.text = QStringLiteral("taxiway");
    QCOMPARE(m_store->search(filter, 10, QDate(2026, 1, 1))->size(), 1);
    if (!onServer()) {
        QSqlQuery check(cacheDatabase(*m_store));
        QVERIFY(check.exec(QStringLiteral("INSERT INTO lead_fts(lead_fts) VALUES('integrity-check')")));
    }
}

void TestLeadStore::migratesEmptyVersionZeroFile()
{
    if (onServer())
        QSKIP("a file's upgrade (the server migrates in admin init)");
    const QString path = m_dir->filePath(QStringLiteral("v0.sqlite"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 0; VACUUM;", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto store = LeadStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE((*store)->schemaVersion(), SqliteLeadStore::currentSchemaVersion());
    QVERIFY((*store)->upsert({makeLead(QStringLiteral("m1"), QStringLiteral("Migrated"))}).ok());
    store->reset();
    auto reopened = LeadStore::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(scalar(**reopened, QStringLiteral("SELECT COUNT(*) FROM lead")), 1);
}

void TestLeadStore::refusesNewerSchema()
{
    if (onServer())
        QSKIP("a file's schema version");
    m_store.reset();
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto store = LeadStore::open(m_path);
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().contains(QStringLiteral("newer")), qPrintable(store.errorMessage()));
}

void TestLeadStore::refusesForeignFile()
{
    if (onServer())
        QSKIP("a file that is not a cache");
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto store = LeadStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().contains(QStringLiteral("not a Trade Leads cache")), qPrintable(store.errorMessage()));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray(4096, 'x'));

    // An SQLite file at this schema without the cache's tables: refused by name, not used.
    // (The structure check at open reads only the header of a file at the current schema.)
    const QString versioned = m_dir->filePath(QStringLiteral("versioned.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("versioned"));
        db.setDatabaseName(versioned);
        QVERIFY(db.open());
        QSqlQuery make(db);
        QVERIFY(make.exec(QStringLiteral("CREATE TABLE lead (id INTEGER PRIMARY KEY)")));
        QVERIFY(make.exec(QStringLiteral("PRAGMA user_version = %1").arg(SqliteLeadStore::currentSchemaVersion())));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("versioned"));
    auto refused = LeadStore::open(versioned);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("has no table lead_fts")), qPrintable(refused.errorMessage()));
    const CacheGuard::CheckReport structure = CacheGuard::inspect(versioned, CacheGuard::Depth::Full);
    QCOMPARE(structure.verdict, CacheGuard::Verdict::Foreign);
}

void TestLeadStore::savedSearches()
{
    LeadFilter filter;
    filter.text = QStringLiteral("lighting");
    filter.countries = {QStringLiteral("US")};
    SavedSearch search;
    search.name = QStringLiteral("Lighting in the US");
    search.filter = filter;
    QVERIFY(m_store->addSavedSearch(search).ok());
    auto duplicate = m_store->addSavedSearch(search);
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.errorMessage().contains(QStringLiteral("already exists")));
    auto loaded = m_store->savedSearch(search.name);
    QVERIFY(loaded.ok());
    auto parsed = loaded->usableFilter();
    QVERIFY(parsed.ok());
    QVERIFY(*parsed == filter);
    QCOMPARE(m_store->removeSavedSearch(search.name).value(), true);
    QCOMPARE(m_store->removeSavedSearch(search.name).value(), false);

    // A filter that cannot be read (its text was damaged) is listed with the reason, never
    // applied, and kept byte for byte when the search is written again.
    const QByteArray newer = R"({"text":"bridge", "countries": ["US")";
    QSqlQuery insert(tables());
    insert.prepare(QStringLiteral("INSERT INTO saved_search (name, filter, notify, position, created_at) "
                                  "VALUES ('From the future', ?, 0, 9, '2026-01-01T00:00:00Z')"));
    insert.addBindValue(QString::fromUtf8(newer));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    auto future = m_store->savedSearch(QStringLiteral("From the future"));
    QVERIFY(future.ok());
    QVERIFY(future->unreadable.has_value());
    QVERIFY(!future->usableFilter().ok());
    QVERIFY(!future->usableFilter().errorMessage().isEmpty());
    QCOMPARE(future->filterJson(), newer);
    QVERIFY(m_store->removeSavedSearch(future->name).value());
    QVERIFY(m_store->addSavedSearch(*future).ok());
    QCOMPARE(m_store->savedSearch(QStringLiteral("From the future"))->filterJson(), newer);
}

void TestLeadStore::rollbackLeavesCacheUnchanged()
{
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("r1"), QStringLiteral("Kept"))}).ok());
    QVERIFY(m_store->beginTransaction().ok());
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("r2"), QStringLiteral("Dropped")),
                             makeLead(QStringLiteral("r1"), QStringLiteral("Changed"))})
                .ok());
    m_store->rollback();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead")), 1);
    QCOMPARE(m_store->lead(QStringLiteral("sam"), QStringLiteral("r1"))->lead.title, QStringLiteral("Kept"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_version")), 0);
}

void TestLeadStore::hostileTextIsStoredVerbatim()
{
    const QString hostile = QStringLiteral("'); DROP TABLE lead; -- <script>alert(1)</script> =HYPERLINK(\"x\") \u6771\u4EAC");
    Lead lead = makeLead(QStringLiteral("h1'\""), hostile, hostile);
    lead.description.append(QChar(0));
    QVERIFY(m_store->upsert({lead}).ok());
    auto stored = m_store->lead(QStringLiteral("sam"), QStringLiteral("h1'\""));
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    QCOMPARE(stored->lead.title, hostile);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead")), 1);
}

bool TestLeadStore::loadInBulkUnfinished(const QString& title)
{
    auto begun = m_store->beginBulkLoad(5000);
    if (!begun.ok() || !*begun)
        return false;
    QList<Lead> load;
    for (int i = 0; i < 5000; ++i)
        load.append(makeLead(QStringLiteral("n%1").arg(i), QStringLiteral("%1 %2").arg(title).arg(i)));
    return m_store->upsert(load).ok();
}

QStringList TestLeadStore::schema() const
{
    QSqlQuery query(cacheDatabase(*m_store));
    QStringList objects;
    if (query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))) {
        while (query.next())
            objects.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + query.value(2).toString());
    }
    return objects;
}

qint64 TestLeadStore::matches(const QString& words) const
{
    LeadFilter filter;
    filter.text = words;
    auto found = m_store->count(filter, QDate(2026, 1, 10));
    return found.ok() ? *found : -1;
}

// A load of many leads into a cache that holds some: the sort indexes and the keyword index
// are set aside, the old leads stay findable (amended ones by their new words), and the end
// of the load brings back exactly the schema there was, with every lead indexed once.
void TestLeadStore::bulkLoadRebuildsWhatItSetAside()
{
    if (onServer())
        QSKIP("the local cache sets indexes aside (the server keeps them: tst_pgstore)");
    QList<Lead> first;
    for (int i = 0; i < 30; ++i)
        first.append(makeLead(QStringLiteral("old%1").arg(i), QStringLiteral("Runway paving %1").arg(i)));
    QVERIFY(m_store->upsert(first).ok());
    const QStringList before = schema();

    auto few = m_store->beginBulkLoad(100);
    QVERIFY(few.ok());
    QVERIFY(!*few); // too few to pay for the rebuild: the row path
    auto begun = m_store->beginBulkLoad(6000);
    QVERIFY2(begun.ok(), qPrintable(begun.errorMessage()));
    QVERIFY(*begun);
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral(".bulk-load")));
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'lead_sort_%'"), 0);
    // The award notices' partial indexes stay: a rebuild would read every lead for each.
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'lead_award_%'"), 3);
    // No trigger on a new lead's insert: it keeps no statement journal.
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT ON lead%'"), 0);

    QList<Lead> load;
    for (int i = 0; i < 6000; ++i) {
        load.append(makeLead(QStringLiteral("new%1").arg(i), QStringLiteral("Taxiway lighting %1").arg(i),
                             i % 2 ? QStringLiteral("culvert") : QStringLiteral("drainage")));
    }
    for (int i = 0; i < 10; ++i) // amendments of leads from before the load
        load.append(makeLead(QStringLiteral("old%1").arg(i), QStringLiteral("Apron resurfacing %1").arg(i)));
    load.append(makeLead(QStringLiteral("new5"), QStringLiteral("Taxiway lighting 5 amended"), QStringLiteral("culvert")));
    for (qsizetype at = 0; at < load.size(); at += 2000)
        QVERIFY(m_store->upsert(load.mid(at, 2000)).ok());
    QVERIFY(m_store->setDescription(QStringLiteral("sam"), QStringLiteral("new7"), QStringLiteral("sandblasting")).ok());

    // Meanwhile: the leads from before, by their words of now; the new ones not yet.
    QCOMPARE(matches(QStringLiteral("apron")), 10);
    QCOMPARE(matches(QStringLiteral("paving")), 20);
    QCOMPARE(matches(QStringLiteral("taxiway")), 0);
    LeadFilter all;
    QCOMPARE(*m_store->count(all, QDate(2026, 1, 10)), 6030);

    QVERIFY2(m_store->finishBulkLoad().ok(), "finish");
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".bulk-load")));
    // The load's journal, kept between its commits, goes with the return to WAL.
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-journal")));
    QCOMPARE(schema(), before);
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'"), 0);
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM lead_fts_docsize"), 6030);
    QSqlQuery check(cacheDatabase(*m_store));
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
    QCOMPARE(matches(QStringLiteral("taxiway")), 6000);
    QCOMPARE(matches(QStringLiteral("amended")), 1);
    QCOMPARE(matches(QStringLiteral("sandblasting")), 1);
    QCOMPARE(matches(QStringLiteral("culvert")), 2999); // the odd ones, but new7 now says sandblasting
    QCOMPARE(matches(QStringLiteral("apron")), 10);
    QCOMPARE(matches(QStringLiteral("paving")), 20);
    QCOMPARE(m_store->versions(QStringLiteral("sam"), QStringLiteral("old3"))->size(), 1);
    QCOMPARE(m_store->versions(QStringLiteral("sam"), QStringLiteral("new5"))->size(), 1);
    QVERIFY(m_store->finishBulkLoad().ok()); // nothing left to finish
    // The full-text index was made on another connection and taken in: no scratch file stays,
    // the WAL it passed through is emptied, and this connection keeps the index row by row.
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".fts-build")));
    QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
    QVERIFY(m_store->upsert({makeLead(QStringLiteral("new9"), QStringLiteral("Hangar insulation"))}).ok());
    QCOMPARE(matches(QStringLiteral("hangar")), 1);
    QCOMPARE(matches(QStringLiteral("taxiway")), 5999);
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

// Each lead's links are listed under that lead: new leads in one batch (known by the id their
// insert gave), and an amended lead whose new version adds a link (found by its key).
void TestLeadStore::attachmentLinksFollowTheirLeads()
{
    auto linked = [](const QString& id, const QStringList& urls) {
        Lead lead = makeLead(id, QStringLiteral("Culvert lining ") + id);
        lead.attachmentUrls = urls;
        lead.raw = QStringLiteral("{\"noticeId\":\"%1\",\"links\":%2}").arg(id).arg(urls.size()).toUtf8();
        return lead;
    };
    const QString a = QStringLiteral("https://sam.gov/files/a/download");
    const QString b = QStringLiteral("https://sam.gov/files/b/download");
    const QString c = QStringLiteral("https://sam.gov/files/c/download");
    QVERIFY(m_store->upsert({linked(QStringLiteral("first"), {a}), linked(QStringLiteral("none"), {}),
                             linked(QStringLiteral("second"), {b, c})}).ok());
    auto urlsOf = [&](const QString& id) {
        const auto stored = m_store->lead(QStringLiteral("sam"), id);
        QStringList urls;
        if (!stored.ok())
            return urls;
        const auto listed = m_store->attachments({stored->id});
        for (const Attachment& attachment : listed.ok() ? *listed : QList<Attachment>())
            urls.append(attachment.url);
        urls.sort();
        return urls;
    };
    QCOMPARE(urlsOf(QStringLiteral("first")), QStringList({a}));
    QCOMPARE(urlsOf(QStringLiteral("none")), QStringList());
    QCOMPARE(urlsOf(QStringLiteral("second")), QStringList({b, c}));
    auto stats = m_store->upsert({linked(QStringLiteral("first"), {a, c})});
    QVERIFY(stats.ok());
    QCOMPARE(stats->updated, 1);
    QCOMPARE(urlsOf(QStringLiteral("first")), QStringList({a, c}));
    QCOMPARE(urlsOf(QStringLiteral("second")), QStringList({b, c}));
}

// What a search reads of each lead: everything, or its fields without the record they came
// from (what `tradeleads search` prints), or a listing's short columns.
void TestLeadStore::searchReadsTheDetailAskedFor()
{
    Lead lead = makeLead(QStringLiteral("detail-1"), QStringLiteral("Seawall armouring"), QStringLiteral("Rock revetment"));
    lead.contacts = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Quay")}}};
    lead.raw = R"({"noticeId":"detail-1","title":"Seawall armouring"})";
    QVERIFY(m_store->upsert({lead}).ok());
    LeadFilter filter;
    filter.text = QStringLiteral("seawall");
    const QDate today(2026, 1, 10);
    for (const int limit : {10, -1}) { // a page of ids, and the single statement of an unbounded search
        auto full = m_store->search(filter, limit, today);
        QVERIFY2(full.ok() && full->size() == 1, qPrintable(full.errorMessage()));
        QCOMPARE(full->first().lead.raw, lead.raw);
        QCOMPARE(full->first().lead.description, QStringLiteral("Rock revetment"));
        auto texts = m_store->search(filter, limit, today, LeadStore::Detail::Texts);
        QVERIFY2(texts.ok() && texts->size() == 1, qPrintable(texts.errorMessage()));
        QVERIFY(texts->first().lead.raw.isEmpty());
        QCOMPARE(texts->first().lead.description, QStringLiteral("Rock revetment"));
        QCOMPARE(texts->first().lead.contacts, lead.contacts);
        QCOMPARE(texts->first().lead.title, lead.title);
        auto listing = m_store->search(filter, limit, today, LeadStore::Detail::Listing);
        QVERIFY2(listing.ok() && listing->size() == 1, qPrintable(listing.errorMessage()));
        QVERIFY(listing->first().lead.description.isEmpty());
        QCOMPARE(listing->first().lead.title, lead.title);
    }
}

// The full-text rebuild's scratch file cannot be made (a directory stands at its name): the
// load's end fails with a clear message and leaves the cache as it was, still marked
// unfinished; once the way is clear, the next open completes it; and a scratch file a killed
// rebuild left behind is removed by the next open.
void TestLeadStore::bulkLoadWhoseRebuildFailsIsCompletedLater()
{
    if (onServer())
        QSKIP("the local cache sets indexes aside (the server keeps them: tst_pgstore)");
    const QStringList before = schema();
    QVERIFY(loadInBulkUnfinished(QStringLiteral("Pier fendering")));
    const QString scratch = m_path + QStringLiteral(".fts-build");
    QVERIFY(QDir().mkpath(scratch + QStringLiteral("/in-the-way")));
    const Status failed = m_store->finishBulkLoad();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(QStringLiteral("full-text")), qPrintable(failed.errorMessage()));
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'"), 1);
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM lead"), 5000);
    QCOMPARE(matches(QStringLiteral("fendering")), 0);
    m_store.reset();

    QVERIFY(QDir(scratch).removeRecursively());
    QFile left(scratch);
    QVERIFY(left.open(QIODevice::WriteOnly) && left.write("left by a killed rebuild") > 0);
    left.close();
    auto reopened = LeadStore::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    m_store = std::move(*reopened);
    QCOMPARE(schema(), before);
    QCOMPARE(matches(QStringLiteral("fendering")), 5000);
    QVERIFY(!QFileInfo::exists(scratch));

    QVERIFY(left.open(QIODevice::WriteOnly) && left.write("left after the commit") > 0);
    left.close();
    m_store.reset();
    reopened = LeadStore::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    m_store = std::move(*reopened);
    QVERIFY(!QFileInfo::exists(scratch));
    QCOMPARE(matches(QStringLiteral("fendering")), 5000);
}

// A load whose process ended before its rebuild (a kill, a crash): the next open rebuilds.
void TestLeadStore::unfinishedBulkLoadIsCompletedByTheNextOpen()
{
    if (onServer())
        QSKIP("the local cache sets indexes aside (the server keeps them: tst_pgstore)");
    const QStringList before = schema();
    QVERIFY(loadInBulkUnfinished(QStringLiteral("Harbour dredging")));
    m_store.reset(); // no finishBulkLoad()
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery pending(raw);
        QVERIFY(pending.exec(QStringLiteral("SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'")) && pending.next());
        QCOMPARE(pending.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    auto reopened = LeadStore::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    m_store = std::move(*reopened);
    QCOMPARE(schema(), before);
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM lead_fts_docsize"), 5000);
    QCOMPARE(matches(QStringLiteral("dredging")), 5000);
}

// The end of a load commits twice: the indexes and counts, then the full-text index. A process
// killed in between leaves the indexes and the counts' triggers made; the next open makes only
// the rest, and the cache is as after an uninterrupted load.
void TestLeadStore::bulkLoadStoppedBetweenItsTwoCommitsIsCompleted()
{
    if (onServer())
        QSKIP("the local cache sets indexes aside (the server keeps them: tst_pgstore)");
    const QStringList before = schema();
    const qint64 earlier = scalar(*m_store, "SELECT COUNT(*) FROM lead");
    QVERIFY(loadInBulkUnfinished(QStringLiteral("Quay wall repair")));
    m_store.reset();
    {
        // What the first commit makes: every index and trigger set aside but the full-text ones.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM cache_info WHERE key = 'bulk_load'")) && query.next());
        const QJsonArray restore = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object().value("restore").toArray();
        query.finish();
        QVERIFY(restore.size() > 3);
        int made = 0;
        for (const QJsonValue& sql : restore) {
            if (sql.toString().startsWith(QStringLiteral("CREATE TRIGGER lead_fts_")))
                continue;
            QVERIFY2(query.exec(sql.toString()), qPrintable(query.lastError().text()));
            ++made;
        }
        QVERIFY(made > 0);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'lead_tally_%' AND type = 'trigger'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    auto reopened = LeadStore::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    m_store = std::move(*reopened);
    QCOMPARE(schema(), before);
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'"), 0);
    QCOMPARE(matches(QStringLiteral("quay")), 5000);
    QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM lead_fts_docsize"), earlier + 5000);
    QCOMPARE(scalar(*m_store, "SELECT SUM(leads) FROM lead_tally WHERE facet = 'country'"), earlier + 5000);
    QSqlQuery check(cacheDatabase(*m_store));
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    check.finish();
    QVERIFY(check.exec(QStringLiteral("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')")));
}

// The full-text tables skip the WAL only when no other connection has the cache open; with
// one open (the window's reader, another process) they go through it, and the load ends the same.
void TestLeadStore::bulkLoadEndsWhileAnotherConnectionReads()
{
    if (onServer())
        QSKIP("the local cache sets indexes aside (the server keeps them: tst_pgstore)");
    const QStringList before = schema();
    QVERIFY(loadInBulkUnfinished(QStringLiteral("Breakwater armour")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery reader(raw);
        QVERIFY(reader.exec(QStringLiteral("SELECT COUNT(*) FROM lead")) && reader.next());
        reader.finish();

        const Status finished = m_store->finishBulkLoad();
        QVERIFY2(finished.ok(), qPrintable(finished.errorMessage()));
        QVERIFY(reader.exec(QStringLiteral("SELECT COUNT(*) FROM lead_fts WHERE lead_fts MATCH 'breakwater'")) && reader.next());
        QCOMPARE(reader.value(0).toInt(), 5000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    QCOMPARE(schema(), before);
    QCOMPARE(matches(QStringLiteral("breakwater")), 5000);
    QSqlQuery check(cacheDatabase(*m_store));
    QVERIFY(check.exec(QStringLiteral("PRAGMA journal_mode")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("wal"));
    check.finish();
    QVERIFY(check.exec(QStringLiteral("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')")));
}

namespace {

#ifdef __linux__
// The pages of an open file not yet written out, by cachestat(2) (Linux 6.5; the headers of
// Debian 12 predate it); -1 where the kernel lacks it.
qint64 dirtyPages(int fd)
{
    struct Range { quint64 offset; quint64 length; } range{0, 0};
    struct Stat { quint64 cached, dirty, writeback, evicted, recentlyEvicted; } stat{};
    constexpr long kCachestat = 451;
    if (::syscall(kCachestat, fd, &range, &stat, 0) != 0)
        return -1;
    return qint64(stat.dirty);
}
#endif

} // namespace

// A bulk load's file is written out as it grows, not all at its commits: pages written to a
// file the process holds open leave the dirty state within moments, where the kernel left
// alone waits half a minute (dirty_expire_centisecs) before it writes them.
void TestLeadStore::writebackStartsTheWritesOfAFileHeldOpen()
{
#ifndef __linux__
    QSKIP("Linux only");
#else
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("held-open.bin")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray block(1 << 20, 'x');
    for (int i = 0; i < 16; ++i)
        QCOMPARE(file.write(block), qint64(block.size()));
    QVERIFY(file.flush());
    const qint64 before = dirtyPages(file.handle());
    if (before < 0)
        QSKIP("this kernel has no cachestat(2) to tell dirty pages by");
    if (before == 0)
        QSKIP("the kernel wrote the pages out before the writeback began");
    FileWriteback writeback({ dir.filePath(QStringLiteral("not-there.bin")), file.fileName() });
    QTRY_COMPARE_WITH_TIMEOUT(dirtyPages(file.handle()), qint64(0), 10000);
    file.close();
#endif
}

QTEST_GUILESS_MAIN(TestLeadStore)
#include "tst_leadstore.moc"

void TestLeadStore::idsFollowSearchOrderForEverySort_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("keyword");
    for (const QString& column : LeadFilter::sortableColumns()) {
        for (const bool descending : {false, true}) {
            const QByteArray name = column.toUtf8() + (descending ? " desc" : " asc");
            QTest::newRow(name.constData()) << column << descending << false;
            QTest::newRow((name + " keyword").constData()) << column << descending << true;
        }
    }
}

// The table lists by ids() (two index walks for indexed sorts), the CLI and exports by
// search(): both must give one order, with blank values last in either direction.
void TestLeadStore::idsFollowSearchOrderForEverySort()
{
    QFETCH(QString, column);
    QFETCH(bool, descending);
    QFETCH(bool, keyword);
    QList<Lead> leads;
    const QStringList titles = {QStringLiteral("Bridge"), QStringLiteral("apron"), QStringLiteral("Culvert"), QString()};
    const QStringList countries = {QStringLiteral("US"), QString(), QStringLiteral("CA"), QStringLiteral("US")};
    for (int i = 0; i < 40; ++i) {
        Lead lead = makeLead(QStringLiteral("s%1").arg(i), titles[i % 4] + (titles[i % 4].isEmpty() ? QString() : QStringLiteral(" repair")));
        lead.country = countries[(i / 4) % 4];
        lead.agency = i % 3 == 0 ? QString() : QStringLiteral("Agency %1").arg(i % 5);
        lead.noticeType = i % 5 == 0 ? QString() : QStringLiteral("Solicitation");
        lead.deadlineAt = i % 7 == 0 ? QString() : QStringLiteral("2026-02-%1T17:00:00Z").arg(1 + i % 9, 2, 10, QLatin1Char('0'));
        lead.valueMax = i % 4 == 0 ? std::nullopt : std::optional<double>(1000.0 * (i % 6));
        lead.naicsCode = i % 2 == 0 ? QString() : QStringLiteral("2373%1").arg(i % 3);
        lead.source = i % 6 == 0 ? QStringLiteral("ita-uk") : QStringLiteral("sam");
        lead.description = i % 2 ? QStringLiteral("road works") : QStringLiteral("other");
        leads.append(lead);
    }
    QVERIFY(m_store->upsert(leads).ok());
    for (int i = 0; i < 40; i += 3) {
        LeadUserData data;
        data.starred = i % 2 == 0;
        data.status = i % 9 == 0 ? QString() : QStringLiteral("reviewing%1").arg(i % 4);
        data.notes = QStringLiteral("note %1").arg(i % 5);
        data.tags = i % 6 == 0 ? QString() : QStringLiteral("tag%1").arg(i % 7);
        QVERIFY(m_store->setUserData(leads[i].source, leads[i].sourceId, data).ok());
    }
    LeadFilter filter;
    filter.sortColumn = column;
    filter.descending = descending;
    if (keyword)
        filter.text = QStringLiteral("road");
    const QDate today(2026, 1, 10);
    auto found = m_store->search(filter, -1, today);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QList<qint64> expected;
    for (const StoredLead& row : *found)
        expected.append(row.id);
    QCOMPARE(expected.size(), keyword ? 20 : 40);
    auto ids = m_store->ids(filter, today);
    QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
    QCOMPARE(*ids, expected);
    auto firstScreen = m_store->ids(filter, today, 7);
    QVERIFY(firstScreen.ok());
    QCOMPARE(*firstScreen, expected.mid(0, 7));
    // A page of search() reads its ids first, then those rows: the same leads in the same order.
    auto page = m_store->search(filter, 7, today);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QList<qint64> pageIds;
    for (const StoredLead& row : *page)
        pageIds.append(row.id);
    QCOMPARE(pageIds, expected.mid(0, 7));
    QCOMPARE(page->first().lead.description, found->first().lead.description);

    // Blank values come last, in both directions.
    const bool analystColumn = QStringList{"starred", "status", "notes", "tags"}.contains(column);
    const QString table = analystColumn ? QStringLiteral("lead l LEFT JOIN lead_user u ON u.family_id = l.family_id")
                                        : QStringLiteral("lead l");
    const QString value = column == QLatin1String("starred") ? QStringLiteral("NULLIF(u.starred, 0)")
                          : analystColumn                   ? QStringLiteral("u.") + column
                                                            : QStringLiteral("l.") + column;
    bool seenBlank = false;
    for (const StoredLead& row : *found) {
        if (column == QLatin1String("starred"))
            break; // a yes/no column: no blanks
        QSqlQuery blankQuery(tables());
        blankQuery.prepare(QStringLiteral("SELECT %1 IS NULL OR CAST(%1 AS TEXT) = '' FROM %2 WHERE l.id = ?").arg(value, table));
        blankQuery.addBindValue(row.id);
        QVERIFY2(blankQuery.exec() && blankQuery.next(), qPrintable(blankQuery.lastError().text()));
        const bool blank = blankQuery.value(0).toBool();
        QVERIFY2(!seenBlank || blank, qPrintable(QStringLiteral("a value after a blank at id %1").arg(row.id)));
        seenBlank = seenBlank || blank;
    }
}

namespace {

// The opcodes of the program for "SELECT columns" + the query that read the lead table itself.
QStringList leadTableReads(const LeadStore& store, const QString& columns, const FilterQuery& sql)
{
    QSqlQuery root(cacheDatabase(store));
    if (!root.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'lead'")) || !root.next())
        return { QStringLiteral("no lead table") };
    const int leadRoot = root.value(0).toInt();
    QSqlQuery program(cacheDatabase(store));
    if (!program.prepare(QStringLiteral("EXPLAIN SELECT ") + columns + sql.from() + sql.where() + sql.orderBy()))
        return { program.lastError().text() };
    for (const QVariant& value : sql.bindings())
        program.addBindValue(value);
    if (!program.exec())
        return { program.lastError().text() };
    static const QStringList reads = { QStringLiteral("Column"), QStringLiteral("Rowid"), QStringLiteral("SeekRowid"),
                                       QStringLiteral("NotExists"), QStringLiteral("Rewind"), QStringLiteral("Next") };
    QSet<int> leadCursors;
    QStringList tableReads;
    while (program.next()) {
        const QString opcode = program.value(1).toString();
        const int cursor = program.value(2).toInt();
        if (opcode == QLatin1String("OpenRead") && program.value(3).toInt() == leadRoot)
            leadCursors.insert(cursor);
        else if (leadCursors.contains(cursor) && reads.contains(opcode))
            tableReads.append(opcode);
    }
    return tableReads;
}

} // namespace

void TestLeadStore::indexedSortsWalkTheirIndex()
{
    if (onServer())
        QSKIP("SQLite's programs (tst_pgstore reads the server's plans)");
    LeadFilter filter;
    filter.openOnly = true;
    for (const QString& column : LeadFilter::sortableColumns()) {
        if (!FilterQuery::hasSortIndex(column))
            continue;
        filter.sortColumn = column;
        const FilterQuery sql = FilterQuery::compileSortedPart(filter, QDate(2026, 1, 10),
                                                                           FilterQuery::KeywordPlan::Scan, false);
        QSqlQuery plan(cacheDatabase(*m_store));
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT l.id") + sql.from() + sql.where() + sql.orderBy()));
        for (const QVariant& value : sql.bindings())
            plan.addBindValue(value);
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString text = steps.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("INDEX lead_sort_") + column), qPrintable(column + u'\n' + text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(column + u'\n' + text));

        // Covered: the program never reads the lead table. SQLite 3.40 calls an index that
        // holds a generated column (family_id) not covering, yet reads its value from the index
        // (a DeferredSeek that no column read ever forces), so the program is what is checked;
        // the description, which no index holds, shows that the check sees a read.
        QCOMPARE(leadTableReads(*m_store, QStringLiteral("l.id"), sql), QStringList());
        QVERIFY(!leadTableReads(*m_store, QStringLiteral("l.description"), sql).isEmpty());
    }
}

void TestLeadStore::theDeadlineSortWalksItsIndexInOrder()
{
    // The default list (open leads, soonest deadline first, ties by id) and a common word's
    // first page probed along it read lead_deadline_open in the sort's order: nothing gathers a
    // day's leads (all undated ones share one) to sort them before the first row.
    if (onServer())
        QSKIP("SQLite's plans (tst_pgstore reads the server's plans)");
    LeadFilter filter;
    filter.openOnly = true;
    filter.sortColumn = QStringLiteral("deadline_at");
    LeadFilter keyword = filter;
    keyword.text = QStringLiteral("maintenance");
    for (const auto& [what, sql] :
         {std::pair{"no keyword", FilterQuery::compile(filter, QDate(2026, 1, 10), FilterQuery::KeywordPlan::Lookup, 200)},
          std::pair{"a probed keyword", FilterQuery::compile(keyword, QDate(2026, 1, 10), FilterQuery::KeywordPlan::Probe, 200)}}) {
        QSqlQuery plan(cacheDatabase(*m_store));
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT l.id") + sql.from() + sql.where() + sql.orderBy()
                             + QStringLiteral(" LIMIT 200")));
        for (const QVariant& value : sql.bindings())
            plan.addBindValue(value);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString text = steps.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("INDEX lead_deadline_open")), qPrintable(QLatin1String(what) + u'\n' + text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(QLatin1String(what) + u'\n' + text));
    }
}

void TestLeadStore::keywordPlansFindTheSameLeads()
{
    // However a keyword reaches the leads (read by id, checked on an index walk, probed lead by
    // lead), a page holds the same leads in the same order, a match through an attachment's
    // text included; and a first page of a word most leads hold (probed) is the start of the
    // full list.
    if (onServer())
        QSKIP("SQLite's plans (the server's planner chooses its own)");
    QList<Lead> leads;
    for (int i = 0; i < 5000; ++i) {
        Lead lead;
        lead.source = i % 3 == 0 ? QStringLiteral("ita-state") : QStringLiteral("sam");
        lead.sourceId = QStringLiteral("lead-%1").arg(i);
        lead.title = (i % 5 == 0 ? QStringLiteral("Pier repair, lot %1") : QStringLiteral("Harbour maintenance, lot %1"))
                         .arg(i % 97);
        lead.country = i % 2 ? QStringLiteral("US") : QStringLiteral("CA");
        if (i % 7 != 0)
            lead.deadlineAt = QDate(2026, 1, 1).addDays(i % 400).toString(Qt::ISODate);
        lead.active = i % 11 != 0;
        lead.raw = QStringLiteral("{\"id\":%1}").arg(i).toUtf8();
        if (i == 4321)
            lead.attachmentUrls = { QStringLiteral("https://example.org/annex.pdf") };
        leads.append(lead);
    }
    QVERIFY(m_store->upsert(leads));
    const auto attached = m_store->lead(QStringLiteral("sam"), QStringLiteral("lead-4321"));
    QVERIFY(attached.ok());
    const auto attachments = m_store->attachments({ attached->id });
    QVERIFY(attachments.ok() && attachments->size() == 1);
    AttachmentFile file;
    file.contentHash = QStringLiteral("c").repeated(64);
    file.text = QStringLiteral("Dredging of the zeolite berth");
    QVERIFY(m_store->setAttachmentFile(attachments->first().id, file));

    const QDate today(2026, 3, 1);
    auto idsBy = [&](const LeadFilter& filter, FilterQuery::KeywordPlan plan, int limit) {
        const FilterQuery sql = FilterQuery::compile(filter, today, plan, limit);
        QSqlQuery query(cacheDatabase(*m_store));
        query.prepare(QStringLiteral("SELECT l.id") + sql.from() + sql.where() + sql.orderBy()
                      + QStringLiteral(" LIMIT %1").arg(limit));
        for (const QVariant& value : sql.bindings())
            query.addBindValue(value);
        QList<qint64> ids;
        if (!query.exec())
            qWarning() << query.lastError().text();
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    };
    int compared = 0;
    for (const QString& text : { QStringLiteral("maintenance"), QStringLiteral("repair OR zeolite"),
                                 QStringLiteral("\"harbour maintenance\" NOT pier"), QStringLiteral("zeolite"),
                                 QStringLiteral("harbour NOT \"lot 3\"") }) {
        for (const bool open : { false, true }) {
            for (const QString& sort : { QStringLiteral("deadline"), QStringLiteral("title") }) {
                for (const bool descending : { false, true }) {
                    LeadFilter filter;
                    filter.text = text;
                    filter.openOnly = open;
                    filter.sortColumn = sort;
                    filter.descending = descending;
                    if (text == QLatin1String("zeolite"))
                        filter.sources = { QStringLiteral("sam") };
                    const QList<qint64> byLookup = idsBy(filter, FilterQuery::KeywordPlan::Lookup, 60);
                    QCOMPARE(idsBy(filter, FilterQuery::KeywordPlan::Scan, 60), byLookup);
                    QCOMPARE(idsBy(filter, FilterQuery::KeywordPlan::Probe, 60), byLookup);
                    QVERIFY(!byLookup.isEmpty());
                    ++compared;
                }
            }
        }
    }
    QCOMPARE(compared, 40);
    LeadFilter zeolite;
    zeolite.text = QStringLiteral("zeolite");
    QCOMPARE(idsBy(zeolite, FilterQuery::KeywordPlan::Probe, 10), QList<qint64>({ attached->id }));

    // Through the store: 4,000 of 5,000 leads hold "maintenance", so a page of 1,000 probes.
    LeadFilter common;
    common.text = QStringLiteral("maintenance");
    common.openOnly = true;
    const auto everything = m_store->ids(common, today);
    QVERIFY(everything.ok() && everything->size() > 1000);
    const auto page = m_store->ids(common, today, 1000);
    QVERIFY(page.ok());
    QCOMPARE(*page, everything->mid(0, 1000));
}

void TestLeadStore::killedSyncRunIsMarkedInterrupted()
{
    auto killed = m_store->startSyncRun(QStringLiteral("sam"));
    QVERIFY(killed.ok());
    auto other = m_store->startSyncRun(QStringLiteral("ita-leads"));
    QVERIFY(other.ok());
    // The process died: nothing finished the first run. The next run of that source says so.
    auto next = m_store->startSyncRun(QStringLiteral("sam"));
    QVERIFY(next.ok());
    QString killedOutcome, otherOutcome, nextOutcome, killedFinished;
    const auto runs = m_store->syncRuns();
    QVERIFY(runs.ok());
    for (const SyncRun& run : *runs) {
        if (run.id == *killed) {
            killedOutcome = run.outcome;
            killedFinished = run.finishedAt;
        }
        if (run.id == *other)
            otherOutcome = run.outcome;
        if (run.id == *next)
            nextOutcome = run.outcome;
    }
    QCOMPARE(killedOutcome, QStringLiteral("interrupted"));
    QVERIFY(!killedFinished.isEmpty());
    QCOMPARE(otherOutcome, QStringLiteral("running")); // another source's run is left alone
    QCOMPARE(nextOutcome, QStringLiteral("running"));
}
