// CacheGuard on real cache files: damaged (garbage pages, cut short), not SQLite, another
// program's database, a newer schema; moved aside with a message; the analyst's data backed
// up at a clean exit and restored into the fresh cache.
#include "SavedSearchFixture.h"
#include "ResilienceSupport.h"
#include "CacheDatabase.h"
#include "CacheGuard.h"
#include "LeadFilter.h"
#include "LeadStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

const QDate kToday(2026, 1, 1);

Lead makeLead(int i)
{
    Lead lead;
    lead.source = i % 3 == 0 ? QStringLiteral("ita-state") : QStringLiteral("sam");
    lead.sourceId = QStringLiteral("lead-%1").arg(i, 5, 10, QLatin1Char('0'));
    lead.title = QStringLiteral("Bridge deck repair %1").arg(i);
    // Large enough that the rows spread over many pages, as real leads do.
    lead.description = QStringLiteral("Concrete deck overlay and joint replacement, lot %1. ").arg(i).repeated(30);
    lead.agency = QStringLiteral("Department of Transportation");
    lead.country = QStringLiteral("US");
    lead.postedAt = QStringLiteral("2025-11-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    lead.deadlineAt = QStringLiteral("2026-02-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    lead.naicsCode = QStringLiteral("237310");
    lead.active = true;
    lead.raw = QStringLiteral("{\"id\":\"lead-%1\",\"n\":%1}").arg(i).toUtf8();
    return lead;
}

QList<Lead> makeLeads(int count)
{
    QList<Lead> leads;
    for (int i = 0; i < count; ++i)
        leads.append(makeLead(i));
    return leads;
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList userRows(const LeadStore& store)
{
    return rowsOf(store, "SELECT source, source_id, starred, status, notes, tags, seen_at, updated_at FROM lead_user "
                         "ORDER BY source, source_id");
}

QStringList searchRows(const LeadStore& store)
{
    return rowsOf(store, "SELECT name, filter, notify, position, created_at, last_viewed_at, last_count "
                         "FROM saved_search ORDER BY position, name");
}

void writeBytes(const QString& path, const QByteArray& bytes, qint64 at = -1)
{
    QFile file(path);
    QVERIFY(file.open(at < 0 ? QIODevice::WriteOnly : QIODevice::ReadWrite));
    if (at >= 0)
        QVERIFY(file.seek(at));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray garbage(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// Zeroes the page that roots `table`'s b-tree: the file still opens, reading the table fails.
void zeroRootPage(const QString& path, const char* table)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?1", -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    const qint64 root = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &statement, nullptr);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    const qint64 pageSize = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    QVERIFY(root > 1);
    writeBytes(path, QByteArray(pageSize, '\0'), (root - 1) * pageSize);
}

// What the store does when a statement meets the damage (queryMeetingDamageLeavesTheMarker
// shows it): the next start checks the whole file.
void damageWasSeen(const QString& path)
{
    SqliteLeadStore::requireFullCheck(path, QStringLiteral("database disk image is malformed"));
    QVERIFY(QFileInfo::exists(CacheGuard::checkNeededPath(path)));
}

void execRaw(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

} // namespace

class TestCacheGuard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void unusableFileIsMovedAside_data();
    void unusableFileIsMovedAside();
    void healthyCacheIsLeftAlone();
    void cacheCutAfterACrashIsHealthy();
    void folderIsNotMovedAside();
    void backupIsPrivateAndReplacedWhole();
    void damagedCacheComesBackWithTheUserData();
    void trackingAttachesToLeadsSyncedAgain();
    void damagedCacheWithoutBackupStartsEmpty();
    void missingCacheWithBackupGetsTheUserData();
    void restoreKeepsWhatTheCacheHas();
    void unreadableBackupIsKeptAside();
    void wholeFileIsCheckedOnlyWhenOwed();
    void queryMeetingDamageLeavesTheMarker_data();
    void queryMeetingDamageLeavesTheMarker();
    void inspectMovesNothing();

private:
    // A cache of `leads` leads with stars, notes and saved searches; closed (checkpointed).
    void makeCache(const QString& path, int leads, bool backup = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCacheGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("leads.sqlite");
}

void TestCacheGuard::cleanup()
{
    m_dir.reset();
}

void TestCacheGuard::makeCache(const QString& path, int leads, bool backup)
{
    auto store = LeadStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QVERIFY((*store)->upsert(makeLeads(leads)).ok());
    QVERIFY((*store)->setUserData("sam", "lead-00001", {true, "bidding", "Call the county engineer", "bridges", {}}).ok());
    QVERIFY((*store)->setUserData("sam", "lead-00002", {false, "lost", "Price too low", {}, {}}).ok());
    QVERIFY((*store)->setUserData("ita-state", "lead-00003", {true, {}, "Partner: Kisumu Works", "east africa", {}}).ok());
    // Tracking of a lead not (yet) in the cache, as after a lead expired from the source.
    QVERIFY((*store)->setUserData("sam", "gone-00001", {true, "watching", "Re-post expected", {}, {}}).ok());
    LeadFilter bridges;
    bridges.text = "bridge";
    bridges.sources = {"sam"};
    const SavedSearch first = savedSearch("Bridges", bridges, true);
    LeadFilter starred;
    starred.starredOnly = true;
    const SavedSearch second = savedSearch("Starred", starred, false, "2025-12-01T08:00:00Z");
    QVERIFY((*store)->addSavedSearch(first).ok());
    QVERIFY((*store)->addSavedSearch(second).ok());
    QVERIFY((*store)->setSavedSearchCount("Bridges", 42).ok());
    if (backup)
        QVERIFY(CacheGuard::backupUserData(**store).ok());
}

void TestCacheGuard::unusableFileIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("suffix");
    using V = CacheGuard::Verdict;
    QTest::newRow("garbage over pages in the middle") << "garbage" << int(V::Damaged) << ".damaged-";
    QTest::newRow("cut to half its size") << "truncate-half" << int(V::Damaged) << ".damaged-";
    QTest::newRow("cut inside the first page") << "truncate-header" << int(V::Damaged) << ".damaged-";
    QTest::newRow("zeroed b-tree page") << "zero-page" << int(V::Damaged) << ".damaged-";
    QTest::newRow("a CSV file") << "csv" << int(V::NotSqlite) << ".damaged-";
    QTest::newRow("random bytes") << "random" << int(V::NotSqlite) << ".damaged-";
    QTest::newRow("another program's SQLite database") << "foreign" << int(V::Foreign) << ".foreign-";
    QTest::newRow("a Trade Leads schema without its tables") << "foreign-versioned" << int(V::Foreign) << ".foreign-";
    QTest::newRow("the current schema without its tables") << "foreign-current" << int(V::Foreign) << ".foreign-";
    QTest::newRow("written by a newer Trade Leads") << "newer" << int(V::Newer) << ".newer-";
}

void TestCacheGuard::unusableFileIsMovedAside()
{
    QFETCH(QString, damage);
    QFETCH(int, verdict);
    QFETCH(QString, suffix);

    if (damage == "csv") {
        writeBytes(m_path, "NoticeId,Title\r\n1,Bridge deck repair\r\n");
    } else if (damage == "random") {
        writeBytes(m_path, garbage(64 * 1024, 7));
    } else if (damage == "foreign") {
        execRaw(m_path, "CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photo VALUES (1, 'a.jpg')");
    } else if (damage == "foreign-versioned") {
        execRaw(m_path, "CREATE TABLE lead (id INTEGER PRIMARY KEY); PRAGMA user_version = 1");
    } else if (damage == "foreign-current") {
        execRaw(m_path, QByteArray("CREATE TABLE lead (id INTEGER PRIMARY KEY); PRAGMA user_version = "
                                   + QByteArray::number(SqliteLeadStore::currentSchemaVersion()))
                            .constData());
    } else {
        makeCache(m_path, 600);
        const qint64 size = QFileInfo(m_path).size();
        QVERIFY(size > 1024 * 1024);
        QVERIFY(!QFileInfo::exists(m_path + "-wal")); // the close put everything in the file
        if (damage == "garbage") {
            const qint64 from = size * 2 / 5 / 4096 * 4096;
            writeBytes(m_path, garbage(size / 5, 11), from);
        } else if (damage == "truncate-half") {
            QVERIFY(QFile::resize(m_path, size / 2 + 123));
        } else if (damage == "truncate-header") {
            QVERIFY(QFile::resize(m_path, 300));
        } else if (damage == "zero-page") {
            zeroRootPage(m_path, "lead");
        } else if (damage == "newer") {
            execRaw(m_path, QByteArray("PRAGMA user_version = " + QByteArray::number(SqliteLeadStore::currentSchemaVersion() + 1))
                                .constData());
        }
    }
    // A -wal and -shm as a crash leaves them travel with the file.
    writeBytes(m_path + "-shm", QByteArray(32768, '\0'));
    const QByteArray before = sha256(m_path);

    const CacheGuard::CheckReport report = CacheGuard::check(m_path);
    QCOMPARE(int(report.verdict), verdict);
    QVERIFY2(report.movedAside(), qPrintable(report.message));
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY(!QFileInfo::exists(m_path + "-shm"));
    QVERIFY2(QFileInfo(report.movedTo).fileName().startsWith("leads.sqlite" + suffix), qPrintable(report.movedTo));
    QCOMPARE(QFileInfo(report.movedTo).absolutePath(), QFileInfo(m_path).absolutePath());
    QCOMPARE(sha256(report.movedTo), before); // moved exactly as found
    QVERIFY(QFileInfo::exists(report.movedTo + "-shm"));
    // One clear sentence: the file, what is wrong with it, and where it went.
    QVERIFY2(report.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(report.message));
    QVERIFY2(report.message.contains(QDir::toNativeSeparators(report.movedTo)), qPrintable(report.message));
    QVERIFY2(report.message.contains("moved aside"), qPrintable(report.message));
    if (verdict == int(CacheGuard::Verdict::Newer))
        QVERIFY2(report.message.contains("newer version"), qPrintable(report.message));
    qInfo("%s", qPrintable(report.message));

    // The app then starts on a fresh cache in its place.
    auto fresh = LeadStore::open(m_path);
    QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
    QCOMPARE(scalar(**fresh, "SELECT COUNT(*) FROM lead"), qint64(0));
}

void TestCacheGuard::healthyCacheIsLeftAlone()
{
    makeCache(m_path, 300);
    const QByteArray before = sha256(m_path);
    const CacheGuard::CheckReport report = CacheGuard::check(m_path);
    QCOMPARE(report.verdict, CacheGuard::Verdict::Healthy);
    QCOMPARE(report.depth, CacheGuard::Depth::Full);
    QVERIFY(!report.movedAside());
    QVERIFY(report.message.isEmpty());
    QCOMPARE(sha256(m_path), before); // the check never writes

    QCOMPARE(CacheGuard::check(m_dir->filePath("none.sqlite")).verdict, CacheGuard::Verdict::Missing);
    writeBytes(m_dir->filePath("empty.sqlite"), {});
    QCOMPARE(CacheGuard::check(m_dir->filePath("empty.sqlite")).verdict, CacheGuard::Verdict::Healthy);
}

void TestCacheGuard::cacheCutAfterACrashIsHealthy()
{
    // What a kill leaves: committed transactions in the -wal only, the file itself behind.
    makeCache(m_path, 50);
    const QString copy = m_dir->filePath("crashed.sqlite");
    {
        auto store = LeadStore::open(m_path);
        QVERIFY(store.ok());
        QVERIFY((*store)->upsert(makeLeads(400).mid(50)).ok());
        QVERIFY(QFileInfo(m_path + "-wal").size() > 0);
        // Copies taken while the writer still has the files open, as a crash leaves them.
        QVERIFY(QFile::copy(m_path, copy));
        QVERIFY(QFile::copy(m_path + "-wal", copy + "-wal"));
    }
    const CacheGuard::CheckReport report = CacheGuard::check(copy);
    QCOMPARE(report.verdict, CacheGuard::Verdict::Healthy);
    auto store = LeadStore::open(copy);
    QVERIFY(store.ok());
    QCOMPARE(scalar(**store, "SELECT COUNT(*) FROM lead"), qint64(400));
}

void TestCacheGuard::folderIsNotMovedAside()
{
    QVERIFY(QDir().mkpath(m_path));
    const CacheGuard::CheckReport report = CacheGuard::check(m_path);
    QCOMPARE(report.verdict, CacheGuard::Verdict::Unreadable);
    QVERIFY(!report.movedAside());
    QVERIFY(QFileInfo(m_path).isDir());
    auto opened = CacheGuard::openChecked(m_path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(QDir::toNativeSeparators(m_path)), qPrintable(opened.errorMessage()));
}

void TestCacheGuard::backupIsPrivateAndReplacedWhole()
{
    makeCache(m_path, 20, true);
    const QString backup = CacheGuard::backupPath(m_path);
    QCOMPARE(backup, m_dir->filePath("leads.sqlite.userdata.json"));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFile::permissions(backup) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(json.value("format").toString(), "tradeleads-userdata");
    QCOMPARE(json.value("saved_searches").toArray().size(), 2);
    QCOMPARE(json.value("lead_user").toArray().size(), 4);
    QCOMPARE(json.value("saved_searches").toArray().at(0).toObject().value("name").toString(), "Bridges");
    QCOMPARE(json.value("saved_searches").toArray().at(0).toObject().value("last_count").toInt(), 42);

    // A later backup replaces the file whole, keeps it private and leaves no temporary file.
    {
        auto store = LeadStore::open(m_path);
        QVERIFY(store.ok());
        QVERIFY((*store)->removeSavedSearch("Starred").ok());
        QVERIFY(CacheGuard::backupUserData(**store).ok());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("saved_searches").toArray().size(), 1);
    QCOMPARE(QFile::permissions(backup) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList({"leads.sqlite", "leads.sqlite.userdata.json"}));
}

void TestCacheGuard::damagedCacheComesBackWithTheUserData()
{
    QStringList users;
    QStringList searches;
    makeCache(m_path, 600, true);
    {
        auto store = LeadStore::open(m_path);
        QVERIFY(store.ok());
        users = userRows(**store);
        searches = searchRows(**store);
    }
    QCOMPARE(users.size(), 4);
    QCOMPARE(searches.size(), 2);
    const qint64 size = QFileInfo(m_path).size();
    writeBytes(m_path, garbage(size / 4, 3), size / 3 / 4096 * 4096);
    damageWasSeen(m_path);

    auto opened = CacheGuard::openChecked(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(opened->check.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(opened->restored);
    QVERIFY(QFileInfo::exists(opened->check.movedTo));
    const QString notice = opened->notice;
    qInfo("%s", qPrintable(notice));
    QVERIFY2(notice.contains(QDir::toNativeSeparators(opened->check.movedTo)), qPrintable(notice));
    QVERIFY2(notice.contains("A new, empty cache was created"), qPrintable(notice));
    // (Without the English catalogue loaded, plurals read "search(es)".)
    QVERIFY2(notice.contains("2 saved search"), qPrintable(notice));
    QVERIFY2(notice.contains("of 4 lead"), qPrintable(notice));

    LeadStore& store = *opened->store;
    QCOMPARE(scalar(store, "SELECT COUNT(*) FROM lead"), qint64(0));
    QCOMPARE(userRows(store), users);
    QCOMPARE(searchRows(store), searches);
    auto saved = store.savedSearches();
    QVERIFY(saved.ok());
    QCOMPARE(saved->size(), 2);
    QCOMPARE(saved->at(0).name, "Bridges");
    QVERIFY(saved->at(0).notify);
    QVERIFY(saved->at(0).usableFilter().ok());
    QCOMPARE(saved->at(0).usableFilter()->text, "bridge");
    QSqlQuery integrity(cacheDatabase(store));
    QVERIFY(integrity.exec("PRAGMA integrity_check") && integrity.next());
    QCOMPARE(integrity.value(0).toString(), "ok");
}

void TestCacheGuard::trackingAttachesToLeadsSyncedAgain()
{
    makeCache(m_path, 600, true);
    writeBytes(m_path, garbage(256 * 1024, 5), 1024 * 1024);
    damageWasSeen(m_path);
    auto opened = CacheGuard::openChecked(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(opened->restored);
    LeadStore& store = *opened->store;

    // The next sync brings the leads back; the stars and notes are theirs again.
    QVERIFY(store.upsert(makeLeads(600)).ok());
    LeadFilter starred;
    starred.starredOnly = true;
    auto rows = store.search(starred, -1, kToday);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    auto lead = store.lead("sam", "lead-00001");
    QVERIFY(lead.ok());
    QVERIFY(lead->starred);
    QCOMPARE(lead->status, "bidding");
    QCOMPARE(lead->notes, "Call the county engineer");
    QCOMPARE(lead->tags, "bridges");
    auto saved = store.savedSearch("Bridges");
    QVERIFY(saved.ok());
    auto filter = saved->usableFilter();
    QVERIFY(filter.ok());
    auto count = store.count(*filter, kToday);
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(400)); // the sam leads: two in three
}

void TestCacheGuard::damagedCacheWithoutBackupStartsEmpty()
{
    makeCache(m_path, 300);
    QVERIFY(QFile::resize(m_path, QFileInfo(m_path).size() / 3));
    auto opened = CacheGuard::openChecked(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(opened->check.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(!opened->restored);
    QVERIFY2(opened->notice.contains("No backup"), qPrintable(opened->notice));
    QCOMPARE(scalar(*opened->store, "SELECT COUNT(*) FROM saved_search"), qint64(0));
}

void TestCacheGuard::missingCacheWithBackupGetsTheUserData()
{
    makeCache(m_path, 30, true);
    QVERIFY(QFile::remove(m_path));
    auto opened = CacheGuard::openChecked(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(opened->check.verdict, CacheGuard::Verdict::Missing);
    QVERIFY(opened->restored);
    QVERIFY2(opened->notice.contains("was not found"), qPrintable(opened->notice));
    QCOMPARE(scalar(*opened->store, "SELECT COUNT(*) FROM saved_search"), qint64(2));
    QCOMPARE(scalar(*opened->store, "SELECT COUNT(*) FROM lead_user"), qint64(4));

    // A first start, with no backup anywhere: nothing to say.
    auto first = CacheGuard::openChecked(m_dir->filePath("first.sqlite"));
    QVERIFY(first.ok());
    QVERIFY(first->notice.isEmpty());
    QVERIFY(!first->restored);
}

void TestCacheGuard::restoreKeepsWhatTheCacheHas()
{
    makeCache(m_path, 10, true);
    const QString other = m_dir->filePath("other.sqlite");
    auto store = LeadStore::open(other);
    QVERIFY(store.ok());
    LeadFilter mine;
    mine.text = "mine";
    QVERIFY((*store)->addSavedSearch(savedSearch("Bridges", mine)).ok());
    QVERIFY((*store)->setUserData("sam", "lead-00001", {false, "won", "Newer note", {}, {}}).ok());

    auto restored = CacheGuard::restoreUserData(**store, CacheGuard::backupPath(m_path));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->savedSearches, qint64(1));
    QCOMPARE(restored->trackedLeads, qint64(3));
    QVERIFY(!restored->backupWrittenAt.isEmpty());
    QCOMPARE((*store)->savedSearch("Bridges")->usableFilter()->text, "mine");
    QVERIFY((*store)->savedSearch("Starred").ok());
    QCOMPARE(rowsOf(**store, "SELECT notes FROM lead_user WHERE source_id = 'lead-00001'"), QStringList{"Newer note"});
    // Restoring twice adds nothing.
    auto again = CacheGuard::restoreUserData(**store, CacheGuard::backupPath(m_path));
    QVERIFY(again.ok());
    QCOMPARE(again->savedSearches + again->trackedLeads, qint64(0));
}

void TestCacheGuard::unreadableBackupIsKeptAside()
{
    makeCache(m_path, 300, true);
    writeBytes(CacheGuard::backupPath(m_path), "{\"format\": \"tradeleads-userdata\", \"saved_sear");
    writeBytes(m_path, garbage(100 * 1024, 9), 200 * 1024);
    damageWasSeen(m_path);
    auto opened = CacheGuard::openChecked(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(!opened->restored);
    QVERIFY2(opened->notice.contains("could not be restored"), qPrintable(opened->notice));
    QVERIFY(!QFileInfo::exists(CacheGuard::backupPath(m_path)));
    const QStringList kept = QDir(m_dir->path()).entryList({"leads.sqlite.userdata.json.unrestored-*"});
    QCOMPARE(kept.size(), 1);
    QVERIFY2(opened->notice.contains(kept.first()), qPrintable(opened->notice));
}

void TestCacheGuard::wholeFileIsCheckedOnlyWhenOwed()
{
    // A cache closed cleanly opens on the structure check, at any size: no option says past
    // which size, and no date of a last full check is kept.
    makeCache(m_path, 300);
    QCOMPARE(CacheGuard::fullCheckOwed(m_path), CacheGuard::FullCheck::NotOwed);
    QCOMPARE(CacheGuard::outlook(m_path).depth, CacheGuard::Depth::Structure);
    for (int start = 0; start < 2; ++start) {
        auto opened = CacheGuard::openChecked(m_path);
        QVERIFY(opened.ok());
        QCOMPARE(opened->check.depth, CacheGuard::Depth::Structure);
        QCOMPARE(opened->check.verdict, CacheGuard::Verdict::Healthy);
        QVERIFY(!opened->fullCheckDue);
        QVERIFY(opened->store->info("quick_check_at").isEmpty());
    }
    QVERIFY(!QFileInfo::exists(m_path + "-wal"));

    // A -wal beside a cache another process has open (the window, while a command runs) is
    // no sign of a crash.
    const QString sqlite3 = QStandardPaths::findExecutable("sqlite3");
    if (!sqlite3.isEmpty()) {
        QProcess other;
        other.start(sqlite3, {m_path});
        QVERIFY(other.waitForStarted());
        other.write("INSERT INTO cache_info VALUES ('held', 'open'); SELECT 'written';\n");
        QVERIFY(QTest::qWaitFor([&] { return other.readAllStandardOutput().contains("written") || QFileInfo(m_path + "-wal").size() > 0; }, 10000));
        QVERIFY(QFileInfo(m_path + "-wal").size() > 0);
        QCOMPARE(CacheGuard::fullCheckOwed(m_path), CacheGuard::FullCheck::NotOwed);
        {
            auto held = CacheGuard::openChecked(m_path);
            QVERIFY(held.ok());
            QCOMPARE(held->check.depth, CacheGuard::Depth::Structure);
        }
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished());
    } else {
        qWarning("no sqlite3 program: the -wal held by another process is not tried");
    }

    // A -wal left behind means the last session did not close the cache: check it all.
    writeBytes(m_path + "-wal", garbage(100, 1));
    QCOMPARE(CacheGuard::fullCheckOwed(m_path), CacheGuard::FullCheck::UncleanEnd);
    QCOMPARE(CacheGuard::outlook(m_path).depth, CacheGuard::Depth::Full);
    {
        auto third = CacheGuard::openChecked(m_path);
        QVERIFY(third.ok());
        QCOMPARE(third->check.depth, CacheGuard::Depth::Full);
        QCOMPARE(third->check.verdict, CacheGuard::Verdict::Healthy);
        QVERIFY(!third->fullCheckDue);
    }
    // That open closed the cache cleanly: the next start is a quick one again.
    QVERIFY(!QFileInfo::exists(m_path + "-wal"));
    QCOMPARE(CacheGuard::openChecked(m_path)->check.depth, CacheGuard::Depth::Structure);

    // The window leaves the full check after an unclean end to a worker, behind the window.
    writeBytes(m_path + "-wal", garbage(100, 2));
    CacheGuard::Options window;
    window.deferCheckAfterUncleanEnd = true;
    QCOMPARE(CacheGuard::outlook(m_path, window).depth, CacheGuard::Depth::Structure);
    {
        auto deferred = CacheGuard::openChecked(m_path, window);
        QVERIFY(deferred.ok());
        QCOMPARE(deferred->check.depth, CacheGuard::Depth::Structure);
        QVERIFY(deferred->fullCheckDue);
    }

    // Damage seen by a query leaves the marker: the next open checks it all, with or without
    // the window's deferral, and a healthy check spends the marker.
    damageWasSeen(m_path);
    QCOMPARE(CacheGuard::fullCheckOwed(m_path), CacheGuard::FullCheck::DamageSeen);
    QCOMPARE(CacheGuard::outlook(m_path, window).depth, CacheGuard::Depth::Full);
    {
        auto marked = CacheGuard::openChecked(m_path, window);
        QVERIFY(marked.ok());
        QCOMPARE(marked->check.depth, CacheGuard::Depth::Full);
        QCOMPARE(marked->check.verdict, CacheGuard::Verdict::Healthy);
        QVERIFY(!marked->fullCheckDue);
    }
    QVERIFY(!QFileInfo::exists(CacheGuard::checkNeededPath(m_path)));
    QCOMPARE(CacheGuard::openChecked(m_path)->check.depth, CacheGuard::Depth::Structure);

    // The structure check still finds a file cut short, at any size.
    QVERIFY(QFile::resize(m_path, QFileInfo(m_path).size() / 2));
    const CacheGuard::CheckReport report = CacheGuard::check(m_path, CacheGuard::Depth::Structure);
    QCOMPARE(report.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(report.movedAside());
}

void TestCacheGuard::queryMeetingDamageLeavesTheMarker_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("zeroed b-tree page") << "zero-page";
    QTest::newRow("garbage over pages in the middle") << "garbage";
}

void TestCacheGuard::queryMeetingDamageLeavesTheMarker()
{
    QFETCH(QString, damage);
    makeCache(m_path, 600, true);
    const qint64 size = QFileInfo(m_path).size();
    if (damage == "zero-page")
        zeroRootPage(m_path, "lead");
    else
        writeBytes(m_path, garbage(size / 5, 11), size * 2 / 5 / 4096 * 4096);

    // The structure looks sound: the start is quick and the cache opens.
    {
        auto opened = CacheGuard::openChecked(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(opened->check.depth, CacheGuard::Depth::Structure);
        QCOMPARE(opened->check.verdict, CacheGuard::Verdict::Healthy);
        QVERIFY(!QFileInfo::exists(CacheGuard::checkNeededPath(m_path)));
        // A query reads the damaged pages: the caller hears of it, whether the first row fails
        // or a later one (never a shorter answer), and the store leaves the marker.
        const auto rows = opened->store->search(LeadFilter(), -1, kToday);
        QVERIFY(!rows.ok());
        QVERIFY2(rows.errorMessage().contains("malformed") || rows.errorMessage().contains("corrupt")
                     || rows.errorMessage().contains("Unable to fetch"),
                 qPrintable(rows.errorMessage()));
        QVERIFY(QFileInfo::exists(CacheGuard::checkNeededPath(m_path)));
    }
    QFile marker(CacheGuard::checkNeededPath(m_path));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    qInfo("marker: %s", marker.readAll().trimmed().constData());
    marker.close();

    // The next start checks the whole file, moves it aside and restores the analyst's data.
    auto next = CacheGuard::openChecked(m_path);
    QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    QCOMPARE(next->check.depth, CacheGuard::Depth::Full);
    QCOMPARE(next->check.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(next->check.movedAside());
    QVERIFY(next->restored);
    QVERIFY(!QFileInfo::exists(CacheGuard::checkNeededPath(m_path)));
    QCOMPARE(scalar(*next->store, "SELECT COUNT(*) FROM lead"), qint64(0));
    QCOMPARE(scalar(*next->store, "SELECT COUNT(*) FROM saved_search"), qint64(2));
}

void TestCacheGuard::inspectMovesNothing()
{
    makeCache(m_path, 600);
    CacheGuard::CheckReport healthy = CacheGuard::inspect(m_path);
    QCOMPARE(healthy.verdict, CacheGuard::Verdict::Healthy);
    QCOMPARE(healthy.depth, CacheGuard::Depth::Full);
    QVERIFY(healthy.message.isEmpty());
    QCOMPARE(CacheGuard::inspect(m_path, CacheGuard::Depth::Thorough).verdict, CacheGuard::Verdict::Healthy);

    // Stopped from the start: not checked, not condemned.
    const CacheGuard::CheckReport stopped = CacheGuard::inspect(m_path, CacheGuard::Depth::Full, [] { return true; });
    QCOMPARE(stopped.verdict, CacheGuard::Verdict::Unreadable);
    QVERIFY(!QFileInfo::exists(CacheGuard::checkNeededPath(m_path)));

    const qint64 size = QFileInfo(m_path).size();
    writeBytes(m_path, garbage(size / 5, 11), size * 2 / 5 / 4096 * 4096);
    const QByteArray before = sha256(m_path);
    const CacheGuard::CheckReport damaged = CacheGuard::inspect(m_path);
    QCOMPARE(damaged.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(!damaged.movedAside());
    QCOMPARE(sha256(m_path), before);
    QVERIFY2(damaged.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(damaged.message));
    QVERIFY2(!damaged.message.contains("moved aside"), qPrintable(damaged.message));
    // The marker makes the next start move it aside.
    QVERIFY(QFileInfo::exists(CacheGuard::checkNeededPath(m_path)));
    auto next = CacheGuard::openChecked(m_path);
    QVERIFY(next.ok());
    QCOMPARE(next->check.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(next->check.movedAside());
}

QTEST_GUILESS_MAIN(TestCacheGuard)
#include "tst_cacheguard.moc"
