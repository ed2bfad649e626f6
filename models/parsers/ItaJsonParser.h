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

// One record of `results`; an error when it has no id.
Result<Lead> leadFromRecord(const QJsonObject& record);

} // namespace ItaJsonParser
