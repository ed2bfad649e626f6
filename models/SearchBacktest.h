#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QList>
#include <QString>

// What a search would have matched over the last weeks ("try it on the past"), before it
// is saved and starts notifying.
//
// Weeks run Monday to Sunday: the last N of them, ending with the week that holds today
// (Clock::today(), which TRADELEADS_TODAY pins), so the last week may still be running.
// A week's matches are the leads the filter matches whose posted_at falls in it: exactly
// what a search with the same filter and --posted-from MONDAY --posted-to SUNDAY returns
// (one row per family when the filter asks for that). The filter's own posted range is
// replaced by each week's.
// A saved search notifies once per notice family, at the family's first matching notice:
// a family is new in the week of its earliest matching notice (by posted_at) when that lies
// inside the weeks; a family with a matching notice posted before them is old news. Notices
// without a posted date belong to no week.
struct SearchBacktest
{
    Q_DECLARE_TR_FUNCTIONS(SearchBacktest)

public:
    static constexpr int kDefaultWeeks = 12;
    static constexpr int kMaxWeeks = 104; // two years

    QList<QDate> weekStarts;   // Mondays, oldest first
    QList<qint64> matches;     // per week
    QList<qint64> newFamilies; // per week: the families it would have notified that week
    qint64 notified = 0;       // the sum of newFamilies

    // The Mondays of the `weeks` weeks that end with the week holding `today`, oldest first.
    static QList<QDate> weekStartsEndingWith(const QDate& today, int weeks);
    // "Over the last 12 weeks this search would have notified you 4 times.", for people.
    QString summary() const;
};

// Adds up, notice by notice, what a filter matched into a SearchBacktest: each store reads the
// rows its own way, this counts them alike.
class BacktestTally
{
public:
    BacktestTally(const QDate& today, int weeks);

    // The weeks' bounds as the posted_at text compares: from the first Monday, before the
    // Monday after the last week.
    const QString& firstMonday() const { return m_firstMonday; }
    const QString& afterLastSunday() const { return m_afterLastSunday; }

    // One matching notice: `counted` when it is a match of its own (with one row per family,
    // the family's newest only), `matchedBefore` when its family matched before the weeks. A
    // notice posted before them tells only that its family is old news.
    void add(const QString& posted, const QString& familyId, bool counted, bool matchedBefore);
    SearchBacktest result() const;

private:
    struct Family
    {
        QString firstPosted;        // its earliest matching notice in the weeks
        bool matchedBefore = false; // a matching notice posted before the weeks: old news
    };
    qsizetype weekOf(const QString& posted) const;

    SearchBacktest m_result;
    QString m_firstMonday;
    QString m_afterLastSunday;
    QStringList m_nextMondays;
    QHash<QString, Family> m_families;
};
