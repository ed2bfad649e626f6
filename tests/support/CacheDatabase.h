#pragma once

#include "SqliteLeadStore.h"

#include <QSqlDatabase>

// The local cache's own connection, for tests that look at the SQLite file itself.
inline QSqlDatabase cacheDatabase(const LeadStore& store)
{
    return static_cast<const SqliteLeadStore&>(store).database();
}
