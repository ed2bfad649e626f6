// PgLeadStore's award history, as the local cache gives it (SqliteAwardHistory.cpp): the award
// columns and the partial indexes over the award notices come with schema 4 (PgSchema.cpp).
#include "AwardConditions.h"
#include "PgLeadStore.h"
#include "PgLeadStorePrivate.h"

Result<AwardHistory> PgLeadStore::awardHistory(const AwardQuery& query) const
{
    const QString what = PgMessages::tr("reading the award history");
    const AwardConditions conditions = AwardConditions::of(query);
    AwardHistory history;
    auto ranking = d->execute(QStringLiteral("SELECT award_awardee, COUNT(*), COALESCE(SUM(award_amount), 0) FROM lead")
                                  + conditions.where + QStringLiteral(" GROUP BY award_awardee"),
                              conditions.values, what);
    if (!ranking)
        return ranking.error();
    QList<AwardeeSpelling> spellings;
    while (ranking->next())
        spellings.append(AwardeeSpelling { ranking->value(0).toString(), ranking->value(1).toLongLong(),
                                           ranking->value(2).toDouble() });
    if (ranking->lastError().isValid())
        return pgError(what, ranking->lastError());
    history.awardees = rankAwardees(spellings, query.limit);

    // SQLite puts NULL last in a descending order; PostgreSQL first unless told.
    const QString newestFirst = QStringLiteral(" ORDER BY award_date DESC NULLS LAST, id DESC LIMIT ?");
    QVariantList recentValues = conditions.values;
    recentValues.append(query.limit);
    auto recent = d->execute(QStringLiteral("SELECT ") + AwardConditions::columns() + QStringLiteral(" FROM lead")
                                 + conditions.where + newestFirst,
                             recentValues, what);
    if (!recent)
        return recent.error();
    while (recent->next())
        history.recent.append(AwardConditions::awardFrom(*recent));
    if (recent->lastError().isValid())
        return pgError(what, recent->lastError());

    const QString solicitation = query.solicitationNumber.trimmed();
    if (solicitation.isEmpty())
        return history;
    auto incumbent = d->execute(QStringLiteral("SELECT ") + AwardConditions::columns()
                                    + QStringLiteral(" FROM lead WHERE notice_type = 'Award Notice' AND solicitation_number = ?"
                                                     " AND award_awardee IS NOT NULL")
                                    + newestFirst,
                                { solicitation, query.limit }, what);
    if (!incumbent)
        return incumbent.error();
    while (incumbent->next())
        history.incumbent.append(AwardConditions::awardFrom(*incumbent));
    if (incumbent->lastError().isValid())
        return pgError(what, incumbent->lastError());
    return history;
}
