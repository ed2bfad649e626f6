// SqliteLeadStore's award history (AwardHistorySql.cpp), with the index hints SQLite needs.
#include "AwardHistorySql.h"
#include "SqliteLeadStorePrivate.h"

Result<AwardHistory> SqliteLeadStore::awardHistory(const AwardQuery& query) const
{
    const QString what = SqliteMessages::tr("reading the award history");
    // Without hints the planner may walk the notice type's index over every award notice. A
    // bulk load sets the indexes aside for a while (SqliteBulkLoad.cpp): the hint goes with them.
    auto present = d->execute(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)"),
                              { AwardHistorySql::indexFor(query), AwardHistorySql::solicitationIndex() }, what);
    if (!present)
        return present.error();
    QStringList indexes;
    while (present->next())
        indexes.append(present->value(0).toString());
    auto from = [&indexes](const QString& index) {
        return indexes.contains(index) ? QStringLiteral(" FROM lead INDEXED BY ") + index : QStringLiteral(" FROM lead");
    };
    return AwardHistorySql::read(query, from, d->sql(what));
}
