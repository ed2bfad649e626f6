#pragma once

#include "LeadFilter.h"

#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>
#include <variant>

// Every field of a LeadFilter, once: its JSON key and kind, how people read it (a chip in the
// filter bar, a line of an export's description) and its command-line flag. The JSON, the
// saved-search file's check, the CLI flags, the chips and the export walk this table, so a new
// field is added here (and to the store's query), nowhere else.
namespace LeadFilterFields {

enum class Kind {
    Text, // QString
    List, // QStringList
    Date, // QDate
    Flag, // bool
    Days, // std::optional<int>: a whole number of days, 0 to LeadFilter::kMaxDueWithinDays
    Number, // std::optional<double>
    SortColumn, // QString: a canonical column name
    Timestamp, // QString: an ISO timestamp
};

enum class Role {
    Criterion, // narrows the leads: chips, a line in a description
    Sort, // orders or groups them: saved, but neither a chip nor a criterion
    Internal, // set by the program, never saved
};

// The two ends of a range are neighbours in the table, From first, with the same description.
enum class Bound { None, From, To };

using Member = std::variant<QString LeadFilter::*, QStringList LeadFilter::*, QDate LeadFilter::*, bool LeadFilter::*,
    std::optional<int> LeadFilter::*, std::optional<double> LeadFilter::*>;

// Strings in the "Cli" translation context.
struct CliFlag
{
    const char* name = nullptr; // "due-within"; null: no flag
    const char* help = nullptr;
    const char* valueName = nullptr; // null: a switch
    const char* invalid = nullptr; // a bad number of days or digit, %1 the value (dates have their own)
    bool digitsOnly = false; // a list of digits only, as NAICS prefixes are
};

// One removable piece of the filter, as the filter bar shows it.
struct Chip
{
    QString text;
    std::function<void(LeadFilter&)> remove;
};

struct Field
{
    const char* key = nullptr; // JSON key; null: not saved
    Kind kind = Kind::Text;
    Role role = Role::Criterion;
    Member member;
    Bound bound = Bound::None;
    // "LeadExport" context: the name of a list or range ("Sources", "Posted"), or the whole line
    // of a text, days (%1 the value) or flag field.
    const char* description = nullptr;
    // "FilterBar" context: %1 the value (one chip per value of a list), %n the days; a flag's text.
    const char* chip = nullptr;
    // What a list value means in words, written after its chip (a NAICS prefix's title).
    QString (*valueTitle)(const QString& value) = nullptr;
    CliFlag cli = {};

    QLatin1String jsonKey() const { return QLatin1String(key); }
    bool isSet(const LeadFilter& filter) const;
    void clear(LeadFilter& filter) const;
    QJsonValue toJson(const LeadFilter& filter) const; // undefined when not set
    void readJson(const QJsonValue& value, LeadFilter& filter) const; // a value of the wrong type reads as not set
    QString describe(const LeadFilter& filter) const; // a range's line; empty when not set or not a criterion
    QList<Chip> chips(const LeadFilter& filter) const;
};

std::span<const Field> all();
const Field* byKey(QStringView key); // saved fields only

// A whole number of days from 0 to LeadFilter::kMaxDueWithinDays, as saved filters hold it.
std::optional<int> wholeDays(const QJsonValue& value);

// One line per criterion set (a range in one line), in table order.
QStringList describe(const LeadFilter& filter);
QList<Chip> chips(const LeadFilter& filter);

} // namespace LeadFilterFields
