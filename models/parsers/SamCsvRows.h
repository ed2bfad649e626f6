#pragma once

#include "Result.h"

#include <QByteArray>

// SAM.gov's bulk "Contract Opportunities" CSV as people republish it: a JSON array of its
// rows, each an object keyed by the CSV's header names ({"NoticeId": "...", "Sol#": "...",
// "Award$": "280851.24000000", ...}). Turned back into the CSV it came from, so that one
// reader maps both. Keys that are no CSV column (a converter's own additions) become columns
// too, and so reach `raw` like any unknown column.
namespace SamCsvRows {

// Whether the start of a file is a JSON array (after an optional BOM and white space).
bool looksLikeJsonRows(const QByteArray& head);

// The CSV: the header is every key in the order first seen; strings as they are, numbers
// and booleans spelled out, arrays and objects as compact JSON, null as empty.
Result<QByteArray> toCsv(const QByteArray& json);

} // namespace SamCsvRows
