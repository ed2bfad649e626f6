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
#include <functional>
#include <utility>

Q_LOGGING_CATEGORY(lcStatistics, "tradeleads.statistics", QtWarningMsg)

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LeadStatistics", text);
}

const QString kEventSource = QStringLiteral("ita-events");

// The join to user data only when the filter asks for it (starred, pipeline status): SQLite
// keeps a LEFT JOIN in an aggregate, and it costs a lookup per lead. When every column the
// filter names is in lead_browse, the scan reads that index alone: SQLite would otherwise take
// a narrower index for a range (the open leads' deadlines) and read each lead's row from the
// table, a random page per lead (90 s against 1 s for a million leads).
QString fromClause(const LeadFilter::Sql& sql)
{
    static const QRegularExpression userColumn(QStringLiteral("\\bu\\."));
    if (sql.where.contains(userColumn))
        return QStringLiteral(
            " FROM lead l LEFT JOIN lead_user u ON u.source = l.source AND u.source_id = l.source_id");
    static const QRegularExpression leadColumn(QStringLiteral("\\bl\\.(\\w+)"));
    static const QStringList browseColumns = { QStringLiteral("id"), QStringLiteral("source"),
        QStringLiteral("country"), QStringLiteral("set_aside_code"), QStringLiteral("notice_type"),
        QStringLiteral("deadline_at"), QStringLiteral("active"), QStringLiteral("industry") };
    for (const QRegularExpressionMatch& match : leadColumn.globalMatch(sql.where)) {
        if (!browseColumns.contains(match.captured(1)))
            return QStringLiteral(" FROM lead l");
    }
    return QStringLiteral(" FROM lead l INDEXED BY lead_browse");
}

// `where` of LeadFilter::toSql, with one more condition.
QString andWhere(const QString& where, const QString& condition)
{
    return where.isEmpty() ? QStringLiteral(" WHERE ") + condition : where + QStringLiteral(" AND ") + condition;
}

Error queryError(const QString& what, const QSqlQuery& query)
{
    return Error { tr("Cache error while %1: %2").arg(what, query.lastError().text()) };
}

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

// Counts every dimension that shares one filter in a single pass: on a big cache the scan of
// the filtered leads is the cost, and one GROUP BY over a few more columns is cheaper than
// another scan. The histogram's rows carry their day (NULL outside the chart's range) and
// source; `bySource` gets them per week.
Status countTogether(QSqlDatabase db, const QDate& today, const QList<Dimension*>& dimensions,
    DeadlineHistogram& histogram, QHash<QString, QList<qint64>>& bySource)
{
    Q_ASSERT(!dimensions.isEmpty());
    const LeadFilter::Sql sql = dimensions.first()->filter.toSql(today, LeadFilter::KeywordPlan::Scan);
    QVariantList bindings;
    // Grouped by expressions, not bare columns: the index on (source, source_id) would tempt
    // SQLite to read the table in that index's order, a random page per lead (38 s for a
    // million leads here, against 5 to 10 s for a plain scan). A covering index is still used.
    QStringList expressions;
    auto use = [&](const QString& expression) {
        qsizetype index = expressions.indexOf(expression);
        if (index < 0) {
            index = expressions.size();
            expressions.append(expression);
        }
        return int(index);
    };
    auto column = [](const QString& name) { return QStringLiteral("COALESCE(l.") + name + QStringLiteral(", '')"); };
    QList<int> facetColumn;
    int dayColumn = -1;
    int sourceColumn = -1;
    const QString from = histogram.firstWeek.toString(Qt::ISODate);
    const QString to = histogram.firstWeek.addDays(7 * qint64(histogram.weekCount)).toString(Qt::ISODate);
    for (const Dimension* dimension : dimensions) {
        if (!dimension->column.isEmpty()) {
            facetColumn.append(use(column(dimension->column)));
            continue;
        }
        facetColumn.append(-1);
        // Stored deadlines are ISO 8601 UTC, a date or a timestamp: they compare as text, and
        // their first ten characters are the day. Days, not weeks: plain SQL for any backend.
        dayColumn = use(QStringLiteral("CASE WHEN l.deadline_at >= ? AND l.deadline_at < ? "
                                       "THEN substr(l.deadline_at, 1, 10) END"));
        bindings << from << to; // placeholders in the SELECT list come before the WHERE's
        sourceColumn = use(column(QStringLiteral("source")));
    }
    QString where = sql.where;
    if (dimensions.size() == 1 && dayColumn < 0) {
        // Empty values are left out; with several dimensions, in the loop below.
        where = andWhere(where, QStringLiteral("l.") + dimensions.first()->column + QStringLiteral(" <> ''"));
    } else if (dimensions.size() == 1) {
        // The histogram alone: only its range. An expression, so that SQLite scans in table
        // order rather than in deadline order, a random page per lead.
        where
            = andWhere(where, QStringLiteral("substr(l.deadline_at, 1, 10) >= ? AND substr(l.deadline_at, 1, 10) < ?"));
    }
    bindings += sql.bindings;
    if (dimensions.size() == 1 && dayColumn >= 0)
        bindings << from << to;

    // GROUP BY by position: the day's expression holds placeholders, bound once.
    QStringList positions;
    for (qsizetype i = 1; i <= expressions.size(); ++i)
        positions.append(QString::number(i));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + QStringLiteral(", COUNT(*)")
            + fromClause(sql) + where + QStringLiteral(" GROUP BY ") + positions.join(QStringLiteral(", "))))
        return queryError(tr("preparing the lead statistics"), query);
    for (const QVariant& value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec())
        return queryError(tr("counting leads"), query);
    const int countColumn = int(expressions.size());
    while (query.next()) {
        const qint64 count = query.value(countColumn).toLongLong();
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            if (facetColumn[i] < 0)
                continue;
            const QString value = query.value(facetColumn[i]).toString();
            if (!value.isEmpty())
                dimensions[i]->counts[value] += count;
        }
        if (dayColumn < 0)
            continue;
        const int week = histogram.weekOf(QDate::fromString(query.value(dayColumn).toString(), Qt::ISODate));
        if (week < 0)
            continue; // outside the range, or no date after all
        const QString source = query.value(sourceColumn).toString();
        if (source == kEventSource) {
            histogram.events[week] += count;
            continue;
        }
        auto it = bySource.find(source);
        if (it == bySource.end())
            it = bySource.insert(source, QList<qint64>(histogram.weekCount, 0));
        (*it)[week] += count;
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
    const QSqlDatabase db = store.database();
    const Error cancelled { tr("The statistics were replaced by a newer request") };
    const StatementInterrupt interrupt(store, replaced);

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
    // Countries under the whole filter are the country facet unless the filter names countries.
    const bool countryFacetIsFiltered = filter.countries.isEmpty();
    Dimension countryFiltered { QStringLiteral("country"), filter, {} };
    // The histogram leaves out the filter's deadline range (see LeadStatisticsResult::deadlines).
    Dimension deadlines { QString(), filter, {} };
    deadlines.filter.dueFrom = QDate();
    deadlines.filter.dueTo = QDate();

    QList<Dimension*> dimensions = { &source, &country, &setAside, &noticeType, &industry, &deadlines };
    if (!countryFacetIsFiltered)
        dimensions.append(&countryFiltered);
    // Dimensions whose filters came out the same share one scan. Industry counts apart: the
    // other columns are in the lead_browse index, and a pass that reads only the index is
    // several times faster than one that reads the table (1.2 s and 3.2 s for a million leads).
    QList<QList<Dimension*>> passes;
    for (Dimension* dimension : dimensions) {
        auto pass = std::find_if(passes.begin(), passes.end(), [&](const QList<Dimension*>& p) {
            return p.first()->filter == dimension->filter && p.first() != &industry && dimension != &industry;
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
        if (auto status = countTogether(db, today, pass, result.deadlines, bySource); !status)
            return status.error();
        QStringList names;
        for (const Dimension* dimension : pass)
            names.append(dimension->column.isEmpty() ? QStringLiteral("deadlines") : dimension->column);
        qCDebug(lcStatistics) << "counted" << names.join(u',') << "in" << timer.elapsed() << "ms";
    }
    finishHistogram(result.deadlines, bySource);
    result.sourceFacet = sortedTop(source.counts, LeadStatisticsResult::kFacetLimit);
    result.countryFacet = sortedTop(country.counts, LeadStatisticsResult::kFacetLimit);
    result.setAsideFacet = sortedTop(setAside.counts, LeadStatisticsResult::kFacetLimit);
    result.noticeTypeFacet = sortedTop(noticeType.counts, LeadStatisticsResult::kFacetLimit);
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
    m_thread->start(QThread::LowPriority);
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
