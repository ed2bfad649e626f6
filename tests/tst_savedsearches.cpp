// Saved searches: the share file (strict per entry), renaming and ordering in the cache, and
// counts, "new" marks and notifications after real syncs against the fake API server.
#include "FakeApiServer.h"
#include "Clock.h"
#include "LeadFilter.h"
#include "LeadNormalize.h"
#include "LeadStore.h"
#include "SavedSearchCounts.h"
#include "SavedSearchFile.h"
#include "SavedSearchesController.h"
#include "SavedSearchFixture.h"
#include "SavedSearchesPanel.h"
#include "BacktestChart.h"
#include "SaveSearchDialog.h"
#include "StoreWorker.h"
#include "SyncManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QListWidget>
#include <QWidget>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>

namespace {

const QDate kLastDay(2026, 1, 1);

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
    void windowNotifiesOnlyForNotifySearchesThatGained();
    void windowSharesSearchesThroughFiles();
    void windowAnnouncesAnAwardInATrackedFamily();
    void saveDialogShowsWhatTheSearchWouldHaveNotified();
    void saveDialogClosedBeforeTheAnswerIsFine();

private:
    SyncConfig syncConfig(const FakeApiServer& server) const;
    void sync(const FakeApiServer& server, const QStringList& sources);

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
    QCOMPARE(read->searches[0].filter, roads);
    QCOMPARE(read->searches[1].name, QStringLiteral("Canada — défense"));
    QVERIFY(!read->searches[1].notify);
    QCOMPARE(read->searches[1].filter, canada);
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
    QCOMPARE(read->searches[1].filter.dueWithinDays, std::optional<int>(7));
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

SyncConfig TestSavedSearches::syncConfig(const FakeApiServer& server) const
{
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
    return config;
}

void TestSavedSearches::sync(const FakeApiServer& server, const QStringList& sources)
{
    SyncManager manager(m_store->path(), syncConfig(server));
    QSignalSpy finished(&manager, &SyncManager::finished);
    manager.start(sources);
    QVERIFY(finished.wait(120000));
    for (const SourceReport& report : manager.reports())
        QVERIFY2(report.outcome == SyncOutcome::Ok, qPrintable(report.message));
}

void TestSavedSearches::countsNewMarksAndNotificationsFollowSyncs()
{
    // Time moves only when the test says so: no waiting for the next second.
    Clock::Fake clock(QDateTime::currentDateTimeUtc());
    FakeApiServer server;
    QVERIFY(server.listen());
    server.setSamRecords(300, kLastDay, 100);
    server.setItaRecords(120);
    server.setSamKey(QStringLiteral("saved-search-sam-key"));
    server.setItaKey(QStringLiteral("saved-search-ita-key"));
    auto sync = [&](const QStringList& sources) { this->sync(server, sources); };

    // Saved before anything arrives: everything the first sync brings is new to each.
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("SAM, notify"), sourceFilter(QStringLiteral("sam")), true)));
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("SAM, quiet"), sourceFilter(QStringLiteral("sam")))));
    QVERIFY(m_store->addSavedSearch(
        savedSearch(QStringLiteral("ITA, notify"), sourceFilter(QStringLiteral("ita-leads")), true)));
    clock.advance(2); // first_seen_at has second resolution
    sync({QStringLiteral("sam"), QStringLiteral("ita-leads")});

    const qint64 sam = m_store->count(sourceFilter(QStringLiteral("sam")), kLastDay).value();
    const qint64 ita = m_store->count(sourceFilter(QStringLiteral("ita-leads")), kLastDay).value();
    QCOMPARE(sam, 300);
    QCOMPARE(ita, 120);
    auto counts = countSavedSearches(*m_store, kLastDay);
    QCOMPARE(counts.size(), 3);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->matches, sam);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->newMatches, sam);
    QCOMPARE(countNamed(counts, QStringLiteral("ITA, notify"))->newMatches, ita);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, quiet"))->gained, -1); // not asked
    QCOMPARE(m_store->savedSearch(QStringLiteral("SAM, notify"))->lastCount, -1); // counting only reads
    recordSavedSearchCounts(*m_store, counts);
    QCOMPARE(m_store->savedSearch(QStringLiteral("SAM, notify"))->lastCount, sam);

    // Opening a search clears its mark; the others keep theirs.
    clock.advance(2);
    QVERIFY(m_store->markSavedSearchViewed(QStringLiteral("SAM, notify"), Clock::nowUtcText()));
    QVERIFY(m_store->markSavedSearchViewed(QStringLiteral("ITA, notify"), Clock::nowUtcText()));
    counts = countSavedSearches(*m_store, kLastDay);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, notify"))->newMatches, 0);
    QCOMPARE(countNamed(counts, QStringLiteral("ITA, notify"))->newMatches, 0);
    QCOMPARE(countNamed(counts, QStringLiteral("SAM, quiet"))->newMatches, sam);

    // A second sync brings 150 more SAM leads and nothing new from ITA.
    clock.advance(2);
    const QString secondSyncStart = Clock::nowUtcText();
    clock.advance(2);
    server.setSamRecords(450, kLastDay, 100);
    sync({QStringLiteral("sam"), QStringLiteral("ita-leads")});
    counts = countSavedSearches(*m_store, kLastDay, secondSyncStart);
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

void TestSavedSearches::windowNotifiesOnlyForNotifySearchesThatGained()
{
    // Time moves only when the test says so: no waiting for the next second.
    Clock::Fake clock(QDateTime::currentDateTimeUtc());
    FakeApiServer server;
    QVERIFY(server.listen());
    server.setSamRecords(200, kLastDay, 100);
    server.setItaRecords(80);
    server.setSamKey(QStringLiteral("saved-search-sam-key"));
    server.setItaKey(QStringLiteral("saved-search-ita-key"));
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("SAM, notify"), sourceFilter(QStringLiteral("sam")), true)));
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("SAM, quiet"), sourceFilter(QStringLiteral("sam")))));
    QVERIFY(m_store->addSavedSearch(
        savedSearch(QStringLiteral("ITA, notify"), sourceFilter(QStringLiteral("ita-leads")), true)));

    QWidget window;
    SavedSearchesPanel panel(&window);
    StoreWorker reader(m_store->path(), QStringLiteral("reader"));
    StoreWorker writer(m_store->path(), QStringLiteral("writer"));
    SavedSearchesController controller(reader, writer, &panel, &window);
    QSignalSpy notified(&controller, &SavedSearchesController::notified);
    QSignalSpy refreshed(&controller, &SavedSearchesController::refreshed);
    QSignalSpy opened(&controller, &SavedSearchesController::openRequested);
    auto entry = [&](const QString& name) {
        for (const SavedSearchesPanel::Entry& e : panel.entries()) {
            if (e.name == name)
                return e;
        }
        return SavedSearchesPanel::Entry{};
    };
    auto refreshAndWait = [&] {
        const qsizetype before = refreshed.size();
        controller.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before, 20000);
    };

    clock.advance(2); // first_seen_at has second resolution
    sync(server, {QStringLiteral("sam"), QStringLiteral("ita-leads")});
    refreshAndWait();
    QCOMPARE(entry(QStringLiteral("SAM, notify")).count, 200);
    QCOMPARE(entry(QStringLiteral("SAM, notify")).newCount, 200);
    QVERIFY(entry(QStringLiteral("SAM, notify")).notify);
    QVERIFY(panel.list()->item(0)->font().bold()); // new matches show in bold, and as text
    QVERIFY(panel.list()->item(0)->text().contains(QStringLiteral("200 new")));

    // Opening a search applies its filter and clears its mark.
    clock.advance(2);
    const qsizetype before = refreshed.size();
    emit panel.searchActivated(QStringLiteral("SAM, notify"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<LeadFilter>().sources, QStringList{QStringLiteral("sam")});
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before, 20000);
    QCOMPARE(entry(QStringLiteral("SAM, notify")).newCount, 0);
    QCOMPARE(entry(QStringLiteral("SAM, quiet")).newCount, 200);

    // A sync that brings SAM leads: one notification, for the "notify" search that gained.
    clock.advance(2);
    QString startedAt = Clock::nowUtcText();
    clock.advance(2);
    server.setSamRecords(260, kLastDay, 100);
    sync(server, {QStringLiteral("sam"), QStringLiteral("ita-leads")});
    controller.syncFinished(startedAt);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 20000);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("New leads for \"SAM, notify\""));
    // The plural is the translation's (English included); the count and the name are ours.
    QVERIFY2(notified.first().at(1).toString().startsWith(QStringLiteral("SAM, notify: 60 new match")),
             qPrintable(notified.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(entry(QStringLiteral("SAM, notify")).newCount, 60, 20000);

    // A sync that brings nothing new: no notification at all.
    clock.advance(2);
    startedAt = Clock::nowUtcText();
    clock.advance(2);
    sync(server, {QStringLiteral("sam"), QStringLiteral("ita-leads")});
    const qsizetype refreshes = refreshed.size();
    controller.syncFinished(startedAt);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > refreshes, 20000);
    QCOMPARE(notified.size(), 1);
}

void TestSavedSearches::windowSharesSearchesThroughFiles()
{
    LeadFilter roads;
    roads.text = QStringLiteral("road");
    roads.openOnly = true;
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("Roads"), roads, true)));
    QVERIFY(m_store->addSavedSearch(savedSearch(QStringLiteral("UK"), sourceFilter(QStringLiteral("ita-uk")))));
    QWidget window;
    SavedSearchesPanel panel(&window);
    StoreWorker reader(m_store->path(), QStringLiteral("reader"));
    StoreWorker writer(m_store->path(), QStringLiteral("writer"));
    SavedSearchesController controller(reader, writer, &panel, &window);
    const QString shared = m_dir->filePath(QStringLiteral("shared.json"));
    std::optional<Result<int>> exported;
    controller.exportTo(shared, [&](const Result<int>& written) { exported = written; });
    QTRY_VERIFY_WITH_TIMEOUT(exported.has_value(), 20000);
    QVERIFY2(exported->ok(), qPrintable(exported->errorMessage()));
    QCOMPARE(**exported, 2);

    // A colleague's cache: both arrive, with their filters and notify flags.
    QTemporaryDir otherDir;
    const QString otherPath = otherDir.filePath(QStringLiteral("other.sqlite"));
    auto other = LeadStore::open(otherPath);
    QVERIFY(other.ok());
    SavedSearchesPanel otherPanel(&window);
    StoreWorker otherReader(otherPath, QStringLiteral("other reader"));
    StoreWorker otherWriter(otherPath, QStringLiteral("other writer"));
    SavedSearchesController colleague(otherReader, otherWriter, &otherPanel, &window);
    auto importInto = [&](const QString& path) {
        std::optional<Result<SavedSearchesController::Imported>> imported;
        colleague.importFrom(path, [&](const Result<SavedSearchesController::Imported>& done) { imported = done; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(imported.has_value(), 20000); }();
        return imported.value_or(Result<SavedSearchesController::Imported>(Error{QStringLiteral("no answer")}));
    };
    auto imported = importInto(shared);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->added, 2);
    QVERIFY(imported->problems.isEmpty());
    QCOMPARE((*other)->savedSearch(QStringLiteral("Roads"))->filter, roads);
    QVERIFY((*other)->savedSearch(QStringLiteral("Roads"))->notify);
    // The panel shows what arrived.
    QTRY_COMPARE_WITH_TIMEOUT(otherPanel.entries().size(), 2, 20000);

    // Again, with a bad entry added: the bad one and the names taken are reported, the new one kept.
    QFile file(shared);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray searches = root.value(QStringLiteral("searches")).toArray();
    searches.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Broken")},
                                {QStringLiteral("filter"), QJsonObject{{QStringLiteral("dueTo"), QStringLiteral("soon")}}}});
    searches.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Fresh")},
                                {QStringLiteral("filter"), QJsonObject{{QStringLiteral("countries"), QJsonArray{QStringLiteral("CA")}}}}});
    root.insert(QStringLiteral("searches"), searches);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    imported = importInto(shared);
    QVERIFY(imported.ok());
    QCOMPARE(imported->added, 1);
    const QStringList problems = imported->problems;
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].contains(QStringLiteral("Broken")) && problems[0].contains(QStringLiteral("dueTo")),
             qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(QStringLiteral("already exists")), qPrintable(problems[1]));
    QCOMPARE(namesOf(*(*other)->savedSearches()),
             QStringList({QStringLiteral("Roads"), QStringLiteral("UK"), QStringLiteral("Fresh")}));

    // Not a saved-search file at all: refused whole, nothing added.
    QFile junk(m_dir->filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("\x00\xff not json");
    junk.close();
    QVERIFY(!importInto(junk.fileName()).ok());
    QCOMPARE((*other)->savedSearches()->size(), 3);
}

void TestSavedSearches::windowAnnouncesAnAwardInATrackedFamily()
{
    Clock::Fake clock(QDateTime::currentDateTimeUtc());
    auto notice = [](const QString& id, const QString& type, const QString& title) {
        Lead lead;
        lead.source = QStringLiteral("sam");
        lead.sourceId = id;
        lead.title = title;
        lead.noticeType = type;
        lead.agency = QStringLiteral("DEPT OF DEFENSE");
        lead.office = QStringLiteral("DLA LAND WARREN");
        lead.solicitationNumber = QStringLiteral("SPRDL1-25-R-0001");
        lead.postedAt = QStringLiteral("2025-02-01");
        lead.raw = QJsonDocument(QJsonObject{{QStringLiteral("noticeId"), id}, {QStringLiteral("type"), type}})
                       .toJson(QJsonDocument::Compact);
        return lead;
    };
    Lead other = notice(QStringLiteral("other-award"), QStringLiteral("Award Notice"), QStringLiteral("Brake drums"));
    other.solicitationNumber = QStringLiteral("SPRDL1-25-R-0999");
    QVERIFY(m_store->upsert({notice(QStringLiteral("solicitation"), QStringLiteral("Solicitation"), QStringLiteral("Axle, Differential, Driving"))}));
    QVERIFY(m_store->setUserData(QStringLiteral("sam"), QStringLiteral("solicitation"), {.starred = true, .status = {}, .notes = {}, .tags = {}, .assignee = {}}));

    QWidget window;
    SavedSearchesPanel panel(&window);
    StoreWorker reader(m_store->path(), QStringLiteral("reader"));
    StoreWorker writer(m_store->path(), QStringLiteral("writer"));
    SavedSearchesController controller(reader, writer, &panel, &window);
    QSignalSpy notified(&controller, &SavedSearchesController::notified);

    clock.advance(2);
    const QString startedAt = Clock::nowUtcText();
    clock.advance(2);
    Lead award = notice(QStringLiteral("award"), QStringLiteral("Award Notice"), QStringLiteral("Axle, Differential, Driving"));
    QVERIFY(m_store->upsert({award, other}));
    controller.syncFinished(startedAt);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 20000);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("A lead you track was awarded"));
    // Only the tracked family's award: the other solicitation's award is nobody's news.
    QCOMPARE(notified.first().at(1).toString(), QStringLiteral("Award posted for \"Axle, Differential, Driving\", which you track"));
}

void TestSavedSearches::saveDialogShowsWhatTheSearchWouldHaveNotified()
{
    // A Wednesday: the dialog tries the twelve weeks from Monday 2026-09-14 to this one.
    Clock::Fake clock(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    auto notice = [](const QString& id, const QString& solicitation, const QString& posted) {
        Lead lead;
        lead.source = QStringLiteral("sam");
        lead.sourceId = id;
        lead.title = QStringLiteral("Pump station maintenance");
        lead.office = QStringLiteral("BUREAU OF RECLAMATION");
        lead.solicitationNumber = solicitation;
        lead.postedAt = posted;
        lead.raw = QJsonDocument(QJsonObject{{QStringLiteral("noticeId"), id}}).toJson(QJsonDocument::Compact);
        return lead;
    };
    QList<Lead> leads;
    // Three families in three weeks; the first posts an amendment two weeks later (one notification).
    leads << notice(QStringLiteral("a1"), QStringLiteral("SOL-A"), QStringLiteral("2026-09-15T10:00:00Z"))
          << notice(QStringLiteral("a2"), QStringLiteral("SOL-A"), QStringLiteral("2026-09-29T10:00:00Z"))
          << notice(QStringLiteral("b1"), QStringLiteral("SOL-B"), QStringLiteral("2026-10-20"))
          << notice(QStringLiteral("c1"), QStringLiteral("SOL-C"), QStringLiteral("2026-12-01T08:00:00Z"));
    for (int i = 0; i < 5; ++i) // a busy week of one family: five matches, one notification
        leads << notice(QStringLiteral("d%1").arg(i), QStringLiteral("SOL-D"), QStringLiteral("2026-11-1%1").arg(i));
    QVERIFY(m_store->upsert(leads));

    QWidget window;
    window.resize(900, 600);
    SavedSearchesPanel panel(&window);
    StoreWorker reader(m_store->path(), QStringLiteral("reader"));
    StoreWorker writer(m_store->path(), QStringLiteral("writer"));
    SavedSearchesController controller(reader, writer, &panel, &window);
    LeadFilter pumps;
    pumps.text = QStringLiteral("pump");
    controller.askAndSave(pumps);
    auto* dialog = window.findChild<SaveSearchDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("pump"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->chart()->hasBars(), 20000);
    const SearchBacktest shown = dialog->chart()->backtest();
    QCOMPARE(shown.weekStarts.size(), SearchBacktest::kDefaultWeeks);
    QCOMPARE(shown.weekStarts.first(), QDate(2026, 9, 14));
    QCOMPARE(shown.matches, QList<qint64>({1, 0, 1, 0, 0, 1, 0, 0, 5, 0, 0, 1}));
    QCOMPARE(shown.newFamilies, QList<qint64>({1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1}));
    QCOMPARE(dialog->summary()->text(), QStringLiteral("Over the last 12 weeks this search would have notified you 4 times."));

    dialog->adjustSize();
    const QString shot = QDir::current().filePath(QStringLiteral("save-search-backtest.png"));
    QVERIFY(dialog->grab().save(shot));
    qInfo("The dialog: %s", qPrintable(shot));

    dialog->nameField()->setText(QStringLiteral("Pumps"));
    QMetaObject::invokeMethod(dialog, [dialog] {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        box->button(QDialogButtonBox::Save)->click();
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_store->savedSearch(QStringLiteral("Pumps")).ok(), 20000);
    QCOMPARE(m_store->savedSearch(QStringLiteral("Pumps"))->filter.text, QStringLiteral("pump"));
}

void TestSavedSearches::saveDialogClosedBeforeTheAnswerIsFine()
{
    QWidget window;
    SavedSearchesPanel panel(&window);
    StoreWorker reader(m_store->path(), QStringLiteral("reader"));
    StoreWorker writer(m_store->path(), QStringLiteral("writer"));
    SavedSearchesController controller(reader, writer, &panel, &window);
    controller.askAndSave(LeadFilter());
    QPointer<SaveSearchDialog> dialog = window.findChild<SaveSearchDialog*>();
    QVERIFY(dialog);
    dialog->reject(); // closes, and deletes itself, before the reader answers
    QTRY_VERIFY(dialog.isNull());
    // The reader runs jobs in order: once a later one has answered, the backtest's has come and gone.
    bool later = false;
    reader.post(&window, [](LeadStore&) {}, [&later] { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 20000);
    QVERIFY(!m_store->savedSearch(QStringLiteral("pump")).ok());
}

QTEST_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
