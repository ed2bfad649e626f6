#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

// Turns the many spellings the sources use into the cache's canonical forms.
namespace Normalize {

// "2018-05-09 23:45:22+00", "2018-05-07T20:00:00-05:00", "2026-04-25 22:22:47.454-04",
// "01/15/2024", "2024-01-15" ... -> "YYYY-MM-DDTHH:MM:SSZ" (UTC) or "YYYY-MM-DD".
// Empty for null/empty/"null"; std::nullopt when text is present but is no date.
std::optional<QString> timestamp(QStringView text);
std::optional<QString> timestamp(const QJsonValue& value);

// "US", "USA", "United States", "usa" -> "US"; empty when unknown or empty.
QString countryCode(QStringView text);

// A number, or a string holding one ("35000.0", "$1,200", "1 200,50" is not guessed).
std::optional<double> number(const QJsonValue& value);
std::optional<double> number(QStringView text);

// Text of a scalar: strings trimmed, the literal "null" taken as missing, numbers and
// booleans spelled out, arrays of scalars joined with "; ". Objects give empty text.
QString text(const QJsonValue& value);

// "Yes"/"No"/true/false/"Y"/"1" -> bool; nullopt when missing or unrecognised.
std::optional<bool> yesNo(const QJsonValue& value);
std::optional<bool> yesNo(QStringView text);

// The current time as the cache writes it.
QString nowUtc();

} // namespace Normalize
