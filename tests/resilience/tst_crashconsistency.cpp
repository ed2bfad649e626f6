// Crash consistency: the real tradeleads binary killed with SIGKILL at random points of an
// import (the bulk CSV, one transaction per batch of 2000), a sync (SAM.gov pages over real
// HTTP from the fake API, one transaction per page with its resume position) and an export
// (CSV, XLSX, ICS). After every kill: PRAGMA integrity_check and the FTS5 index check pass,
// the cache guard finds the file healthy, every committed batch or page is there and nothing
// more, nothing is duplicated, the analyst's stars, notes and saved searches are exactly as
// they were, and the export target holds either what it held before or a complete export.
//
// The kill times come from a seeded generator (TRADELEADS_CRASH_SEED overrides the seed);
// the counts are printed and written to crash-consistency.txt in the build folder.
#include "SavedSearchFixture.h"
#include "ResilienceSupport.h"
#include "CacheDatabase.h"
#include "CacheGuard.h"
#include "FakeApiServer.h"
#include "LeadFilter.h"
#include "LeadGenerator.h"
#include "LeadStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <csignal>
#include <sys/types.h>

namespace {

const QDate kLastDay(2026, 1, 1);
constexpr int kImportFiles = 6;
constexpr int kLeadsPerFile = 4000;
constexpr int kImportBatch = 2000; // LeadImporter's batch: one transaction each
constexpr int kExportLeads = 16000;
constexpr int kSamRecords = 12000;
constexpr int kSamPage = 1000; // the CLI's SAM page size: one transaction each
// Kills per phase. Under the sanitizers (TRADELEADS_CRASH_KILLS_HALVED=1, set by
// scripts/run-sanitized-tests.sh) each run takes three times as long and memory safety is the
// question, not how many points of the write path are hit: half as many, the plain run has all.
int kills(int full)
{
    return qEnvironmentVariableIntValue("TRADELEADS_CRASH_KILLS_HALVED") == 1 ? std::max(2, full / 2) : full;
}
const int kImportKills = kills(8);
const int kSyncKills = kills(8);
const int kExportKillsPerFormat = kills(3);
// Rows where the statistics' kept counts (lead_tally) and a count of the leads differ: 0 when
// the counts are whole.
const char* const kTallyDrift =
    "WITH fresh (facet, value, source, day, active, leads) AS ("
    "SELECT 'country', COALESCE(country, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5 UNION ALL "
    "SELECT 'set_aside_code', COALESCE(set_aside_code, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5 UNION ALL "
    "SELECT 'notice_type', COALESCE(notice_type, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5 UNION ALL "
    "SELECT 'industry', COALESCE(industry, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5 UNION ALL "
    "SELECT 'naics_code', COALESCE(naics_code, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5), "
    "kept AS (SELECT facet, value, source, day, active, leads FROM lead_tally WHERE leads <> 0) "
    "SELECT (SELECT COUNT(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept)) "
    "+ (SELECT COUNT(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh))";

constexpr int kBulkLeads = 12000; // a file this size into an empty cache takes the bulk path
const int kBulkKills = kills(10);

quint32 seedFromEnvironment()
{
    bool ok = false;
    const uint seed = qEnvironmentVariable("TRADELEADS_CRASH_SEED").toUInt(&ok);
    return ok ? seed : 20260107u;
}

QSet<QString> prefix(const QStringList& ids, qsizetype count)
{
    const QStringList head = ids.mid(0, count);
    return QSet<QString>(head.cbegin(), head.cend());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A whole ZIP archive (XLSX): the end-of-central-directory record closes the file and the
// central directory it points at ends right before it. A cut file has neither.
bool isCompleteZip(const QByteArray& bytes)
{
    if (bytes.size() < 22)
        return false;
    const char* end = bytes.constData() + bytes.size() - 22;
    if (QByteArray(end, 4) != QByteArray("PK\x05\x06", 4))
        return false;
    auto u32 = [](const char* p) {
        return quint32(uchar(p[0])) | quint32(uchar(p[1])) << 8 | quint32(uchar(p[2])) << 16 | quint32(uchar(p[3])) << 24;
    };
    const quint16 entries = quint16(uchar(end[10]) | uchar(end[11]) << 8);
    const quint32 directorySize = u32(end + 12);
    const quint32 directoryOffset = u32(end + 16);
    return entries >= 4 && qint64(directoryOffset) + directorySize == bytes.size() - 22
        && bytes.mid(directoryOffset, 4) == QByteArray("PK\x01\x02", 4);
}

QByteArray withoutExportStamp(QByteArray ics)
{
    static const QRegularExpression stamp(QStringLiteral("DTSTAMP:[0-9]{8}T[0-9]{6}Z"));
    return QString::fromUtf8(ics).replace(stamp, QStringLiteral("DTSTAMP:")).toUtf8();
}

// Every lead as its columns, without the row id and the times of this run: what two imports
// of one file must agree on.
QStringList leadRows(const LeadStore& store)
{
    return rowsOf(store,
                  "SELECT source, source_id, title, notice_type, solicitation_number, agency, sub_tier, office, country, "
                  "location, industry, naics_code, classification_code, set_aside_code, set_aside, posted_at, "
                  "deadline_at, amended_at, value_min, value_max, currency, active, url, description_url, "
                  "content_hash, contacts, description, raw FROM lead ORDER BY source, source_id");
}

QStringList schemaOf(const LeadStore& store)
{
    return rowsOf(store, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
}

// One value from the file as a kill left it, read without the store (whose open would
// complete an unfinished load).
QString untouched(const QString& path, const QString& sql)
{
    const QString connection = QStringLiteral("untouched-") + path;
    QString value = QStringLiteral("(unreadable)");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void killedImportKeepsEveryCommittedBatch();
    void killedBulkImportIsCompletedByRunningItAgain();
    void killedSyncKeepsEveryCommittedPage();
    void killedExportLeavesNoPartialFile();

private:
    struct Killed
    {
        bool killed = false; // false: it finished before the kill came
        qint64 ms = 0; // how long it ran
        int exitCode = 0;
        QByteArray standardError;
    };
    // Runs tradeleads with `arguments`; SIGKILL once `killWhen` answers true (it is asked
    // every few milliseconds while the process runs), or never when it is empty.
    Killed run(const QStringList& arguments, const std::function<bool(qint64 elapsedMs)>& killWhen = {});
    QProcessEnvironment environment() const;
    // Stars, notes and saved searches, some for leads not in the cache yet.
    void addUserData(const QString& path, const QStringList& trackedIds);
    // The checks after every kill that do not depend on what was running.
    void verifyCache(const QString& path, const QString& what, LeadStore*& store);
    QStringList userRows(const LeadStore& store) const;

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_open; // the store verifyCache opened, closed before the next run
    QStringList m_expectedUserRows;
    int m_importKills = 0;
    int m_bulkKills = 0;
    int m_syncKills = 0;
    int m_exportKills = 0;
    int m_midwayKills = 0;
    QStringList m_leftovers;
    QProcessEnvironment m_extraEnvironment; // the fake API's address and key, for the sync
    bool m_failed = false;
};

void TestCrashConsistency::initTestCase()
{
    m_seed = seedFromEnvironment();
    m_random.seed(m_seed);
    qInfo("crash consistency: seed %u (set TRADELEADS_CRASH_SEED to replay)", m_seed);
    QVERIFY2(QFileInfo(QStringLiteral(TRADELEADS_BINARY)).isExecutable(), TRADELEADS_BINARY);
}

void TestCrashConsistency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCrashConsistency::cleanup()
{
    m_failed = m_failed || QTest::currentTestFailed();
    m_extraEnvironment.clear();
    m_open.reset();
    m_dir.reset();
}

void TestCrashConsistency::cleanupTestCase()
{
    const int kills = m_importKills + m_bulkKills + m_syncKills + m_exportKills;
    const QString summary = QStringLiteral("crash consistency: %1 SIGKILLs in all (import %2, bulk import %8, sync %3, "
                                           "export %4), %5 of them after the run had committed batches or pages of its "
                                           "own; seed %6; %7")
                                .arg(kills)
                                .arg(m_importKills)
                                .arg(m_syncKills)
                                .arg(m_exportKills)
                                .arg(m_midwayKills)
                                .arg(m_seed)
                                .arg(m_failed ? QStringLiteral("FAILED") : QStringLiteral("every check passed"))
                                .arg(m_bulkKills);
    qInfo("%s", qPrintable(summary));
    QFile out(QStringLiteral(TRADELEADS_RESILIENCE_OUT "/crash-consistency.txt"));
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(summary.toUtf8() + '\n' + m_leftovers.join(u'\n').toUtf8() + (m_leftovers.isEmpty() ? "" : "\n"));
}

QProcessEnvironment TestCrashConsistency::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    environment.insert("XDG_DATA_HOME", m_dir->filePath("data"));
    environment.insert("HOME", m_dir->path());
    environment.insert("TRADELEADS_TODAY", kLastDay.toString(Qt::ISODate)); // exports carry no clock time
    environment.insert("TRADELEADS_RETRY_BASE_MS", "5");
    environment.insert("TRADELEADS_SAM_DAILY_QUOTA", "10000");
    environment.remove("TRADELEADS_DB");
    environment.insert(m_extraEnvironment);
    return environment;
}

TestCrashConsistency::Killed TestCrashConsistency::run(const QStringList& arguments,
                                                       const std::function<bool(qint64)>& killWhen)
{
    m_open.reset();
    Killed result;
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TRADELEADS_BINARY), arguments);
    if (!process.waitForStarted(30000))
        return result;
    const qint64 pid = process.processId();
    // The event loop turns while waiting: the fake API server answers the sync from here.
    while (finished.isEmpty() && timer.elapsed() < 300000) {
        if (killWhen && killWhen(timer.elapsed())) {
            if (process.state() == QProcess::Running && ::kill(pid_t(pid), SIGKILL) == 0)
                result.killed = true;
            break;
        }
        QTest::qWait(2);
    }
    if (finished.isEmpty())
        finished.wait(120000);
    result.ms = timer.elapsed();
    // A process that ended on its own before the signal landed is not a kill.
    result.killed = result.killed && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.standardError = process.readAllStandardError();
    return result;
}

void TestCrashConsistency::addUserData(const QString& path, const QStringList& trackedIds)
{
    auto store = LeadStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    for (int i = 0; i < trackedIds.size(); ++i) {
        const LeadUserData data{i % 2 == 0, i % 3 == 0 ? "bidding" : "watching",
                                QStringLiteral("Note %1: call the contracting officer; budget ≈ €%2k").arg(i).arg(i * 37),
                                i % 2 ? "roads" : "", {}};
        QVERIFY((*store)->setUserData("sam", trackedIds[i], data).ok());
    }
    LeadFilter roads;
    roads.text = "road OR bridge";
    roads.openOnly = true;
    QVERIFY((*store)->addSavedSearch(savedSearch("Roads and bridges", roads, true)).ok());
    LeadFilter starred;
    starred.starredOnly = true;
    QVERIFY((*store)->addSavedSearch(savedSearch("Starred", starred)).ok());
    m_expectedUserRows = userRows(**store);
    QCOMPARE(m_expectedUserRows.size(), trackedIds.size() + 2);
}

QStringList TestCrashConsistency::userRows(const LeadStore& store) const
{
    return rowsOf(store, "SELECT 'user', source, source_id, starred, status, notes, tags, updated_at FROM lead_user "
                         "ORDER BY source, source_id")
        + rowsOf(store, "SELECT 'search', name, filter, notify, position, created_at, last_viewed_at FROM saved_search "
                        "ORDER BY position");
}

void TestCrashConsistency::verifyCache(const QString& path, const QString& what, LeadStore*& store)
{
    store = nullptr;
    // The guard the app runs at start must see a cache cut by a crash as healthy.
    const CacheGuard::CheckReport report = CacheGuard::check(path, CacheGuard::Depth::Full);
    QVERIFY2(report.verdict == CacheGuard::Verdict::Healthy, qPrintable(what + ": " + report.reason));

    auto opened = LeadStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(what + ": " + opened.errorMessage()));
    m_open = std::move(*opened);
    store = m_open.get();
    QCOMPARE(rowsOf(*store, "PRAGMA integrity_check"), QStringList{"ok"});
    QSqlQuery fts(cacheDatabase(*store));
    QVERIFY2(fts.exec("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')"), qPrintable(what));
    QCOMPARE(rowsOf(*store, kTallyDrift), QStringList{"0"}); // the statistics' kept counts are whole
    QCOMPARE(rowsOf(*store, "SELECT COUNT(*) - COUNT(DISTINCT source || '/' || source_id) FROM lead"),
             QStringList{"0"});
    QCOMPARE(rowsOf(*store, "SELECT COUNT(*) FROM lead_version"), QStringList{"0"}); // a replayed page amends nothing
    QCOMPARE(userRows(*store), m_expectedUserRows);
    // The stars still reach the leads they belong to.
    LeadFilter starred;
    starred.starredOnly = true;
    auto count = store->count(starred, kLastDay);
    QVERIFY(count.ok());
    QCOMPARE(QString::number(*count),
             rowsOf(*store, "SELECT COUNT(*) FROM lead_user u JOIN lead l ON l.family_id = u.family_id "
                            "WHERE u.starred = 1").value(0));
    // Every star set before its lead came was taken into that lead's family.
    QCOMPARE(rowsOf(*store, "SELECT COUNT(*) FROM lead_user u JOIN lead l USING (source, source_id) "
                            "WHERE u.family_id <> l.family_id"),
             QStringList{"0"});
}

void TestCrashConsistency::killedImportKeepsEveryCommittedBatch()
{
    // Monthly bulk files of new leads, imported one after the other; a file cut by a kill is
    // imported again (as a person would) until it is in, then the next one.
    const LeadGen::LeadGenerator generator(77, kLastDay);
    QStringList files;
    QList<QStringList> fileIds;
    for (int f = 0; f < kImportFiles; ++f) {
        files.append(m_dir->filePath(QStringLiteral("bulk-%1.csv").arg(f + 1)));
        const qint64 first = qint64(f) * kLeadsPerFile;
        QVERIFY(LeadGen::write(generator, {LeadGen::Format::SamCsv, kLeadsPerFile, first, 0, files.last()}).ok());
        QStringList ids;
        for (qint64 i = first; i < first + kLeadsPerFile; ++i)
            ids.append(QString::fromLatin1(generator.samNoticeId(i)));
        fileIds.append(ids);
    }

    // One whole import first: how long one takes here and now sets the range of kill times.
    const QString reference = m_dir->filePath("reference.sqlite");
    const Killed whole = run({"import", "--db", reference, "--format", "sam-csv", files.first()});
    QVERIFY2(whole.exitCode == 0, whole.standardError.constData());
    {
        auto store = LeadStore::open(reference);
        QVERIFY(store.ok());
        QCOMPARE(idsOf(**store, "sam"), prefix(fileIds.first(), kLeadsPerFile));
    }
    qInfo("a whole import of %d leads took %lld ms", kLeadsPerFile, whole.ms);
    qint64 window = qMax<qint64>(100, whole.ms);

    const QString db = m_dir->filePath("import.sqlite");
    addUserData(db, {fileIds[0][3], fileIds[1][2500], fileIds[2][1], fileIds[kImportFiles - 1][3999], "not-yet-0001"});
    QList<qsizetype> committed(kImportFiles, 0);
    int current = 0;
    int attempts = 0;
    while (m_importKills < kImportKills && attempts++ < kImportKills * 4) {
        const qint64 at = m_random.bounded(qint64(50), window);
        const Killed round = run({"import", "--db", db, "--format", "sam-csv", files[current % kImportFiles]},
                                 [at](qint64 elapsed) { return elapsed >= at; });
        const QString what = QStringLiteral("import round %1, file %2 (kill at %3 ms)")
                                 .arg(attempts)
                                 .arg(current % kImportFiles + 1)
                                 .arg(at);
        if (round.killed)
            ++m_importKills;
        else
            window = qMax<qint64>(100, round.ms); // a faster run than the first: kill sooner
        LeadStore* store = nullptr;
        verifyCache(db, what, store);
        if (QTest::currentTestFailed())
            return;
        // Batches are all or nothing, in file order; none committed before is lost; no
        // lead comes from anywhere else.
        const QSet<QString> ids = idsOf(*store, "sam");
        QSet<QString> expected;
        qsizetype grown = 0;
        for (int f = 0; f < kImportFiles; ++f) {
            const QSet<QString> fromFile = ids & QSet<QString>(fileIds[f].cbegin(), fileIds[f].cend());
            const qsizetype count = fromFile.size();
            QVERIFY2(count % kImportBatch == 0 || count == kLeadsPerFile,
                     qPrintable(what + QString(": %1 leads of file %2").arg(count).arg(f + 1)));
            QVERIFY2(count >= committed[f], qPrintable(what + QString(": file %1 lost leads").arg(f + 1)));
            QCOMPARE(fromFile, prefix(fileIds[f], count));
            grown += count - committed[f];
            committed[f] = count;
            expected += fromFile;
        }
        QCOMPARE(ids, expected);
        if (round.killed && grown > 0)
            ++m_midwayKills; // this run had committed batches of its own when it died
        qInfo("%s: %s, %lld of %d leads of the file committed", qPrintable(what),
              round.killed ? "killed" : "finished first", qint64(committed[current % kImportFiles]), kLeadsPerFile);
        if (committed[current % kImportFiles] == kLeadsPerFile)
            ++current;
    }
    QCOMPARE(m_importKills, kImportKills);

    // Every file again to the end: the files and the analyst's data, whole, once each.
    const Killed last = run(QStringList{"import", "--db", db, "--format", "sam-csv"} + files);
    QVERIFY2(last.exitCode == 0, last.standardError.constData());
    LeadStore* store = nullptr;
    verifyCache(db, "import to the end", store);
    QVERIFY(store);
    QSet<QString> all;
    for (const QStringList& ids : std::as_const(fileIds))
        all += QSet<QString>(ids.cbegin(), ids.cend());
    QCOMPARE(idsOf(*store, "sam"), all);
}

void TestCrashConsistency::killedBulkImportIsCompletedByRunningItAgain()
{
    // A first import of a large file into an empty cache loads in bulk: the indexes and the
    // full-text index are set aside and rebuilt at the end. Killed anywhere, in the load or the
    // rebuild, the file is whole as the kill left it; the next open completes the rebuild; and
    // the import run again gives the very rows and schema of one that was never interrupted.
    const LeadGen::LeadGenerator generator(91, kLastDay);
    const QString csv = m_dir->filePath("archive.csv");
    QVERIFY(LeadGen::write(generator, {LeadGen::Format::SamCsv, kBulkLeads, 0, 0, csv}).ok());
    QStringList ids;
    for (qint64 i = 0; i < kBulkLeads; ++i)
        ids.append(QString::fromLatin1(generator.samNoticeId(i)));

    const QString reference = m_dir->filePath("bulk-reference.sqlite");
    // When the load's lock file is there (from the load's start to the end of its rebuild): half
    // the kills fall in that stretch, wherever it lies in the run.
    qint64 lockFrom = -1;
    qint64 lockTo = -1;
    const Killed whole = run({"import", "--db", reference, "--format", "sam-csv", csv}, [&](qint64 elapsed) {
        if (QFileInfo::exists(reference + QStringLiteral(".bulk-load"))) {
            if (lockFrom < 0)
                lockFrom = elapsed;
            lockTo = elapsed;
        }
        return false;
    });
    QVERIFY2(whole.exitCode == 0, whole.standardError.constData());
    QVERIFY2(lockFrom >= 0, "the import loaded in bulk");
    // Short of its end: the last steps after the final commit leave nothing unfinished.
    const qint64 lockSpan = qMax<qint64>(20, (lockTo - lockFrom) * 4 / 5);
    QStringList referenceRows;
    QStringList referenceSchema;
    qint64 referenceMatches = 0;
    {
        auto store = LeadStore::open(reference);
        QVERIFY(store.ok());
        referenceRows = leadRows(**store);
        referenceSchema = schemaOf(**store);
        QCOMPARE(referenceRows.size(), kBulkLeads);
        QCOMPARE(scalar(**store, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'"), 0);
        QCOMPARE(scalar(**store, "SELECT COUNT(*) FROM lead_fts_docsize"), qint64(kBulkLeads));
        QCOMPARE(scalar(**store, kTallyDrift), qint64(0));
        QCOMPARE(scalar(**store, "SELECT SUM(leads) FROM lead_tally WHERE facet = 'country'"), qint64(kBulkLeads));
        referenceMatches = scalar(**store, "SELECT COUNT(*) FROM lead_fts WHERE lead_fts MATCH 'bridge OR road*'");
        QVERIFY(referenceMatches > 0);
    }
    qInfo("a whole bulk import of %d leads took %lld ms, its load from %lld to %lld ms", kBulkLeads, whole.ms, lockFrom,
          lockTo);
    qint64 window = qMax<qint64>(100, whole.ms);

    int attempts = 0;
    int caughtInLoad = 0; // kills that found the load unfinished
    while (m_bulkKills < kBulkKills && attempts++ < kBulkKills * 4) {
        const QString db = m_dir->filePath(QStringLiteral("bulk-%1.sqlite").arg(attempts));
        addUserData(db, {ids[5], ids[kBulkLeads / 2], ids[kBulkLeads - 1], "not-yet-0001"});
        // Every other kill: at a random point of the load, counted from its lock file's coming.
        const bool inLoad = m_bulkKills % 2 == 0;
        // Not at once: the lock file comes a moment before the load's record is committed.
        const qint64 at = inLoad ? m_random.bounded(lockSpan / 10, lockSpan) : m_random.bounded(qint64(30), window);
        const QString lock = db + QStringLiteral(".bulk-load");
        qint64 lockSeen = -1;
        const Killed round = run({"import", "--db", db, "--format", "sam-csv", csv}, [&](qint64 elapsed) {
            if (!inLoad)
                return elapsed >= at;
            if (lockSeen < 0 && QFileInfo::exists(lock))
                lockSeen = elapsed;
            return lockSeen >= 0 && elapsed >= lockSeen + at;
        });
        const QString what = QStringLiteral("bulk import round %1 (kill at %2 ms%3)")
                                 .arg(attempts)
                                 .arg(at)
                                 .arg(inLoad ? QStringLiteral(" into the load") : QString());
        if (!round.killed) {
            QVERIFY2(round.exitCode == 0, round.standardError.constData());
            window = qMax<qint64>(100, round.ms); // a faster run than the first: kill sooner
            continue;
        }
        ++m_bulkKills;

        // As the kill left it: whole, to the last index entry.
        const CacheGuard::CheckReport report = CacheGuard::check(db, CacheGuard::Depth::Thorough);
        QVERIFY2(report.verdict == CacheGuard::Verdict::Healthy, qPrintable(what + ": " + report.reason));
        const bool unfinished = untouched(db, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'") == "1";
        caughtInLoad += unfinished ? 1 : 0;
        const QString loaded = untouched(db, "SELECT COUNT(*) FROM lead");

        // The next open completes the rebuild: every index back, every lead found by its words.
        LeadStore* store = nullptr;
        verifyCache(db, what, store);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM cache_info WHERE key = 'bulk_load'"), 0);
        QCOMPARE(schemaOf(*store), referenceSchema);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM lead_fts_docsize"), scalar(*store, "SELECT COUNT(*) FROM lead"));

        // Run again: the same rows as the import that was never interrupted.
        const Killed again = run({"import", "--db", db, "--format", "sam-csv", csv});
        QVERIFY2(again.exitCode == 0, again.standardError.constData());
        verifyCache(db, what + ", imported again", store);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(leadRows(*store), referenceRows);
        QCOMPARE(schemaOf(*store), referenceSchema);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM lead_fts_docsize"), qint64(kBulkLeads));
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM lead_fts WHERE lead_fts MATCH 'bridge OR road*'"), referenceMatches);
        qInfo("%s: killed with %s leads in, load %s", qPrintable(what), qPrintable(loaded),
              unfinished ? "unfinished (completed by the next open)" : "already rebuilt");
    }
    QCOMPARE(m_bulkKills, kBulkKills);
    // The kills fell inside the load, not only before or after it.
    QVERIFY2(caughtInLoad >= 3, qPrintable(QString::number(caughtInLoad)));
}

void TestCrashConsistency::killedSyncKeepsEveryCommittedPage()
{
    FakeApiServer server;
    QVERIFY(server.listen());
    server.setSamRecords(kSamRecords, kLastDay, 120);
    const QStringList serverIds = server.samNoticeIds(QDate(2025, 6, 1), kLastDay);
    QCOMPARE(serverIds.size(), kSamRecords); // one window of posted dates, pages in this order

    const QString db = m_dir->filePath("sync.sqlite");
    addUserData(db, {serverIds[10], serverIds[4321], serverIds[11999], "expired-notice-0001"});
    const QStringList arguments = {"sync", "--db", db, "--source", "sam", "--posted-from", "2025-06-01",
                                   "--posted-to", kLastDay.toString(Qt::ISODate)};
    m_extraEnvironment.insert("TRADELEADS_SAM_URL", server.baseUrl().toString());
    m_extraEnvironment.insert("TRADELEADS_SAM_API_KEY", "sam-test-key");
    bool completedOnce = false;
    int attempts = 0;
    qsizetype before = 0;
    while (m_syncKills < kSyncKills && attempts++ < kSyncKills * 4) {
        // After 1 to 3 page requests, then 0 to 400 ms on: before, during or after a page's write.
        const qsizetype requestsBefore = server.requests().size();
        const int pages = int(m_random.bounded(1, 4));
        const int extraMs = int(m_random.bounded(0, 400));
        qint64 reachedAt = -1;
        const Killed round = run(arguments, [&](qint64 elapsed) {
            if (reachedAt < 0 && server.requests().size() >= requestsBefore + pages)
                reachedAt = elapsed;
            return reachedAt >= 0 && elapsed >= reachedAt + extraMs;
        });
        const QString what = QStringLiteral("sync round %1 (kill %2 ms after request %3)").arg(attempts).arg(extraMs).arg(pages);
        if (round.killed)
            ++m_syncKills;
        else
            QVERIFY2(round.exitCode == 0, round.standardError.constData());
        LeadStore* store = nullptr;
        verifyCache(db, what, store);
        if (QTest::currentTestFailed())
            return;

        // The resume position was written with the page: the pages before it are in, whole,
        // and no other lead is.
        const QSet<QString> ids = idsOf(*store, "sam");
        const SyncState state = store->syncState("sam");
        const QJsonObject cursor = QJsonDocument::fromJson(state.cursor).object();
        if (state.cursor.isEmpty() && !state.highWater.isEmpty())
            completedOnce = true;
        qsizetype expected = 0;
        if (completedOnce || cursor.value("window").toInt() >= 1)
            expected = kSamRecords;
        else if (!state.cursor.isEmpty())
            expected = qsizetype(cursor.value("page").toInteger()) * kSamPage;
        QVERIFY2(ids.size() == expected, qPrintable(what + QString(": %1 leads, cursor %2").arg(ids.size()).arg(QString::fromUtf8(state.cursor))));
        QCOMPARE(ids, prefix(serverIds, expected));
        QVERIFY2(ids.size() >= before, qPrintable(what));
        if (round.killed && ids.size() > before)
            ++m_midwayKills;
        before = ids.size();
        qInfo("%s: %s, %lld of %d leads committed", qPrintable(what), round.killed ? "killed" : "finished first",
              qint64(ids.size()), kSamRecords);
    }
    QCOMPARE(m_syncKills, kSyncKills);

    const Killed last = run(arguments);
    QVERIFY2(last.exitCode == 0, last.standardError.constData());
    LeadStore* store = nullptr;
    verifyCache(db, "sync to the end", store);
    QVERIFY(store);
    QCOMPARE(idsOf(*store, "sam"), prefix(serverIds, kSamRecords));
    QVERIFY(store->syncState("sam").cursor.isEmpty());
}

void TestCrashConsistency::killedExportLeavesNoPartialFile()
{
    // A cache of the bulk CSV's leads with the analyst's data on some of them.
    const LeadGen::LeadGenerator generator(78, kLastDay);
    const QString csv = m_dir->filePath("bulk.csv");
    QVERIFY(LeadGen::write(generator, {LeadGen::Format::SamCsv, kExportLeads, 0, 0, csv}).ok());
    const QString db = m_dir->filePath("export.sqlite");
    addUserData(db, {QString::fromLatin1(generator.samNoticeId(1)), QString::fromLatin1(generator.samNoticeId(700))});
    const Killed imported = run({"import", "--db", db, "--format", "sam-csv", csv});
    QVERIFY2(imported.exitCode == 0, imported.standardError.constData());

    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")}) {
        const QString outDir = m_dir->filePath("exports-" + format);
        QVERIFY(QDir().mkpath(outDir));
        auto exportTo = [&](const QString& target, const std::function<bool(qint64)>& killWhen = {}) {
            return run({"search", "--db", db, "--limit", "100000", "--format", format, "--out", target}, killWhen);
        };
        const QString reference = m_dir->filePath("reference." + format);
        const Killed whole = exportTo(reference);
        QVERIFY2(whole.exitCode == 0, whole.standardError.constData());
        const QByteArray complete = readAll(reference);
        QVERIFY(complete.size() > 1000000);
        qInfo("a whole %s export took %lld ms (%lld bytes)", qPrintable(format), whole.ms, qint64(complete.size()));

        // Complete: the same bytes as the reference (the clock is pinned), or for XLSX, whose
        // archive carries the time it was zipped, a whole archive of about the same size.
        auto isComplete = [&](const QByteArray& bytes) {
            // An ICS file stamps the moment it was written (DTSTAMP): two whole exports
            // a second apart differ there and nowhere else.
            if (format == "ics")
                return withoutExportStamp(bytes) == withoutExportStamp(complete);
            if (format != "xlsx")
                return bytes == complete;
            return isCompleteZip(bytes) && qAbs(bytes.size() - complete.size()) < complete.size() / 100;
        };
        const QString target = QDir(outDir).filePath("leads." + format);
        const QByteArray previous = "the export made last week, which must survive a failed one\n";
        int kills = 0;
        int attempts = 0;
        while (kills < kExportKillsPerFormat && attempts++ < kExportKillsPerFormat * 5) {
            // Every other round replaces an earlier file; the others write a new one.
            const bool replacing = attempts % 2 == 0;
            QFile::remove(target);
            if (replacing) {
                QFile file(target);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(previous);
            }
            const qint64 at = m_random.bounded(qint64(30), qMax<qint64>(60, whole.ms));
            const Killed round = exportTo(target, [at](qint64 elapsed) { return elapsed >= at; });
            const QString what = QStringLiteral("%1 export round %2 (kill at %3 ms)").arg(format).arg(attempts).arg(at);
            if (round.killed) {
                ++kills;
                ++m_exportKills;
            } else {
                QVERIFY2(round.exitCode == 0, round.standardError.constData());
            }
            const QByteArray now = readAll(target);
            if (!QFileInfo::exists(target)) {
                QVERIFY2(!replacing, qPrintable(what + ": the earlier export is gone"));
                QVERIFY2(round.killed, qPrintable(what + ": finished without a file"));
            } else if (now == previous) {
                QVERIFY2(replacing, qPrintable(what));
            } else {
                QVERIFY2(isComplete(now), qPrintable(what + QString(": a partial file of %1 bytes at the target").arg(now.size())));
            }
            // Anything else left in the folder, reported (hidden part files of a killed writer).
            for (const QString& name : QDir(outDir).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
                if (name == QFileInfo(target).fileName())
                    continue;
                m_leftovers.append(QStringLiteral("left beside the target after %1: %2").arg(what, name));
                QVERIFY2(name.startsWith(u'.'), qPrintable(what + ": a visible file left beside the target: " + name));
                QFile::remove(QDir(outDir).filePath(name));
            }
            qInfo("%s: %s; target %s", qPrintable(what), round.killed ? "killed" : "finished first",
                  !QFileInfo::exists(target) ? "absent" : now == previous ? "the earlier file, unchanged" : "complete");
        }
        QCOMPARE(kills, kExportKillsPerFormat);
    }
    // Exports only read: the cache and the analyst's data are as they were.
    LeadStore* store = nullptr;
    verifyCache(db, "after the exports", store);
    QVERIFY(store);
    QCOMPARE(idsOf(*store, "sam").size(), qsizetype(kExportLeads));
    for (const QString& line : std::as_const(m_leftovers))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
