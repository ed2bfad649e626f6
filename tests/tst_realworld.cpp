// Real API output that other people captured and published (../shared/real-world, see its
// PROVENANCE.md): every record that is a lead or a reference record is kept, with the values
// the file gives, and importing a file again changes nothing. The expected values below were
// read from the files by hand.

#include "ItaDatasetParser.h"
#include "LeadFormat.h"
#include "LeadImporter.h"
#include "LeadStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString realWorld(const QString& name)
{
    return QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).filePath(name);
}

struct RealFile
{
    const char* name;
    const char* format; // empty: not a file of leads
    int leads;          // records in the file that are leads or reference records
    const char* why;    // why the count differs from the records in the file, when it does
};

// Every file of the folder, with the number of its records that are leads.
const RealFile kFiles[] = {
    { "sam_v2_search_driving_2025.json", "sam-json", 10, "" },
    { "sam_v2_search_2026_page.json", "sam-json", 10, "" },
    { "sam_v2_spruce_resourcelinks.json", "sam-json", 1, "" },
    { "sam_v2_single_deadline_before_posted.json", "sam-json", 1, "" },
    { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", 51, "" },
    { "ita_trade_leads_v1_search_2016.json", "ita-json", 10, "" },
    { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", 24, "" },
    { "ita_trade_leads_v2_results_state.json", "ita-json", 4, "" },
    { "ita_trade_leads_v2_results_canada.json", "ita-json", 5, "" },
    { "ita_trade_leads_v2_results_uk.json", "ita-json", 9, "" },
    { "ita_trade_leads_v2_results_fbo.json", "ita-json", 3, "" },
    { "ita_trade_leads_v2_results_australia.json", "ita-json", 3, "" },
    { "ita_source_canada_leads.csv", "canada-csv", 5,
      "6 rows: the French row repeats the English notice PW-$$PR-707-64882 (ITA made 5 leads of them)" },
    { "ita_trade_events_v1_search_2016.json", "ita-events", 10, "" },
    { "ita_articles_search_2016.json", "ita-articles", 10, "" },
    { "ita_market_research_library_v2_results.json", "ita-mrl", 6, "" },
    { "ita_office_locations_results.json", "ita-offices", 2, "" },
    { "ita_envirotech_issues_results.json", "ita-etoolkit", 2, "" },
    { "sam_internal_sgs_search_not_public_api.json", "", 0,
      "sam.gov's internal site search, not the API: a wrong-format input that must import nothing" },
    { "sam_error_bodies_observed.json", "", 0, "error bodies of the API gateway (tst_samerrorbodies replays them)" },
    { "sam_bulk_csv_rows_2026_as_json.sources.tsv", "", 0, "where each bulk row came from, not data" },
    { "PROVENANCE.md", "", 0, "the folder's notes" },
};

} // namespace

class TestRealWorld final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void resourceLinksBecomeAttachments();

    void everyFileIsAccountedFor();
    void keepsEveryLead_data();
    void keepsEveryLead();
    void reimportChangesNothing_data();
    void reimportChangesNothing();
    void everyFileInOneCache();
    void valuesMatchTheFile_data();
    void valuesMatchTheFile();
    void wrongShapesSayWhatTheyAre();

    // The oddities PROVENANCE.md lists, one test each.
    void samDatesAsTheyCome();
    void samContactsPutRight();
    void samLinksWithNullBase();
    void samAwardAmountsAndAwardees();
    void samPlacesOfPerformance();
    void bulkCsvTimestampsAndCodes();
    void bulkCsvLongDescriptionsKeptWhole();
    void bulkCsvEncodingsDecidedPerField();
    void itaValuesAsStrings();
    void itaRecordsWithoutIdKeepTheirKey();
    void itaAustralianAmendmentsKeepTheirParent();
    void articlesPageInTheirMetadataBlock();
    void marketResearchIndustriesAsObjectOrArray();
    void eventsInANamedTimeZone();

private:
    Result<ImportSummary> import(const QString& file, const char* format);
    Result<ImportSummary> importBytes(const QByteArray& bytes, const char* format);
    Result<ImportSummary> importFrom(QIODevice& device, const char* format, const QString& name);
    QJsonObject lead(const QString& source, const QString& sourceId);
    QJsonObject raw(const QString& source, const QString& sourceId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestRealWorld::initTestCase()
{
    const QDir dir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR));
    QVERIFY2(dir.exists(QStringLiteral("PROVENANCE.md")),
             qPrintable(QStringLiteral("the real-world files are not at %1: check out shared/ beside the project, "
                                       "or configure with -DTRADELEADS_REAL_WORLD_DIR=PATH")
                            .arg(dir.absolutePath())));
}

void TestRealWorld::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestRealWorld::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Result<ImportSummary> TestRealWorld::import(const QString& file, const char* format)
{
    QFile in(realWorld(file));
    if (!in.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("cannot read %1").arg(in.fileName()) };
    return importFrom(in, format, in.fileName());
}

Result<ImportSummary> TestRealWorld::importBytes(const QByteArray& bytes, const char* format)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(buffer, format, QStringLiteral("fixture"));
}

Result<ImportSummary> TestRealWorld::importFrom(QIODevice& device, const char* format, const QString& name)
{
    const auto parsed = importFormatFromName(QString::fromLatin1(format));
    if (!parsed)
        return Error { QStringLiteral("no format %1").arg(QLatin1String(format)) };
    LeadImporter importer(*m_store);
    return importer.importDevice(device, *parsed, name);
}

QJsonObject TestRealWorld::lead(const QString& source, const QString& sourceId)
{
    auto stored = m_store->lead(source, sourceId);
    if (!stored) {
        qWarning("%s:%s: %s", qPrintable(source), qPrintable(sourceId), qPrintable(stored.errorMessage()));
        return {};
    }
    return LeadFormat::toJson(*stored);
}

QJsonObject TestRealWorld::raw(const QString& source, const QString& sourceId)
{
    auto stored = m_store->lead(source, sourceId);
    return stored ? QJsonDocument::fromJson(stored->lead.raw).object() : QJsonObject();
}

// A new file in the folder must be added to the table above, with its count.
void TestRealWorld::everyFileIsAccountedFor()
{
    QStringList listed;
    for (const RealFile& file : kFiles)
        listed.append(QString::fromLatin1(file.name));
    const QStringList present = QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).entryList(QDir::Files, QDir::Name);
    for (const QString& name : present)
        QVERIFY2(listed.contains(name), qPrintable(name + QStringLiteral(" is not in kFiles")));
    for (const QString& name : listed)
        QVERIFY2(present.contains(name), qPrintable(name + QStringLiteral(" is gone from the folder")));
}

void TestRealWorld::keepsEveryLead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("leads");
    for (const RealFile& file : kFiles) {
        if (*file.format)
            QTest::newRow(file.name) << QString::fromLatin1(file.name) << QString::fromLatin1(file.format) << file.leads;
    }
}

void TestRealWorld::keepsEveryLead()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, leads);
    const auto summary = import(file, format.toLatin1().constData());
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QString skipped;
    for (const RecordError& error : summary->errors)
        skipped += error.message() + u'\n';
    QVERIFY2(summary->errorCount == 0, qPrintable(skipped));
    QCOMPARE(summary->inserted, qint64(leads));
    QCOMPARE(summary->updated + summary->unchanged, qint64(0));
}

void TestRealWorld::reimportChangesNothing_data()
{
    keepsEveryLead_data();
}

void TestRealWorld::reimportChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, leads);
    const QByteArray name = format.toLatin1();
    QVERIFY(import(file, name.constData()).ok());
    const auto again = import(file, name.constData());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->inserted, qint64(0));
    QCOMPARE(again->updated, qint64(0));
    QCOMPARE(again->unchanged, qint64(leads));
}

// The generations of ITA's record shape name the same notices: one lead each, whatever the
// order of import. Canada's five tenders are in the 2015 results, the 2016 ones and the
// upstream CSV; FBO's keys are its solicitation numbers in every generation.
void TestRealWorld::everyFileInOneCache()
{
    int listedLeads = 0;
    for (const RealFile& file : kFiles) {
        if (!*file.format)
            continue;
        listedLeads += file.leads;
        const auto summary = import(QString::fromLatin1(file.name), file.format);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->errorCount, qint64(0));
    }
    const auto stats = m_store->stats(QDate(2026, 12, 4));
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    // The 2015 results hold the v2 files' five Canada tenders (also the CSV's five), their four
    // State leads and their nine UK ones: 5 x 2 + 4 + 9 records name leads already counted.
    const auto canada = m_store->lead(QStringLiteral("ita-canada"), QStringLiteral("PW-14-00644956_53800-14-2015473"));
    QVERIFY(canada.ok());
    QCOMPARE(canada->lead.title, QStringLiteral("Physician Services (53800-14-2015473)"));
    qint64 total = 0;
    for (const auto& [source, count] : stats->bySource)
        total += count;
    QCOMPARE(total, qint64(listedLeads - 2 * 5 - 4 - 9));
}

void TestRealWorld::valuesMatchTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    struct Value
    {
        const char* file;
        const char* format;
        const char* source;
        const char* id;
        const char* column;
        const char* expected;
    };
    const Value values[] = {
        // SAM.gov v2 search, 2025: offsets -05:00 and -08:00, a date-only deadline.
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "622ed92c64644dc6b84bf0883bc13733", "deadline_at", "2025-03-14T19:00:00Z" },
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "622ed92c64644dc6b84bf0883bc13733", "agency", "DEPT OF DEFENSE" },
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "622ed92c64644dc6b84bf0883bc13733", "set_aside_code", "SDVOSBC" },
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "fa1f6f09cde9450c89b26efc7106c856", "title", "6515--DRIVING SIMULATOR" },
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "fa1f6f09cde9450c89b26efc7106c856", "deadline_at", "2025-02-13T18:00:00Z" },
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "dec4e660f6974b00858ccdeecddae18d", "deadline_at", "2025-02-24" },
        { "sam_v2_search_driving_2025.json", "sam-json", "sam", "573836bf8e7d47dc9b6c22ce80f601fe", "solicitation_number", "SPRDL125R0001" },
        // 2026: +09:00, an award notice with its amount as a string and no deadline.
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "fc82b63eeaa740d582bb8f72e06cd4f2", "deadline_at", "2026-02-10T01:00:00Z" },
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "fc82b63eeaa740d582bb8f72e06cd4f2", "country", "KR" },
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "fd05ce5247fb4bc1b86e1ce4691bb74b", "title", "Aspinall Chambers Renovation" },
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "fd05ce5247fb4bc1b86e1ce4691bb74b", "agency", "GENERAL SERVICES ADMINISTRATION" },
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "fd05ce5247fb4bc1b86e1ce4691bb74b", "deadline_at", "2026-02-28T23:00:00Z" },
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "f90fba9ebf6243ed8290c4ed4603c182", "value_max", "5000000" },
        { "sam_v2_search_2026_page.json", "sam-json", "sam", "f90fba9ebf6243ed8290c4ed4603c182", "deadline_at", "" },
        { "sam_v2_spruce_resourcelinks.json", "sam-json", "sam", "b3cf1793862c42b8929616760bac4610", "posted_at", "2023-12-14" },
        { "sam_v2_spruce_resourcelinks.json", "sam-json", "sam", "b3cf1793862c42b8929616760bac4610", "deadline_at", "2023-12-21T15:00:00Z" },
        { "sam_v2_spruce_resourcelinks.json", "sam-json", "sam", "b3cf1793862c42b8929616760bac4610", "agency", "VETERANS AFFAIRS, DEPARTMENT OF" },
        { "sam_v2_single_deadline_before_posted.json", "sam-json", "sam", "f2483be142e64eeabcc5fba2f8992251", "deadline_at", "2023-10-18T21:00:00Z" },
        { "sam_v2_single_deadline_before_posted.json", "sam-json", "sam", "f2483be142e64eeabcc5fba2f8992251", "posted_at", "2024-01-10" },
        { "sam_v2_single_deadline_before_posted.json", "sam-json", "sam", "f2483be142e64eeabcc5fba2f8992251", "agency", "DEPT OF DEFENSE" },
        // The bulk CSV's rows: Eastern hours-only offsets, 0-3 fractional digits, Award$.
        { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", "sam", "f36086b60ce14490b9c031553c21fa86", "value_max", "280851.24" },
        { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", "sam", "f36086b60ce14490b9c031553c21fa86", "posted_at", "2026-03-21T19:02:46Z" },
        { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", "sam", "cdfbaa884c5841c08a843af8e688799b", "deadline_at", "2026-05-05T01:00:00Z" },
        { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", "sam", "cdfbaa884c5841c08a843af8e688799b", "country", "JP" },
        { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", "sam", "9464f4b3682d412f985ca59b857ce1e6", "set_aside_code", "SBA" },
        { "sam_bulk_csv_rows_2026_as_json.json", "sam-csv", "sam", "9464f4b3682d412f985ca59b857ce1e6", "deadline_at", "2026-05-07T23:00:00Z" },
        // ITA Trade Leads, the 2016 service: STATE, FBO without id, CANADA without id.
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-state", "DATATABLE.471", "title", "Pan-African University Support Project (PHASE II)" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-state", "DATATABLE.471", "deadline_at", "2016-10-16" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-state", "DATATABLE.471", "value_max", "50000000" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-fbo", "W56SGK-16-R-0010", "title", "MoI Workshop Radio Spare Parts" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-fbo", "W56SGK-16-R-0010", "country", "AF" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-fbo", "W56SGK-16-R-0010", "naics_code", "423690" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-canada", "PW-$$HS-639-68939_W8482-168317/A", "title", "STRAINER, SEDIMENT (W8482-168317/A)" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-canada", "PW-$$HS-639-68939_W8482-168317/A", "deadline_at", "2016-03-10" },
        { "ita_trade_leads_v1_search_2016.json", "ita-json", "ita-canada", "PW-$$HS-639-68939_W8482-168317/A", "agency", "Public Works and Government Services Canada" },
        // The 2015 shape: the source named by `type`, `source` a funding body or absent.
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-state", "DATATABLE.538", "deadline_at", "2014-03-06" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-state", "DATATABLE.538", "country", "PH" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-state", "DATATABLE.538", "value_max", "300000000" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-mca", "http://bit.ly/1Z1OIZA", "title", "Bombay Drainage Project" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-mca", "http://bit.ly/1Z1OIZA", "deadline_at", "2015-04-28" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-mca", "http://bit.ly/1Z1OIZA", "country", "ZM" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-fbo", "2013-N-15012", "agency", "Department of Health and Human Services" },
        { "ita_trade_leads_v1_2015_typed_results.json", "ita-json", "ita-ustda", "http://1.usa.gov/1NV3exr", "country", "RW" },
        // The v2 results of ITA's server, per source.
        { "ita_trade_leads_v2_results_state.json", "ita-json", "ita-state", "DATATABLE.174", "title", "Hamad Bin Khalifa Medical City - Construction of Simulation Centre" },
        { "ita_trade_leads_v2_results_state.json", "ita-json", "ita-state", "DATATABLE.174", "deadline_at", "2013-06-11" },
        { "ita_trade_leads_v2_results_state.json", "ita-json", "ita-state", "DATATABLE.174", "country", "QA" },
        { "ita_trade_leads_v2_results_state.json", "ita-json", "ita-state", "DATATABLE.174", "value_max", "1797625" },
        { "ita_trade_leads_v2_results_canada.json", "ita-json", "ita-canada", "PW-14-00644956_53800-14-2015473", "title", "Physician Services (53800-14-2015473)" },
        { "ita_trade_leads_v2_results_canada.json", "ita-json", "ita-canada", "PW-14-00644956_53800-14-2015473", "deadline_at", "2014-07-24" },
        { "ita_trade_leads_v2_results_canada.json", "ita-json", "ita-canada", "PW-14-00644956_53800-14-2015473", "agency", "Correctional Service of Canada" },
        { "ita_trade_leads_v2_results_canada.json", "ita-json", "ita-canada", "PW-14-00644956_53800-14-2015473", "country", "CA" },
        { "ita_trade_leads_v2_results_uk.json", "ita-json", "ita-uk", "5def2dd2-8aa8-475d-8096-015a9faebce2", "title", "Z/2115 Purple Zone Car Pak Enabling Works" },
        { "ita_trade_leads_v2_results_uk.json", "ita-json", "ita-uk", "5def2dd2-8aa8-475d-8096-015a9faebce2", "agency", "University Of Leeds" },
        { "ita_trade_leads_v2_results_uk.json", "ita-json", "ita-uk", "5def2dd2-8aa8-475d-8096-015a9faebce2", "value_min", "70000" },
        { "ita_trade_leads_v2_results_uk.json", "ita-json", "ita-uk", "5def2dd2-8aa8-475d-8096-015a9faebce2", "value_max", "80000" },
        { "ita_trade_leads_v2_results_uk.json", "ita-json", "ita-uk", "5def2dd2-8aa8-475d-8096-015a9faebce2", "currency", "GBP" },
        { "ita_trade_leads_v2_results_fbo.json", "ita-json", "ita-fbo", "W15QKN14R1053", "title", "S--Snow and Ice Removal Services Portsmouth NH" },
        { "ita_trade_leads_v2_results_fbo.json", "ita-json", "ita-fbo", "W15QKN14R1053", "deadline_at", "2014-09-24" },
        { "ita_trade_leads_v2_results_fbo.json", "ita-json", "ita-fbo", "W15QKN14R1053", "agency", "Department of the Army" },
        // Domestic FBO notices carry ITA's placeholder country "BR"; the place says NH.
        { "ita_trade_leads_v2_results_fbo.json", "ita-json", "ita-fbo", "W15QKN14R1053", "country", "US" },
        { "ita_trade_leads_v2_results_australia.json", "ita-json", "ita-australia", "CN1122002", "deadline_at", "2013-02-26" },
        { "ita_trade_leads_v2_results_australia.json", "ita-json", "ita-australia", "CN1122002", "agency", "Defence Materiel Organisation" },
        { "ita_trade_leads_v2_results_australia.json", "ita-json", "ita-australia", "CN1122002", "value_max", "29546" },
        { "ita_trade_leads_v2_results_australia.json", "ita-json", "ita-australia", "CN1122002", "currency", "AUD" },
        // buyandsell.gc.ca's own CSV: the closing time in its named zone.
        { "ita_source_canada_leads.csv", "canada-csv", "ita-canada", "PW-14-00644956_53800-14-2015473", "title", "Physician Services (53800-14-2015473)" },
        { "ita_source_canada_leads.csv", "canada-csv", "ita-canada", "PW-14-00644956_53800-14-2015473", "deadline_at", "2014-07-24T18:00:00Z" },
        { "ita_source_canada_leads.csv", "canada-csv", "ita-canada", "PW-14-00644956_53800-14-2015473", "agency", "Correctional Service of Canada" },
        { "ita_source_canada_leads.csv", "canada-csv", "ita-canada", "PW-$$ZF-519-27769_51019-132011/A", "deadline_at", "2014-08-11T18:00:00Z" },
        // The same tender from the CSV and from the API: the same industries and numbers.
        { "ita_source_canada_leads.csv", "canada-csv", "ita-canada", "PW-$$PR-707-64882_W8486-140835/A", "industry", "N8305: Textile Fabrics; N8415: Clothing, Special Purpose" },
        { "ita_trade_leads_v2_results_canada.json", "ita-json", "ita-canada", "PW-$$PR-707-64882_W8486-140835/A", "industry", "N8305: Textile Fabrics; N8415: Clothing, Special Purpose" },
        { "ita_source_canada_leads.csv", "canada-csv", "ita-canada", "PW-$$PR-707-64882_W8486-140835/A", "solicitation_number", "W8486-140835/A" },
        { "ita_trade_leads_v2_results_canada.json", "ita-json", "ita-canada", "PW-$$PR-707-64882_W8486-140835/A", "solicitation_number", "W8486-140835/A" },
        // The other data sets.
        { "ita_trade_events_v1_search_2016.json", "ita-events", "ita-events", "36506", "title", "SelectUSA Japan Roadshow 2016" },
        { "ita_trade_events_v1_search_2016.json", "ita-events", "ita-events", "36506", "deadline_at", "2016-02-01" },
        { "ita_trade_events_v1_search_2016.json", "ita-events", "ita-events", "36506", "value_max", "2000" },
        { "ita_articles_search_2016.json", "ita-articles", "ita-articles", "ka0t0000000POHdAAO", "title", "Portugal - Performance Requirements and Investment Incentives" },
        { "ita_articles_search_2016.json", "ita-articles", "ita-articles", "ka0t0000000POHdAAO", "country", "PT" },
        { "ita_articles_search_2016.json", "ita-articles", "ita-articles", "ka0t0000000POHdAAO", "notice_type", "Country Commercial Guide" },
        { "ita_market_research_library_v2_results.json", "ita-mrl", "ita-mrl", "14271734", "title", "ADVANCE Procurement Notices, October 2013" },
        { "ita_market_research_library_v2_results.json", "ita-mrl", "ita-mrl", "14271734", "deadline_at", "2014-11-26" },
        { "ita_market_research_library_v2_results.json", "ita-mrl", "ita-mrl", "14271734", "country", "AF" },
        { "ita_office_locations_results.json", "ita-offices", "ita-offices", "US:SanJoseCA", "title", "San Jose (Silicon Valley) U.S. Export Assistance Center" },
        { "ita_office_locations_results.json", "ita-offices", "ita-offices", "US:SanJoseCA", "country", "US" },
        { "ita_office_locations_results.json", "ita-offices", "ita-offices", "US:SanJoseCA", "url", "http://www.buyusa.gov/siliconvalley" },
        { "ita_envirotech_issues_results.json", "ita-etoolkit", "ita-etoolkit", "issue-24", "title", "Secondary or Advanced Wastewater Treatment" },
        { "ita_envirotech_issues_results.json", "ita-etoolkit", "ita-etoolkit", "issue-23", "title", "Biosolid/Sludge Management, Use, or Disposal" },
        { "ita_envirotech_issues_results.json", "ita-etoolkit", "ita-etoolkit", "issue-23", "agency", "International Trade Administration" },
    };
    for (const Value& value : values) {
        QTest::addRow("%s %s %s", value.source, value.id, value.column)
            << QString::fromLatin1(value.file) << QString::fromLatin1(value.format) << QString::fromLatin1(value.source)
            << QString::fromLatin1(value.id) << QString::fromLatin1(value.column) << QString::fromUtf8(value.expected);
    }
}

void TestRealWorld::valuesMatchTheFile()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, source);
    QFETCH(QString, sourceId);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    const auto summary = import(file, format.toLatin1().constData());
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    const QJsonObject row = lead(source, sourceId);
    QVERIFY2(!row.isEmpty(), qPrintable(QStringLiteral("no lead %1:%2").arg(source, sourceId)));
    QVERIFY2(row.contains(column), qPrintable(column));
    const QJsonValue value = row.value(column);
    const QString actual = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    QCOMPARE(actual, expected);
}

void TestRealWorld::wrongShapesSayWhatTheyAre()
{
    const auto internal = import(QStringLiteral("sam_internal_sgs_search_not_public_api.json"), "sam-json");
    QVERIFY(!internal.ok());
    QVERIFY2(internal.errorMessage().contains(QLatin1String("internal search")), qPrintable(internal.errorMessage()));
    const auto bodies = import(QStringLiteral("sam_error_bodies_observed.json"), "sam-json");
    QVERIFY(!bodies.ok());
    // The bulk rows handed to the search-page format are pointed to the right one.
    const auto rows = import(QStringLiteral("sam_bulk_csv_rows_2026_as_json.json"), "sam-json");
    QVERIFY(!rows.ok());
    QVERIFY2(rows.errorMessage().contains(QLatin1String("--format sam-csv")), qPrintable(rows.errorMessage()));
    const auto stats = m_store->stats(QDate(2026, 12, 4));
    QVERIFY(stats.ok());
    QVERIFY(stats->bySource.isEmpty());
}

void TestRealWorld::samDatesAsTheyCome()
{
    QVERIFY(import(QStringLiteral("sam_v2_search_driving_2025.json"), "sam-json").ok());
    // A bare-date postedDate stays a date: no midnight is invented in any zone.
    QCOMPARE(lead("sam", "dec4e660f6974b00858ccdeecddae18d").value("posted_at").toString(), QStringLiteral("2025-02-09"));
    QCOMPARE(lead("sam", "dec4e660f6974b00858ccdeecddae18d").value("deadline_at").toString(), QStringLiteral("2025-02-24"));
    // A deadline before its posting date is what the file says; it is kept, not dropped or swapped.
    const QJsonObject early = lead("sam", "c0d4dd876c78419480c9792880bbc17b");
    QCOMPARE(early.value("posted_at").toString(), QStringLiteral("2025-02-03"));
    QCOMPARE(early.value("deadline_at").toString(), QStringLiteral("2024-12-18T17:00:00Z"));
    // A wall-clock time with no offset is read as UTC (as SAM.gov writes its UTC times).
    QVERIFY(importBytes("NoticeId,Title,ResponseDeadLine,PostedDate\n"
                        "n1,No offset,2026-05-08T23:59:00,2026-04-24 13:27:26.321-04\n",
                        "sam-csv")
                .ok());
    QCOMPARE(lead("sam", "n1").value("deadline_at").toString(), QStringLiteral("2026-05-08T23:59:00Z"));
}

void TestRealWorld::resourceLinksBecomeAttachments()
{
    // Every resource link SAM.gov sent is a listed attachment, in its order, with the
    // api_key=null it came with (replaced only when it is requested); Canada's further urls too.
    QVERIFY(import(QStringLiteral("sam_v2_spruce_resourcelinks.json"), "sam-json").ok());
    QVERIFY(import(QStringLiteral("sam_v2_search_2026_page.json"), "sam-json").ok());
    QVERIFY(import(QStringLiteral("ita_trade_leads_v2_results_canada.json"), "ita-json").ok());
    QFile spruceFile(QStringLiteral(TRADELEADS_REAL_WORLD_DIR "/sam_v2_spruce_resourcelinks.json"));
    QVERIFY(spruceFile.open(QIODevice::ReadOnly));
    const QJsonArray spruceLinks = QJsonDocument::fromJson(spruceFile.readAll())["opportunitiesData"][0]["resourceLinks"].toArray();
    QCOMPARE(spruceLinks.size(), 11);
    auto spruce = m_store->lead(QStringLiteral("sam"), QStringLiteral("b3cf1793862c42b8929616760bac4610"));
    QVERIFY(spruce);
    auto listed = m_store->attachments({ spruce->id });
    QVERIFY(listed);
    QCOMPARE(listed->size(), 11);
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(listed->at(i).url, spruceLinks.at(i).toString());
        QVERIFY(!listed->at(i).stored());
        QVERIFY(!listed->at(i).displayName().isEmpty());
        QVERIFY(listed->at(i).displayName() != QStringLiteral("download"));
    }
    // The 2026 page: five of its ten notices list documents.
    auto ids = m_store->ids(LeadFilter(), QDate(2026, 12, 1));
    QVERIFY(ids);
    auto everything = m_store->attachments(*ids);
    QVERIFY(everything);
    QSet<qint64> withDocuments;
    for (const Attachment& attachment : std::as_const(*everything))
        withDocuments.insert(attachment.leadId);
    QVERIFY2(withDocuments.size() >= 1 + 5 + 1, qPrintable(QString::number(withDocuments.size())));
}

void TestRealWorld::samContactsPutRight()
{
    QVERIFY(import(QStringLiteral("sam_v2_search_driving_2025.json"), "sam-json").ok());
    QVERIFY(import(QStringLiteral("sam_v2_search_2026_page.json"), "sam-json").ok());
    QVERIFY(import(QStringLiteral("sam_v2_spruce_resourcelinks.json"), "sam-json").ok());

    // A phone that repeats the contact's own e-mail is no phone.
    const QJsonArray choo = lead("sam", "fa1f6f09cde9450c89b26efc7106c856").value("contacts").toArray();
    QCOMPARE(choo.size(), 1);
    QCOMPARE(choo.at(0)["email"].toString(), QStringLiteral("sam.choo@va.gov"));
    QVERIFY(!choo.at(0).toObject().contains("phone"));
    QCOMPARE(choo.at(0)["name"].toString(), QStringLiteral("Choo, Sam"));

    // A name that is the e-mail goes; a phone holding someone else's e-mail becomes a contact.
    const QJsonArray spruce = lead("sam", "b3cf1793862c42b8929616760bac4610").value("contacts").toArray();
    QCOMPARE(spruce.size(), 2);
    QCOMPARE(spruce.at(0)["email"].toString(), QStringLiteral("Michael.Frank@va.gov"));
    QVERIFY(!spruce.at(0).toObject().contains("name"));
    QVERIFY(!spruce.at(0).toObject().contains("phone"));
    QCOMPARE(spruce.at(1)["email"].toString(), QStringLiteral("Troy.Loveland@va.gov"));
    QCOMPARE(spruce.at(1)["type"].toString(), QStringLiteral("primary"));

    // "Telephone: 5642303808" in fullName with phone null.
    const QJsonArray labelled = lead("sam", "f82d4bb69ea147e19a2b30eaa987afb1").value("contacts").toArray();
    QCOMPARE(labelled.at(0)["phone"].toString(), QStringLiteral("5642303808"));
    QVERIFY(!labelled.at(0).toObject().contains("name"));
    QCOMPARE(labelled.at(0)["email"].toString(), QStringLiteral("DANNY.L.ONEAL8.CIV@US.NAVY.MIL"));

    // A two-sentence paragraph in fullName is a note, not a name.
    const QJsonArray paragraph = lead("sam", "dec4e660f6974b00858ccdeecddae18d").value("contacts").toArray();
    QVERIFY(!paragraph.at(0).toObject().contains("name"));
    QVERIFY(paragraph.at(0)["note"].toString().startsWith(QLatin1String("Questions regarding this solicitation")));
    QVERIFY(!paragraph.at(0)["note"].toString().contains(u'\n'));

    // A foreign number without separators stays as written.
    const QJsonArray korea = lead("sam", "fc82b63eeaa740d582bb8f72e06cd4f2").value("contacts").toArray();
    QCOMPARE(korea.at(0)["phone"].toString(), QStringLiteral("825033638719"));
    QCOMPARE(korea.at(0)["name"].toString(), QStringLiteral("HYONTONG YANG (Rio)"));
}

void TestRealWorld::samLinksWithNullBase()
{
    // links[0].href starts with the literal "null/": paging never follows it, the record imports.
    const auto summary = import(QStringLiteral("sam_v2_spruce_resourcelinks.json"), "sam-json");
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, qint64(1));
    const QJsonObject row = lead("sam", "b3cf1793862c42b8929616760bac4610");
    QCOMPARE(row.value("url").toString(), QStringLiteral("https://sam.gov/opp/b3cf1793862c42b8929616760bac4610/view"));
    QVERIFY(row.value("description_url").toString().startsWith(QLatin1String("https://api.sam.gov/")));
    // resourceLinks with "api_key=null&token=" are kept as sent, eleven of them, in raw; the
    // title keeps its double and quadruple spaces as the file has them.
    const QJsonArray links = raw("sam", "b3cf1793862c42b8929616760bac4610").value("resourceLinks").toArray();
    QCOMPARE(links.size(), 11);
    QVERIFY(links.at(0).toString().endsWith(QLatin1String("/download?api_key=null&token=")));
    QVERIFY(row.value("title").toString().contains(QLatin1String("User-Centered  Ex")));
}

void TestRealWorld::samAwardAmountsAndAwardees()
{
    QVERIFY(import(QStringLiteral("sam_v2_search_2026_page.json"), "sam-json").ok());
    const QJsonObject award = lead("sam", "f90fba9ebf6243ed8290c4ed4603c182");
    QCOMPARE(award.value("value_max").toDouble(), 5000000.0);
    QCOMPARE(award.value("currency").toString(), QStringLiteral("USD"));
    QCOMPARE(award.value("notice_type").toString(), QStringLiteral("Award Notice"));
    // The awardee's cageCode, which the documentation does not list, survives in raw.
    const QJsonObject awardee = raw("sam", "f90fba9ebf6243ed8290c4ed4603c182")["award"].toObject()["awardee"].toObject();
    QVERIFY(awardee.contains("cageCode"));
    QVERIFY(!awardee.value("cageCode").toString().isEmpty());
    // An award {"awardee": {}} on a Sources Sought notice gives no value.
    QVERIFY(import(QStringLiteral("sam_v2_spruce_resourcelinks.json"), "sam-json").ok());
    QVERIFY(lead("sam", "b3cf1793862c42b8929616760bac4610").value("value_max").isNull());
}

void TestRealWorld::samPlacesOfPerformance()
{
    QVERIFY(import(QStringLiteral("sam_v2_search_driving_2025.json"), "sam-json").ok());
    QVERIFY(import(QStringLiteral("sam_v2_search_2026_page.json"), "sam-json").ok());
    // {} and null give no place; country only; names without codes ("CA" is a state code in `name`).
    QCOMPARE(lead("sam", "573836bf8e7d47dc9b6c22ce80f601fe").value("location").toString(), QString());
    QCOMPARE(lead("sam", "c0d4dd876c78419480c9792880bbc17b").value("location").toString(), QString());
    QCOMPARE(lead("sam", "622ed92c64644dc6b84bf0883bc13733").value("location").toString(), QStringLiteral("UNITED STATES"));
    QCOMPARE(lead("sam", "fa1f6f09cde9450c89b26efc7106c856").value("location").toString(),
             QStringLiteral("Department of Veterans Affairs VAMC San Diego, San Diego, CA, UNITED STATES"));
    // Every value empty: no place, no stray commas.
    QCOMPARE(lead("sam", "f90fba9ebf6243ed8290c4ed4603c182").value("location").toString(), QString());
    // A city "code" that is a name, a foreign state code.
    QCOMPARE(lead("sam", "fc82b63eeaa740d582bb8f72e06cd4f2").value("location").toString(),
             QStringLiteral("Chinhae, KR-48, KOREA, SOUTH"));
}

void TestRealWorld::bulkCsvTimestampsAndCodes()
{
    QVERIFY(import(QStringLiteral("sam_bulk_csv_rows_2026_as_json.json"), "sam-csv").ok());
    // PostedDate: a space, 0 to 3 fractional digits, an hours-only Eastern offset.
    QCOMPARE(lead("sam", "93ff6984aa124180ac68e67f7d1ab55d").value("posted_at").toString(), QStringLiteral("2026-04-25T03:24:04Z"));
    QCOMPARE(lead("sam", "ad449fc5fe6e453bb8a4f33d1037a7b5").value("posted_at").toString(), QStringLiteral("2026-04-25T01:51:12Z"));
    QCOMPARE(lead("sam", "4250ad275ef5486ab68ffdba1ffc09ed").value("posted_at").toString(), QStringLiteral("2026-04-25T00:57:15Z"));
    QCOMPARE(lead("sam", "95d2c367a49142188780e2660f90f96e").value("posted_at").toString(), QStringLiteral("2026-04-24T21:47:27Z"));
    QCOMPARE(lead("sam", "2099d41ba5d7457e8d2cb9bf61ddd0ec").value("posted_at").toString(), QStringLiteral("2026-03-08T05:45:21Z"));
    // ResponseDeadLine: -07:00, +05:30, no offset, a date only, empty.
    QCOMPARE(lead("sam", "93ff6984aa124180ac68e67f7d1ab55d").value("deadline_at").toString(), QStringLiteral("2026-05-01T23:30:00Z"));
    QCOMPARE(lead("sam", "b877b77aff3b4998b72844f7203c6e97").value("deadline_at").toString(), QStringLiteral("2026-05-11T11:14:00Z"));
    QCOMPARE(lead("sam", "46802d7b31e5416390d767dd6bd72c14").value("deadline_at").toString(), QStringLiteral("2026-05-08T23:59:00Z"));
    QCOMPARE(lead("sam", "f902daed846a4d8ca2080bb8d5af44d6").value("deadline_at").toString(), QStringLiteral("2026-05-01"));
    QCOMPARE(lead("sam", "3ed8ada991dd4e2781528b81748b8038").value("deadline_at").toString(), QString());
    // SetASideCode written ["SBA"]; Award$ with eight decimals.
    QCOMPARE(lead("sam", "d7469be6348d41e7943dbe382f97fbff").value("set_aside_code").toString(), QStringLiteral("SBA"));
    QCOMPARE(lead("sam", "f36086b60ce14490b9c031553c21fa86").value("value_max").toDouble(), 280851.24);
    // The converter's own keys (AttachmentCount, Attachments, matches) reach raw with the rest.
    const QJsonObject fields = raw("sam", "f36086b60ce14490b9c031553c21fa86");
    QCOMPARE(fields.value("Award$").toString(), QStringLiteral("280851.24000000"));
    QVERIFY(fields.contains("AttachmentCount"));
}

void TestRealWorld::bulkCsvLongDescriptionsKeptWhole()
{
    QFile file(realWorld(QStringLiteral("sam_bulk_csv_rows_2026_as_json.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(import(QStringLiteral("sam_bulk_csv_rows_2026_as_json.json"), "sam-csv").ok());
    int cut = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QString description = row.value("Description").toString();
        if (description.size() != 32003)
            continue;
        ++cut;
        // Cut by SAM at 32,000 characters plus "...": stored as it came, not cut again.
        QVERIFY(description.endsWith(QLatin1String("...")));
        QCOMPARE(lead("sam", row.value("NoticeId").toString()).value("description").toString(), description.trimmed());
    }
    QVERIFY2(cut >= 1, "the file holds descriptions cut at 32,000 characters");
}

void TestRealWorld::bulkCsvEncodingsDecidedPerField()
{
    // One record: a Windows-1252 title (0x92 is a curly apostrophe, 0xE9 an e acute) beside a
    // UTF-8 description. Each field is read in its own encoding.
    const QByteArray csv = "NoticeId,Title,Description\n"
                           "mixed,Government\x92s caf\xE9,\"UTF-8 \xE2\x80\x93 en dash and \xC3\xA9\"\n";
    const auto summary = importBytes(csv, "sam-csv");
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    const QJsonObject row = lead("sam", "mixed");
    QCOMPARE(row.value("title").toString(), QString::fromUtf8("Government\u2019s caf\u00e9"));
    QCOMPARE(row.value("description").toString(), QString::fromUtf8("UTF-8 \u2013 en dash and \u00e9"));
    // The mojibake of the real rows ("Â" before NBSP, "¿" for an apostrophe) is the text SAM
    // holds, kept as it is rather than guessed at.
    QVERIFY(import(QStringLiteral("sam_bulk_csv_rows_2026_as_json.json"), "sam-csv").ok());
}

void TestRealWorld::itaValuesAsStrings()
{
    QVERIFY(import(QStringLiteral("ita_trade_leads_v2_results_uk.json"), "ita-json").ok());
    // "35000.0" with no max; "0.0" with a max of "20000.00".
    const QJsonObject single = lead("ita-uk", "562894a0-2f91-47d0-9f3b-fe9971cc0bd2");
    QCOMPARE(single.value("value_min").toDouble(), 35000.0);
    QVERIFY(single.value("value_max").isNull());
    const QJsonObject range = lead("ita-uk", "b92d9569-142a-4b9d-b71b-fed51dd2edd5");
    QCOMPARE(range.value("value_min").toDouble(), 0.0);
    QCOMPARE(range.value("value_max").toDouble(), 20000.0);
    // source_last_updated "" (an FBO record of the 2016 service) is no date and no error.
    const auto fbo = import(QStringLiteral("ita_trade_leads_v1_search_2016.json"), "ita-json");
    QVERIFY(fbo.ok());
    QCOMPARE(fbo->errorCount, qint64(0));
    QCOMPARE(raw("ita-fbo", "HTC711-16-R-R002").value("source_last_updated").toString(), QString());
    QCOMPARE(lead("ita-fbo", "HTC711-16-R-R002").value("amended_at").toString(), QString());
}

void TestRealWorld::itaRecordsWithoutIdKeepTheirKey()
{
    // The 2016 FBO record's contact packs two people: both are kept.
    QVERIFY(import(QStringLiteral("ita_trade_leads_v1_search_2016.json"), "ita-json").ok());
    const QJsonArray people = lead("ita-fbo", "W56SGK-16-R-0010").value("contacts").toArray();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0)["email"].toString(), QStringLiteral("jason.s.rinehart.mil@mail.mil"));
    QCOMPARE(people.at(1)["email"].toString(), QStringLiteral("alfredo.m.sanchez@afghan.swa.army.mil"));
    // Keys do not depend on the order of the records or on fields other than the identifying ones.
    QVERIFY(import(QStringLiteral("ita_trade_leads_v1_2015_typed_results.json"), "ita-json").ok());
    QVERIFY(m_store->lead(QStringLiteral("ita-ustda"), QStringLiteral("http://1.usa.gov/1NV3exp")).ok());
    QVERIFY(m_store->lead(QStringLiteral("ita-canada"), QStringLiteral("PW-$$ZF-519-27769_51019-132011/A")).ok());
    // A record with nothing to know it by is reported, not stored under an invented key.
    const auto nameless = importBytes(R"({"results": [{"source": "MCA", "description": "no title, link or number"}]})", "ita-json");
    QVERIFY(nameless.ok());
    QCOMPARE(nameless->errorCount, qint64(1));
    QCOMPARE(nameless->inserted, qint64(0));
}

void TestRealWorld::itaAustralianAmendmentsKeepTheirParent()
{
    QVERIFY(import(QStringLiteral("ita_trade_leads_v2_results_australia.json"), "ita-json").ok());
    // CN389204-A1 amends CN389204 (not in the file): it is kept under its own id, its parent
    // named in raw, its title taken from the description since AusTender gives none.
    const QJsonObject amendment = lead("ita-australia", "CN389204-A1");
    QCOMPARE(amendment.value("title").toString(), QStringLiteral("COMBAT BOOTS, VERSION 5, KHAKI"));
    QCOMPARE(amendment.value("value_max").toDouble(), 25022000.0);
    QCOMPARE(raw("ita-australia", "CN389204-A1").value("parent_id").toString(), QStringLiteral("CN389204"));
    // start_date before publish_date: the deadline is the end date, the posting date the publish date.
    QCOMPARE(amendment.value("posted_at").toString(), QStringLiteral("2011-05-19"));
    QCOMPARE(amendment.value("deadline_at").toString(), QStringLiteral("2013-06-28"));
}

void TestRealWorld::articlesPageInTheirMetadataBlock()
{
    QFile file(realWorld(QStringLiteral("ita_articles_search_2016.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto page = ItaDatasetParser::parse(bytes, QStringLiteral("ita-articles"));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->total, qint64(10242));
    QCOMPARE(page->offset, qint64(0));
    QCOMPARE(page->nextOffset, qint64(10));
    QCOMPARE(page->leads.size(), 10);
}

void TestRealWorld::marketResearchIndustriesAsObjectOrArray()
{
    QVERIFY(import(QStringLiteral("ita_market_research_library_v2_results.json"), "ita-mrl").ok());
    // The older shape of the same data: {"original": [...], "mapped": [...]}.
    const auto older = importBytes(R"([{"id": "mrl-older", "title": "Older shape", "industries": {"original": ["Agribusiness"], "mapped": ["Agricultural Sector"]}},
                                       {"id": "mrl-original", "title": "Only original", "industries": {"original": ["Aerospace"], "mapped": []}}])",
                                   "ita-mrl");
    QVERIFY2(older.ok(), qPrintable(older.errorMessage()));
    QCOMPARE(older->inserted, qint64(2));
    QCOMPARE(lead("ita-mrl", "mrl-older").value("industry").toString(), QStringLiteral("Agricultural Sector"));
    QCOMPARE(lead("ita-mrl", "mrl-original").value("industry").toString(), QStringLiteral("Aerospace"));
}

void TestRealWorld::eventsInANamedTimeZone()
{
    QVERIFY(import(QStringLiteral("ita_trade_events_v1_search_2016.json"), "ita-events").ok());
    // SBA: 10:00 "Eastern Standard Time" on 2016-02-03 is 15:00 UTC; 09:30 Central is 15:30.
    QCOMPARE(lead("ita-events", "c89d11d381806180e18de475d38b7ea715b369c5").value("deadline_at").toString(),
             QStringLiteral("2016-02-03T15:00:00Z"));
    QCOMPARE(lead("ita-events", "d8722d0c64fd764599ac9776d82569f6a9ef367a").value("deadline_at").toString(),
             QStringLiteral("2016-02-09T15:30:00Z"));
    // An SBA contact with only last_name ("Bill Houck") and email null.
    const QJsonArray contacts = lead("ita-events", "c89d11d381806180e18de475d38b7ea715b369c5").value("contacts").toArray();
    QCOMPARE(contacts.at(0)["name"].toString(), QStringLiteral("Bill Houck"));
    QVERIFY(!contacts.at(0).toObject().contains("email"));
    // ITA events name no time: the date alone; mojibake in the live data is kept as sent.
    QCOMPARE(lead("ita-events", "36506").value("deadline_at").toString(), QStringLiteral("2016-02-01"));
    QCOMPARE(lead("ita-events", "36506").value("contacts").toArray().at(0)["name"].toString(), QStringLiteral("Keida Ackerman"));
}

QTEST_GUILESS_MAIN(TestRealWorld)
#include "tst_realworld.moc"
