#pragma once

// The statistics from the counts both stores keep as leads change (lead_tally: a row per
// counted column, value, source, deadline day and activity). A filter on the source, the
// deadline and "open" alone, the window's usual one, is answered by adding up those rows, a
// few thousand where the leads are a million; any other filter counts the leads themselves.

#include "FilterQuery.h"
#include "LeadStore.h"
#include "StoreSql.h"

namespace LeadTallyCounts {

// Whether the counts answer `request`, compiled as `compiled`: each column it counts is kept
// and every condition reads only the source, the deadline and the lead's activity.
bool answer(const LeadTallyRequest& request, const FilterQuery& compiled);

// The tally of `request` from `relation`, the counts with the deadline's day as deadline_at,
// under `compiled`'s conditions.
Result<LeadTally> read(const StoreSql& sql, const QString& relation, const LeadTallyRequest& request,
                       const FilterQuery& compiled);

// The leads, the open ones (undated or due from `today` on, and not inactive) and the leads of
// each source, from the kept counts: what `stats` shows, the source order by name.
Status countLeads(const StoreSql& sql, const QString& relation, const QDate& today, CacheStats& stats);

// Days since 1970-01-01 of an ISO "YYYY-MM-DD..." text, or INT_MIN when it is not one.
// Arithmetic, not QDate::fromString: a full count runs it for every lead.
int dayNumber(const char* text, int size);

} // namespace LeadTallyCounts
