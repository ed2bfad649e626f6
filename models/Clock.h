#pragma once

#include <QDate>
#include <QDateTime>

// "Today" for everything that depends on it (open leads, due within N days, sample dates).
// TRADELEADS_TODAY=YYYY-MM-DD pins it, so tests and demos see a fixed day.
namespace Clock {

QDate today();
QDateTime nowUtc();

} // namespace Clock
