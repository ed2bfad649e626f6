// What a broken or hostile source can send, through the real parsers and the importer into a
// real SQLite cache: huge fields, deep nesting, invalid UTF-8, NUL bytes, ten thousand
// columns, dates at the ends of the calendar, negative and non-numeric amounts, duplicate
// keys and wrong types. A bad record is reported by name and the others are kept; a bad
// value leaves its column empty and stays in `raw`; nothing crashes.

#include "Cli.h"
#include "ItaJsonParser.h"
#include "LeadFilter.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "SamJsonParser.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

namespace {

constexpr qsizetype kTenMegabytes = qsizetype(10) << 20;

// Ten megabytes of words, ending in one that occurs nowhere else so search can find it.
QString tenMegabyteDescription()
{
    const QString paragraph = QStringLiteral("Repair of runway lighting and taxiway signs. ");
    QString text;
    text.reserve(kTenMegabytes);
    while (text.size() + paragraph.size() < kTenMegabytes - 10)
        text += paragraph;
    text += QStringLiteral("zanzibar");
    text += QString(kTenMegabytes - text.size(), u'.');
    return text;
}

QByteArray samPage(const QList<QByteArray>& records)
{
    return "{\"totalRecords\": " + QByteArray::number(records.size()) + ", \"opportunitiesData\": ["
        + records.join(", ") + "]}";
}

QByteArray samRecord(const QByteArray& id, const QByteArray& moreFields = {})
{
    QByteArray record = "{\"noticeId\": \"" + id + "\", \"title\": \"Lead " + id + "\"";
    if (!moreFields.isEmpty())
        record += ", " + moreFields;
    return record + "}";
}

QByteArray nested(const QByteArray& open, const QByteArray& inner, const QByteArray& close, int depth)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

// One column of a stored lead, typed: text columns as QString, amounts as double, none as null.
QVariant column(const Lead& lead, const QString& name)
{
    if (name == QLatin1String("title"))
        return lead.title;
    if (name == QLatin1String("description"))
        return lead.description;
    if (name == QLatin1String("posted_at"))
        return lead.postedAt;
    if (name == QLatin1String("deadline_at"))
        return lead.deadlineAt;
    if (name == QLatin1String("agency"))
        return lead.agency;
    if (name == QLatin1String("value_min"))
        return lead.valueMin ? QVariant(*lead.valueMin) : QVariant();
    if (name == QLatin1String("value_max"))
        return lead.valueMax ? QVariant(*lead.valueMax) : QVariant();
    if (name == QLatin1String("country"))
        return lead.country;
    qFatal("no column %s in this test", qPrintable(name));
}

QStringList messages(const QList<RecordError>& errors)
{
    QStringList out;
    for (const RecordError& error : errors)
        out.append(error.message());
    return out;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void samRecordErrors_data();
    void samRecordErrors();
    void samValues_data();
    void samValues();
    void samTenMegabyteDescription();
    void samPageFromAStream();
    void samNestedHundredThousandDeep();
    void samInvalidUtf8KeepsThePage();
    void envelopeCounts_data();
    void envelopeCounts();
    void itaRecordErrors_data();
    void itaRecordErrors();
    void itaValues_data();
    void itaValues();
    void csvRecords_data();
    void csvRecords();
    void csvTenThousandColumns();
    void csvTenThousandColumnHeader();
    void csvTenMegabyteDescription();
    void csvWholeFileFailures_data();
    void csvWholeFileFailures();
    void descriptionBodies_data();
    void descriptionBodies();
    void savedFilters_data();
    void savedFilters();
    void searchFlags_data();
    void searchFlags();

private:
    Result<ImportSummary> import(const QByteArray& bytes, ImportFormat format);
    Lead stored(const QString& source, const QString& id);
    qint64 leadCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestHostileInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
}

void TestHostileInput::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Result<ImportSummary> TestHostileInput::import(const QByteArray& bytes, ImportFormat format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    LeadImporter importer(*m_store);
    return importer.importDevice(buffer, format, QStringLiteral("hostile"));
}

Lead TestHostileInput::stored(const QString& source, const QString& id)
{
    auto lead = m_store->lead(source, id);
    if (!lead)
        qWarning("%s %s is not in the cache: %s", qPrintable(source), qPrintable(id), qPrintable(lead.errorMessage()));
    return lead ? lead->lead : Lead();
}

qint64 TestHostileInput::leadCount()
{
    return m_store->count(LeadFilter(), QDate(2026, 1, 15)).value();
}

// A record that cannot be a lead is named in one message; the records around it are kept.
void TestHostileInput::samRecordErrors_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("message");

    QTest::newRow("noticeId is an object")
        << QByteArray(R"({"noticeId": {"id": "X"}, "title": "T"})") << "sam record #1: noticeId is not text";
    QTest::newRow("noticeId is an array")
        << QByteArray(R"({"noticeId": ["X"], "title": "T"})") << "sam record #1: noticeId is not text";
    QTest::newRow("noticeId is a boolean")
        << QByteArray(R"({"noticeId": true})") << "sam record #1: noticeId is not text";
    QTest::newRow("noticeId missing") << QByteArray(R"({"title": "T"})") << "sam record #1: no noticeId";
    QTest::newRow("noticeId null") << QByteArray(R"({"noticeId": null})") << "sam record #1: no noticeId";
    QTest::newRow("noticeId blank") << QByteArray(R"({"noticeId": "  \t "})") << "sam record #1: no noticeId";
    QTest::newRow("noticeId the text null") << QByteArray(R"({"noticeId": "null"})") << "sam record #1: no noticeId";
    QTest::newRow("record is a number") << QByteArray("42") << "sam record #1: not a JSON object";
    QTest::newRow("record is text") << QByteArray(R"("noticeId")") << "sam record #1: not a JSON object";
    QTest::newRow("record is null") << QByteArray("null") << "sam record #1: not a JSON object";
    QTest::newRow("record is an array") << QByteArray(R"([{"noticeId": "X"}])") << "sam record #1: not a JSON object";
}

void TestHostileInput::samRecordErrors()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, message);
    auto summary = import(samPage({ samRecord("A"), record, samRecord("B") }), ImportFormat::SamJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 2);
    QCOMPARE(summary->errorCount, 1);
    QCOMPARE(messages(summary->errors), QStringList { message });
    QCOMPARE(stored("sam", "A").title, "Lead A");
    QCOMPARE(stored("sam", "B").title, "Lead B");
    QCOMPARE(leadCount(), 2);
}

// A value that cannot be read leaves its column empty; the lead is kept, and `raw` keeps the
// value as it came.
void TestHostileInput::samValues_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("deadline in year 9999") << QByteArray(R"("responseDeadLine": "9999-12-31T23:59:59Z")")
                                           << "deadline_at" << QVariant("9999-12-31T23:59:59Z");
    QTest::newRow("deadline pushed past 9999 by its zone")
        << QByteArray(R"("responseDeadLine": "9999-12-31T23:00:00-05:00")") << "deadline_at" << QVariant("");
    QTest::newRow("posted in year 0001") << QByteArray(R"("postedDate": "0001-01-01")") << "posted_at"
                                         << QVariant("0001-01-01");
    QTest::newRow("posted before year 1 by its zone")
        << QByteArray(R"("postedDate": "0001-01-01T00:30:00+01:00")") << "posted_at" << QVariant("");
    QTest::newRow("posted in year 0000") << QByteArray(R"("postedDate": "0000-06-15")") << "posted_at" << QVariant("");
    QTest::newRow("posted on 31 February")
        << QByteArray(R"("postedDate": "2026-02-31")") << "posted_at" << QVariant("");
    QTest::newRow("deadline as a huge number")
        << QByteArray(R"("responseDeadLine": 1e300)") << "deadline_at" << QVariant("");
    QTest::newRow("deadline as epoch milliseconds at the end of 9999")
        << QByteArray(R"("responseDeadLine": 253402300799000)") << "deadline_at" << QVariant("9999-12-31T23:59:59Z");
    QTest::newRow("negative award") << QByteArray(R"("award": {"amount": -25000})") << "value_min"
                                    << QVariant(-25000.0);
    QTest::newRow("negative award as text")
        << QByteArray(R"("award": {"amount": "-$1,200.50"})") << "value_max" << QVariant(-1200.5);
    QTest::newRow("non-numeric award") << QByteArray(R"("award": {"amount": "TBD"})") << "value_min" << QVariant();
    QTest::newRow("award as an object") << QByteArray(R"("award": {"amount": {"value": 5}})") << "value_min"
                                        << QVariant();
    QTest::newRow("award of 1e308") << QByteArray(R"("award": {"amount": 1e308})") << "value_min" << QVariant(1e308);
    QTest::newRow("award too large for a double")
        << QByteArray(R"("award": {"amount": "1e999"})") << "value_min" << QVariant();
    QTest::newRow("duplicate key: the last one counts")
        << QByteArray(R"("title": "first", "title": "second")") << "title" << QVariant("second");
    QTest::newRow("title as a number") << QByteArray(R"("title": 12345)") << "title" << QVariant("12345");
    QTest::newRow("title as an object") << QByteArray(R"("title": {"text": "x"})") << "title" << QVariant("");
    QTest::newRow("title as an array") << QByteArray(R"("title": ["Road", 7, null, "Repair"])") << "title"
                                       << QVariant("Road; 7; Repair");
    QTest::newRow("NUL escaped in a title") << QByteArray(R"("title": "before\u0000after")") << "title"
                                            << QVariant(QStringLiteral("before") + QChar(0) + QStringLiteral("after"));
    QTest::newRow("NUL byte in a title") << QByteArray("\"title\": \"before\0after\"", 23) << "title"
                                         << QVariant(QStringLiteral("before") + QChar(0) + QStringLiteral("after"));
    QTest::newRow("title nested 1,000 deep")
        << "\"title\": " + nested("[", "\"deep\"", "]", 1000) << "title" << QVariant("deep");
    QTest::newRow("country as a number") << QByteArray(R"("placeOfPerformance": {"country": 840})") << "country"
                                         << QVariant("");
}

void TestHostileInput::samValues()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, column);
    QFETCH(QVariant, expected);
    auto summary = import(samPage({ samRecord("A"), samRecord("H", fields), samRecord("B") }), ImportFormat::SamJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(messages(summary->errors), QStringList());
    const Lead lead = stored("sam", "H");
    QCOMPARE(::column(lead, column), expected);
    QVERIFY(QJsonDocument::fromJson(lead.raw).isObject());
    QCOMPARE(leadCount(), 3);
}

void TestHostileInput::samTenMegabyteDescription()
{
    const QString description = tenMegabyteDescription();
    const QByteArray huge = "\"description\": \"" + description.toUtf8() + "\"";
    auto summary = import(samPage({ samRecord("A"), samRecord("HUGE", huge), samRecord("B") }), ImportFormat::SamJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(summary->errorCount, 0);
    const Lead lead = stored("sam", "HUGE");
    QCOMPARE(lead.description.size(), kTenMegabytes);
    QVERIFY(lead.description == description);
    LeadFilter filter;
    filter.text = QStringLiteral("zanzibar");
    QCOMPARE(m_store->count(filter, QDate(2026, 1, 15)).value(), 1);
}

// A pipe or socket has no size: the importer reads it in pieces until it ends, so a page that
// arrives a few kilobytes at a time is imported whole.
void TestHostileInput::samPageFromAStream()
{
    class TrickleDevice final : public QIODevice
    {
    public:
        explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) {}
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char* data, qint64 maxSize) override
        {
            const qint64 n = qMin(qMin(maxSize, qint64(4096)), m_data.size() - m_pos);
            std::memcpy(data, m_data.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_pos = 0;
    };

    const QByteArray huge = "\"description\": \"" + tenMegabyteDescription().toUtf8() + "\"";
    TrickleDevice device(samPage({ samRecord("A"), samRecord("HUGE", huge), samRecord("B") }));
    QVERIFY(device.open(QIODevice::ReadOnly));
    LeadImporter importer(*m_store);
    auto summary = importer.importDevice(device, ImportFormat::SamJson, QStringLiteral("stream"));
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(stored("sam", "HUGE").description.size(), kTenMegabytes);
    QCOMPARE(stored("sam", "B").sourceId, QStringLiteral("B"));
}

// Qt's JSON reader stops at 1,024 levels, so the page cannot be read at all: the import says
// where and writes nothing, rather than half a page.
void TestHostileInput::samNestedHundredThousandDeep()
{
    const QByteArray deep = "\"pointOfContact\": " + nested("[", "1", "]", 100000);
    const QByteArray page = samPage({ samRecord("A"), samRecord("DEEP", deep), samRecord("B") });
    auto summary = import(page, ImportFormat::SamJson);
    QVERIFY(!summary.ok());
    // The page's object, its array and the record are three levels: the 1,022nd bracket opens
    // the 1,025th, and the reader names the byte after it.
    const qsizetype tooDeep = page.indexOf('[', page.indexOf("pointOfContact")) + 1021;
    QCOMPARE(summary.errorMessage(),
        QStringLiteral("hostile: SAM.gov response is not valid JSON: too deeply nested document at offset %1")
            .arg(tooDeep + 1));
    QCOMPARE(leadCount(), 0);

    // Within the reader's limit the nesting is only data: the record is kept whole.
    const QByteArray within = "\"pointOfContact\": " + nested("[", "1", "]", 1000);
    summary = import(samPage({ samRecord("A"), samRecord("DEEP", within), samRecord("B") }), ImportFormat::SamJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QVERIFY(stored("sam", "DEEP").raw.contains(nested("[", "1", "]", 1000)));
}

// A feed that is UTF-8 but for a stray Windows-1252 byte: the byte is read as Windows-1252 (as
// the bulk CSV reads such records) instead of the whole page failing, which would stop every
// later sync at the same page.
void TestHostileInput::samInvalidUtf8KeepsThePage()
{
    const QByteArray bad = "\"title\": \"Caf\xE9 \x93renovation\x94 \xFF\xFE end\"";
    auto summary = import(samPage({ samRecord("A"), samRecord("LATIN", bad), samRecord("B") }), ImportFormat::SamJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(summary->errorCount, 0);
    QCOMPARE(stored("sam", "LATIN").title, QString::fromUtf8("Café “renovation” ÿþ end"));

    // Bytes that are no UTF-8 outside a string still make the page unreadable, and say where.
    summary = import("{\"totalRecords\": 1\xFF, \"opportunitiesData\": []}", ImportFormat::SamJson);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.errorMessage().startsWith(QLatin1String("hostile: SAM.gov response is not valid JSON: ")),
        qPrintable(summary.errorMessage()));
}

// A page's counts steer paging: one that no qint64 holds, or that is no whole number, reads
// as unknown (-1) rather than as whatever an out-of-range conversion gives.
void TestHostileInput::envelopeCounts_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("read");

    QTest::newRow("a count") << QByteArray("35") << qint64(35);
    QTest::newRow("a count as text") << QByteArray(R"("1,200")") << qint64(1200);
    QTest::newRow("beyond qint64") << QByteArray("1e300") << qint64(-1);
    QTest::newRow("beyond 2^53") << QByteArray("1e16") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fractional") << QByteArray("12.5") << qint64(-1);
    QTest::newRow("non-numeric") << QByteArray(R"("lots")") << qint64(-1);
}

void TestHostileInput::envelopeCounts()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, read);
    const auto sam = SamJsonParser::parse(
        "{\"totalRecords\": " + value + ", \"offset\": " + value + ", \"opportunitiesData\": []}");
    QVERIFY2(sam.ok(), qPrintable(sam.errorMessage()));
    QCOMPARE(sam->total, read);
    QCOMPARE(sam->offset, read);
    const auto ita
        = ItaJsonParser::parse("{\"total\": " + value + ", \"next_offset\": " + value + ", \"results\": []}");
    QVERIFY2(ita.ok(), qPrintable(ita.errorMessage()));
    QCOMPARE(ita->total, read);
    QCOMPARE(ita->nextOffset, read);
}

void TestHostileInput::itaRecordErrors_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("message");

    QTest::newRow("id is an object") << QByteArray(R"({"id": {"n": 1}, "source": "UK"})")
                                     << "ita record #1: id is not text";
    QTest::newRow("id is a boolean") << QByteArray(R"({"id": false, "source": "UK"})")
                                     << "ita record #1: id is not text";
    QTest::newRow("id missing") << QByteArray(R"({"source": "UK", "title": "T"})") << "ita record #1: no id, and no reference number, contract number or link to know it by";
    QTest::newRow("record is a number") << QByteArray("-1") << "ita record #1: not a JSON object";
}

void TestHostileInput::itaRecordErrors()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, message);
    const QByteArray page = "{\"total\": 3, \"offset\": 0, \"results\": [{\"id\": \"A\", \"source\": \"UK\"}, " + record
        + ", {\"id\": \"B\", \"source\": \"UK\"}]}";
    auto summary = import(page, ImportFormat::ItaJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 2);
    QCOMPARE(messages(summary->errors), QStringList { message });
    QCOMPARE(leadCount(), 2);
}

void TestHostileInput::itaValues_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("negative contract value")
        << QByteArray(R"("min_contract_value": -5)") << "value_min" << QVariant(-5.0);
    QTest::newRow("non-numeric contract value")
        << QByteArray(R"("max_contract_value": "N/A")") << "value_max" << QVariant();
    QTest::newRow("European grouping is not guessed")
        << QByteArray(R"("max_contract_value": "1.200,50")") << "value_max" << QVariant();
    QTest::newRow("end date in year 9999")
        << QByteArray(R"("end_date": "9999-12-31")") << "deadline_at" << QVariant("9999-12-31");
    QTest::newRow("publish date in year 0001")
        << QByteArray(R"("publish_date": "0001-01-01T00:00:00Z")") << "posted_at" << QVariant("0001-01-01T00:00:00Z");
    QTest::newRow("publish date is text") << QByteArray(R"("publish_date": "soon")") << "posted_at" << QVariant("");
    QTest::newRow("duplicate key: the last one counts")
        << QByteArray(R"("title": "first", "title": "second")") << "title" << QVariant("second");
    QTest::newRow("agency as an array") << QByteArray(R"("procurement_organization": ["Ministry", "of Works"])")
                                        << "agency" << QVariant("Ministry; of Works");
}

void TestHostileInput::itaValues()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, column);
    QFETCH(QVariant, expected);
    const QByteArray page = "{\"total\": 3, \"results\": [{\"id\": \"A\", \"source\": \"UK\"}, {\"id\": \"H\", "
                            "\"source\": \"UK\", "
        + fields + "}, {\"id\": \"B\", \"source\": \"UK\"}]}";
    auto summary = import(page, ImportFormat::ItaJson);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(messages(summary->errors), QStringList());
    QCOMPARE(::column(stored("ita-uk", "H"), column), expected);
}

// Records of the bulk CSV, one hostile record between two good ones.
void TestHostileInput::csvRecords_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("deadline in year 9999") << QByteArray("H,Lead H,2026-01-02,9999-12-31 23:59:59,,") << QStringList()
                                           << "deadline_at" << QVariant("9999-12-31T23:59:59Z");
    QTest::newRow("posted in year 0001") << QByteArray("H,Lead H,0001-01-01,,,") << QStringList() << "posted_at"
                                         << QVariant("0001-01-01");
    QTest::newRow("unreadable date") << QByteArray("H,Lead H,yesterday,,,") << QStringList() << "posted_at"
                                     << QVariant("");
    QTest::newRow("negative award") << QByteArray("H,Lead H,,,\"-1,200.50\",") << QStringList() << "value_min"
                                    << QVariant(-1200.5);
    QTest::newRow("non-numeric award") << QByteArray("H,Lead H,,,TBD,") << QStringList() << "value_min" << QVariant();
    QTest::newRow("NUL bytes in a field") << QByteArray("H,Lead\0H,,,,\"a\0b\"", 17) << QStringList() << "title"
                                          << QVariant(QStringLiteral("Lead") + QChar(0) + u'H');
    QTest::newRow("invalid UTF-8 read as Windows-1252")
        << QByteArray("H,Caf\xE9 \x93H\x94,,,,") << QStringList() << "title" << QVariant(QString::fromUtf8("Café “H”"));
    QTest::newRow("no NoticeId") << QByteArray(",Lead H,,,,")
                                 << QStringList { "sam-csv record line 3: no NoticeId; "
                                                  "the record was skipped" }
                                 << QString() << QVariant();
    QTest::newRow("more fields than the header")
        << QByteArray("H,Lead H,,,,,surplus")
        << QStringList { "sam-csv record line 3: 7 fields where the header has "
                         "6; the extra fields were ignored" }
        << "title" << QVariant("Lead H");
}

void TestHostileInput::csvRecords()
{
    QFETCH(QByteArray, record);
    QFETCH(QStringList, messages);
    QFETCH(QString, column);
    QFETCH(QVariant, expected);
    const QByteArray csv = "NoticeId,Title,PostedDate,ResponseDeadLine,Award$,Description\n"
                           "A,Lead A,,,,\n"
        + record + "\nB,Lead B,,,,\n";
    auto summary = import(csv, ImportFormat::SamCsv);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(::messages(summary->errors), messages);
    // A record that was stored counts as a note, not as skipped.
    QCOMPARE(summary->errorCount, column.isEmpty() ? messages.size() : 0);
    QCOMPARE(summary->noteCount, column.isEmpty() ? 0 : messages.size());
    QCOMPARE(stored("sam", "A").title, "Lead A");
    QCOMPARE(stored("sam", "B").title, "Lead B");
    if (column.isEmpty()) {
        QCOMPARE(leadCount(), 2);
        return;
    }
    QCOMPARE(leadCount(), 3);
    QCOMPARE(::column(stored("sam", "H"), column), expected);
}

void TestHostileInput::csvTenThousandColumns()
{
    QByteArray wide = "WIDE,Lead WIDE,2026-01-02,,,";
    for (int i = 6; i < 10000; ++i)
        wide += ",x" + QByteArray::number(i);
    const QByteArray csv
        = "NoticeId,Title,PostedDate,ResponseDeadLine,Award$,Description\nA,Lead A,,,,\n" + wide + "\nB,Lead B,,,,\n";
    auto summary = import(csv, ImportFormat::SamCsv);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(::messages(summary->errors),
        QStringList { "sam-csv record line 3: 10000 fields where the header has 6; the extra fields were ignored" });
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(summary->errorCount, 0);
    QCOMPARE(summary->noteCount, 1);
    const Lead lead = stored("sam", "WIDE");
    QCOMPARE(lead.postedAt, "2026-01-02");
    QVERIFY(!lead.raw.contains("x9999"));
}

void TestHostileInput::csvTenThousandColumnHeader()
{
    QByteArray header = "NoticeId,Title";
    QByteArray record = "WIDE,Lead WIDE";
    for (int i = 2; i < 10000; ++i) {
        header += ",Extra " + QByteArray::number(i);
        record += ",v" + QByteArray::number(i);
    }
    auto summary = import(header + "\n" + record + "\n", ImportFormat::SamCsv);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 1);
    QCOMPARE(summary->errorCount, 0);
    const QJsonObject raw = QJsonDocument::fromJson(stored("sam", "WIDE").raw).object();
    QCOMPARE(raw.size(), 10000);
    QCOMPARE(raw.value("Extra 9999").toString(), "v9999");
}

void TestHostileInput::csvTenMegabyteDescription()
{
    const QString description = tenMegabyteDescription();
    const QByteArray csv
        = "NoticeId,Title,Description\nA,Lead A,\nHUGE,Lead HUGE,\"" + description.toUtf8() + "\"\nB,Lead B,\n";
    auto summary = import(csv, ImportFormat::SamCsv);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(summary->errorCount, 0);
    QVERIFY(stored("sam", "HUGE").description == description);
}

void TestHostileInput::csvWholeFileFailures_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("recordMessages");
    QTest::addColumn<int>("kept");

    QTest::newRow("NUL bytes in the header") << QByteArray("Notice\0Id,Title\nA,T\n", 20)
                                             << "hostile: not a SAM.gov Contract Opportunities CSV: the file holds "
                                                "binary data"
                                             << QStringList() << 0;
    QTest::newRow("no NoticeId column") << QByteArray("Id,Title\nA,T\n")
                                        << "hostile: not a SAM.gov Contract Opportunities CSV: the header has no "
                                           "NoticeId column"
                                        << QStringList() << 0;
    QTest::newRow("an unbalanced quote swallows the rest")
        << QByteArray("NoticeId,Title\nA,Lead A\nB,\"Lead B\nC,Lead C\n") << QString()
        << QStringList { "sam-csv record line 3: the file ends inside a quoted field (truncated?); the record was not "
                         "imported" }
        << 1;
    QTest::newRow("duplicate header names: the first NoticeId counts")
        << QByteArray("NoticeId,Title,NoticeId\nA,Lead A,Z\n") << QString() << QStringList() << 1;
}

void TestHostileInput::csvWholeFileFailures()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QFETCH(QStringList, recordMessages);
    QFETCH(int, kept);
    auto summary = import(csv, ImportFormat::SamCsv);
    QCOMPARE(summary.errorMessage(), message);
    if (summary)
        QCOMPARE(::messages(summary->errors), recordMessages);
    QCOMPARE(leadCount(), kept);
    if (kept > 0)
        QCOMPARE(stored("sam", "A").title, "Lead A");
}

// The body of a description link, as DescriptionFetcher hands it over.
void TestHostileInput::descriptionBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("error");

    QTest::newRow("ten megabytes") << "{\"description\": \"" + tenMegabyteDescription().toUtf8() + "\"}"
                                   << tenMegabyteDescription() << QString();
    QTest::newRow("nested 100,000 deep") << nested("{\"description\": ", "\"x\"", "}", 100000) << QString()
                                         << "SAM.gov description response is not valid JSON: too deeply nested "
                                            "document at offset 16385";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"description\": \"<p>Caf\xE9</p>\"}")
                                   << QString::fromUtf8("<p>Café</p>") << QString();
    QTest::newRow("NUL bytes") << QByteArray("{\"description\": \"a\0b\"}", 22) << QStringLiteral("a") + QChar(0) + u'b'
                               << QString();
    QTest::newRow("description is a number")
        << QByteArray(R"({"description": 5})") << QString() << "SAM.gov description response has no description field";
    QTest::newRow("duplicate key: the last one counts")
        << QByteArray(R"({"description": "first", "description": "second"})") << "second" << QString();
    QTest::newRow("top level is an array")
        << QByteArray(R"(["description"])") << QString() << "SAM.gov description response is not a JSON object";
}

void TestHostileInput::descriptionBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, description);
    QFETCH(QString, error);
    const auto parsed = SamJsonParser::parseDescription(body);
    QCOMPARE(parsed.errorMessage(), error);
    if (parsed)
        QVERIFY(*parsed == description);
}

// A saved search's filter JSON, as a shared file or a damaged cache may hold it.
void TestHostileInput::savedFilters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("readAs");

    QTest::newRow("nested 100,000 deep") << nested("{\"text\": ", "\"x\"", "}", 100000)
                                         << "A saved filter is not valid JSON: too deeply nested document"
                                         << QByteArray();
    QTest::newRow("invalid UTF-8") << QByteArray("{\"text\": \"caf\xE9\"}")
                                   << "A saved filter is not valid JSON: invalid UTF8 string" << QByteArray();
    QTest::newRow("wrong types are left out")
        << QByteArray(R"({"sources": "sam", "open": "yes", "dueWithinDays": "x", "valueMin": "5", "dueTo": 20260101})")
        << QString() << QByteArray("{}");
    QTest::newRow("duplicate key: the last one counts")
        << QByteArray(R"({"text": "a", "text": "b"})") << QString() << QByteArray(R"({"text":"b"})");
    QTest::newRow("dates at the ends of the calendar")
        << QByteArray(R"({"dueFrom": "0001-01-01", "dueTo": "9999-12-31"})") << QString()
        << QByteArray(R"({"dueFrom":"0001-01-01","dueTo":"9999-12-31"})");
    // Days that are no whole number are left out, as a wrong type is; not read as "due today".
    QTest::newRow("fractional days") << QByteArray(R"({"dueWithinDays": -3.5, "valueMin": -1e308})") << QString()
                                     << QByteArray(R"({"valueMin":-1e+308})");
}

void TestHostileInput::savedFilters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(QByteArray, readAs);
    const auto filter = LeadFilter::fromJson(json);
    QCOMPARE(filter.errorMessage(), error);
    if (!filter)
        return;
    QCOMPARE(filter->toJson(), readAs);
    QVERIFY(m_store->count(*filter, QDate(2026, 1, 15)).ok());
}

// `tradeleads search` flags with values no one should type.
void TestHostileInput::searchFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("runs"); // whether the filter is also run against the cache

    QTest::newRow("date in year 9999") << QStringList { "--due-to", "9999-12-31" } << QString() << true;
    QTest::newRow("date in year 0001") << QStringList { "--posted-from", "0001-01-01" } << QString() << true;
    QTest::newRow("date in year 10000") << QStringList { "--due-to", "10000-01-01" }
                                        << "--due-to takes a date as YYYY-MM-DD, not \"10000-01-01\"" << true;
    QTest::newRow("negative days") << QStringList { "--due-within", "-1" }
                                   << "--due-within takes a number of days, not \"-1\"" << true;
    QTest::newRow("non-numeric days") << QStringList { "--due-within", "ten" }
                                      << "--due-within takes a number of days, not \"ten\"" << true;
    QTest::newRow("days beyond an int") << QStringList { "--due-within", "99999999999" }
                                        << "--due-within takes a number of days, not \"99999999999\"" << true;
    QTest::newRow("NAICS with letters") << QStringList { "--naics", "23a" } << "--naics takes digits, not \"23a\""
                                        << true;
    QTest::newRow("NUL in a query") << QStringList { QStringLiteral("road") + QChar(0) + QStringLiteral("repair") }
                                    << QString() << true;
    QTest::newRow("ten thousand words of query")
        << QStringList { QStringLiteral("runway ").repeated(10000) } << QString() << true;
    // A query is read whole, but a ten-megabyte one becomes some 1.7 million FTS5 terms, which
    // SQLite takes minutes to run: LeadFilter::ftsQuery does not bound the terms yet.
    QTest::newRow("ten megabytes of query") << QStringList { tenMegabyteDescription() } << QString() << false;
}

void TestHostileInput::searchFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(bool, runs);
    const auto filter = Cli::searchFilter(QStringList { "tradeleads", "search" } + arguments);
    QCOMPARE(filter.errorMessage(), error);
    if (filter && runs)
        QVERIFY(m_store->count(*filter, QDate(2026, 1, 15)).ok());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
