#include "CliCommands.h"

#include "Clock.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Cli {

int runStats(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Messages::tr("Print JSON.")));
    if (int code = parse(parser, invocation, Messages::tr("Shows what the cache holds.")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(invocation.subcommand,
            Messages::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    auto stats = (*store)->stats(Clock::today());
    if (!stats)
        return failure(invocation.subcommand, stats.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject bySource;
        for (const auto& [source, count] : stats->bySource)
            bySource.insert(source, count);
        QJsonObject o{
            {QStringLiteral("db"), (*store)->path()},
            {QStringLiteral("schema_version"), (*store)->schemaVersion()},
            {QStringLiteral("leads"), stats->leads},
            {QStringLiteral("open"), stats->open},
            {QStringLiteral("amended"), stats->amended},
            {QStringLiteral("starred"), stats->starred},
            {QStringLiteral("saved_searches"), stats->savedSearches},
            {QStringLiteral("by_source"), bySource},
            {QStringLiteral("last_sync_at"), stats->lastSyncAt.isEmpty() ? QJsonValue() : QJsonValue(stats->lastSyncAt)},
            {QStringLiteral("file_bytes"), stats->fileBytes},
            {QStringLiteral("sample_data"), stats->sampleData},
        };
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    // Counts and sizes as the system's locale writes them: this text is for people, --json for scripts.
    const QLocale locale;
    QString text = Messages::tr("Cache:          %1\n").arg((*store)->path());
    text += Messages::tr("Leads:          %1 (%2 open, %3 amended, %4 starred)\n")
                .arg(locale.toString(stats->leads), locale.toString(stats->open), locale.toString(stats->amended),
                    locale.toString(stats->starred));
    for (const auto& [source, count] : stats->bySource)
        text += QStringLiteral("  %1 %2\n").arg(source.leftJustified(14), locale.toString(count));
    text += Messages::tr("Saved searches: %1\n").arg(locale.toString(stats->savedSearches));
    text += Messages::tr("Last sync:      %1\n")
                .arg(stats->lastSyncAt.isEmpty() ? Messages::tr("never") : stats->lastSyncAt);
    text += Messages::tr("File size:      %1 MB\n").arg(locale.toString(double(stats->fileBytes) / 1e6, 'f', 1));
    if (stats->sampleData)
        text += Messages::tr("Holds the bundled sample data.\n");
    printOut(text.toUtf8());
    return kExitOk;
}

} // namespace Cli
