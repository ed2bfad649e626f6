#include "SearchBacktest.h"

#include <algorithm>

QList<QDate> SearchBacktest::weekStartsEndingWith(const QDate& today, int weeks)
{
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek()); // Qt: Monday is 1
    QList<QDate> starts;
    starts.reserve(qMax(0, weeks));
    for (int i = weeks - 1; i >= 0; --i)
        starts.append(lastMonday.addDays(-7 * qint64(i)));
    return starts;
}

QString SearchBacktest::summary() const
{
    // Three sentences rather than "%n time(s)": English reads right without a translation file.
    const auto weeks = weekStarts.size();
    if (notified == 0)
        return tr("Over the last %1 weeks this search would not have notified you.").arg(weeks);
    if (notified == 1)
        return tr("Over the last %1 weeks this search would have notified you once.").arg(weeks);
    return tr("Over the last %1 weeks this search would have notified you %2 times.").arg(weeks).arg(notified);
}

BacktestTally::BacktestTally(const QDate& today, int weeks)
{
    if (weeks <= 0)
        return;
    m_result.weekStarts = SearchBacktest::weekStartsEndingWith(today, weeks);
    m_result.matches.fill(0, weeks);
    m_result.newFamilies.fill(0, weeks);
    m_firstMonday = m_result.weekStarts.first().toString(Qt::ISODate);
    m_afterLastSunday = m_result.weekStarts.last().addDays(7).toString(Qt::ISODate);
    // A posted_at belongs to the week before the first of these it sorts under: the text
    // comparison a search's posted range makes, so timestamps and bare dates land alike.
    for (qsizetype week = 1; week < m_result.weekStarts.size(); ++week)
        m_nextMondays.append(m_result.weekStarts.at(week).toString(Qt::ISODate));
}

qsizetype BacktestTally::weekOf(const QString& posted) const
{
    return std::upper_bound(m_nextMondays.cbegin(), m_nextMondays.cend(), posted) - m_nextMondays.cbegin();
}

void BacktestTally::add(const QString& posted, const QString& familyId, bool counted, bool matchedBefore)
{
    if (m_result.weekStarts.isEmpty())
        return;
    if (posted < m_firstMonday) {
        m_families[familyId].matchedBefore = true;
        return;
    }
    if (counted)
        ++m_result.matches[weekOf(posted)];
    Family& family = m_families[familyId];
    if (family.firstPosted.isEmpty() || posted < family.firstPosted)
        family.firstPosted = posted;
    family.matchedBefore = family.matchedBefore || matchedBefore;
}

SearchBacktest BacktestTally::result() const
{
    SearchBacktest result = m_result;
    for (const Family& family : m_families) {
        if (family.matchedBefore || family.firstPosted.isEmpty())
            continue;
        ++result.newFamilies[weekOf(family.firstPosted)];
        ++result.notified;
    }
    return result;
}
