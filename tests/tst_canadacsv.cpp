#include "CanadaCsvParser.h"
#include "ItaJsonParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

const QString kCsvName = "ita_source_canada_leads.csv";
const QString kJsonName = "ita_trade_leads_v2_results_canada.json";

// A file of shared/real-world, or a failure that names where it was looked for.
QByteArray realWorld(const QString& name, bool* found)
{
    QFile file(QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).filePath(name));
    *found = file.open(QIODevice::ReadOnly);
    return *found ? file.readAll() : QByteArray();
}

#define REAL_WORLD(variable, name)                                                                                     \
    bool variable##Found = false;                                                                                      \
    const QByteArray variable = realWorld(name, &variable##Found);                                                     \
    QVERIFY2(variable##Found,                                                                                          \
        qPrintable(QString("%1 is missing from %2 (set TRADELEADS_REAL_WORLD_DIR to the shared/real-world directory)") \
                       .arg(name, QStringLiteral(TRADELEADS_REAL_WORLD_DIR))))

QStringList errorTexts(const QList<RecordError>& errors)
{
    QStringList out;
    for (const RecordError& error : errors)
        out.append(error.source + " " + error.record + ": " + error.reason);
    return out;
}

const Lead* findLead(const QList<Lead>& leads, const QString& key)
{
    for (const Lead& lead : leads) {
        if (lead.sourceId == key)
            return &lead;
    }
    return nullptr;
}

QJsonObject rawOf(const Lead& lead)
{
    return QJsonDocument::fromJson(lead.raw).object();
}

// A small file: a header of the named columns, then `rows` (already CSV), LF line ends.
QByteArray csv(const QByteArray& header, const QByteArray& rows)
{
    return header + "\n" + rows;
}

const QByteArray kShortHeader = "language,reference_number,solicitation_number,amendment_number,title,description,"
                                "date_closing,end_user_entity,procurement_entity,document,attachment,contact";

} // namespace

class TestCanadaCsv : public QObject
{
    Q_OBJECT
private slots:
    void realFile();
    void realFileRaw();
    void sameKeysAsItaApi();
    void lineEnds();
    void byteOrderMark();
    void breaksInsideQuotes();
    void doubledQuotes();
    void mixedEncodings();
    void unbalancedQuote();
    void recordWithoutKey();
    void notThisCsv_data();
    void notThisCsv();
    void tooLarge();
    void deadline_data();
    void deadline();
    void languagesAndAmendments();
    void linksAndContacts();
};

void TestCanadaCsv::realFile()
{
    REAL_WORLD(bytes, kCsvName);
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY2(parsed->errors.isEmpty(), qPrintable(errorTexts(parsed->errors).join('\n')));
    // 6 rows: the French row of W8486-140835/A joins its English notice.
    QCOMPARE(parsed->leads.size(), 5);

    struct Expected
    {
        const char* reference;
        const char* solicitation;
        const char* title;
        const char* deadline;
        const char* agency;
        const char* posted;
        const char* amended;
        const char* location;
    };
    // Worked out by hand from the file: CST is UTC-6, EST UTC-5, EDT UTC-4; the agency is
    // procurement_entity, as the API's Canada records give it.
    const Expected expected[] = {
        { "PW-14-00644956", "53800-14-2015473", "Physician Services (53800-14-2015473)", "2014-07-24T18:00:00Z",
            "Correctional Service of Canada", "2014-07-10", "2014-07-10", "Alberta" },
        { "PW-$$PR-707-64882", "W8486-140835/A", "LINER,COVERALLS,CHEMICAL PROTECTIVE (W8486-140835/A)",
            "2014-07-21T19:00:00Z", "Public Works & Government Services Canada", "2014-03-20", "2014-06-11", "Quebec" },
        { "PW-$MTR-110-12642", "21301-148239/A", "CSC-MTL Meat - Poultry (21301-148239/A)", "2015-01-19T19:00:00Z",
            "Public Works & Government Services Canada", "2014-03-07", "2014-04-04", "Quebec" },
        { "PW-14-00609632", "21301-14-2002178",
            "Notice of interest  consultant services agreement (open) (21301-14-2002178)", "2014-12-31T19:00:00Z",
            "Correctional Service of Canada", "2014-01-17", "2014-04-03", "Quebec" },
        { "PW-$$ZF-519-27769", "51019-132011/A", "SERVICES, LANGUAGE TRAINING PROGRA (51019-132011/A)",
            "2014-08-11T18:00:00Z", "Public Works & Government Services Canada", "2013-07-09", "",
            "Alberta, British Columbia, Manitoba, "
            "National Capital Region, New Brunswick, Newfoundland and Labrador, Northwest Territories, Nova Scotia, "
            "Nunavut, Ontario, Prince Edward Island, Quebec, Saskatchewan, Yukon" },
    };
    for (qsizetype i = 0; i < qsizetype(std::size(expected)); ++i) {
        const Expected& e = expected[i];
        // The numbers are the file's own, side by side as its columns are.
        QVERIFY2(bytes.contains(QByteArray("\"") + e.reference + "\",\"" + e.solicitation + "\""), e.reference);
        const Lead& lead = parsed->leads.at(i);
        QCOMPARE(lead.sourceId, ItaJsonParser::canadaKey(e.reference, e.solicitation));
        QCOMPARE(lead.sourceId, QString(e.reference) + "_" + e.solicitation);
        QCOMPARE(lead.source, "ita-canada");
        QCOMPARE(lead.country, "CA");
        QCOMPARE(lead.title, QString::fromUtf8(e.title));
        QCOMPARE(lead.deadlineAt, e.deadline);
        QCOMPARE(lead.agency, e.agency);
        QCOMPARE(lead.postedAt, e.posted);
        QCOMPARE(lead.amendedAt, e.amended);
        QCOMPARE(lead.location, e.location);
        QCOMPARE(lead.solicitationNumber, e.solicitation);
        QVERIFY(lead.currency.isEmpty());
        QVERIFY(!lead.valueMin && !lead.valueMax);
        QCOMPARE(lead.active, std::optional<bool>(true));
    }

    const Lead& physician = parsed->leads.at(0);
    QCOMPARE(physician.noticeType, "DDP-RFP");
    QCOMPARE(physician.industry, "G009E: Medical/Dental Clinic Services");
    // The description keeps the file's TAB and double spaces.
    QVERIFY(physician.description.startsWith("Physician Services  This requirement is for: The Correctional"));
    QVERIFY(physician.description.contains("Trade agreement:\t This procurement"));
    QCOMPARE(physician.url,
        "https://buyandsell.gc.ca/cds/public/2014/07/10/42715c1c4bfa789f0ed931da141d6342/"
        "53800-14-2015473_rfp_english-_pdf_2.pdf");
    QCOMPARE(physician.contacts.size(), 1);
    const QJsonObject contact = physician.contacts.at(0).toObject();
    QCOMPARE(contact.value("type").toString(), "contact");
    QCOMPARE(contact.value("name").toString(), "McDonald, Shannon");
    QCOMPARE(contact.value("phone").toString(), "306-975-4742");
    QVERIFY(!contact.contains("email"));

    // No document and no attachment: no link.
    QCOMPARE(parsed->leads.at(4).url, QString());
}

void TestCanadaCsv::realFileRaw()
{
    REAL_WORLD(bytes, kCsvName);
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const Lead* liner = findLead(parsed->leads, "PW-$$PR-707-64882_W8486-140835/A");
    QVERIFY(liner);
    const QJsonObject raw = rawOf(*liner);
    QCOMPARE(raw.value("language").toString(), "English");
    QCOMPARE(raw.value("title").toString(), "LINER,COVERALLS,CHEMICAL PROTECTIVE (W8486-140835/A)");
    // Empty values are left out.
    QVERIFY(!raw.contains("region_opportunity"));
    const QJsonObject french = raw.value("french").toObject();
    QCOMPARE(french.value("language").toString(), "French");
    QCOMPARE(french.value("title").toString(), "DOUBLURE, COMBINAISONS PROTECTIVES (W8486-140835/A)");
    QVERIFY(
        french.value("description")
            .toString()
            .startsWith(QString::fromUtf8("Entente sur le commerce : Accord sur le commerce int\xC3\xA9rieur (ACI)")));
    QVERIFY(french.value("access_terms_of_use")
                .toString()
                .contains(QString::fromUtf8("\xC2\xABLicence du gouvernement ouvert \xE2\x80\x93 Canada\xC2\xBB")));
    // The English fields stay the lead's.
    QCOMPARE(liner->title, "LINER,COVERALLS,CHEMICAL PROTECTIVE (W8486-140835/A)");

    // The header's BOM is not part of the first column's name.
    QVERIFY(raw.contains("language"));
    for (const QString& key : raw.keys())
        QVERIFY2(!key.contains(QChar(0xFEFF)), qPrintable(key));

    // Only the notice with a French row has one.
    for (const Lead& lead : parsed->leads) {
        if (&lead != liner)
            QVERIFY2(!rawOf(lead).contains("french"), qPrintable(lead.sourceId));
    }
}

void TestCanadaCsv::sameKeysAsItaApi()
{
    REAL_WORLD(csvBytes, kCsvName);
    REAL_WORLD(jsonBytes, kJsonName);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QSet<QString> apiKeys;
    const QJsonArray records = document.array();
    QCOMPARE(records.size(), 5);
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value("source").toString(), "CANADA");
        apiKeys.insert(ItaJsonParser::canadaKey(
            record.value("reference_number").toString(), record.value("contract_number").toString()));
    }
    QCOMPARE(apiKeys.size(), 5);

    const auto parsed = CanadaCsvParser::parse(csvBytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QSet<QString> csvKeys;
    for (const Lead& lead : parsed->leads)
        csvKeys.insert(lead.sourceId);
    QCOMPARE(csvKeys, apiKeys);
}

void TestCanadaCsv::lineEnds()
{
    const QByteArray lf = "reference_number,title,description\n"
                          "R-1,First,\"one\ntwo\"\n"
                          "R-2,Second,plain\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n"); // the line break inside the quoted field too
    const auto fromLf = CanadaCsvParser::parse(lf);
    const auto fromCrlf = CanadaCsvParser::parse(crlf);
    QVERIFY2(fromLf.ok(), qPrintable(fromLf.errorMessage()));
    QVERIFY2(fromCrlf.ok(), qPrintable(fromCrlf.errorMessage()));
    QCOMPARE(fromLf->leads.size(), 2);
    QCOMPARE(fromCrlf->leads.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(fromCrlf->leads.at(i).sourceId, fromLf->leads.at(i).sourceId);
        QCOMPARE(fromCrlf->leads.at(i).title, fromLf->leads.at(i).title);
    }
    QCOMPARE(fromLf->leads.at(0).description, "one\ntwo");
    QCOMPARE(fromCrlf->leads.at(0).description, "one\r\ntwo");
    QCOMPARE(fromCrlf->leads.at(1).title, "Second");
    QCOMPARE(fromCrlf->leads.at(1).description, "plain");

    // No line end after the last record, and blank lines, change nothing.
    const auto open = CanadaCsvParser::parse("reference_number,title\r\n\r\nR-1,First\r\n\r\nR-2,Second");
    QVERIFY2(open.ok(), qPrintable(open.errorMessage()));
    QCOMPARE(open->leads.size(), 2);
    QCOMPARE(open->leads.at(1).title, "Second");
}

void TestCanadaCsv::byteOrderMark()
{
    const QByteArray plain = "\"reference_number\",\"title\"\r\n\"R-1\",\"First\"\r\n";
    for (const QByteArray& bytes : { plain, QByteArray("\xEF\xBB\xBF") + plain }) {
        const auto parsed = CanadaCsvParser::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->leads.size(), 1);
        QCOMPARE(parsed->leads.at(0).sourceId, "R-1");
        QCOMPARE(parsed->leads.at(0).title, "First");
        QCOMPARE(rawOf(parsed->leads.at(0)).value("reference_number").toString(), "R-1");
    }
}

void TestCanadaCsv::breaksInsideQuotes()
{
    const QByteArray bytes = "reference_number,title,description\r\n"
                             "R-1,\"  Tab\there,\r\nand  a break  \",\"\tKept\tas\r\nis\"\r\n"
                             "R-2,\"x\",\r\n"
                             "\"\",\"no key\",\"\"\r\n";
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->leads.size(), 2);
    // TAB, CR and LF of a title become single spaces; other runs of spaces stay.
    QCOMPARE(parsed->leads.at(0).title, "Tab here, and  a break");
    // A description is trimmed and otherwise kept.
    QCOMPARE(parsed->leads.at(0).description, "Kept\tas\r\nis");
    QCOMPARE(rawOf(parsed->leads.at(0)).value("title").toString(), "  Tab\there,\r\nand  a break  ");
    // Line numbers count the lines inside quoted fields.
    QCOMPARE(errorTexts(parsed->errors),
        QStringList { "canada-csv line 6: no reference_number or solicitation_number; the record was skipped" });
}

void TestCanadaCsv::doubledQuotes()
{
    const QByteArray bytes = "reference_number,title,description\n"
                             "\"R-\"\"1\"\"\",\"The \"\"Big\"\" one\",\"\"\"\"\n";
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY2(parsed->errors.isEmpty(), qPrintable(errorTexts(parsed->errors).join('\n')));
    QCOMPARE(parsed->leads.size(), 1);
    QCOMPARE(parsed->leads.at(0).sourceId, "R-\"1\"");
    QCOMPARE(parsed->leads.at(0).title, "The \"Big\" one");
    QCOMPARE(parsed->leads.at(0).description, "\"");
}

void TestCanadaCsv::mixedEncodings()
{
    // The title in Windows-1252 (é = E9, en dash = 96, euro = 80), the description in UTF-8.
    const QByteArray bytes = "reference_number,title,description\n"
                             "R-1,\"Caf\xE9 \x96 5 \x80\",\"Caf\xC3\xA9 \xE2\x80\x93 5 \xE2\x82\xAC\"\n";
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->leads.size(), 1);
    const QString expected = QString::fromUtf8("Caf\xC3\xA9 \xE2\x80\x93 5 \xE2\x82\xAC");
    QCOMPARE(parsed->leads.at(0).title, expected);
    QCOMPARE(parsed->leads.at(0).description, expected);
    // `raw` is valid UTF-8 JSON with both.
    const QJsonObject raw = rawOf(parsed->leads.at(0));
    QCOMPARE(raw.value("title").toString(), expected);
    QCOMPARE(raw.value("description").toString(), expected);
}

void TestCanadaCsv::unbalancedQuote()
{
    const QByteArray bytes = "reference_number,title\r\n"
                             "R-1,\"First\"\r\n"
                             "R-2,\"Broken, \"no\" end\r\n"
                             "R-3,\"Third\"\r\n"
                             "R-4,\"Fourth\r\n";
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QStringList keys;
    for (const Lead& lead : parsed->leads)
        keys.append(lead.sourceId + "=" + lead.title);
    QCOMPARE(keys, (QStringList { "R-1=First", "R-3=Third" }));
    QCOMPARE(errorTexts(parsed->errors),
        (QStringList {
            "canada-csv line 3: unbalanced quote; the record was skipped",
            "canada-csv line 5: unbalanced quote; the record was skipped",
        }));

    // A quote that opens and never closes does not swallow the records after it.
    const auto swallowing = CanadaCsvParser::parse("reference_number,title\nR-1,\"Open\nR-2,Second\nR-3,Third\n");
    QVERIFY2(swallowing.ok(), qPrintable(swallowing.errorMessage()));
    QCOMPARE(swallowing->leads.size(), 2);
    QCOMPARE(swallowing->leads.at(0).sourceId, "R-2");
    QCOMPARE(swallowing->leads.at(1).sourceId, "R-3");
    QCOMPARE(
        errorTexts(swallowing->errors), QStringList { "canada-csv line 2: unbalanced quote; the record was skipped" });
}

void TestCanadaCsv::recordWithoutKey()
{
    const QByteArray bytes = "reference_number,solicitation_number,title\n"
                             ",,Nothing\n"
                             ",S-1,Solicitation only\n"
                             "R-1,,Reference only\n";
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->leads.size(), 2);
    QCOMPARE(parsed->leads.at(0).sourceId, "S-1");
    QCOMPARE(parsed->leads.at(0).solicitationNumber, "S-1");
    QCOMPARE(parsed->leads.at(1).sourceId, "R-1");
    QCOMPARE(errorTexts(parsed->errors),
        QStringList { "canada-csv line 2: no reference_number or solicitation_number; the record was skipped" });
}

void TestCanadaCsv::notThisCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << "buyandsell.gc.ca tender CSV is empty";
    QTest::newRow("BOM and blank lines only")
        << QByteArray("\xEF\xBB\xBF\r\n\r\n") << "buyandsell.gc.ca tender CSV is empty";
    QTest::newRow("SAM.gov bulk header")
        << QByteArray("NoticeId,Title,Sol#\nabc,Title,S-1\n")
        << "not a buyandsell.gc.ca tender CSV: its header has no reference_number column";
    QTest::newRow("no title column") << QByteArray("reference_number,description\nR-1,x\n")
                                     << "not a buyandsell.gc.ca tender CSV: its header has no title column";
    QTest::newRow("JSON")
        << QByteArray("[{\"reference_number\": \"R-1\", \"title\": \"x\"}]")
        << "not a buyandsell.gc.ca tender CSV: its header has neither a reference_number nor a title column";
    QTest::newRow("header with an unbalanced quote")
        << QByteArray("\"reference_number,title\nR-1,x\n")
        << "not a buyandsell.gc.ca tender CSV: its header row has an unbalanced quote";
}

void TestCanadaCsv::notThisCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestCanadaCsv::tooLarge()
{
    // Never written to: the size alone is refused before anything is read.
    const QByteArray bytes(qsizetype(513) << 20, Qt::Uninitialized);
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), "buyandsell.gc.ca tender CSV is 513 MiB; files over 512 MiB are not read");
}

void TestCanadaCsv::deadline_data()
{
    QTest::addColumn<QString>("closing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CST") << "2014-07-24 12:00 Central Standard Time (CST)"
                         << "2014-07-24T18:00:00Z";
    QTest::newRow("CDT") << "2014-07-24 12:00 Central Daylight Time (CDT)"
                         << "2014-07-24T17:00:00Z";
    QTest::newRow("EST") << "2014-07-21 14:00 Eastern Standard Time (EST)"
                         << "2014-07-21T19:00:00Z";
    QTest::newRow("EDT") << "2014-08-11 14:00 Eastern Daylight Time (EDT)"
                         << "2014-08-11T18:00:00Z";
    QTest::newRow("MST") << "2014-01-10 09:30 Mountain Standard Time (MST)"
                         << "2014-01-10T16:30:00Z";
    QTest::newRow("MDT") << "2014-07-10 09:30 Mountain Daylight Time (MDT)"
                         << "2014-07-10T15:30:00Z";
    QTest::newRow("PST") << "2014-12-31 20:00 Pacific Standard Time (PST)"
                         << "2015-01-01T04:00:00Z";
    QTest::newRow("PDT") << "2014-07-10 14:00 Pacific Daylight Time (PDT)"
                         << "2014-07-10T21:00:00Z";
    QTest::newRow("AST") << "2014-02-03 14:00 Atlantic Standard Time (AST)"
                         << "2014-02-03T18:00:00Z";
    QTest::newRow("ADT") << "2014-07-03 14:00 Atlantic Daylight Time (ADT)"
                         << "2014-07-03T17:00:00Z";
    QTest::newRow("NST") << "2014-02-03 14:00 Newfoundland Standard Time (NST)"
                         << "2014-02-03T17:30:00Z";
    QTest::newRow("NDT") << "2014-07-03 14:00 Newfoundland Daylight Time (NDT)"
                         << "2014-07-03T16:30:00Z";
    QTest::newRow("name without abbreviation") << "2014-07-24 12:00 Central Standard Time"
                                               << "2014-07-24T18:00:00Z";
    QTest::newRow("abbreviation only") << "2014-08-11 14:00 EDT"
                                       << "2014-08-11T18:00:00Z";
    QTest::newRow("end of day") << "2014-08-11 24:00 Eastern Daylight Time (EDT)"
                                << "2014-08-12T04:00:00Z";
    QTest::newRow("unknown zone: date only") << "2014-07-24 12:00 Yukon Time (YT)"
                                             << "2014-07-24";
    QTest::newRow("no zone: date only") << "2014-07-24 12:00"
                                        << "2014-07-24";
    QTest::newRow("date only") << "2014-07-24"
                               << "2014-07-24";
    QTest::newRow("numeric offset") << "2014-07-24T12:00:00-05:00"
                                    << "2014-07-24T17:00:00Z";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("no date") << "soon"
                             << "";
}

void TestCanadaCsv::deadline()
{
    QFETCH(QString, closing);
    QFETCH(QString, expected);
    const QByteArray bytes = "reference_number,title,date_closing\nR-1,T,\"" + closing.toUtf8() + "\"\n";
    const auto parsed = CanadaCsvParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->leads.size(), 1);
    QCOMPARE(parsed->leads.at(0).deadlineAt, expected);
}

void TestCanadaCsv::languagesAndAmendments()
{
    const QByteArray rows = "French,R-1,S-1,000,Titre seul,Description française,,,,,,\n"
                            "English,R-2,S-2,001,Old title,Old,,User A,Buyer,,,\n"
                            "French,R-2,S-2,002,Nouveau titre,Nouveau,,Utilisateur,Acheteur,,,\n"
                            "English,R-2,S-2,002,New title,New,,,Buyer,,,\n"
                            "English,R-2,S-2,000,First title,First,,,,,,\n";
    const auto parsed = CanadaCsvParser::parse(csv(kShortHeader, rows));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY2(parsed->errors.isEmpty(), qPrintable(errorTexts(parsed->errors).join('\n')));
    QCOMPARE(parsed->leads.size(), 2);

    // Only a French row: it gives the fields, and there is no "french" part.
    const Lead& frenchOnly = parsed->leads.at(0);
    QCOMPARE(frenchOnly.sourceId, "R-1_S-1");
    QCOMPARE(frenchOnly.title, "Titre seul");
    QCOMPARE(frenchOnly.description,
        QString::fromUtf8("Description fran\xC3\xA7"
                          "aise"));
    QCOMPARE(rawOf(frenchOnly).value("language").toString(), "French");
    QVERIFY(!rawOf(frenchOnly).contains("french"));

    // The highest amendment of the English rows gives the fields; the agency is the buyer.
    const Lead& amended = parsed->leads.at(1);
    QCOMPARE(amended.sourceId, "R-2_S-2");
    QCOMPARE(amended.title, "New title");
    QCOMPARE(amended.description, "New");
    QCOMPARE(amended.agency, "Buyer");
    const QJsonObject raw = rawOf(amended);
    QCOMPARE(raw.value("amendment_number").toString(), "002");
    QCOMPARE(raw.value("french").toObject().value("title").toString(), "Nouveau titre");
    QCOMPARE(raw.value("french").toObject().value("end_user_entity").toString(), "Utilisateur");
    QVERIFY(!raw.contains("end_user_entity"));

    // Rows of one reference number are one notice, whatever the French row leaves out.
    const auto twins = CanadaCsvParser::parse(csv(kShortHeader,
        "French,R-3,,000,Titre,,,,,,,\n"
        "English,R-3,S-3,000,,Description,,,,,,\n"));
    QVERIFY2(twins.ok(), qPrintable(twins.errorMessage()));
    QCOMPARE(twins->leads.size(), 1);
    QCOMPARE(twins->leads.at(0).sourceId, "R-3_S-3");
    QCOMPARE(twins->leads.at(0).description, "Description");
    // An English row without a title borrows the French one.
    QCOMPARE(twins->leads.at(0).title, "Titre");
}

void TestCanadaCsv::linksAndContacts()
{
    const QByteArray rows
        = "English,R-1,,,T,,,,,not a link,\"https://example.gc.ca/a.xls, https://example.gc.ca/b.xls\","
          "\"Doe, Jane, (613) 555-0100 (    ), (613) 555-0199, 11 Laurier St. Gatineau\"\n"
          "English,R-2,,,T,,,,,,,\"Smith, John <john.smith@example.gc.ca>\"\n"
          "English,R-3,,,T,,,,,,,\n";
    const auto parsed = CanadaCsvParser::parse(csv(kShortHeader, rows));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->leads.size(), 3);

    // The document column holds no link: the attachment's first one.
    QCOMPARE(parsed->leads.at(0).url, "https://example.gc.ca/a.xls");
    QCOMPARE(parsed->leads.at(0).contacts,
        (QJsonArray { QJsonObject { { "type", "contact" }, { "name", "Doe, Jane" }, { "phone", "(613) 555-0100" } } }));
    QCOMPARE(parsed->leads.at(1).contacts,
        (QJsonArray { QJsonObject {
            { "type", "contact" }, { "name", "Smith, John" }, { "email", "john.smith@example.gc.ca" } } }));
    QVERIFY(parsed->leads.at(2).contacts.isEmpty());
    QVERIFY(parsed->leads.at(2).url.isEmpty());
}

QTEST_GUILESS_MAIN(TestCanadaCsv)
#include "tst_canadacsv.moc"
