#pragma once

// The reference records beside a lead (LeadStore::references): one query, read alike by both
// stores, with the dialect's case-insensitive LIKE.

#include "FilterQuery.h"
#include "LeadStore.h"
#include "StoreSql.h"

namespace ReferenceRecordsSql {

Result<QList<ReferenceRecord>> read(const StoreSql& sql, const ReferenceQuery& request, FilterQuery::Dialect dialect);

} // namespace ReferenceRecordsSql
