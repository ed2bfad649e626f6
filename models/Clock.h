#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The one clock: "today" (open leads, due within N days, sample dates, the chart's week)
// and "now" (every timestamp the store writes). TRADELEADS_TODAY=YYYY-MM-DD pins the day
// for tests and demos, with the time of day still running; a test can stop time with Fake.
namespace Clock {

QDate today();
QDateTime nowUtc();
QString nowUtcText(); // as the store writes it: YYYY-MM-DDTHH:MM:SSZ
qint64 msecsUntilTomorrow(); // until today() gives the next day

// While one lives, the clock reads the time it holds, moved only by advance(): tests that
// compare timestamps of second resolution move time instead of sleeping.
class Fake
{
public:
    explicit Fake(const QDateTime& nowUtc);
    ~Fake();
    Fake(const Fake&) = delete;
    Fake& operator=(const Fake&) = delete;
    void advance(qint64 seconds);
};

} // namespace Clock
