#include "LeadFilterFields.h"

#include "NaicsCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <type_traits>

namespace LeadFilterFields {

namespace {

    // The strings stay in the contexts they had before this table (the filter bar's chips, the
    // export's description, the command line), so their translations still apply.
    // clang-format off
    const Field kFields[] = {
        {.key = "text", .kind = Kind::Text, .member = &LeadFilter::text,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Text: %1"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Keywords: %1")},
        {.key = "sources", .kind = Kind::List, .member = &LeadFilter::sources,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Sources"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Source: %1"),
         .cli = {.name = "source",
                 .help = QT_TRANSLATE_NOOP(
                     "Cli", "Source key: sam, ita-state, ita-canada, ita-uk, ita-fbo, ... (ita-leads: all ITA leads)."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "KEY")}},
        {.key = "countries", .kind = Kind::List, .member = &LeadFilter::countries,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Countries"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Country: %1"),
         .cli = {.name = "country", .help = QT_TRANSLATE_NOOP("Cli", "Country, ISO 3166 code or name."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "CODE")}},
        {.key = "industries", .kind = Kind::List, .member = &LeadFilter::industries,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Industries"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Industry: %1"),
         .cli = {.name = "industry", .help = QT_TRANSLATE_NOOP("Cli", "Industry (matches part of the name)."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "TEXT")}},
        {.key = "naics", .kind = Kind::List, .member = &LeadFilter::naicsPrefixes,
         .description = QT_TRANSLATE_NOOP("LeadExport", "NAICS prefixes"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "NAICS: %1*"),
         .valueTitle = &NaicsCatalogue::title,
         .cli = {.name = "naics", .help = QT_TRANSLATE_NOOP("Cli", "NAICS code prefix."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "PREFIX"),
                 .invalid = QT_TRANSLATE_NOOP("Cli", "--naics takes digits, not \"%1\""), .digitsOnly = true}},
        {.key = "setAsides", .kind = Kind::List, .member = &LeadFilter::setAsideCodes,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Set-aside codes"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Set-aside: %1"),
         .cli = {.name = "set-aside", .help = QT_TRANSLATE_NOOP("Cli", "Set-aside code, e.g. SBA, 8A, SDVOSBC."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "CODE")}},
        {.key = "types", .kind = Kind::List, .member = &LeadFilter::noticeTypes,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Notice types"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Type: %1"),
         .cli = {.name = "type", .help = QT_TRANSLATE_NOOP("Cli", "Notice type, e.g. Presolicitation."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "TYPE")}},
        {.key = "statuses", .kind = Kind::List, .member = &LeadFilter::statuses,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Pipeline status"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Status: %1"),
         .cli = {.name = "status",
                 .help = QT_TRANSLATE_NOOP(
                     "Cli", "Pipeline status: new, reviewing, bidding, submitted, won, lost, \"no bid\"."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "STATUS")}},
        {.key = "tags", .kind = Kind::List, .member = &LeadFilter::tags,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Tags"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Tag: %1"),
         .cli = {.name = "tag", .help = QT_TRANSLATE_NOOP("Cli", "One of your tags (matches part of the tags)."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "TAG")}},
        {.key = "postedFrom", .kind = Kind::Date, .member = &LeadFilter::postedFrom, .bound = Bound::From,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Posted"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Posted from %1"),
         .cli = {.name = "posted-from", .help = QT_TRANSLATE_NOOP("Cli", "A date, YYYY-MM-DD."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "DATE")}},
        {.key = "postedTo", .kind = Kind::Date, .member = &LeadFilter::postedTo, .bound = Bound::To,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Posted"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Posted to %1"),
         .cli = {.name = "posted-to", .help = QT_TRANSLATE_NOOP("Cli", "A date, YYYY-MM-DD."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "DATE")}},
        {.key = "dueFrom", .kind = Kind::Date, .member = &LeadFilter::dueFrom, .bound = Bound::From,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Deadline"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Due from %1"),
         .cli = {.name = "due-from", .help = QT_TRANSLATE_NOOP("Cli", "A date, YYYY-MM-DD."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "DATE")}},
        {.key = "dueTo", .kind = Kind::Date, .member = &LeadFilter::dueTo, .bound = Bound::To,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Deadline"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Due by %1"),
         .cli = {.name = "due-to", .help = QT_TRANSLATE_NOOP("Cli", "A date, YYYY-MM-DD."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "DATE")}},
        {.key = "open", .kind = Kind::Flag, .member = &LeadFilter::openOnly,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Open leads only"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Open only"),
         .cli = {.name = "open", .help = QT_TRANSLATE_NOOP("Cli", "Only leads whose deadline has not passed.")}},
        {.key = "dueWithinDays", .kind = Kind::Days, .member = &LeadFilter::dueWithinDays,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Due within %1 days"),
         .chip = QT_TRANSLATE_N_NOOP("FilterBar", "Due within %n day(s)"),
         .cli = {.name = "due-within", .help = QT_TRANSLATE_NOOP("Cli", "Only leads due within DAYS from today."),
                 .valueName = QT_TRANSLATE_NOOP("Cli", "DAYS"),
                 .invalid = QT_TRANSLATE_NOOP("Cli", "--due-within takes a number of days, not \"%1\"")}},
        {.key = "starred", .kind = Kind::Flag, .member = &LeadFilter::starredOnly,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Starred leads only"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Starred"),
         .cli = {.name = "starred", .help = QT_TRANSLATE_NOOP("Cli", "Only starred leads.")}},
        {.key = "valueMin", .kind = Kind::Number, .member = &LeadFilter::valueMin, .bound = Bound::From,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Value"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Value at least %1")},
        {.key = "valueMax", .kind = Kind::Number, .member = &LeadFilter::valueMax, .bound = Bound::To,
         .description = QT_TRANSLATE_NOOP("LeadExport", "Value"),
         .chip = QT_TRANSLATE_NOOP("FilterBar", "Value at most %1")},
        {.kind = Kind::Timestamp, .role = Role::Internal, .member = &LeadFilter::firstSeenAfter},
        {.key = "families", .kind = Kind::Flag, .role = Role::Sort, .member = &LeadFilter::oneRowPerFamily,
         .cli = {.name = "families",
                 .help = QT_TRANSLATE_NOOP("Cli", "One row per notice family (its latest notice, with how many it has).")}},
        {.key = "sort", .kind = Kind::SortColumn, .role = Role::Sort, .member = &LeadFilter::sortColumn},
        {.key = "descending", .kind = Kind::Flag, .role = Role::Sort, .member = &LeadFilter::descending},
    };
    // clang-format on

    template <typename T>
    bool hasValue(const T& value)
    {
        if constexpr (std::is_same_v<T, bool>)
            return value;
        else if constexpr (std::is_same_v<T, QDate>)
            return value.isValid();
        else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, QStringList>)
            return !value.isEmpty();
        else
            return value.has_value();
    }

    // How a value reads in an export: ISO dates, numbers in full, as the JSON has them.
    QString exportText(const Field& field, const LeadFilter& filter)
    {
        return std::visit(
            [&](auto member) -> QString {
                const auto& value = filter.*member;
                using T = std::decay_t<decltype(value)>;
                if (!hasValue(value))
                    return {};
                if constexpr (std::is_same_v<T, QString>)
                    return value;
                else if constexpr (std::is_same_v<T, QStringList>)
                    return value.join(QStringLiteral(", "));
                else if constexpr (std::is_same_v<T, QDate>)
                    return value.toString(Qt::ISODate);
                else if constexpr (std::is_same_v<T, std::optional<int>>)
                    return QString::number(*value);
                else if constexpr (std::is_same_v<T, std::optional<double>>)
                    return QString::number(*value, 'g', 15);
                else
                    return {};
            },
            field.member);
    }

    // The other end of a range: its neighbour in the table.
    const Field& partner(const Field& field)
    {
        const std::span<const Field> table = all();
        const qsizetype index = &field - table.data();
        Q_ASSERT(index >= 0 && index < qsizetype(table.size()) && field.bound != Bound::None);
        return table[field.bound == Bound::From ? index + 1 : index - 1];
    }

    QStringList stringsOf(const QJsonValue& value)
    {
        QStringList list;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isString())
                list.append(item.toString());
        }
        return list;
    }

} // namespace

std::span<const Field> all()
{
    return kFields;
}

const Field* byKey(QStringView key)
{
    for (const Field& field : kFields) {
        if (field.key && field.jsonKey() == key)
            return &field;
    }
    return nullptr;
}

std::optional<int> wholeDays(const QJsonValue& value)
{
    // QJsonValue::toInt() would read -3.5 or 1e12 as 0.
    const double days = value.toDouble(-1);
    if (days >= 0 && days <= LeadFilter::kMaxDueWithinDays && std::floor(days) == days)
        return int(days);
    return std::nullopt;
}

bool Field::isSet(const LeadFilter& filter) const
{
    return std::visit([&](auto member) { return hasValue(filter.*member); }, member);
}

void Field::clear(LeadFilter& filter) const
{
    std::visit(
        [&](auto member) {
            using T = std::decay_t<decltype(filter.*member)>;
            filter.*member = T();
        },
        member);
}

QJsonValue Field::toJson(const LeadFilter& filter) const
{
    if (!key || !isSet(filter))
        return QJsonValue(QJsonValue::Undefined);
    return std::visit(
        [&](auto member) -> QJsonValue {
            const auto& value = filter.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, bool>)
                return value;
            else if constexpr (std::is_same_v<T, QStringList>)
                return QJsonArray::fromStringList(value);
            else if constexpr (std::is_same_v<T, QDate>)
                return value.toString(Qt::ISODate);
            else
                return *value;
        },
        member);
}

void Field::readJson(const QJsonValue& value, LeadFilter& filter) const
{
    std::visit(
        [&](auto member) {
            auto& into = filter.*member;
            using T = std::decay_t<decltype(into)>;
            if constexpr (std::is_same_v<T, QString>)
                into = value.toString();
            else if constexpr (std::is_same_v<T, QStringList>)
                into = stringsOf(value);
            else if constexpr (std::is_same_v<T, QDate>)
                into = QDate::fromString(value.toString(), Qt::ISODate);
            else if constexpr (std::is_same_v<T, bool>)
                into = value.toBool();
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                into = wholeDays(value);
            else
                into = value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
        },
        member);
}

QString Field::describe(const LeadFilter& filter) const
{
    if (role != Role::Criterion || !description || !isSet(filter))
        return {};
    const QString text = QCoreApplication::translate("LeadExport", description);
    if (bound != Bound::None) {
        const QString from = exportText(bound == Bound::From ? *this : partner(*this), filter);
        const QString to = exportText(bound == Bound::To ? *this : partner(*this), filter);
        if (!from.isEmpty() && !to.isEmpty())
            return QCoreApplication::translate("LeadExport", "%1: from %2 to %3").arg(text, from, to);
        if (!from.isEmpty())
            return QCoreApplication::translate("LeadExport", "%1: from %2").arg(text, from);
        return QCoreApplication::translate("LeadExport", "%1: up to %2").arg(text, to);
    }
    switch (kind) {
    case Kind::List:
        return text + QStringLiteral(": ") + exportText(*this, filter);
    case Kind::Flag:
        return text;
    case Kind::Text:
    case Kind::Days:
    case Kind::Date:
    case Kind::Number:
    case Kind::SortColumn:
    case Kind::Timestamp:
        break;
    }
    return text.arg(exportText(*this, filter));
}

QList<Chip> Field::chips(const LeadFilter& filter) const
{
    if (role != Role::Criterion || !chip || !isSet(filter))
        return {};
    const Field* field = this; // in the table, which outlives every chip
    auto removeAll = [field](LeadFilter& x) { field->clear(x); };
    auto text = [this](const QString& value) { return QCoreApplication::translate("FilterBar", chip).arg(value); };
    return std::visit(
        [&](auto member) -> QList<Chip> {
            const auto& value = filter.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QStringList>) {
                QList<Chip> perValue;
                for (const QString& item : value) {
                    QString chipText = text(item);
                    if (const QString title = valueTitle ? valueTitle(item) : QString(); !title.isEmpty())
                        chipText += u' ' + title;
                    perValue.append({ chipText, [member, item](LeadFilter& x) { (x.*member).removeAll(item); } });
                }
                return perValue;
            } else if constexpr (std::is_same_v<T, QString>) {
                return { { text(value), removeAll } };
            } else if constexpr (std::is_same_v<T, QDate>) {
                return { { text(QLocale().toString(value, QLocale::ShortFormat)), removeAll } };
            } else if constexpr (std::is_same_v<T, std::optional<int>>) {
                return { { QCoreApplication::translate("FilterBar", chip, nullptr, *value), removeAll } };
            } else if constexpr (std::is_same_v<T, std::optional<double>>) {
                return { { text(QLocale().toString(*value, 'g', 15)), removeAll } };
            } else {
                return { { QCoreApplication::translate("FilterBar", chip), removeAll } };
            }
        },
        member);
}

QStringList describe(const LeadFilter& filter)
{
    QStringList lines;
    for (const Field& field : kFields) {
        if (field.bound == Bound::To && partner(field).isSet(filter))
            continue; // said with its From
        if (const QString line = field.describe(filter); !line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QList<Chip> chips(const LeadFilter& filter)
{
    QList<Chip> result;
    for (const Field& field : kFields)
        result.append(field.chips(filter));
    return result;
}

} // namespace LeadFilterFields
