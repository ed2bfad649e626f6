#pragma once

// The award history (LeadStore::awardHistory) as both stores read it: who won an agency's and
// an industry's work, from the award notices alone. Each store's schema has the award columns
// and partial indexes over the award notices that hold every value filtered and ranked by, so
// ranking a large agency's awardees reads no record; only the few awards listed are read whole.

#include "AwardHistory.h"
#include "StoreSql.h"

namespace AwardHistorySql {

// The index that narrows a query most, which a store may name to its planner.
QString indexFor(const AwardQuery& query);
// The index of the award notices by solicitation number (the incumbent).
QString solicitationIndex();

// " FROM lead", with the store's hint to read `index` where it has one.
using From = std::function<QString(const QString& index)>;

Result<AwardHistory> read(const AwardQuery& query, const From& from, const StoreSql& sql);

} // namespace AwardHistorySql
