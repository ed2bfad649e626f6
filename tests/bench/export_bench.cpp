// tradeleads-export-bench: how long LeadExport takes to write N leads to XLSX and CSV, and how
// much memory it needs. The goal: a million leads to XLSX in under 60 s and 300 MB.
//
// The cache is filled once through the real import path (LeadGen writes a SAM.gov bulk CSV,
// LeadImporter reads it). Each export then runs in a child process (this binary re-executed
// with --phase) so that the peak RSS it reports is the export's own. Not a CTest test.
#include "BenchOutput.h"
#include "LeadExport.h"
#include "LeadFilter.h"
#include "LeadGenerator.h"
#include "LeadImporter.h"
#include "LeadStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>


#include <algorithm>
#include <memory>
#include <optional>

namespace {

QString cachePath(const QDir& work)
{
    return work.filePath(QStringLiteral("export-bench.sqlite"));
}

QString outputPath(const QDir& work, const QString& format, qint64 count)
{
    return work.filePath(QStringLiteral("export-%1.%2").arg(count).arg(format));
}

int fail(const QString& phase, const QString& message)
{
    err() << "phase " << phase << ": " << message << Qt::endl;
    return 1;
}

// The line a phase prints for the parent: RESULT phase format rows seconds rssMb bytes
void printResult(const QString& phase, const QString& format, qint64 rows, double seconds, qint64 bytes)
{
    out() << "RESULT " << phase << ' ' << format << ' ' << rows << ' ' << QString::number(seconds, 'f', 3) << ' '
          << QString::number(peakRssMb(), 'f', 1) << ' ' << bytes << Qt::endl;
}

// Fills the cache: N generated SAM.gov bulk CSV rows through LeadImporter.
int phaseImport(const QDir& work, qint64 count, quint64 seed)
{
    const QString phase = QStringLiteral("import");
    const QString csv = work.filePath(QStringLiteral("export-bench-input.csv"));
    QElapsedTimer timer;
    timer.start();
    LeadGen::WriteRequest request;
    request.format = LeadGen::Format::SamCsv;
    request.count = count;
    request.out = csv;
    const LeadGen::WriteResult generated = LeadGen::write(LeadGen::LeadGenerator(seed), request);
    if (!generated.ok())
        return fail(phase, generated.error);
    err() << "  generated " << count << " leads as CSV (" << generated.bytes / 1048576 << " MB) in "
          << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 1) << " s" << Qt::endl;

    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath(work) + suffix);
    auto store = LeadStore::open(cachePath(work));
    if (!store)
        return fail(phase, store.errorMessage());
    LeadImporter importer(**store);
    auto lastStep = std::make_shared<qint64>(-1);
    importer.setProgress([lastStep](qint64 done, qint64 total, qint64 records) {
        const qint64 step = total > 0 ? done * 10 / total : 0;
        if (step != *lastStep) {
            *lastStep = step;
            err() << "  [import] " << step * 10 << "% (" << records << " leads)" << Qt::endl;
        }
    });
    timer.restart();
    auto summary = importer.importFile(csv, ImportFormat::SamCsv);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(csv);
    if (!summary)
        return fail(phase, summary.errorMessage());
    printResult(phase, QStringLiteral("-"), summary->inserted + summary->updated + summary->unchanged, seconds,
                QFileInfo(cachePath(work)).size());
    return 0;
}

// One export of the first N leads in the default order (deadline), or with format "read"
// only the chunked read from the store, to show what the writers add to it.
int phaseExport(const QDir& work, const QString& format, qint64 count, const QStringList& columns)
{
    const QString phase = QStringLiteral("export");
    auto store = LeadStore::open(cachePath(work));
    if (!store)
        return fail(phase, store.errorMessage());
    const QString path = outputPath(work, format, count);
    QElapsedTimer timer;
    auto lastStep = std::make_shared<qint64>(-1);
    // The seconds on each line show how long the rows take and how long finishing the file
    // (for XLSX: libxlsxwriter assembling and compressing it) takes after the last one.
    LeadExport::Progress progress = [lastStep, format, &timer](qint64 done, qint64 total) {
        const qint64 step = total > 0 ? done * 10 / total : 0;
        if (step != *lastStep) {
            *lastStep = step;
            err() << "  [" << format << "] " << step * 10 << "% (" << done << " leads) at "
                  << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 1) << " s" << Qt::endl;
        }
        return true;
    };

    timer.start();
    if (format == QLatin1String("read")) {
        auto ids = (*store)->ids(LeadFilter(), QDate(2026, 1, 1), int(count));
        if (!ids)
            return fail(phase, ids.errorMessage());
        qint64 rows = 0;
        for (qsizetype start = 0; start < ids->size(); start += 2000) {
            auto chunk = (*store)->leadsByIds(ids->mid(start, 2000));
            if (!chunk)
                return fail(phase, chunk.errorMessage());
            rows += chunk->size();
            progress(start + chunk->size(), ids->size());
        }
        printResult(phase, format, rows, double(timer.nsecsElapsed()) / 1e9, 0);
        return 0;
    }

    const auto exportFormat = LeadExport::formatFromName(format);
    if (!exportFormat)
        return fail(phase, QStringLiteral("unknown format %1").arg(format));
    LeadExport::Options options;
    options.format = *exportFormat;
    options.progress = progress;
    options.columns = columns;
    auto written = LeadExport::write(**store, LeadFilter(), QDate(2026, 1, 1), int(count), path, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!written)
        return fail(phase, written.errorMessage());
    printResult(phase, format, *written, seconds, QFileInfo(path).size());
    return 0;
}

struct PhaseResult
{
    QString label;
    qint64 rows = 0;
    double seconds = 0;
    double rssMb = 0;
    qint64 bytes = 0;
    bool ok = false;
};

PhaseResult runChild(const QString& label, const QStringList& arguments)
{
    PhaseResult result;
    result.label = label;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(-1) || !child.waitForFinished(-1)) {
        err() << label << ": " << child.errorString() << Qt::endl;
        return result;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 7 && f[0] == "RESULT") {
            result.rows = f[3].toLongLong();
            result.seconds = f[4].toDouble();
            result.rssMb = f[5].toDouble();
            result.bytes = f[6].toLongLong();
            result.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        }
    }
    return result;
}

void printRow(const QString& phase, const QString& rows, const QString& seconds, const QString& perSecond,
              const QString& rss, const QString& size)
{
    out() << phase.leftJustified(30) << rows.rightJustified(10) << seconds.rightJustified(10)
          << perSecond.rightJustified(12) << rss.rightJustified(14) << size.rightJustified(12) << Qt::endl;
}

qint64 leadsInCache(const QDir& work)
{
    if (!QFile::exists(cachePath(work)))
        return 0;
    auto store = LeadStore::open(cachePath(work));
    if (!store)
        return 0;
    auto count = (*store)->count(LeadFilter(), QDate(2026, 1, 1));
    return count ? *count : 0;
}

int runParent(const QList<qint64>& counts, const QStringList& formats, const QString& workDirOption, bool keep,
              quint64 seed, const QString& columnsChoice)
{
    std::optional<QTemporaryDir> temporary;
    QDir work;
    if (workDirOption.isEmpty()) {
        temporary.emplace(QDir::temp().filePath(QStringLiteral("tradeleads-export-bench-XXXXXX")));
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
    const qint64 needed = *std::max_element(counts.cbegin(), counts.cend());
    out() << "Trade Leads export benchmark: " << needed << " leads in the cache, work dir " << work.path() << Qt::endl;

    QList<PhaseResult> results;
    const qint64 cached = leadsInCache(work);
    if (cached >= needed) {
        out() << "reusing the cache with " << cached << " leads" << Qt::endl;
    } else {
        PhaseResult import = runChild(QStringLiteral("fill cache (LeadImporter)"),
                                      {QStringLiteral("--phase"), QStringLiteral("import"), QStringLiteral("--work-dir"),
                                       work.path(), QStringLiteral("--counts"), QString::number(needed),
                                       QStringLiteral("--seed"), QString::number(seed)});
        results.append(import);
        if (!import.ok)
            return 1;
    }

    bool allOk = true;
    for (qint64 count : counts) {
        for (const QString& format : formats) {
            PhaseResult result = runChild(
                QStringLiteral("%1 %2").arg(format).arg(count),
                {QStringLiteral("--phase"), QStringLiteral("export"), QStringLiteral("--work-dir"), work.path(),
                 QStringLiteral("--counts"), QString::number(count), QStringLiteral("--formats"), format,
                 QStringLiteral("--columns"), columnsChoice});
            allOk = allOk && result.ok;
            results.append(result);
            if (!keep)
                QFile::remove(outputPath(work, format, count));
        }
    }

    out() << Qt::endl;
    printRow(QStringLiteral("phase"), QStringLiteral("leads"), QStringLiteral("seconds"), QStringLiteral("leads/s"),
             QStringLiteral("peak RSS MB"), QStringLiteral("file MB"));
    for (const PhaseResult& r : std::as_const(results)) {
        if (!r.ok) {
            printRow(r.label, QStringLiteral("failed"), QString(), QString(), QString(), QString());
            continue;
        }
        printRow(r.label, QString::number(r.rows), QString::number(r.seconds, 'f', 1),
                 r.seconds > 0 ? QString::number(qint64(double(r.rows) / r.seconds)) : QStringLiteral("-"),
                 QString::number(r.rssMb, 'f', 1), QString::number(double(r.bytes) / 1048576.0, 'f', 1));
    }
    for (const PhaseResult& r : std::as_const(results)) {
        if (r.ok && r.label.startsWith(QLatin1String("xlsx ")) && r.rows >= 1000000)
            out() << Qt::endl
                  << "goal for " << r.rows << " leads to XLSX (< 60 s, < 300 MB): "
                  << (r.seconds < 60 && r.rssMb < 300 ? "met" : "NOT met") << Qt::endl;
    }
    if (keep || !workDirOption.isEmpty())
        out() << "kept " << work.path() << Qt::endl;
    return allOk ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads-export-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills a cache with generated leads through LeadImporter (once; a --work-dir cache that holds enough "
        "leads is reused), then exports the first N of them with LeadExport to each format, each export in a "
        "child process that reports its time and peak RSS. Format \"read\" is the chunked read alone."));
    parser.addHelpOption();
    const QCommandLineOption countsOption(QStringLiteral("counts"),
                                          QStringLiteral("Leads per export, comma-separated (default 100000,1000000)."),
                                          QStringLiteral("N,..."), QStringLiteral("100000,1000000"));
    const QCommandLineOption formatsOption(QStringLiteral("formats"),
                                           QStringLiteral("Formats, comma-separated: xlsx, csv, ics, read "
                                                          "(default read,xlsx,csv)."),
                                           QStringLiteral("F,..."), QStringLiteral("read,xlsx,csv"));
    const QCommandLineOption workOption(QStringLiteral("work-dir"),
                                        QStringLiteral("Directory for the cache and the files (default: a temporary "
                                                       "one, removed afterwards)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the exported files."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption phaseOption(QStringLiteral("phase"),
                                         QStringLiteral("Internal: run one phase (import, export) in --work-dir."),
                                         QStringLiteral("phase"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        QStringLiteral("Columns exported: \"table\" (the window's default columns, what Ctrl+E exports of a "
                       "fresh window; default), \"all\", or a comma-separated list of canonical names."),
        QStringLiteral("C"), QStringLiteral("table"));
    parser.addOptions({countsOption, formatsOption, workOption, keepOption, seedOption, phaseOption, columnsOption});
    parser.process(app);
    const QString columnsChoice = parser.value(columnsOption);
    QStringList columns;
    if (columnsChoice == QLatin1String("table"))
        columns = {QStringLiteral("deadline_at"),    QStringLiteral("title"),      QStringLiteral("source"),
                   QStringLiteral("country"),        QStringLiteral("agency"),     QStringLiteral("notice_type"),
                   QStringLiteral("posted_at"),      QStringLiteral("set_aside_code"), QStringLiteral("naics_code"),
                   QStringLiteral("value_max"),      QStringLiteral("starred"),    QStringLiteral("status")};
    else if (columnsChoice != QLatin1String("all"))
        columns = columnsChoice.split(u',', Qt::SkipEmptyParts);

    QList<qint64> counts;
    for (const QString& text : parser.value(countsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 count = text.trimmed().toLongLong(&ok);
        if (!ok || count < 1 || count > 1048575) {
            err() << "--counts takes numbers from 1 to 1048575 (the rows of a worksheet)" << Qt::endl;
            return 2;
        }
        counts.append(count);
    }
    const QStringList formats = parser.value(formatsOption).split(u',', Qt::SkipEmptyParts);
    bool ok = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (counts.isEmpty() || formats.isEmpty() || !ok) {
        err() << "--counts, --formats and --seed need values" << Qt::endl;
        return 2;
    }

    if (parser.isSet(phaseOption)) {
        if (!parser.isSet(workOption)) {
            err() << "--phase needs --work-dir" << Qt::endl;
            return 2;
        }
        const QDir work(parser.value(workOption));
        const QString phase = parser.value(phaseOption);
        if (phase == QLatin1String("import"))
            return phaseImport(work, counts.constFirst(), seed);
        if (phase == QLatin1String("export"))
            return phaseExport(work, formats.constFirst(), counts.constFirst(), columns);
        err() << "unknown phase " << phase << Qt::endl;
        return 2;
    }
    return runParent(counts, formats, parser.value(workOption), parser.isSet(keepOption), seed, columnsChoice);
}
