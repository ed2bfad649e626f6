#include "AwardHistorySql.h"

namespace AwardHistorySql {

namespace {

// The columns awardFrom() reads.
const QString kAwardColumns = QStringLiteral(
    "award_awardee, award_amount, award_date, award_number, source, source_id, title, agency, naics_code, "
    "solicitation_number");
// Newest first; an award without a date last (PostgreSQL would put it first unless told).
const QString kNewestFirst = QStringLiteral(" ORDER BY award_date DESC NULLS LAST, id DESC");

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
// partial indexes apply) and its values.
struct Conditions
{
    QString where;
    QVariantList values;
};

Conditions conditionsFor(const AwardQuery& query)
{
    Conditions conditions;
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
    return conditions;
}

// Every award a query's rows hold, or the error that cut them short.
Result<QList<Award>> awardsOf(Result<QSqlQuery> rows, const StoreSql& sql)
{
    if (!rows)
        return rows.error();
    QList<Award> awards;
    while (rows->next())
        awards.append(awardFrom(*rows));
    if (rows->lastError().isValid())
        return sql.error(rows->lastError());
    return awards;
}

} // namespace

QString indexFor(const AwardQuery& query)
{
    // An industry is narrower than an agency the size of Defense; without either, the agency
    // index is still the award notices alone.
    const bool byIndustry = !query.naicsPrefix.isEmpty() && (query.agency.isEmpty() || query.naicsPrefix.size() >= 4);
    return byIndustry ? QStringLiteral("lead_award_naics") : QStringLiteral("lead_award_agency");
}

QString solicitationIndex()
{
    return QStringLiteral("lead_award_solicitation");
}

Result<AwardHistory> read(const AwardQuery& query, const From& from, const StoreSql& sql)
{
    const Conditions conditions = conditionsFor(query);
    const QString index = indexFor(query);
    AwardHistory history;
    QList<AwardeeSpelling> spellings;
    const Status ranked = sql.eachRow(QStringLiteral("SELECT award_awardee, COUNT(*), COALESCE(SUM(award_amount), 0)")
                                          + from(index) + conditions.where + QStringLiteral(" GROUP BY award_awardee"),
                                      conditions.values, [&spellings](const QSqlQuery& row) {
                                          spellings.append(AwardeeSpelling { row.value(0).toString(), row.value(1).toLongLong(),
                                                                             row.value(2).toDouble() });
                                      });
    if (!ranked)
        return ranked.error();
    history.awardees = rankAwardees(spellings, query.limit);

    // The newest awards found in the index first, then only those read whole.
    QVariantList recentValues = conditions.values;
    recentValues.append(query.limit);
    auto recent = awardsOf(sql.execute(QStringLiteral("SELECT ") + kAwardColumns
                                           + QStringLiteral(" FROM lead WHERE id IN (SELECT id") + from(index)
                                           + conditions.where + kNewestFirst + QStringLiteral(" LIMIT ?)") + kNewestFirst,
                                       recentValues),
                           sql);
    if (!recent)
        return recent.error();
    history.recent = *recent;

    const QString solicitation = query.solicitationNumber.trimmed();
    if (solicitation.isEmpty())
        return history;
    auto incumbent = awardsOf(sql.execute(QStringLiteral("SELECT ") + kAwardColumns + from(solicitationIndex())
                                              + QStringLiteral(" WHERE notice_type = 'Award Notice' AND solicitation_number = ?"
                                                               " AND award_awardee IS NOT NULL")
                                              + kNewestFirst + QStringLiteral(" LIMIT ?"),
                                          { solicitation, query.limit }),
                              sql);
    if (!incumbent)
        return incumbent.error();
    history.incumbent = *incumbent;
    return history;
}

} // namespace AwardHistorySql
