// Tracking belongs to the notice family: a star, a status, notes and tags set on one notice of
// a solicitation are on every notice of it, including those that arrive later; a saved search
// counts a family once; an award notice that closes a tracked family says so. Fixtures are
// built from a real SAM.gov page (SamNoticeFamily.h).

#include "CacheGuard.h"
#include "Clock.h"
#include "LeadFilter.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "SamNoticeFamily.h"
#include "SavedSearchCounts.h"
#include "SavedSearchFixture.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SamNoticeFamily;

namespace {

const QDate kToday(2025, 2, 1);
const LeadUserData kBidding{.starred = true, .status = QStringLiteral("bidding"),
                            .notes = QStringLiteral("Call the DLA buyer"), .tags = QStringLiteral("axles"), .assignee = {}};

} // namespace

class TestFamilyTracking final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void starOnThePresolicitationShowsOnTheAward();
    void trackingWaitsForNoticesYetToCome();
    void trackingSetBeforeItsNoticeCameJoinsTheFamily();
    void trackingSetBeforeItsNoticeCameJoinsTheFamilyInABulkLoad();
    void anotherFamilyIsNotTracked();
    void savedSearchCountsAFamilyOnce();
    void familyNewToTheSearchCountsEvenWhenItsFirstNoticeDidNotMatch();
    void awardInATrackedFamilySaysSo();
    void restoredTrackingFindsItsFamily();
    void trackingMovesWithALoneNoticeWhoseFamilyChanges();

private:
    void importPage(const QList<QJsonObject>& records);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    std::unique_ptr<Clock::Fake> m_clock;
};

void TestFamilyTracking::init()
{
    QVERIFY2(!realRecord(kPresolicitation).isEmpty(),
             qPrintable(QStringLiteral("sam_v2_search_driving_2025.json is not in %1").arg(TRADELEADS_REAL_WORLD_DIR)));
    m_clock = std::make_unique<Clock::Fake>(QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath("cache.sqlite"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestFamilyTracking::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_clock.reset();
}

void TestFamilyTracking::importPage(const QList<QJsonObject>& records)
{
    QByteArray bytes = page(records);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LeadImporter importer(*m_store);
    const auto summary = importer.importDevice(buffer, ImportFormat::SamJson, "fixture");
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->errorCount, qint64(0));
}

void TestFamilyTracking::starOnThePresolicitationShowsOnTheAward()
{
    importPage(fiveNotices());
    QVERIFY(m_store->setUserData("sam", kPresolicitation, kBidding).ok());
    for (const QList<QJsonObject> notices = fiveNotices(); const QJsonObject& notice : notices) {
        const auto row = m_store->lead("sam", notice.value("noticeId").toString());
        QVERIFY2(row.ok(), qPrintable(row.errorMessage()));
        QVERIFY2(row->starred, qPrintable(row->lead.sourceId));
        QCOMPARE(row->status, "bidding");
        QCOMPARE(row->notes, "Call the DLA buyer");
        QCOMPARE(row->tags, "axles");
    }
    // Starred and status filters find every notice of the family, or the family once.
    LeadFilter starred;
    starred.starredOnly = true;
    QCOMPARE(*m_store->count(starred, kToday), qint64(5));
    starred.oneRowPerFamily = true;
    const auto families = m_store->search(starred, -1, kToday);
    QVERIFY(families.ok());
    QCOMPARE(families->size(), 1);
    QCOMPARE(families->first().lead.sourceId, kAward);
    LeadFilter bidding;
    bidding.statuses = {"bidding"};
    QCOMPARE(*m_store->count(bidding, kToday), qint64(5));

    // Unstarred on the award: gone from every notice, as one family.
    LeadUserData dropped = kBidding;
    dropped.starred = false;
    QVERIFY(m_store->setUserData("sam", kAward, dropped).ok());
    QVERIFY(!m_store->lead("sam", kPresolicitation)->starred);
    QCOMPARE(m_store->lead("sam", kPresolicitation)->notes, "Call the DLA buyer");
    starred.oneRowPerFamily = false;
    QCOMPARE(*m_store->count(starred, kToday), qint64(0));
}

void TestFamilyTracking::trackingWaitsForNoticesYetToCome()
{
    const QList<QJsonObject> notices = fiveNotices();
    importPage({notices.at(0)});
    QVERIFY(m_store->setUserData("sam", kPresolicitation, kBidding).ok());
    importPage(notices.mid(1));
    const auto award = m_store->lead("sam", kAward);
    QVERIFY2(award.ok(), qPrintable(award.errorMessage()));
    QVERIFY(award->starred);
    QCOMPARE(award->status, "bidding");
    QCOMPARE(award->noticeCount, 5);
}

void TestFamilyTracking::trackingSetBeforeItsNoticeCameJoinsTheFamily()
{
    // A script (or an old backup) tracks a notice the cache does not have yet: when it comes,
    // its family takes the tracking.
    QVERIFY(m_store->setUserData("sam", kSolicitation, kBidding).ok());
    importPage(fiveNotices());
    for (const QString& notice : {kPresolicitation, kSolicitation, kAward}) {
        const auto row = m_store->lead("sam", notice);
        QVERIFY2(row.ok(), qPrintable(row.errorMessage()));
        QVERIFY2(row->starred, qPrintable(notice));
        QCOMPARE(row->status, "bidding");
    }
}

void TestFamilyTracking::trackingSetBeforeItsNoticeCameJoinsTheFamilyInABulkLoad()
{
    // A bulk load sets the adopting trigger aside (its inserts then keep no statement journal)
    // and adopts for every lead it added at its end.
    QVERIFY(m_store->setUserData("sam", kSolicitation, kBidding).ok());
    QVERIFY(m_store->setUserData("sam", "not-yet-cached", kBidding).ok());
    const auto begun = m_store->beginBulkLoad(6000);
    QVERIFY2(begun.ok(), qPrintable(begun.errorMessage()));
    QVERIFY(*begun);
    importPage(fiveNotices());
    QVERIFY2(m_store->finishBulkLoad().ok(), "finish");
    for (const QString& notice : {kPresolicitation, kSolicitation, kAward}) {
        const auto row = m_store->lead("sam", notice);
        QVERIFY2(row.ok(), qPrintable(row.errorMessage()));
        QVERIFY2(row->starred, qPrintable(notice));
        QCOMPARE(row->status, "bidding");
    }
    LeadFilter starred;
    starred.starredOnly = true;
    QCOMPARE(*m_store->count(starred, kToday), qint64(5));
}

void TestFamilyTracking::anotherFamilyIsNotTracked()
{
    // The same office's other axle solicitation, SPRDL1-24-R-0156, is a family of its own.
    QFile file(QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).filePath("sam_v2_search_driving_2025.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject other;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll())["opportunitiesData"].toArray()) {
        if (value["solicitationNumber"].toString() == "SPRDL1-24-R-0156")
            other = value.toObject();
    }
    QVERIFY(!other.isEmpty());
    importPage(fiveNotices() + QList<QJsonObject>{other});
    QVERIFY(m_store->setUserData("sam", kSolicitation, kBidding).ok());
    const auto row = m_store->lead("sam", other.value("noticeId").toString());
    QVERIFY(row.ok());
    QVERIFY(!row->starred);
    QVERIFY(row->status.isEmpty());
    QVERIFY(row->familyId != kFamilyId);
    QVERIFY(m_store->lead("sam", kAward)->starred);
}

void TestFamilyTracking::savedSearchCountsAFamilyOnce()
{
    const QList<QJsonObject> notices = fiveNotices();
    LeadFilter axles;
    axles.text = "axle";
    QVERIFY(m_store->addSavedSearch(savedSearch("Axles", axles, true)).ok());

    m_clock->advance(60);
    const QString firstSync = Clock::nowUtcText();
    m_clock->advance(1);
    importPage({notices.at(0)});
    auto counts = countSavedSearches(*m_store, kToday, firstSync);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().gained, qint64(1));
    QCOMPARE(searchesToNotify(counts).size(), 1);

    // The solicitation, two amendments and the award of the same family: nothing new.
    m_clock->advance(60);
    const QString secondSync = Clock::nowUtcText();
    m_clock->advance(1);
    importPage(notices.mid(1));
    counts = countSavedSearches(*m_store, kToday, secondSync);
    QCOMPARE(counts.first().matches, qint64(5));
    QCOMPARE(counts.first().gained, qint64(0));
    QVERIFY(searchesToNotify(counts).isEmpty());
    // Since the search was saved (before either sync): one new family, not five notices.
    QCOMPARE(counts.first().newMatches, qint64(1));
}

void TestFamilyTracking::familyNewToTheSearchCountsEvenWhenItsFirstNoticeDidNotMatch()
{
    // The presolicitation is no solicitation: a search for solicitations first matches the
    // family when its solicitation arrives, and then it is news.
    const QList<QJsonObject> notices = fiveNotices();
    LeadFilter solicitations;
    solicitations.noticeTypes = {"Solicitation"};
    QVERIFY(m_store->addSavedSearch(savedSearch("Solicitations", solicitations, true)).ok());
    importPage({notices.at(0)});
    m_clock->advance(60);
    const QString since = Clock::nowUtcText();
    m_clock->advance(1);
    importPage(notices.mid(1, 3));
    const auto counts = countSavedSearches(*m_store, kToday, since);
    QCOMPARE(counts.first().matches, qint64(3));
    QCOMPARE(counts.first().gained, qint64(1));
}

void TestFamilyTracking::awardInATrackedFamilySaysSo()
{
    const QList<QJsonObject> notices = fiveNotices();
    importPage(notices.mid(0, 4));
    QVERIFY(m_store->setUserData("sam", kSolicitation, kBidding).ok());
    m_clock->advance(60);
    const QString since = Clock::nowUtcText();
    QVERIFY(m_store->trackedFamilyAwards(since)->isEmpty());

    // The award arrives by the command line, which says so; so does the store to the window.
    m_store.reset();
    const QString path = m_dir->filePath("cache.sqlite");
    QFile fixture(m_dir->filePath("award.json"));
    QVERIFY(fixture.open(QIODevice::WriteOnly));
    fixture.write(page({notices.at(4)}));
    fixture.close();
    QProcess import;
    import.start(TRADELEADS_BINARY, {"import", "--db", path, "--format", "sam-json", fixture.fileName()});
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);
    const QString output = QString::fromUtf8(import.readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("Award posted for a lead you track: \"Axle, Differential, Driving\" (sam:%1)")
                                 .arg(kAward)),
             qPrintable(output));

    auto store = LeadStore::open(path);
    QVERIFY(store.ok());
    const auto awards = (*store)->trackedFamilyAwards(since);
    QVERIFY2(awards.ok(), qPrintable(awards.errorMessage()));
    QCOMPARE(awards->size(), 1);
    QCOMPARE(awards->first().lead.sourceId, kAward);
    QCOMPARE(awards->first().status, "bidding");

    // Untracked, the award is news to nobody.
    QVERIFY((*store)->setUserData("sam", kAward, {}).ok());
    QVERIFY((*store)->trackedFamilyAwards(since)->isEmpty());
}

void TestFamilyTracking::restoredTrackingFindsItsFamily()
{
    // The backup names the family: tracking restored into a fresh cache, before sync brings
    // the notices back, is on every notice of the family when they come.
    const QList<QJsonObject> notices = fiveNotices();
    importPage({notices.at(0)});
    QVERIFY(m_store->setUserData("sam", kPresolicitation, kBidding).ok());
    QVERIFY(CacheGuard::backupUserData(*m_store).ok());
    const QString backup = m_dir->filePath("cache.sqlite.userdata.json");
    QVERIFY(QFile::exists(backup));
    m_store.reset();

    auto fresh = LeadStore::open(m_dir->filePath("fresh.sqlite"));
    QVERIFY(fresh.ok());
    const auto restored = CacheGuard::restoreUserData(**fresh, backup);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->trackedLeads, qint64(1));
    m_store = std::move(*fresh);
    importPage({notices.at(4)}); // the award alone
    const auto award = m_store->lead("sam", kAward);
    QVERIFY(award.ok());
    QVERIFY(award->starred);
    QCOMPARE(award->notes, "Call the DLA buyer");
}

void TestFamilyTracking::trackingMovesWithALoneNoticeWhoseFamilyChanges()
{
    // SAM.gov renames an office: the notice's family id changes with it. Tracking on a family
    // whose only notice moved goes with the notice; a family that keeps other notices keeps it.
    QJsonObject presolicitation = realRecord(kPresolicitation);
    importPage({presolicitation});
    QVERIFY(m_store->setUserData("sam", kPresolicitation, kBidding).ok());
    const QString before = m_store->lead("sam", kPresolicitation)->familyId;
    presolicitation.insert("fullParentPathName",
                           "DEPT OF DEFENSE.DEFENSE LOGISTICS AGENCY.DLA LAND.DLA LAND WARREN MICHIGAN.DLA LAND AND MARITIME WARREN");
    presolicitation.insert("office", "DLA LAND AND MARITIME WARREN");
    m_clock->advance(60);
    importPage({presolicitation});
    const auto moved = m_store->lead("sam", kPresolicitation);
    QVERIFY(moved.ok());
    QVERIFY2(moved->familyId != before, qPrintable(moved->familyId));
    QVERIFY(moved->starred);
    QCOMPARE(moved->notes, "Call the DLA buyer");
}

QTEST_GUILESS_MAIN(TestFamilyTracking)
#include "tst_familytracking.moc"
