#include "FilterFlags.h"

#include "CliSupport.h"

#include <QCommandLineParser>

namespace Cli {

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

Result<LeadFilter> filterFrom(const QCommandLineParser& parser, LeadFilter filter)
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
        // Only a date written back exactly as typed: "-001-01-01" parses, but no file or query can say it.
        if (!into.isValid() || into.toString(Qt::ISODate) != text)
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

} // namespace Cli
