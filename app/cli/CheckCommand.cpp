#include "CliCommands.h"

#include "CacheGuard.h"
#include "PgLeadStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Cli {

namespace {

QString verdictName(CacheGuard::Verdict verdict)
{
    switch (verdict) {
    case CacheGuard::Verdict::Missing: return QStringLiteral("missing");
    case CacheGuard::Verdict::Healthy: return QStringLiteral("healthy");
    case CacheGuard::Verdict::Damaged: return QStringLiteral("damaged");
    case CacheGuard::Verdict::NotSqlite: return QStringLiteral("not_sqlite");
    case CacheGuard::Verdict::Foreign: return QStringLiteral("foreign");
    case CacheGuard::Verdict::Newer: return QStringLiteral("newer");
    case CacheGuard::Verdict::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

// On a team server: the store's own check (PgLeadStore::check()), as the login may run it.
int checkTeamServer(const Invocation& invocation, const QString& location, bool thorough, const QString& format)
{
    QElapsedTimer timer;
    timer.start();
    auto store = PgLeadStore::open(location);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    const auto report = (*store)->check(thorough);
    if (!report)
        return failure(invocation.subcommand, report.errorMessage());
    const double seconds = double(timer.elapsed()) / 1000.0;
    const bool healthy = report->problem.isEmpty();
    const QString check = thorough ? QStringLiteral("team_server_thorough") : QStringLiteral("team_server");
    if (format == QLatin1String("json")) {
        const QJsonObject o{
            {QStringLiteral("db"), (*store)->path()},
            {QStringLiteral("check"), check},
            {QStringLiteral("verdict"), healthy ? QStringLiteral("healthy") : QStringLiteral("damaged")},
            {QStringLiteral("healthy"), healthy},
            {QStringLiteral("reason"), healthy ? QJsonValue() : QJsonValue(report->problem)},
            {QStringLiteral("file_bytes"), report->databaseBytes},
            {QStringLiteral("seconds"), seconds},
        };
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    if (!healthy)
        return failure(invocation.subcommand, report->problem);
    if (format == QLatin1String("text")) {
        const QLocale locale;
        const QString text = thorough
            ? Messages::tr("The team server %1 is healthy: every table read with every stored record, and the "
                           "statistics' kept counts match its %2 leads (%3 s).\n")
            : Messages::tr("The team server %1 is healthy: every table read, and the statistics' kept counts match "
                           "its %2 leads (%3 s).\n");
        printOut(text.arg((*store)->path(), locale.toString(report->leads), locale.toString(seconds, 'f', 1)).toUtf8());
    }
    return kExitOk;
}

} // namespace

// The full check on demand. Read-only, so it is safe while the window has the cache open:
// a cache found unusable is left where it is, and the marker it leaves makes the next start
// (the window or any command) move it aside and restore the analyst's data, as at any start.
int runCheck(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("thorough"),
        Messages::tr("Run PRAGMA integrity_check, which also compares every index with its table (slower), "
                     "instead of PRAGMA quick_check.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"), Messages::tr("text (the default) or json."), Messages::tr("FORMAT")));
    if (int code = parse(parser, invocation,
            Messages::tr("Checks the whole cache file for damage, without changing it.\n"
                         "Exit status 0: healthy; 1: damaged or not checked (the reason on stderr)."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(invocation.subcommand,
            Messages::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString format = chosenFormat(parser, invocation, { QStringLiteral("text"), QStringLiteral("json") });
    if (format.isEmpty())
        return kExitUsage;
    const bool thorough = parser.isSet(QStringLiteral("thorough"));

    const QString path = LeadStore::location(invocation.dbPath);
    if (PgLeadStore::isTeamServer(path))
        return checkTeamServer(invocation, path, thorough, format);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return failure(invocation.subcommand, Messages::tr("there is no cache at %1").arg(shown));

    QElapsedTimer timer;
    timer.start();
    const CacheGuard::CheckReport report
        = CacheGuard::inspect(path, thorough ? CacheGuard::Depth::Thorough : CacheGuard::Depth::Full);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (report.verdict == CacheGuard::Verdict::Missing)
        return failure(invocation.subcommand, Messages::tr("there is no cache at %1").arg(shown));
    const bool healthy = report.verdict == CacheGuard::Verdict::Healthy;
    const qint64 bytes = QFileInfo(path).size();
    const QString pragma = thorough ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");

    if (format == QLatin1String("json")) {
        const QJsonObject o{
            {QStringLiteral("db"), path},
            {QStringLiteral("check"), pragma},
            {QStringLiteral("verdict"), verdictName(report.verdict)},
            {QStringLiteral("healthy"), healthy},
            {QStringLiteral("reason"), report.reason.isEmpty() ? QJsonValue() : QJsonValue(report.reason)},
            {QStringLiteral("file_bytes"), bytes},
            {QStringLiteral("seconds"), seconds},
        };
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    if (healthy) {
        if (format == QLatin1String("text")) {
            const QLocale locale;
            printOut(Messages::tr("The cache %1 is healthy: PRAGMA %2 found no problem in its %3 MB (%4 s).\n")
                         .arg(shown, pragma, locale.toString(double(bytes) / 1e6, 'f', 1),
                              locale.toString(seconds, 'f', 1))
                         .toUtf8());
        }
        return kExitOk;
    }
    if (report.verdict == CacheGuard::Verdict::Unreadable)
        return failure(invocation.subcommand, report.message);
    return failure(invocation.subcommand,
        report.message + u' '
            + Messages::tr("It was left in place, unchanged. The next start of Trade Leads (the window or any "
                           "command) moves it aside, unchanged, and creates a new cache with your saved searches "
                           "and tracking from the backup of the last clean exit."));
}

} // namespace Cli
