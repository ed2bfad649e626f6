#include "LeadStatistics.h"

#include "LeadStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

#include <sqlite3.h>

#include <climits>
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

// Binds a filter's values to a raw statement, in order from the first placeholder.
bool bindAll(sqlite3_stmt* statement, const QVariantList& values)
{
    int index = 1;
    for (const QVariant& value : values) {
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            return false;
        ++index;
    }
    return true;
}

// The text of a result column, without a copy: valid until the next step.
QByteArray columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(statement, column)) : QByteArray();
}

// Counts values into a hash, one lookup per run of equal values: lead_browse hands rows
// over sorted by source, country, set-aside and notice type, so runs are long, and hashing
// every value was a third of the pass.
class RunTally
{
public:
    void add(const QByteArray& value)
    {
        if (m_pending > 0 && value == m_last) {
            ++m_pending;
            return;
        }
        flush();
        m_last = QByteArray(value.constData(), value.size()); // the row's text dies at the next step
        m_pending = 1;
    }
    void flush()
    {
        if (m_pending > 0 && !m_last.isEmpty())
            m_counts[m_last] += m_pending;
        m_pending = 0;
    }
    const QHash<QByteArray, qint64>& counts() const { return m_counts; }

private:
    QByteArray m_last;
    qint64 m_pending = 0;
    QHash<QByteArray, qint64> m_counts;
};

// Days since 1970-01-01 of an ISO "YYYY-MM-DD..." text, or INT_MIN when it is not one.
// Arithmetic, not QDate::fromString: it runs for every lead.
int dayNumber(const char* text, int size)
{
    if (size < 10 || text[4] != '-' || text[7] != '-')
        return INT_MIN;
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return INT_MIN;
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// Counts every dimension that shares one filter in a single pass over the filtered leads,
// tallied here in hash tables: on a big cache that pass is the cost, and SQLite's GROUP BY
// would sort every lead first (1.4 s against 0.3 s for 700,000 open leads). The histogram
// counts per week and source; `bySource` gets them.
Status countTogether(LeadStore& store, const QDate& today, const QList<Dimension*>& dimensions,
    DeadlineHistogram& histogram, QHash<QString, QList<qint64>>& bySource)
{
    Q_ASSERT(!dimensions.isEmpty());
    const LeadFilter::Sql sql = dimensions.first()->filter.toSql(today, LeadFilter::KeywordPlan::Scan);
    QStringList columns;
    auto use = [&](const QString& column) {
        qsizetype index = columns.indexOf(column);
        if (index < 0) {
            index = columns.size();
            columns.append(column);
        }
        return int(index);
    };
    QList<int> facetColumn;
    int deadlineColumn = -1;
    int sourceColumn = -1;
    for (const Dimension* dimension : dimensions) {
        if (!dimension->column.isEmpty()) {
            facetColumn.append(use(QStringLiteral("l.") + dimension->column));
            continue;
        }
        facetColumn.append(-1);
        deadlineColumn = use(QStringLiteral("l.deadline_at"));
        sourceColumn = use(QStringLiteral("l.source"));
    }
    QString where = sql.where;
    QVariantList bindings = sql.bindings;
    const QString from = histogram.firstWeek.toString(Qt::ISODate);
    const QString to = histogram.firstWeek.addDays(7 * qint64(histogram.weekCount)).toString(Qt::ISODate);
    if (dimensions.size() == 1 && deadlineColumn >= 0) {
        // The histogram alone: only its range.
        where = andWhere(where, QStringLiteral("l.deadline_at >= ? AND l.deadline_at < ?"));
        bindings << from << to;
    }
    // Stored deadlines are ISO 8601 UTC, a date or a timestamp: their first ten characters
    // are the day.
    const QByteArray firstDay = histogram.firstWeek.toString(Qt::ISODate).toLatin1();
    const int firstDayNumber = dayNumber(firstDay.constData(), int(firstDay.size()));

    const QByteArray text = (QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + fromClause(sql) + where).toUtf8();
    sqlite3* handle = store.sqliteHandle();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK
        || !bindAll(statement, bindings)) {
        const Error error { Messages::tr("Cache error while %1: %2")
                                .arg(Messages::tr("preparing the lead statistics"),
                                    QString::fromUtf8(sqlite3_errmsg(handle))) };
        sqlite3_finalize(statement);
        return error;
    }
    QList<RunTally> tallies(dimensions.size());
    QHash<QByteArray, QList<qint64>> weeksBySource;
    const QByteArray eventSource = kEventSource.toLatin1();
    QByteArray lastSource;
    QList<qint64>* lastLayer = nullptr;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            if (facetColumn[i] >= 0)
                tallies[i].add(columnText(statement, facetColumn[i]));
        }
        if (deadlineColumn < 0)
            continue;
        const QByteArray deadline = columnText(statement, deadlineColumn);
        const int days = dayNumber(deadline.constData(), int(deadline.size()));
        if (days == INT_MIN || days < firstDayNumber || days >= firstDayNumber + 7 * histogram.weekCount)
            continue; // no date, or outside the chart's range
        const int week = (days - firstDayNumber) / 7;
        const QByteArray source = columnText(statement, sourceColumn);
        if (source == eventSource) {
            histogram.events[week] += 1;
            continue;
        }
        if (!lastLayer || source != lastSource) {
            lastSource = QByteArray(source.constData(), source.size());
            auto layer = weeksBySource.find(lastSource);
            if (layer == weeksBySource.end())
                layer = weeksBySource.insert(lastSource, QList<qint64>(histogram.weekCount, 0));
            lastLayer = &*layer;
        }
        (*lastLayer)[week] += 1;
    }
    const QString failure = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (!failure.isEmpty())
        return Error { Messages::tr("Cache error while %1: %2").arg(Messages::tr("counting leads"), failure) };

    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        tallies[i].flush();
        const QHash<QByteArray, qint64>& counts = tallies[i].counts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            dimensions[i]->counts[QString::fromUtf8(it.key())] += it.value();
    }
    for (auto it = weeksBySource.cbegin(); it != weeksBySource.cend(); ++it) {
        QList<qint64>& layer = bySource[QString::fromUtf8(it.key())];
        if (layer.isEmpty())
            layer = QList<qint64>(histogram.weekCount, 0);
        for (int week = 0; week < histogram.weekCount; ++week)
            layer[week] += it.value()[week];
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
        if (auto status = countTogether(store, today, pass, result.deadlines, bySource); !status)
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
