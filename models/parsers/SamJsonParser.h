#pragma once

#include "Lead.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

// SAM.gov Get Opportunities responses (v1 and v2 field names) -> leads of source "sam".
namespace SamJsonParser {

// One response page: {"totalRecords", "limit", "offset", "opportunitiesData": [...]}.
// Fails as a whole only when the bytes are not such a response (not JSON, truncated,
// no opportunitiesData array); a bad record is reported in ParsedPage::errors and skipped.
// `outlined`, when given, hears the page's outline once the page is known to be readable,
// before its records are read.
Result<ParsedPage> parse(const QByteArray& bytes, const std::function<void(const PageOutline&)>& outlined = {});

// One record of opportunitiesData; an error when it lacks a noticeId.
Result<Lead> leadFromRecord(const QJsonObject& record);

// The body of a description link: {"description": "<html>"}.
Result<QString> parseDescription(const QByteArray& bytes);

} // namespace SamJsonParser
