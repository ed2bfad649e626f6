#include "SearchBacktest.h"

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
