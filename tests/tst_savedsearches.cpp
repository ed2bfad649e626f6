// Saved searches: the share file (strict per entry), renaming and ordering in the cache, and
// counts, "new" marks and notifications after real syncs against the fake API server.
#include "FakeApiServer.h"
#include "LeadFilter.h"
#include "LeadNormalize.h"
#include "LeadStore.h"
#include "SavedSearchCounts.h"
#include "SavedSearchFile.h"
#include "SyncManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate kLastDay(2026, 1, 1);

SavedSearch savedSearch(const QString& name, const LeadFilter& filter, bool notify = false)
{
    SavedSearch search;
    search.name = name;
    search.filterJson = filter.toJson();
    search.notify = notify;
    return search;
}

LeadFilter sourceFilter(const QString& source, const QString& text = {})
{
    LeadFilter filter;
    filter.sources = {source};
    filter.text = text;
    return filter;
}

const SavedSearchCount* countNamed(const QList<SavedSearchCount>& counts, const QString& name)
{
    for (const SavedSearchCount& count : counts) {
        if (count.name == name)
            return &count;
    }
    return nullptr;
}

QStringList namesOf(const QList<SavedSearch>& searches)
{
    QStringList names;
    for (const SavedSearch& search : searches)
        names.append(search.name);
    return names;
}

} // namespace

class TestSavedSearches : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileRoundTrip();
    void fileKeepsValidEntriesAndReportsTheRest();
    void fileThatIsNotOneFailsWhole_data();
    void fileThatIsNotOneFailsWhole();
    void renameReorderAndNotifyAreStored();
    void countsNewMarksAndNotificationsFollowSyncs();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestSavedSearches::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedsearches"));
}

void TestSavedSearches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestSavedSearches::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSavedSearches::fileRoundTrip()
{
    LeadFilter roads;
    roads.text = QStringLiteral("\"road repair\" bridge*");
    roads.naicsPrefixes = {QStringLiteral("2373")};
    roads.openOnly = true;
    roads.dueFrom = QDate(2026, 3, 1);
    roads.valueMin = 25000;
    roads.sortColumn = QStringLiteral("deadline_at");
    LeadFilter canada;
    canada.sources = {QStringLiteral("ita-canada")};
    canada.countries = {QStringLiteral("CA")};
    canada.dueWithinDays = 14;
    canada.starredOnly = true;
    canada.descending = true;
    const QList<SavedSearch> searches = {savedSearch(QStringLiteral("Roads"), roads, true),
                                         savedSearch(QStringLiteral("Canada — défense"), canada)};

    auto read = SavedSearchFile::read(SavedSearchFile::write(searches));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY2(read->problems.isEmpty(), qPrintable(read->problems.join(u'\n')));
    QCOMPARE(read->searches.size(), 2);
    QCOMPARE(read->searches[0].name, QStringLiteral("Roads"));
    QVERIFY(read->searches[0].notify);
    QCOMPARE(*LeadFilter::fromJson(read->searches[0].filterJson), roads);
    QCOMPARE(read->searches[1].name, QStringLiteral("Canada — défense"));
    QVERIFY(!read->searches[1].notify);
    QCOMPARE(*LeadFilter::fromJson(read->searches[1].filterJson), canada);
}

void TestSavedSearches::fileKeepsValidEntriesAndReportsTheRest()
{
    const QByteArray file = R"({
      "format": "tradeleads-saved-searches", "version": 1,
      "searches": [
        {"name": "Good one", "filter": {"text": "dredging", "open": true}},
        "not an object",
        {"filter": {"text": "no name"}},
        {"name": "Future field", "filter": {"text": "x", "radiusKm": 50}},
        {"name": "Wrong type", "filter": {"countries": "US"}},
        {"name": "Bad date", "filter": {"dueFrom": "2026-02-30"}},
        {"name": "Bad sort", "filter": {"sort": "title; DROP TABLE lead"}},
        {"name": "Bad notify", "notify": "yes", "filter": {}},
        {"name": "Good one", "filter": {"text": "twice"}},
        {"name": "Second good", "notify": true, "filter": {"sources": ["sam"], "dueWithinDays": 7}}
      ]})";
    auto read = SavedSearchFile::read(file);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(namesOf(read->searches), QStringList({QStringLiteral("Good one"), QStringLiteral("Second good")}));
    QVERIFY(read->searches[1].notify);
    QCOMPARE(LeadFilter::fromJson(read->searches[1].filterJson)->dueWithinDays, std::optional<int>(7));
    const QStringList expected = {
        QStringLiteral("entry 2: not an object"),
        QStringLiteral("entry 3: no name, or a name longer than 200 characters"),
        QStringLiteral("entry 4 (Future field): unknown field \"radiusKm\""),
        QStringLiteral("entry 5 (Wrong type): \"countries\" must be a list of text"),
        QStringLiteral("entry 6 (Bad date): \"dueFrom\" must be a date (YYYY-MM-DD)"),
        QStringLiteral("entry 7 (Bad sort): \"sort\" names no column"),
        QStringLiteral("entry 8 (Bad notify): \"notify\" must be true or false"),
        QStringLiteral("entry 9 (Good one): the name appears twice in the file"),
    };
    QCOMPARE(read->problems, expected);
}

void TestSavedSearches::fileThatIsNotOneFailsWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a Trade Leads saved-search file");
    QTest::newRow("other format") << QByteArray(R"({"format": "something-else", "version": 1, "searches": []})")
                                  << QStringLiteral("not a Trade Leads saved-search file");
    QTest::newRow("newer version") << QByteArray(R"({"format": "tradeleads-saved-searches", "version": 7,
                                                    "searches": []})")
                                   << QStringLiteral("version 7");
    QTest::newRow("no list") << QByteArray(R"({"format": "tradeleads-saved-searches", "version": 1,
                                              "searches": {}})")
                             << QStringLiteral("no list of searches");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
}

void TestSavedSearches::fileThatIsNotOneFailsWhole()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto read = SavedSearchFile::read(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(message), qPrintable(read.errorMessage()));
}

void TestSavedSearches::renameReorderAndNotifyAreStored()
{
    for (const char* name : {"Alpha", "Bravo", "Charlie"})
        QVERIFY(m_store->addSavedSearch(savedSearch(QString::fromLatin1(name), sourceFilter(QStringLiteral("sam")))));
    QCOMPARE(namesOf(*m_store->savedSearches()),
             QStringList({QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));

    QVERIFY(m_store->renameSavedSearch(QStringLiteral("Bravo"), QStringLiteral("  Bridges  ")));
    QVERIFY(!m_store->renameSavedSearch(QStringLiteral("Alpha"), QStringLiteral("Charlie")).ok());
    QVERIFY(!m_store->renameSavedSearch(QStringLiteral("Nobody"), QStringLiteral("Delta")).ok());
    QVERIFY(!m_store->renameSavedSearch(QStringLiteral("Alpha"), QStringLiteral("   ")).ok());
    QCOMPARE(namesOf(*m_store->savedSearches()),
             QStringList({QStringLiteral("Alpha"), QStringLiteral("Bridges"), QStringLiteral("Charlie")}));

    QVERIFY(m_store->setSavedSearchOrder({QStringLiteral("Charlie"), QStringLiteral("Alpha")}));
    QCOMPARE(namesOf(*m_store->savedSearches()),
             QStringList({QStringLiteral("Charlie"), QStringLiteral("Alpha"), QStringLiteral("Bridges")}));

    QVERIFY(m_store->setSavedSearchNotify(QStringLiteral("Alpha"), true));
    QVERIFY(m_store->savedSearch(QStringLiteral("Alpha"))->notify);
    QVERIFY(!m_store->savedSearch(QStringLiteral("Charlie"))->notify);
    // Saved moments ago: its "new" mark starts from now.
    QVERIFY(!m_store->savedSearch(QStringLiteral("Alpha"))->lastViewedAt.isEmpty());
}

void TestSavedSearches::countsNewMarksAndNotificationsFollowSyncs()
{
    FakeApiServer server;
    QVERIFY(server.listen());
    server.setSamRecords(300, kLastDay, 100);
    server.setItaRecords(120);
    server.setSamKey(QStringLiteral("saved-search-sam-key"));
    server.setItaKey(QStringLiteral("saved-search-ita-key"));
    SyncConfig config;
    config.samBaseUrl = server.baseUrl();
    config.itaBaseUrl = server.baseUrl();
    config.samApiKey = QStringLiteral("saved-search-sam-key");
    config.itaApiKey = QStringLiteral("saved-search-ita-key");
    config.samDailyQuota = 1000000;
    config.retryBase = std::chrono::milliseconds(5);
    config.postedFrom = kLastDay.addDays(-400);
    config.postedTo = kLastDay;
    config.downloadDir = m_dir->filePath(QStringLiteral("downloads"));
    auto sync = [&](const QStringList& sources) {
        SyncManager manager(m_store->path(), config);
        QSignalSpy finished(&manager, &SyncManager::finished);
        manager.start(sources);
        QVERIFY(finished.wait(120000));
        for (const SourceReport& report : manager.reports())
            QVERIFY2(report.outcome == SyncOutcome::Ok, qPrintable(report.message));
    };

    // Saved before anything arrives: everything the first sync brings is new to each.
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("SAM, notify"), sourceFilter(QStringLiteral("sam")), true)));
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("SAM, quiet"), sourceFilter(QStringLiteral("sam")))));
    QVERIFY(m_store->addSavedSearch(
        savedSearch(QStringLiteral("ITA, notify"), sourceFilter(QStringLiteral("ita-leads")), true)));
    QTest::qWait(1100); // first_seen_at has second resolution
    sync({QStringLiteral("sam"), QStringLiteral("ita-leads")});

    const qint64 sam = m_store->count(sourceFilter(QStringLiteral("sam")), kLastDay).value();
    const qint64 ita = m_store->count(sourceFilter(QStringLiteral("ita-leads")), kLastDay).value();
    QCOMPARE(sam, 300);
    QCOMPARE(ita, 120);
    auto counts = countSavedSearches(m_store->path(), kLastDay);
    QCOMPARE(counts.size(), 3);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->matches, sam);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->newMatches, sam);
    QCOMPARE(countNamed(counts, QStringLiteral("ITA, notify"))->newMatches, ita);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, quiet"))->gained, -1); // not asked
    QCOMPARE(m_store->savedSearch(QStringLiteral("SAM, notify"))->lastCount, sam);

    // Opening a search clears its mark; the others keep theirs.
    QTest::qWait(1100);
    QVERIFY(m_store->markSavedSearchViewed(QStringLiteral("SAM, notify"), Normalize::nowUtc()));
    QVERIFY(m_store->markSavedSearchViewed(QStringLiteral("ITA, notify"), Normalize::nowUtc()));
    counts = countSavedSearches(m_store->path(), kLastDay);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->newMatches, 0);
    QCOMPARE(countNamed(counts, QStringLiteral("ITA, notify"))->newMatches, 0);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, quiet"))->newMatches, sam);

    // A second sync brings 150 more SAM leads and nothing new from ITA.
    QTest::qWait(1100);
    const QString secondSyncStart = Normalize::nowUtc();
    QTest::qWait(1100);
    server.setSamRecords(450, kLastDay, 100);
    sync({QStringLiteral("sam"), QStringLiteral("ita-leads")});
    counts = countSavedSearches(m_store->path(), kLastDay, secondSyncStart);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->matches, 450);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->newMatches, 150);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->gained, 150);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, quiet"))->newMatches, 450);
    QCOMPARE(countNamed(counts, QStringLiteral("ITA, notify"))->gained, 0);

    // Only the "notify" search that gained matches raises a notification.
    const QList<SavedSearchCount> notify = searchesToNotify(counts);
    QCOMPARE(notify.size(), 1);
    QCOMPARE(notify[0].name, QStringLiteral("SAM, notify"));
    QCOMPARE(notify[0].gained, 150);
}

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
