#pragma once

#include "Lead.h"
#include "Result.h"

#include <QByteArray>

// buyandsell.gc.ca tender notices (the CSV that ITA's Trade Leads API imported for Canada)
// -> leads of source "ita-canada", keyed like the API's Canada records
// (ItaJsonParser::canadaKey), so that either import finds the same lead.
// RFC 4180 with a BOM, CRLF or LF, columns found by header name. Each field is UTF-8, or
// Windows-1252 when its bytes are not valid UTF-8. The English and French rows of a notice
// make one lead (English fields, the French row kept in `raw` under "french"); of several
// amendments the highest amendment_number wins. A record that cannot be read becomes a
// RecordError {"canada-csv", "line N"} naming the physical line where it starts.
namespace CanadaCsvParser {

Result<ParsedPage> parse(const QByteArray& bytes);

} // namespace CanadaCsvParser
