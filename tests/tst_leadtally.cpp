// The statistics' kept counts (lead_tally) against a count of the leads themselves: after
// inserts, changes to every counted column, deletions and, in the local cache, a bulk load and
// one left unfinished. One suite, two fixtures: each test runs on a local cache and on a team server.
#include "FilterQuery.h"
#include "LeadStore.h"
#include "LeadTallyCounts.h"
#include "TwoBackends.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate kToday(2026, 3, 2);
const QString kServerDatabase = QStringLiteral("tl_leadtally");

const QStringList kSources = { "sam", "ita-state", "ita-canada", "ita-uk" };
const QStringList kCountries = { "US", "CA", "GB", "", "FR" };
const QStringList kSetAsides = { "SBA", "", "8A", "WOSB" };
const QStringList kNoticeTypes = { "Solicitation", "Presolicitation", "Award Notice", "" };
const QStringList kIndustries = { "Energy; Environmental Technology", "", "Aerospace", "energy" };
const QStringList kNaics = { "236220", "541330", "", "336411", "2362" };

// Deadlines as the sources write them: dates, timestamps, none, past, far off, and text that is no date.
QString deadlineOf(int i)
{
    switch (i % 9) {
    case 0:
        return {};
    case 1:
        return QStringLiteral("TBD");
    case 2:
        return kToday.toString(Qt::ISODate) + QStringLiteral("T17:00:00Z");
    default:
        return kToday.addDays((i * 7) % 160 - 60).toString(Qt::ISODate) + (i % 2 ? QStringLiteral("T09:30:00Z") : QString());
    }
}

Lead makeLead(int i, int variant = 0)
{
    Lead lead;
    lead.source = kSources.at(i % kSources.size());
    lead.sourceId = QStringLiteral("T-%1").arg(i);
    lead.title = QStringLiteral("Lead %1 variant %2").arg(i).arg(variant);
    lead.noticeType = kNoticeTypes.at((i + variant) % kNoticeTypes.size());
    lead.solicitationNumber = QStringLiteral("SOL-%1").arg(i);
    lead.agency = QStringLiteral("DEPT OF TESTS");
    lead.country = kCountries.at((i / 3 + variant) % kCountries.size());
    lead.industry = kIndustries.at((i / 2 + variant) % kIndustries.size());
    lead.naicsCode = kNaics.at((i / 5 + variant) % kNaics.size());
    lead.setAsideCode = kSetAsides.at((i / 7 + variant) % kSetAsides.size());
    lead.postedAt = QStringLiteral("2026-01-15");
    lead.deadlineAt = deadlineOf(i + variant * 4);
    if ((i + variant) % 11 == 0)
        lead.active = false;
    else if ((i + variant) % 13 != 0)
        lead.active = true; // else unknown
    lead.raw = QByteArrayLiteral("{\"id\":\"") + lead.sourceId.toUtf8() + "\",\"v\":" + QByteArray::number(variant) + '}';
    return lead;
}

// The filters the window asks its statistics under, and some it does not.
QList<std::pair<QString, LeadFilter>> filters()
{
    QList<std::pair<QString, LeadFilter>> list;
    list.append({ QStringLiteral("everything"), LeadFilter() });
    LeadFilter open;
    open.openOnly = true;
    list.append({ QStringLiteral("open"), open });
    LeadFilter sam = open;
    sam.sources = { QStringLiteral("sam") };
    list.append({ QStringLiteral("open SAM.gov"), sam });
    LeadFilter ita;
    ita.sources = { QStringLiteral("ita") };
    list.append({ QStringLiteral("every ITA trade lead"), ita });
    LeadFilter due;
    due.dueFrom = kToday.addDays(-10);
    due.dueTo = kToday.addDays(20);
    list.append({ QStringLiteral("due in a range"), due });
    LeadFilter soon = open;
    soon.dueWithinDays = 30;
    list.append({ QStringLiteral("due within 30 days"), soon });
    LeadFilter country = open;
    country.countries = { QStringLiteral("US") };
    list.append({ QStringLiteral("a country (counted lead by lead)"), country });
    return list;
}

LeadTallyRequest requestFor(const LeadFilter& filter)
{
    LeadTallyRequest request;
    request.filter = filter;
    request.today = kToday;
    request.facetColumns = { "source", "country", "set_aside_code", "notice_type", "industry", "naics_code" };
    request.countWeeks = true;
    request.firstWeek = kToday.addDays(1 - kToday.dayOfWeek()).addDays(-7 * 8);
    request.weekCount = 26;
    return request;
}

QString describe(const LeadTally& tally)
{
    QStringList parts;
    for (const auto& facet : tally.facets) {
        QStringList values;
        for (auto it = facet.cbegin(); it != facet.cend(); ++it)
            values.append(it.key() + u'=' + QString::number(it.value()));
        values.sort();
        parts.append(values.join(u','));
    }
    QStringList sources = tally.weeksBySource.keys();
    sources.sort();
    for (const QString& source : sources) {
        QStringList weeks;
        for (qint64 n : tally.weeksBySource.value(source))
            weeks.append(QString::number(n));
        parts.append(source + u':' + weeks.join(u' '));
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestLeadTally : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void keptCountsAnswerOnlyFiltersOnSourceAndDeadline();
    void keptCountsFollowInsertsChangesAndDeletions();
    void bulkLoadCountsAgainAtItsEnd();

private:
    void compareEveryFilter(const char* when);
    void runSql(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    QString m_serverProblem;
};

void TestLeadTally::initTestCase_data()
{
    TwoBackends::addRows();
}

void TestLeadTally::initTestCase()
{
    m_serverProblem = TwoBackends::createDatabase(kServerDatabase);
}

void TestLeadTally::cleanupTestCase()
{
    if (m_serverProblem.isEmpty())
        PgTestServer::dropDatabase(kServerDatabase);
}

void TestLeadTally::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TWO_BACKENDS_INIT(kServerDatabase, m_serverProblem);
    auto store = LeadStore::open(TwoBackends::location(*m_dir, kServerDatabase));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestLeadTally::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// Statements the store has no call for (a lead is never deleted by the product), run on its database.
void TestLeadTally::runSql(const QString& sql)
{
    if (TwoBackends::onServer()) {
        QString qualified = sql;
        qualified.replace(QStringLiteral(" lead "), QStringLiteral(" tradeleads.lead "));
        const QString problem = PgTestServer::exec(kServerDatabase, qualified);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("leadtally-direct"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("leadtally-direct"));
}

void TestLeadTally::compareEveryFilter(const char* when)
{
    for (const auto& [name, filter] : filters()) {
        LeadTallyRequest request = requestFor(filter);
        auto kept = m_store->tally(request);
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        request.countEveryLead = true;
        auto counted = m_store->tally(request);
        QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));
        QVERIFY2(!counted->facets.value(0).isEmpty(), qPrintable(name)); // something was counted
        QCOMPARE(describe(*kept), describe(*counted));
        if (QTest::currentTestFailed()) {
            qWarning("%s, filter \"%s\"", when, qPrintable(name));
            return;
        }
    }
}

void TestLeadTally::keptCountsAnswerOnlyFiltersOnSourceAndDeadline()
{
    const auto dialect = TwoBackends::onServer() ? FilterQuery::Dialect::Postgres : FilterQuery::Dialect::Sqlite;
    auto answers = [&](const LeadFilter& filter) {
        const LeadTallyRequest request = requestFor(filter);
        return LeadTallyCounts::answer(
            request, FilterQuery::compile(filter, kToday, FilterQuery::KeywordPlan::Scan, -1, dialect));
    };
    for (const auto& [name, filter] : filters())
        QCOMPARE(answers(filter), !name.contains(QLatin1String("lead by lead")));
    LeadFilter keyword;
    keyword.text = QStringLiteral("bridge");
    QVERIFY(!answers(keyword));
    LeadFilter starred;
    starred.starredOnly = true;
    QVERIFY(!answers(starred));
    LeadFilter families;
    families.oneRowPerFamily = true;
    QVERIFY(!answers(families));
    LeadTallyRequest agency = requestFor(LeadFilter());
    agency.facetColumns = { QStringLiteral("agency") };
    QVERIFY(!LeadTallyCounts::answer(agency, FilterQuery::compile(LeadFilter(), kToday)));
}

void TestLeadTally::keptCountsFollowInsertsChangesAndDeletions()
{
    QList<Lead> leads;
    for (int i = 0; i < 400; ++i)
        leads.append(makeLead(i));
    auto added = m_store->upsert(leads);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    compareEveryFilter("after the inserts");
    if (QTest::currentTestFailed())
        return;

    // A page that changes every counted column of some leads, repeats others and adds new ones.
    QList<Lead> page;
    for (int i = 0; i < 400; i += 3)
        page.append(makeLead(i, 1 + i % 3));
    for (int i = 1; i < 400; i += 17)
        page.append(makeLead(i));
    for (int i = 400; i < 450; ++i)
        page.append(makeLead(i));
    auto changed = m_store->upsert(page);
    QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));
    QVERIFY(changed->updated > 0);
    compareEveryFilter("after the changes");
    if (QTest::currentTestFailed())
        return;

    runSql(QStringLiteral("DELETE FROM lead WHERE source_id IN ('T-1', 'T-2', 'T-3', 'T-40', 'T-41', 'T-42', 'T-43')"));
    compareEveryFilter("after the deletions");
    if (QTest::currentTestFailed())
        return;
}

void TestLeadTally::bulkLoadCountsAgainAtItsEnd()
{
    QList<Lead> leads;
    for (int i = 0; i < 100; ++i)
        leads.append(makeLead(i));
    QVERIFY(m_store->upsert(leads).ok());
    constexpr int kLoad = 6000; // past the bulk load's threshold
    auto bulk = m_store->beginBulkLoad(kLoad);
    QVERIFY2(bulk.ok(), qPrintable(bulk.errorMessage()));
    QCOMPARE(*bulk, !TwoBackends::onServer()); // the server has no bulk path of its own
    leads.clear();
    for (int i = 100; i < 100 + kLoad; ++i)
        leads.append(makeLead(i, i % 2));
    for (int i = 0; i < 100; i += 4)
        leads.append(makeLead(i, 2)); // leads from before the load change during it
    QVERIFY(m_store->upsert(leads).ok());
    compareEveryFilter("while the load runs"); // counted lead by lead until it ends
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_store->finishBulkLoad().ok());
    compareEveryFilter("after the load");
    if (QTest::currentTestFailed())
        return;
    leads.clear();
    for (int i = 0; i < 300; i += 2)
        leads.append(makeLead(i, 3));
    QVERIFY(m_store->upsert(leads).ok());
    compareEveryFilter("after a change following the load"); // the triggers are back
    if (QTest::currentTestFailed())
        return;
}

QTEST_GUILESS_MAIN(TestLeadTally)
#include "tst_leadtally.moc"
