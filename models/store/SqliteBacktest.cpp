// SqliteLeadStore::backtest: what a filter would have matched, week by week (SearchBacktest.h).
#include "SqliteLeadStorePrivate.h"

#include "SqliteFilterQuery.h"

namespace {

// The week a posted_at (or a value like it) falls in, 0 for the first: "CASE WHEN x < ? THEN 0
// WHEN x < ? THEN 1 ... ELSE n-1 END" with each next Monday bound. The same text comparison a
// posted range makes (SqliteFilterQuery: "< the day after"), so a lead lands in the week whose
// search finds it, timestamps and bare dates alike.
QString weekIndex(const QString& value, const QList<QDate>& weekStarts, QVariantList& bound)
{
    QString expression = QStringLiteral("CASE");
    for (qsizetype week = 1; week < weekStarts.size(); ++week) {
        expression += QStringLiteral(" WHEN %1 < ? THEN %2").arg(value).arg(week - 1);
        bound.append(weekStarts.at(week).toString(Qt::ISODate));
    }
    return expression + QStringLiteral(" ELSE %1 END").arg(weekStarts.size() - 1);
}

// Adds each row's (week, count) to `perWeek`.
Status addWeekCounts(QSqlQuery& query, QList<qint64>& perWeek, const QString& what)
{
    while (query.next()) {
        const qsizetype week = query.value(0).toLongLong();
        if (week >= 0 && week < perWeek.size())
            perWeek[week] += query.value(1).toLongLong();
    }
    if (query.lastError().isValid())
        return sqlError(what, query.lastError());
    return Done {};
}

// The weeks' leads by the posted range: lead_sort_posted_at holds posted_at and source, so a
// count by source reads the index alone (10 ms where the source index read 30,000 rows for
// their posted_at, 266 ms, in a 50,000-lead cache).
const QString kFromPostedRange = QStringLiteral(" FROM lead l INDEXED BY lead_sort_posted_at");

} // namespace

Result<SearchBacktest> SqliteLeadStore::backtest(const LeadFilter& filter, const QDate& today, int weeks) const
{
    SearchBacktest result;
    if (weeks <= 0)
        return result;
    result.weekStarts = SearchBacktest::weekStartsEndingWith(today, weeks);
    result.matches.fill(0, weeks);
    result.newFamilies.fill(0, weeks);
    const QDate firstMonday = result.weekStarts.first();
    const QDate lastSunday = result.weekStarts.last().addDays(6);

    // Matches: one pass over the weeks' leads, grouped by week. The weeks hold few leads next
    // to the cache, so one row per family is checked lead by lead against its own family.
    constexpr int kFewRows = 0;
    LeadFilter inWeeks = filter;
    inWeeks.postedFrom = firstMonday;
    inWeeks.postedTo = lastSunday;
    const SqliteFilterQuery matching
        = SqliteFilterQuery::compile(inWeeks, today, SqliteFilterQuery::KeywordPlan::Scan, kFewRows);
    QVariantList matchBindings;
    const QString matchWeek = weekIndex(QStringLiteral("l.posted_at"), result.weekStarts, matchBindings);
    auto matches = d->execute(QStringLiteral("SELECT ") + matchWeek + QStringLiteral(", COUNT(*)")
                                  + kFromPostedRange + matching.where() + QStringLiteral(" GROUP BY 1"),
                              matchBindings + matching.bindings(), SqliteMessages::tr("trying the search on past weeks"));
    if (!matches)
        return matches.error();
    if (auto status = addWeekCounts(*matches, result.matches, SqliteMessages::tr("trying the search on past weeks"));
        !status)
        return status.error();

    // New families: those with a matching notice in the weeks, in the week of the earliest,
    // less those with a matching notice posted before the weeks. Every notice of a family
    // counts here, not its latest alone: the first match is what notifies. "+family_id" as in
    // countNewFamilies: the posted range finds the leads, and only theirs are computed.
    LeadFilter everyNotice = inWeeks;
    everyNotice.oneRowPerFamily = false;
    const SqliteFilterQuery fresh
        = SqliteFilterQuery::compile(everyNotice, today, SqliteFilterQuery::KeywordPlan::Scan);
    everyNotice.postedFrom = {};
    everyNotice.postedTo = {};
    SqliteFilterQuery earlier = SqliteFilterQuery::compile(everyNotice, today, SqliteFilterQuery::KeywordPlan::Scan);
    earlier.addCondition(QStringLiteral("l.family_id = fresh.family_id"), { QStringLiteral("family_id") });
    earlier.addCondition(QStringLiteral("l.posted_at < ?"), { QStringLiteral("posted_at") },
                         { firstMonday.toString(Qt::ISODate) });
    QVariantList freshBindings;
    const QString freshWeek = weekIndex(QStringLiteral("fresh.first_posted"), result.weekStarts, freshBindings);
    auto families = d->execute(
        QStringLiteral("WITH fresh AS (SELECT +l.family_id AS family_id, MIN(l.posted_at) AS first_posted")
            + kFromPostedRange + fresh.where() + QStringLiteral(" GROUP BY +l.family_id) SELECT ") + freshWeek
            + QStringLiteral(", COUNT(*) FROM fresh WHERE NOT EXISTS (SELECT 1") + earlier.conditionsFrom()
            + earlier.where() + QStringLiteral(") GROUP BY 1"),
        fresh.bindings() + freshBindings + earlier.bindings(), SqliteMessages::tr("trying the search on past weeks"));
    if (!families)
        return families.error();
    if (auto status
        = addWeekCounts(*families, result.newFamilies, SqliteMessages::tr("trying the search on past weeks"));
        !status)
        return status.error();
    for (qint64 count : std::as_const(result.newFamilies))
        result.notified += count;
    return result;
}
