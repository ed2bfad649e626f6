#include "ItaJsonParser.h"

#include "LeadColumns.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace {

QByteArray fixture(const QString& name)
{
    return ::fixture(QStringLiteral("ita"), name);
}

QStringList keys(const QList<Lead>& leads)
{
    QStringList out;
    for (const Lead& lead : leads)
        out.append(lead.source + "/" + lead.sourceId);
    return out;
}

QStringList errorTexts(const QList<RecordError>& errors)
{
    QStringList out;
    for (const RecordError& error : errors)
        out.append(error.source + " " + error.record + ": " + error.reason);
    return out;
}

} // namespace

class TestItaJsonParser : public QObject
{
    Q_OBJECT
private slots:
    void fatalError_data();
    void fatalError();
    void page_data();
    void page();
    void field_data();
    void field();
    void rawKeepsRecord_data();
    void rawKeepsRecord();
    void sameLeadTwice_data();
    void sameLeadTwice();
    void leadFromRecord_data();
    void leadFromRecord();
};

void TestItaJsonParser::fatalError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("truncated JSON") << "truncated.json"
                                    << "ITA Trade Leads response is not valid JSON: unterminated string at offset 700";
    QTest::newRow("non-JSON bytes") << "not-json.txt"
                                    << "ITA Trade Leads response is not valid JSON: illegal value at offset ";
    QTest::newRow("empty file") << "empty.json"
                                << "ITA Trade Leads response is empty";
    QTest::newRow("top-level number") << "top-level-number.json"
                                      << "ITA Trade Leads response is not valid JSON: illegal value at offset ";
    QTest::newRow("error body names the server's message")
        << "error-body.json"
        << "ITA Trade Leads response has no results array: Access denied due to missing subscription key.";
    QTest::newRow("results is an object") << "results-not-array.json"
                                          << "ITA Trade Leads response's results is not an array";
}

void TestItaJsonParser::fatalError()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const auto page = ItaJsonParser::parse(fixture(file));
    QVERIFY2(!page.ok(), qPrintable("parsed " + QString::number(page.ok() ? page->leads.size() : 0) + " leads"));
    QVERIFY2(page.errorMessage().startsWith(message), qPrintable(page.errorMessage()));
    QVERIFY2(!page.errorMessage().contains(u'\n'), "the message is one line");
}

void TestItaJsonParser::page_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("nextOffset");
    QTest::addColumn<QStringList>("leads"); // "source/id"
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("STATE (BIDS)") << "state.json" << qint64(3) << qint64(0) << qint64(-1)
                                  << QStringList { "ita-state/f3d2e1c0b9a8a7f6e5d4c3b2a1f0e9d8c7b6a5f4",
                                         "ita-state/48213", "ita-state/state-no-title" }
                                  << QStringList {};
    QTest::newRow("CANADA") << "canada.json" << qint64(2) << qint64(0) << qint64(-1)
                            << QStringList { "ita-canada/PW-24-01082156_EN578-240123/A", "ita-canada/PW-24-00999999_W0107-24XX01" }
                            << QStringList {};
    QTest::newRow("UK") << "uk.json" << qint64(2) << qint64(10) << qint64(-1)
                        << QStringList { "ita-uk/a8c3f1e2-6b7d-4c5e-9f0a-1b2c3d4e5f60",
                               "ita-uk/b9d4a2f3-7c8e-4d6f-a01b-2c3d4e5f6071" }
                        << QStringList {};
    QTest::newRow("FBO") << "fbo.json" << qint64(1) << qint64(0) << qint64(-1)
                         << QStringList { "ita-fbo/SPRDL118R0216" } << QStringList {};
    QTest::newRow("source codes") << "mixed-sources.json" << qint64(6) << qint64(0) << qint64(-1)
                                  << QStringList { "ita-australia/ATM-2024-118", "ita-ustda/USTDA-55", "ita-mca/mca-1",
                                         "ita-leads/no-source", "ita-canada/lower-case",
                                         "ita-state/organisation-source", "ita-leads/sentence-source",
                                         "ita-new_source/underscore" }
                                  << QStringList {};
    QTest::newRow("data.trade.gov shape")
        << "datatrade.json" << qint64(42) << qint64(20) << qint64(22)
        << QStringList { "ita-leads/3f9c2b1a7d6e5f40", "ita-leads/77001" } << QStringList {};
    QTest::newRow("top-level array") << "bare-array.json" << qint64(-1) << qint64(-1) << qint64(-1)
                                     << QStringList { "ita-uk/a8c3f1e2-6b7d-4c5e-9f0a-1b2c3d4e5f60",
                                            "ita-fbo/SPRDL118R0216", "ita-canada/PW-24-00999999_W0107-24XX01" }
                                     << QStringList {};
    QTest::newRow("empty top-level array")
        << "empty-array.json" << qint64(-1) << qint64(-1) << qint64(-1) << QStringList {} << QStringList {};
    QTest::newRow("no results, results null")
        << "zero-total-no-results.json" << qint64(0) << qint64(0) << qint64(-1) << QStringList {} << QStringList {};
    QTest::newRow("nulls in every field") << "nulls.json" << qint64(-1) << qint64(-1) << qint64(-1)
                                          << QStringList { "ita-leads/all-null", "ita-leads/all-null-strings" }
                                          << QStringList { "ita #2: no id, and no reference number, contract number or link to know it by", "ita #3: no id, and no reference number, contract number or link to know it by" };
    QTest::newRow("wrong types") << "wrong-types.json" << qint64(8) << qint64(0) << qint64(-1)
                                 << QStringList { "ita-leads/1001", "ita-uk/dates-gone-wrong" }
                                 << QStringList { "ita #1: not a JSON object", "ita #2: not a JSON object",
                                        "ita #3: not a JSON object", "ita #4: not a JSON object",
                                        "ita #5: id is not text", "ita #6: id is not text", "ita #7: no id, and no reference number, contract number or link to know it by" };
    QTest::newRow("page 2 repeats a lead of page 1")
        << "uk-page2.json" << qint64(3) << qint64(20) << qint64(-1)
        << QStringList { "ita-uk/b9d4a2f3-7c8e-4d6f-a01b-2c3d4e5f6071", "ita-uk/a8c3f1e2-6b7d-4c5e-9f0a-1b2c3d4e5f60" }
        << QStringList {};
}

void TestItaJsonParser::page()
{
    QFETCH(QString, file);
    QFETCH(qint64, total);
    QFETCH(qint64, offset);
    QFETCH(qint64, nextOffset);
    QFETCH(QStringList, leads);
    QFETCH(QStringList, errors);
    const auto page = ItaJsonParser::parse(fixture(file));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->total, total);
    QCOMPARE(page->offset, offset);
    QCOMPARE(page->nextOffset, nextOffset);
    QCOMPARE(keys(page->leads), leads);
    QCOMPARE(errorTexts(page->errors), errors);
}

void TestItaJsonParser::field_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* file, int index, const char* column, const QString& expected) {
        QTest::newRow(name) << QString(file) << index << QString(column) << expected;
    };

    // State Department BIDS.
    const char* state = "state.json";
    row("STATE title", state, 0, "title", "Hanoi Power Grid Upgrade");
    row("STATE description", state, 0, "description",
        "Upgrade of 110 kV substations serving the Hanoi metropolitan area.");
    row("STATE project number", state, 0, "solicitation_number", "P-2024-001");
    row("STATE procurement organisation", state, 0, "agency", "Electricity of Vietnam (EVN)");
    row("STATE location", state, 0, "location", "Hanoi");
    row("STATE country", state, 0, "country", "VN");
    row("STATE industry string", state, 0, "industry", "Energy");
    row("STATE no NAICS", state, 0, "naics_code", "");
    row("STATE project size as max", state, 0, "value_max", "25000000.00");
    row("STATE project size: no min", state, 0, "value_min", "");
    row("STATE currency", state, 0, "currency", "USD");
    row("STATE publish date", state, 0, "posted_at", "2024-01-10");
    row("STATE end date", state, 0, "deadline_at", "2024-03-15");
    row("STATE no amendment", state, 0, "amended_at", "");
    row("STATE url", state, 0, "url", "https://bids.state.gov/lead/P-2024-001");
    row("STATE status Open", state, 0, "active", "true");
    row("STATE no SAM columns", state, 0, "set_aside_code", "");
    row("STATE contacts: POC text and officer", state, 0, "contacts",
        R"([{"email":"nguyen.an@evn.com.vn","name":"Nguyen Van An","type":"project"},)"
        R"({"email":"smithj@state.gov","name":"John Smith","type":"submitting officer"}])");
    row("STATE numeric id", state, 1, "source_id", "48213");
    row("STATE title from HTML description", state, 1, "title",
        "Expansion of the Mombasa container terminal: dredging, two new berths & a rail spur to the Standard Gauge "
        "Railway\u2026");
    row("STATE description HTML kept", state, 1, "description",
        "<p><strong>Expansion of the Mombasa container terminal</strong>: dredging, two new berths &amp; a rail spur "
        "to the Standard Gauge Railway, financed under the Kenya Ports Authority programme for 2024&ndash;2026.</p>");
    row("STATE borrowing entity when no procurement organisation", state, 1, "agency", "Kenya Ports Authority");
    row("STATE project size as text", state, 1, "value_max", "1500000.00");
    row("STATE null end date", state, 1, "deadline_at", "");
    row("STATE publish date with time, no zone", state, 1, "posted_at", "2024-01-08T09:30:00Z");
    row("STATE null url", state, 1, "url", "");
    row("STATE status open", state, 1, "active", "true");
    row("STATE contacts: POC objects and text, officer phone", state, 1, "contacts",
        R"([{"email":"aodhiambo@kpa.co.ke","name":"Amina Odhiambo","phone":"+254 41 211 2999",)"
        R"("title":"Project Manager","type":"project"},)"
        R"({"email":"procurement@kpa.co.ke","name":"Procurement desk","type":"project"},)"
        R"({"name":"Mary Jones","phone":"+254 20 363 6000","type":"submitting officer"}])");
    row("STATE no title, no description: project number", state, 2, "title", "CI-WATER-9");
    row("STATE country with a curly apostrophe", state, 2, "country", "CI");
    row("STATE ita_industries when industry is null", state, 2, "industry", "Water; Environmental Technologies");
    row("STATE null project size", state, 2, "value_max", "");
    row("STATE no value: no currency", state, 2, "currency", "");
    row("STATE no contacts", state, 2, "contacts", "[]");
    row("STATE no status", state, 2, "active", "");

    // Canada.
    const char* canada = "canada.json";
    row("CANADA non-ASCII title", canada, 0, "title", "Services de nettoyage – Québec / Cleaning services – Québec");
    // The contract number is the solicitation's; the reference number is buyandsell's notice key.
    row("CANADA contract number is the solicitation number", canada, 0, "solicitation_number", "EN578-240123/A");
    row("CANADA key from reference and contract numbers", canada, 0, "source_id", "PW-24-01082156_EN578-240123/A");
    row("CANADA end date with -05:00", canada, 0, "deadline_at", "2024-03-01T19:00:00Z");
    row("CANADA publish date", canada, 0, "posted_at", "2024-02-01");
    row("CANADA amended date", canada, 0, "amended_at", "2024-02-12");
    row("CANADA status Active", canada, 0, "active", "true");
    row("CANADA notice type", canada, 0, "notice_type", "Request for Proposal (RFP)");
    row("CANADA procurement organisation", canada, 0, "agency", "Public Works and Government Services Canada");
    row("CANADA location", canada, 0, "location", "Québec (Province)");
    row("CANADA url is the first of urls", canada, 0, "url",
        "https://buyandsell.gc.ca/procurement-data/tender-notice/PW-24-01082156");
    row("CANADA country", canada, 0, "country", "CA");
    row("CANADA value", canada, 0, "value_max", "480000.00");
    row("CANADA currency", canada, 0, "currency", "CAD");
    row("CANADA contact text with email and phone", canada, 0, "contacts",
        R"([{"email":"sophie.tremblay@tpsgc-pwgsc.gc.ca","name":"Tremblay, Sophie, (418) 555-0143","type":"contact"}])");
    row("CANADA contract number when no reference number", canada, 1, "solicitation_number", "W0107-24XX01");
    row("CANADA status Closed", canada, 1, "active", "false");
    row("CANADA industry array", canada, 1, "industry", "Construction; Services");
    row("CANADA location array", canada, 1, "location", "Ottawa, Ontario; Gatineau, Quebec");
    row("CANADA implementing entity", canada, 1, "agency", "Department of National Defence");
    row("CANADA contact object", canada, 1, "contacts",
        R"([{"email":"luc.gagnon@forces.gc.ca","name":"Luc Gagnon","phone":"613-555-0190","type":"contact"}])");
    row("CANADA empty url: first non-empty of urls", canada, 1, "url",
        "https://buyandsell.gc.ca/procurement-data/tender-notice/PW-24-00999999");
    row("CANADA null amended date", canada, 1, "amended_at", "");
    row("CANADA no value: no currency", canada, 1, "currency", "");

    // UK.
    const char* uk = "uk.json";
    row("UK min value as string", uk, 0, "value_min", "35000.00");
    row("UK max value as string", uk, 0, "value_max", "70000.00");
    row("UK currency", uk, 0, "currency", "GBP");
    row("UK industry array with a null and a number", uk, 0, "industry", "Construction; Civil engineering; 45000000");
    row("UK contact email only", uk, 0, "contacts", R"([{"email":"procurement@leeds.gov.uk","type":"contact"}])");
    row("UK publish date Z", uk, 0, "posted_at", "2024-03-01T09:00:00Z");
    row("UK end date +01:00", uk, 0, "deadline_at", "2024-04-01T11:00:00Z");
    row("UK reference number", uk, 0, "solicitation_number", "CF-2024-0042");
    row("UK notice type", uk, 0, "notice_type", "Contract");
    row("UK non-ASCII title", uk, 0, "title", "Highways maintenance – Leeds");
    row("UK country GB", uk, 0, "country", "GB");
    row("UK null values", uk, 1, "value_min", "");
    row("UK \"null\" value", uk, 1, "value_max", "");
    row("UK no value: no currency", uk, 1, "currency", "");
    row("UK industry string", uk, 1, "industry", "Healthcare");
    row("UK country UK -> GB", uk, 1, "country", "GB");
    row("UK contact object with telephone", uk, 1, "contacts",
        R"([{"email":"tenders@supplychain.nhs.uk","name":"Procurement Team","phone":"0161 555 0100","type":"contact"}])");

    // FBO.
    const char* fbo = "fbo.json";
    row("FBO NAICS from industry", fbo, 0, "naics_code", "336350");
    row("FBO industry from ita_industries", fbo, 0, "industry", "Automotive Parts");
    row("FBO value", fbo, 0, "value_max", "125000.00");
    row("FBO currency", fbo, 0, "currency", "USD");
    row("FBO deadline -05:00", fbo, 0, "deadline_at", "2018-05-08T01:00:00Z");
    row("FBO notice type", fbo, 0, "notice_type", "Presolicitation");
    row("FBO agency", fbo, 0, "agency", "Defense Logistics Agency");
    row("FBO country", fbo, 0, "country", "US");
    row("FBO location", fbo, 0, "location", "Warren, MI");

    // Other source codes.
    const char* mixed = "mixed-sources.json";
    row("AUSTRALIA currency", mixed, 0, "currency", "AUD");
    row("AUSTRALIA deadline +10:00", mixed, 0, "deadline_at", "2024-04-30T07:00:00Z");
    row("USTDA min", mixed, 1, "value_min", "250000.00");
    row("USTDA max", mixed, 1, "value_max", "750000.00");
    row("USTDA currency", mixed, 1, "currency", "USD");
    row("country by name", mixed, 2, "country", "MN");
    row("no value: no currency", mixed, 2, "currency", "");
    row("stated currency wins", mixed, 7, "currency", "EUR");
    row("value with a currency code", mixed, 7, "value_max", "12500.00");

    // data.trade.gov.
    const char* dtg = "datatrade.json";
    row("data.trade.gov title", dtg, 0, "title", "Hospital equipment for São Paulo state");
    row("data.trade.gov country_code", dtg, 0, "country", "BR");
    row("data.trade.gov published_date", dtg, 0, "posted_at", "2024-05-06T13:00:00Z");
    row("data.trade.gov tender_end_date", dtg, 0, "deadline_at", "2024-06-21T02:59:00Z");
    row("data.trade.gov url", dtg, 0, "url", "https://www.trade.gov/trade-leads/3f9c2b1a7d6e5f40");
    row("data.trade.gov description", dtg, 0, "description", "<p>Tender for imaging equipment – São Paulo.</p>");
    row("data.trade.gov numeric id", dtg, 1, "source_id", "77001");
    row("data.trade.gov null dates", dtg, 1, "posted_at", "");
    row("data.trade.gov null description", dtg, 1, "description", "");

    // Nulls: JSON null and the literal string "null" are both missing values.
    for (int index : { 0, 1 }) {
        const QByteArray prefix = index == 0 ? "null " : "\"null\" ";
        for (const char* column : { "title", "description", "solicitation_number", "agency", "posted_at", "deadline_at",
                 "amended_at", "notice_type", "country", "location", "industry", "naics_code", "value_min", "value_max",
                 "currency", "active", "url" }) {
            QTest::newRow((prefix + column).constData())
                << QString("nulls.json") << index << QString(column) << QString();
        }
        QTest::newRow((prefix + "contacts").constData()) << QString("nulls.json") << index << "contacts"
                                                         << "[]";
    }

    // Wrong types.
    const char* wrong = "wrong-types.json";
    row("numeric title", wrong, 0, "title", "2024");
    row("country as an array", wrong, 0, "country", "GB");
    row("epoch milliseconds publish date", wrong, 0, "posted_at", "2024-01-01T00:00:00Z");
    row("boolean end date", wrong, 0, "deadline_at", "");
    row("industry object: ita_industries instead", wrong, 0, "industry", "Energy");
    row("boolean min value", wrong, 0, "value_min", "");
    row("object max value, text project size", wrong, 0, "value_max", "");
    row("no value from wrong types: no currency", wrong, 0, "currency", "");
    row("url as an array", wrong, 0, "url", "https://example.gov/lead/1001");
    row("numeric contact", wrong, 0, "contacts", R"([{"phone":"12345678","type":"contact"}])");
    row("boolean status", wrong, 0, "active", "true");
    row("object title: from the description array", wrong, 1, "title", "Part one.; Part two.");
    row("February 30", wrong, 1, "posted_at", "");
    row("words for a date", wrong, 1, "deadline_at", "");
    row("day 32", wrong, 1, "amended_at", "");
    row("decimal comma not guessed", wrong, 1, "value_min", "");
    row("max value still read", wrong, 1, "value_max", "35000.00");
    row("unknown status", wrong, 1, "active", "");
    row("urls as text", wrong, 1, "url", "https://example.gov/urls-as-text");
}

void TestItaJsonParser::field()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    QVERIFY2(columns().contains(column), qPrintable("no column " + column));
    const auto page = ItaJsonParser::parse(fixture(file));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QVERIFY2(index < page->leads.size(), qPrintable(QString("only %1 leads").arg(page->leads.size())));
    QCOMPARE(columns().value(column)(page->leads.at(index)), expected);
}

void TestItaJsonParser::rawKeepsRecord_data()
{
    QTest::addColumn<QString>("file");
    for (const char* file : { "state.json", "canada.json", "uk.json", "fbo.json", "datatrade.json", "bare-array.json",
             "nulls.json", "wrong-types.json" })
        QTest::newRow(file) << QString(file);
}

// `raw` is the record as received, fields without a column (trade_agreement, tags, ...) included.
void TestItaJsonParser::rawKeepsRecord()
{
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    const auto page = ItaJsonParser::parse(bytes);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QVERIFY(!page->leads.isEmpty());
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonArray results = document.isArray() ? document.array() : document.object().value("results").toArray();
    QSet<QByteArray> records;
    for (const QJsonValue& value : results)
        records.insert(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    for (const Lead& lead : page->leads) {
        QVERIFY2(!lead.raw.contains('\n'), "raw is compact");
        QVERIFY2(records.contains(lead.raw), lead.raw.constData());
    }
    if (file == "canada.json") {
        const QJsonObject first = QJsonDocument::fromJson(page->leads.at(0).raw).object();
        QCOMPARE(first.value("trade_agreement").toString(), QString("Canadian Free Trade Agreement (CFTA)"));
        QCOMPARE(first.value("urls").toArray().size(), 2);
    }
}

void TestItaJsonParser::sameLeadTwice_data()
{
    QTest::addColumn<QString>("fileA");
    QTest::addColumn<int>("indexA");
    QTest::addColumn<QString>("fileB");
    QTest::addColumn<int>("indexB");
    QTest::addColumn<bool>("sameRaw");
    QTest::addColumn<QStringList>("changedColumns");

    QTest::newRow("same lead on two pages") << "uk.json" << 0 << "uk-page2.json" << 1 << true << QStringList {};
    QTest::newRow("same lead in an envelope and a bare array")
        << "fbo.json" << 0 << "bare-array.json" << 1 << true << QStringList {};
    QTest::newRow("amended lead") << "uk.json" << 0 << "uk-amended.json" << 0 << false
                                  << QStringList { "value_max", "deadline_at", "amended_at", "description" };
}

void TestItaJsonParser::sameLeadTwice()
{
    QFETCH(QString, fileA);
    QFETCH(int, indexA);
    QFETCH(QString, fileB);
    QFETCH(int, indexB);
    QFETCH(bool, sameRaw);
    QFETCH(QStringList, changedColumns);
    const auto pageA = ItaJsonParser::parse(fixture(fileA));
    const auto pageB = ItaJsonParser::parse(fixture(fileB));
    QVERIFY2(pageA.ok(), qPrintable(pageA.errorMessage()));
    QVERIFY2(pageB.ok(), qPrintable(pageB.errorMessage()));
    QVERIFY(indexA < pageA->leads.size());
    QVERIFY(indexB < pageB->leads.size());
    const Lead& a = pageA->leads.at(indexA);
    const Lead& b = pageB->leads.at(indexB);
    // One lead in the cache: the key is the same either way; the hash tells an amendment.
    QCOMPARE(b.source, a.source);
    QCOMPARE(b.sourceId, a.sourceId);
    QCOMPARE(b.raw == a.raw, sameRaw);
    QCOMPARE(b.contentHash() == a.contentHash(), sameRaw);
    for (auto it = columns().cbegin(); it != columns().cend(); ++it) {
        const bool changed = it.value()(a) != it.value()(b);
        QVERIFY2(changed == changedColumns.contains(it.key()),
            qPrintable(it.key() + ": " + it.value()(a) + " | " + it.value()(b)));
    }
}

void TestItaJsonParser::leadFromRecord_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourceId");

    QTest::newRow("string id") << QByteArray(R"({"id":"abc","source":"STATE"})") << ""
                               << "ita-state"
                               << "abc";
    QTest::newRow("numeric id") << QByteArray(R"({"id":4711,"source":"UK"})") << ""
                                << "ita-uk"
                                << "4711";
    QTest::newRow("no source") << QByteArray(R"({"id":"x"})") << ""
                               << "ita-leads"
                               << "x";
    QTest::newRow("any other code") << QByteArray(R"({"id":"x","source":"MCA"})") << ""
                                    << "ita-mca"
                                    << "x";
    QTest::newRow("no id") << QByteArray(R"({"source":"UK"})") << "no id, and no reference number, contract number or link to know it by"
                           << ""
                           << "";
    QTest::newRow("null id") << QByteArray(R"({"id":null})") << "no id, and no reference number, contract number or link to know it by"
                             << ""
                             << "";
    QTest::newRow("empty id") << QByteArray(R"({"id":""})") << "no id, and no reference number, contract number or link to know it by"
                              << ""
                              << "";
    QTest::newRow("array id") << QByteArray(R"({"id":["a"]})") << "id is not text"
                              << ""
                              << "";
}

void TestItaJsonParser::leadFromRecord()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, error);
    QFETCH(QString, source);
    QFETCH(QString, sourceId);
    const QJsonObject object = QJsonDocument::fromJson(record).object();
    QVERIFY(!object.isEmpty());
    const auto lead = ItaJsonParser::leadFromRecord(object);
    QCOMPARE(lead.errorMessage(), error);
    QCOMPARE(lead.ok(), error.isEmpty());
    if (lead.ok()) {
        QCOMPARE(lead->source, source);
        QCOMPARE(lead->sourceId, sourceId);
        QCOMPARE(lead->raw, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestItaJsonParser)
#include "tst_itajsonparser.moc"
