#include "CliCommands.h"

#include "Clock.h"
#include "LeadImporter.h"
#include "LeadStore.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Cli {

int runImport(const Invocation& invocation)
{
    const QString formats = importFormatNames().join(QStringLiteral(", "));
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"), Messages::tr("One of: %1.").arg(formats), Messages::tr("FORMAT")));
    parser.addPositionalArgument(QStringLiteral("FILE"), Messages::tr("Files to import."), Messages::tr("FILE..."));
    if (int code = parse(parser, invocation, Messages::tr("Imports SAM.gov or ITA files into the cache.")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("format")))
        return usage(invocation.subcommand, Messages::tr("--format is required: one of %1").arg(formats));
    const auto format = importFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return usage(invocation.subcommand,
            Messages::tr("unknown format \"%1\": use one of %2").arg(parser.value(QStringLiteral("format")), formats));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(invocation.subcommand, Messages::tr("name at least one file to import"));

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    LeadImporter importer(**store);
    int exitCode = kExitOk;
    const QString startedAt = Clock::nowUtcText();
    for (const QString& file : files) {
        ProgressBar bar(QFileInfo(file).fileName());
        importer.setProgress([&bar](qint64 done, qint64 total, qint64 records) { bar.update(done, total, records); });
        importer.setIndexingStarted(
            [&bar](qint64 records) { bar.say(Messages::tr("%n lead(s) read; indexing the cache…", nullptr, int(records))); });
        auto summary = importer.importFile(file, *format);
        bar.finish();
        if (!summary) {
            printErr(QStringLiteral("tradeleads import: %1").arg(summary.errorMessage()));
            exitCode = kExitFailure;
            continue;
        }
        qint64 listedSkips = 0;
        for (const RecordError& error : summary->errors) {
            listedSkips += error.recordKept ? 0 : 1;
            printErr(error.recordKept ? Messages::tr("tradeleads import: %1: %2").arg(file, error.message())
                                      : Messages::tr("tradeleads import: %1: skipped %2").arg(file, error.message()));
        }
        if (const qint64 unlisted = summary->errorCount - listedSkips; unlisted > 0)
            printErr(Messages::tr("tradeleads import: %1: %2 more records skipped").arg(file).arg(unlisted));
        const qint64 listedNotes = summary->errors.size() - listedSkips;
        if (const qint64 unlisted = summary->noteCount - listedNotes; unlisted > 0)
            printErr(Messages::tr("tradeleads import: %1: %2 more records stored with fields left out")
                         .arg(file)
                         .arg(unlisted));
        printOut(Messages::tr("%1: %2 new, %3 updated, %4 unchanged, %5 skipped\n")
                     .arg(file)
                     .arg(summary->inserted)
                     .arg(summary->updated)
                     .arg(summary->unchanged)
                     .arg(summary->errorCount)
                     .toUtf8());
    }
    printTrackedAwards(**store, startedAt);
    return exitCode;
}

} // namespace Cli
