#pragma once

#include "Lead.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

// ITA's other data sets (trade events, office locations, programs for exporters, market
// research library, trade articles, environmental toolkit) -> records of source `sourceKey`
// ("ita-events", "ita-offices", ...). Their fields are not all documented, so each record
// is stored whole in `raw` and only what they share is mapped; see the .cpp for the mapping.
namespace ItaDatasetParser {

Result<ParsedPage> parse(const QByteArray& bytes, const QString& sourceKey);

} // namespace ItaDatasetParser
