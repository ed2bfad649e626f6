#include "Cli.h"
#include "CliCommands.h"

#include "AttachmentFetcher.h"
#include "Clock.h"
#include "FilterFlags.h"
#include "LeadStore.h"
#include "RequestQuota.h"
#include "SourceSettings.h"
#include "SyncManager.h"

#include <QCommandLineParser>
#include <QDate>
#include <QNetworkAccessManager>

#include <cstdio>

namespace Cli {

namespace {

QString reportLine(const SourceReport& report)
{
    QString line = QStringLiteral("%1: %2").arg(report.source, outcomeName(report.outcome));
    line += Messages::tr(", %n page(s)", nullptr, int(report.pages));
    line += Messages::tr(", %1 records (%2 new, %3 updated, %4 unchanged)")
                .arg(report.records)
                .arg(report.inserted)
                .arg(report.updated)
                .arg(report.unchanged);
    if (report.skipped > 0)
        line += Messages::tr(", %1 skipped").arg(report.skipped);
    if (!report.message.isEmpty())
        line += QStringLiteral(": ") + report.message;
    return line;
}

} // namespace

int runSync(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("source"),
        Messages::tr("Source to sync, repeatable: %1, or all (the default: every source "
                     "whose key or URL is configured).")
            .arg(SourceSettings::syncSourceKeys().join(QStringLiteral(", "))),
        Messages::tr("KEY")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("posted-from"), Messages::tr("SAM.gov: first posted date, YYYY-MM-DD."), Messages::tr("DATE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("posted-to"), Messages::tr("SAM.gov: last posted date, YYYY-MM-DD."), Messages::tr("DATE")));
    if (int code
        = parse(parser, invocation, Messages::tr("Fetches new and changed leads from the APIs into the cache."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(invocation.subcommand,
            Messages::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    SyncConfig config = SyncConfig::fromEnvironment();
    for (const char* name : {"posted-from", "posted-to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const QDate date = QDate::fromString(parser.value(option), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return usage(invocation.subcommand,
                Messages::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(option, parser.value(option)));
        (option == QLatin1String("posted-from") ? config.postedFrom : config.postedTo) = date;
    }
    if (config.postedFrom.isValid() && config.postedTo.isValid() && config.postedFrom > config.postedTo)
        return usage(invocation.subcommand, Messages::tr("--posted-from is after --posted-to"));

    QStringList sources;
    const QStringList known = SourceSettings::syncSourceKeys();
    for (const QString& value : splitValues(parser.values(QStringLiteral("source")))) {
        const QString key = value.toLower();
        if (key == QLatin1String("all")) {
            sources += SourceSettings::configuredSources();
        } else if (known.contains(key)) {
            sources.append(key);
        } else {
            return usage(invocation.subcommand,
                Messages::tr("unknown source \"%1\": use %2 or all").arg(value, known.join(QStringLiteral(", "))));
        }
    }
    if (!parser.isSet(QStringLiteral("source")))
        sources = SourceSettings::configuredSources();
    sources.removeDuplicates();
    if (sources.isEmpty())
        return failure(invocation.subcommand,
            Messages::tr("nothing to sync: set TRADELEADS_SAM_API_KEY or TRADELEADS_ITA_API_KEY (or keys in "
                         "Settings), or name --source sam-csv for the public bulk file"));

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());

    if (sources.contains(QLatin1String("sam")) && !config.samApiKey.isEmpty()) {
        const RequestQuota quota(config.samApiKey, config.samDailyQuota);
        printErr(Messages::tr("SAM.gov quota: %1 of %2 requests left today").arg(quota.remaining()).arg(quota.limit()));
    }

    SyncManager manager((*store)->path(), config);
    ProgressBar bar(QStringLiteral("sync"));
    int exitCode = kExitOk;
    QObject::connect(&manager, &SyncManager::progress, &manager, [&bar](const SyncProgress& progress) {
        if (progress.indexing)
            bar.say(Messages::tr("%1: %n lead(s) stored; indexing the cache…", nullptr, int(progress.records))
                        .arg(progress.source));
        else if (progress.bytesTotal > 0)
            bar.update(progress.bytes, progress.bytesTotal, progress.records);
        else
            bar.update(progress.records, progress.recordsEstimated, progress.records);
    });
    QObject::connect(&manager, &SyncManager::sourceFinished, &manager, [&](const SourceReport& report) {
        bar.finish();
        printOut((reportLine(report) + u'\n').toUtf8());
        std::fflush(stdout);
        if (report.outcome != SyncOutcome::Ok) {
            printErr(QStringLiteral("tradeleads sync: %1: %2")
                         .arg(report.source, report.message.isEmpty() ? outcomeName(report.outcome) : report.message));
            exitCode = kExitFailure;
        }
    });
    QObject::connect(&manager, &SyncManager::finished, &manager, [] { QCoreApplication::quit(); });
    const QString startedAt = Clock::nowUtcText();
    QMetaObject::invokeMethod(&manager, [&] { manager.start(sources); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    printTrackedAwards(**store, startedAt);

    // Settings: the attachments of starred leads, once their leads are in.
    const AttachmentSettings attachmentSettings = AttachmentSettings::fromSettings();
    if (attachmentSettings.fetchStarredAfterSync) {
        auto starred = (*store)->attachmentsOfStarredLeads();
        if (!starred) {
            printErr(starred.errorMessage());
            return kExitFailure;
        }
        if (!starred->isEmpty()) {
            QNetworkAccessManager network;
            AttachmentFetcher fetcher(network, config, (*store)->path(), attachmentSettings);
            const int failed = downloadAttachments(**store, fetcher, *starred);
            printOut(Messages::tr("attachments of starred leads: %1 downloaded, %2 failed\n")
                         .arg(starred->size() - failed)
                         .arg(failed)
                         .toUtf8());
        }
    }
    return exitCode;
}

int runSyncProgram(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (invocation.usageError)
        return usage(invocation.subcommand, *invocation.usageError);
    if (invocation.subcommand == QLatin1String("attachments"))
        return runAttachments(invocation);
    return runSync(invocation);
}

} // namespace Cli
