// Notice families: the notices of one solicitation within one office are one family. The
// fixtures are built from a real SAM.gov page (../shared/real-world): its presolicitation and
// solicitation of SPRDL125R0001 at DLA Land Warren, plus amendments and an award made from them.

#include "Clock.h"
#include "LeadFormat.h"
#include "NoticeTimeline.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "SamNoticeFamily.h"
#include "SamJsonParser.h"
#include "StoredRecordParser.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SamNoticeFamily;

class TestNoticeFamilies final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneSolicitationIsOneFamily();
    void anotherOfficeStaysApart();
    void dashesInTheNumberDoNotSplitAFamily();
    void noticesWithoutANumberStandAlone();
    void australianAmendmentsJoinTheirParent();
    void oneRowPerFamilyShowsTheLatestNotice();
    void timelineSaysWhatEachNoticeChanged();
    void timelineListsEachAmendmentInItsNotice();
    void loneAmendedNoticeHasATimeline();
    void unreadableVersionGivesAPlainEntry();
    void commandLineCarriesTheFamily();

private:
    void importPage(const QByteArray& bytes, ImportFormat format = ImportFormat::SamJson);
    QList<NoticeTimeline::Entry> timeline(const QString& shownSourceId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestNoticeFamilies::init()
{
    QVERIFY2(!realRecord(kPresolicitation).isEmpty(),
             qPrintable(QStringLiteral("sam_v2_search_driving_2025.json is not in %1").arg(TRADELEADS_REAL_WORLD_DIR)));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath("cache.sqlite"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestNoticeFamilies::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestNoticeFamilies::importPage(const QByteArray& bytes, ImportFormat format)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    LeadImporter importer(*m_store);
    const auto summary = importer.importDevice(buffer, format, "fixture");
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->errorCount, qint64(0));
}

// The timeline of the family of a SAM.gov notice, as the detail pane reads it.
QList<NoticeTimeline::Entry> TestNoticeFamilies::timeline(const QString& shownSourceId)
{
    const auto shown = m_store->lead("sam", shownSourceId);
    if (!shown) {
        qWarning() << shown.errorMessage();
        return {};
    }
    const auto family = NoticeTimeline::read(*m_store, *shown);
    if (!family) {
        qWarning() << family.errorMessage();
        return {};
    }
    return NoticeTimeline::entries(*family, shownSourceId, QLocale::c());
}


void TestNoticeFamilies::oneSolicitationIsOneFamily()
{
    importPage(page(fiveNotices()));
    const auto award = m_store->lead("sam", "award0000000000000000000000000005");
    QVERIFY2(award.ok(), qPrintable(award.errorMessage()));
    QCOMPARE(award->noticeCount, 5);
    QCOMPARE(award->familyId, QStringLiteral("sam|DLA LAND WARREN|SPRDL125R0001"));
    const auto notices = m_store->familyNotices(award->familyId);
    QVERIFY2(notices.ok(), qPrintable(notices.errorMessage()));
    QStringList order;
    for (const StoredLead& notice : *notices) {
        order.append(notice.lead.sourceId);
        QCOMPARE(notice.familyId, award->familyId);
        QCOMPARE(notice.noticeCount, 5);
    }
    // In the order they were posted: presolicitation, solicitation, amendments, award.
    QCOMPARE(order, (QStringList { kPresolicitation, kSolicitation, "amend10000000000000000000000000003",
                                   "amend20000000000000000000000000004", "award0000000000000000000000000005" }));
    QCOMPARE(notices->at(0).lead.noticeType, QStringLiteral("Presolicitation"));
    QCOMPARE(notices->at(4).lead.noticeType, QStringLiteral("Award Notice"));
}

void TestNoticeFamilies::anotherOfficeStaysApart()
{
    QJsonObject columbus = later(realRecord(kSolicitation), "columbus00000000000000000000000001", "Solicitation",
                                 "2025-02-20", "2025-03-20T23:59:00-04:00");
    columbus.insert("fullParentPathName", "DEPT OF DEFENSE.DEFENSE LOGISTICS AGENCY.DLA LAND.DLA LAND COLUMBUS");
    columbus.insert("fullParentPathCode", "097.97AS.DLA LAND.DLA LAND COLUMBUS.SPE7LX");
    importPage(page(fiveNotices() + QList<QJsonObject> { columbus }));
    const auto other = m_store->lead("sam", "columbus00000000000000000000000001");
    QVERIFY(other.ok());
    QCOMPARE(other->lead.solicitationNumber, QStringLiteral("SPRDL125R0001"));
    QCOMPARE(other->noticeCount, 1);
    QCOMPARE(other->familyId, QStringLiteral("sam|DLA LAND COLUMBUS|SPRDL125R0001"));
    QCOMPARE(m_store->lead("sam", kSolicitation)->noticeCount, 5);
}

void TestNoticeFamilies::dashesInTheNumberDoNotSplitAFamily()
{
    // The bulk CSV and the API write some numbers with dashes, some without.
    QJsonObject dashed = later(realRecord(kSolicitation), "dashed000000000000000000000000001", "Solicitation",
                               "2025-02-21", "2025-03-17T23:59:00-04:00");
    dashed.insert("solicitationNumber", "sprdl1-25-r-0001");
    importPage(page({ realRecord(kSolicitation), dashed }));
    QCOMPARE(m_store->lead("sam", "dashed000000000000000000000000001")->noticeCount, 2);
}

void TestNoticeFamilies::noticesWithoutANumberStandAlone()
{
    QJsonObject first = later(realRecord(kSolicitation), "nonumber000000000000000000000001", "Special Notice", "2025-02-21", "");
    QJsonObject second = later(realRecord(kSolicitation), "nonumber000000000000000000000002", "Special Notice", "2025-02-22", "");
    first.insert("solicitationNumber", QJsonValue::Null);
    second.insert("solicitationNumber", "");
    importPage(page({ first, second }));
    QCOMPARE(m_store->lead("sam", "nonumber000000000000000000000001")->noticeCount, 1);
    QCOMPARE(m_store->lead("sam", "nonumber000000000000000000000002")->noticeCount, 1);
    QCOMPARE(m_store->lead("sam", "nonumber000000000000000000000002")->familyId,
             QStringLiteral("sam|nonumber000000000000000000000002"));
}

void TestNoticeFamilies::australianAmendmentsJoinTheirParent()
{
    // CN389204-A1 names its parent CN389204: with the parent in the cache, one family.
    importPage(R"([{"id": "CN389204", "source": "AUSTRALIA", "description": "COMBAT BOOTS", "publish_date": "2011-01-31"},
                   {"id": "CN389204-A1", "parent_id": "CN389204", "source": "AUSTRALIA", "description": "COMBAT BOOTS, VERSION 5, KHAKI",
                    "publish_date": "2011-05-19"},
                   {"id": "CN1121942", "parent_id": null, "source": "AUSTRALIA", "description": "Motor Windscreen Wiper"}])",
               ImportFormat::ItaJson);
    const auto amendment = m_store->lead("ita-australia", "CN389204-A1");
    QVERIFY(amendment.ok());
    QCOMPARE(amendment->noticeCount, 2);
    QCOMPARE(amendment->familyId, m_store->lead("ita-australia", "CN389204")->familyId);
    QCOMPARE(m_store->lead("ita-australia", "CN1121942")->noticeCount, 1);
}

void TestNoticeFamilies::oneRowPerFamilyShowsTheLatestNotice()
{
    QJsonObject columbus = later(realRecord(kSolicitation), "columbus00000000000000000000000001", "Solicitation",
                                 "2025-02-20", "2025-03-20T23:59:00-04:00");
    columbus.insert("fullParentPathName", "DEPT OF DEFENSE.DEFENSE LOGISTICS AGENCY.DLA LAND.DLA LAND COLUMBUS");
    importPage(page(fiveNotices() + QList<QJsonObject> { columbus }));
    LeadFilter filter;
    filter.sortColumn = QStringLiteral("posted_at");
    const QDate today(2025, 3, 1);
    auto notices = m_store->search(filter, 100, today);
    QVERIFY(notices.ok());
    QCOMPARE(notices->size(), 6);
    filter.oneRowPerFamily = true;
    auto families = m_store->search(filter, 100, today);
    QVERIFY2(families.ok(), qPrintable(families.errorMessage()));
    QCOMPARE(families->size(), 2);
    QCOMPARE(families->at(0).lead.sourceId, QStringLiteral("columbus00000000000000000000000001"));
    QCOMPARE(families->at(1).lead.sourceId, QStringLiteral("award0000000000000000000000000005"));
    QCOMPARE(families->at(1).noticeCount, 5);
    auto ids = m_store->ids(filter, today);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 2);
    auto count = m_store->count(filter, today);
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(2));
    // A filter the latest notice does not meet leaves its family out: the award has no deadline.
    filter.dueWithinDays = 30;
    families = m_store->search(filter, 100, today);
    QVERIFY(families.ok());
    QCOMPARE(families->size(), 1);
    QCOMPARE(families->at(0).lead.sourceId, QStringLiteral("columbus00000000000000000000000001"));
}

void TestNoticeFamilies::timelineSaysWhatEachNoticeChanged()
{
    QList<QJsonObject> notices = fiveNotices();
    notices[3].insert("typeOfSetAside", "SBA");
    QJsonArray links = notices[3].value("resourceLinks").toArray();
    links.append("https://sam.gov/api/prod/opps/v3/opportunities/resources/files/a/download");
    links.append("https://sam.gov/api/prod/opps/v3/opportunities/resources/files/b/download");
    notices[3].insert("resourceLinks", links);
    importPage(page(notices));
    const QList<NoticeTimeline::Entry> entries = timeline("amend10000000000000000000000000003");
    QCOMPARE(entries.size(), 5);
    for (const NoticeTimeline::Entry& entry : entries)
        QCOMPARE(entry.kind, NoticeTimeline::Entry::Posted);
    QVERIFY(entries.at(0).changes.isEmpty());
    QCOMPARE(entries.at(0).noticeType, QStringLiteral("Presolicitation"));
    QVERIFY(entries.at(2).shown);
    QVERIFY(!entries.at(3).shown);
    // 2025-03-17T23:59-04:00 is 03:59 UTC on the 18th; the amendment moves it to the 25th.
    QCOMPARE(entries.at(2).changes, QStringList { "Deadline moved from 18 Mar to 25 Mar" });
    QCOMPARE(entries.at(3).changes,
             (QStringList { "Deadline moved from 25 Mar to 1 Apr", "Set-aside changed to SBA", "2 attachments added" }));
    QVERIFY(entries.at(4).changes.contains("Deadline removed"));
    QVERIFY(entries.at(4).changes.contains("Set-aside removed"));
    QVERIFY(std::any_of(entries.at(4).changes.begin(), entries.at(4).changes.end(),
                        [](const QString& change) { return change.startsWith("Value set to"); }));
}

void TestNoticeFamilies::timelineListsEachAmendmentInItsNotice()
{
    Clock::Fake clock(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    QList<QJsonObject> notices = fiveNotices();
    importPage(page(notices));
    // SAM.gov amends the first amendment twice, a day apart: the deadline moves and an
    // attachment is added, then the set-aside is changed. Each import keeps the previous record.
    clock.advance(24 * 3600);
    QJsonObject amended = notices.at(2);
    amended.insert("responseDeadLine", "2025-03-28T23:59:00-04:00");
    QJsonArray links = amended.value("resourceLinks").toArray();
    links.append("https://sam.gov/api/prod/opps/v3/opportunities/resources/files/c/download");
    amended.insert("resourceLinks", links);
    importPage(page({ amended }));
    clock.advance(24 * 3600);
    amended.insert("typeOfSetAside", "SBA");
    importPage(page({ amended }));
    QCOMPARE(m_store->lead("sam", "amend10000000000000000000000000003")->versions, 2);

    const QList<NoticeTimeline::Entry> entries = timeline("amend10000000000000000000000000003");
    QStringList order;
    for (const NoticeTimeline::Entry& entry : entries)
        order.append(entry.sourceId.left(6) + (entry.kind == NoticeTimeline::Entry::Amended ? " amended" : " posted"));
    // Each notice in the order posted; its amendments right after it, oldest first.
    QCOMPARE(order, (QStringList { "9f72c2 posted", "573836 posted", "amend1 posted", "amend1 amended",
                                   "amend1 amended", "amend2 posted", "award0 posted" }));

    // As first posted: compared with the solicitation before it, at the day it was posted.
    QCOMPARE(entries.at(2).changes, QStringList { "Deadline moved from 18 Mar to 25 Mar" });
    QCOMPARE(entries.at(2).at, QStringLiteral("2025-02-25"));
    // Each amendment: compared with the notice's state before it, at the time the store saw it.
    QCOMPARE(entries.at(3).changes, (QStringList { "Deadline moved from 25 Mar to 29 Mar", "1 attachment added" }));
    QCOMPARE(entries.at(4).changes, QStringList { "Set-aside changed to SBA" });
    QCOMPARE(entries.at(3).at, QStringLiteral("2025-03-02T12:00:00Z"));
    QCOMPARE(entries.at(4).at, QStringLiteral("2025-03-03T12:00:00Z"));
    for (const int i : { 3, 4 }) {
        QVERIFY(entries.at(i).changesKnown);
        QVERIFY(entries.at(i).shown);
        QCOMPARE(entries.at(i).noticeType, QStringLiteral("Solicitation"));
    }
    // The next notice is compared with the amended notice as it is now.
    QCOMPARE(entries.at(5).changes,
             (QStringList { "Deadline moved from 29 Mar to 1 Apr", "Set-aside removed", "1 attachment removed" }));
    QVERIFY(!entries.at(5).shown);
}

void TestNoticeFamilies::loneAmendedNoticeHasATimeline()
{
    QJsonObject notice = realRecord(kSolicitation);
    importPage(page({ notice }));
    const auto lone = m_store->lead("sam", kSolicitation);
    QVERIFY(lone.ok());
    QCOMPARE(lone->noticeCount, 1);
    auto family = NoticeTimeline::read(*m_store, *lone);
    QVERIFY2(family.ok(), qPrintable(family.errorMessage()));
    QVERIFY(family->isEmpty()); // nothing to tell yet

    notice.insert("responseDeadLine", "2025-03-24T23:59:00-04:00");
    importPage(page({ notice }));
    const QList<NoticeTimeline::Entry> entries = timeline(kSolicitation);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, NoticeTimeline::Entry::Posted);
    QVERIFY(entries.at(0).changes.isEmpty());
    QVERIFY(entries.at(0).changesKnown);
    QCOMPARE(entries.at(1).kind, NoticeTimeline::Entry::Amended);
    QCOMPARE(entries.at(1).changes, QStringList { "Deadline moved from 18 Mar to 25 Mar" });
}

void TestNoticeFamilies::unreadableVersionGivesAPlainEntry()
{
    // A notice first stored with a record no parser reads (cut short), then sent whole.
    const QJsonObject whole = later(realRecord(kSolicitation), "garbled0000000000000000000000001", "Solicitation",
                                    "2025-03-01", "2025-03-21T23:59:00-04:00");
    auto lead = SamJsonParser::leadFromRecord(whole);
    QVERIFY(lead.ok());
    lead->raw = QByteArray("{\"noticeId\": \"garbled0000000000000000000000001\", \"title\": \"Hyd");
    QVERIFY(m_store->upsert({ *lead }).ok());
    importPage(page(fiveNotices() + QList<QJsonObject> { whole }));
    QCOMPARE(m_store->lead("sam", "garbled0000000000000000000000001")->versions, 1);

    const auto unreadable = StoredRecordParser::parse("sam", lead->raw);
    QVERIFY(!unreadable.ok());
    QVERIFY2(unreadable.errorMessage().contains("cannot be read"), qPrintable(unreadable.errorMessage()));

    const QList<NoticeTimeline::Entry> entries = timeline("amend20000000000000000000000000004");
    QCOMPARE(entries.size(), 7);
    // Between the first amendment (25 Feb) and the second (10 Mar).
    QCOMPARE(entries.at(3).sourceId, QStringLiteral("garbled0000000000000000000000001"));
    QCOMPARE(entries.at(3).kind, NoticeTimeline::Entry::Posted);
    QCOMPARE(entries.at(3).at, QStringLiteral("2025-03-01")); // the day it was posted, from its record now
    QCOMPARE(entries.at(4).sourceId, QStringLiteral("garbled0000000000000000000000001"));
    QCOMPARE(entries.at(4).kind, NoticeTimeline::Entry::Amended);
    QVERIFY(!entries.at(4).changesKnown);
    QVERIFY(entries.at(4).changes.isEmpty());
    QVERIFY(!entries.at(4).at.isEmpty());
    // The notice after it is compared with its content now, which reads.
    QCOMPARE(entries.at(5).sourceId, QStringLiteral("amend20000000000000000000000000004"));
    QVERIFY(entries.at(5).changesKnown);
    QCOMPARE(entries.at(5).changes, QStringList { "Deadline moved from 22 Mar to 1 Apr" });
}

void TestNoticeFamilies::commandLineCarriesTheFamily()
{
    m_store.reset();
    const QString path = m_dir->filePath("cache.sqlite");
    QFile fixture(m_dir->filePath("page.json"));
    QVERIFY(fixture.open(QIODevice::WriteOnly));
    fixture.write(page(fiveNotices()));
    fixture.close();
    QProcess import;
    import.start(TRADELEADS_BINARY, { "import", "--db", path, "--format", "sam-json", fixture.fileName() });
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);

    const auto searchJson = [&](const QStringList& extra) {
        QProcess search;
        search.start(TRADELEADS_BINARY, QStringList { "search", "--db", path, "--format", "json" } + extra);
        search.waitForFinished(60000);
        return QJsonDocument::fromJson(search.readAllStandardOutput()).array();
    };
    const QJsonArray notices = searchJson({});
    QCOMPARE(notices.size(), 5);
    for (const QJsonValue& row : notices) {
        QCOMPARE(row["family_id"].toString(), QStringLiteral("sam|DLA LAND WARREN|SPRDL125R0001"));
        QCOMPARE(row["notice_count"].toInt(), 5);
    }
    const QJsonArray families = searchJson({ "--families" });
    QCOMPARE(families.size(), 1);
    QCOMPARE(families.at(0)["source_id"].toString(), QStringLiteral("award0000000000000000000000000005"));
    QCOMPARE(families.at(0)["notice_count"].toInt(), 5);

    QProcess csv;
    csv.start(TRADELEADS_BINARY, { "search", "--db", path, "--families", "--format", "csv" });
    QVERIFY(csv.waitForFinished(60000));
    const QList<QByteArray> lines = csv.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    const qsizetype countColumn = header.indexOf("notice_count");
    QVERIFY(countColumn >= 0);
    QVERIFY(header.contains("family_id"));
    QVERIFY(lines.at(1).contains("sam|DLA LAND WARREN|SPRDL125R0001"));
}

QTEST_GUILESS_MAIN(TestNoticeFamilies)
#include "tst_noticefamilies.moc"
