#include "Cli.h"

#include "CacheGuard.h"

#include "Clock.h"
#include "LeadExport.h"
#include "LeadFilter.h"
#include "LeadFormat.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "RequestQuota.h"
#include "SourceSettings.h"
#include "SyncManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const QStringList kSubcommands = {QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("search"),
                                  QStringLiteral("saved"), QStringLiteral("stats")};

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printErr(const QString& line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

// A one-line progress bar, drawn only when a person watches the terminal.
class ProgressBar
{
public:
    explicit ProgressBar(QString label) : m_label(std::move(label)), m_enabled(stderrIsTerminal()) {}
    ~ProgressBar() { finish(); }

    void update(qint64 done, qint64 total, qint64 records)
    {
        if (!m_enabled)
            return;
        QString line;
        if (total > 0) {
            const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
            const int filled = percent * 30 / 100;
            line = QStringLiteral("\r%1 [%2%3] %4% %5 leads")
                       .arg(m_label, QString(filled, u'#'), QString(30 - filled, u' '))
                       .arg(percent)
                       .arg(records);
        } else {
            line = QStringLiteral("\r%1 %2 leads").arg(m_label).arg(records);
        }
        const QByteArray bytes = line.toLocal8Bit();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
        m_drawn = true;
    }

    void finish()
    {
        if (m_drawn) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
            m_drawn = false;
        }
    }

private:
    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
};

struct Invocation
{
    QString dbPath;
    QString subcommand;
    QStringList arguments; // program name, then the subcommand's own arguments
    std::optional<QString> usageError;
};

// `--db PATH` may stand before or after the subcommand.
Invocation split(const QStringList& all)
{
    Invocation invocation;
    invocation.arguments.append(all.value(0, QStringLiteral("tradeleads")));
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString& argument = all[i];
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= all.size()) {
                invocation.usageError = Messages::tr("--db needs a file path");
                return invocation;
            }
            invocation.dbPath = all[++i];
            continue;
        }
        if (argument.startsWith(QLatin1String("--db="))) {
            invocation.dbPath = argument.mid(5);
            continue;
        }
        if (invocation.subcommand.isEmpty() && kSubcommands.contains(argument)) {
            invocation.subcommand = argument;
            continue;
        }
        invocation.arguments.append(argument);
    }
    return invocation;
}

QString resolveDbPath(const QString& fromFlag)
{
    if (!fromFlag.isEmpty())
        return fromFlag;
    const QString fromEnvironment = qEnvironmentVariable("TRADELEADS_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return LeadStore::defaultPath();
}

Result<std::unique_ptr<LeadStore>> openStore(const Invocation& invocation)
{
    // Checked first: a damaged cache is moved aside (and the analyst's data restored) with a
    // notice on stderr, as the window does.
    auto opened = CacheGuard::openChecked(resolveDbPath(invocation.dbPath));
    if (!opened)
        return opened.error();
    if (!opened->notice.isEmpty())
        printErr(QStringLiteral("tradeleads: %1").arg(opened->notice));
    return std::move(opened->store);
}

int usage(const QString& subcommand, const QString& message)
{
    const QString program
        = subcommand.isEmpty() ? QStringLiteral("tradeleads") : QStringLiteral("tradeleads ") + subcommand;
    printErr(Messages::tr("%1: %2 (see '%1 --help')").arg(program, message));
    return kExitUsage;
}

int failure(const QString& subcommand, const QString& message)
{
    printErr(QStringLiteral("tradeleads %1: %2").arg(subcommand, message));
    return kExitFailure;
}

// --db and --help, which every subcommand takes.
void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"), Messages::tr("The cache file (also TRADELEADS_DB)."), Messages::tr("PATH")));
    parser.addOption(
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, Messages::tr("Show this help.")));
}

// Parses; on --help prints help and returns 0, on bad usage returns 2, else -1 to go on.
int parse(QCommandLineParser& parser, const Invocation& invocation, const QString& synopsis)
{
    parser.setApplicationDescription(synopsis);
    addCommonOptions(parser);
    if (!parser.parse(invocation.arguments))
        return usage(invocation.subcommand, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the program as it was started; it reads "tradeleads search" instead.
        // Only the first occurrence: "Usage: " itself may be in Qt's translation of the system's language.
        QString help = parser.helpText();
        const QString program = invocation.arguments.first();
        if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty())
            help.replace(at, program.size(), QStringLiteral("tradeleads ") + invocation.subcommand);
        printOut(help.toLocal8Bit());
        return kExitOk;
    }
    return -1;
}

void addFilterOptions(QCommandLineParser& parser)
{
    auto repeatable = [&](const char* name, const QString& help, const QString& value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help + Messages::tr(" Repeatable."), value));
    };
    repeatable("source",
        Messages::tr("Source key: sam, ita-state, ita-canada, ita-uk, ita-fbo, ... (ita-leads: all ITA leads)."),
        Messages::tr("KEY"));
    repeatable("country", Messages::tr("Country, ISO 3166 code or name."), Messages::tr("CODE"));
    repeatable("industry", Messages::tr("Industry (matches part of the name)."), Messages::tr("TEXT"));
    repeatable("naics", Messages::tr("NAICS code prefix."), Messages::tr("PREFIX"));
    repeatable("set-aside", Messages::tr("Set-aside code, e.g. SBA, 8A, SDVOSBC."), Messages::tr("CODE"));
    repeatable("type", Messages::tr("Notice type, e.g. Presolicitation."), Messages::tr("TYPE"));
    for (const char* name : {"posted-from", "posted-to", "due-from", "due-to"})
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(name), Messages::tr("A date, YYYY-MM-DD."), Messages::tr("DATE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("open"), Messages::tr("Only leads whose deadline has not passed.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("due-within"), Messages::tr("Only leads due within DAYS from today."), Messages::tr("DAYS")));
    parser.addOption(QCommandLineOption(QStringLiteral("starred"), Messages::tr("Only starred leads.")));
    repeatable("status", Messages::tr("Pipeline status: new, reviewing, bidding, submitted, won, lost, \"no bid\"."),
        Messages::tr("STATUS"));
    repeatable("tag", Messages::tr("One of your tags (matches part of the tags)."), Messages::tr("TAG"));
}

QStringList splitValues(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                out.append(trimmed);
        }
    }
    return out;
}

Result<LeadFilter> filterFrom(const QCommandLineParser& parser, LeadFilter filter = {})
{
    auto merge = [&](QStringList& into, const char* name) {
        into.append(splitValues(parser.values(QString::fromLatin1(name))));
        into.removeDuplicates();
    };
    merge(filter.sources, "source");
    merge(filter.countries, "country");
    merge(filter.industries, "industry");
    merge(filter.naicsPrefixes, "naics");
    merge(filter.setAsideCodes, "set-aside");
    merge(filter.noticeTypes, "type");
    merge(filter.statuses, "status");
    merge(filter.tags, "tag");
    for (const QString& prefix : std::as_const(filter.naicsPrefixes)) {
        for (const QChar c : prefix) {
            if (!c.isDigit())
                return Error { Messages::tr("--naics takes digits, not \"%1\"").arg(prefix) };
        }
    }
    auto date = [&](const char* name, QDate& into) -> Status {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            return Done{};
        const QString text = parser.value(option);
        into = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!into.isValid())
            return Error { Messages::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(option, text) };
        return Done{};
    };
    for (auto status : {date("posted-from", filter.postedFrom), date("posted-to", filter.postedTo),
                        date("due-from", filter.dueFrom), date("due-to", filter.dueTo)}) {
        if (!status)
            return status.error();
    }
    if (parser.isSet(QStringLiteral("open")))
        filter.openOnly = true;
    if (parser.isSet(QStringLiteral("due-within"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("due-within")).toInt(&ok);
        if (!ok || days < 0)
            return Error { Messages::tr("--due-within takes a number of days, not \"%1\"")
                               .arg(parser.value(QStringLiteral("due-within"))) };
        filter.dueWithinDays = days;
    }
    if (parser.isSet(QStringLiteral("starred")))
        filter.starredOnly = true;
    return filter;
}

QString elide(const QString& text, int width)
{
    QString single = text.simplified();
    if (single.size() <= width)
        return single.leftJustified(width);
    return single.left(width - 1) + QChar(0x2026);
}

QByteArray tableOf(const QList<StoredLead>& rows)
{
    const QStringList headers { Messages::tr("DEADLINE"), Messages::tr("SOURCE"), Messages::tr("CC"),
        Messages::tr("ID"), Messages::tr("TITLE"), Messages::tr("AGENCY") };
    // A translated header may be longer than the column's values; the column widens to hold it.
    const int widths[] = { 20, 11, 2, 16, 50 };
    auto width = [&](int column) { return std::max(widths[column], int(headers[column].size())); };
    QByteArray out;
    auto line = [&](const QString& deadline, const QString& source, const QString& country, const QString& id,
                    const QString& title, const QString& agency) {
        const QString text = QStringLiteral("%1  %2  %3  %4  %5  %6")
                                 .arg(elide(deadline, width(0)), elide(source, width(1)), elide(country, width(2)),
                                     elide(id, width(3)), elide(title, width(4)), agency.simplified().left(40));
        out += text.trimmed().toUtf8() + '\n';
    };
    line(headers[0], headers[1], headers[2], headers[3], headers[4], headers[5]);
    for (const StoredLead& row : rows)
        line(row.lead.deadlineAt, row.lead.source, row.lead.country, row.lead.sourceId, row.lead.title,
             row.lead.agency);
    return out;
}

int runImport(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"), Messages::tr("sam-json, ita-json or sam-csv."), Messages::tr("FORMAT")));
    parser.addPositionalArgument(QStringLiteral("FILE"), Messages::tr("Files to import."), Messages::tr("FILE..."));
    if (int code = parse(parser, invocation, Messages::tr("Imports SAM.gov or ITA files into the cache.")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("format")))
        return usage(invocation.subcommand, Messages::tr("--format is required: sam-json, ita-json or sam-csv"));
    const auto format = importFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return usage(invocation.subcommand,
            Messages::tr("unknown format \"%1\": use sam-json, ita-json or sam-csv")
                .arg(parser.value(QStringLiteral("format"))));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(invocation.subcommand, Messages::tr("name at least one file to import"));

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    LeadImporter importer(**store);
    int exitCode = kExitOk;
    for (const QString& file : files) {
        ProgressBar bar(QFileInfo(file).fileName());
        importer.setProgress([&bar](qint64 done, qint64 total, qint64 records) { bar.update(done, total, records); });
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
    return exitCode;
}

void addSearchOptions(QCommandLineParser& parser)
{
    addFilterOptions(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("saved"), Messages::tr("Start from a saved search."), Messages::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("sort"),
        Messages::tr("Sort column (canonical name; deadline and posted are short forms)."), Messages::tr("COLUMN")));
    parser.addOption(QCommandLineOption(QStringLiteral("desc"), Messages::tr("Sort in descending order.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("limit"), Messages::tr("At most N leads (default 100)."), Messages::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        Messages::tr("table, csv, json, xlsx or ics (default table); xlsx and ics need --out."),
        Messages::tr("FORMAT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), Messages::tr("Write to FILE instead of standard output."), Messages::tr("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("bom"), Messages::tr("With --format csv: start with a UTF-8 byte-order mark, for Excel.")));
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        Messages::tr("Keywords (FTS5 syntax: \"phrases\", prefix*, OR, NOT)."), Messages::tr("[QUERY]"));
}

// --sort as a canonical column; empty when not given.
Result<QString> sortColumnFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("sort")))
        return QString();
    const QString column = LeadColumns::resolve(parser.value(QStringLiteral("sort")));
    if (column.isEmpty() || !LeadFilter::sortableColumns().contains(column))
        return Error { Messages::tr("cannot sort by \"%1\": use a column name such as deadline, posted, title")
                           .arg(parser.value(QStringLiteral("sort"))) };
    return column;
}

// search's filter flags, query words, --sort and --desc over `base` (a saved search or nothing).
Result<LeadFilter> searchFilterFrom(const QCommandLineParser& parser, const LeadFilter& base, const QString& sortColumn)
{
    auto filter = filterFrom(parser, base);
    if (!filter)
        return filter;
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (!query.isEmpty())
        filter->text = filter->text.isEmpty() ? query : filter->text + u' ' + query;
    if (!sortColumn.isEmpty())
        filter->sortColumn = sortColumn;
    if (parser.isSet(QStringLiteral("desc")))
        filter->descending = true;
    return filter;
}

int runSearch(const Invocation& invocation)
{
    QCommandLineParser parser;
    addSearchOptions(parser);
    if (int code = parse(parser, invocation, Messages::tr("Searches the cache.")); code >= 0)
        return code;

    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).toLower()
                                                                   : QStringLiteral("table");
    const auto exportFormat = LeadExport::formatFromName(format);
    if (format != QLatin1String("table") && format != QLatin1String("json") && !exportFormat)
        return usage(invocation.subcommand,
            Messages::tr("unknown format \"%1\": use table, csv, json, xlsx or ics").arg(format));
    const bool toFile = parser.isSet(QStringLiteral("out"));
    if (exportFormat && *exportFormat != LeadExport::Format::Csv && !toFile)
        return usage(invocation.subcommand, Messages::tr("--format %1 needs --out FILE").arg(format));
    if (parser.isSet(QStringLiteral("bom")) && exportFormat != LeadExport::Format::Csv)
        return usage(invocation.subcommand, Messages::tr("--bom goes with --format csv only"));
    int limit = 100;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usage(invocation.subcommand,
                Messages::tr("--limit takes a whole number, not \"%1\"").arg(parser.value(QStringLiteral("limit"))));
    }
    const auto sortColumn = sortColumnFrom(parser);
    if (!sortColumn)
        return usage(invocation.subcommand, sortColumn.errorMessage());

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());

    LeadFilter base;
    if (parser.isSet(QStringLiteral("saved"))) {
        auto saved = (*store)->savedSearch(parser.value(QStringLiteral("saved")));
        if (!saved)
            return failure(invocation.subcommand, saved.errorMessage());
        auto filter = LeadFilter::fromJson(saved->filterJson);
        if (!filter)
            return failure(invocation.subcommand, filter.errorMessage());
        base = *filter;
    }
    auto filter = searchFilterFrom(parser, base, *sortColumn);
    if (!filter)
        return usage(invocation.subcommand, filter.errorMessage());

    if (exportFormat) {
        // CSV, XLSX and ICS stream from the cache in chunks, the canonical columns followed by
        // the analyst's own (starred, status, notes, tags).
        LeadExport::Options options;
        options.format = *exportFormat;
        options.columns = LeadFormat::allColumns();
        options.csvByteOrderMark = parser.isSet(QStringLiteral("bom"));
        options.filterJson = filter->toJson();
        ProgressBar bar(QStringLiteral("export"));
        options.progress = [&bar](qint64 done, qint64 total) {
            bar.update(done, total, done);
            return true;
        };
        const QString out = parser.value(QStringLiteral("out"));
        Result<qint64> written = qint64(0);
        if (toFile) {
            written = LeadExport::write(**store, *filter, Clock::today(), limit, out, options);
        } else {
            auto ids = (*store)->ids(*filter, Clock::today(), limit);
            if (!ids)
                return failure(invocation.subcommand, ids.errorMessage());
            QFile standardOutput;
            if (!standardOutput.open(stdout, QIODevice::WriteOnly))
                return failure(invocation.subcommand, standardOutput.errorString());
            written = LeadExport::write(**store, *ids, standardOutput, options);
        }
        bar.finish();
        if (!written)
            return failure(invocation.subcommand, written.errorMessage());
        return kExitOk;
    }

    auto rows = (*store)->search(*filter, limit, Clock::today());
    if (!rows)
        return failure(invocation.subcommand, rows.errorMessage());

    QByteArray output;
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const StoredLead& row : *rows)
            array.append(LeadFormat::toJson(row));
        output = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        output = tableOf(*rows);
    }

    if (parser.isSet(QStringLiteral("out"))) {
        // QSaveFile: a failed write never leaves a half-written file at the target.
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
            return failure(invocation.subcommand,
                Messages::tr("cannot write %1: %2").arg(parser.value(QStringLiteral("out")), file.errorString()));
        return kExitOk;
    }
    printOut(output);
    return kExitOk;
}

int runSaved(const Invocation& invocation)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("notify"), Messages::tr("With add: flag new matches after each sync.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Messages::tr("list, add NAME [QUERY] or remove NAME."),
        Messages::tr("list|add|remove"));
    if (int code = parse(parser, invocation, Messages::tr("Lists, adds and removes saved searches.")); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove"))
        return usage(invocation.subcommand, Messages::tr("say list, add NAME [QUERY] or remove NAME"));
    if ((action == QLatin1String("add") || action == QLatin1String("remove")) && positional.value(1).trimmed().isEmpty())
        return usage(invocation.subcommand, Messages::tr("%1 needs a NAME").arg(action));
    if (action == QLatin1String("remove") && positional.size() > 2)
        return usage(invocation.subcommand, Messages::tr("remove takes one NAME"));

    LeadFilter filter;
    if (action == QLatin1String("add")) {
        auto parsed = filterFrom(parser);
        if (!parsed)
            return usage(invocation.subcommand, parsed.errorMessage());
        filter = *parsed;
        filter.text = positional.mid(2).join(u' ').trimmed();
    }

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    if (action == QLatin1String("list")) {
        auto searches = (*store)->savedSearches();
        if (!searches)
            return failure(invocation.subcommand, searches.errorMessage());
        QByteArray out;
        for (const SavedSearch& search : *searches) {
            auto parsed = LeadFilter::fromJson(search.filterJson);
            const qint64 matches = parsed ? (*store)->count(*parsed, Clock::today()).value() : -1;
            out += QStringLiteral("%1\t%2 leads\t%3\n")
                       .arg(search.name)
                       .arg(matches)
                       .arg(QString::fromUtf8(search.filterJson))
                       .toUtf8();
        }
        printOut(out);
        return kExitOk;
    }
    const QString name = positional.value(1).trimmed();
    if (action == QLatin1String("add")) {
        SavedSearch search;
        search.name = name;
        search.filterJson = filter.toJson();
        search.notify = parser.isSet(QStringLiteral("notify"));
        if (auto status = (*store)->addSavedSearch(search); !status)
            return failure(invocation.subcommand, status.errorMessage());
        printOut(Messages::tr("Saved search \"%1\" added\n").arg(name).toUtf8());
        return kExitOk;
    }
    auto removed = (*store)->removeSavedSearch(name);
    if (!removed)
        return failure(invocation.subcommand, removed.errorMessage());
    if (!*removed)
        return failure(invocation.subcommand, Messages::tr("no saved search named \"%1\"").arg(name));
    printOut(Messages::tr("Saved search \"%1\" removed\n").arg(name).toUtf8());
    return kExitOk;
}

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
        if (progress.bytesTotal > 0)
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
    QMetaObject::invokeMethod(&manager, [&] { manager.start(sources); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

QString generalHelp()
{
    return Messages::tr("Usage: tradeleads [--db PATH] [COMMAND] [OPTIONS]\n"
                        "Export and government-contract leads from SAM.gov and ITA, cached and searchable.\n"
                        "Without a command, opens the window.\n\n"
                        "Commands:\n"
                        "  sync     Fetch new and changed leads from the APIs\n"
                        "  import   Import SAM.gov JSON, ITA JSON or SAM.gov bulk CSV files\n"
                        "  search   Search the cache (table, CSV or JSON)\n"
                        "  saved    List, add or remove saved searches\n"
                        "  stats    Show what the cache holds\n\n"
                        "Options:\n"
                        "  --db PATH    The cache file (also TRADELEADS_DB)\n"
                        "  -h, --help   Show this help; 'tradeleads COMMAND --help' for a command\n"
                        "  --version    Show the version\n\n"
                        "Window options:\n"
                        "  --language CODE   en, fr or es for this run (default: Settings, else the system's)\n"
                        "  --theme NAME      system, light or dark for this run (default: Settings)\n"
                        "  --screenshot PNG  Save the window to PNG once the leads are shown, then quit\n");
}

} // namespace

namespace Cli {

Result<LeadFilter> searchFilter(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (invocation.usageError)
        return Error{*invocation.usageError};
    QCommandLineParser parser;
    addSearchOptions(parser);
    addCommonOptions(parser);
    if (!parser.parse(invocation.arguments))
        return Error{parser.errorText()};
    const auto sortColumn = sortColumnFrom(parser);
    if (!sortColumn)
        return sortColumn.error();
    return searchFilterFrom(parser, LeadFilter(), *sortColumn);
}

bool isSubcommand(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (!invocation.subcommand.isEmpty() || invocation.usageError)
        return true;
    for (const QString& argument : invocation.arguments.mid(1)) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

int run(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (invocation.usageError)
        return usage(invocation.subcommand, *invocation.usageError);
    if (invocation.subcommand.isEmpty()) {
        const QStringList rest = invocation.arguments.mid(1);
        if (rest.contains(QLatin1String("--version")) || rest.contains(QLatin1String("-v"))) {
            printOut(QByteArray("tradeleads " TRADELEADS_VERSION "\n"));
            return kExitOk;
        }
        printOut(generalHelp().toUtf8());
        return kExitOk;
    }
    if (invocation.subcommand == QLatin1String("import"))
        return runImport(invocation);
    if (invocation.subcommand == QLatin1String("search"))
        return runSearch(invocation);
    if (invocation.subcommand == QLatin1String("saved"))
        return runSaved(invocation);
    if (invocation.subcommand == QLatin1String("stats"))
        return runStats(invocation);
    return runSync(invocation);
}

} // namespace Cli
