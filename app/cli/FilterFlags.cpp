#include "FilterFlags.h"

#include "CliSupport.h"
#include "LeadFilterFields.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Cli {

void addFilterOptions(QCommandLineParser& parser)
{
    for (const LeadFilterFields::Field& field : LeadFilterFields::all()) {
        const LeadFilterFields::CliFlag& flag = field.cli;
        if (!flag.name)
            continue;
        QString help = Messages::tr(flag.help);
        if (field.kind == LeadFilterFields::Kind::List)
            help += Messages::tr(" Repeatable.");
        parser.addOption(flag.valueName
                ? QCommandLineOption(QString::fromLatin1(flag.name), help, Messages::tr(flag.valueName))
                : QCommandLineOption(QString::fromLatin1(flag.name), help));
    }
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

namespace {

    // One flag over `filter`; or the usage error for a bad value.
    Status readFlag(const QCommandLineParser& parser, const LeadFilterFields::Field& field, LeadFilter& filter)
    {
        using LeadFilterFields::Kind;
        const QString option = QString::fromLatin1(field.cli.name);
        auto invalid = [&](const QString& value) {
            return Error { Messages::tr(field.cli.invalid).arg(value) };
        };
        switch (field.kind) {
        case Kind::List: {
            QStringList& into = filter.*std::get<QStringList LeadFilter::*>(field.member);
            into.append(splitValues(parser.values(option)));
            into.removeDuplicates();
            if (field.cli.digitsOnly) {
                for (const QString& value : std::as_const(into)) {
                    if (!std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }))
                        return invalid(value);
                }
            }
            return Done {};
        }
        case Kind::Date: {
            if (!parser.isSet(option))
                return Done {};
            const QString text = parser.value(option);
            QDate& into = filter.*std::get<QDate LeadFilter::*>(field.member);
            into = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
            // Only a date written back exactly as typed: "-001-01-01" parses, but no file or query can say it.
            if (!into.isValid() || into.toString(Qt::ISODate) != text)
                return Error { Messages::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(option, text) };
            return Done {};
        }
        case Kind::Flag:
            if (parser.isSet(option))
                filter.*std::get<bool LeadFilter::*>(field.member) = true;
            return Done {};
        case Kind::Days: {
            if (!parser.isSet(option))
                return Done {};
            bool ok = false;
            const int number = parser.value(option).toInt(&ok);
            // The bounds a saved filter holds, so that what a command asks for saves and reads back.
            const std::optional<int> days = ok ? LeadFilterFields::wholeDays(QJsonValue(number)) : std::nullopt;
            if (!days)
                return invalid(parser.value(option));
            filter.*std::get<std::optional<int> LeadFilter::*>(field.member) = *days;
            return Done {};
        }
        case Kind::Text:
        case Kind::Number:
        case Kind::SortColumn:
        case Kind::Timestamp:
            break;
        }
        Q_ASSERT_X(false, "Cli::readFlag", "no flag reads a field of this kind yet");
        return Done {};
    }

} // namespace

Result<LeadFilter> filterFrom(const QCommandLineParser& parser, LeadFilter filter)
{
    for (const LeadFilterFields::Field& field : LeadFilterFields::all()) {
        if (!field.cli.name)
            continue;
        if (auto status = readFlag(parser, field, filter); !status)
            return status.error();
    }
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
    parser.addOption(QCommandLineOption(QStringLiteral("like"),
        Messages::tr("The open leads most like this one (best first, one per notice family; default limit 20), "
                     "among those the other flags match."),
        Messages::tr("SOURCE:ID")));
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
