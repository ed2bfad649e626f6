// Who won similar work (LeadStore::awardHistory, `tradeleads awards`): the award notice of a
// real SAM.gov page read back as the file gives it, and generated award notices for the
// ranking, the totals, the filters, the incumbent and awardees written with their address.
// One suite, two fixtures: each test runs on a local cache and on a team server.

#include "AwardHistory.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "TwoBackends.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString realWorld(const QString& name)
{
    return QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).filePath(name);
}

struct AwardNotice
{
    QString id;
    QString agency;
    QString naics;
    QString awardee;
    double amount = 0;
    QString date;
    QString solicitation = {};
    QString noticeType = QStringLiteral("Award Notice");
};

// An award notice as the API sends it (an `award` object).
Lead apiAward(const AwardNotice& notice)
{
    Lead lead;
    lead.source = QStringLiteral("sam");
    lead.sourceId = notice.id;
    lead.title = QStringLiteral("Award ") + notice.id;
    lead.noticeType = notice.noticeType;
    lead.agency = notice.agency;
    lead.subTier = notice.agency + QStringLiteral(" sub-tier");
    lead.office = QStringLiteral("Contracting office");
    lead.naicsCode = notice.naics;
    lead.solicitationNumber = notice.solicitation;
    lead.postedAt = notice.date;
    const QJsonObject award { { "date", notice.date },
                              { "number", QStringLiteral("AWD-") + notice.id },
                              { "amount", QString::number(notice.amount, 'f', 2) },
                              { "awardee", QJsonObject { { "name", notice.awardee } } } };
    lead.raw = QJsonDocument(QJsonObject { { "noticeId", notice.id }, { "type", notice.noticeType }, { "award", award } })
                   .toJson(QJsonDocument::Compact);
    return lead;
}

// The same as a row of SAM.gov's bulk CSV keeps it.
Lead bulkCsvAward(const AwardNotice& notice)
{
    Lead lead = apiAward(notice);
    lead.raw = QJsonDocument(QJsonObject { { "NoticeId", notice.id },
                                           { "Type", notice.noticeType },
                                           { "Awardee", notice.awardee },
                                           { "Award$", QString::number(notice.amount, 'f', 8) },
                                           { "AwardDate", notice.date },
                                           { "AwardNumber", QStringLiteral("AWD-") + notice.id } })
                   .toJson(QJsonDocument::Compact);
    return lead;
}

const QString kArmy = QStringLiteral("DEPT OF THE ARMY");
const QString kNavy = QStringLiteral("DEPT OF THE NAVY");

const QString kServerDatabase = QStringLiteral("tl_awardhistory");

} // namespace

class TestAwardHistory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void realSamAwardNotice();
    void realBulkJustificationsAreNoAwards();
    void rankedByAwardsThenTotal();
    void sinceLeavesOlderAwardsOut();
    void naicsPrefix_data();
    void naicsPrefix();
    void incumbentBySolicitationNumber();
    void awardeeWithAddressIsOneAwardee();
    void amountsAsWritten_data();
    void amountsAsWritten();
    void companyName_data();
    void companyName();
    void cliJson();
    void cliBadFlags_data();
    void cliBadFlags();

private:
    void add(const QList<Lead>& leads);
    AwardHistory history(const AwardQuery& query);
    QByteArray runCli(const QStringList& arguments, int& exitCode, QByteArray* errors = nullptr);
    // The local cache's file, or the team server's location.
    QString cachePath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    QString m_serverProblem; // why the server's database was not made
};

void TestAwardHistory::initTestCase_data()
{
    TwoBackends::addRows();
}

void TestAwardHistory::initTestCase()
{
    QVERIFY2(QFile::exists(realWorld(QStringLiteral("PROVENANCE.md"))),
             qPrintable(QStringLiteral("the real-world files are not at %1: configure with -DTRADELEADS_REAL_WORLD_DIR=PATH")
                            .arg(QStringLiteral(TRADELEADS_REAL_WORLD_DIR))));
    m_serverProblem = TwoBackends::createDatabase(kServerDatabase);
}

void TestAwardHistory::cleanupTestCase()
{
    if (m_serverProblem.isEmpty())
        PgTestServer::dropDatabase(kServerDatabase);
}

QString TestAwardHistory::cachePath() const
{
    return TwoBackends::location(*m_dir, kServerDatabase);
}

void TestAwardHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TWO_BACKENDS_INIT(kServerDatabase, m_serverProblem);
    auto store = LeadStore::open(cachePath());
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestAwardHistory::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAwardHistory::add(const QList<Lead>& leads)
{
    auto stats = m_store->upsert(leads);
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
}

AwardHistory TestAwardHistory::history(const AwardQuery& query)
{
    auto result = m_store->awardHistory(query);
    if (!result) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return {};
    }
    return *result;
}

// The Award Notice of the 2026 page, compared with the file's own award object.
void TestAwardHistory::realSamAwardNotice()
{
    QFile file(realWorld(QStringLiteral("sam_v2_search_2026_page.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject notice;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value("opportunitiesData").toArray()) {
        if (value["type"].toString() == "Award Notice")
            notice = value.toObject();
    }
    QVERIFY2(!notice.isEmpty(), "the page holds an Award Notice");
    const QJsonObject award = notice["award"].toObject();
    file.seek(0);
    LeadImporter importer(*m_store);
    auto imported = importer.importDevice(file, ImportFormat::SamJson, file.fileName());
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    auto stored = m_store->lead("sam", notice["noticeId"].toString());
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));

    AwardQuery query;
    query.agency = stored->lead.agency;
    QVERIFY(!query.agency.isEmpty());
    query.naicsPrefix = notice["naicsCode"].toString().left(3);
    query.solicitationNumber = notice["solicitationNumber"].toString();
    const AwardHistory found = history(query);
    QCOMPARE(found.recent.size(), 1);
    const Award& recent = found.recent.first();
    QCOMPARE(recent.awardee, award["awardee"]["name"].toString());
    QCOMPARE(recent.amount.value_or(-1), award["amount"].toString().toDouble());
    QCOMPARE(recent.date, award["date"].toString());
    QCOMPARE(recent.awardNumber, award["number"].toString());
    QCOMPARE(recent.sourceId, notice["noticeId"].toString());
    QCOMPARE(recent.title, notice["title"].toString());
    QCOMPARE(recent.naicsCode, notice["naicsCode"].toString());
    QCOMPARE(found.awardees.size(), 1);
    QCOMPARE(found.awardees.first().name, award["awardee"]["name"].toString());
    QCOMPARE(found.awardees.first().awards, qint64(1));
    QCOMPARE(found.awardees.first().total, 5000000.0);
    QCOMPARE(found.incumbent.size(), 1);
    QCOMPARE(found.incumbent.first().sourceId, notice["noticeId"].toString());

    // The other agencies of the page awarded nothing.
    query = {};
    query.agency = QStringLiteral("DEPT OF DEFENSE");
    QVERIFY(history(query).awardees.isEmpty());
}

// The bulk rows name awards on Justifications: those are not award notices.
void TestAwardHistory::realBulkJustificationsAreNoAwards()
{
    LeadImporter importer(*m_store);
    auto imported = importer.importFile(realWorld(QStringLiteral("sam_bulk_csv_rows_2026_as_json.json")), ImportFormat::SamCsv);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->inserted > 0);
    const AwardHistory found = history(AwardQuery());
    QVERIFY(found.awardees.isEmpty());
    QVERIFY(found.recent.isEmpty());
    // The same award as an Award Notice counts.
    add({ bulkCsvAward({ "j1", "VETERANS AFFAIRS, DEPARTMENT OF", "492210",
                         "KANGAROO PICK-UP AND DELIVERY SERVICE, INC. HOLLADAY 84121", 280851.24, "2026-03-06" }) });
    const AwardHistory after = history(AwardQuery());
    QCOMPARE(after.awardees.size(), 1);
    QCOMPARE(after.awardees.first().name, QStringLiteral("KANGAROO PICK-UP AND DELIVERY SERVICE, INC."));
    QCOMPARE(after.awardees.first().total, 280851.24);
}

void TestAwardHistory::rankedByAwardsThenTotal()
{
    add({ apiAward({ "a1", kArmy, "236220", "Alpha Builders LLC", 100, "2025-01-10" }),
          apiAward({ "a2", kArmy, "236220", "Alpha Builders LLC", 200.5, "2025-02-10" }),
          apiAward({ "b1", kArmy, "236220", "Bravo Construction Inc.", 1000, "2025-03-10" }),
          apiAward({ "b2", kArmy, "236220", "Bravo Construction Inc.", 50, "2025-04-10" }),
          apiAward({ "c1", kArmy, "236220", "Charlie Co", 1, "2025-05-10" }),
          apiAward({ "c2", kArmy, "236220", "Charlie Co", 1, "2025-06-10" }),
          apiAward({ "c3", kArmy, "236220", "Charlie Co", 1, "2025-07-10" }),
          apiAward({ "n1", kNavy, "236220", "Navy Only Corp", 9e6, "2025-08-10" }),
          apiAward({ "s1", kArmy, "236220", "Solicited Not Awarded", 5, "2025-09-10", {}, "Solicitation" }) });
    AwardQuery query;
    query.agency = kArmy;
    const AwardHistory found = history(query);
    QCOMPARE(found.awardees.size(), 3);
    QCOMPARE(found.awardees[0].name, QStringLiteral("Charlie Co"));
    QCOMPARE(found.awardees[0].awards, qint64(3));
    QCOMPARE(found.awardees[0].total, 3.0);
    QCOMPARE(found.awardees[1].name, QStringLiteral("Bravo Construction Inc."));
    QCOMPARE(found.awardees[1].total, 1050.0);
    QCOMPARE(found.awardees[2].name, QStringLiteral("Alpha Builders LLC"));
    QCOMPARE(found.awardees[2].total, 300.5);
    // Newest first, as many as asked.
    query.limit = 2;
    const AwardHistory two = history(query);
    QCOMPARE(two.recent.size(), 2);
    QCOMPARE(two.recent[0].sourceId, QStringLiteral("c3"));
    QCOMPARE(two.recent[1].sourceId, QStringLiteral("c2"));
    QCOMPARE(two.recent[0].awardNumber, QStringLiteral("AWD-c3"));
    QCOMPARE(two.awardees.size(), 2);
    // Every agency: the Navy's one award of 9 million ranks after the three with more awards.
    const AwardHistory all = history(AwardQuery());
    QCOMPARE(all.awardees.size(), 4);
    QCOMPARE(all.awardees.last().name, QStringLiteral("Navy Only Corp"));
}

void TestAwardHistory::sinceLeavesOlderAwardsOut()
{
    add({ apiAward({ "o1", kArmy, "541512", "Old Winner LLC", 700, "2023-12-31" }),
          apiAward({ "o2", kArmy, "541512", "Old Winner LLC", 300, "2024-06-30" }),
          apiAward({ "n1", kArmy, "541512", "New Winner LLC", 10, "2024-07-01" }) });
    AwardQuery query;
    query.agency = kArmy;
    QCOMPARE(history(query).awardees.first().name, QStringLiteral("Old Winner LLC"));
    query.since = QDate(2024, 1, 1);
    const AwardHistory found = history(query);
    QCOMPARE(found.awardees.size(), 2);
    QCOMPARE(found.awardees[0].name, QStringLiteral("Old Winner LLC"));
    QCOMPARE(found.awardees[0].awards, qint64(1));
    QCOMPARE(found.awardees[0].total, 300.0);
    QCOMPARE(found.recent.size(), 2);
    query.since = QDate(2024, 7, 1);
    QCOMPARE(history(query).awardees.size(), 1);
    QCOMPARE(history(query).awardees.first().name, QStringLiteral("New Winner LLC"));
}

void TestAwardHistory::naicsPrefix_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("awardees");
    QTest::newRow("sector") << QString() << "23" << QStringList { "Highway Paving Inc.", "Houses LLC" };
    QTest::newRow("industry group") << QString() << "2373" << QStringList { "Highway Paving Inc." };
    QTest::newRow("whole code") << QString() << "541512" << QStringList { "Systems Design Corp" };
    QTest::newRow("agency and sector") << kNavy << "23" << QStringList { "Houses LLC" };
    QTest::newRow("agency and code") << kArmy << "237310" << QStringList { "Highway Paving Inc." };
    QTest::newRow("none") << QString() << "9" << QStringList {};
}

void TestAwardHistory::naicsPrefix()
{
    QFETCH(QString, agency);
    QFETCH(QString, prefix);
    QFETCH(QStringList, awardees);
    add({ apiAward({ "h1", kNavy, "236220", "Houses LLC", 10, "2025-01-01" }),
          apiAward({ "p1", kArmy, "237310", "Highway Paving Inc.", 20, "2025-01-02" }),
          apiAward({ "p2", kArmy, "237310", "Highway Paving Inc.", 20, "2025-01-03" }),
          apiAward({ "s1", kArmy, "541512", "Systems Design Corp", 30, "2025-01-04" }),
          apiAward({ "x1", kArmy, "2400", "Short Code Ltd", 30, "2025-01-05" }) });
    AwardQuery query;
    query.agency = agency;
    query.naicsPrefix = prefix;
    QStringList names;
    for (const Awardee& awardee : history(query).awardees)
        names.append(awardee.name);
    QCOMPARE(names, awardees);
}

void TestAwardHistory::incumbentBySolicitationNumber()
{
    add({ apiAward({ "first", kNavy, "561720", "Clean Sweep LLC", 400000, "2021-09-30", "N00189-21-R-0042" }),
          apiAward({ "other", kNavy, "561720", "Someone Else Inc.", 1, "2022-09-30", "N00189-22-R-0007" }) });
    // The re-competition, posted later in another office.
    Lead recompete = apiAward({ "again", kNavy, "561720", QString(), 0, "2026-01-15", "N00189-21-R-0042", "Solicitation" });
    recompete.raw = R"({"noticeId":"again","type":"Solicitation"})";
    add({ recompete });
    AwardQuery query;
    query.agency = QStringLiteral("ANOTHER AGENCY");
    query.solicitationNumber = recompete.solicitationNumber;
    const AwardHistory found = history(query);
    QVERIFY(found.awardees.isEmpty());
    QCOMPARE(found.incumbent.size(), 1);
    QCOMPARE(found.incumbent.first().awardee, QStringLiteral("Clean Sweep LLC"));
    QCOMPARE(found.incumbent.first().amount.value_or(0), 400000.0);
    QCOMPARE(found.incumbent.first().solicitationNumber, QStringLiteral("N00189-21-R-0042"));
    query.solicitationNumber = QStringLiteral("N00189-99-R-0000");
    QVERIFY(history(query).incumbent.isEmpty());
    query.solicitationNumber.clear();
    QVERIFY(history(query).incumbent.isEmpty());
}

void TestAwardHistory::awardeeWithAddressIsOneAwardee()
{
    add({ apiAward({ "i1", kArmy, "562910", "Ironclad Environmental Group, LLC", 100, "2025-01-01" }),
          bulkCsvAward({ "i2", kArmy, "562910", "Ironclad Environmental Group, LLC, Portland, OR 97204, USA", 200, "2025-02-01" }),
          bulkCsvAward({ "i3", kArmy, "562910", "IRONCLAD ENVIRONMENTAL GROUP LLC", 300, "2025-03-01" }),
          bulkCsvAward({ "i4", kArmy, "562910", "Ironclad Environmental Group, LLC, Portland, OR 97204-1234", 400, "2025-04-01" }),
          apiAward({ "r1", kArmy, "562910", "Riverside Remediation Inc.", 5000, "2025-05-01" }) });
    AwardQuery query;
    query.agency = kArmy;
    const AwardHistory found = history(query);
    QCOMPARE(found.awardees.size(), 2);
    QCOMPARE(found.awardees[0].name, QStringLiteral("Ironclad Environmental Group, LLC"));
    QCOMPARE(found.awardees[0].awards, qint64(4));
    QCOMPARE(found.awardees[0].total, 1000.0);
    // The awards themselves keep the awardee as the notice gave it.
    QCOMPARE(found.recent[2].awardee, QStringLiteral("IRONCLAD ENVIRONMENTAL GROUP LLC"));
}

// The amount as the record writes it: a number or text, read as the local cache's SQLite reads
// text as a number (what it starts with); text with no number counts the award and adds 0.
void TestAwardHistory::amountsAsWritten_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<double>("total");
    QTest::newRow("JSON number") << QJsonValue(1250.5) << 1250.5;
    QTest::newRow("text") << QJsonValue(QStringLiteral(" 98000.00 ")) << 98000.0;
    QTest::newRow("exponent") << QJsonValue(QStringLiteral("1.5e6")) << 1.5e6;
    QTest::newRow("no number") << QJsonValue(QStringLiteral("N/A")) << 0.0;
    QTest::newRow("JSON object") << QJsonValue(QJsonObject { { "value", 5 } }) << 0.0;
}

void TestAwardHistory::amountsAsWritten()
{
    QFETCH(QJsonValue, amount);
    QFETCH(double, total);
    Lead lead = apiAward({ "x1", kArmy, "236220", "Odd Amounts LLC", 0, "2025-06-01" });
    QJsonObject raw = QJsonDocument::fromJson(lead.raw).object();
    QJsonObject award = raw["award"].toObject();
    award["amount"] = amount;
    raw["award"] = award;
    lead.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    add({ lead });
    AwardQuery query;
    query.agency = kArmy;
    const AwardHistory found = history(query);
    QCOMPARE(found.awardees.size(), 1);
    QCOMPARE(found.awardees[0].awards, qint64(1));
    QCOMPARE(found.awardees[0].total, total);
}

void TestAwardHistory::companyName_data()
{
    QTest::addColumn<QString>("awardee");
    QTest::addColumn<QString>("company");
    QTest::newRow("bare") << "Apex Systems Inc." << "Apex Systems Inc.";
    QTest::newRow("address and country") << "Apex Systems Inc., Fayetteville, NC 28310, USA" << "Apex Systems Inc.";
    QTest::newRow("legal form after a comma") << "Keystone Defense & Associates, Inc., Houston, TX 77058, USA"
                                              << "Keystone Defense & Associates, Inc.";
    QTest::newRow("ZIP+4, no country") << "Sierra Federal Group, LLC, Richmond, VA 23297-0001" << "Sierra Federal Group, LLC";
    QTest::newRow("comma in the name") << "Smith, Jones and Partners, Inc." << "Smith, Jones and Partners, Inc.";
    QTest::newRow("city and ZIP glued on") << "KANGAROO PICK-UP AND DELIVERY SERVICE, INC. HOLLADAY 84121"
                                           << "KANGAROO PICK-UP AND DELIVERY SERVICE, INC.";
    QTest::newRow("ZIP glued on, no legal form") << "ACME WIDGETS 84121" << "ACME WIDGETS";
    QTest::newRow("spaces") << "  Apex   Systems Inc.  " << "Apex Systems Inc.";
}

void TestAwardHistory::companyName()
{
    QFETCH(QString, awardee);
    QFETCH(QString, company);
    QCOMPARE(AwardNames::companyName(awardee), company);
}

QByteArray TestAwardHistory::runCli(const QStringList& arguments, int& exitCode, QByteArray* errors)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("TRADELEADS_DB"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRADELEADS_BINARY), QStringList { QStringLiteral("awards") } + arguments);
    exitCode = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

void TestAwardHistory::cliJson()
{
    add({ apiAward({ "a1", kArmy, "236220", "Alpha Builders LLC", 100, "2025-01-10", "W912-25-R-1" }),
          bulkCsvAward({ "a2", kArmy, "236220", "Alpha Builders LLC, Mobile, AL 36602, USA", 250, "2025-02-10" }),
          apiAward({ "b1", kArmy, "541512", "Bravo Systems Inc.", 5000, "2025-03-10" }),
          apiAward({ "n1", kNavy, "236220", "Navy Only Corp", 9e6, "2025-08-10" }) });
    m_store.reset(); // the command opens the cache itself

    int exitCode = -1;
    QByteArray errors;
    const QByteArray output = runCli({ "--db", cachePath(), "--agency", kArmy, "--naics", "2362", "--solicitation",
                                       "W912-25-R-1", "--format", "json" },
                                     exitCode, &errors);
    QVERIFY2(exitCode == 0, errors.constData());
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(output, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, output.constData());
    const QJsonArray awardees = object["awardees"].toArray();
    QCOMPARE(awardees.size(), 1);
    QCOMPARE(awardees[0]["name"].toString(), QStringLiteral("Alpha Builders LLC"));
    QCOMPARE(awardees[0]["awards"].toInt(), 2);
    QCOMPARE(awardees[0]["total"].toDouble(), 350.0);
    const QJsonArray recent = object["recent"].toArray();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent[0]["source_id"].toString(), QStringLiteral("a2"));
    QCOMPARE(recent[0]["date"].toString(), QStringLiteral("2025-02-10"));
    QCOMPARE(recent[0]["amount"].toDouble(), 250.0);
    QCOMPARE(recent[0]["award_number"].toString(), QStringLiteral("AWD-a2"));
    QCOMPARE(recent[0]["source"].toString(), QStringLiteral("sam"));
    QCOMPARE(recent[0]["agency"].toString(), kArmy);
    QCOMPARE(recent[0]["naics"].toString(), QStringLiteral("236220"));
    QCOMPARE(recent[0]["title"].toString(), QStringLiteral("Award a2"));
    const QJsonArray incumbent = object["incumbent"].toArray();
    QCOMPARE(incumbent.size(), 1);
    QCOMPARE(incumbent[0]["source_id"].toString(), QStringLiteral("a1"));

    // The CSV ranks, the table says it in words.
    const QByteArray csv = runCli({ "--db", cachePath(), "--format", "csv" }, exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(csv.split('\n').value(1), QByteArray("1,Alpha Builders LLC,2,350.00\r"));
    const QByteArray table = runCli({ "--db", cachePath(), "--since", "2025-03-01" }, exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(table.contains("Bravo Systems Inc."));
    QVERIFY(!table.contains("Alpha Builders"));
    // An incumbent in an agency without other awards.
    const QByteArray incumbentOnly
        = runCli({ "--db", cachePath(), "--agency", "NOBODY", "--solicitation", "W912-25-R-1" }, exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(incumbentOnly.startsWith("Incumbent:\n"), incumbentOnly.constData());
    QVERIFY(incumbentOnly.contains("Alpha Builders LLC"));
    QVERIFY(incumbentOnly.endsWith("No award notices match.\n"));
}

void TestAwardHistory::cliBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("date") << QStringList { "--since", "2025-13-01" } << "--since takes a date as YYYY-MM-DD";
    QTest::newRow("naics") << QStringList { "--naics", "23A" } << "--naics takes the first 1 to 6 digits";
    QTest::newRow("limit") << QStringList { "--limit", "0" } << "--limit takes a whole number from 1";
    QTest::newRow("format") << QStringList { "--format", "xml" } << "unknown format \"xml\"";
    QTest::newRow("unknown flag") << QStringList { "--agnecy", "X" } << "agnecy";
    QTest::newRow("argument") << QStringList { "DEPT" } << "unexpected argument \"DEPT\"";
}

void TestAwardHistory::cliBadFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    int exitCode = -1;
    QByteArray errors;
    const QByteArray output = runCli(QStringList { "--db", cachePath() } + arguments, exitCode, &errors);
    QCOMPARE(exitCode, 2);
    QVERIFY(output.isEmpty());
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
    QVERIFY(errors.startsWith("tradeleads awards: "));
}

QTEST_GUILESS_MAIN(TestAwardHistory)
#include "tst_awardhistory.moc"
