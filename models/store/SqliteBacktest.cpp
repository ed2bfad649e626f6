// SqliteLeadStore::backtest: what a filter would have matched, week by week (SearchBacktest.h).
#include "SqliteLeadStorePrivate.h"

#include "FilterQuery.h"

Result<double> SqliteLeadStore::weeksShareOfCache(const QString& from, const QString& before) const
{
    // The cache's first and last posted dates, from lead_sort_posted_at's ends: leads are
    // taken to be spread evenly between them.
    auto span = d->execute(QStringLiteral("SELECT (SELECT MIN(posted_at) FROM lead), (SELECT MAX(posted_at) FROM lead)"),
                           {}, SqliteMessages::tr("trying the search on past weeks"));
    if (!span)
        return span.error();
    if (!span->next())
        return 0.0;
    const QDate first = QDate::fromString(span->value(0).toString().left(10), Qt::ISODate);
    const QDate last = QDate::fromString(span->value(1).toString().left(10), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return 0.0;
    const QDate weeksFrom = std::max(first, QDate::fromString(from, Qt::ISODate));
    const QDate weeksTo = std::min(last.addDays(1), QDate::fromString(before, Qt::ISODate));
    const qint64 cacheDays = first.daysTo(last) + 1;
    return weeksFrom < weeksTo ? double(weeksFrom.daysTo(weeksTo)) / double(cacheDays) : 0.0;
}

Result<SearchBacktest> SqliteLeadStore::backtest(const LeadFilter& filter, const QDate& today, int weeks) const
{
    BacktestTally tally(today, weeks);
    if (weeks <= 0)
        return tally.result();
    const QString& firstMonday = tally.firstMonday();
    const QString& afterLastSunday = tally.afterLastSunday();

    // One pass over every notice the filter matches in the weeks: its posted date, its family,
    // whether it is a match of its own (with one row per family, only the family's newest
    // notice is), and whether its family matched before the weeks. Every notice counts for the
    // families, not the newest alone: a family's first match is what notifies. Where the pass
    // reads the matches before the weeks too, they tell which families matched before; otherwise
    // each family is looked up in lead_family.
    // - NAICS codes and conditions lead_sort_naics_code holds: that index alone, every week.
    // - A keyword or NAICS codes with other conditions: their few thousand leads, read in id
    //   order (the file's: a third faster than the index's at a million leads). When the weeks
    //   hold much of the cache, those before them are read too rather than looked up apart.
    // - Anything else walks the weeks in lead_sort_posted_at (source, deadline and active too).
    const QString what = SqliteMessages::tr("trying the search on past weeks");
    const bool keyword = !LeadFilter::ftsQuery(filter.text).isEmpty();
    LeadFilter everyNotice = filter;
    everyNotice.oneRowPerFamily = false;
    everyNotice.postedFrom = {};
    everyNotice.postedTo = {};
    LeadFilter withoutCodes = everyNotice;
    withoutCodes.naicsPrefixes.clear();

    FilterQuery inWeeks;
    QString from;
    bool readsEarlierLeads = false;
    if (!filter.naicsPrefixes.isEmpty() && !keyword) {
        inWeeks = FilterQuery::compile(withoutCodes, today, FilterQuery::KeywordPlan::Lookup);
        QVariantList bound;
        const QString codes = FilterQuery::naicsPrefixCondition(filter.naicsPrefixes,
                                                                      FilterQuery::PrefixPlan::RangeScan, bound);
        static const QStringList naicsIndexColumns = { QStringLiteral("naics_code"), QStringLiteral("deadline_at"),
                                                       QStringLiteral("source"),     QStringLiteral("active"),
                                                       QStringLiteral("posted_at"),  QStringLiteral("family_id"),
                                                       QStringLiteral("id") };
        if (inWeeks.readsOnly(naicsIndexColumns)) {
            inWeeks.addCondition(codes, { QStringLiteral("naics_code") }, bound);
            from = QStringLiteral(" FROM lead l INDEXED BY lead_sort_naics_code");
            readsEarlierLeads = true;
        } else {
            inWeeks.addCondition(QStringLiteral("l.id IN (SELECT l.id FROM lead l WHERE ") + codes + u')',
                                 { QStringLiteral("id") }, bound);
            from = inWeeks.conditionsFrom();
        }
    } else if (keyword) {
        inWeeks = FilterQuery::compile(everyNotice, today, FilterQuery::KeywordPlan::Lookup);
        from = inWeeks.conditionsFrom();
    }
    if (!from.isEmpty()) {
        if (!readsEarlierLeads) {
            auto share = weeksShareOfCache(firstMonday, afterLastSunday);
            if (!share)
                return share.error();
            readsEarlierLeads = *share >= 0.5;
        }
        if (readsEarlierLeads) {
            inWeeks.addCondition(QStringLiteral("+l.posted_at < ?"), { QStringLiteral("posted_at") }, { afterLastSunday });
        } else {
            inWeeks.addCondition(QStringLiteral("+l.posted_at >= ? AND +l.posted_at < ?"), { QStringLiteral("posted_at") },
                                 { firstMonday, afterLastSunday });
        }
    } else {
        inWeeks = FilterQuery::compile(everyNotice, today, FilterQuery::KeywordPlan::Scan);
        inWeeks.addCondition(QStringLiteral("l.posted_at >= ? AND l.posted_at < ?"), { QStringLiteral("posted_at") },
                             { firstMonday, afterLastSunday });
        from = QStringLiteral(" FROM lead l INDEXED BY lead_sort_posted_at");
    }
    QString matchedBefore = QStringLiteral("0");
    QVariantList matchedBeforeBindings;
    if (!readsEarlierLeads) {
        FilterQuery earlier = FilterQuery::compile(everyNotice, today, FilterQuery::KeywordPlan::Scan);
        earlier.addCondition(QStringLiteral("l.family_id = m.family_id"), { QStringLiteral("family_id") });
        earlier.addCondition(QStringLiteral("l.posted_at < ?"), { QStringLiteral("posted_at") }, { firstMonday });
        matchedBefore = QStringLiteral("EXISTS (SELECT 1") + earlier.conditionsFrom() + earlier.where() + u')';
        matchedBeforeBindings = earlier.bindings();
    }

    // With one row per family, a notice in the weeks is a match when it is its family's newest.
    const QString counted = filter.oneRowPerFamily
        ? QStringLiteral("(l.posted_at >= ? AND l.id = ") + FilterQuery::latestOfFamily(QStringLiteral("l.family_id")) + u')'
        : QStringLiteral("1");
    const QVariantList countedBindings = filter.oneRowPerFamily ? QVariantList { firstMonday } : QVariantList {};
    auto rows = d->execute(QStringLiteral("SELECT m.posted_at, m.family_id, m.counted, ") + matchedBefore
                               + QStringLiteral(" FROM (SELECT l.posted_at AS posted_at, l.family_id AS family_id, ")
                               + counted + QStringLiteral(" AS counted") + from + inWeeks.where() + QStringLiteral(") m"),
                           matchedBeforeBindings + countedBindings + inWeeks.bindings(), what);
    if (!rows)
        return rows.error();

    while (rows->next())
        tally.add(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toBool(), rows->value(3).toBool());
    if (rows->lastError().isValid())
        return sqlError(what, rows->lastError());
    return tally.result();
}
