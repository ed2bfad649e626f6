// A full disk under the real tradeleads binary. Two ways to fill it:
//  - RLIMIT_FSIZE on the child process (SIGXFSZ ignored, so write() fails with EFBIG), which
//    works everywhere;
//  - a real 40 MB tmpfs in a private mount namespace (unshare), where writes fail with
//    ENOSPC as on a full disk; skipped where no mount namespace can be made.
// An import stops with a clear message, integrity_check passes, every batch committed before
// the failure is still there, the analyst's data is untouched, and the import completes once
// there is room. An export to a full target leaves no file, partial or temporary.
#include "SavedSearchFixture.h"
#include "ResilienceSupport.h"
#include "CacheDatabase.h"
#include "CacheGuard.h"
#include "LeadFilter.h"
#include "LeadGenerator.h"
#include "LeadStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

const QDate kLastDay(2026, 1, 1);
constexpr int kSeedLeads = 500;
constexpr int kBigLeads = 20000;
constexpr int kImportBatch = 2000;

QStringList ids(const LeadGen::LeadGenerator& generator, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(QString::fromLatin1(generator.samNoticeId(i)));
    return ids;
}

QSet<QString> setOf(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

struct Outcome
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

} // namespace

// The analyst's tracking as set; its family_id is left out: a notice that arrives takes
// tracking set before it into its family.
const char* const kTrackingRows
    = "SELECT source, source_id, starred, status, notes, tags, seen_at, updated_at FROM lead_user ORDER BY source, source_id";

class TestFullDisk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importPastAFileSizeLimitKeepsCommittedBatches();
    void exportPastAFileSizeLimitLeavesNoFile_data();
    void exportPastAFileSizeLimitLeavesNoFile();
    void fullFileSystem();

private:
    // tradeleads with `arguments`; files it writes may not grow past `fileSizeLimit` bytes.
    Outcome run(const QStringList& arguments, qint64 fileSizeLimit = -1);
    QProcessEnvironment environment() const;
    // A cache of kSeedLeads leads with stars, notes and saved searches; closed.
    void makeSeedCache(const QString& path);
    // What every check after a failed write asks of the cache at `path`.
    void verifyKept(const QString& path, const QStringList& bigIds, qsizetype& committed);

    QTemporaryDir m_files; // the CSV files, made once
    std::unique_ptr<QTemporaryDir> m_dir;
    LeadGen::LeadGenerator m_seedGenerator{90, kLastDay};
    LeadGen::LeadGenerator m_bigGenerator{91, kLastDay};
    QString m_seedCsv;
    QString m_bigCsv;
    QString m_exportCache; // the big file's leads, made by the first export test
    QStringList m_expectedUserRows;
};

void TestFullDisk::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(TRADELEADS_BINARY)).isExecutable(), TRADELEADS_BINARY);
    QVERIFY(m_files.isValid());
    m_seedCsv = m_files.filePath("seed.csv");
    m_bigCsv = m_files.filePath("ContractOpportunitiesFullCSV.csv");
    QVERIFY(LeadGen::write(m_seedGenerator, {LeadGen::Format::SamCsv, kSeedLeads, 0, 0, m_seedCsv}).ok());
    QVERIFY(LeadGen::write(m_bigGenerator, {LeadGen::Format::SamCsv, kBigLeads, 0, 0, m_bigCsv}).ok());
}

void TestFullDisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFullDisk::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestFullDisk::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    environment.insert("XDG_DATA_HOME", m_dir->filePath("data"));
    environment.insert("HOME", m_dir->path());
    environment.insert("TRADELEADS_TODAY", kLastDay.toString(Qt::ISODate));
    environment.remove("TRADELEADS_DB");
    return environment;
}

Outcome TestFullDisk::run(const QStringList& arguments, qint64 fileSizeLimit)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    if (fileSizeLimit >= 0) {
        // In the child between fork and exec: both survive exec. With SIGXFSZ ignored a write
        // past the limit fails with EFBIG instead of killing the process.
        process.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(TRADELEADS_BINARY), arguments);
    Outcome outcome;
    if (!process.waitForStarted(30000) || !process.waitForFinished(300000))
        return outcome;
    outcome.exitCode = process.exitCode();
    outcome.status = process.exitStatus();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

void TestFullDisk::makeSeedCache(const QString& path)
{
    const Outcome seeded = run({"import", "--db", path, "--format", "sam-csv", m_seedCsv});
    QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
    auto store = LeadStore::open(path);
    QVERIFY(store.ok());
    const QStringList seedIds = ids(m_seedGenerator, kSeedLeads);
    QVERIFY((*store)->setUserData("sam", seedIds[7], {true, "bidding", "Bid bond ready", "roads", {}}).ok());
    QVERIFY((*store)->setUserData("sam", seedIds[400], {false, "lost", "Went elsewhere", {}, {}}).ok());
    // Tracking for a lead the big file brings.
    QVERIFY((*store)->setUserData("sam", QString::fromLatin1(m_bigGenerator.samNoticeId(1)),
                                  {true, "watching", "Expected in the bulk file", {}, {}})
                .ok());
    LeadFilter starred;
    starred.starredOnly = true;
    QVERIFY((*store)->addSavedSearch(savedSearch("Starred", starred, true)).ok());
    m_expectedUserRows = rowsOf(**store, kTrackingRows)
        + rowsOf(**store, "SELECT * FROM saved_search ORDER BY id");
}

void TestFullDisk::verifyKept(const QString& path, const QStringList& bigIds, qsizetype& committed)
{
    const CacheGuard::CheckReport report = CacheGuard::check(path, CacheGuard::Depth::Full);
    QVERIFY2(report.verdict == CacheGuard::Verdict::Healthy, qPrintable(report.reason));
    auto store = LeadStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE(rowsOf(**store, "PRAGMA integrity_check"), QStringList{"ok"});
    QVERIFY(QSqlQuery(cacheDatabase(**store)).exec("INSERT INTO lead_fts (lead_fts) VALUES ('integrity-check')"));
    QCOMPARE(rowsOf(**store, kTrackingRows)
                 + rowsOf(**store, "SELECT * FROM saved_search ORDER BY id"),
             m_expectedUserRows);
    const QSet<QString> stored = setOf(rowsOf(**store, "SELECT source_id FROM lead"));
    const QSet<QString> seed = setOf(ids(m_seedGenerator, kSeedLeads));
    QVERIFY(stored.contains(seed)); // what was there before the disk filled
    // The big file's leads: whole batches in file order.
    const QSet<QString> big = stored - seed;
    committed = big.size();
    QVERIFY2(committed % kImportBatch == 0 || committed == kBigLeads, qPrintable(QString::number(committed)));
    QCOMPARE(big, setOf(bigIds.mid(0, committed)));
}

void TestFullDisk::importPastAFileSizeLimitKeepsCommittedBatches()
{
    const QString db = m_dir->filePath("leads.sqlite");
    makeSeedCache(db);
    const qint64 before = QFileInfo(db).size();
    QVERIFY(!QFileInfo::exists(db + "-wal"));

    // Room for a few batches of the big file, not for all of it.
    const qint64 limit = before + 24 * 1024 * 1024;
    const Outcome failed = run({"import", "--db", db, "--format", "sam-csv", m_bigCsv}, limit);
    qInfo("import past a %lld-byte file limit: exit %d, %s", limit, failed.exitCode, failed.err.trimmed().constData());
    QCOMPARE(failed.status, QProcess::NormalExit); // stopped, not killed by SIGXFSZ
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.startsWith("tradeleads import: " + m_bigCsv.toUtf8()), failed.err.constData());
    QVERIFY2(failed.err.contains("Cache error"), failed.err.constData());
    QVERIFY(!failed.out.contains(m_bigCsv.toUtf8())); // no summary line for the file that failed

    const QStringList bigIds = ids(m_bigGenerator, kBigLeads);
    qsizetype committed = 0;
    verifyKept(db, bigIds, committed);
    if (QTest::currentTestFailed())
        return;
    qInfo("%lld of %d leads of the big file were committed before the limit", qint64(committed), kBigLeads);
    QVERIFY(committed >= kImportBatch); // batches were committed before the failure, and kept
    QVERIFY(committed < kBigLeads);

    // With room again the same import completes.
    const Outcome again = run({"import", "--db", db, "--format", "sam-csv", m_bigCsv});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains(QByteArray::number(kBigLeads - committed) + " new"), again.out.constData());
    verifyKept(db, bigIds, committed);
    QCOMPARE(committed, qsizetype(kBigLeads));
}

void TestFullDisk::exportPastAFileSizeLimitLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("replacing");
    for (const char* format : {"csv", "xlsx", "ics"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1, new file").arg(format))) << format << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, over an earlier export").arg(format))) << format << true;
    }
}

void TestFullDisk::exportPastAFileSizeLimitLeavesNoFile()
{
    QFETCH(QString, format);
    QFETCH(bool, replacing);
    if (m_exportCache.isEmpty()) {
        // 20,000 leads: even the compressed XLSX is well past the limit.
        m_exportCache = m_files.filePath("export.sqlite");
        const Outcome imported = run({"import", "--db", m_exportCache, "--format", "sam-csv", m_bigCsv});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }
    const QString db = m_exportCache;
    const QString folder = m_dir->filePath("exports");
    QVERIFY(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath("leads." + format);
    const QByteArray previous = "an earlier export\n";
    if (replacing) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    // The export is far larger than 128 KB; the cache is only read.
    const Outcome failed = run({"search", "--db", db, "--limit", "100000", "--format", format, "--out", target},
                               128 * 1024);
    qInfo("%s", failed.err.trimmed().constData());
    QCOMPARE(failed.status, QProcess::NormalExit);
    // XLSX included: libxlsxwriter's temporary sheet file is checked, so a sheet cut at the
    // limit is refused rather than zipped.
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("Cannot export to " + QDir::toNativeSeparators(target).toUtf8()), failed.err.constData());
    if (replacing) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
    } else {
        QVERIFY(!QFileInfo::exists(target));
    }
    // Nothing else either: no part file, no temporary file.
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(left, replacing ? QStringList{QFileInfo(target).fileName()} : QStringList());

    // The same export with room succeeds: the failure was the limit's.
    const Outcome done = run({"search", "--db", db, "--limit", "100000", "--format", format, "--out", target});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY(QFileInfo(target).size() > 1024 * 1024);
}

void TestFullDisk::fullFileSystem()
{
    // A private mount namespace (unprivileged where user namespaces are allowed, else as
    // root) holds a small tmpfs that no one else sees and that vanishes with the process.
    const QString unshare = QStandardPaths::findExecutable("unshare");
    if (unshare.isEmpty())
        QSKIP("no unshare here: the RLIMIT_FSIZE tests stand in for a full disk");
    const QString mount = m_dir->filePath("small-disk");
    QVERIFY(QDir().mkpath(mount));
    QStringList namespaceFlags;
    for (const QStringList& flags : {QStringList{"--user", "--map-root-user", "--mount"}, QStringList{"--mount"}}) {
        QProcess probe;
        probe.start(unshare, flags + QStringList{"sh", "-c", "mount -t tmpfs -o size=1m probe \"$0\"", mount});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
            namespaceFlags = flags;
            break;
        }
    }
    if (namespaceFlags.isEmpty())
        QSKIP("no mount namespace can be made here: the RLIMIT_FSIZE tests stand in for a full disk");

    const QString seed = m_dir->filePath("seed.sqlite");
    makeSeedCache(seed);
    const QString out = m_dir->filePath("out");
    QVERIFY(QDir().mkpath(out));
    // In the namespace: a 40 MB tmpfs; the seed cache copied onto it; the big import, which
    // fills it; the rest filled; an export onto the full disk (from the seed cache outside); then the files
    // copied out for the checks, before the mount disappears with the namespace.
    const QString script = QStringLiteral(R"(set -e
mount -t tmpfs -o size=40m tradeleads-full "$MNT"
cp "$SEED" "$MNT/leads.sqlite"
set +e
"$BIN" import --db "$MNT/leads.sqlite" --format sam-csv "$CSV" >"$OUT/import.out" 2>"$OUT/import.err"
echo $? >"$OUT/import.code"
df -k "$MNT" >"$OUT/df"
# A failed load gives back what its journal took: what is left is filled, for the exports.
cat /dev/zero >"$MNT/filler" 2>/dev/null
for format in csv xlsx ics; do
    "$BIN" search --db "$SEED" --limit 100000 --format $format --out "$MNT/leads.$format" 2>"$OUT/export-$format.err"
    echo $? >"$OUT/export-$format.code"
done
ls -A "$MNT" >"$OUT/listing"
mkdir "$OUT/cache" && cp "$MNT"/leads.sqlite* "$OUT/cache/"
)");
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert("MNT", mount);
    env.insert("SEED", seed);
    env.insert("BIN", QStringLiteral(TRADELEADS_BINARY));
    env.insert("CSV", m_bigCsv);
    env.insert("OUT", out);
    process.setProcessEnvironment(env);
    process.start(unshare, namespaceFlags + QStringList{"sh", "-c", script});
    QVERIFY(process.waitForFinished(300000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    auto text = [&](const QString& name) {
        QFile file(QDir(out).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("(missing)");
    };
    qInfo("on a full 40 MB file system: import: %s", text("import.err").constData());
    for (const char* format : {"csv", "xlsx", "ics"})
        qInfo("on a full 40 MB file system: %s export: %s", format, text(QStringLiteral("export-%1.err").arg(format)).constData());
    qInfo("%s", text("df").constData());

    // The import stopped and said why in words a person reads.
    QCOMPARE(text("import.code"), QByteArray("1"));
    QVERIFY2(text("import.err").startsWith("tradeleads import: " + m_bigCsv.toUtf8()), text("import.err").constData());
    QVERIFY2(text("import.err").contains("disk is full"), text("import.err").constData());
    // Each export failed, said so, and left nothing on the full disk but the cache.
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")}) {
        const QByteArray err = text("export-" + format + ".err");
        QVERIFY2(text("export-" + format + ".code") == "1", qPrintable(format));
        QVERIFY2(err.contains("Cannot export to " + QDir(mount).filePath("leads." + format).toUtf8()), err.constData());
        if (format != "xlsx") // libxlsxwriter says "Error creating output xlsx file" instead
            QVERIFY2(err.contains("No space left on device"), err.constData());
    }
    for (const QByteArray& name : text("listing").split('\n'))
        QVERIFY2(name.startsWith("leads.sqlite") || name == "filler", name.constData());

    // The cache as it was on the full disk: consistent, seed and user data kept, whole batches.
    const QString db = QDir(out).filePath("cache/leads.sqlite");
    qsizetype committed = 0;
    const QStringList bigIds = ids(m_bigGenerator, kBigLeads);
    verifyKept(db, bigIds, committed);
    if (QTest::currentTestFailed())
        return;
    qInfo("%lld of %d leads of the big file were committed before the disk was full", qint64(committed), kBigLeads);
    QVERIFY(committed >= kImportBatch);
    QVERIFY(committed < kBigLeads);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
