// PgLeadStore's award history (AwardHistorySql.cpp): the award columns and the partial indexes
// over the award notices come with schema 4 (PgSchema.cpp); the planner needs no hint.
#include "AwardHistorySql.h"
#include "PgLeadStore.h"
#include "PgLeadStorePrivate.h"

Result<AwardHistory> PgLeadStore::awardHistory(const AwardQuery& query) const
{
    return AwardHistorySql::read(query, [](const QString&) { return QStringLiteral(" FROM lead"); },
                                 d->sql(PgMessages::tr("reading the award history")));
}
