// A cache of every earlier schema version, kept in tests/data/schema/vN.sqlite (made by
// make-vN.sql), opened by this Trade Leads: upgraded to the current schema with its leads,
// amendments, notes, stars and saved searches intact, searchable, and sorted by the indexes
// the upgrade added.
#include "ResilienceSupport.h"
#include "CacheDatabase.h"
#include "FilterQuery.h"
#include "LeadFilter.h"
#include "LeadStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <QScopeGuard>

#include <sqlite3.h>

namespace {

const QDate kToday(2026, 1, 1);

QString schemaFile(int version)
{
    return QStringLiteral(TRADELEADS_TEST_DATA "/schema/v%1.sqlite").arg(version);
}

int rawUserVersion(const QString& path)
{
    // Immutable: a read-only connection to a WAL database would leave -wal and -shm files
    // beside it, here in the source tree.
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt* statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return version;
}

// Runs `sql` on the cache file at `path` through SQLite itself: what an older Trade Leads
// wrote. The error, or empty.
QString execOnFile(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open %1").arg(path);
    }
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(error ? error : sqlite3_errmsg(db));
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

// The schema as SQLite records it, without where each object's pages start.
const char* const kSchemaSql = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyEarlierVersionIsKept();
    void upgradeKeepsEverything_data();
    void upgradeKeepsEverything();
    void failedUpgradeChangesNothing();
    void bulkLoadOfAnOlderSchemaIsCompleted();
    void trackingJoinsItsFamily();
    void awardsAreReadFromAwardNoticesAlone();

private:
    QString copyOf(int version);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSchemaMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSchemaMigration::copyOf(int version)
{
    const QString copy = m_dir->filePath(QStringLiteral("v%1.sqlite").arg(version));
    QFile::remove(copy);
    if (!QFile::copy(schemaFile(version), copy))
        return {};
    // A checkout may hand the file over read-only; the user's cache never is.
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

void TestSchemaMigration::everyEarlierVersionIsKept()
{
    // A new migration needs the cache file of the version before it, made the same way.
    QVERIFY(SqliteLeadStore::currentSchemaVersion() >= 2);
    for (int version = 1; version < SqliteLeadStore::currentSchemaVersion(); ++version) {
        QVERIFY2(QFileInfo::exists(schemaFile(version)), qPrintable(schemaFile(version)));
        QVERIFY(QFileInfo::exists(QStringLiteral(TRADELEADS_TEST_DATA "/schema/make-v%1.sql").arg(version)));
        QCOMPARE(rawUserVersion(schemaFile(version)), version);
    }
}

void TestSchemaMigration::upgradeKeepsEverything_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < SqliteLeadStore::currentSchemaVersion(); ++version)
        QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
}

void TestSchemaMigration::upgradeKeepsEverything()
{
    QFETCH(int, version);
    const QString path = copyOf(version);
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawUserVersion(path), version);

    auto opened = LeadStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    LeadStore& store = **opened;
    QCOMPARE(store.schemaVersion(), SqliteLeadStore::currentSchemaVersion());
    QCOMPARE(rowsOf(store, "PRAGMA integrity_check"), QStringList{"ok"});
    QVERIFY(QSqlQuery(cacheDatabase(store)).exec("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')"));
    // The upgrade turns the foreign keys off while it runs, and on again; the family is stored
    // (table_xinfo's hidden 3), so the indexes that hold it answer for it.
    QCOMPARE(rowsOf(store, "PRAGMA foreign_keys"), QStringList{"1"});
    QCOMPARE(rowsOf(store, "PRAGMA foreign_key_check"), QStringList());
    QCOMPARE(rowsOf(store, "SELECT hidden FROM pragma_table_xinfo('lead') WHERE name = 'family_id'"), QStringList{"3"});

    // The same schema as a cache created by this version.
    {
        auto fresh = LeadStore::open(m_dir->filePath("fresh.sqlite"));
        QVERIFY(fresh.ok());
        QCOMPARE(rowsOf(store, kSchemaSql), rowsOf(**fresh, kSchemaSql));
    }

    // Leads, with what the cache added to them.
    QCOMPARE(rowsOf(store, "SELECT COUNT(*), COUNT(DISTINCT source || '/' || source_id) FROM lead"),
             QStringList{"5|5"});
    // The statistics' kept counts hold every lead once per counted column.
    QCOMPARE(rowsOf(store, "SELECT facet, SUM(leads) FROM lead_tally GROUP BY facet ORDER BY facet"),
             (QStringList{"country|5", "industry|5", "naics_code|5", "notice_type|5", "set_aside_code|5"}));
    auto runway = store.lead("sam", "a1b2c3d4e5f60718293a4b5c6d7e8f90");
    QVERIFY2(runway.ok(), qPrintable(runway.errorMessage()));
    QCOMPARE(runway->lead.title, "Runway pavement repair, Wright-Patterson AFB");
    QCOMPARE(runway->lead.deadlineAt, "2026-02-16T21:00:00Z");
    QCOMPARE(runway->lead.valueMax, std::optional<double>(2500000));
    QCOMPARE(runway->lead.contacts.size(), 1);
    QCOMPARE(runway->firstSeenAt, "2025-11-04T08:00:00Z");
    QCOMPARE(runway->versions, 1);
    // The documents a record lists become its attachments (the schema 6 file's runway notice
    // lists two, one with stray spaces), as the parser lists them; the schema 7 file was listed so.
    auto listed = store.attachments({runway->id});
    QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
    QCOMPARE(listed->size(), version >= 6 ? 2 : 0);
    if (version >= 6) {
        QCOMPARE(listed->at(0).url, "https://sam.gov/api/prod/opps/v3/opportunities/resources/files/"
                                    "0c4dd885100746b29ec36c9228e700e4/download?api_key=null&token=");
        QCOMPARE(listed->at(1).url, "https://sam.gov/api/prod/opps/v3/opportunities/resources/files/"
                                    "51d8f26278e24e1e8aee674679ef70e8/download");
        QVERIFY(!listed->at(0).stored());
    }
    // The analyst's own data, on the lead and apart from it.
    QVERIFY(runway->starred);
    QCOMPARE(runway->status, "bidding");
    QCOMPARE(runway->notes, "Site visit 12 Jan; team with Acme Paving.");
    QCOMPARE(runway->tags, "runway,air force");
    auto water = store.lead("ita-state", "BIDS-2025-0815");
    QVERIFY(water.ok());
    QVERIFY(water->starred);
    QCOMPARE(water->notes, "Ask the embassy about local partner rules.");
    QCOMPARE(rowsOf(store, "SELECT source, source_id, starred, status, notes FROM lead_user ORDER BY updated_at"),
             QStringList({"sam|a1b2c3d4e5f60718293a4b5c6d7e8f90|1|bidding|Site visit 12 Jan; team with Acme Paving.",
                          "ita-state|BIDS-2025-0815|1|watching|Ask the embassy about local partner rules.",
                          "sam|ffffffffffffffffffffffffffff0001|1|NULL|Expected re-post in spring.",
                          "ita-uk|UK-CF-2025-77331|0|lost|Went to a local firm."}));

    // Saved searches: names, order, flags, and filters that still parse and match.
    auto searches = store.savedSearches();
    QVERIFY(searches.ok());
    QCOMPARE(searches->size(), 3);
    const QList<qint64> expectedCounts = {1, 1, 2};
    const QStringList expectedNames = {"Paving, small business", "Water abroad", "Starred"};
    for (int i = 0; i < 3; ++i) {
        const SavedSearch& search = searches->at(i);
        QCOMPARE(search.name, expectedNames[i]);
        auto filter = search.usableFilter();
        QVERIFY2(filter.ok(), qPrintable(filter.errorMessage()));
        auto count = store.count(*filter, kToday);
        QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
        QCOMPARE(*count, expectedCounts[i]);
    }
    QVERIFY(searches->at(0).notify);
    QCOMPARE(searches->at(0).lastCount, qint64(1));
    QCOMPARE(searches->at(1).lastCount, qint64(-1));

    // Full-text search over the old rows, and over rows written after the upgrade.
    LeadFilter text;
    text.text = "treatment";
    auto found = store.search(text, -1, kToday);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().lead.sourceId, "BIDS-2025-0815");
    Lead amended = runway->lead;
    amended.title = "Runway pavement and lighting repair, Wright-Patterson AFB";
    amended.raw = R"({"noticeId":"a1b2c3d4e5f60718293a4b5c6d7e8f90","title":"amended again"})";
    auto upsert = store.upsert({amended});
    QVERIFY(upsert.ok());
    QCOMPARE(upsert->updated, qint64(1));
    text.text = "lighting";
    found = store.search(text, -1, kToday);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(store.lead("sam", "a1b2c3d4e5f60718293a4b5c6d7e8f90")->versions, 2);
    QCOMPARE(store.lead("sam", "a1b2c3d4e5f60718293a4b5c6d7e8f90")->notes, "Site visit 12 Jan; team with Acme Paving.");

    // Sorts walk the indexes the upgrade made.
    for (const QString& column : {QStringLiteral("title"), QStringLiteral("agency"), QStringLiteral("posted_at")}) {
        LeadFilter sorted;
        sorted.sortColumn = column;
        QVERIFY(FilterQuery::hasSortIndex(sorted.sortKey()));
        const FilterQuery sql
            = FilterQuery::compileSortedPart(sorted, kToday, FilterQuery::KeywordPlan::Lookup, false);
        const QStringList plan
            = rowsOf(store, "EXPLAIN QUERY PLAN SELECT l.id" + sql.from() + sql.where() + sql.orderBy(), sql.bindings());
        const QString planText = plan.join(u'\n');
        QVERIFY2(planText.contains("lead_sort_" + column), qPrintable(planText));
        QVERIFY2(!planText.contains("TEMP B-TREE"), qPrintable(planText));
    }
    LeadFilter byTitle;
    byTitle.sortColumn = "title";
    auto ids = store.ids(byTitle, kToday);
    QVERIFY(ids.ok());
    QCOMPARE(*ids, QList<qint64>({4, 2, 5, 1, 3}));
    QVERIFY(rowsOf(store, "SELECT name FROM sqlite_master WHERE name = 'lead_posted'").isEmpty());
}

void TestSchemaMigration::failedUpgradeChangesNothing()
{
    // The step to schema 2 cannot create lead_sort_title when something else has the name:
    // the upgrade fails whole, in its transaction, and the file stays a good schema 1 cache.
    const QString path = copyOf(1);
    QVERIFY(!path.isEmpty());
    QCOMPARE(execOnFile(path, "CREATE TABLE lead_sort_title (x)"), QString());
    {
        auto opened = LeadStore::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains("schema 2"), qPrintable(opened.errorMessage()));
    }
    QCOMPARE(rawUserVersion(path), 1);
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db,
                                "SELECT (SELECT COUNT(*) FROM lead), (SELECT COUNT(*) FROM lead_user), "
                                "(SELECT COUNT(*) FROM sqlite_master WHERE name = 'lead_posted'), "
                                "(SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'lead_sort_%' AND type = 'index')",
                                -1, &statement, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(statement, 0), 5);
    QCOMPARE(sqlite3_column_int(statement, 1), 4);
    QCOMPARE(sqlite3_column_int(statement, 2), 1);
    QCOMPARE(sqlite3_column_int(statement, 3), 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

void TestSchemaMigration::bulkLoadOfAnOlderSchemaIsCompleted()
{
    // A bulk import killed under schema 8 left its indexes and triggers set aside, recorded as
    // schema 8 wrote them. This Trade Leads upgrades first (schema 9 makes lead_deadline_open
    // anew), then completes the load: the upgrade's index stands and the others come back.
    const QString path = copyOf(8);
    QVERIFY(!path.isEmpty());
    QStringList setAside;
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const char* objects = "SELECT type, name FROM sqlite_master WHERE tbl_name = 'lead' AND sql IS NOT NULL "
                              "AND (type = 'index' OR name IN ('lead_fts_insert', 'lead_fts_update', 'lead_fts_delete', "
                              "'lead_tally_insert', 'lead_tally_update', 'lead_tally_delete')) ORDER BY type, name";
        sqlite3_stmt* statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, objects, -1, &statement, nullptr), SQLITE_OK);
        QStringList drops;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const QString type = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            const QString name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
            drops.append(QStringLiteral("DROP %1 %2;").arg(type.toUpper(), name));
            if (type == QLatin1String("index"))
                setAside.append(name);
        }
        sqlite3_finalize(statement);
        QVERIFY(setAside.contains(QStringLiteral("lead_deadline_open")));
        // The record a bulk load keeps (SqliteBulkLoad.cpp): no lead after the watermark here.
        const QByteArray record = QByteArray("BEGIN; INSERT INTO cache_info (key, value) SELECT 'bulk_load', "
                                             "json_object('watermark', CAST(MAX(id) AS TEXT), 'restore', "
                                             "(SELECT json_group_array(sql) FROM sqlite_master WHERE tbl_name = 'lead' "
                                             "AND sql IS NOT NULL AND (type = 'index' OR name IN ('lead_fts_insert', "
                                             "'lead_fts_update', 'lead_fts_delete', 'lead_tally_insert', "
                                             "'lead_tally_update', 'lead_tally_delete')))) FROM lead; ")
            + drops.join(u' ').toUtf8() + " COMMIT;";
        char* error = nullptr;
        QVERIFY2(sqlite3_exec(db, record.constData(), nullptr, nullptr, &error) == SQLITE_OK, error);
        sqlite3_close(db);
    }

    auto opened = LeadStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    LeadStore& store = **opened;
    QCOMPARE(store.schemaVersion(), SqliteLeadStore::currentSchemaVersion());
    QCOMPARE(rowsOf(store, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'"), QStringList{"0"});
    QCOMPARE(rowsOf(store, "PRAGMA integrity_check"), QStringList{"ok"});
    QStringList indexes = rowsOf(store, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'lead' "
                                        "AND sql IS NOT NULL ORDER BY name");
    QCOMPARE(indexes, setAside);
    QVERIFY(rowsOf(store, "SELECT sql FROM sqlite_master WHERE name = 'lead_deadline_open'")
                .value(0)
                .contains(QStringLiteral("x''), id, source")));
    QCOMPARE(rowsOf(store, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'lead_fts_%'"),
             QStringList{"3"});
    // The same schema as a cache created by this version.
    auto fresh = LeadStore::open(m_dir->filePath("fresh.sqlite"));
    QVERIFY(fresh.ok());
    QCOMPARE(rowsOf(store, kSchemaSql), rowsOf(**fresh, kSchemaSql));
}

void TestSchemaMigration::trackingJoinsItsFamily()
{
    // Before schema 4 each notice had its own tracking. Two notices of one family (the runway
    // solicitation and its award, one solicitation number in one office), each tracked, become
    // one family's tracking: starred when either was, the later status, both notes, both tags.
    const QString path = copyOf(3);
    QVERIFY(!path.isEmpty());
    {
        const char* award
            = "INSERT INTO lead (source, source_id, title, notice_type, solicitation_number, agency, office, posted_at, "
              "first_seen_at, last_seen_at, content_hash, raw) VALUES ('sam', 'award-0042', 'Runway repair award', "
              "'Award Notice', 'FA8601-25-R-0042', 'DEPT OF DEFENSE', 'FA8601 AFLCMC PZIO', '2026-03-01', "
              "'2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z', 'h-award', '{}');"
              "INSERT INTO lead_user (source, source_id, starred, status, notes, tags, updated_at) VALUES "
              "('sam', 'award-0042', 0, 'lost', 'Went to Acme.', 'award', '2026-03-03T08:00:00Z');";
        const QString error = execOnFile(path, award);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    auto opened = LeadStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    LeadStore& store = **opened;
    QCOMPARE(rowsOf(store, "SELECT family_id, source_id, starred, status, notes, tags FROM lead_user "
                           "WHERE family_id LIKE 'sam|FA8601%'"),
             QStringList{"sam|FA8601 AFLCMC PZIO|FA860125R0042|a1b2c3d4e5f60718293a4b5c6d7e8f90|1|lost|"
                         "Site visit 12 Jan; team with Acme Paving.\n\nWent to Acme.|runway,air force, award"});
    for (const char* notice : {"a1b2c3d4e5f60718293a4b5c6d7e8f90", "award-0042"}) {
        auto row = store.lead("sam", QString::fromLatin1(notice));
        QVERIFY2(row.ok(), qPrintable(row.errorMessage()));
        QVERIFY(row->starred);
        QCOMPARE(row->status, "lost");
        QCOMPARE(row->tags, "runway,air force, award");
        QCOMPARE(row->noticeCount, 2);
    }
    // Tracking a lead no longer cached keeps its own family until sync brings it back.
    QCOMPARE(rowsOf(store, "SELECT family_id FROM lead_user WHERE source_id = 'ffffffffffffffffffffffffffff0001'"),
             QStringList{"sam|ffffffffffffffffffffffffffff0001"});
}

void TestSchemaMigration::awardsAreReadFromAwardNoticesAlone()
{
    // Schema 10 reads the award columns from award notices only. An award notice of a schema 9
    // cache keeps its award (and its place in the award indexes); another notice whose record
    // names an awardee no longer has one, as the award history never asked it.
    const QString path = copyOf(9);
    QVERIFY(!path.isEmpty());
    {
        const char* notices
            = "INSERT INTO lead (source, source_id, title, notice_type, solicitation_number, agency, office, posted_at, "
              "first_seen_at, last_seen_at, content_hash, raw) VALUES "
              "('sam', 'award-0042', 'Runway repair award', 'Award Notice', 'FA8601-25-R-0042', 'DEPT OF DEFENSE', "
              "'FA8601 AFLCMC PZIO', '2026-03-01', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z', 'h-award', "
              "'{\"award\": {\"awardee\": {\"name\": \"Acme Paving\"}, \"amount\": \"1250000\", "
              "\"date\": \"2026-02-27\", \"number\": \"FA8601-26-C-0007\"}}'),"
              "('sam', 'intent-0043', 'Intent to award', 'Special Notice', 'FA8601-25-R-0043', 'DEPT OF DEFENSE', "
              "'FA8601 AFLCMC PZIO', '2026-03-01', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z', 'h-intent', "
              "'{\"Awardee\": \"Acme Paving\", \"Award$\": \"900\"}');";
        const QString error = execOnFile(path, notices);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(rawUserVersion(path), 9);
    // A connection that read the schema before the upgrade, as another process's would have.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    auto closeOther = qScopeGuard([other] { sqlite3_close(other); });
    auto otherAwardee = [other]() -> QByteArray {
        sqlite3_stmt* statement = nullptr;
        QByteArray awardee = "(failed)";
        if (sqlite3_prepare_v2(other, "SELECT COALESCE(award_awardee, 'NULL') FROM lead WHERE source_id = 'intent-0043'", -1,
                               &statement, nullptr)
                == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            awardee = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return awardee;
    };
    QCOMPARE(otherAwardee(), QByteArray("Acme Paving"));
    auto opened = LeadStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    LeadStore& store = **opened;
    QCOMPARE(store.schemaVersion(), SqliteLeadStore::currentSchemaVersion());
    QCOMPARE(rowsOf(store, "PRAGMA integrity_check"), QStringList{"ok"});
    QCOMPARE(rowsOf(store, "SELECT source_id, award_awardee, award_amount, award_date, award_number FROM lead "
                           "WHERE source_id IN ('award-0042', 'intent-0043') ORDER BY source_id"),
             (QStringList{"award-0042|Acme Paving|1250000|2026-02-27|FA8601-26-C-0007", "intent-0043|NULL|NULL|NULL|NULL"}));
    // The award index answers for the award notice, as before.
    QCOMPARE(rowsOf(store, "SELECT award_awardee FROM lead INDEXED BY lead_award_agency "
                           "WHERE notice_type = 'Award Notice' AND agency = 'DEPT OF DEFENSE'"),
             QStringList{"Acme Paving"});
    // The other connection reads the edited definition too: the schema cookie moved.
    QCOMPARE(otherAwardee(), QByteArray("NULL"));
}

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
