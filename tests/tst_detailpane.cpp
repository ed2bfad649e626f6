#include "Clock.h"
#include "DetailPane.h"
#include "LeadDetailHtml.h"
#include "StoreWorker.h"
#include "LeadDetails.h"
#include "LeadStore.h"
#include "SamJsonParser.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>

class TestDetailPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fieldLabels_data();
    void fieldLabels();
    void diffListsChangedAddedRemoved();
    void htmlEscapesWhatTheSourceSent();
    void showsCanonicalAndRawFields();
    void contactsAreMailtoAndTelLinks();
    void historyListsTheChangedField();
    void historyShowsTheNoticeFamily();
    void historyShowsEachAmendmentInTheTimeline();
    void relatedFromIta();
    void whoWonSimilarWork();
    void userDataPersistsAcrossStores();
    void pendingNotesAreWrittenOnDestructionAndSwitch();
    void notesSurviveReimport();
    void descriptionIsSanitisedAndLoadsNothing();
    void browserRefusesRemoteResources();
    void loadDescriptionButton();
    void onlySafeLinksLeaveThePane();
    void accessibleNames();
    void tabOrder();
    void screenshot();

private:
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    void upsert(const QList<Lead>& leads);
    // Shows a lead and waits until its answer is on screen.
    void show(DetailPane& pane, const QString& source, const QString& sourceId);
    // Waits until every write posted so far is in the cache.
    bool writesDone();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    std::unique_ptr<StoreWorker> m_reader;
    std::unique_ptr<StoreWorker> m_writer;
};

namespace {

const QString kNoticeId = QStringLiteral("ea55e45cded123fd8d6afd7c061138f0");

QJsonObject samRecord(int version)
{
    QJsonObject record {
        { "noticeId", kNoticeId },
        { "title",
            version == 1 ? "Judge Rice Courtroom Lighting Project"
                         : "Judge Rice Courtroom Lighting Project (Amendment 1)" },
        { "solicitationNumber", "EQ5P2SS2P1-18-0005" },
        { "department", "GENERAL SERVICES ADMINISTRATION" },
        { "subTier", "PUBLIC BUILDINGS SERVICE" },
        { "office", "PBS R5 ACQUISITION MANAGEMENT" },
        { "postedDate", version == 1 ? "2026-11-02 14:00:00+00" : "2026-11-09 14:00:00+00" },
        { "type", "Solicitation" },
        { "typeOfSetAside", "SBA" },
        { "typeOfSetAsideDescription", "Total Small Business Set-Aside (FAR 19.5)" },
        { "responseDeadLine", version == 1 ? "2026-12-01T14:00:00-05:00" : "2026-12-15T14:00:00-05:00" },
        { "naicsCode", "236220" },
        { "classificationCode", "Z" },
        { "active", "Yes" },
        { "award", QJsonValue::Null },
        { "pointOfContact",
            QJsonArray { QJsonObject { { "fax", QJsonValue::Null }, { "type", "primary" },
                             { "email", "jordan.waldschmidt@gsa.gov" }, { "phone", "312-385-3050" },
                             { "title", "Contract Specialist" }, { "fullName", "Jordan Waldschmidt" } },
                QJsonObject { { "fax", QJsonValue::Null }, { "type", "secondary" },
                    { "email", "johanna.nieves@gsa.gov" }, { "phone", "312.758.2467" },
                    { "title", "Contracting Officer" }, { "fullName", "Johanna Nieves" } } } },
        { "description", "https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=" + kNoticeId },
        { "placeOfPerformance",
            QJsonObject { { "streetAddress", "200 West Second Street" },
                { "city", QJsonObject { { "code", "21000" }, { "name", "Dayton" } } },
                { "state", QJsonObject { { "code", "OH" } } }, { "zip", "45402" },
                { "country", QJsonObject { { "code", "USA" } } } } },
        { "uiLink", "https://sam.gov/opp/" + kNoticeId + "/view" },
    };
    if (version > 1)
        record.insert("additionalInfoLink", "https://www.gsa.gov/lighting");
    return record;
}

Lead samLead(int version, const QString& description = {})
{
    const QJsonObject record = samRecord(version);
    Lead lead;
    lead.source = "sam";
    lead.sourceId = kNoticeId;
    lead.title = record.value("title").toString();
    lead.description = description;
    lead.descriptionUrl = record.value("description").toString();
    lead.noticeType = "Solicitation";
    lead.solicitationNumber = "EQ5P2SS2P1-18-0005";
    lead.agency = "General Services Administration";
    lead.subTier = "Public Buildings Service";
    lead.office = "PBS R5 Acquisition Management";
    lead.country = "US";
    lead.location = "Dayton, OH 45402";
    lead.naicsCode = "236220";
    lead.classificationCode = "Z";
    lead.setAsideCode = "SBA";
    lead.setAside = "Total Small Business Set-Aside (FAR 19.5)";
    lead.postedAt = version == 1 ? "2026-11-02T14:00:00Z" : "2026-11-09T14:00:00Z";
    lead.deadlineAt = version == 1 ? "2026-12-01T19:00:00Z" : "2026-12-15T19:00:00Z";
    lead.amendedAt = version == 1 ? QString() : "2026-11-09T14:00:00Z";
    lead.valueMin = 250000;
    lead.valueMax = 750000;
    lead.currency = "USD";
    lead.active = true;
    lead.url = record.value("uiLink").toString();
    lead.contacts = QJsonArray {
        QJsonObject { { "type", "primary" }, { "name", "Jordan Waldschmidt" }, { "title", "Contract Specialist" },
            { "email", "jordan.waldschmidt@gsa.gov" }, { "phone", "312-385-3050" } },
        QJsonObject { { "type", "secondary" }, { "name", "Johanna Nieves" }, { "title", "Contracting Officer" },
            { "email", "johanna.nieves@gsa.gov" }, { "phone", "312.758.2467" } },
    };
    lead.raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
    return lead;
}

Lead reference(
    const QString& source, const QString& id, const QString& title, const QString& country, const QString& industry)
{
    Lead lead;
    lead.source = source;
    lead.sourceId = id;
    lead.title = title;
    lead.country = country;
    lead.industry = industry;
    lead.url = "https://www.trade.gov/" + id;
    lead.raw = QJsonDocument(QJsonObject { { "id", id }, { "title", title }, { "country", country } })
                   .toJson(QJsonDocument::Compact);
    return lead;
}

struct Anchor
{
    QString text;
    QString href;
};

QList<Anchor> anchors(const QTextDocument* document)
{
    QList<Anchor> out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor())
                out.append({ fragment.text(), fragment.charFormat().anchorHref() });
        }
    }
    return out;
}

QStringList hrefs(const QTextDocument* document)
{
    QStringList out;
    for (const Anchor& anchor : anchors(document))
        out.append(anchor.href);
    out.removeDuplicates();
    return out;
}

QString text(const QTextBrowser* browser)
{
    return browser->document()->toPlainText();
}

} // namespace

void TestDetailPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TRADELEADS_TODAY", "2026-11-23");
}

void TestDetailPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = LeadStore::open(cachePath());
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    upsert({ samLead(1) });
    upsert({ samLead(2) }); // an amendment: the first version goes to lead_version
    upsert({ reference("ita-mrl", "mrl-1", "US Construction Market Overview", "US", "Construction; Design"),
        reference("ita-articles", "art-1", "Federal lighting retrofits", "US", "Energy"),
        reference("ita-offices", "off-1", "Chicago U.S. Export Assistance Center", "US", ""),
        reference("ita-mrl", "mrl-gb", "UK Construction Market", "GB", "Construction"),
        reference("ita-uk", "uk-1", "Not reference data", "US", "Construction") });
    m_reader = std::make_unique<StoreWorker>(cachePath(), QStringLiteral("reader"));
    m_writer = std::make_unique<StoreWorker>(cachePath(), QStringLiteral("writer"));
}

void TestDetailPane::cleanup()
{
    m_reader.reset();
    m_writer.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDetailPane::show(DetailPane& pane, const QString& source, const QString& sourceId)
{
    QSignalSpy shown(&pane, &DetailPane::leadShown);
    pane.showLead(source, sourceId);
    QVERIFY(shown.wait(10000));
}

bool TestDetailPane::writesDone()
{
    bool done = false;
    m_writer->post(this, [](LeadStore&) {}, [&done] { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000);
}

void TestDetailPane::upsert(const QList<Lead>& leads)
{
    auto stats = m_store->upsert(leads);
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
}

void TestDetailPane::fieldLabels_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("label");
    QTest::newRow("deadline") << "responseDeadLine"
                              << "Response deadline";
    QTest::newRow("nested") << "placeOfPerformance.city.name"
                            << "Place of performance \u203A City \u203A Name";
    QTest::newRow("id") << "noticeId"
                        << "Notice ID";
    QTest::newRow("acronym") << "naicsCode"
                             << "NAICS code";
    QTest::newRow("snake case") << "min_contract_value"
                                << "Minimum contract value";
    QTest::newRow("snake with acronym") << "ita_industries"
                                        << "ITA industries";
    QTest::newRow("array element") << "pointOfContact[1].email"
                                   << "Point of contact 2 \u203A Email";
    QTest::newRow("capital run") << "ueiSAM"
                                 << "UEI (SAM)";
    QTest::newRow("digits") << "address2Line"
                            << "Address 2 line";
    QTest::newRow("plain") << "title"
                           << "Title";
}

void TestDetailPane::fieldLabels()
{
    QFETCH(QString, path);
    QFETCH(QString, label);
    QCOMPARE(LeadDetails::fieldLabel(path), label);
}

void TestDetailPane::diffListsChangedAddedRemoved()
{
    const QByteArray older
        = R"({"a":"1","b":{"c":"x"},"gone":"bye","list":[1,2],"long":")" + QByteArray(500, 'x') + R"("})";
    const QByteArray newer
        = R"({"a":"2","b":{"c":"x","d":"new"},"list":[1,2,3],"long":")" + QByteArray(500, 'y') + R"("})";
    const QList<LeadDetails::FieldChange> changes = LeadDetails::diff(older, newer);
    QCOMPARE(changes.size(), 5);
    QCOMPARE(changes.at(0).path, "a");
    QCOMPARE(changes.at(0).kind, LeadDetails::FieldChange::Changed);
    QCOMPARE(changes.at(0).oldValue, "1");
    QCOMPARE(changes.at(0).newValue, "2");
    QCOMPARE(changes.at(1).path, "b.d");
    QCOMPARE(changes.at(1).kind, LeadDetails::FieldChange::Added);
    QCOMPARE(changes.at(2).path, "gone");
    QCOMPARE(changes.at(2).kind, LeadDetails::FieldChange::Removed);
    QCOMPARE(changes.at(3).newValue, "1; 2; 3");
    QVERIFY(changes.at(4).newValue.size() <= 160);
    QVERIFY(changes.at(4).newValue.endsWith(QChar(0x2026)));
    QVERIFY(LeadDetails::diff(older, older).isEmpty());
}

void TestDetailPane::htmlEscapesWhatTheSourceSent()
{
    const QString hostile = "<script>alert(1)</script><img src=\"http://127.0.0.1/x\">";
    StoredLead stored;
    Lead& lead = stored.lead;
    lead.source = "sam";
    lead.sourceId = "n-1";
    lead.title = "Courtroom lighting " + hostile;
    lead.agency = "GSA <b>bold</b> & co";
    lead.deadlineAt = "2026-12-15T19:00:00Z";
    lead.url = "javascript:alert(3)";
    lead.description = "<p>Scope</p>" + hostile;
    lead.descriptionUrl = "https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=n-1";
    lead.contacts = QJsonArray { QJsonObject { { "type", "primary" }, { "name", "Jo <i>Smith</i>" },
        { "email", "jo@gsa.gov" }, { "phone", "312-385-3050" } } };
    lead.raw = QJsonDocument(QJsonObject { { "title", lead.title }, { "uiLink", "https://sam.gov/opp/1" } })
                   .toJson(QJsonDocument::Compact);
    const QList<LeadDetails::Reference> related { { "ita-mrl", "mrl-1", "Market <script>",
        "https://www.trade.gov/m" } };
    const QString muted = "#808080";

    const QString overview = LeadDetailHtml::overview(stored, related, muted, QDate(2026, 11, 23));
    QVERIFY(!overview.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!overview.contains("<i>"));
    QVERIFY(overview.contains("GSA &lt;b&gt;bold&lt;/b&gt; &amp; co"));
    QVERIFY(overview.contains("color:" + muted));
    QTextDocument document;
    document.setHtml(overview);
    const QString shown = document.toPlainText();
    for (const char* expected : { "GSA <b>bold</b> & co", "Response deadline", "(in 22 days)", "Jo <i>Smith</i>",
             "jo@gsa.gov", "Market <script>", "javascript:alert(3)" })
        QVERIFY2(shown.contains(expected), expected);
    QCOMPARE(hrefs(&document), (QStringList { "mailto:jo@gsa.gov", "tel:3123853050", "https://www.trade.gov/m" }));

    const QString fields = LeadDetailHtml::fields(lead.raw, muted);
    QVERIFY(!fields.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!fields.contains("<img", Qt::CaseInsensitive));
    document.setHtml(fields);
    QVERIFY(document.toPlainText().contains(lead.title));
    QCOMPARE(hrefs(&document), QStringList { "https://sam.gov/opp/1" });

    QByteArray older = lead.raw;
    older.replace("Courtroom lighting", "Old <b>title</b>");
    const LeadDetailHtml::History history
        = LeadDetailHtml::history(QList<LeadDetails::Version> { { older, "2026-11-09T14:00:00Z" } }, lead.raw, muted);
    QCOMPARE(history.amendments, 1);
    QVERIFY(!history.html.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!history.html.contains("<b>title"));
    document.setHtml(history.html);
    QVERIFY(document.toPlainText().contains("Old <b>title</b>"));

    const QString description = LeadDetailHtml::description(lead, true);
    QVERIFY(description.contains("Scope"));
    QVERIFY(!description.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!description.contains("127.0.0.1"));
    lead.description.clear();
    lead.url = "https://sam.gov/opp/1/view";
    document.setHtml(LeadDetailHtml::description(lead, true));
    QCOMPARE(hrefs(&document), QStringList { "https://sam.gov/opp/1/view" });
    QVERIFY(LeadDetailHtml::description(lead, false).isEmpty());
}

void TestDetailPane::showsCanonicalAndRawFields()
{
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    const QString overview = text(pane.overviewView());
    for (const char* expected :
        { "General Services Administration", "Public Buildings Service", "PBS R5 Acquisition Management",
            "Dayton, OH 45402", "United States (US)", "236220", "Total Small Business Set-Aside (FAR 19.5) (SBA)",
            "Response deadline", "2026", "(in 22 days)", "EQ5P2SS2P1-18-0005", "Notice ID" })
        QVERIFY2(overview.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(overview.contains(
        QLocale().toString(250000.0, 'f', 0) + " \u2013 " + QLocale().toString(750000.0, 'f', 0) + " USD"));
    QVERIFY(hrefs(pane.overviewView()->document()).contains("https://sam.gov/opp/" + kNoticeId + "/view"));

    const QString fields = text(pane.fieldsView());
    for (const char* expected :
        { "Place of performance \u203A City \u203A Name", "Dayton", "Place of performance \u203A State \u203A Code",
            "OH", "Response deadline", "2026-12-15T14:00:00-05:00", "Point of contact 2 \u203A Name", "Johanna Nieves",
            "Set-aside code", "SBA", "Notice ID", "Additional info link" })
        QVERIFY2(fields.contains(QString::fromUtf8(expected)), expected);
    // Null fields are listed too: every field of the source record is there.
    QVERIFY(fields.contains("Empty in the source record"));
    QVERIFY(fields.contains("Award"));
}

void TestDetailPane::contactsAreMailtoAndTelLinks()
{
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    const QStringList links = hrefs(pane.overviewView()->document());
    QVERIFY2(links.contains("mailto:jordan.waldschmidt@gsa.gov"), qPrintable(links.join(' ')));
    QVERIFY(links.contains("mailto:johanna.nieves@gsa.gov"));
    QVERIFY(links.contains("tel:3123853050"));
    QVERIFY(links.contains("tel:3127582467"));
    const QString overview = text(pane.overviewView());
    QVERIFY(overview.contains("Jordan Waldschmidt"));
    QVERIFY(overview.contains("Contracting Officer"));
}

void TestDetailPane::historyListsTheChangedField()
{
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    const QString history = text(pane.historyView());
    QVERIFY2(history.contains("Response deadline"), qPrintable(history));
    QVERIFY(history.contains("2026-12-01T14:00:00-05:00 \u2192 2026-12-15T14:00:00-05:00"));
    QVERIFY(history.contains(
        "Judge Rice Courtroom Lighting Project \u2192 Judge Rice Courtroom Lighting Project (Amendment 1)"));
    QVERIFY(history.contains("Additional info link"));
    QVERIFY(!history.contains("Naics")); // unchanged fields are not listed
    QVERIFY(!history.contains("NAICS"));
    QCOMPARE(pane.tabs()->tabText(pane.tabs()->indexOf(pane.historyView())), "History (1)");
}

void TestDetailPane::historyShowsTheNoticeFamily()
{
    // The presolicitation of the same solicitation at the same office, and its award.
    Lead presolicitation = samLead(1);
    presolicitation.sourceId = "presol0000000000000000000000000001";
    presolicitation.noticeType = "Presolicitation";
    presolicitation.postedAt = "2026-10-20T14:00:00Z";
    presolicitation.deadlineAt.clear();
    presolicitation.setAsideCode.clear();
    Lead award = samLead(2);
    award.sourceId = "award00000000000000000000000000001";
    award.noticeType = "Award Notice";
    award.postedAt = "2026-12-20T14:00:00Z";
    award.deadlineAt.clear();
    award.valueMin = award.valueMax = 612500;
    upsert({ presolicitation, award });

    DetailPane pane(*m_reader, *m_writer);
    pane.resize(520, 700);
    show(pane, "sam", kNoticeId);
    const QString history = text(pane.historyView());
    QVERIFY2(history.contains("Notice family: 3 notices"), qPrintable(history));
    // Oldest first: the presolicitation, the solicitation shown, the award.
    QVERIFY(history.indexOf("Presolicitation") < history.indexOf("Solicitation ea55"));
    QVERIFY(history.indexOf("Solicitation ea55") < history.indexOf("Award Notice"));
    // The solicitation as first posted, then its amendment (init() keeps both versions).
    QVERIFY2(history.contains("Deadline set to 1 Dec"), qPrintable(history));
    QVERIFY(history.contains("Set-aside changed to SBA"));
    QVERIFY(history.indexOf("Solicitation ea55") < history.indexOf("Amended"));
    QVERIFY(history.indexOf("Amended") < history.indexOf("Award Notice"));
    QVERIFY(history.contains("Deadline moved from 1 Dec to 15 Dec"));
    QVERIFY(history.contains("Award Notice"));
    QVERIFY(history.contains("Deadline removed"));
    // Two more notices and the one amendment of the lead itself.
    QCOMPARE(pane.tabs()->tabText(pane.tabs()->indexOf(pane.historyView())), "History (3)");
    // The notice shown is the bold one.
    QVERIFY(pane.historyView()->toHtml().contains("font-weight:700;\">Solicitation"));
    pane.tabs()->setCurrentWidget(pane.historyView());
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-family.png")));
}

void TestDetailPane::historyShowsEachAmendmentInTheTimeline()
{
    // A presolicitation, its solicitation, and an amendment of the solicitation that moves the
    // deadline and attaches one more file: leads as the SAM.gov parser makes them.
    const auto lead = [](const QJsonObject& record) {
        auto parsed = SamJsonParser::leadFromRecord(record);
        return parsed ? *parsed : Lead();
    };
    QJsonObject presolicitation = samRecord(1);
    presolicitation.insert("noticeId", "lobby00000000000000000000000000001");
    presolicitation.insert("solicitationNumber", "47PF0026R0012");
    presolicitation.insert("title", "Federal Building Lobby Renovation");
    presolicitation.insert("type", "Presolicitation");
    presolicitation.insert("postedDate", "2026-10-05 14:00:00+00");
    presolicitation.insert("responseDeadLine", QJsonValue::Null);
    presolicitation.insert("typeOfSetAside", QJsonValue::Null);
    QJsonObject solicitation = presolicitation;
    solicitation.insert("noticeId", "lobby00000000000000000000000000002");
    solicitation.insert("type", "Solicitation");
    solicitation.insert("postedDate", "2026-10-26 14:00:00+00");
    solicitation.insert("responseDeadLine", "2026-11-30T14:00:00-05:00");
    solicitation.insert("typeOfSetAside", "SBA");
    const QString files = "https://sam.gov/api/prod/opps/v3/opportunities/resources/files/";
    solicitation.insert("resourceLinks", QJsonArray { files + "sow/download" });
    {
        Clock::Fake clock(QDateTime(QDate(2026, 10, 26), QTime(15, 0), Qt::UTC));
        upsert({ lead(presolicitation), lead(solicitation) });
        clock.advance(17 * 24 * 3600 - 30 * 60); // 12 Nov, 14:30 UTC
        solicitation.insert("responseDeadLine", "2026-12-14T14:00:00-05:00");
        solicitation.insert("resourceLinks", QJsonArray { files + "sow/download", files + "drawings/download" });
        upsert({ lead(solicitation) });
    }

    DetailPane pane(*m_reader, *m_writer);
    pane.resize(520, 700);
    show(pane, "sam", "lobby00000000000000000000000000002");
    const QString history = text(pane.historyView());
    QVERIFY2(history.contains("Notice family: 2 notices"), qPrintable(history));
    // Each notice, then the amendment of the solicitation, marked and timed, with its changes.
    const qsizetype posted = history.indexOf("Solicitation lobby");
    const qsizetype amended = history.indexOf("Amended ");
    QVERIFY(history.indexOf("Presolicitation") < posted);
    QVERIFY2(posted < amended, qPrintable(history));
    QVERIFY(history.indexOf("Deadline set to 30 Nov") < amended);
    QVERIFY(history.indexOf("1 attachment added") < amended);
    QVERIFY(history.indexOf("Deadline moved from 30 Nov to 14 Dec") > amended);
    QVERIFY(history.lastIndexOf("1 attachment added") > amended); // the solicitation added the first one
    // The time the change was seen, in the analyst's time zone.
    const QDateTime seen = QDateTime(QDate(2026, 11, 12), QTime(14, 30), Qt::UTC).toLocalTime();
    QVERIFY2(history.contains("Amended " + QLocale().toString(seen.time(), QLocale::ShortFormat)), qPrintable(history));
    QVERIFY(history.contains(QLocale().toString(seen.date(), QLocale::ShortFormat)));
    QVERIFY(pane.historyView()->toHtml().contains("font-style:italic;\">Amended"));
    // One more notice and one amendment.
    QCOMPARE(pane.tabs()->tabText(pane.tabs()->indexOf(pane.historyView())), "History (2)");
    pane.tabs()->setCurrentWidget(pane.historyView());
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-amendment.png")));
}

// Award notices of the lead's agency and NAICS code, one of them an earlier award of its
// solicitation number: ranked, listed and named the incumbent, what the source sent escaped.
void TestDetailPane::whoWonSimilarWork()
{
    const auto shown = m_store->lead("sam", kNoticeId);
    QVERIFY(shown.ok());
    auto award = [&](const QString& id, const QString& awardee, const QString& date, const QString& solicitation) {
        Lead lead = shown->lead;
        lead.sourceId = id;
        lead.noticeType = "Award Notice";
        lead.solicitationNumber = solicitation;
        const QJsonObject record { { "noticeId", id }, { "type", "Award Notice" },
            { "award", QJsonObject { { "date", date }, { "number", "AWD-" + id }, { "amount", "1500.00" },
                           { "awardee", QJsonObject { { "name", awardee } } } } } };
        lead.raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
        return lead;
    };
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    QVERIFY(text(pane.overviewView()).contains("No award notices for this agency and NAICS code in the cache."));

    upsert({ award("aw-1", "Lakeside Lighting LLC", "2018-09-30", shown->lead.solicitationNumber),
        award("aw-2", "Lakeside Lighting LLC, Chicago, IL 60601, USA", "2024-05-01", "OTHER-1"),
        award("aw-3", "<b>Bold</b> & Sons", "2025-02-01", "OTHER-2") });
    show(pane, "sam", kNoticeId);
    const QString overview = text(pane.overviewView());
    QVERIFY2(overview.contains("Who won similar work"), qPrintable(overview));
    QVERIFY(overview.contains("Incumbent: Lakeside Lighting LLC"));
    QVERIFY(overview.contains("AWD-aw-1"));
    // Ranked: two awards, then one (the table's cells are lines of the text); the latest award
    // first in the list.
    const qsizetype lakeside = overview.indexOf("Lakeside Lighting LLC\n2\n3,000 USD");
    QVERIFY2(lakeside >= 0, qPrintable(overview.mid(overview.indexOf("Who won"))));
    QVERIFY(lakeside < overview.indexOf("<b>Bold</b> & Sons\n1\n1,500 USD"));
    QVERIFY(overview.indexOf("<b>Bold</b> & Sons, 1,500 USD, 2025-02-01") < overview.indexOf("2024-05-01"));
    QVERIFY(!pane.overviewView()->toHtml().contains("<b>Bold</b>"));
}

void TestDetailPane::relatedFromIta()
{
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    const QString overview = text(pane.overviewView());
    QVERIFY(overview.contains("Related from ITA"));
    QVERIFY(overview.contains("US Construction Market Overview"));
    QVERIFY(overview.contains("Chicago U.S. Export Assistance Center"));
    QVERIFY(!overview.contains("UK Construction Market")); // another country
    QVERIFY(!overview.contains("Not reference data")); // a trade lead, not reference data
    QVERIFY(hrefs(pane.overviewView()->document()).contains("https://www.trade.gov/mrl-1"));

    // Industry words put matching references first, and there are never more than the limit.
    QList<Lead> many;
    for (int i = 0; i < 15; ++i)
        many.append(reference("ita-programs", QString("prog-%1").arg(i), QString("Program %1").arg(i), "US", "Other"));
    upsert(many);
    Lead lead = samLead(2);
    lead.industry = "Construction";
    auto related = LeadDetails::related(*m_store, lead);
    QVERIFY(related.ok());
    QCOMPARE(related->size(), 10);
    QCOMPARE(related->first().sourceId, "mrl-1");
}

void TestDetailPane::userDataPersistsAcrossStores()
{
    {
        DetailPane pane(*m_reader, *m_writer);
        pane.resize(420, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        show(pane, "sam", kNoticeId);
        QSignalSpy changed(&pane, &DetailPane::userDataChanged);

        QTest::mouseClick(pane.starButton(), Qt::LeftButton);
        QVERIFY(pane.starButton()->isChecked());
        QCOMPARE(changed.count(), 1);
        pane.statusBox()->setFocus();
        QTest::keyClick(pane.statusBox(), Qt::Key_Down); // new -> reviewing
        QCOMPARE(pane.statusBox()->currentData().toString(), "reviewing");
        QCOMPARE(changed.count(), 2);

        pane.notesEdit()->setFocus();
        QTest::keyClicks(pane.notesEdit(), "Call Jordan about the lighting spec");
        QTest::keyClicks(pane.tagsEdit(), "lighting, midwest");
        // Not yet: the debounce waits for a pause in typing.
        QVERIFY(writesDone());
        QCOMPARE(m_store->lead("sam", kNoticeId)->notes, QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_store->lead("sam", kNoticeId)->notes, "Call Jordan about the lighting spec", 2000);
        QVERIFY(writesDone());
        QCOMPARE(m_store->lead("sam", kNoticeId)->tags, "lighting, midwest");
        QCOMPARE(changed.count(), 2); // typing notes does not make the table reload
    }
    m_store.reset();
    auto reopened = LeadStore::open(cachePath());
    QVERIFY(reopened.ok());
    auto row = (*reopened)->lead("sam", kNoticeId);
    QVERIFY(row.ok());
    QCOMPARE(row->notes, "Call Jordan about the lighting spec");
    QCOMPARE(row->tags, "lighting, midwest");
    QCOMPARE(row->status, "reviewing");
    QVERIFY(row->starred);

    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    QCOMPARE(pane.notesEdit()->toPlainText(), "Call Jordan about the lighting spec");
    QCOMPARE(pane.statusBox()->currentData().toString(), "reviewing");
    QVERIFY(pane.starButton()->isChecked());
    QCOMPARE(pane.tagsEdit()->text(), "lighting, midwest");
}

void TestDetailPane::pendingNotesAreWrittenOnDestructionAndSwitch()
{
    {
        DetailPane pane(*m_reader, *m_writer);
        show(pane, "sam", kNoticeId);
        QTest::keyClicks(pane.notesEdit(), "typed just before closing");
        // Destroyed at once, well inside the 400 ms.
    }
    QVERIFY(writesDone());
    QCOMPARE(m_store->lead("sam", kNoticeId)->notes, "typed just before closing");

    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    pane.notesEdit()->selectAll();
    QTest::keyClicks(pane.notesEdit(), "switching leads");
    show(pane, "ita-mrl", "mrl-1");
    QVERIFY(writesDone());
    QCOMPARE(m_store->lead("sam", kNoticeId)->notes, "switching leads");
    QCOMPARE(pane.notesEdit()->toPlainText(), QString());
    QVERIFY(writesDone());
    QCOMPARE(m_store->lead("ita-mrl", "mrl-1")->notes, QString());
    show(pane, "sam", kNoticeId);
    QCOMPARE(pane.notesEdit()->toPlainText(), "switching leads");
}

void TestDetailPane::notesSurviveReimport()
{
    {
        DetailPane pane(*m_reader, *m_writer);
        show(pane, "sam", kNoticeId);
        QTest::keyClicks(pane.notesEdit(), "keep me");
        pane.flush();
    }
    Lead amended = samLead(2);
    amended.title += " (Amendment 2)";
    QJsonObject record = QJsonDocument::fromJson(amended.raw).object();
    record.insert("title", amended.title);
    amended.raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
    upsert({ amended });
    upsert({ samLead(2) }); // and back, as a re-import of an older file would do
    QVERIFY(writesDone());
    auto row = m_store->lead("sam", kNoticeId);
    QCOMPARE(row->notes, "keep me");
    QCOMPARE(row->versions, 3);

    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    QCOMPARE(pane.notesEdit()->toPlainText(), "keep me");
    QCOMPARE(pane.tabs()->tabText(pane.tabs()->indexOf(pane.historyView())), "History (3)");
}

void TestDetailPane::descriptionIsSanitisedAndLoadsNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    const QString port = QString::number(server.serverPort());
    const QString html = "<p>Lighting upgrade for courtrooms 1&ndash;4.</p><script>alert(1)</script>"
                         "<img src=\"http://127.0.0.1:"
        + port
        + "/x\">"
          "<p style=\"background:url(http://127.0.0.1:"
        + port
        + "/bg)\">Styled</p>"
          "<a href=\"javascript:alert(1)\">x</a> <a href=\"https://sam.gov/opp/1\">notice</a>"
          "<table background=\"http://127.0.0.1:"
        + port + "/t\"><tr><td>cell</td></tr></table>";

    DetailPane pane(*m_reader, *m_writer);
    pane.resize(420, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    show(pane, "sam", kNoticeId);
    pane.setDescription(kNoticeId, html); // as DescriptionFetcher::fetched delivers it
    pane.tabs()->setCurrentWidget(pane.descriptionView()->parentWidget());
    QTest::qWait(500);
    QCOMPARE(connections, 0);
    QVERIFY(!server.hasPendingConnections());

    const QTextDocument* document = pane.descriptionView()->document();
    const QString shown = document->toPlainText();
    QVERIFY2(shown.contains(QString::fromUtf8("courtrooms 1–4")), qPrintable(shown));
    QVERIFY(shown.contains("Styled"));
    QVERIFY(shown.contains("cell"));
    QVERIFY(!shown.contains("alert"));
    for (const Anchor& anchor : anchors(document))
        QVERIFY2(!anchor.href.trimmed().startsWith("javascript:", Qt::CaseInsensitive), qPrintable(anchor.href));
    QCOMPARE(hrefs(document), QStringList { "https://sam.gov/opp/1" });
    QVERIFY(!document->toHtml().contains("127.0.0.1"));
    // The description went to the cache as fetched; the pane shows it sanitised.
    QVERIFY(writesDone());
    QCOMPARE(m_store->lead("sam", kNoticeId)->lead.description, html);
    QVERIFY(!pane.loadDescriptionButton()->isVisibleTo(&pane));
}

void TestDetailPane::browserRefusesRemoteResources()
{
    // Even markup that never went through the sanitiser loads nothing in the pane's browser.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = "http://127.0.0.1:" + QString::number(server.serverPort());
    SafeTextBrowser browser;
    browser.resize(400, 300);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setHtml("<html><head><link rel=stylesheet href=\"" + base
        + "/s.css\"></head><body>"
          "<img src=\""
        + base
        + "/x.png\"><img src=\"data:image/png;base64,iVBORw0KGgo=\">"
          "<img src=\"file:///etc/hostname\"></body></html>");
    QTest::qWait(500);
    QVERIFY(!server.hasPendingConnections());
    QVERIFY(browser.resourceRequests() >= 1);
}

void TestDetailPane::loadDescriptionButton()
{
    DetailPane pane(*m_reader, *m_writer);
    pane.resize(420, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    show(pane, "sam", kNoticeId);
    pane.tabs()->setCurrentWidget(pane.descriptionView()->parentWidget());
    QVERIFY(pane.loadDescriptionButton()->isVisible());
    QSignalSpy requested(&pane, &DetailPane::descriptionRequested);
    QTest::mouseClick(pane.loadDescriptionButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), kNoticeId);
    QVERIFY(requested.at(0).at(1).toString().contains("noticedesc"));
    QVERIFY(!pane.loadDescriptionButton()->isEnabled()); // one request at a time

    pane.setDescriptionError(kNoticeId, "SAM.gov answered 429: too many requests");
    QVERIFY(pane.loadDescriptionButton()->isEnabled());
    QCOMPARE(pane.loadDescriptionButton()->text(), "Try &again");
    const QList<QLabel*> labels = pane.findChildren<QLabel*>();
    QVERIFY(std::any_of(
        labels.begin(), labels.end(), [](QLabel* label) { return label->text().contains("429: too many requests"); }));

    // A description for another notice is stored but does not replace what is shown.
    pane.setDescription("other-notice", "<p>other</p>");
    QVERIFY(!text(pane.descriptionView()).contains("other"));
    pane.setDescription(kNoticeId, "<p>Replace <b>all</b> fixtures.</p>");
    QVERIFY(text(pane.descriptionView()).contains("Replace all fixtures."));
    QVERIFY(!pane.loadDescriptionButton()->isVisible());

    // ITA leads carry their description: no button.
    Lead ita = reference("ita-uk", "uk-2", "Emergency Communications System", "GB", "Security");
    ita.description = "National Highways is seeking suppliers.\n\nBids by 2026-01-22 < soon & firm.";
    upsert({ ita });
    show(pane, "ita-uk", "uk-2");
    QVERIFY(!pane.loadDescriptionButton()->isVisible());
    QVERIFY(text(pane.descriptionView()).contains("Bids by 2026-01-22 < soon & firm."));
}

void TestDetailPane::onlySafeLinksLeaveThePane()
{
    DetailPane pane(*m_reader, *m_writer);
    QList<QUrl> opened;
    pane.setLinkHandler([&](const QUrl& url) { opened.append(url); });
    show(pane, "sam", kNoticeId);
    for (QTextBrowser* browser : { pane.overviewView(), pane.descriptionView(), pane.fieldsView() }) {
        emit browser->anchorClicked(QUrl("javascript:alert(1)"));
        emit browser->anchorClicked(QUrl("file:///etc/passwd"));
        emit browser->anchorClicked(QUrl("data:text/html,hi"));
        emit browser->anchorClicked(QUrl("/relative"));
    }
    QVERIFY(opened.isEmpty());
    emit pane.overviewView()->anchorClicked(QUrl("mailto:jordan.waldschmidt@gsa.gov"));
    emit pane.overviewView()->anchorClicked(QUrl("tel:3123853050"));
    emit pane.overviewView()->anchorClicked(QUrl("https://sam.gov/opp/x"));
    QCOMPARE(opened.size(), 3);
    // Clicking never navigates the browser itself.
    QVERIFY(pane.overviewView()->source().isEmpty());
    QVERIFY(!pane.overviewView()->openLinks());
    QVERIFY(!pane.overviewView()->openExternalLinks());
}

void TestDetailPane::accessibleNames()
{
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    const QList<QWidget*> controls
        = { pane.starButton(), pane.statusBox(), pane.tagsEdit(), pane.notesEdit(), pane.loadDescriptionButton(),
              pane.tabs(), pane.overviewView(), pane.descriptionView(), pane.fieldsView(), pane.historyView(), pane.similarView() };
    for (QWidget* control : controls)
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    // Tab order runs from the star through the user data to the details and the notes.
    QCOMPARE(pane.starButton()->nextInFocusChain(), pane.statusBox());
    // Between them the assignee, which a local cache hides: a team server's field.
    QCOMPARE(pane.statusBox()->nextInFocusChain(), pane.assigneeEdit());
    QCOMPARE(pane.assigneeEdit()->nextInFocusChain(), pane.tagsEdit());
    QVERIFY(!pane.assigneeEdit()->isVisibleTo(&pane));
    pane.setTeam(QStringLiteral("team_ports"));
    QVERIFY(pane.assigneeEdit()->isVisibleTo(&pane));
    QVERIFY(pane.statusBox()->toolTip().contains(QLatin1String("team_ports")));
}

void TestDetailPane::tabOrder()
{
    // The analyst's controls, the tabs and the page shown, then the notes: as the pane reads.
    DetailPane pane(*m_reader, *m_writer);
    show(pane, "sam", kNoticeId);
    QStringList order;
    QWidget* widget = pane.starButton();
    do {
        const bool partOfTabBar = qobject_cast<QTabBar*>(widget) || qobject_cast<QTabBar*>(widget->parentWidget());
        if ((widget->focusPolicy() & Qt::TabFocus) && !partOfTabBar)
            order.append(widget->accessibleName());
        widget = widget->nextInFocusChain();
    } while (widget != pane.starButton());
    const QStringList expected { "Star this lead", "Pipeline status", "Assigned to", "Tags", "Lead details", "Overview",
        "Load description from SAM.gov", "Description", "All fields of the source record", "Amendment history",
        "Open leads like this one", "Attachments", "Matching passages", "Download", "Download all", "Open", "Remove",
        "Notes" };
    QCOMPARE(order, expected);
}

void TestDetailPane::screenshot()
{
    {
        DetailPane pane(*m_reader, *m_writer);
        show(pane, "sam", kNoticeId);
        QTest::keyClicks(pane.notesEdit(), "Call Jordan about the lighting spec before the site visit.");
        pane.flush();
    }
    DetailPane pane(*m_reader, *m_writer);
    pane.resize(420, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    show(pane, "sam", kNoticeId);
    QTest::qWait(50);
    const QString path = QDir::current().filePath("detailpane.png");
    QVERIFY(pane.grab().save(path));
    qInfo("Screenshot of the detail pane: %s", qPrintable(path));

    pane.tabs()->setCurrentWidget(pane.historyView());
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-history.png")));
    pane.tabs()->setCurrentWidget(pane.fieldsView());
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-fields.png")));
    pane.tabs()->setCurrentWidget(pane.descriptionView()->parentWidget());
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-description.png")));
    pane.setDescription(kNoticeId,
        "<h2>Scope</h2><p>Replace the lighting of courtrooms 1&ndash;4 with LED "
        "fixtures.</p><ul><li>Site visit: 1 Dec</li><li>Questions to "
        "<a href=\"mailto:jordan.waldschmidt@gsa.gov\">Jordan</a></li></ul>"
        "<script>alert(1)</script><a href=\"javascript:alert(1)\">click me</a>"
        "<table border=1><tr><th>Item</th><th>Qty</th></tr><tr><td>Fixture</td>"
        "<td>120</td></tr></table>");
    QTest::qWait(20); // the hidden "Load description" row gives its room back on the next layout pass
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-description-loaded.png")));
    pane.tabs()->setCurrentWidget(pane.overviewView());
    pane.overviewView()->moveCursor(QTextCursor::End);
    pane.overviewView()->ensureCursorVisible();
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-overview-end.png")));
    pane.overviewView()->moveCursor(QTextCursor::Start);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    pane.setPalette(dark);
    pane.tabs()->setCurrentWidget(pane.overviewView());
    QTest::qWait(50);
    QVERIFY(pane.grab().save(QDir::current().filePath("detailpane-dark.png")));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
