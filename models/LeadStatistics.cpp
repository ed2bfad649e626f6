#include "LeadStatistics.h"

#include "LeadStore.h"
#include "SourceCatalogue.h"
#include "ThreadPriority.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QThread>

#include <ctime>

#include <algorithm>
#include <functional>
#include <utility>

Q_LOGGING_CATEGORY(lcStatistics, "tradeleads.statistics", QtWarningMsg)

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadStatistics)
};

LeadStatisticsResult::Counts sortedTop(const QHash<QString, qint64>& counts, int limit)
{
    LeadStatisticsResult::Counts list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({ it.key(), it.value() });
    std::sort(list.begin(), list.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

// One thing the statistics count, and the filter it is counted under: a column of lead for
// a facet, or the deadline histogram (day and source).
struct Dimension
{
    QString column; // as l.<column>; our constants only, never outside text. Empty: the histogram
    LeadFilter filter;
    QHash<QString, qint64> counts;
};

// The histogram's weeks, before anything is counted.
DeadlineHistogram emptyHistogram(const QDate& today)
{
    DeadlineHistogram histogram;
    const qint64 weeks = DeadlineHistogram::kWeeksBefore + 1 + DeadlineHistogram::kWeeksAfter;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    histogram.firstWeek = monday.addDays(-7 * DeadlineHistogram::kWeeksBefore);
    histogram.weekCount = int(weeks);
    histogram.currentWeek = DeadlineHistogram::kWeeksBefore;
    histogram.events = QList<qint64>(weeks, 0);
    return histogram;
}

// This thread's CPU time: on a busy machine it tells the work from the wait.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Counts every dimension that shares one filter in a single pass over the filtered leads.
// The histogram counts per week and source; `bySource` gets them, trade events apart.
Status countTogether(const LeadStore& store, const QDate& today, const QList<Dimension*>& dimensions,
    DeadlineHistogram& histogram, QHash<QString, QList<qint64>>& bySource, const std::function<bool()>& replaced)
{
    Q_ASSERT(!dimensions.isEmpty());
    LeadTallyRequest request;
    request.filter = dimensions.first()->filter;
    request.today = today;
    request.firstWeek = histogram.firstWeek;
    request.weekCount = histogram.weekCount;
    QList<int> facetIndex;
    for (const Dimension* dimension : dimensions) {
        if (dimension->column.isEmpty()) {
            request.countWeeks = true;
            facetIndex.append(-1);
            continue;
        }
        qsizetype index = request.facetColumns.indexOf(dimension->column);
        if (index < 0) {
            index = request.facetColumns.size();
            request.facetColumns.append(dimension->column);
        }
        facetIndex.append(int(index));
    }
    auto tally = store.tally(request, replaced);
    if (!tally)
        return tally.error();
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        if (facetIndex[i] < 0)
            continue;
        const QHash<QString, qint64>& counts = tally->facets.at(facetIndex[i]);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            dimensions[i]->counts[it.key()] += it.value();
    }
    const QString eventSource = SourceCatalogue::eventSource();
    for (auto it = tally->weeksBySource.cbegin(); it != tally->weeksBySource.cend(); ++it) {
        QList<qint64>& layer = it.key() == eventSource ? histogram.events : bySource[it.key()];
        if (layer.isEmpty())
            layer = QList<qint64>(histogram.weekCount, 0);
        for (int week = 0; week < histogram.weekCount; ++week)
            layer[week] += it.value().value(week);
    }
    return Done {};
}

// The stack layers, the largest first.
void finishHistogram(DeadlineHistogram& histogram, const QHash<QString, QList<qint64>>& bySource)
{
    QHash<QString, qint64> totals;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        qint64 sum = 0;
        for (qint64 n : *it)
            sum += n;
        totals.insert(it.key(), sum);
    }
    for (const auto& [source, total] : sortedTop(totals, int(totals.size()))) {
        Q_UNUSED(total);
        histogram.sources.append(source);
        histogram.counts.append(bySource.value(source));
    }
}

Result<LeadStatisticsResult> computeStatistics(
    LeadStore& store, const LeadFilter& filter, const QDate& today, const std::function<bool()>& replaced)
{
    LeadStatisticsResult result;
    result.filter = filter;
    result.today = today;
    result.deadlines = emptyHistogram(today);
    const Error cancelled { Messages::tr("The statistics were replaced by a newer request") };

    // Facets: each without the filter's own condition on its dimension.
    Dimension source { QStringLiteral("source"), filter, {} };
    source.filter.sources.clear();
    Dimension country { QStringLiteral("country"), filter, {} };
    country.filter.countries.clear();
    Dimension setAside { QStringLiteral("set_aside_code"), filter, {} };
    setAside.filter.setAsideCodes.clear();
    Dimension noticeType { QStringLiteral("notice_type"), filter, {} };
    noticeType.filter.noticeTypes.clear();
    Dimension industry { QStringLiteral("industry"), filter, {} };
    Dimension naics { QStringLiteral("naics_code"), filter, {} };
    naics.filter.naicsPrefixes.clear();
    // Countries under the whole filter are the country facet unless the filter names countries.
    const bool countryFacetIsFiltered = filter.countries.isEmpty();
    Dimension countryFiltered { QStringLiteral("country"), filter, {} };
    // The histogram leaves out the filter's deadline range (see LeadStatisticsResult::deadlines).
    Dimension deadlines { QString(), filter, {} };
    deadlines.filter.dueFrom = QDate();
    deadlines.filter.dueTo = QDate();

    QList<Dimension*> dimensions = { &source, &country, &setAside, &noticeType, &industry, &naics, &deadlines };
    if (!countryFacetIsFiltered)
        dimensions.append(&countryFiltered);
    // Dimensions whose filters came out the same share one scan of lead_browse.
    QList<QList<Dimension*>> passes;
    for (Dimension* dimension : dimensions) {
        auto pass = std::find_if(passes.begin(), passes.end(), [&](const QList<Dimension*>& p) {
            return p.first()->filter == dimension->filter;
        });
        if (pass == passes.end())
            passes.append({ dimension });
        else
            pass->append(dimension);
    }
    QHash<QString, QList<qint64>> bySource;
    QElapsedTimer timer;
    for (const QList<Dimension*>& pass : passes) {
        if (replaced())
            return cancelled;
        timer.start();
        const double cpuBefore = threadCpuMs();
        if (auto status = countTogether(store, today, pass, result.deadlines, bySource, replaced); !status)
            return status.error();
        QStringList names;
        for (const Dimension* dimension : pass)
            names.append(dimension->column.isEmpty() ? QStringLiteral("deadlines") : dimension->column);
        qCDebug(lcStatistics) << "counted" << names.join(u',') << "in" << timer.elapsed() << "ms," << threadCpuMs() - cpuBefore
                              << "ms of CPU";
    }
    finishHistogram(result.deadlines, bySource);
    result.sourceFacet = sortedTop(source.counts, LeadStatisticsResult::kFacetLimit);
    result.countryFacet = sortedTop(country.counts, LeadStatisticsResult::kFacetLimit);
    result.setAsideFacet = sortedTop(setAside.counts, LeadStatisticsResult::kFacetLimit);
    result.noticeTypeFacet = sortedTop(noticeType.counts, LeadStatisticsResult::kFacetLimit);
    result.naicsFacet = sortedTop(naics.counts, int(naics.counts.size()));
    result.byCountry
        = sortedTop(countryFacetIsFiltered ? country.counts : countryFiltered.counts, LeadStatisticsResult::kTopLimit);

    // ITA joins a lead's industries with "; ": each of them counts. Sources spell some names
    // with other capitals: one bar for them, under the most common spelling.
    QHash<QString, QHash<QString, qint64>> spellings; // case-folded name -> spelling -> leads
    for (auto it = industry.counts.cbegin(); it != industry.counts.cend(); ++it) {
        const QStringList names = it.key().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QStringList seen; // a lead counts once per industry
        for (const QString& name : names) {
            const QString trimmed = name.trimmed();
            const QString folded = trimmed.toCaseFolded();
            if (trimmed.isEmpty() || seen.contains(folded))
                continue;
            seen.append(folded);
            spellings[folded][trimmed] += it.value();
        }
    }
    QHash<QString, qint64> industries;
    for (const QHash<QString, qint64>& variants : std::as_const(spellings)) {
        QString label;
        qint64 best = -1;
        qint64 sum = 0;
        for (auto it = variants.cbegin(); it != variants.cend(); ++it) {
            sum += it.value();
            if (it.value() > best || (it.value() == best && it.key() < label)) {
                best = it.value();
                label = it.key();
            }
        }
        industries.insert(label, sum);
    }
    result.byIndustry = sortedTop(industries, LeadStatisticsResult::kTopLimit);

    return result;
}

} // namespace

int DeadlineHistogram::weekOf(const QDate& day) const
{
    if (!day.isValid() || !firstWeek.isValid())
        return -1;
    const qint64 days = firstWeek.daysTo(day);
    if (days < 0)
        return -1;
    const qint64 week = days / 7;
    return week < weekCount ? int(week) : -1;
}

qint64 DeadlineHistogram::weekTotal(int week) const
{
    qint64 sum = 0;
    for (const QList<qint64>& layer : counts)
        sum += layer.value(week);
    return sum;
}

qint64 DeadlineHistogram::total() const
{
    qint64 sum = 0;
    for (const QList<qint64>& layer : counts) {
        for (qint64 n : layer)
            sum += n;
    }
    return sum;
}

qint64 DeadlineHistogram::eventTotal() const
{
    qint64 sum = 0;
    for (qint64 n : events)
        sum += n;
    return sum;
}

QStringList LeadStatisticsResult::facetDimensions()
{
    return { QStringLiteral("source"), QStringLiteral("country"), QStringLiteral("set_aside"),
        QStringLiteral("notice_type") };
}

const LeadStatisticsResult::Counts* LeadStatisticsResult::facet(QStringView dimension) const
{
    if (dimension == u"source")
        return &sourceFacet;
    if (dimension == u"country")
        return &countryFacet;
    if (dimension == u"set_aside")
        return &setAsideFacet;
    if (dimension == u"notice_type")
        return &noticeTypeFacet;
    return nullptr;
}

LeadStatistics::LeadStatistics(const QString& cachePath, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_store(std::make_shared<std::unique_ptr<LeadStore>>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_cachePath(cachePath)
{
    qRegisterMetaType<LeadStatisticsResult>();
    m_thread->setObjectName(QStringLiteral("LeadStatistics"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ThreadPriority::lowerCurrentThread);
}

LeadStatistics::~LeadStatistics()
{
    // Work still queued sees a newer generation and returns at its next check.
    *m_latest = ~quint64(0);
    auto store = m_store;
    QMetaObject::invokeMethod(
        m_worker, [store] { store->reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void LeadStatistics::request(const LeadFilter& filter, const QDate& today)
{
    const quint64 generation = ++m_generation;
    *m_latest = generation;
    auto store = m_store;
    auto latest = m_latest;
    const QString path = m_cachePath;
    QMetaObject::invokeMethod(m_worker, [this, store, latest, path, generation, filter, today] {
        auto replaced = [&latest, generation] { return latest->load() != generation; };
        // A newer request is queued behind this one: skip the work it replaces.
        if (replaced())
            return;
        if (!*store) {
            // Opened here, on the worker thread, the only thread that uses it.
            auto opened = LeadStore::open(path);
            if (!opened) {
                const Result<LeadStatisticsResult> failure = opened.error();
                QMetaObject::invokeMethod(this, [this, generation, failure] { deliver(generation, failure); });
                return;
            }
            *store = std::move(*opened);
        }
        Result<LeadStatisticsResult> result = computeStatistics(**store, filter, today, replaced);
        if (replaced())
            return;
        if (result)
            result->generation = generation;
        QMetaObject::invokeMethod(this, [this, generation, result] { deliver(generation, result); });
    });
}

Result<LeadStatisticsResult> LeadStatistics::compute(LeadStore& store, const LeadFilter& filter, const QDate& today)
{
    return computeStatistics(store, filter, today, [] { return false; });
}

void LeadStatistics::deliver(quint64 generation, const Result<LeadStatisticsResult>& result)
{
    // A newer request was made while this one ran: its answer is on its way.
    if (generation != m_generation)
        return;
    m_answered = generation;
    if (result)
        emit ready(*result);
    else
        emit failed(result.errorMessage());
}
