// tradeleads-import-bench: how fast the cache fills from the SAM.gov bulk CSV and from API
// pages, measured against what SQLite alone can do with the same rows (the limit).
//
// Each phase runs in a child process (this binary re-executed with --phase) so that each
// reports its own peak RSS. Not a CTest test: it takes minutes at a million leads.
#include "BenchOutput.h"
#include "LeadGenerator.h"
#include "Clock.h"
#include "LeadImporter.h"
#include "LeadNormalize.h"
#include "LeadStore.h"
#include "SamCsvReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int kSqliteBatch = 2000;
constexpr qint64 kJsonPageSize = 1000;

QString csvPath(const QDir& work)
{
    return work.filePath(QStringLiteral("leads.csv"));
}

QString pagesPath(const QDir& work)
{
    return work.filePath(QStringLiteral("pages"));
}

// A fresh cache file: no leftovers from an earlier run, WAL and SHM included.
QString freshCache(const QDir& work, const QString& name)
{
    const QString path = work.filePath(name);
    for (const QString& suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
    return path;
}

// The line a phase prints for the parent: RESULT phase leads seconds rssMb wallSeconds errors
void printResult(const QString& phase, qint64 leads, double seconds, double wallSeconds, qint64 errors)
{
    out() << "RESULT " << phase << ' ' << leads << ' ' << QString::number(seconds, 'f', 3) << ' '
          << QString::number(peakRssMb(), 'f', 1) << ' ' << QString::number(wallSeconds, 'f', 3) << ' ' << errors
          << Qt::endl;
}

int fail(const QString& phase, const QString& message)
{
    err() << "phase " << phase << ": " << message << Qt::endl;
    return 1;
}

LeadImporter::Progress progressPrinter(const QString& phase)
{
    auto lastStep = std::make_shared<qint64>(-1);
    return [phase, lastStep](qint64 bytesDone, qint64 bytesTotal, qint64 records) {
        if (bytesTotal <= 0)
            return;
        const qint64 step = bytesDone * 10 / bytesTotal;
        if (step != *lastStep) {
            *lastStep = step;
            err() << "  [" << phase << "] " << step * 10 << "% (" << records << " leads)" << Qt::endl;
        }
    };
}

// (a) The bulk CSV through LeadImporter, as `tradeleads import --format sam-csv` does it.
int phaseCsv(const QDir& work)
{
    const QString phase = QStringLiteral("csv");
    auto store = LeadStore::open(freshCache(work, QStringLiteral("csv-import.sqlite")));
    if (!store)
        return fail(phase, store.errorMessage());
    LeadImporter importer(**store);
    importer.setProgress(progressPrinter(phase));
    QElapsedTimer timer;
    timer.start();
    auto summary = importer.importFile(csvPath(work), ImportFormat::SamCsv);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary)
        return fail(phase, summary.errorMessage());
    if (!summary->errors.isEmpty())
        err() << "  first record error: " << summary->errors.constFirst().message() << Qt::endl;
    const qint64 leads = summary->inserted + summary->updated + summary->unchanged;
    printResult(phase, leads, seconds, seconds, summary->errorCount);
    return 0;
}

// (b) The API pages through LeadImporter, one importFile per page as a sync writes them.
int phaseJson(const QDir& work)
{
    const QString phase = QStringLiteral("json");
    auto store = LeadStore::open(freshCache(work, QStringLiteral("json-import.sqlite")));
    if (!store)
        return fail(phase, store.errorMessage());
    LeadImporter importer(**store);
    const QDir pages(pagesPath(work));
    const QStringList files = pages.entryList({ QStringLiteral("page-*.json") }, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(phase, QStringLiteral("no pages in %1").arg(pages.path()));
    qint64 leads = 0;
    qint64 errors = 0;
    qsizetype lastStep = -1;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto summary = importer.importFile(pages.filePath(files[i]), ImportFormat::SamJson);
        if (!summary)
            return fail(phase, summary.errorMessage());
        leads += summary->inserted + summary->updated + summary->unchanged;
        errors += summary->errorCount;
        const qsizetype step = (i + 1) * 10 / files.size();
        if (step != lastStep) {
            lastStep = step;
            err() << "  [json] " << step * 10 << "% (" << leads << " leads)" << Qt::endl;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    printResult(phase, leads, seconds, seconds, errors);
    return 0;
}

// The columns a plain INSERT writes: everything LeadStore::upsert binds, already in UTF-8
// so that converting them is not counted as SQLite time.
struct Row
{
    std::array<QByteArray, 30> text; // by parameter number; 21, 22 and 24 are numbers
    std::optional<double> valueMin;
    std::optional<double> valueMax;
    std::optional<bool> active;
};

Row rowOf(const Lead& lead, const QByteArray& now)
{
    Row row;
    const QString* fields[] = { &lead.source, &lead.sourceId, &lead.title, &lead.description, &lead.descriptionUrl,
        &lead.noticeType, &lead.solicitationNumber, &lead.agency, &lead.subTier, &lead.office, &lead.country,
        &lead.location, &lead.industry, &lead.naicsCode, &lead.classificationCode, &lead.setAsideCode, &lead.setAside,
        &lead.postedAt, &lead.deadlineAt, &lead.amendedAt };
    for (size_t i = 0; i < std::size(fields); ++i)
        row.text[i + 1] = fields[i]->toUtf8();
    row.valueMin = lead.valueMin;
    row.valueMax = lead.valueMax;
    row.text[23] = lead.currency.toUtf8();
    row.active = lead.active;
    row.text[25] = lead.url.toUtf8();
    if (!lead.contacts.isEmpty())
        row.text[26] = QJsonDocument(lead.contacts).toJson(QJsonDocument::Compact);
    row.text[27] = lead.raw;
    row.text[28] = now; // first_seen_at
    row.text[29] = now; // last_seen_at
    row.text[0] = lead.contentHash();
    return row;
}

const char* const kInsertSql
    = "INSERT INTO lead (source, source_id, title, description, description_url, notice_type, solicitation_number, "
      "agency, sub_tier, office, country, location, industry, naics_code, classification_code, set_aside_code, "
      "set_aside, posted_at, deadline_at, amended_at, value_min, value_max, currency, active, url, contacts, raw, "
      "first_seen_at, last_seen_at, content_hash) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
      "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)";

void bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8)
{
    // As the store does: empty text is NULL. The buffers outlive the step, so no copy.
    if (utf8.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void bindNumber(sqlite3_stmt* statement, int index, const std::optional<double>& value)
{
    if (value)
        sqlite3_bind_double(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

bool exec(sqlite3* db, const char* sql, QString& error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(message ? message : "?"));
    sqlite3_free(message);
    return false;
}

// (c) The limit: the same rows into the same schema (FTS5 triggers included) with nothing
// but a prepared INSERT, one transaction per batch; only the SQLite calls are timed.
int phaseSqlite(const QDir& work)
{
    const QString phase = QStringLiteral("sqlite");
    const QString path = freshCache(work, QStringLiteral("sqlite-only.sqlite"));
    {
        auto store = LeadStore::open(path); // the store's own schema and triggers
        if (!store)
            return fail(phase, store.errorMessage());
    }

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return fail(phase, message);
    }
    QString error;
    // The store's pragmas.
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
             "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768" }) {
        if (!exec(db, pragma, error)) {
            sqlite3_close(db);
            return fail(phase, error);
        }
    }
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v3(db, kInsertSql, -1, SQLITE_PREPARE_PERSISTENT, &insert, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return fail(phase, message);
    }

    QFile csv(csvPath(work));
    if (!csv.open(QIODevice::ReadOnly)) {
        sqlite3_finalize(insert);
        sqlite3_close(db);
        return fail(phase, csv.errorString());
    }
    SamCsvReader reader(csv);
    if (auto header = reader.readHeader(); !header) {
        sqlite3_finalize(insert);
        sqlite3_close(db);
        return fail(phase, header.errorMessage());
    }

    using Clock = std::chrono::steady_clock;
    Clock::duration sqliteTime {};
    const QByteArray now = ::Clock::nowUtcText().toUtf8();
    const qint64 totalBytes = csv.size();
    qint64 leads = 0;
    qint64 errors = 0;
    qint64 lastStep = -1;
    QElapsedTimer wall;
    wall.start();
    bool more = true;
    std::vector<Row> rows;
    while (more) {
        ParsedPage page;
        more = reader.readBatch(kSqliteBatch, page);
        errors += page.errors.size();
        rows.clear();
        rows.reserve(size_t(page.leads.size()));
        for (const Lead& lead : page.leads)
            rows.push_back(rowOf(lead, now));
        page.leads.clear();

        const Clock::time_point start = Clock::now();
        bool ok = exec(db, "BEGIN", error);
        for (size_t r = 0; ok && r < rows.size(); ++r) {
            const Row& row = rows[r];
            for (int i = 1; i <= 20; ++i)
                bindText(insert, i, row.text[size_t(i)]);
            bindNumber(insert, 21, row.valueMin);
            bindNumber(insert, 22, row.valueMax);
            bindText(insert, 23, row.text[23]);
            if (row.active)
                sqlite3_bind_int(insert, 24, *row.active ? 1 : 0);
            else
                sqlite3_bind_null(insert, 24);
            for (int i = 25; i <= 29; ++i)
                bindText(insert, i, row.text[size_t(i)]);
            bindText(insert, 30, row.text[0]);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                error = QStringLiteral("inserting %1: %2")
                            .arg(QString::fromUtf8(row.text[2]), QString::fromUtf8(sqlite3_errmsg(db)));
                ok = false;
            }
            sqlite3_reset(insert);
        }
        ok = ok && exec(db, "COMMIT", error);
        sqliteTime += Clock::now() - start;
        if (!ok) {
            sqlite3_finalize(insert);
            sqlite3_close(db);
            return fail(phase, error);
        }
        leads += qint64(rows.size());
        const qint64 step = totalBytes > 0 ? reader.bytesRead() * 10 / totalBytes : 0;
        if (step != lastStep) {
            lastStep = step;
            err() << "  [sqlite] " << step * 10 << "% (" << leads << " leads)" << Qt::endl;
        }
    }
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    const double seconds = std::chrono::duration<double>(sqliteTime).count();
    printResult(phase, leads, seconds, wallSeconds, errors);
    return 0;
}

struct PhaseResult
{
    QString name;
    qint64 leads = 0;
    double seconds = 0;
    double rssMb = 0;
    double wallSeconds = 0;
    qint64 errors = 0;
    bool ok = false;
};

PhaseResult runChild(const QString& phase, const QString& label, const QDir& work)
{
    PhaseResult result;
    result.name = label;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--phase"), phase, QStringLiteral("--work-dir"), work.path() });
    if (!child.waitForStarted(-1) || !child.waitForFinished(-1)) {
        err() << "phase " << phase << ": " << child.errorString() << Qt::endl;
        return result;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 7 && f[0] == "RESULT" && f[1] == phase.toUtf8()) {
            result.leads = f[2].toLongLong();
            result.seconds = f[3].toDouble();
            result.rssMb = f[4].toDouble();
            result.wallSeconds = f[5].toDouble();
            result.errors = f[6].toLongLong();
            result.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        }
    }
    return result;
}

QString rate(qint64 leads, double seconds)
{
    return seconds > 0 ? QString::number(qint64(double(leads) / seconds)) : QStringLiteral("-");
}

void printRow(
    const QString& phase, const QString& leads, const QString& seconds, const QString& perSecond, const QString& rss)
{
    out() << phase.leftJustified(38) << leads.rightJustified(10) << seconds.rightJustified(10)
          << perSecond.rightJustified(12) << rss.rightJustified(14) << Qt::endl;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1) + QStringLiteral(" MB");
}

qint64 directorySize(const QString& path)
{
    qint64 total = 0;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files);
    for (const QFileInfo& info : entries)
        total += info.size();
    return total;
}

int runParent(qint64 count, const QString& workDirOption, bool keep, quint64 seed)
{
    std::optional<QTemporaryDir> temporary;
    QDir work;
    if (workDirOption.isEmpty()) {
        temporary.emplace(QDir::temp().filePath(QStringLiteral("tradeleads-bench-XXXXXX")));
        if (!temporary->isValid()) {
            err() << "cannot create a temporary directory: " << temporary->errorString() << Qt::endl;
            return 1;
        }
        temporary->setAutoRemove(!keep);
        work = QDir(temporary->path());
    } else {
        if (!QDir().mkpath(workDirOption)) {
            err() << "cannot create " << workDirOption << Qt::endl;
            return 1;
        }
        work = QDir(QDir(workDirOption).absolutePath());
    }
    out() << "Trade Leads import benchmark: " << count << " leads, seed " << seed << ", work dir " << work.path()
          << Qt::endl;

    const LeadGen::LeadGenerator generator(seed);
    QElapsedTimer timer;

    // The inputs (not counted in any phase).
    timer.start();
    LeadGen::WriteRequest csvRequest;
    csvRequest.format = LeadGen::Format::SamCsv;
    csvRequest.count = count;
    csvRequest.out = csvPath(work);
    const LeadGen::WriteResult csvWritten = LeadGen::write(generator, csvRequest);
    if (!csvWritten.ok()) {
        err() << csvWritten.error << Qt::endl;
        return 1;
    }
    const double csvSeconds = double(timer.nsecsElapsed()) / 1e9;
    out() << "generated " << csvRequest.out << ": " << megabytes(csvWritten.bytes) << " in "
          << QString::number(csvSeconds, 'f', 1) << " s" << Qt::endl;

    timer.restart();
    QDir(pagesPath(work)).removeRecursively();
    LeadGen::WriteRequest jsonRequest;
    jsonRequest.format = LeadGen::Format::SamJson;
    jsonRequest.count = count;
    jsonRequest.pageSize = kJsonPageSize;
    jsonRequest.out = pagesPath(work) + QLatin1Char('/');
    const LeadGen::WriteResult jsonWritten = LeadGen::write(generator, jsonRequest);
    if (!jsonWritten.ok()) {
        err() << jsonWritten.error << Qt::endl;
        return 1;
    }
    const double jsonSeconds = double(timer.nsecsElapsed()) / 1e9;
    out() << "generated " << jsonWritten.files.size() << " pages of " << kJsonPageSize << " in " << pagesPath(work)
          << ": " << megabytes(jsonWritten.bytes) << " in " << QString::number(jsonSeconds, 'f', 1) << " s" << Qt::endl;
    const double generatorRss = peakRssMb();

    const PhaseResult csv = runChild(QStringLiteral("csv"), QStringLiteral("(a) CSV import (LeadImporter)"), work);
    const PhaseResult json
        = runChild(QStringLiteral("json"), QStringLiteral("(b) JSON pages import (LeadImporter)"), work);
    const PhaseResult sqlite
        = runChild(QStringLiteral("sqlite"), QStringLiteral("(c) SQLite-only INSERT (the limit)"), work);

    out() << Qt::endl;
    printRow(QStringLiteral("phase"), QStringLiteral("leads"), QStringLiteral("seconds"), QStringLiteral("leads/s"),
        QStringLiteral("peak RSS MB"));
    printRow(QStringLiteral("generate CSV + JSON (not counted)"), QString::number(count),
        QString::number(csvSeconds + jsonSeconds, 'f', 1), rate(count, csvSeconds + jsonSeconds),
        QString::number(generatorRss, 'f', 1));
    for (const PhaseResult* r : { &csv, &json, &sqlite }) {
        if (!r->ok) {
            printRow(r->name, QStringLiteral("failed"), QString(), QString(), QString());
            continue;
        }
        printRow(r->name, QString::number(r->leads), QString::number(r->seconds, 'f', 1), rate(r->leads, r->seconds),
            QString::number(r->rssMb, 'f', 1));
    }
    out() << Qt::endl;
    if (sqlite.ok)
        out() << "SQLite-only phase: " << QString::number(sqlite.seconds, 'f', 1) << " s in SQLite calls (bind, step, "
              << "reset, BEGIN/COMMIT) of " << QString::number(sqlite.wallSeconds, 'f', 1)
              << " s wall; the rest is SamCsvReader and UTF-8 conversion." << Qt::endl;
    for (const PhaseResult* r : { &csv, &json, &sqlite })
        if (r->ok && r->errors > 0)
            out() << r->name << ": " << r->errors << " record errors" << Qt::endl;
    if (csv.ok && sqlite.ok && csv.seconds > 0 && sqlite.seconds > 0) {
        const double ratio = (double(csv.leads) / csv.seconds) / (double(sqlite.leads) / sqlite.seconds);
        out() << "CSV import / SQLite-only limit: " << QString::number(ratio, 'f', 2) << " ("
              << QString::number(ratio * 100.0, 'f', 0) << "% of the limit)" << Qt::endl;
    }
    if (json.ok && sqlite.ok && json.seconds > 0 && sqlite.seconds > 0) {
        const double ratio = (double(json.leads) / json.seconds) / (double(sqlite.leads) / sqlite.seconds);
        out() << "JSON import / SQLite-only limit: " << QString::number(ratio, 'f', 2) << Qt::endl;
    }
    out() << "cache sizes: CSV import "
          << megabytes(QFileInfo(work.filePath(QStringLiteral("csv-import.sqlite"))).size()) << ", JSON import "
          << megabytes(QFileInfo(work.filePath(QStringLiteral("json-import.sqlite"))).size()) << ", SQLite-only "
          << megabytes(QFileInfo(work.filePath(QStringLiteral("sqlite-only.sqlite"))).size()) << " (inputs: CSV "
          << megabytes(csvWritten.bytes) << ", pages " << megabytes(directorySize(pagesPath(work))) << ")" << Qt::endl;
    if (keep || !workDirOption.isEmpty())
        out() << "kept " << work.path() << Qt::endl;
    else
        out() << "removing " << work.path() << " (use --keep to keep it)" << Qt::endl;
    return csv.ok && json.ok && sqlite.ok ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads-import-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates N leads as a SAM.gov bulk CSV and as Get Opportunities pages, then times (a) LeadImporter on "
        "the CSV, (b) LeadImporter on the pages, (c) plain SQLite INSERTs of the same rows (the limit), each in a "
        "child process with its peak RSS."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Leads (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption workOption(QStringLiteral("work-dir"),
        QStringLiteral("Directory for inputs and caches (default: a temporary one)."), QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the temporary directory."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption phaseOption(QStringLiteral("phase"),
        QStringLiteral("Internal: run one phase (csv, json, sqlite) in --work-dir."), QStringLiteral("phase"));
    parser.addOptions({ countOption, workOption, keepOption, seedOption, phaseOption });
    parser.process(app);

    if (parser.isSet(phaseOption)) {
        const QString phase = parser.value(phaseOption);
        if (!parser.isSet(workOption)) {
            err() << "--phase needs --work-dir" << Qt::endl;
            return 2;
        }
        const QDir work(parser.value(workOption));
        if (phase == QLatin1String("csv"))
            return phaseCsv(work);
        if (phase == QLatin1String("json"))
            return phaseJson(work);
        if (phase == QLatin1String("sqlite"))
            return phaseSqlite(work);
        err() << "unknown phase " << phase << Qt::endl;
        return 2;
    }

    bool ok = false;
    const qint64 count = parser.value(countOption).toLongLong(&ok);
    if (!ok || count < 1) {
        err() << "--count takes a number >= 1" << Qt::endl;
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        err() << "--seed takes an unsigned number" << Qt::endl;
        return 2;
    }
    return runParent(count, parser.value(workOption), parser.isSet(keepOption), seed);
}
