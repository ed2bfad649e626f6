#pragma once

#include "Lead.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

// ITA Trade Leads responses -> leads of source "ita-<source code in lower case>".
// Accepts the documented envelope {"total", "offset", "sources_used", "results"} and the
// successor data.trade.gov shape {"total", "count", "offset", "next_offset", "results"}.
namespace ItaJsonParser {

Result<ParsedPage> parse(const QByteArray& bytes);

// The paging of an ITA envelope (total, offset, next_offset), shared by every ITA data set.
void readPaging(const QJsonObject& envelope, ParsedPage& page);

// One record of `results`. A record without `id` is keyed by what identifies it in its
// source (see sourceIdFor in the .cpp); an error when nothing does.
Result<Lead> leadFromRecord(const QJsonObject& record);

// The key of a buyandsell.gc.ca tender, from the API's Canada records and from the source's
// own CSV alike: "<reference number>_<contract (solicitation) number>", or the one present.
QString canadaKey(const QString& referenceNumber, const QString& contractNumber);

} // namespace ItaJsonParser
