#pragma once

#include "Lead.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

// A lead read back from the record the store kept of it (Lead::raw, or the raw of an earlier
// version), by the parser of the source that sent it, so that versions compare as leads.
namespace StoredRecordParser {

// `source` as stored ("sam", "ita-canada", "ita-events", ...). The lead's raw is `raw` itself.
// An error when no parser of that source reads the record.
Result<Lead> parse(const QString& source, const QByteArray& raw);

} // namespace StoredRecordParser
