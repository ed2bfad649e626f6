#include "Clock.h"

namespace Clock {

QDate today()
{
    const QDate pinned = QDate::fromString(qEnvironmentVariable("TRADELEADS_TODAY"), Qt::ISODate);
    return pinned.isValid() ? pinned : QDate::currentDate();
}

QDateTime nowUtc()
{
    const QDate pinned = QDate::fromString(qEnvironmentVariable("TRADELEADS_TODAY"), Qt::ISODate);
    if (pinned.isValid())
        return QDateTime(pinned, QTime(12, 0), Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

} // namespace Clock
