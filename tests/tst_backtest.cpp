// A search tried on the past weeks (LeadStore::backtest, `tradeleads saved try`): each week's
// matches are what a search over that week finds, and a notice family notifies once, in the
// week of its first matching notice.
#include "LeadStore.h"
#include "SearchBacktest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

namespace {

// A Wednesday: the four weeks before it and its own start on Mondays 11-09, 11-16, 11-23, 11-30.
const QDate kToday(2026, 12, 2);
constexpr int kWeeks = 4;

Lead makeLead(const QString& id, const QString& title, const QString& postedAt, const QString& solicitation = {},
              const QString& source = QStringLiteral("sam"))
{
    Lead lead;
    lead.source = source;
    lead.sourceId = id;
    lead.title = title;
    lead.agency = QStringLiteral("DEPT OF THE INTERIOR");
    lead.office = QStringLiteral("BUREAU OF RECLAMATION");
    lead.country = QStringLiteral("US");
    lead.solicitationNumber = solicitation.isEmpty() ? QStringLiteral("SOL-") + id : solicitation;
    lead.postedAt = postedAt;
    lead.deadlineAt = QStringLiteral("2027-03-01T17:00:00Z");
    lead.raw = QJsonDocument(QJsonObject { { QStringLiteral("noticeId"), id }, { QStringLiteral("title"), title } })
                   .toJson(QJsonDocument::Compact);
    return lead;
}

// Leads over two months around the weeks: several sources, industries, titles, families of up
// to four notices, timestamps at both ends of a day, bare dates and no date at all.
QList<Lead> mixedLeads()
{
    const QStringList titles = { QStringLiteral("Pump station maintenance"), QStringLiteral("Bridge repair"),
                                 QStringLiteral("Roof maintenance"), QStringLiteral("Software licences") };
    const QStringList naics = { QStringLiteral("236220"), QStringLiteral("237310"), QStringLiteral("541511"),
                                QStringLiteral("561210") };
    QList<Lead> leads;
    for (int i = 0; i < 240; ++i) {
        const QDate day = QDate(2026, 10, 15).addDays((i * 37) % 58);
        QString posted = day.toString(Qt::ISODate);
        if (i % 3 == 1)
            posted += QStringLiteral("T23:59:59Z");
        else if (i % 3 == 2)
            posted += QStringLiteral("T00:00:00Z");
        if (i % 17 == 0)
            posted.clear();
        const bool sam = i % 4 != 0;
        Lead lead = makeLead(QStringLiteral("n%1").arg(i), titles.at((i / 3) % 4), posted,
                             QStringLiteral("SOL-%1").arg(i % 60), sam ? QStringLiteral("sam") : QStringLiteral("ita-uk"));
        lead.naicsCode = naics.at((i / 5) % 4);
        leads.append(lead);
    }
    return leads;
}

LeadFilter weekOf(LeadFilter filter, const QDate& monday)
{
    filter.postedFrom = monday;
    filter.postedTo = monday.addDays(6);
    return filter;
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void weeksEndWithTheWeekOfToday_data();
    void weeksEndWithTheWeekOfToday();
    void weeklyMatchesEqualSearchCounts_data();
    void weeklyMatchesEqualSearchCounts();
    void familyNotifiesOnceAtItsFirstMatch();
    void familyThatMatchedBeforeTheWeeksIsNotNew();
    void leadsOutsideTheWeeksDoNotCount();
    void weekBoundary_data();
    void weekBoundary();
    void commandLineWeeksEqualSearchRows();
    void commandLineBadInput_data();
    void commandLineBadInput();

private:
    SearchBacktest backtest(const LeadFilter& filter, int weeks = kWeeks) const;
    QProcess::ExitStatus run(const QStringList& arguments, int& exitCode, QByteArray& out, QByteArray& err) const;
    QString path() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestBacktest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = LeadStore::open(path());
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestBacktest::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

SearchBacktest TestBacktest::backtest(const LeadFilter& filter, int weeks) const
{
    auto result = m_store->backtest(filter, kToday, weeks);
    if (!result) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return {};
    }
    return *result;
}

void TestBacktest::weeksEndWithTheWeekOfToday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("a Wednesday") << QDate(2026, 12, 2) << 12 << QDate(2026, 9, 14) << QDate(2026, 11, 30);
    QTest::newRow("a Monday") << QDate(2026, 11, 30) << 1 << QDate(2026, 11, 30) << QDate(2026, 11, 30);
    QTest::newRow("a Sunday") << QDate(2026, 12, 6) << 2 << QDate(2026, 11, 23) << QDate(2026, 11, 30);
    QTest::newRow("across a year") << QDate(2027, 1, 3) << 3 << QDate(2026, 12, 14) << QDate(2026, 12, 28);
}

void TestBacktest::weeksEndWithTheWeekOfToday()
{
    QFETCH(QDate, today);
    QFETCH(int, weeks);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const QList<QDate> starts = SearchBacktest::weekStartsEndingWith(today, weeks);
    QCOMPARE(starts.size(), weeks);
    QCOMPARE(starts.first(), first);
    QCOMPARE(starts.last(), last);
    for (const QDate& monday : starts)
        QCOMPARE(monday.dayOfWeek(), int(Qt::Monday));
}

void TestBacktest::weeklyMatchesEqualSearchCounts_data()
{
    QTest::addColumn<LeadFilter>("filter");
    QTest::addColumn<int>("weeks");
    LeadFilter keyword;
    keyword.text = QStringLiteral("maintenance");
    LeadFilter source;
    source.sources = { QStringLiteral("sam") };
    LeadFilter naics;
    naics.naicsPrefixes = { QStringLiteral("23") };
    LeadFilter families = source;
    families.oneRowPerFamily = true;
    LeadFilter keywordFamilies = keyword;
    keywordFamilies.oneRowPerFamily = true;
    LeadFilter naicsFamilies = naics;
    naicsFamilies.oneRowPerFamily = true;
    LeadFilter naicsAndCountry = naics; // a condition the NAICS index does not hold
    naicsAndCountry.countries = { QStringLiteral("US") };
    naicsAndCountry.naicsPrefixes.append(QStringLiteral("5415"));
    LeadFilter keywordAndNaics = keyword;
    keywordAndNaics.naicsPrefixes = { QStringLiteral("2362") };
    LeadFilter ownRange = naics; // replaced by each week's
    ownRange.postedFrom = QDate(2026, 11, 20);
    // Four weeks are under half of the leads' two months, eight nearly all of them: the store
    // looks families up before the weeks in the one case and reads them along in the other.
    for (int weeks : { 4, 8 }) {
        QTest::addRow("%s, %d weeks", "keyword", weeks) << keyword << weeks;
        QTest::addRow("%s, %d weeks", "source", weeks) << source << weeks;
        QTest::addRow("%s, %d weeks", "NAICS prefix", weeks) << naics << weeks;
        QTest::addRow("%s, %d weeks", "one row per family", weeks) << families << weeks;
        QTest::addRow("%s, %d weeks", "keyword, one row per family", weeks) << keywordFamilies << weeks;
        QTest::addRow("%s, %d weeks", "NAICS, one row per family", weeks) << naicsFamilies << weeks;
        QTest::addRow("%s, %d weeks", "NAICS and country", weeks) << naicsAndCountry << weeks;
        QTest::addRow("%s, %d weeks", "keyword and NAICS", weeks) << keywordAndNaics << weeks;
        QTest::addRow("%s, %d weeks", "a posted range of its own", weeks) << ownRange << weeks;
        QTest::addRow("%s, %d weeks", "every lead", weeks) << LeadFilter() << weeks;
    }
}

void TestBacktest::weeklyMatchesEqualSearchCounts()
{
    QFETCH(LeadFilter, filter);
    QFETCH(int, weeks);
    QVERIFY(m_store->upsert(mixedLeads()).ok());
    const SearchBacktest result = backtest(filter, weeks);
    QCOMPARE(result.weekStarts, SearchBacktest::weekStartsEndingWith(kToday, weeks));
    QCOMPARE(result.matches.size(), weeks);
    QCOMPARE(result.newFamilies.size(), weeks);

    LeadFilter ownRangeGone = filter;
    ownRangeGone.postedFrom = {};
    qint64 total = 0;
    for (int week = 0; week < weeks; ++week) {
        auto counted = m_store->count(weekOf(ownRangeGone, result.weekStarts.at(week)), kToday);
        QVERIFY(counted.ok());
        QCOMPARE(result.matches.at(week), *counted);
        total += *counted;
    }
    QVERIFY2(total > 0, "the filter matches nothing in the weeks: the comparison would prove nothing");

    // The families it would have notified, worked out here from every matching notice.
    LeadFilter everyNotice = ownRangeGone;
    everyNotice.oneRowPerFamily = false;
    auto notices = m_store->search(everyNotice, -1, kToday);
    QVERIFY(notices.ok());
    QHash<QString, QString> firstPosted;
    for (const StoredLead& notice : *notices) {
        if (notice.lead.postedAt.isEmpty())
            continue;
        QString& first = firstPosted[notice.familyId];
        if (first.isEmpty() || notice.lead.postedAt < first)
            first = notice.lead.postedAt;
    }
    QList<qint64> expected(weeks, 0);
    for (const QString& posted : std::as_const(firstPosted)) {
        for (int week = 0; week < weeks; ++week) {
            const QString from = result.weekStarts.at(week).toString(Qt::ISODate);
            const QString to = result.weekStarts.at(week).addDays(7).toString(Qt::ISODate);
            if (posted >= from && posted < to)
                ++expected[week];
        }
    }
    QCOMPARE(result.newFamilies, expected);
    QCOMPARE(result.notified, std::accumulate(expected.cbegin(), expected.cend(), qint64(0)));
}

void TestBacktest::familyNotifiesOnceAtItsFirstMatch()
{
    QVERIFY(m_store->upsert({ makeLead(QStringLiteral("pre"), QStringLiteral("Pump overhaul"),
                                       QStringLiteral("2026-11-10T09:00:00Z"), QStringLiteral("SOL-A")),
                              makeLead(QStringLiteral("sol"), QStringLiteral("Pump overhaul"),
                                       QStringLiteral("2026-11-25T09:00:00Z"), QStringLiteral("SOL-A")) })
                .ok());
    LeadFilter pumps;
    pumps.text = QStringLiteral("pump");
    const SearchBacktest result = backtest(pumps);
    QCOMPARE(result.matches, QList<qint64>({ 1, 0, 1, 0 }));
    QCOMPARE(result.newFamilies, QList<qint64>({ 1, 0, 0, 0 }));
    QCOMPARE(result.notified, qint64(1));
}

void TestBacktest::familyThatMatchedBeforeTheWeeksIsNotNew()
{
    QVERIFY(m_store->upsert({
        // Matched before the first week: old news when it comes again.
        makeLead(QStringLiteral("b1"), QStringLiteral("Pump overhaul"), QStringLiteral("2026-11-01"), QStringLiteral("SOL-B")),
        makeLead(QStringLiteral("b2"), QStringLiteral("Pump overhaul"), QStringLiteral("2026-11-18"), QStringLiteral("SOL-B")),
        // Its earlier notice does not match: the first match is in the weeks.
        makeLead(QStringLiteral("c1"), QStringLiteral("Fence"), QStringLiteral("2026-11-01"), QStringLiteral("SOL-C")),
        makeLead(QStringLiteral("c2"), QStringLiteral("Pump and fence"), QStringLiteral("2026-11-18"), QStringLiteral("SOL-C")),
    }).ok());
    LeadFilter pumps;
    pumps.text = QStringLiteral("pump");
    const SearchBacktest result = backtest(pumps);
    QCOMPARE(result.matches, QList<qint64>({ 0, 2, 0, 0 }));
    QCOMPARE(result.newFamilies, QList<qint64>({ 0, 1, 0, 0 }));
    QCOMPARE(result.notified, qint64(1));
}

void TestBacktest::leadsOutsideTheWeeksDoNotCount()
{
    QVERIFY(m_store->upsert({
        makeLead(QStringLiteral("before"), QStringLiteral("Pump"), QStringLiteral("2026-11-08T23:59:59Z")),
        makeLead(QStringLiteral("after"), QStringLiteral("Pump"), QStringLiteral("2026-12-07T00:00:00Z")),
        makeLead(QStringLiteral("undated"), QStringLiteral("Pump"), QString()),
        makeLead(QStringLiteral("inside"), QStringLiteral("Valve"), QStringLiteral("2026-11-20")),
    }).ok());
    LeadFilter pumps;
    pumps.text = QStringLiteral("pump");
    const SearchBacktest result = backtest(pumps);
    QCOMPARE(result.matches, QList<qint64>(kWeeks, 0));
    QCOMPARE(result.newFamilies, QList<qint64>(kWeeks, 0));
    QCOMPARE(result.notified, qint64(0));
    QCOMPARE(backtest(LeadFilter()).matches, QList<qint64>({ 0, 1, 0, 0 }));
}

void TestBacktest::weekBoundary_data()
{
    QTest::addColumn<QString>("postedAt");
    QTest::addColumn<int>("week"); // -1: none of the weeks
    QTest::newRow("Sunday before the weeks, last second") << "2026-11-08T23:59:59Z" << -1;
    QTest::newRow("first Monday, midnight") << "2026-11-09T00:00:00Z" << 0;
    QTest::newRow("first Monday, a date") << "2026-11-09" << 0;
    QTest::newRow("Sunday, last second") << "2026-11-15T23:59:59Z" << 0;
    QTest::newRow("Sunday, a date") << "2026-11-15" << 0;
    QTest::newRow("Monday, midnight") << "2026-11-16T00:00:00Z" << 1;
    QTest::newRow("Monday, a date") << "2026-11-16" << 1;
    QTest::newRow("this week after today") << "2026-12-05T10:00:00Z" << 3;
    QTest::newRow("this Sunday, last second") << "2026-12-06T23:59:59Z" << 3;
    QTest::newRow("next Monday, a date") << "2026-12-07" << -1;
}

void TestBacktest::weekBoundary()
{
    QFETCH(QString, postedAt);
    QFETCH(int, week);
    QVERIFY(m_store->upsert({ makeLead(QStringLiteral("edge"), QStringLiteral("Pump"), postedAt) }).ok());
    const SearchBacktest result = backtest(LeadFilter());
    QList<qint64> expected(kWeeks, 0);
    if (week >= 0)
        expected[week] = 1;
    QCOMPARE(result.matches, expected);
    QCOMPARE(result.newFamilies, expected);
    for (int i = 0; i < kWeeks; ++i)
        QCOMPARE(*m_store->count(weekOf(LeadFilter(), result.weekStarts.at(i)), kToday), expected.at(i));
}

QProcess::ExitStatus TestBacktest::run(const QStringList& arguments, int& exitCode, QByteArray& out,
                                       QByteArray& err) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("TRADELEADS_TODAY"), kToday.toString(Qt::ISODate));
    environment.remove(QStringLiteral("TRADELEADS_DB"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRADELEADS_BINARY), QStringList { QStringLiteral("--db"), path() } + arguments);
    if (!process.waitForFinished(120000))
        return QProcess::CrashExit;
    exitCode = process.exitCode();
    out = process.readAllStandardOutput();
    err = process.readAllStandardError();
    return process.exitStatus();
}

void TestBacktest::commandLineWeeksEqualSearchRows()
{
    QVERIFY(m_store->upsert(mixedLeads()).ok());
    m_store.reset(); // the commands open the cache themselves
    int code = -1;
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({ "saved", "add", "Sam maintenance", "maintenance", "--source", "sam" }, code, out, err),
             QProcess::NormalExit);
    QCOMPARE(code, 0);

    const QList<QStringList> tries = {
        { "saved", "try", "--weeks", "4", "--format", "json", "Sam maintenance" },
        { "saved", "try", "--weeks", "4", "--format", "json", "--saved", "Sam maintenance" },
        { "saved", "try", "--weeks", "4", "--format", "json", "--source", "sam", "maintenance" },
    };
    const QStringList sameSearch = { "--source", "sam", "maintenance" };
    const QList<QStringList> variants = { tries.at(0), tries.at(1), tries.at(2),
                                          tries.at(2) + QStringList { "--families" },
                                          { "saved", "try", "--weeks", "4", "--format", "json", "--naics", "23" } };
    const QList<QStringList> searches = { sameSearch, sameSearch, sameSearch, sameSearch + QStringList { "--families" },
                                          { "--naics", "23" } };
    for (qsizetype v = 0; v < variants.size(); ++v) {
        QCOMPARE(run(variants.at(v), code, out, err), QProcess::NormalExit);
        QVERIFY2(code == 0, err.constData());
        const QJsonObject tried = QJsonDocument::fromJson(out).object();
        const QJsonArray weeks = tried.value("weeks").toArray();
        QCOMPARE(weeks.size(), kWeeks);
        qint64 total = 0;
        qint64 notified = 0;
        for (const QJsonValue& value : weeks) {
            const QJsonObject week = value.toObject();
            const QDate monday = QDate::fromString(week.value("week").toString(), Qt::ISODate);
            QCOMPARE(monday.dayOfWeek(), int(Qt::Monday));
            QByteArray rows;
            QCOMPARE(run(QStringList { "search", "--format", "json", "--limit", "100000", "--posted-from",
                                       monday.toString(Qt::ISODate), "--posted-to",
                                       monday.addDays(6).toString(Qt::ISODate) }
                             + searches.at(v),
                         code, rows, err),
                     QProcess::NormalExit);
            QCOMPARE(code, 0);
            QCOMPARE(week.value("matches").toInteger(), qint64(QJsonDocument::fromJson(rows).array().size()));
            total += week.value("matches").toInteger();
            notified += week.value("new").toInteger();
        }
        QVERIFY2(total > 0, qPrintable(variants.at(v).join(u' ')));
        QCOMPARE(tried.value("notified").toInteger(), notified);
        QVERIFY(tried.value("filter").isObject());
    }

    QCOMPARE(run({ "saved", "try", "--weeks", "4", "Sam maintenance" }, code, out, err), QProcess::NormalExit);
    QCOMPARE(code, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + kWeeks + 1);
    QVERIFY2(lines.at(1).startsWith("2026-11-09"), lines.at(1).constData());
    QVERIFY2(lines.last().startsWith("Over the last 4 weeks this search would"), lines.last().constData());
}

void TestBacktest::commandLineBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no weeks") << QStringList { "saved", "try", "--weeks", "0", "pump" } << "--weeks takes a whole number from 1 to 104, not \"0\"";
    QTest::newRow("too many weeks") << QStringList { "saved", "try", "--weeks", "105", "pump" } << "not \"105\"";
    QTest::newRow("weeks not a number") << QStringList { "saved", "try", "--weeks", "twelve", "pump" } << "not \"twelve\"";
    QTest::newRow("unknown saved search") << QStringList { "saved", "try", "--saved", "Nope" } << "No saved search named \"Nope\"";
    QTest::newRow("nothing to try") << QStringList { "saved", "try" } << "try needs a saved search NAME";
    QTest::newRow("unknown format") << QStringList { "saved", "try", "pump", "--format", "csv" } << "unknown format \"csv\"";
}

void TestBacktest::commandLineBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_store.reset();
    int code = -1;
    QByteArray out;
    QByteArray err;
    QCOMPARE(run(arguments, code, out, err), QProcess::NormalExit);
    QCOMPARE(code, 2);
    QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
