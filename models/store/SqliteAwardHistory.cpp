// SqliteLeadStore's award history: who won an agency's and an industry's work, from the award
// notices alone. lead_award_agency and lead_award_naics (SqliteSchema.cpp) cover every value
// filtered and ranked by, so ranking a large agency's awardees reads no record; only the few
// awards listed are read whole.
#include "SqliteLeadStorePrivate.h"

namespace {

// The columns awardFrom() reads.
const QString kAwardColumns = QStringLiteral(
    "award_awardee, award_amount, award_date, award_number, source, source_id, title, agency, naics_code, "
    "solicitation_number");

Award awardFrom(const QSqlQuery& query)
{
    Award award;
    int c = 0;
    award.awardee = query.value(c++).toString();
    const QVariant amount = query.value(c++);
    if (!amount.isNull())
        award.amount = amount.toDouble();
    award.date = query.value(c++).toString();
    award.awardNumber = query.value(c++).toString();
    award.source = query.value(c++).toString();
    award.sourceId = query.value(c++).toString();
    award.title = query.value(c++).toString();
    award.agency = query.value(c++).toString();
    award.naicsCode = query.value(c++).toString();
    award.solicitationNumber = query.value(c++).toString();
    return award;
}

// The first string after every string that starts with `prefix`: "2373" -> "2374".
QString pastPrefix(QString prefix)
{
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}

// The award notices a query asks about: a WHERE clause (the notice type first, so that the
// partial indexes apply) with its values, and the index that narrows it most.
struct AwardConditions
{
    QString index;
    QString where;
    QVariantList values;
};

AwardConditions conditionsFor(const AwardQuery& query)
{
    AwardConditions conditions;
    QStringList terms { QStringLiteral("notice_type = 'Award Notice'"), QStringLiteral("award_awardee IS NOT NULL") };
    auto equal = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        terms.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
        conditions.values.append(value);
    };
    equal("agency", query.agency);
    equal("sub_tier", query.subTier);
    equal("office", query.office);
    if (!query.naicsPrefix.isEmpty()) {
        terms.append(QStringLiteral("naics_code >= ? AND naics_code < ?"));
        conditions.values << query.naicsPrefix << pastPrefix(query.naicsPrefix);
    }
    if (query.since.isValid()) {
        terms.append(QStringLiteral("award_date >= ?"));
        conditions.values.append(query.since.toString(Qt::ISODate));
    }
    conditions.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    // An industry is narrower than an agency the size of Defense; without either, the agency
    // index is still the award notices alone.
    const bool byIndustry = !query.naicsPrefix.isEmpty() && (query.agency.isEmpty() || query.naicsPrefix.size() >= 4);
    conditions.index = byIndustry ? QStringLiteral("lead_award_naics") : QStringLiteral("lead_award_agency");
    return conditions;
}

} // namespace

Result<AwardHistory> SqliteLeadStore::awardHistory(const AwardQuery& query) const
{
    const QString what = SqliteMessages::tr("reading the award history");
    AwardConditions conditions = conditionsFor(query);
    // Without hints the planner may walk the notice type's index over every award notice. A
    // bulk load sets the indexes aside for a while (SqliteBulkLoad.cpp): the hint goes with them.
    auto present = d->execute(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)"),
                              { conditions.index, QStringLiteral("lead_award_solicitation") }, what);
    if (!present)
        return present.error();
    QStringList indexes;
    while (present->next())
        indexes.append(present->value(0).toString());
    auto from = [&indexes](const QString& index) {
        return indexes.contains(index) ? QStringLiteral(" FROM lead INDEXED BY ") + index : QStringLiteral(" FROM lead");
    };

    AwardHistory history;
    auto ranking = d->execute(QStringLiteral("SELECT award_awardee, COUNT(*), TOTAL(award_amount)") + from(conditions.index)
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
    auto recent = d->execute(QStringLiteral("SELECT ") + kAwardColumns
                                 + QStringLiteral(" FROM lead WHERE id IN (SELECT id") + from(conditions.index)
                                 + conditions.where
                                 + QStringLiteral(" ORDER BY award_date DESC, id DESC LIMIT ?)"
                                                  " ORDER BY award_date DESC, id DESC"),
                             recentValues, what);
    if (!recent)
        return recent.error();
    while (recent->next())
        history.recent.append(awardFrom(*recent));
    if (recent->lastError().isValid())
        return sqlError(what, recent->lastError());

    const QString solicitation = query.solicitationNumber.trimmed();
    if (solicitation.isEmpty())
        return history;
    auto incumbent = d->execute(QStringLiteral("SELECT ") + kAwardColumns + from(QStringLiteral("lead_award_solicitation"))
                                    + QStringLiteral(" WHERE notice_type = 'Award Notice' AND solicitation_number = ?"
                                                     " AND award_awardee IS NOT NULL ORDER BY award_date DESC, id DESC LIMIT ?"),
                                { solicitation, query.limit }, what);
    if (!incumbent)
        return incumbent.error();
    while (incumbent->next())
        history.incumbent.append(awardFrom(*incumbent));
    if (incumbent->lastError().isValid())
        return sqlError(what, incumbent->lastError());
    return history;
}
