#include "LeadStatistics.h"

#include "LeadStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <utility>
#include <functional>

Q_LOGGING_CATEGORY(lcStatistics, "tradeleads.statistics", QtWarningMsg)

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LeadStatistics", text);
}

const QString kEventSource = QStringLiteral("ita-events");

// The join to user data only when the filter asks for it (starred, pipeline status): SQLite
// keeps a LEFT JOIN in an aggregate, and it costs a lookup per lead.
QString from(const LeadFilter::Sql& sql)
{
    static const QRegularExpression userColumn(QStringLiteral("\\bu\\."));
    if (sql.where.contains(userColumn))
        return QStringLiteral(" FROM lead l LEFT JOIN lead_user u ON u.source = l.source AND u.source_id = l.source_id");
    return QStringLiteral(" FROM lead l");
}

// `where` of LeadFilter::toSql, with one more condition.
QString andWhere(const QString& where, const QString& condition)
{
    return where.isEmpty() ? QStringLiteral(" WHERE ") + condition : where + QStringLiteral(" AND ") + condition;
}

Error queryError(const QString& what, const QSqlQuery& query)
{
    return Error{tr("Cache error while %1: %2").arg(what, query.lastError().text())};
}

LeadStatisticsResult::Counts sortedTop(const QHash<QString, qint64>& counts, int limit)
{
    LeadStatisticsResult::Counts list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

// One dimension the statistics count over, and the filter it is counted under.
struct Dimension
{
    QString column; // a column of lead, as l.<column>; our constants only, never outside text
    LeadFilter filter;
    QHash<QString, qint64> counts;
};

// Counts over several dimensions that share one filter in a single pass: the scan of the
// filtered leads is the cost on a big cache, the GROUP BY over a few columns is cheap.
Status countTogether(QSqlDatabase db, const QDate& today, const QList<Dimension*>& dimensions)
{
    Q_ASSERT(!dimensions.isEmpty());
    const LeadFilter::Sql sql = dimensions.first()->filter.toSql(today);
    // Bare columns, in the order of the dimensions: an index over them (source, country,
    // set_aside_code, notice_type, industry) lets SQLite count without reading the table or
    // sorting.
    QStringList columns;
    for (const Dimension* dimension : dimensions)
        columns.append(QStringLiteral("l.") + dimension->column);
    const QString list = columns.join(QStringLiteral(", "));
    QString where = sql.where;
    if (columns.size() == 1) // empty values are left out; with several columns, in the loop below
        where = andWhere(where, columns.first() + QStringLiteral(" <> ''"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + list + QStringLiteral(", COUNT(*)") + from(sql) + where
                       + QStringLiteral(" GROUP BY ") + list))
        return queryError(tr("preparing the lead statistics"), query);
    for (const QVariant& value : sql.bindings)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(tr("counting leads"), query);
    const int countColumn = int(columns.size());
    while (query.next()) {
        const qint64 count = query.value(countColumn).toLongLong();
        for (int i = 0; i < countColumn; ++i) {
            const QString value = query.value(i).toString();
            if (!value.isEmpty())
                dimensions[i]->counts[value] += count;
        }
    }
    return Done{};
}

Status countDeadlines(QSqlDatabase db, const LeadFilter& filter, const QDate& today, DeadlineHistogram& histogram)
{
    const qint64 weeks = DeadlineHistogram::kWeeksBefore + 1 + DeadlineHistogram::kWeeksAfter;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    histogram.firstWeek = monday.addDays(-7 * DeadlineHistogram::kWeeksBefore);
    histogram.weekCount = int(weeks);
    histogram.currentWeek = DeadlineHistogram::kWeeksBefore;
    histogram.sources.clear();
    histogram.counts.clear();
    histogram.events = QList<qint64>(weeks, 0);

    // The chart's own dimension is left out (see LeadStatisticsResult::deadlines).
    LeadFilter unbounded = filter;
    unbounded.dueFrom = QDate();
    unbounded.dueTo = QDate();
    LeadFilter::Sql sql = unbounded.toSql(today);
    // Stored deadlines are ISO 8601 UTC: a date or a timestamp. They compare as text, so the
    // range uses the deadline index, and the first ten characters are the day.
    const QString where = andWhere(sql.where, QStringLiteral("l.deadline_at >= ? AND l.deadline_at < ?"));
    sql.bindings.append(histogram.firstWeek.toString(Qt::ISODate));
    sql.bindings.append(histogram.firstWeek.addDays(7 * weeks).toString(Qt::ISODate));
    // Grouped by day, not week: plain SQL any backend runs, and a few hundred rows at most
    // per source; the days go into weeks below.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT substr(l.deadline_at, 1, 10) AS day, l.source, COUNT(*)") + from(sql)
                       + where + QStringLiteral(" GROUP BY day, l.source")))
        return queryError(tr("preparing the deadline chart"), query);
    for (const QVariant& value : sql.bindings)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(tr("counting deadlines"), query);

    QHash<QString, QList<qint64>> bySource;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const int week = histogram.weekOf(day);
        if (week < 0)
            continue; // not a date after all
        const QString source = query.value(1).toString();
        const qint64 count = query.value(2).toLongLong();
        if (source == kEventSource) {
            histogram.events[week] += count;
            continue;
        }
        auto it = bySource.find(source);
        if (it == bySource.end())
            it = bySource.insert(source, QList<qint64>(weeks, 0));
        (*it)[week] += count;
    }

    QList<QPair<QString, qint64>> totals;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        qint64 sum = 0;
        for (qint64 n : *it)
            sum += n;
        totals.append({it.key(), sum});
    }
    std::sort(totals.begin(), totals.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto& [source, total] : totals) {
        Q_UNUSED(total);
        histogram.sources.append(source);
        histogram.counts.append(bySource.value(source));
    }
    return Done{};
}

Result<LeadStatisticsResult> computeStatistics(LeadStore& store, const LeadFilter& filter, const QDate& today,
                                               const std::function<bool()>& replaced)
{
    LeadStatisticsResult result;
    result.filter = filter;
    result.today = today;
    const QSqlDatabase db = store.database();
    const Error cancelled{tr("The statistics were replaced by a newer request")};

    // Facets: each without the filter's own condition on its dimension.
    Dimension source{QStringLiteral("source"), filter, {}};
    source.filter.sources.clear();
    Dimension country{QStringLiteral("country"), filter, {}};
    country.filter.countries.clear();
    Dimension setAside{QStringLiteral("set_aside_code"), filter, {}};
    setAside.filter.setAsideCodes.clear();
    Dimension noticeType{QStringLiteral("notice_type"), filter, {}};
    noticeType.filter.noticeTypes.clear();
    Dimension industry{QStringLiteral("industry"), filter, {}};
    // Countries under the whole filter are the country facet unless the filter names countries.
    const bool countryFacetIsFiltered = filter.countries.isEmpty();
    Dimension countryFiltered{QStringLiteral("country"), filter, {}};

    QList<Dimension*> dimensions = {&source, &country, &setAside, &noticeType, &industry};
    if (!countryFacetIsFiltered)
        dimensions.append(&countryFiltered);
    // Dimensions whose filters came out the same share one scan.
    QList<QList<Dimension*>> passes;
    for (Dimension* dimension : dimensions) {
        auto pass = std::find_if(passes.begin(), passes.end(), [&](const QList<Dimension*>& p) {
            return p.first()->filter == dimension->filter;
        });
        if (pass == passes.end())
            passes.append({dimension});
        else
            pass->append(dimension);
    }
    QElapsedTimer timer;
    for (const QList<Dimension*>& pass : passes) {
        if (replaced())
            return cancelled;
        timer.start();
        if (auto status = countTogether(db, today, pass); !status)
            return status.error();
        QStringList names;
        for (const Dimension* dimension : pass)
            names.append(dimension->column);
        qCDebug(lcStatistics) << "counted" << names.join(u',') << "in" << timer.elapsed() << "ms";
    }
    result.sourceFacet = sortedTop(source.counts, LeadStatisticsResult::kFacetLimit);
    result.countryFacet = sortedTop(country.counts, LeadStatisticsResult::kFacetLimit);
    result.setAsideFacet = sortedTop(setAside.counts, LeadStatisticsResult::kFacetLimit);
    result.noticeTypeFacet = sortedTop(noticeType.counts, LeadStatisticsResult::kFacetLimit);
    result.byCountry = sortedTop(countryFacetIsFiltered ? country.counts : countryFiltered.counts,
                                 LeadStatisticsResult::kTopLimit);

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

    if (replaced())
        return cancelled;
    timer.start();
    if (auto status = countDeadlines(db, filter, today, result.deadlines); !status)
        return status.error();
    qCDebug(lcStatistics) << "counted deadlines in" << timer.elapsed() << "ms";
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
    return {QStringLiteral("source"), QStringLiteral("country"), QStringLiteral("set_aside"),
            QStringLiteral("notice_type")};
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
    : QObject(parent), m_thread(new QThread), m_worker(new QObject),
      m_store(std::make_shared<std::unique_ptr<LeadStore>>()), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_cachePath(cachePath)
{
    qRegisterMetaType<LeadStatisticsResult>();
    m_thread->setObjectName(QStringLiteral("LeadStatistics"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

LeadStatistics::~LeadStatistics()
{
    // Work still queued sees a newer generation and returns at its next check.
    *m_latest = ~quint64(0);
    auto store = m_store;
    QMetaObject::invokeMethod(m_worker, [store] { store->reset(); }, Qt::BlockingQueuedConnection);
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
