// SqliteLeadStore's award history: who won an agency's and an industry's work, from the award
// notices alone. lead_award_agency and lead_award_naics (SqliteSchema.cpp) cover every value
// filtered and ranked by, so ranking a large agency's awardees reads no record; only the few
// awards listed are read whole.
#include "AwardConditions.h"
#include "SqliteLeadStorePrivate.h"

Result<AwardHistory> SqliteLeadStore::awardHistory(const AwardQuery& query) const
{
    const QString what = SqliteMessages::tr("reading the award history");
    const AwardConditions conditions = AwardConditions::of(query);
    const QString index = conditions.byIndustry ? QStringLiteral("lead_award_naics") : QStringLiteral("lead_award_agency");
    // Without hints the planner may walk the notice type's index over every award notice. A
    // bulk load sets the indexes aside for a while (SqliteBulkLoad.cpp): the hint goes with them.
    auto present = d->execute(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)"),
                              { index, QStringLiteral("lead_award_solicitation") }, what);
    if (!present)
        return present.error();
    QStringList indexes;
    while (present->next())
        indexes.append(present->value(0).toString());
    auto from = [&indexes](const QString& name) {
        return indexes.contains(name) ? QStringLiteral(" FROM lead INDEXED BY ") + name : QStringLiteral(" FROM lead");
    };

    AwardHistory history;
    auto ranking = d->execute(QStringLiteral("SELECT award_awardee, COUNT(*), TOTAL(award_amount)") + from(index)
                                  + conditions.where + QStringLiteral(" GROUP BY award_awardee"),
                              conditions.values, what);
    if (!ranking)
        return ranking.error();
    QList<AwardeeSpelling> spellings;
    while (ranking->next())
        spellings.append(AwardeeSpelling { ranking->value(0).toString(), ranking->value(1).toLongLong(),
                                           ranking->value(2).toDouble() });
    if (ranking->lastError().isValid())
        return sqlError(what, ranking->lastError());
    history.awardees = rankAwardees(spellings, query.limit);

    // The newest awards found in the index first, then only those read whole.
    QVariantList recentValues = conditions.values;
    recentValues.append(query.limit);
    auto recent = d->execute(QStringLiteral("SELECT ") + AwardConditions::columns()
                                 + QStringLiteral(" FROM lead WHERE id IN (SELECT id") + from(index)
                                 + conditions.where
                                 + QStringLiteral(" ORDER BY award_date DESC, id DESC LIMIT ?)"
                                                  " ORDER BY award_date DESC, id DESC"),
                             recentValues, what);
    if (!recent)
        return recent.error();
    while (recent->next())
        history.recent.append(AwardConditions::awardFrom(*recent));
    if (recent->lastError().isValid())
        return sqlError(what, recent->lastError());

    const QString solicitation = query.solicitationNumber.trimmed();
    if (solicitation.isEmpty())
        return history;
    auto incumbent = d->execute(QStringLiteral("SELECT ") + AwardConditions::columns() + from(QStringLiteral("lead_award_solicitation"))
                                    + QStringLiteral(" WHERE notice_type = 'Award Notice' AND solicitation_number = ?"
                                                     " AND award_awardee IS NOT NULL ORDER BY award_date DESC, id DESC LIMIT ?"),
                                { solicitation, query.limit }, what);
    if (!incumbent)
        return incumbent.error();
    while (incumbent->next())
        history.incumbent.append(AwardConditions::awardFrom(*incumbent));
    if (incumbent->lastError().isValid())
        return sqlError(what, incumbent->lastError());
    return history;
}
