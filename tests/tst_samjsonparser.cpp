#include "SamJsonParser.h"

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
    return ::fixture(QStringLiteral("sam"), name);
}

QStringList ids(const QList<Lead>& leads)
{
    QStringList out;
    for (const Lead& lead : leads)
        out.append(lead.sourceId);
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

class TestSamJsonParser : public QObject
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
    void sameNoticeTwice_data();
    void sameNoticeTwice();
    void leadFromRecord_data();
    void leadFromRecord();
    void parseDescription_data();
    void parseDescription();
    void outlineComesBeforeTheRecords();
};

void TestSamJsonParser::fatalError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("doc example as printed (truncated)")
        << "doc-example1-as-printed.json"
        << "SAM.gov response is not valid JSON: unterminated array at offset ";
    QTest::newRow("truncated mid-record") << "truncated-mid-record.json"
                                          << "SAM.gov response is not valid JSON: unterminated string at offset 1500";
    QTest::newRow("non-JSON bytes (HTML error page)") << "not-json.html"
                                                      << "SAM.gov response is not valid JSON: illegal value at offset ";
    QTest::newRow("empty file") << "empty.json"
                                << "SAM.gov response is empty";
    QTest::newRow("whitespace only") << "whitespace-only.json"
                                     << "SAM.gov response is empty";
    QTest::newRow("top-level array") << "top-level-array.json"
                                     << "SAM.gov response is not a JSON object";
    QTest::newRow("top-level string") << "top-level-string.json"
                                      << "SAM.gov response is not valid JSON: illegal value at offset ";
    QTest::newRow("missing opportunitiesData") << "no-array.json"
                                               << "SAM.gov response has no opportunitiesData array";
    QTest::newRow("opportunitiesData is an object") << "data-not-array.json"
                                                    << "SAM.gov response's opportunitiesData is not an array";
    QTest::newRow("quota error body names the server's message")
        << "quota.json"
        << "SAM.gov response has no opportunitiesData array: Message throttled out";
}

void TestSamJsonParser::fatalError()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const auto page = SamJsonParser::parse(fixture(file));
    QVERIFY2(!page.ok(), qPrintable("parsed " + QString::number(page.ok() ? page->leads.size() : 0) + " leads"));
    QVERIFY2(page.errorMessage().startsWith(message), qPrintable(page.errorMessage()));
    QVERIFY2(!page.errorMessage().contains(u'\n'), "the message is one line");
}

void TestSamJsonParser::page_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QStringList>("leadIds");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("doc example 1") << "doc-example1.json" << qint64(25543) << qint64(1)
                                   << QStringList { "ea55e45cded123fd8d6afd7c061138f0" } << QStringList {};
    QTest::newRow("doc example 2") << "doc-example2.json" << qint64(11035) << qint64(0)
                                   << QStringList { "ea55e45cded123fd8d6afd7c061138f0" } << QStringList {};
    QTest::newRow("doc example 3") << "doc-example3.json" << qint64(12) << qint64(0)
                                   << QStringList { "9ffb613fb737018740bbbf250cd8292d" } << QStringList {};
    QTest::newRow("v2 field names") << "v2.json" << qint64(3) << qint64(0)
                                    << QStringList { "b1f1d6f2c3a94e5a8d7c6b5a4f3e2d1c",
                                           "c2e2e7a3d4b05f6b9e8d7c6b5a4f3e2d", "d3f3f8b4e5c16a7c0f9e8d7c6b5a4f3e" }
                                    << QStringList {};
    QTest::newRow("nulls in every field")
        << "nulls.json" << qint64(3) << qint64(0)
        << QStringList { "0000000000000000000000000000null", "1111111111111111111111111111null",
               "2222222222222222222222222222null" }
        << QStringList { "sam #3: no noticeId", "sam #4: no noticeId" };
    QTest::newRow("missing fields") << "missing-fields.json" << qint64(3) << qint64(2) << QStringList { "only-an-id" }
                                    << QStringList { "sam #1: no noticeId", "sam #2: no noticeId" };
    QTest::newRow("wrong types") << "wrong-types.json" << qint64(9) << qint64(0)
                                 << QStringList { "12345", "wrong-types-kept" }
                                 << QStringList { "sam #1: not a JSON object", "sam #2: noticeId is not text",
                                        "sam #3: noticeId is not text", "sam #5: not a JSON object",
                                        "sam #6: not a JSON object", "sam #7: no noticeId",
                                        "sam #8: noticeId is not text" };
    QTest::newRow("HTML and non-ASCII text")
        << "html-unicode.json" << qint64(2) << qint64(0)
        << QStringList { "f00dcafe0000000000000000000000e9", "f00dcafe0000000000000000000000ea" } << QStringList {};
    QTest::newRow("page 1 of 2") << "page1.json" << qint64(3) << qint64(0)
                                 << QStringList { "ea55e45cded123fd8d6afd7c061138f0",
                                        "9ffb613fb737018740bbbf250cd8292d" }
                                 << QStringList {};
    QTest::newRow("page 2 repeats a notice of page 1")
        << "page2.json" << qint64(3) << qint64(1)
        << QStringList { "d3f3f8b4e5c16a7c0f9e8d7c6b5a4f3e", "ea55e45cded123fd8d6afd7c061138f0" } << QStringList {};
    QTest::newRow("no results") << "zero-results.json" << qint64(0) << qint64(0) << QStringList {} << QStringList {};
    QTest::newRow("no results and no array")
        << "zero-results-no-array.json" << qint64(0) << qint64(0) << QStringList {} << QStringList {};
}

void TestSamJsonParser::page()
{
    QFETCH(QString, file);
    QFETCH(qint64, total);
    QFETCH(qint64, offset);
    QFETCH(QStringList, leadIds);
    QFETCH(QStringList, errors);
    const auto page = SamJsonParser::parse(fixture(file));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->total, total);
    QCOMPARE(page->offset, offset);
    QCOMPARE(ids(page->leads), leadIds);
    QCOMPARE(errorTexts(page->errors), errors);
    for (const Lead& lead : page->leads)
        QCOMPARE(lead.source, QString("sam"));
}

void TestSamJsonParser::field_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* file, int index, const char* column, const QString& expected) {
        QTest::newRow(name) << QString(file) << index << QString(column) << expected;
    };

    // The documented v1 example, field by field.
    const char* doc1 = "doc-example1.json";
    row("v1 source", doc1, 0, "source", "sam");
    row("v1 source_id", doc1, 0, "source_id", "ea55e45cded123fd8d6afd7c061138f0");
    row("v1 title", doc1, 0, "title", "Judge Rice Courtroom Lighting Project");
    row("v1 solicitation number", doc1, 0, "solicitation_number", "EQ5P2SS2P1-18-0005");
    row("v1 null department", doc1, 0, "agency", "");
    row("v1 null sub-tier", doc1, 0, "sub_tier", "");
    row("v1 null office", doc1, 0, "office", "");
    row("v1 posted date with +00", doc1, 0, "posted_at", "2018-05-09T23:45:22Z");
    row("v1 null deadline", doc1, 0, "deadline_at", "");
    row("v1 no amendment date", doc1, 0, "amended_at", "");
    row("v1 notice type", doc1, 0, "notice_type", "Presolicitation");
    row("v1 set-aside code", doc1, 0, "set_aside_code", "7");
    row("v1 null set-aside description", doc1, 0, "set_aside", "");
    row("v1 NAICS", doc1, 0, "naics_code", "236220");
    row("v1 classification", doc1, 0, "classification_code", "Z");
    row("v1 active", doc1, 0, "active", "true");
    row("v1 description is no text", doc1, 0, "description", "");
    row("v1 description link without spaces", doc1, 0, "description_url",
        "https://api-alpha.sam.gov/prodlike/opportunities/v1/noticedesc?noticeid=ea55e45cded123fd8d6afd7c061138f0");
    row("v1 ui link", doc1, 0, "url", "https://alpha.sam.gov/opp/ea55e45cded123fd8d6afd7c061138f0");
    row("v1 place of performance", doc1, 0, "location",
        "Dayton Federal Building and US Courthouse, 200 West Second Street, 21000, OH 45402, USA");
    row("v1 country USA -> US", doc1, 0, "country", "US");
    row("v1 null award: no value", doc1, 0, "value_max", "");
    row("v1 null award: no currency", doc1, 0, "currency", "");
    row("v1 no industry", doc1, 0, "industry", "");
    row("v1 contacts", doc1, 0, "contacts",
        R"([{"email":"jordan.waldschmidt@gsa.gov","name":"Jordan Waldschmidt","phone":"312-385-3050",)"
        R"("title":"Contract Specialist","type":"primary"},{"email":"johanna.nieves@gsa.gov","name":"Johanna Nieves",)"
        R"("phone":"312.758.2467","title":"Contracting Officer","type":"secondary"}])");
    const char* doc3 = "doc-example3.json";
    row("v1 deadline with -05:00", doc3, 0, "deadline_at", "2018-05-08T01:00:00Z");
    row("v1 null set-aside code", doc3, 0, "set_aside_code", "");
    row("v1 null place of performance", doc3, 0, "location", "");
    row("v1 null place: country unknown", doc3, 0, "country", "");
    row("v1 contacts with null phone and title", doc3, 0, "contacts",
        R"([{"email":"vincent.strongarone@dla.mil","name":"vincent strongarone","type":"primary"},)"
        R"({"email":"DLALandWarrenFBO@dla.mil","name":"DLA FBO Mailbox","type":"secondary"}])");

    // v2 names.
    const char* v2 = "v2.json";
    row("v2 agency from fullParentPathName", v2, 0, "agency", "DEPT OF DEFENSE");
    row("v2 sub-tier from fullParentPathName", v2, 0, "sub_tier", "DEFENSE LOGISTICS AGENCY");
    row("v2 office is the last of four segments", v2, 0, "office", "DLA LAND WARREN");
    row("v2 date-only posted date", v2, 0, "posted_at", "2024-03-01");
    row("v2 responseDeadLine", v2, 0, "deadline_at", "2024-03-29T20:00:00Z");
    row("v2 award notice type", v2, 0, "notice_type", "Award Notice");
    row("v2 set-aside code", v2, 0, "set_aside_code", "SBA");
    row("v2 set-aside", v2, 0, "set_aside", "Total Small Business Set-Aside (FAR 19.5)");
    row("v2 award amount min", v2, 0, "value_min", "1250000.50");
    row("v2 award amount max", v2, 0, "value_max", "1250000.50");
    row("v2 award currency", v2, 0, "currency", "USD");
    row("v2 location with street 2 and country name", v2, 0, "location",
        "6501 E 11 Mile Rd, Building 231, Warren, MI 48397, UNITED STATES");
    row("v2 country", v2, 0, "country", "US");
    row("v2 contact with fax", v2, 0, "contacts",
        R"([{"email":"buyer@dla.mil","fax":"586-555-0199","name":"Pat Buyer","phone":"586-555-0100",)"
        R"("title":"Contract Specialist","type":"primary"}])");
    row("v2 two segments: agency", v2, 1, "agency", "STATE, DEPARTMENT OF");
    row("v2 two segments: sub-tier", v2, 1, "sub_tier", "STATE, DEPARTMENT OF");
    row("v2 two segments: no office", v2, 1, "office", "");
    row("v2 posted date with +09:00", v2, 1, "posted_at", "2024-05-02T00:15:00Z");
    row("misspelled reponseDeadLine", v2, 1, "deadline_at", "2024-05-31T08:00:00Z");
    row("v2 inactive", v2, 1, "active", "false");
    row("v2 award amount as string with commas", v2, 1, "value_max", "1234567.89");
    row("v2 description link trimmed", v2, 1, "description_url",
        "https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=c2e2e7a3d4b05f6b9e8d7c6b5a4f3e2d");
    row("v2 ui link trimmed", v2, 1, "url", "https://sam.gov/opp/c2e2e7a3d4b05f6b9e8d7c6b5a4f3e2d/view");
    row("v2 country from officeAddress.countryCode", v2, 1, "country", "JP");
    row("v2 empty contact list", v2, 1, "contacts", "[]");
    row("department wins over the path", v2, 2, "agency", "VETERANS AFFAIRS, DEPARTMENT OF");
    row("office wins over the path", v2, 2, "office", "250-NETWORK CONTRACT OFFICE 10 (36C250)");
    row("posted date with milliseconds and -04", v2, 2, "posted_at", "2024-06-10T16:00:00Z");
    row("deadline as MM/dd/yyyy", v2, 2, "deadline_at", "2024-06-24");
    row("description that is text, not a link", v2, 2, "description",
        "Sources sought for janitorial services at the Dayton VA Medical Center.");
    row("description text: no link", v2, 2, "description_url", "");
    row("place without street", v2, 2, "location", "Dayton, OH 45428, UNITED STATES");
    row("no award: no currency", v2, 2, "currency", "");

    // Nulls: JSON null and the literal string "null" are both missing values.
    const char* nulls = "nulls.json";
    for (int index : { 0, 1 }) {
        const QByteArray prefix = index == 0 ? "null " : "\"null\" ";
        for (const char* column :
            { "title", "solicitation_number", "agency", "sub_tier", "office", "posted_at", "deadline_at", "notice_type",
                "set_aside_code", "set_aside", "naics_code", "classification_code", "active", "description",
                "description_url", "url", "location", "country", "value_min", "value_max", "currency" }) {
            QTest::newRow((prefix + column).constData()) << QString(nulls) << index << QString(column) << QString();
        }
        QTest::newRow((prefix + "contacts").constData()) << QString(nulls) << index << "contacts"
                                                         << "[]";
    }
    row("nested nulls: contact with only an email kept", nulls, 2, "contacts",
        R"([{"email":"only.email@example.gov","type":"secondary"}])");
    row("nested nulls: no location", nulls, 2, "location", "");
    row("nested nulls: no country", nulls, 2, "country", "");
    row("nested nulls: no value", nulls, 2, "value_max", "");

    // Missing fields.
    row("only an id: title", "missing-fields.json", 0, "title", "");
    row("only an id: contacts", "missing-fields.json", 0, "contacts", "[]");
    row("only an id: active", "missing-fields.json", 0, "active", "");

    // Wrong types.
    const char* wrong = "wrong-types.json";
    row("numeric noticeId", wrong, 0, "source_id", "12345");
    row("numeric title", wrong, 0, "title", "42");
    row("numeric solicitation number", wrong, 0, "solicitation_number", "987654");
    row("epoch milliseconds posted date", wrong, 0, "posted_at", "2024-05-09T23:45:22Z");
    row("boolean deadline", wrong, 0, "deadline_at", "");
    row("numeric NAICS", wrong, 0, "naics_code", "236220");
    row("boolean active", wrong, 0, "active", "true");
    row("award amount that is no number", wrong, 0, "value_max", "");
    row("award amount that is no number: no currency", wrong, 0, "currency", "");
    row("one contact object instead of an array", wrong, 0, "contacts",
        R"([{"email":"single@example.gov","name":"Single Object","type":"primary"}])");
    row("place of performance as text", wrong, 0, "location", "Dayton, OH");
    row("description as an array of links", wrong, 0, "description_url", "https://example.gov/a");
    row("ui link as an object", wrong, 0, "url", "https://sam.gov/opp/12345/view");
    row("object title", wrong, 1, "title", "");
    row("garbage posted date", wrong, 1, "posted_at", "");
    row("February 30 deadline", wrong, 1, "deadline_at", "");
    row("object notice type", wrong, 1, "notice_type", "");
    row("unrecognised active", wrong, 1, "active", "");
    row("contact as free text", wrong, 1, "contacts", R"([{"name":"Jordan Waldschmidt"}])");
    row("department as an array", wrong, 1, "agency", "DEPT A; DEPT B");
    row("award amount as an object", wrong, 1, "value_max", "");
    row("place parts as plain strings", wrong, 1, "location", "Springfield, IL 62701, USA");
    row("place country as a plain string", wrong, 1, "country", "US");

    // HTML and non-ASCII text.
    const char* html = "html-unicode.json";
    row("non-ASCII title", html, 0, "title", "Café – Zürich 東京 — “Übersetzung” services");
    row("non-ASCII solicitation number", html, 0, "solicitation_number", "SOL-ÄÖÜ-2024");
    row("HTML description kept as sent", html, 0, "description",
        "<p>Translation for the <b>Café – Zürich 東京</b> office &amp; partners.</p><script>alert('x')</script><br/>"
        "Ça va? 😀");
    row("HTML description: no link", html, 0, "description_url", "");
    row("posted date with +02", html, 0, "posted_at", "2024-07-01T06:00:00Z");
    row("non-ASCII location, CR LF in street", html, 0, "location",
        "Bahnhofstrasse 1, 8001 Zürich, Zürich, ZH 8001, SWITZERLAND");
    row("CHE -> CH", html, 0, "country", "CH");
    row("non-ASCII contact", html, 0, "contacts",
        R"([{"email":"jose.muller@state.gov","name":"José Müller-Øster","phone":"+41 44 555 01 00",)"
        R"("title":"Procurement Agent","type":"primary"}])");
    row("title trimmed", html, 1, "title", "Côte d'Ivoire embassy generator");
    row("country by name with accents", html, 1, "country", "CI");
    row("place with city and country names only", html, 1, "location", "Abidjan, Côte d'Ivoire");
    row("space inside the description link removed", html, 1, "description_url",
        "https://api-alpha.sam.gov/prodlike/opportunities/v1/noticedesc?noticeid=f00dcafe0000000000000000000000ea");
}

void TestSamJsonParser::field()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    QVERIFY2(columns().contains(column), qPrintable("no column " + column));
    const auto page = SamJsonParser::parse(fixture(file));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QVERIFY2(index < page->leads.size(), qPrintable(QString("only %1 leads").arg(page->leads.size())));
    QCOMPARE(columns().value(column)(page->leads.at(index)), expected);
}

void TestSamJsonParser::rawKeepsRecord_data()
{
    QTest::addColumn<QString>("file");
    for (const char* file : { "doc-example1.json", "v2.json", "nulls.json", "wrong-types.json", "html-unicode.json",
                              "hostile-text.json" })
        QTest::newRow(file) << QString(file);
}

// `raw` is the record as received: every field, v2 extras (awardee, resourceLinks) included, and
// byte for byte as Qt writes it compact (its hash tells a changed lead), escapes and numbers too.
void TestSamJsonParser::rawKeepsRecord()
{
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    const auto page = SamJsonParser::parse(bytes);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QVERIFY(!page->leads.isEmpty());
    QHash<QString, QJsonObject> records;
    for (const QJsonValue& value : QJsonDocument::fromJson(bytes).object().value("opportunitiesData").toArray()) {
        const QJsonObject record = value.toObject();
        records.insert(QJsonDocument(record).toJson(QJsonDocument::Compact), record);
    }
    for (const Lead& lead : page->leads) {
        QVERIFY2(!lead.raw.contains('\n'), "raw is compact");
        QJsonParseError error;
        const QJsonObject raw = QJsonDocument::fromJson(lead.raw, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(records.contains(lead.raw), lead.raw.constData());
        QCOMPARE(raw, records.value(lead.raw));
    }
    if (file == "v2.json") {
        const QJsonObject first = QJsonDocument::fromJson(page->leads.at(0).raw).object();
        QCOMPARE(first.value("award").toObject().value("awardee").toObject().value("ueiSAM").toString(),
            QString("ABCDEF123456"));
        QCOMPARE(first.value("resourceLinks").toArray().size(), 2);
        QCOMPARE(first.value("fullParentPathCode").toString(), QString("097.97AS.DLA LAND.SPRDL1"));
    }
}

void TestSamJsonParser::sameNoticeTwice_data()
{
    QTest::addColumn<QString>("fileA");
    QTest::addColumn<int>("indexA");
    QTest::addColumn<QString>("fileB");
    QTest::addColumn<int>("indexB");
    QTest::addColumn<bool>("sameRaw");
    QTest::addColumn<QStringList>("changedColumns");

    QTest::newRow("same notice on two pages") << "page1.json" << 0 << "page2.json" << 1 << true << QStringList {};
    // The two examples differ only by the stray space inside the description link.
    QTest::newRow("same notice, link spelled with a space")
        << "doc-example1.json" << 0 << "doc-example2.json" << 0 << false << QStringList {};
    QTest::newRow("amended notice") << "page1.json" << 0 << "amended.json" << 0 << false
                                    << QStringList { "title", "deadline_at", "notice_type" };
}

void TestSamJsonParser::sameNoticeTwice()
{
    QFETCH(QString, fileA);
    QFETCH(int, indexA);
    QFETCH(QString, fileB);
    QFETCH(int, indexB);
    QFETCH(bool, sameRaw);
    QFETCH(QStringList, changedColumns);
    const auto pageA = SamJsonParser::parse(fixture(fileA));
    const auto pageB = SamJsonParser::parse(fixture(fileB));
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

void TestSamJsonParser::leadFromRecord_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("sourceId");

    QTest::newRow("string id") << QByteArray(R"({"noticeId":"abc"})") << ""
                               << "abc";
    QTest::newRow("id with spaces trimmed") << QByteArray(R"({"noticeId":"  abc  "})") << ""
                                            << "abc";
    QTest::newRow("numeric id") << QByteArray(R"({"noticeId":4711})") << ""
                                << "4711";
    QTest::newRow("no id") << QByteArray(R"({"title":"x"})") << "no noticeId"
                           << "";
    QTest::newRow("null id") << QByteArray(R"({"noticeId":null})") << "no noticeId"
                             << "";
    QTest::newRow("\"null\" id") << QByteArray(R"({"noticeId":"null"})") << "no noticeId"
                                 << "";
    QTest::newRow("blank id") << QByteArray(R"({"noticeId":"   "})") << "no noticeId"
                              << "";
    QTest::newRow("object id") << QByteArray(R"({"noticeId":{"a":1}})") << "noticeId is not text"
                               << "";
    QTest::newRow("boolean id") << QByteArray(R"({"noticeId":false})") << "noticeId is not text"
                                << "";
}

void TestSamJsonParser::leadFromRecord()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, error);
    QFETCH(QString, sourceId);
    const QJsonObject object = QJsonDocument::fromJson(record).object();
    QVERIFY(!object.isEmpty());
    const auto lead = SamJsonParser::leadFromRecord(object);
    QCOMPARE(lead.errorMessage(), error);
    QCOMPARE(lead.ok(), error.isEmpty());
    if (lead.ok()) {
        QCOMPARE(lead->sourceId, sourceId);
        QCOMPARE(lead->source, QString("sam"));
        QCOMPARE(lead->raw, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

void TestSamJsonParser::parseDescription_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // the description, or the start of the error

    QTest::newRow("HTML description")
        << "description.json" << true
        << "<p>The GSA intends to award a contract for <b>courtroom lighting</b> at the Café – Zürich 東京 annex.</p>\n"
           "<ul><li>Site visit: 05/15/2018</li></ul>";
    QTest::newRow("Description Not Found body")
        << "description-not-found.txt" << false << "SAM.gov has no description for this notice";
    QTest::newRow("null description") << "description-null.json" << false
                                      << "SAM.gov description response has no description field";
    QTest::newRow("missing description field")
        << "description-missing.json" << false
        << "SAM.gov description response has no description field: An invalid api_key was supplied";
    QTest::newRow("truncated") << "description-truncated.json" << false
                               << "SAM.gov description response is not valid JSON: ";
    QTest::newRow("HTML page") << "not-json.html" << false << "SAM.gov description response is not valid JSON: ";
    QTest::newRow("empty") << "empty.json" << false << "SAM.gov description response is empty";
    QTest::newRow("array") << "top-level-array.json" << false << "SAM.gov description response is not a JSON object";
}

void TestSamJsonParser::parseDescription()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const auto description = SamJsonParser::parseDescription(fixture(file));
    QCOMPARE(description.ok(), ok);
    if (ok)
        QCOMPARE(*description, expected);
    else
        QVERIFY2(description.errorMessage().startsWith(expected), qPrintable(description.errorMessage()));
}

void TestSamJsonParser::outlineComesBeforeTheRecords()
{
    // Two readable records around one that is not an object and one without a noticeId: the
    // outline counts all four, names the first two as given, and is heard once, first.
    const QByteArray page = R"({"totalRecords": 2500, "limit": 4, "offset": 0, "opportunitiesData": [
        {"noticeId": "A1", "title": "first"}, 7, {"title": "no id"}, {"noticeId": "A4"}]})";
    QList<PageOutline> heard;
    const auto parsed = SamJsonParser::parse(page, [&heard](const PageOutline& outline) { heard.append(outline); });
    QVERIFY(parsed.ok());
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.first().records, 4);
    QCOMPARE(heard.first().total, 2500);
    QCOMPARE(heard.first().firstIds, (QStringList{"A1", ""}));
    QCOMPARE(parsed->leads.size(), 2);
    QCOMPARE(parsed->errors.size(), 2);

    // A page that cannot be read says so without an outline: nothing moves on from it.
    heard.clear();
    for (const QByteArray& broken : {QByteArray(R"({"totalRecords": 5, "opportunitiesData": [{"noticeId": "A1"})"),
                                     QByteArray(R"({"totalRecords": 5, "opportunitiesData": {}})"),
                                     QByteArray(R"([{"NoticeId": "A1"}])")}) {
        const auto failed = SamJsonParser::parse(broken, [&heard](const PageOutline& outline) { heard.append(outline); });
        QVERIFY2(!failed.ok(), broken.constData());
    }
    QCOMPARE(heard.size(), 0);
}

QTEST_GUILESS_MAIN(TestSamJsonParser)
#include "tst_samjsonparser.moc"
