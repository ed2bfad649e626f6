// A lead read back from the record the store kept equals the lead first read from the source:
// for every import format, over the real API output in ../shared/real-world.

#include "CanadaCsvParser.h"
#include "ItaDatasetParser.h"
#include "ItaJsonParser.h"
#include "SamCsvReader.h"
#include "SamCsvRows.h"
#include "SamJsonParser.h"
#include "StoredRecordParser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

namespace {

Result<ParsedPage> parseFile(const QString& name, const QString& format)
{
    QFile file(QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.errorString() };
    const QByteArray bytes = file.readAll();
    if (format == "sam-json")
        return SamJsonParser::parse(bytes);
    if (format == "ita-json")
        return ItaJsonParser::parse(bytes);
    if (format == "canada-csv")
        return CanadaCsvParser::parse(bytes);
    if (format == "sam-csv") {
        auto csv = SamCsvRows::toCsv(bytes);
        if (!csv)
            return csv.error();
        QBuffer buffer(&*csv);
        buffer.open(QIODevice::ReadOnly);
        SamCsvReader reader(buffer);
        if (const Status header = reader.readHeader(); !header)
            return header.error();
        ParsedPage page;
        while (reader.readBatch(1000, page)) { }
        return page;
    }
    return ItaDatasetParser::parse(bytes, format);
}

} // namespace

class TestStoredRecordParser final : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatWasStored_data();
    void readsBackWhatWasStored();
    void unreadableRecordsAreErrors_data();
    void unreadableRecordsAreErrors();
};

void TestStoredRecordParser::readsBackWhatWasStored_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("sam api page") << "sam_v2_search_driving_2025.json" << "sam-json";
    QTest::newRow("sam bulk csv rows") << "sam_bulk_csv_rows_2026_as_json.json" << "sam-csv";
    QTest::newRow("ita trade leads v1") << "ita_trade_leads_v1_search_2016.json" << "ita-json";
    QTest::newRow("ita trade leads typed") << "ita_trade_leads_v1_2015_typed_results.json" << "ita-json";
    QTest::newRow("ita canada api") << "ita_trade_leads_v2_results_canada.json" << "ita-json";
    QTest::newRow("ita australia") << "ita_trade_leads_v2_results_australia.json" << "ita-json";
    QTest::newRow("buyandsell csv, English and French rows") << "ita_source_canada_leads.csv" << "canada-csv";
    QTest::newRow("ita events") << "ita_trade_events_v1_search_2016.json" << "ita-events";
    QTest::newRow("ita articles") << "ita_articles_search_2016.json" << "ita-articles";
    QTest::newRow("ita market research") << "ita_market_research_library_v2_results.json" << "ita-mrl";
    QTest::newRow("ita offices") << "ita_office_locations_results.json" << "ita-offices";
    QTest::newRow("ita environmental toolkit") << "ita_envirotech_issues_results.json" << "ita-etoolkit";
}

void TestStoredRecordParser::readsBackWhatWasStored()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const auto page = parseFile(file, format);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QVERIFY(!page->leads.isEmpty());
    for (const Lead& stored : page->leads) {
        const auto read = StoredRecordParser::parse(stored.source, stored.raw);
        QVERIFY2(read.ok(), qPrintable(stored.sourceId + ": " + read.errorMessage()));
        QCOMPARE(read->source, stored.source);
        QCOMPARE(read->sourceId, stored.sourceId);
        QCOMPARE(read->title, stored.title);
        QCOMPARE(read->noticeType, stored.noticeType);
        QCOMPARE(read->solicitationNumber, stored.solicitationNumber);
        QCOMPARE(read->postedAt, stored.postedAt);
        QCOMPARE(read->deadlineAt, stored.deadlineAt);
        QCOMPARE(read->setAsideCode, stored.setAsideCode);
        QCOMPARE(read->valueMax, stored.valueMax);
        QCOMPARE(read->country, stored.country);
        QCOMPARE(read->description, stored.description);
        QCOMPARE(read->raw, stored.raw);
    }
}

void TestStoredRecordParser::unreadableRecordsAreErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("cut short") << "sam" << QByteArray(R"({"noticeId": "abc", "title": "Hyd)");
    QTest::newRow("empty") << "sam" << QByteArray();
    QTest::newRow("an array") << "ita-uk" << QByteArray(R"([{"id": "1"}])");
    QTest::newRow("a bulk row without NoticeId") << "sam" << QByteArray(R"({"Title": "Boots"})");
    QTest::newRow("a data set record without id") << "ita-events" << QByteArray(R"({"event_name": "Expo"})");
    QTest::newRow("an unknown source") << "austender" << QByteArray(R"({"id": "CN1"})");
}

void TestStoredRecordParser::unreadableRecordsAreErrors()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, raw);
    const auto read = StoredRecordParser::parse(source, raw);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().startsWith("The kept " + source + " record cannot be read: "),
             qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(TestStoredRecordParser)
#include "tst_storedrecordparser.moc"
