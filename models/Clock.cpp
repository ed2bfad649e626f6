#include "Clock.h"

#include <QMutex>
#include <QMutexLocker>

#include <optional>

namespace Clock {
namespace {

// The fake time, read from any thread: the store writes timestamps on workers.
QMutex fakeMutex;
std::optional<QDateTime> fakeNow;

std::optional<QDateTime> fake()
{
    const QMutexLocker lock(&fakeMutex);
    return fakeNow;
}

QDate pinnedDay()
{
    return QDate::fromString(qEnvironmentVariable("TRADELEADS_TODAY"), Qt::ISODate);
}

} // namespace

QDate today()
{
    if (const auto now = fake())
        return now->date();
    const QDate pinned = pinnedDay();
    return pinned.isValid() ? pinned : QDate::currentDate();
}

QDateTime nowUtc()
{
    if (const auto now = fake())
        return *now;
    const QDateTime real = QDateTime::currentDateTimeUtc();
    const QDate pinned = pinnedDay();
    return pinned.isValid() ? QDateTime(pinned, real.time(), Qt::UTC) : real;
}

QString nowUtcText()
{
    return nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

qint64 msecsUntilTomorrow()
{
    if (fake())
        return 24 * 3600 * 1000;
    const QDateTime now = QDateTime::currentDateTime();
    return qMax<qint64>(1000, now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0))));
}

Fake::Fake(const QDateTime& nowUtc)
{
    const QMutexLocker lock(&fakeMutex);
    fakeNow = nowUtc.toUTC();
}

Fake::~Fake()
{
    const QMutexLocker lock(&fakeMutex);
    fakeNow.reset();
}

void Fake::advance(qint64 seconds)
{
    const QMutexLocker lock(&fakeMutex);
    fakeNow = fakeNow->addSecs(seconds);
}

} // namespace Clock
