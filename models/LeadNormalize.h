#pragma once

#include "Result.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <array>
#include <initializer_list>
#include <optional>

// Turns the many spellings the sources use into the cache's canonical forms.
namespace Normalize {

// Windows-1252 characters for the bytes 0x80-0x9F, where it differs from Latin-1. The five
// bytes it leaves undefined map to the C1 controls of the same value, as Windows decodes them.
inline constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// A response body as JSON. A body that is UTF-8 but for stray bytes (Windows-1252 text pasted
// into a feed) has those bytes read as Windows-1252, as the bulk CSV reads such records,
// instead of the one bad byte failing the whole page, and every later sync with it.
QJsonDocument json(const QByteArray& bytes, QJsonParseError* error);
// The same, or the failure in the caller's words: `invalid` is given the JSON parser's
// message and the byte offset where it stopped.
Result<QJsonDocument> jsonResponse(const QByteArray& bytes,
                                   const std::function<QString(const QString& reason, qint64 offset)>& invalid);

// How a record is named in a message: "id 123" from its `idKey`, else "#4" by its place.
QString recordName(const QJsonObject& record, QLatin1StringView idKey, qsizetype index);

// A short hint from an API's error body ({"error": {"message"}}, {"message", "description"},
// {"error_message"}) for a one-line failure, so that "over quota" or "invalid api_key"
// reaches the person. At most 200 characters.
QString serverMessage(const QJsonObject& object);

// A count or an offset from a response envelope; nullopt unless a whole number from 0 to 2^53.
std::optional<qint64> count(const QJsonValue& value);

// "2018-05-09 23:45:22+00", "2018-05-07T20:00:00-05:00", "2026-04-25 22:22:47.454-04",
// "01/15/2024", "2024-01-15" ... -> "YYYY-MM-DDTHH:MM:SSZ" (UTC) or "YYYY-MM-DD".
// Empty for null/empty/"null"; std::nullopt when text is present but is no date.
std::optional<QString> timestamp(QStringView text);
std::optional<QString> timestamp(const QJsonValue& value);

// The UTC offset, in minutes, of a North American zone as the sources name it: "Eastern
// Standard Time", "Central Daylight Time", "EST", "Central Standard Time (CST)", "UTC".
// nullopt for a name it does not know (no guess from a place name).
std::optional<int> zoneOffsetMinutes(QStringView name);

// "US", "USA", "United States", "usa", "Cote d'Ivoire" -> alpha-2; empty when unknown or empty.
// Case, accents, curly apostrophes and a leading or trailing "the" do not matter.
QString countryCode(QStringView text);

// A number, or a string holding one ("35000.0", "$1,200", "GBP 35,000", "1e6").
// Ambiguous grouping is not guessed: "1 200,50" and "1.200,50" give nullopt.
std::optional<double> number(const QJsonValue& value);
std::optional<double> number(QStringView text);

// Text of a scalar: strings trimmed, the literal "null" taken as missing, numbers and
// booleans spelled out, arrays of scalars joined with "; ". Objects give empty text.
QString text(const QJsonValue& value);

// "Yes"/"No"/true/false/"Y"/"1" -> bool; nullopt when missing or unrecognised.
std::optional<bool> yesNo(const QJsonValue& value);
std::optional<bool> yesNo(QStringView text);

// A link as the sources send it: trimmed, and an http(s) link stripped of the stray spaces
// SAM.gov puts inside (" https://api.sam.gov/prod /opportunities/..."). Empty for "null".
// From JSON: a string, or the first non-empty string of an array.
QString link(QStringView text);
QString link(const QJsonValue& value);

// A code as a converter may have written a one-element list: `["SBA"]` -> "SBA".
QString unlisted(const QString& code);

// Point-of-contact objects ({type, name, title, email, phone, fax}) put right where SAM.gov
// puts a value in the wrong field: a name that is the e-mail address or "Telephone: 5642303808"
// moves to its field; a "name" that is a paragraph becomes a `note`; a phone that is an
// e-mail address is dropped when it repeats the contact's own, else kept as one more contact.
QJsonArray tidyContacts(const QJsonArray& contacts);

// The text of the first key among `keys` that has any (Normalize::text rules).
QString firstText(const QJsonObject& object, std::initializer_list<const char*> keys);

// The first key among `keys` that holds a date, normalised; an unreadable date counts as none.
QString firstDate(const QJsonObject& object, std::initializer_list<const char*> keys);

} // namespace Normalize
