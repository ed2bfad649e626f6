#include "LeadFilter.h"
#include "LeadStatistics.h"
#include "LeadStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Lead lead(const QString& id, const QString& source, const QString& country, const QString& deadline,
    const QString& setAside = {}, const QString& noticeType = {}, const QString& industry = {})
{
    Lead l;
    l.source = source;
    l.sourceId = id;
    l.title = QStringLiteral("Lead ") + id;
    l.country = country;
    l.deadlineAt = deadline;
    l.setAsideCode = setAside;
    l.noticeType = noticeType;
    l.industry = industry;
    l.postedAt = QStringLiteral("2026-01-05");
    l.raw = id.toUtf8();
    return l;
}

using Counts = LeadStatisticsResult::Counts;

Counts counts(std::initializer_list<QPair<const char*, qint64>> list)
{
    Counts result;
    for (const auto& [value, count] : list)
        result.append({ QString::fromUtf8(value), count });
    return result;
}

// A Wednesday: its week (ISO week 12) starts on Monday 2026-03-16, and the chart's first
// week 8 weeks earlier, on Monday 2026-01-19.
const QDate kToday(2026, 3, 18);

} // namespace

class TestLeadStatistics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void facetsOfEverything();
    void facetsIgnoreTheirOwnDimension_data();
    void facetsIgnoreTheirOwnDimension();
    void topCountriesAndIndustriesFollowTheWholeFilter();
    void naicsCodesIgnoreTheirOwnPrefixes();
    void histogramWeeks();
    void histogramBuckets_data();
    void histogramBuckets();
    void histogramIgnoresTheDeadlineRangeOnly();
    void eventsAreCountedApart();
    void asyncDeliversOnlyTheLatest();
    void asyncReportsACacheThatCannotOpen();
    void countsYieldTheCoresToTheWindow();
    void timingOnABigCache();

private:
    LeadStatisticsResult compute(const LeadFilter& filter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestLeadStatistics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    const QList<Lead> leads = {
        // Monday 00:00 belongs to the week it starts; a second before is the week before.
        lead("1", "sam", "US", "2026-03-16T00:00:00Z", "SBA", "Solicitation"),
        lead("2", "sam", "US", "2026-03-15T23:59:59Z", "8A", "Solicitation"),
        // A date-only Sunday is the last day of its week.
        lead("3", "sam", "US", "2026-03-22", {}, "Sources Sought"),
        lead("4", "ita-uk", "GB", "2026-03-16", {}, "Tender", "Aerospace and Defense"),
        // The day before the first week and the first day of it.
        lead("5", "ita-canada", "CA", "2026-01-18", {}, "Tender", "Energy; Aerospace and Defense"),
        lead("6", "ita-canada", "CA", "2026-01-19", {}, "Tender", "Energy"),
        // The last day of the last week and the day after it.
        lead("7", "ita-state", "MX", "2026-09-20T12:00:00Z", {}, "Tender", "Energy"),
        lead("8", "ita-state", "MX", "2026-09-21", {}, "Tender", "Energy"),
        // No deadline: in the facets, not in the chart.
        lead("9", "ita-state", "MX", {}, {}, {}, "Health Care; health care"),
        // Trade events: their start date is their deadline.
        lead("10", "ita-events", "DE", "2026-03-17", {}, {}, "Energy"),
        lead("11", "ita-events", "US", "2026-04-01T09:00:00Z", {}, {}, "health care"),
        // Reference data sets are never leads.
        lead("12", "ita-offices", "GB", "2026-03-17"),
    };
    auto upserted = m_store->upsert(leads);
    QVERIFY2(upserted.ok(), qPrintable(upserted.errorMessage()));
    QCOMPARE(upserted->inserted, qint64(leads.size()));
    LeadUserData starred;
    starred.starred = true;
    starred.status = "bidding";
    QVERIFY(m_store->setUserData("ita-uk", "4", starred).ok());
}

void TestLeadStatistics::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

LeadStatisticsResult TestLeadStatistics::compute(const LeadFilter& filter)
{
    auto result = LeadStatistics::compute(*m_store, filter, kToday);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return {};
    }
    return *result;
}

void TestLeadStatistics::facetsOfEverything()
{
    const LeadStatisticsResult result = compute(LeadFilter());
    QCOMPARE(result.today, kToday);
    QCOMPARE(result.sourceFacet,
        counts({ { "ita-state", 3 }, { "sam", 3 }, { "ita-canada", 2 }, { "ita-events", 2 }, { "ita-uk", 1 } }));
    QCOMPARE(result.countryFacet, counts({ { "US", 4 }, { "MX", 3 }, { "CA", 2 }, { "DE", 1 }, { "GB", 1 } }));
    // Empty values are left out: a facet is for narrowing, and nothing narrows to "none".
    QCOMPARE(result.setAsideFacet, counts({ { "8A", 1 }, { "SBA", 1 } }));
    QCOMPARE(result.noticeTypeFacet, counts({ { "Tender", 5 }, { "Solicitation", 2 }, { "Sources Sought", 1 } }));
    QCOMPARE(*result.facet(u"source"), result.sourceFacet);
    QCOMPARE(*result.facet(u"set_aside"), result.setAsideFacet);
    QVERIFY(!result.facet(u"nonsense"));
    for (const QString& dimension : LeadStatisticsResult::facetDimensions())
        QVERIFY(result.facet(dimension));
}

void TestLeadStatistics::facetsIgnoreTheirOwnDimension_data()
{
    QTest::addColumn<LeadFilter>("filter");
    QTest::addColumn<Counts>("sources");
    QTest::addColumn<Counts>("countries");
    QTest::addColumn<Counts>("setAsides");
    QTest::addColumn<Counts>("noticeTypes");

    LeadFilter sam;
    sam.sources = { "sam" };
    QTest::newRow("source") << sam
                            << counts({ { "ita-state", 3 }, { "sam", 3 }, { "ita-canada", 2 }, { "ita-events", 2 },
                                   { "ita-uk", 1 } })
                            << counts({ { "US", 3 } }) << counts({ { "8A", 1 }, { "SBA", 1 } })
                            << counts({ { "Solicitation", 2 }, { "Sources Sought", 1 } });

    LeadFilter us;
    us.countries = { "US" };
    QTest::newRow("country") << us << counts({ { "sam", 3 }, { "ita-events", 1 } })
                             << counts({ { "US", 4 }, { "MX", 3 }, { "CA", 2 }, { "DE", 1 }, { "GB", 1 } })
                             << counts({ { "8A", 1 }, { "SBA", 1 } })
                             << counts({ { "Solicitation", 2 }, { "Sources Sought", 1 } });

    LeadFilter sba;
    sba.setAsideCodes = { "sba" }; // the filter matches codes without regard to case
    QTest::newRow("set-aside") << sba << counts({ { "sam", 1 } }) << counts({ { "US", 1 } })
                               << counts({ { "8A", 1 }, { "SBA", 1 } }) << counts({ { "Solicitation", 1 } });

    LeadFilter tender;
    tender.noticeTypes = { "Tender" };
    QTest::newRow("notice type") << tender << counts({ { "ita-state", 2 }, { "ita-canada", 2 }, { "ita-uk", 1 } })
                                 << counts({ { "CA", 2 }, { "MX", 2 }, { "GB", 1 } }) << Counts()
                                 << counts({ { "Tender", 5 }, { "Solicitation", 2 }, { "Sources Sought", 1 } });

    // Two dimensions at once: each facet drops its own condition and keeps the other.
    LeadFilter both;
    both.sources = { "sam" };
    both.countries = { "MX" };
    QTest::newRow("source and country") << both << counts({ { "ita-state", 3 } }) << counts({ { "US", 3 } }) << Counts()
                                        << Counts();

    LeadFilter starred; // user data: the statistics join lead_user for it
    starred.starredOnly = true;
    QTest::newRow("starred") << starred << counts({ { "ita-uk", 1 } }) << counts({ { "GB", 1 } }) << Counts()
                             << counts({ { "Tender", 1 } });
    LeadFilter bidding;
    bidding.statuses = { "bidding" };
    bidding.sources = { "sam" };
    QTest::newRow("status and source") << bidding << counts({ { "ita-uk", 1 } }) << Counts() << Counts() << Counts();

    LeadFilter words;
    words.text = "Lead";
    words.sources = { "ita" }; // every ITA trade-lead source, not events
    QTest::newRow("text and ITA") << words
                                  << counts({ { "ita-state", 3 }, { "sam", 3 }, { "ita-canada", 2 },
                                         { "ita-events", 2 }, { "ita-uk", 1 } })
                                  << counts({ { "MX", 3 }, { "CA", 2 }, { "GB", 1 } }) << Counts()
                                  << counts({ { "Tender", 5 } });
}

void TestLeadStatistics::facetsIgnoreTheirOwnDimension()
{
    QFETCH(LeadFilter, filter);
    QFETCH(Counts, sources);
    QFETCH(Counts, countries);
    QFETCH(Counts, setAsides);
    QFETCH(Counts, noticeTypes);
    // The ties come out alphabetically; the data above lists them so where counts differ.
    auto sorted = [](Counts c) {
        std::stable_sort(c.begin(), c.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        return c;
    };
    const LeadStatisticsResult result = compute(filter);
    QCOMPARE(result.sourceFacet, sorted(sources));
    QCOMPARE(result.countryFacet, sorted(countries));
    QCOMPARE(result.setAsideFacet, sorted(setAsides));
    QCOMPARE(result.noticeTypeFacet, sorted(noticeTypes));
}

void TestLeadStatistics::topCountriesAndIndustriesFollowTheWholeFilter()
{
    LeadStatisticsResult result = compute(LeadFilter());
    QCOMPARE(result.byCountry, result.countryFacet);
    // "Energy; Aerospace and Defense" counts under both; "Health Care" with other capitals is
    // the same industry, and counts once for a lead that names it twice.
    QCOMPARE(result.byIndustry, counts({ { "Energy", 5 }, { "Aerospace and Defense", 2 }, { "Health Care", 2 } }));

    LeadFilter filter;
    filter.countries = { "CA", "GB" };
    result = compute(filter);
    QCOMPARE(result.byCountry, counts({ { "CA", 2 }, { "GB", 1 } }));
    QCOMPARE(result.countryFacet, counts({ { "US", 4 }, { "MX", 3 }, { "CA", 2 }, { "DE", 1 }, { "GB", 1 } }));
    QCOMPARE(result.byIndustry, counts({ { "Aerospace and Defense", 2 }, { "Energy", 2 } }));
}

void TestLeadStatistics::naicsCodesIgnoreTheirOwnPrefixes()
{
    QList<Lead> coded;
    const QList<QPair<const char*, const char*>> codes = {
        { "n1", "237310" }, { "n2", "237310" }, { "n3", "236220" }, { "n4", "541512" }, { "n5", "" } };
    for (const auto& [id, code] : codes) {
        Lead l = lead(QString::fromLatin1(id), "sam", "US", "2026-04-01", {}, "Solicitation");
        l.naicsCode = QString::fromLatin1(code);
        coded.append(l);
    }
    QVERIFY(m_store->upsert(coded).ok());

    LeadStatisticsResult result = compute(LeadFilter());
    // Every code with its leads, none left out for being small; leads without a code are not a facet.
    QCOMPARE(result.naicsFacet, counts({ { "237310", 2 }, { "236220", 1 }, { "541512", 1 } }));

    // The filter's own prefixes do not narrow the industries (picking one still shows the
    // others); every other condition does.
    LeadFilter highways;
    highways.naicsPrefixes = { "2373" };
    result = compute(highways);
    QCOMPARE(result.naicsFacet, counts({ { "237310", 2 }, { "236220", 1 }, { "541512", 1 } }));
    QCOMPARE(result.sourceFacet, counts({ { "sam", 2 } }));

    LeadFilter text;
    text.text = "n3 OR n4";
    result = compute(text);
    QCOMPARE(result.naicsFacet, counts({ { "236220", 1 }, { "541512", 1 } }));
}

void TestLeadStatistics::histogramWeeks()
{
    const DeadlineHistogram h = compute(LeadFilter()).deadlines;
    QCOMPARE(h.firstWeek, QDate(2026, 1, 19));
    QCOMPARE(h.firstWeek.dayOfWeek(), int(Qt::Monday));
    QCOMPARE(h.weekCount, DeadlineHistogram::kWeeksBefore + 1 + DeadlineHistogram::kWeeksAfter);
    QCOMPARE(h.weekCount, 35);
    QCOMPARE(h.currentWeek, 8);
    QCOMPARE(h.weekStart(h.currentWeek), QDate(2026, 3, 16));
    QCOMPARE(h.weekStart(34), QDate(2026, 9, 14));
    QCOMPARE(h.weekOf(QDate(2026, 3, 22)), 8);
    QCOMPARE(h.weekOf(QDate(2026, 1, 18)), -1);
    QCOMPARE(h.weekOf(QDate(2026, 9, 21)), -1);
    QCOMPARE(h.events.size(), qsizetype(35));
    for (const QList<qint64>& layer : h.counts)
        QCOMPARE(layer.size(), qsizetype(35));

    // Today on a Monday or a Sunday: the same week.
    for (const QDate today : { QDate(2026, 3, 16), QDate(2026, 3, 22) }) {
        auto result = LeadStatistics::compute(*m_store, LeadFilter(), today);
        QVERIFY(result.ok());
        QCOMPARE(result->deadlines.firstWeek, QDate(2026, 1, 19));
        QCOMPARE(result->deadlines.weekStart(result->deadlines.currentWeek), QDate(2026, 3, 16));
    }
}

void TestLeadStatistics::histogramBuckets_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("week");
    QTest::addColumn<qint64>("count");
    QTest::newRow("Monday 00:00 is its own week") << "sam" << 8 << qint64(2);
    QTest::newRow("Sunday 23:59:59 is the week before") << "sam" << 7 << qint64(1);
    QTest::newRow("date-only Monday") << "ita-uk" << 8 << qint64(1);
    QTest::newRow("first day of the first week") << "ita-canada" << 0 << qint64(1);
    QTest::newRow("last day of the last week") << "ita-state" << 34 << qint64(1);
    QTest::newRow("nothing else in the last week") << "sam" << 34 << qint64(0);
}

void TestLeadStatistics::histogramBuckets()
{
    QFETCH(QString, source);
    QFETCH(int, week);
    QFETCH(qint64, count);
    const DeadlineHistogram h = compute(LeadFilter()).deadlines;
    const qsizetype layer = h.sources.indexOf(source);
    QVERIFY2(layer >= 0, qPrintable(h.sources.join(u',')));
    QCOMPARE(h.counts[layer][week], count);
}

void TestLeadStatistics::histogramIgnoresTheDeadlineRangeOnly()
{
    const DeadlineHistogram all = compute(LeadFilter()).deadlines;
    // sam 3, ita-canada 1 (one before the range), ita-state 1 (one after it, one without),
    // ita-uk 1; events and reference data are not stacked.
    QCOMPARE(all.sources, QStringList({ "sam", "ita-canada", "ita-state", "ita-uk" }));
    QCOMPARE(all.total(), qint64(6));
    QCOMPARE(all.weekTotal(8), qint64(3));
    QCOMPARE(all.weekTotal(7), qint64(1));

    // A clicked week narrows the table, not the chart.
    LeadFilter week;
    week.dueFrom = QDate(2026, 3, 16);
    week.dueTo = QDate(2026, 3, 22);
    const LeadStatisticsResult narrowed = compute(week);
    QCOMPARE(narrowed.deadlines.counts, all.counts);
    QCOMPARE(narrowed.deadlines.sources, all.sources);
    // ... while the facets follow it.
    QCOMPARE(narrowed.sourceFacet, counts({ { "sam", 2 }, { "ita-events", 1 }, { "ita-uk", 1 } }));

    // Every other condition applies to the chart.
    LeadFilter sam;
    sam.sources = { "sam" };
    const DeadlineHistogram samOnly = compute(sam).deadlines;
    QCOMPARE(samOnly.sources, QStringList({ "sam" }));
    QCOMPARE(samOnly.total(), qint64(3));
    QCOMPARE(samOnly.eventTotal(), qint64(0));

    LeadFilter open;
    open.openOnly = true;
    const DeadlineHistogram openOnly = compute(open).deadlines;
    QCOMPARE(openOnly.weekTotal(7), qint64(0)); // before today
    QCOMPARE(openOnly.weekTotal(34), qint64(1));
    QCOMPARE(openOnly.eventTotal(), qint64(1)); // the one on 17 March is past
}

void TestLeadStatistics::eventsAreCountedApart()
{
    const DeadlineHistogram h = compute(LeadFilter()).deadlines;
    QVERIFY(!h.sources.contains("ita-events"));
    QCOMPARE(h.eventTotal(), qint64(2));
    QCOMPARE(h.events[8], qint64(1)); // 17 March
    QCOMPARE(h.events[10], qint64(1)); // 1 April
    QCOMPARE(h.weekTotal(10), qint64(0));

    LeadFilter events;
    events.sources = { "ita-events" };
    const DeadlineHistogram only = compute(events).deadlines;
    QVERIFY(only.sources.isEmpty());
    QCOMPARE(only.total(), qint64(0));
    QCOMPARE(only.eventTotal(), qint64(2));
}

void TestLeadStatistics::asyncDeliversOnlyTheLatest()
{
    LeadStatistics statistics(m_store->path());
    QSignalSpy ready(&statistics, &LeadStatistics::ready);
    QSignalSpy failed(&statistics, &LeadStatistics::failed);

    LeadFilter first;
    first.sources = { "sam" };
    LeadFilter second;
    second.countries = { "GB" };
    statistics.request(first, kToday);
    statistics.request(second, kToday);
    QCOMPARE(statistics.generation(), quint64(2));
    QVERIFY(statistics.isBusy());
    QVERIFY(ready.wait(10000));
    QTest::qWait(200); // room for a stale answer to show up, were it not dropped
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    const auto result = ready.takeFirst().at(0).value<LeadStatisticsResult>();
    QCOMPARE(result.generation, quint64(2));
    QCOMPARE(result.filter, second);
    QCOMPARE(result.byCountry, counts({ { "GB", 1 } }));
    QVERIFY(!statistics.isBusy());

    // A later request after the answer came is answered too, with the next generation.
    statistics.request(first, kToday);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<LeadStatisticsResult>().generation, quint64(3));
    QCOMPARE(ready.at(0).at(0).value<LeadStatisticsResult>().byCountry, counts({ { "US", 3 } }));

    // Many requests in a burst: one answer, for the last one.
    ready.clear();
    for (int i = 0; i < 20; ++i) {
        LeadFilter f;
        f.dueWithinDays = i;
        statistics.request(f, kToday);
    }
    QVERIFY(ready.wait(10000));
    QTest::qWait(200);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<LeadStatisticsResult>().generation, quint64(23));
    QCOMPARE(ready.at(0).at(0).value<LeadStatisticsResult>().filter.dueWithinDays, std::optional<int>(19));
}

// A thread's nice value under Linux, from /proc/self/task/ID/stat.
std::optional<int> niceOf(const QString& task)
{
    QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // After the name in parentheses: the state is field 3, the nice value field 19.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 16 ? std::optional<int>(fields.at(16).toInt()) : std::nullopt;
}

// The nice value of this process's thread named `name`.
std::optional<int> threadNice(const QString& name)
{
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && QString::fromUtf8(comm.readAll()).trimmed() == name)
            return niceOf(task);
    }
    return std::nullopt;
}

void TestLeadStatistics::countsYieldTheCoresToTheWindow()
{
#ifndef Q_OS_LINUX
    QSKIP("thread nice values are Linux's");
#endif
    LeadStatistics statistics(m_store->path());
    QSignalSpy ready(&statistics, &LeadStatistics::ready);
    statistics.request(LeadFilter(), kToday);
    QVERIFY(ready.wait(10000)); // the worker has started, and lowered itself first
    const std::optional<int> own = niceOf(QString::number(QCoreApplication::applicationPid()));
    const std::optional<int> counts = threadNice(QStringLiteral("LeadStatistics"));
    QVERIFY(own && counts);
    // Ten, unless the whole test already runs nicer than that (a nice value only rises).
    QCOMPARE(*counts, qMax(*own, 10));
}

void TestLeadStatistics::asyncReportsACacheThatCannotOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("not-a-cache.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    LeadStatistics statistics(path);
    QSignalSpy ready(&statistics, &LeadStatistics::ready);
    QSignalSpy failed(&statistics, &LeadStatistics::failed);
    statistics.request(LeadFilter(), kToday);
    QVERIFY(failed.wait(10000));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

// Not a check: timings on a cache given by TRADELEADS_STATISTICS_BENCH_DB (the bench data
// set: tradeleads-leadgen, then tradeleads import), with the day the data is anchored on.
// QT_LOGGING_RULES="tradeleads.statistics.debug=true" shows each query's share.
void TestLeadStatistics::timingOnABigCache()
{
    const QString path = qEnvironmentVariable("TRADELEADS_STATISTICS_BENCH_DB");
    if (path.isEmpty())
        QSKIP("Set TRADELEADS_STATISTICS_BENCH_DB to a big cache to time the statistics");
    auto store = LeadStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const QDate today
        = QDate::fromString(qEnvironmentVariable("TRADELEADS_STATISTICS_BENCH_TODAY", "2026-01-01"), Qt::ISODate);
    QList<QPair<QString, LeadFilter>> cases;
    cases.append({ "everything", LeadFilter() });
    LeadFilter words;
    words.text = "repair";
    cases.append({ "text 'repair'", words });
    LeadFilter sam;
    sam.sources = { "sam" };
    cases.append({ "source sam", sam });
    LeadFilter setAside;
    setAside.countries = { "US" };
    setAside.setAsideCodes = { "SBA" };
    cases.append({ "country US, set-aside SBA", setAside });
    LeadFilter week;
    week.dueFrom = today;
    week.dueTo = today.addDays(6);
    cases.append({ "one week due", week });
    LeadFilter open;
    open.openOnly = true;
    cases.append({ "open only", open });
    for (const auto& [name, filter] : cases) {
        QElapsedTimer timer;
        timer.start();
        auto result = LeadStatistics::compute(**store, filter, today);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        qInfo("%-28s %6lld ms  (chart: %lld leads, sources facet: %lld values)", qPrintable(name), timer.elapsed(),
            result->deadlines.total(), qint64(result->sourceFacet.size()));
    }
}

QTEST_GUILESS_MAIN(TestLeadStatistics)
#include "tst_leadstatistics.moc"
