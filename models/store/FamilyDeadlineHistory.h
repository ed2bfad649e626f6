#pragma once

// The deadline history of notice families, one statement for both stores. Included by the
// store's own files only.

#include "FilterQuery.h"

#include <QString>

namespace FamilyDeadlineHistory {

// Each family of `wanted` (a relation of one column, family_id) with the id of its newest
// notice that has a deadline (NULL when none has) and how many times its deadline moved.
QString sql(FilterQuery::Dialect dialect, const QString& wanted);

} // namespace FamilyDeadlineHistory
