#include "SamCsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString fixturePath(const QString& name)
{
    return QStringLiteral(TRADELEADS_TEST_DATA "/csv/") + name;
}

QByteArray fixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Hands out at most `chunk` bytes per read, like a slow network stream, so that records,
// quoted fields, CRLF pairs and multi-byte characters straddle the reader's refills.
class TinyChunkDevice final : public QIODevice
{
public:
    TinyChunkDevice(QByteArray data, qint64 chunk) : m_data(std::move(data)), m_chunk(chunk) {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    int reads() const { return m_reads; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_chunk), m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        ++m_reads;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
    int m_reads = 0;
};

struct ReadResult
{
    bool headerOk = false;
    QString headerError;
    QStringList header;
    QList<Lead> leads;
    QList<RecordError> errors;
    QList<int> batchSizes;
    qint64 bytesRead = 0;
    qint64 recordsRead = 0;
};

ReadResult readAll(QIODevice& device, int batch = 1000)
{
    ReadResult result;
    SamCsvReader reader(device);
    const Status status = reader.readHeader();
    result.headerOk = status.ok();
    result.headerError = status.errorMessage();
    result.header = reader.header();
    if (!result.headerOk)
        return result;
    for (bool more = true; more;) {
        ParsedPage page;
        more = reader.readBatch(batch, page);
        result.batchSizes.append(int(page.leads.size()));
        result.leads += page.leads;
        result.errors += page.errors;
    }
    result.bytesRead = reader.bytesRead();
    result.recordsRead = reader.recordsRead();
    return result;
}

ReadResult readBytes(const QByteArray& bytes, int batch = 1000)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, batch);
}

ReadResult readFixture(const QString& name, int batch = 1000)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return readAll(file, batch);
}

// A lead's canonical column as text, so that test tables can name any of them.
QString leadValue(const Lead& lead, const QString& column)
{
    const auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 2) : QString(); };
    if (column == "source") return lead.source;
    if (column == "source_id") return lead.sourceId;
    if (column == "title") return lead.title;
    if (column == "description") return lead.description;
    if (column == "description_url") return lead.descriptionUrl;
    if (column == "notice_type") return lead.noticeType;
    if (column == "solicitation_number") return lead.solicitationNumber;
    if (column == "agency") return lead.agency;
    if (column == "sub_tier") return lead.subTier;
    if (column == "office") return lead.office;
    if (column == "country") return lead.country;
    if (column == "location") return lead.location;
    if (column == "industry") return lead.industry;
    if (column == "naics_code") return lead.naicsCode;
    if (column == "classification_code") return lead.classificationCode;
    if (column == "set_aside_code") return lead.setAsideCode;
    if (column == "set_aside") return lead.setAside;
    if (column == "posted_at") return lead.postedAt;
    if (column == "deadline_at") return lead.deadlineAt;
    if (column == "amended_at") return lead.amendedAt;
    if (column == "value_min") return number(lead.valueMin);
    if (column == "value_max") return number(lead.valueMax);
    if (column == "currency") return lead.currency;
    if (column == "active") return lead.active ? (*lead.active ? "true" : "false") : QString();
    if (column == "url") return lead.url;
    if (column == "contacts") return QString::fromUtf8(QJsonDocument(lead.contacts).toJson(QJsonDocument::Compact));
    qFatal("unknown column %s", qPrintable(column));
    return {};
}

QStringList recordsOf(const QList<RecordError>& errors)
{
    QStringList records;
    for (const RecordError& error : errors)
        records.append(error.record);
    return records;
}

QStringList sourceIds(const QList<Lead>& leads)
{
    QStringList ids;
    for (const Lead& lead : leads)
        ids.append(lead.sourceId);
    return ids;
}

} // namespace

class TestSamCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void readHeader_data();
    void readHeader();
    void unreadableDevice();
    void batchWithoutHeaderReportsTheProblem();
    void fields_data();
    void fields();
    void records_data();
    void records();
    void batching();
    void tinyChunks_data();
    void tinyChunks();
    void raw_data();
    void raw();
    void hugeField();
    void manyColumns();
    void oversizedRecordIsSkipped();
    void blankNoticeIdIsSkipped();
};

void TestSamCsvReader::readHeader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("firstColumn");
    QTest::addColumn<int>("leads");

    QTest::newRow("realistic file") << fixture("realistic.csv") << true << QString() << 47 << "NoticeId" << 3;
    QTest::newRow("BOM stripped") << fixture("bom.csv") << true << QString() << 4 << "NoticeId" << 1;
    QTest::newRow("reordered, trimmed") << fixture("reordered.csv") << true << QString() << 7 << "Description" << 2;
    QTest::newRow("Windows-1252") << fixture("windows-1252.csv") << true << QString() << 5 << "NoticeId" << 2;
    QTest::newRow("empty file") << fixture("empty.csv") << false << "the file is empty" << 0 << QString() << 0;
    QTest::newRow("blank lines only") << QByteArray("\r\n\n\r\n") << false << "the file is empty" << 0 << QString() << 0;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << false << "the file is empty" << 0 << QString() << 0;
    QTest::newRow("binary (zip)") << fixture("binary.bin") << false
                                  << "not a SAM.gov Contract Opportunities CSV: the file holds binary data" << 0
                                  << QString() << 0;
    QTest::newRow("another CSV") << fixture("not-sam.csv") << false
                                 << "not a SAM.gov Contract Opportunities CSV: the header has no NoticeId column" << 0
                                 << QString() << 0;
    QTest::newRow("one endless line") << QByteArray(3 << 20, 'x') << false
                                      << "not a SAM.gov Contract Opportunities CSV: no header line in the first 1024 KiB"
                                      << 0 << QString() << 0;
}

void TestSamCsvReader::readHeader()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QFETCH(int, columns);
    QFETCH(QString, firstColumn);
    QFETCH(int, leads);

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SamCsvReader reader(buffer);
    const Status status = reader.readHeader();
    QCOMPARE(status.ok(), ok);
    QCOMPARE(status.errorMessage(), message);
    QCOMPARE(reader.header().size(), columns);
    if (columns > 0)
        QCOMPARE(reader.header().first(), firstColumn);
    // Asking again gives the same answer, and a failed header yields no records.
    QCOMPARE(reader.readHeader().errorMessage(), message);
    ParsedPage page;
    QCOMPARE(reader.readBatch(1000, page), false);
    QCOMPARE(page.leads.size(), leads);
}

void TestSamCsvReader::unreadableDevice()
{
    QBuffer buffer; // never opened
    SamCsvReader reader(buffer);
    const Status status = reader.readHeader();
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage(), QStringLiteral("the input cannot be read"));
}

void TestSamCsvReader::batchWithoutHeaderReportsTheProblem()
{
    QByteArray input = fixture("not-sam.csv");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SamCsvReader reader(buffer);
    ParsedPage page;
    QCOMPARE(reader.readBatch(10, page), false);
    QCOMPARE(page.leads.size(), 0);
    QCOMPARE(page.errors.size(), 1);
    QCOMPARE(page.errors.first().source, QStringLiteral("sam-csv"));
    QVERIFY2(page.errors.first().reason.contains("no NoticeId column"), qPrintable(page.errors.first().reason));
}

void TestSamCsvReader::fields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* file, int index, const char* column, const QString& expected) {
        QTest::newRow(name) << QString::fromUtf8(file) << index << QString::fromUtf8(column) << expected;
    };

    // A solicitation with every column filled the way SAM.gov fills them.
    row("solicitation: source", "realistic.csv", 0, "source", "sam");
    row("solicitation: id", "realistic.csv", 0, "source_id", "8f3c2a9b1d4e4f6a9c0b7e5d3a1f2c4b");
    row("solicitation: title with comma", "realistic.csv", 0, "title", "Z--Repair Roof, Building 4820");
    row("solicitation: Sol#", "realistic.csv", 0, "solicitation_number", "W912DY26R0042");
    row("solicitation: agency", "realistic.csv", 0, "agency", "DEPT OF DEFENSE");
    row("solicitation: sub-tier", "realistic.csv", 0, "sub_tier", "DEPT OF THE ARMY");
    row("solicitation: office", "realistic.csv", 0, "office", "W076 ENDIST HUNTSVILLE");
    row("solicitation: posted (-04 with ms)", "realistic.csv", 0, "posted_at", "2026-04-26T02:22:47Z");
    row("solicitation: deadline (-04:00)", "realistic.csv", 0, "deadline_at", "2026-05-29T16:30:00Z");
    row("solicitation: no amendment date", "realistic.csv", 0, "amended_at", "");
    row("solicitation: type", "realistic.csv", 0, "notice_type", "Combined Synopsis/Solicitation");
    row("solicitation: set-aside code", "realistic.csv", 0, "set_aside_code", "SBA");
    row("solicitation: set-aside", "realistic.csv", 0, "set_aside", "Total Small Business Set-Aside (FAR 19.5)");
    row("solicitation: NAICS", "realistic.csv", 0, "naics_code", "236220");
    row("solicitation: PSC", "realistic.csv", 0, "classification_code", "Z2AA");
    row("solicitation: location", "realistic.csv", 0, "location", "4820 University Square, Huntsville, AL 35816, USA");
    row("solicitation: country from PopCountry", "realistic.csv", 0, "country", "US");
    row("solicitation: active", "realistic.csv", 0, "active", "true");
    row("solicitation: no award value", "realistic.csv", 0, "value_min", "");
    row("solicitation: no currency", "realistic.csv", 0, "currency", "");
    row("solicitation: url", "realistic.csv", 0, "url", "https://sam.gov/opp/8f3c2a9b1d4e4f6a9c0b7e5d3a1f2c4b/view");
    row("solicitation: no description url", "realistic.csv", 0, "description_url", "");
    row("solicitation: HTML description kept", "realistic.csv", 0, "description",
        "<p>The U.S. Army Corps of Engineers, Huntsville Center, intends to award a firm-fixed-price contract.</p>\n"
        "<p>Offerors shall submit \"technical\" and price volumes.</p>");
    row("solicitation: two contacts", "realistic.csv", 0, "contacts",
        R"([{"email":"jane.q.doe@usace.army.mil","name":"Jane Q. Doe","phone":"256-895-1234",)"
        R"("title":"Contract Specialist","type":"primary"},{"email":"john.smith@usace.army.mil",)"
        R"("fax":"256-895-0000","name":"John Smith","phone":"256-895-5678","title":"Contracting Officer",)"
        R"("type":"secondary"}])");
    // An award notice: money, inactive, a place without street or country, one contact.
    row("award: value min", "realistic.csv", 1, "value_min", "1234567.50");
    row("award: value max", "realistic.csv", 1, "value_max", "1234567.50");
    row("award: currency", "realistic.csv", 1, "currency", "USD");
    row("award: inactive", "realistic.csv", 1, "active", "false");
    row("award: posted (-05:00)", "realistic.csv", 1, "posted_at", "2026-03-02T14:15:00Z");
    row("award: no deadline", "realistic.csv", 1, "deadline_at", "");
    row("award: location without street", "realistic.csv", 1, "location", "San Antonio, TX 78236");
    row("award: country from CountryCode", "realistic.csv", 1, "country", "US");
    row("award: inner spaces kept", "realistic.csv", 1, "office", "FA3016  502 CONS CL");
    row("award: primary contact only", "realistic.csv", 1, "contacts",
        R"([{"email":"pat.lee@us.af.mil","name":"Pat Lee","type":"primary"}])");
    row("award: empty description", "realistic.csv", 1, "description", "");
    // Abroad, with date-only values.
    row("abroad: UTF-8 en dash", "realistic.csv", 2, "title", u"Sources Sought \u2013 Port Security Equipment"_s);
    row("abroad: posted MM/dd/yyyy", "realistic.csv", 2, "posted_at", "2024-01-15");
    row("abroad: deadline MM/dd/yyyy", "realistic.csv", 2, "deadline_at", "2024-02-01");
    row("abroad: PopCountry wins over CountryCode", "realistic.csv", 2, "country", "ES");
    row("abroad: location", "realistic.csv", 2, "location", "Rota, ESP");
    row("abroad: UTF-8 contact", "realistic.csv", 2, "contacts",
        QString::fromUtf8(R"([{"email":"ana.garcia@navy.mil","name":"Ana García","phone":"+34 956 82 0000",)"
                          R"("title":"Contract Specialist","type":"primary"}])"));

    row("embedded commas and doubled quotes", "embedded.csv", 0, "title", "Widgets \"A\", gadgets and \"things\"");
    row("embedded LF newlines", "embedded.csv", 0, "description", "Line one\nLine two, with comma\n\nLine four");
    row("embedded CRLF kept inside quotes", "embedded.csv", 1, "description", "first\r\nsecond\r\n");
    row("a lone doubled quote", "embedded.csv", 2, "title", "\"");
    row("an empty quoted field", "embedded.csv", 2, "description", "");
    row("a quote inside an unquoted field", "embedded.csv", 3, "title", "12\" ruler");
    row("text after a closing quote", "embedded.csv", 3, "description", "quoted tail");
    row("quoted field at EOF without newline", "embedded.csv", 4, "description", "ends at EOF with a quote");

    row("CRLF: unquoted last column", "crlf.csv", 0, "description", "Plain last column");
    row("CRLF: quoted last column", "crlf.csv", 1, "description", "Quoted last column");
    row("CRLF: quoted title", "crlf.csv", 1, "title", "Title, two");
    row("CRLF: empty last column", "crlf.csv", 2, "description", "");
    row("CRLF: type before an empty last column", "crlf.csv", 2, "notice_type", "Award Notice");

    row("BOM: id", "bom.csv", 0, "source_id", "B1");
    row("BOM: UTF-8 title", "bom.csv", 0, "title", u"Caf\u00e9 au lait \u2013 \u20ac5 \u201cspecial\u201d"_s);
    row("BOM: UTF-8 location", "bom.csv", 0, "location", u"Z\u00fcrich, CHE"_s);
    row("BOM: country", "bom.csv", 0, "country", "CH");

    row("1252: accents, smart quotes, euro, dash", "windows-1252.csv", 0, "title",
        u"Caf\u00e9 \u201cBest\u201d \u20ac100 \u2013 d\u00e9j\u00e0 vu"_s);
    row("1252: every 0x80-0x9F letter", "windows-1252.csv", 0, "description",
        u"All 1252 extras: \u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
        u"\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"_s);
    row("1252: Latin-1 range", "windows-1252.csv", 0, "location", u"M\u00fcnchen, DEU"_s);
    row("1252: country", "windows-1252.csv", 0, "country", "DE");
    row("1252: ASCII row", "windows-1252.csv", 1, "description", "Plain, \"quoted\" text");
    row("UTF-8 record", "mixed-encoding.csv", 0, "title", u"Caf\u00e9 UTF-8"_s);
    row("1252 record in the same file", "mixed-encoding.csv", 1, "title", u"Caf\u00e9 1252"_s);

    row("reordered: id from ' noticeid '", "reordered.csv", 0, "source_id", "R1");
    row("reordered: title", "reordered.csv", 0, "title", "Reordered title");
    row("reordered: description first", "reordered.csv", 0, "description", "Reordered desc");
    row("reordered: LINK", "reordered.csv", 0, "url", "https://sam.gov/opp/r1/view");
    row("reordered: 'Department/Ind. Agency'", "reordered.csv", 0, "agency", "DEPT OF ENERGY");
    row("reordered: deadline", "reordered.csv", 0, "deadline_at", "2026-05-29T16:30:00Z");
    row("reordered: country", "reordered.csv", 0, "country", "US");
    row("missing column: posted", "reordered.csv", 0, "posted_at", "");
    row("missing column: Sol#", "reordered.csv", 0, "solicitation_number", "");
    row("missing column: active", "reordered.csv", 0, "active", "");
    row("short row: id", "reordered.csv", 1, "source_id", "R2");
    row("short row: missing trailing fields", "reordered.csv", 1, "deadline_at", "");

    row("dates: -04 with milliseconds", "dates.csv", 0, "posted_at", "2026-04-26T02:22:47Z");
    row("dates: ISO with -04:00", "dates.csv", 0, "deadline_at", "2026-05-29T16:30:00Z");
    row("dates: MM/dd/yyyy posted", "dates.csv", 1, "posted_at", "2024-01-15");
    row("dates: MM/dd/yyyy deadline", "dates.csv", 1, "deadline_at", "2024-02-01");
    row("dates: ISO date only", "dates.csv", 2, "posted_at", "2026-01-05");
    row("dates: no zone is UTC", "dates.csv", 2, "deadline_at", "2026-02-10T12:00:00Z");
    row("dates: 'TBD' left empty", "dates.csv", 3, "posted_at", "");
    row("dates: 'not a date' left empty", "dates.csv", 3, "deadline_at", "");
    row("dates: unparseable record kept", "dates.csv", 3, "source_id", "D4");
    row("dates: empty", "dates.csv", 4, "posted_at", "");

    row("extra columns: known ones still found", "extra-columns.csv", 0, "title", "Title X1");
    row("extra fields: record kept", "extra-columns.csv", 1, "title", "Title X2");
}

void TestSamCsvReader::fields()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, column);
    QFETCH(QString, expected);

    const ReadResult result = readFixture(file);
    QVERIFY2(result.headerOk, qPrintable(result.headerError));
    QVERIFY2(index < result.leads.size(), qPrintable(QString::number(result.leads.size())));
    QCOMPARE(leadValue(result.leads.at(index), column), expected);
}

void TestSamCsvReader::records_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("errorRecords");
    QTest::addColumn<QStringList>("errorReasons");

    QTest::newRow("realistic file") << "realistic.csv"
                                    << QStringList{"8f3c2a9b1d4e4f6a9c0b7e5d3a1f2c4b",
                                                   "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
                                                   "f00dfeedcafe4b1d8e2a6c3b9d7e5f10"}
                                    << QStringList() << QStringList();
    // The record without an id starts on line 11: the quoted newlines above it count.
    QTest::newRow("embedded newlines keep line numbers")
        << "embedded.csv" << QStringList{"E1", "E2", "E3", "E4", "E5"} << QStringList{"line 11"}
        << QStringList{"no NoticeId; the record was skipped"};
    QTest::newRow("CRLF and a trailing blank line") << "crlf.csv" << QStringList{"C1", "C2", "C3"} << QStringList()
                                                    << QStringList();
    QTest::newRow("missing NoticeId in two rows")
        << "missing-noticeid.csv" << QStringList{"N1", "N3", "N5"} << QStringList{"line 3", "line 5"}
        << QStringList{"no NoticeId; the record was skipped", "no NoticeId; the record was skipped"};
    QTest::newRow("more fields than the header")
        << "extra-columns.csv" << QStringList{"X1", "X2", "X3"} << QStringList{"line 3"}
        << QStringList{"6 fields where the header has 4; the extra fields were ignored"};
    QTest::newRow("truncated final quote")
        << "truncated.csv" << QStringList{"T1", "T2"} << QStringList{"line 4"}
        << QStringList{"the file ends inside a quoted field (truncated?); the record was not imported"};
    QTest::newRow("unparseable dates are no errors") << "dates.csv" << QStringList{"D1", "D2", "D3", "D4", "D5"}
                                                     << QStringList() << QStringList();
    QTest::newRow("final line without newline") << "five-records.csv"
                                                << QStringList{"F1", "F2", "F3", "F4", "F5"} << QStringList()
                                                << QStringList();
}

void TestSamCsvReader::records()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, errorRecords);
    QFETCH(QStringList, errorReasons);

    const ReadResult result = readFixture(file);
    QVERIFY2(result.headerOk, qPrintable(result.headerError));
    QCOMPARE(sourceIds(result.leads), ids);
    QCOMPARE(recordsOf(result.errors), errorRecords);
    QStringList reasons;
    for (const RecordError& error : result.errors) {
        QCOMPARE(error.source, QStringLiteral("sam-csv"));
        reasons.append(error.reason);
    }
    QCOMPARE(reasons, errorReasons);
    for (const Lead& lead : result.leads)
        QCOMPARE(lead.source, QStringLiteral("sam"));
    QCOMPARE(result.bytesRead, QFileInfo(fixturePath(file)).size());
}

void TestSamCsvReader::batching()
{
    QFile file(fixturePath("five-records.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    SamCsvReader reader(file);
    QVERIFY(reader.readHeader().ok());
    QCOMPARE(reader.header(), (QStringList{"NoticeId", "Title"}));
    const qint64 headerBytes = reader.bytesRead();
    QCOMPARE(headerBytes, qint64(qstrlen("NoticeId,Title\n")));

    QList<int> sizes;
    QList<bool> more;
    QList<qint64> records;
    QList<qint64> bytes;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ParsedPage page;
        more.append(reader.readBatch(2, page));
        sizes.append(int(page.leads.size()));
        ids += sourceIds(page.leads);
        records.append(reader.recordsRead());
        bytes.append(reader.bytesRead());
    }
    QCOMPARE(sizes, (QList<int>{2, 2, 1}));
    QCOMPARE(more, (QList<bool>{true, true, false}));
    QCOMPARE(ids, (QStringList{"F1", "F2", "F3", "F4", "F5"}));
    QCOMPARE(records, (QList<qint64>{2, 4, 5}));
    QCOMPARE(bytes, (QList<qint64>{headerBytes + 14, headerBytes + 31, file.size()}));

    // Past the end: nothing more, and still false.
    ParsedPage page;
    QCOMPARE(reader.readBatch(2, page), false);
    QCOMPARE(page.leads.size(), 0);
    QCOMPARE(page.errors.size(), 0);
}

void TestSamCsvReader::tinyChunks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("chunk");

    for (const char* file : {"realistic.csv", "embedded.csv", "crlf.csv", "bom.csv", "windows-1252.csv",
                             "missing-noticeid.csv", "truncated.csv", "five-records.csv"}) {
        for (const int chunk : {1, 7}) {
            QTest::addRow("%s in %d-byte reads", file, chunk) << QString::fromLatin1(file) << chunk;
        }
    }
}

void TestSamCsvReader::tinyChunks()
{
    QFETCH(QString, file);
    QFETCH(int, chunk);

    const QByteArray bytes = fixture(file);
    const ReadResult whole = readFixture(file);
    QVERIFY(whole.headerOk);
    QVERIFY(!whole.leads.isEmpty());

    TinyChunkDevice device(bytes, chunk);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const ReadResult streamed = readAll(device, 2);
    QVERIFY2(device.reads() >= bytes.size() / chunk, qPrintable(QString::number(device.reads())));

    QVERIFY2(streamed.headerOk, qPrintable(streamed.headerError));
    QCOMPARE(streamed.header, whole.header);
    QCOMPARE(streamed.leads.size(), whole.leads.size());
    for (qsizetype i = 0; i < whole.leads.size(); ++i) {
        const Lead& a = streamed.leads.at(i);
        const Lead& b = whole.leads.at(i);
        QCOMPARE(a.sourceId, b.sourceId);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.description, b.description);
        QCOMPARE(a.location, b.location);
        QCOMPARE(a.postedAt, b.postedAt);
        QCOMPARE(a.contacts, b.contacts);
        QCOMPARE(a.raw, b.raw);
    }
    QCOMPARE(recordsOf(streamed.errors), recordsOf(whole.errors));
    QCOMPARE(streamed.recordsRead, whole.recordsRead);
    QCOMPARE(streamed.bytesRead, qint64(bytes.size()));
}

void TestSamCsvReader::raw_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("keys");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* file, int index, int keys, const char* key,
                        const QString& expected) {
        QTest::newRow(name) << QString::fromUtf8(file) << index << keys << QString::fromUtf8(key) << expected;
    };
    // Row 0 of realistic.csv fills 41 of the 47 columns.
    row("unmapped column CGAC", "realistic.csv", 0, 41, "CGAC", "097");
    row("unmapped column ArchiveDate as sent", "realistic.csv", 0, 41, "ArchiveDate", "2026-06-28");
    row("Sol# key", "realistic.csv", 0, 41, "Sol#", "W912DY26R0042");
    row("date as sent, not normalised", "realistic.csv", 0, 41, "PostedDate", "2026-04-25 22:22:47.454-04");
    row("HTML with quotes and newline", "realistic.csv", 0, 41, "Description",
        "<p>The U.S. Army Corps of Engineers, Huntsville Center, intends to award a firm-fixed-price contract.</p>\n"
        "<p>Offerors shall submit \"technical\" and price volumes.</p>");
    row("Award$ as sent", "realistic.csv", 1, 32, "Award$", "$1,234,567.50");
    row("Awardee with comma", "realistic.csv", 1, 32, "Awardee", "Acme Facility Services, LLC");
    row("empty field left out", "realistic.csv", 1, 32, "PopStreetAddress", QString());
    row("UTF-8 kept", "realistic.csv", 2, 30, "PrimaryContactFullname", u"Ana Garc\u00eda"_s);
    row("1252 converted to UTF-8", "windows-1252.csv", 0, 5, "Title",
        u"Caf\u00e9 \u201cBest\u201d \u20ac100 \u2013 d\u00e9j\u00e0 vu"_s);
    row("CRLF inside a value", "embedded.csv", 1, 3, "Description", "first\r\nsecond\r\n");
    row("backslash, quotes and tab", "json-escapes.csv", 0, 4, "Title", "back\\slash \"quoted\" tab\there");
    row("control characters", "json-escapes.csv", 0, 4, "Notes", "ctrl\x01" "char\x1f end");
    row("escapes far into a long value", "json-escapes.csv", 0, 4, "Long",
        u"caf\u00e9 \u2013 seventeen bytes on: a\u001fb\u007fc and a \\ backslash far in"_s);
    row("extra column kept", "extra-columns.csv", 0, 4, "Internal Note", "keep me");
    row("header name trimmed", "reordered.csv", 0, 7, "noticeid", "R1");
}

void TestSamCsvReader::raw()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(int, keys);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    const ReadResult result = readFixture(file);
    QVERIFY(index < result.leads.size());
    const QByteArray raw = result.leads.at(index).raw;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + ": " + raw));
    QVERIFY(document.isObject());
    const QJsonObject object = document.object();
    QCOMPARE(object.size(), keys);
    QCOMPARE(object.contains(key), !expected.isNull());
    QCOMPARE(object.value(key).toString(), expected);
    // Compact: what QJsonDocument writes back is as long as what the reader wrote.
    QVERIFY(!raw.contains("\n"));
    QCOMPARE(document.toJson(QJsonDocument::Compact).size(), raw.size());
}

void TestSamCsvReader::hugeField()
{
    // 10 MB of description with commas, quotes and newlines, then ordinary records.
    QByteArray description;
    description.reserve(10 << 20);
    const QByteArray piece = "Section \"A\", part 1;\nline two of the paragraph, with more words in it.\r\n";
    while (description.size() < (10 << 20))
        description += piece;
    QByteArray quoted = description;
    quoted.replace("\"", "\"\"");
    const QByteArray input = "NoticeId,Description,Title\nH1,\"" + quoted + "\",Huge\nH2,small,After\n,lost,x\n";

    const ReadResult result = readBytes(input, 1);
    QCOMPARE(sourceIds(result.leads), (QStringList{"H1", "H2"}));
    QCOMPARE(result.leads.at(0).description.size(), description.size());
    QCOMPARE(result.leads.at(0).description, QString::fromUtf8(description));
    QCOMPARE(result.leads.at(0).title, QStringLiteral("Huge"));
    QCOMPARE(result.leads.at(1).title, QStringLiteral("After"));
    // H1 spans lines 2 to 2 + newlines, H2 is on the next, the record without id after it.
    const qint64 newlines = description.count('\n');
    QCOMPARE(recordsOf(result.errors), QStringList{QStringLiteral("line %1").arg(newlines + 4)});
    const QJsonObject raw = QJsonDocument::fromJson(result.leads.at(0).raw).object();
    QCOMPARE(raw.value("Description").toString(), QString::fromUtf8(description));
}

void TestSamCsvReader::manyColumns()
{
    // A header of 10,000 columns.
    QByteArray header = "NoticeId";
    QByteArray values = "W1";
    for (int i = 1; i < 10000; ++i) {
        header += ",Column" + QByteArray::number(i);
        values += ",v" + QByteArray::number(i);
    }
    ReadResult wide = readBytes(header + "\n" + values + "\n");
    QVERIFY(wide.headerOk);
    QCOMPARE(wide.header.size(), 10000);
    QCOMPARE(sourceIds(wide.leads), QStringList{"W1"});
    const QJsonObject raw = QJsonDocument::fromJson(wide.leads.at(0).raw).object();
    QCOMPARE(raw.size(), 10000);
    QCOMPARE(raw.value("Column9999").toString(), QStringLiteral("v9999"));

    // A row of 10,000 fields under a three-column header.
    QByteArray longRow = "L1,Title,Type";
    for (int i = 3; i < 10000; ++i)
        longRow += ",x";
    ReadResult narrow = readBytes("NoticeId,Title,Type\n" + longRow + "\nL2,Next,Notice\n");
    QCOMPARE(sourceIds(narrow.leads), (QStringList{"L1", "L2"}));
    QCOMPARE(narrow.leads.at(0).noticeType, QStringLiteral("Type"));
    QCOMPARE(narrow.errors.size(), 1);
    QCOMPARE(narrow.errors.at(0).reason,
             QStringLiteral("10000 fields where the header has 3; the extra fields were ignored"));
}

void TestSamCsvReader::oversizedRecordIsSkipped()
{
    // An unbalanced quote on line 3 would swallow the rest of the file: the reader gives up
    // on that record once it passes the limit and carries on after its first line.
    QByteArray input = "NoticeId,Title,Description\nA1,ok,fine\nA2,\"broken,unbalanced\n";
    QStringList expected{"A1"};
    for (int i = 3; i < 60; ++i) {
        input += "A" + QByteArray::number(i) + ",ok,a description long enough to pass the limit\n";
        expected.append("A" + QString::number(i));
    }
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SamCsvReader reader(buffer);
    reader.setMaxRecordBytes(1000);
    QVERIFY(reader.readHeader().ok());
    ParsedPage page;
    while (reader.readBatch(1000, page)) {
    }
    QCOMPARE(sourceIds(page.leads), expected);
    QCOMPARE(recordsOf(page.errors), QStringList{"line 3"});
    QVERIFY2(page.errors.at(0).reason.startsWith("the record is longer than 1000 bytes"),
             qPrintable(page.errors.at(0).reason));
    QCOMPARE(reader.bytesRead(), qint64(input.size()));

    // Under the limit the same file is one truncated record: the limit is what saved the rest.
    QBuffer again(&input);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const ReadResult unlimited = readAll(again);
    QCOMPARE(sourceIds(unlimited.leads), QStringList{"A1"});
    QCOMPARE(recordsOf(unlimited.errors), QStringList{"line 3"});
}

void TestSamCsvReader::blankNoticeIdIsSkipped()
{
    // A no-break space (0xA0 in Windows-1252, C2 A0 in UTF-8) or a tab is no id, and an id
    // wrapped in them is the id itself, as the same record from the JSON API would be.
    const QByteArray input = "NoticeId,Title\n\xA0,cp1252 blank\n\xC2\xA0\t,utf8 blank\nB1,kept\n"
                             "\xC2\xA0" "B2 ,wrapped\n";
    const ReadResult result = readBytes(input, 1);
    QCOMPARE(sourceIds(result.leads), (QStringList{"B1", "B2"}));
    QCOMPARE(recordsOf(result.errors), (QStringList{"line 2", "line 3"}));
    for (const RecordError& error : result.errors)
        QCOMPARE(error.reason, QStringLiteral("no NoticeId; the record was skipped"));
}

QTEST_GUILESS_MAIN(TestSamCsvReader)
#include "tst_samcsvreader.moc"
