#pragma once

#include "LeadFilter.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class LeadStore;
class QThread;

// Leads due per ISO week (Monday to Sunday, UTC dates as stored), stacked by source, with
// trade events (source "ita-events") counted apart: they are dates to be somewhere, not
// deadlines to bid by.
struct DeadlineHistogram
{
    static constexpr int kWeeksBefore = 8; // weeks shown before the week of "today"
    static constexpr int kWeeksAfter = 26; // weeks shown after it

    QDate firstWeek; // the Monday of the first week shown
    int weekCount = 0; // kWeeksBefore + 1 + kWeeksAfter once computed
    int currentWeek = -1; // index of the week holding "today"
    QStringList sources; // one stack layer each, the largest first; never "ita-events"
    QList<QList<qint64>> counts; // counts[source index][week index]
    QList<qint64> events; // trade events per week

    QDate weekStart(int week) const { return firstWeek.addDays(qint64(week) * 7); }
    int weekOf(const QDate& day) const; // -1 when outside the range
    qint64 weekTotal(int week) const; // leads of every source, events not included
    qint64 total() const;
    qint64 eventTotal() const;
};

// What the statistics views show for one filter.
struct LeadStatisticsResult
{
    using Counts = QList<QPair<QString, qint64>>; // value and count, the largest count first

    static constexpr int kFacetLimit = 50;
    static constexpr int kTopLimit = 20;

    quint64 generation = 0; // of the request this answers (0 when computed directly)
    LeadFilter filter;
    QDate today;

    // Facets, for narrowing the filter: each ignores the filter's own condition on its
    // dimension, so picking one source still shows what the others hold. Top kFacetLimit,
    // empty values left out. Dimensions as FacetPanel names them: "source", "country",
    // "set_aside", "notice_type".
    Counts sourceFacet;
    Counts countryFacet;
    Counts setAsideFacet;
    Counts noticeTypeFacet;
    // Every NAICS code with its leads, ignoring the filter's own NAICS prefixes; the facets
    // roll them up into the industry tree (NaicsCatalogue::tree).
    Counts naicsFacet;

    // The filter's own deadline range (dueFrom/dueTo) is ignored here, for the same reason:
    // clicking a week narrows the table to it and the chart keeps showing the other weeks.
    DeadlineHistogram deadlines;

    // For the current filter, all of it: top kTopLimit. A lead listing several industries
    // ("A; B") counts once under each.
    Counts byCountry;
    Counts byIndustry;

    const Counts* facet(QStringView dimension) const; // nullptr for an unknown dimension
    static QStringList facetDimensions();
};
Q_DECLARE_METATYPE(LeadStatisticsResult)

// Facets, the deadline histogram and top countries and industries for a filter, computed on
// a thread of its own with its own connection, so the window never waits on these GROUP BYs.
// Each request() replaces the previous one: work for a replaced request is skipped or cut
// short, and an answer that arrives after a newer request was made is dropped.
class LeadStatistics final : public QObject
{
    Q_OBJECT
public:
    explicit LeadStatistics(const QString& cachePath, QObject* parent = nullptr);
    ~LeadStatistics() override;

    void request(const LeadFilter& filter, const QDate& today);
    quint64 generation() const { return m_generation; } // of the latest request
    bool isBusy() const { return m_answered != m_generation; }

    // The work itself, on the caller's thread and connection.
    static Result<LeadStatisticsResult> compute(LeadStore& store, const LeadFilter& filter, const QDate& today);

signals:
    void ready(const LeadStatisticsResult& result);
    void failed(const QString& message);

private:
    void deliver(quint64 generation, const Result<LeadStatisticsResult>& result);

    QThread* m_thread;
    QObject* m_worker;
    std::shared_ptr<std::unique_ptr<LeadStore>> m_store; // opened and used on m_thread only
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QString m_cachePath;
    quint64 m_generation = 0;
    quint64 m_answered = 0;
};
