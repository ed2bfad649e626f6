// LeadExport: XLSX, CSV and iCalendar files read back by real readers (openpyxl, Python's
// csv module, icalendar, run as /usr/bin/python3), formula injection kept inert, and no file
// left at the target when an export fails or is cancelled. Also the CLI's export formats, and
// the calendar's one event per notice family (built from a real SAM.gov page, see
// SamNoticeFamily.h) that a calendar updates when the deadline moves.
#include "LeadExport.h"
#include "LeadFilter.h"
#include "JsonText.h"
#include "LeadFormat.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "SamNoticeFamily.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QDate kToday(2026, 1, 1);
const QDateTime kExportedAt(QDate(2026, 1, 2), QTime(8, 30), Qt::UTC);

QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Runs a Python script that prints one JSON document about `file`.
QJsonDocument readWithPython(const char* script, const QString& file)
{
    const Run run = runProgram(python(), {QStringLiteral("-c"), QString::fromUtf8(script), file});
    if (run.exitCode != 0) {
        qWarning("python failed (%d): %s", run.exitCode, run.err.constData());
        return {};
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("python printed no JSON: %s", run.out.left(300).constData());
    return document;
}

// Every cell of the first sheet with its type, format, hyperlink and boldness; the sheet's
// frozen panes, autofilter and widths; the second sheet's values.
const char* const kOpenpyxlDump = R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def plain(v):
    if isinstance(v, datetime.datetime):
        # Excel keeps a fraction of a day: round to the second.
        v = (v + datetime.timedelta(microseconds=500000)).replace(microsecond=0)
        return v.isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v
ws = wb.worksheets[0]
rows = []
for row in ws.iter_rows():
    cells = []
    for c in row:
        cell = {"v": plain(c.value), "t": c.data_type, "date": bool(c.is_date), "fmt": c.number_format,
                "bold": bool(c.font is not None and c.font.b)}
        if c.hyperlink is not None:
            cell["link"] = c.hyperlink.target
        cells.append(cell)
    rows.append(cells)
print(json.dumps({
    "sheets": wb.sheetnames,
    "freeze": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "widths": {k: v.width for k, v in ws.column_dimensions.items()},
    "rows": rows,
    "export": [[plain(c.value) for c in row] for row in wb.worksheets[1].iter_rows()] if len(wb.worksheets) > 1 else [],
}))
)";

// The raw bytes' BOM, then the rows as Python's csv module reads them.
const char* const kCsvDump = R"(
import csv, io, json, sys
data = open(sys.argv[1], "rb").read()
bom = data.startswith(b"\xef\xbb\xbf")
text = data.decode("utf-8-sig" if bom else "utf-8")
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
print(json.dumps({"bom": bom, "rows": rows, "crlf": data.count(b"\r\n")}))
)";

const char* const kIcalendarDump = R"(
import datetime, json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
events = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    end = ev.decoded("DTEND") if "DTEND" in ev else None
    stamp = ev.decoded("DTSTAMP")
    events.append({
        "uid": str(ev["UID"]),
        "sequence": int(ev.decoded("SEQUENCE")) if "SEQUENCE" in ev else None,
        "start": start.isoformat(),
        "allDay": not isinstance(start, datetime.datetime),
        "utc": isinstance(start, datetime.datetime) and start.utcoffset() == datetime.timedelta(0),
        "end": end.isoformat() if end is not None else None,
        "stamp": stamp.isoformat(),
        "summary": str(ev["SUMMARY"]),
        "description": str(ev["DESCRIPTION"]),
        "url": str(ev["URL"]) if "URL" in ev else None,
        "alarms": [{"action": str(a["ACTION"]), "trigger": a.decoded("TRIGGER").total_seconds(),
                    "description": str(a["DESCRIPTION"])} for a in ev.walk("VALARM")],
    })
print(json.dumps({"version": str(cal["VERSION"]), "prodid": str(cal["PRODID"]), "events": events}))
)";

// The sheet XML itself: how many hyperlinks, and the last row read in read-only mode.
const char* const kLinkCount = R"py(
import json, re, sys, zipfile, openpyxl
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode("utf-8") if "xl/worksheets/_rels/sheet1.xml.rels" in z.namelist() else ""
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb.worksheets[0]
rows = 0
last = None
for row in ws.iter_rows(values_only=True):
    rows += 1
    last = list(row)
refs = [int(m) for m in re.findall(r'<hyperlink ref="[A-Z]+([0-9]+)"', sheet)]
notes = [str(v) for row in wb.worksheets[1].iter_rows(values_only=True) for v in row if v is not None]
print(json.dumps({"hyperlinks": len(re.findall(r"<hyperlink ", sheet)), "rels": rels.count("<Relationship "),
                  "lastLinkRow": max(refs), "rows": rows, "last": last, "export": notes}))
)py";

Lead lead(const QString& source, const QString& id, const QString& title)
{
    Lead l;
    l.source = source;
    l.sourceId = id;
    l.title = title;
    l.raw = QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}})
                .toJson(QJsonDocument::Compact);
    return l;
}

// The lead with `deadline` in its record too: the store keeps a version when the record changes.
Lead withDeadline(Lead l, const QString& deadline)
{
    l.deadlineAt = deadline;
    l.raw = QJsonDocument(QJsonObject{{QStringLiteral("id"), l.sourceId}, {QStringLiteral("title"), l.title},
                                      {QStringLiteral("deadline"), deadline}})
                .toJson(QJsonDocument::Compact);
    return l;
}

// The UID a family's event must have, spelled out apart from the code under test: hex SHA-1 of
// the family id. Calendars that imported an earlier export depend on it staying so.
QString expectedUid(const QString& familyId)
{
    return QString::fromLatin1(QCryptographicHash::hash(familyId.toUtf8(), QCryptographicHash::Sha1).toHex())
        + QStringLiteral("@tradeleads");
}

QList<Lead> fixtureLeads()
{
    QList<Lead> leads;

    Lead zurich = lead("sam", "SAM-001", "=HYPERLINK(\"http://x\",\"Zürich\")");
    zurich.description = QStringLiteral("Ausschreibung in Zürich 🚀\r\nZeile 2, mit \"Zitat\"; und Komma");
    zurich.descriptionUrl = "https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=SAM-001";
    zurich.noticeType = "Solicitation";
    zurich.solicitationNumber = "ZH-2026-01";
    zurich.agency = "Stadt Zürich";
    zurich.office = "Tiefbauamt ";
    zurich.country = "CH";
    zurich.location = "Zürich, CH";
    zurich.naicsCode = "023622";
    zurich.postedAt = "2026-01-05T09:30:00Z";
    zurich.deadlineAt = "2026-03-01T17:00:00Z";
    zurich.amendedAt = "2026-01-20";
    zurich.valueMin = 1000.5;
    zurich.valueMax = 250000;
    zurich.currency = "CHF";
    zurich.active = true;
    zurich.url = "https://sam.gov/opp/SAM-001/view";
    zurich.contacts = QJsonArray{QJsonObject{{"name", "Anna Müller"}, {"email", "anna@example.ch"}}};
    leads.append(zurich);

    Lead tokyo = lead("ita-uk", "UK-002", "+1 more tenders");
    tokyo.agency = "-2 Ministry of Defence";
    tokyo.solicitationNumber = "@SUM(A1)";
    tokyo.location = "東京 (Tokyo)";
    tokyo.country = "JP";
    tokyo.postedAt = "2026-01-10";
    tokyo.deadlineAt = "2026-02-15";
    tokyo.valueMax = 5000000;
    tokyo.currency = "GBP";
    tokyo.active = false;
    tokyo.url = "http://example.co.uk/tender?id=2&lang=en";
    leads.append(tokyo);

    Lead tab = lead("ita-canada", "CA-003", "\tTabbed title; with, ICS\\chars");
    tab.agency = "@Agency";
    tab.description = "\r= carriage return first";
    tab.location = "Ottawa 🍁";
    tab.url = "javascript:alert(1)";
    leads.append(tab);

    QString longTitle;
    for (int i = 0; i < 30; ++i)
        longTitle += QStringLiteral("東京 ");
    Lead fold = lead("sam", "SAM-004", longTitle + "Großauftrag");
    fold.agency = "Agency, with; punctuation\\";
    fold.solicitationNumber = "SOL-4";
    fold.deadlineAt = "2026-04-30T23:59:59Z";
    fold.url = "https://sam.gov/opp/SAM-004/view";
    leads.append(fold);

    leads.append(lead("sam", "SAM-005", "Minimal"));
    return leads;
}

} // namespace

Q_DECLARE_METATYPE(LeadExport::Format)

// The workbook's "Export" sheet as read by openpyxl: a line per row, each cell followed by '|'.
QString exportSheetText(const QString& file);

class TestLeadExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void xlsxReadsBackWithOpenpyxl();
    void xlsxColumnsInTheOrderGiven();
    void xlsxRecordsTheFilter();
    void xlsxRecordsTagsAndValueRange();
    void xlsxLinksBeyondTheSheetLimitAreText();
    void xlsxCutsLongTextAndDropsControlCharacters();
    void csvReadsBackWithPythonCsv_data();
    void csvReadsBackWithPythonCsv();
    void icsReadsBackWithIcalendar();
    void icsEscapesAndFolds();
    void icsKeepsOneEventPerFamily_data();
    void icsKeepsOneEventPerFamily();
    void icsRaisesSequenceWhenTheDeadlineMoves();
    void icsGivesLoneLeadsAnEventEach();
    void familyDeadlinesWalkTheHistory();
    void selectionKeepsItsOrder();
    void unknownColumnIsAnError();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void failedExportLeavesNoFile_data();
    void failedExportLeavesNoFile();
    void cliExports();
    void killedExportsLeftoversAreCleared();
    void cliBadUsageExitsTwo_data();
    void cliBadUsageExitsTwo();
    void jsonTextIsQtsText();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QList<StoredLead> expectedRows() const;
    LeadExport::Options options(LeadExport::Format format) const;
    Run cli(const QStringList& arguments);
    QString familyUid(const QString& source, const QString& sourceId) const;
    void useFamilyCache();
    Result<ImportSummary> importSam(const QList<QJsonObject>& records);
    QJsonObject onlyEvent(const QString& file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestLeadExport::initTestCase()
{
    const Run check = runProgram(python(), {QStringLiteral("-c"), QStringLiteral("import openpyxl, icalendar")});
    QVERIFY2(check.exitCode == 0, "/usr/bin/python3 with openpyxl and icalendar is needed (python3-openpyxl, "
                                  "python3-icalendar)");
}

void TestLeadExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = LeadStore::open(path("cache.sqlite"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    auto upserted = m_store->upsert(fixtureLeads());
    QVERIFY2(upserted.ok(), qPrintable(upserted.errorMessage()));
    LeadUserData tracked;
    tracked.starred = true;
    tracked.status = "bidding";
    tracked.notes = "=cmd|' /C calc'!A0";
    tracked.tags = "rail, zürich";
    QVERIFY(m_store->setUserData("sam", "SAM-001", tracked).ok());
}

void TestLeadExport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<StoredLead> TestLeadExport::expectedRows() const
{
    auto rows = m_store->search(LeadFilter(), -1, kToday);
    return rows ? *rows : QList<StoredLead>();
}

LeadExport::Options TestLeadExport::options(LeadExport::Format format) const
{
    LeadExport::Options options;
    options.format = format;
    options.exportedAt = kExportedAt;
    return options;
}

Run TestLeadExport::cli(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", m_dir->path());
    environment.insert("XDG_DATA_HOME", path("data"));
    environment.insert("XDG_CONFIG_HOME", path("config"));
    environment.insert("TRADELEADS_TODAY", kToday.toString(Qt::ISODate));
    environment.remove("TRADELEADS_DB");
    return runProgram(QStringLiteral(TRADELEADS_BINARY), arguments, environment);
}

// The UID of the event of a lead's family, as the export writes it.
QString TestLeadExport::familyUid(const QString& source, const QString& sourceId) const
{
    const auto row = m_store->lead(source, sourceId);
    return row ? QString::fromLatin1(LeadExport::icsUid(row->familyId)) : QString();
}

// A cache of its own holding the five notices of SamNoticeFamily: one family.
void TestLeadExport::useFamilyCache()
{
    QVERIFY2(!SamNoticeFamily::realRecord(SamNoticeFamily::kSolicitation).isEmpty(),
             qPrintable(QStringLiteral("sam_v2_search_driving_2025.json is not in %1").arg(TRADELEADS_REAL_WORLD_DIR)));
    m_store.reset();
    auto store = LeadStore::open(path("family.sqlite"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    auto imported = importSam(SamNoticeFamily::fiveNotices());
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->inserted, qint64(5));
}

// A SAM.gov search page holding `records`, imported as `tradeleads import` does.
Result<ImportSummary> TestLeadExport::importSam(const QList<QJsonObject>& records)
{
    QByteArray bytes = SamNoticeFamily::page(records);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LeadImporter importer(*m_store);
    return importer.importDevice(buffer, ImportFormat::SamJson, QStringLiteral("page"));
}

// The whole cache to a calendar, read back by icalendar: its one event, or an empty object.
QJsonObject TestLeadExport::onlyEvent(const QString& file)
{
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, options(LeadExport::Format::Ics));
    if (!written || *written != 1) {
        qWarning("export: %s, %lld events", qPrintable(written.errorMessage()), written ? *written : -1LL);
        return {};
    }
    const QJsonArray events = readWithPython(kIcalendarDump, file).object().value("events").toArray();
    return events.size() == 1 ? events.at(0).toObject() : QJsonObject();
}

void TestLeadExport::xlsxReadsBackWithOpenpyxl()
{
    const QString file = path("leads.xlsx");
    qint64 lastDone = -1;
    LeadExport::Options opts = options(LeadExport::Format::Xlsx);
    opts.chunkSize = 2;
    opts.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        return total == 5;
    };
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, opts);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 5);
    QCOMPARE(lastDone, 5);

    const QJsonObject book = readWithPython(kOpenpyxlDump, file).object();
    QCOMPARE(book.value("sheets").toArray(), (QJsonArray{"Leads", "Export"}));
    QCOMPARE(book.value("freeze").toString(), QStringLiteral("A2"));
    QCOMPARE(book.value("filter").toString(), QStringLiteral("A1:AI6"));

    const QStringList columns = LeadFormat::allColumns();
    QCOMPARE(columns.size(), 35); // the canonical columns, family_id, notice_count, the analyst's four
    const QJsonArray rows = book.value("rows").toArray();
    QCOMPARE(rows.size(), 6);
    const QJsonArray header = rows.at(0).toArray();
    QCOMPARE(header.size(), columns.size());
    for (int c = 0; c < columns.size(); ++c) {
        QCOMPARE(header.at(c)["v"].toString(), columns[c]);
        QVERIFY(header.at(c)["bold"].toBool());
    }
    const QJsonObject widths = book.value("widths").toObject();
    QVERIFY(widths.value("C").toDouble() > 20); // title
    QVERIFY(widths.value("A").toDouble() >= 8);

    const QList<StoredLead> expected = expectedRows();
    QCOMPARE(expected.size(), 5);
    for (int r = 0; r < expected.size(); ++r) {
        const QJsonArray cells = rows.at(r + 1).toArray();
        QCOMPARE(cells.size(), columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            const QString column = columns[c];
            const QJsonObject cell = cells.at(c).toObject();
            const QString where = QStringLiteral("row %1 %2: %3")
                                      .arg(r + 1)
                                      .arg(column, QString::fromUtf8(QJsonDocument(cell).toJson(QJsonDocument::Compact)));
            QVERIFY2(cell["t"].toString() != "f", qPrintable(where));
            const QVariant value = LeadFormat::columnValue(expected[r], column);
            if (value.isNull()) {
                QVERIFY2(cell["v"].isNull(), qPrintable(where));
                continue;
            }
            if (column.endsWith("_at")) {
                const QString stored = value.toString();
                QVERIFY2(cell["date"].toBool(), qPrintable(where));
                if (stored.size() == 10) {
                    QCOMPARE(cell["v"].toString(), stored + "T00:00:00");
                    QCOMPARE(cell["fmt"].toString(), QStringLiteral("yyyy-mm-dd"));
                } else {
                    QCOMPARE(cell["v"].toString() + "Z", stored);
                    QVERIFY2(cell["fmt"].toString().contains("hh:mm:ss"), qPrintable(where));
                }
            } else if (value.typeId() == QMetaType::Double) {
                QCOMPARE(cell["t"].toString(), QStringLiteral("n"));
                QCOMPARE(cell["v"].toDouble(), value.toDouble());
            } else if (value.typeId() == QMetaType::Bool) {
                QCOMPARE(cell["t"].toString(), QStringLiteral("b"));
                QCOMPARE(cell["v"].toBool(), value.toBool());
            } else if (column == "contacts") {
                QCOMPARE(cell["v"].toString(),
                         QString::fromUtf8(QJsonDocument(expected[r].lead.contacts).toJson(QJsonDocument::Compact)));
            } else {
                QString text = LeadFormat::neutraliseFormula(value.toString());
                text.replace("\r\n", "\n").replace('\r', '\n');
                QCOMPARE(cell["t"].toString(), QStringLiteral("s"));
                QCOMPARE(cell["v"].toString(), text);
                const bool link = column == "url" && text.startsWith("http");
                QVERIFY2(cell.contains("link") == link, qPrintable(where));
                if (link)
                    QCOMPARE(cell["link"].toString(), text);
            }
        }
    }

    // The values that matter most, spelled out.
    auto cellOf = [&](const QString& id, const QString& column) {
        for (int r = 1; r < rows.size(); ++r) {
            if (rows.at(r)[1]["v"].toString() == id)
                return rows.at(r)[int(columns.indexOf(column))].toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(cellOf("SAM-001", "title")["v"].toString(), QStringLiteral("'=HYPERLINK(\"http://x\",\"Zürich\")"));
    QCOMPARE(cellOf("SAM-001", "notes")["v"].toString(), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(cellOf("SAM-001", "starred")["v"].toBool(), true);
    QCOMPARE(cellOf("SAM-001", "status")["v"].toString(), QStringLiteral("bidding"));
    QCOMPARE(cellOf("SAM-001", "naics_code")["v"].toString(), QStringLiteral("023622"));
    QCOMPARE(cellOf("SAM-001", "office")["v"].toString(), QStringLiteral("Tiefbauamt "));
    QCOMPARE(cellOf("SAM-001", "description")["v"].toString(),
             QStringLiteral("Ausschreibung in Zürich 🚀\nZeile 2, mit \"Zitat\"; und Komma"));
    QCOMPARE(cellOf("SAM-001", "deadline_at")["v"].toString(), QStringLiteral("2026-03-01T17:00:00"));
    QCOMPARE(cellOf("SAM-001", "value_min")["v"].toDouble(), 1000.5);
    QCOMPARE(cellOf("SAM-001", "url")["link"].toString(), QStringLiteral("https://sam.gov/opp/SAM-001/view"));
    QCOMPARE(cellOf("UK-002", "title")["v"].toString(), QStringLiteral("'+1 more tenders"));
    QCOMPARE(cellOf("UK-002", "agency")["v"].toString(), QStringLiteral("'-2 Ministry of Defence"));
    QCOMPARE(cellOf("UK-002", "solicitation_number")["v"].toString(), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(cellOf("UK-002", "location")["v"].toString(), QStringLiteral("東京 (Tokyo)"));
    QCOMPARE(cellOf("UK-002", "deadline_at")["v"].toString(), QStringLiteral("2026-02-15T00:00:00"));
    QCOMPARE(cellOf("UK-002", "active")["v"].toBool(), false);
    QCOMPARE(cellOf("UK-002", "url")["link"].toString(), QStringLiteral("http://example.co.uk/tender?id=2&lang=en"));
    QCOMPARE(cellOf("CA-003", "title")["v"].toString(), QStringLiteral("'\tTabbed title; with, ICS\\chars"));
    QCOMPARE(cellOf("CA-003", "description")["v"].toString(), QStringLiteral("'\n= carriage return first"));
    QCOMPARE(cellOf("CA-003", "location")["v"].toString(), QStringLiteral("Ottawa 🍁"));
    QVERIFY(!cellOf("CA-003", "url").contains("link")); // javascript: stays text
    QVERIFY(cellOf("SAM-005", "deadline_at")["v"].isNull());

    // The second sheet says when, what and from where.
    QString exportSheet;
    for (const QJsonValue& row : book.value("export").toArray())
        exportSheet += QString::fromUtf8(QJsonDocument(row.toArray()).toJson(QJsonDocument::Compact)) + '\n';
    QVERIFY2(exportSheet.contains("[\"Exported at (UTC)\",\"2026-01-02T08:30:00\"]"), qPrintable(exportSheet));
    QVERIFY2(exportSheet.contains("[\"Leads\",5]"), qPrintable(exportSheet));
    QVERIFY2(exportSheet.contains("\"ita-canada, ita-uk, sam\""), qPrintable(exportSheet));
    QVERIFY2(exportSheet.contains("Filter (JSON)"), qPrintable(exportSheet));

    // Nothing but the file is left in the folder.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(".part"), QStringList());
}

void TestLeadExport::xlsxColumnsInTheOrderGiven()
{
    const QString file = path("some.xlsx");
    LeadExport::Options opts = options(LeadExport::Format::Xlsx);
    opts.columns = QStringList{"deadline_at", "title", "tags", "url", "value_max"};
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, 2, file, opts);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 2);
    const QJsonObject book = readWithPython(kOpenpyxlDump, file).object();
    const QJsonArray rows = book.value("rows").toArray();
    QCOMPARE(rows.size(), 3);
    QStringList header;
    for (const QJsonValue& cell : rows.at(0).toArray())
        header.append(cell["v"].toString());
    QCOMPARE(header, opts.columns);
    QCOMPARE(book.value("filter").toString(), QStringLiteral("A1:E3"));
    const QList<StoredLead> expected = expectedRows();
    QCOMPARE(rows.at(1)[1]["v"].toString(), LeadFormat::neutraliseFormula(expected[0].lead.title));
    QCOMPARE(rows.at(2)[1]["v"].toString(), LeadFormat::neutraliseFormula(expected[1].lead.title));
}

void TestLeadExport::xlsxRecordsTheFilter()
{
    LeadFilter filter;
    filter.sources = QStringList{"sam"};
    filter.text = "=Zürich";
    filter.descending = true;
    const QString file = path("filtered.xlsx");
    auto written = LeadExport::write(*m_store, filter, kToday, -1, file, options(LeadExport::Format::Xlsx));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 1);
    const QString exportSheet = exportSheetText(file);
    QVERIFY2(exportSheet.contains("Sources: sam|"), qPrintable(exportSheet));
    QVERIFY2(exportSheet.contains("Text: =Zürich|"), qPrintable(exportSheet)); // not at the start: inert
    QVERIFY2(exportSheet.contains("Sorted by deadline_at, descending|"), qPrintable(exportSheet));
    QVERIFY2(exportSheet.contains(QString::fromUtf8(filter.toJson())), qPrintable(exportSheet));
}

// Tags and a value range narrow an export as much as a source does: the Export sheet says so.
void TestLeadExport::xlsxRecordsTagsAndValueRange()
{
    LeadFilter filter;
    filter.tags = QStringList{"rail", "zürich"};
    filter.valueMin = 1000;
    filter.valueMax = 2500000.5;
    const QString file = path("tagged.xlsx");
    auto written = LeadExport::write(*m_store, filter, kToday, -1, file, options(LeadExport::Format::Xlsx));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QString exportSheet = exportSheetText(file);
    QVERIFY2(exportSheet.contains("Tags: rail, zürich|"), qPrintable(exportSheet));
    QVERIFY2(exportSheet.contains("Value: from 1000 to 2500000.5|"), qPrintable(exportSheet));
    QVERIFY2(!exportSheet.contains("None: every lead"), qPrintable(exportSheet));
}

void TestLeadExport::xlsxLinksBeyondTheSheetLimitAreText()
{
    // 66,000 leads with a link each, past Excel's 65,530 links per sheet.
    QList<Lead> batch;
    for (int i = 0; i < 66000; ++i) {
        Lead l = lead("sam", QStringLiteral("LINK-%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Lead %1").arg(i));
        l.url = QStringLiteral("https://example.com/lead/%1").arg(i);
        l.descriptionUrl = QStringLiteral("https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=%1").arg(i);
        batch.append(l);
        if (batch.size() == 6000) {
            QVERIFY(m_store->upsert(batch).ok());
            batch.clear();
        }
    }
    LeadFilter filter;
    filter.sortColumn = "source_id";
    const QString file = path("links.xlsx");
    LeadExport::Options opts = options(LeadExport::Format::Xlsx);
    opts.columns = QStringList{"source_id", "url", "description_url"};
    auto written = LeadExport::write(*m_store, filter, kToday, -1, file, opts);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 66005);
    const QJsonObject counts = readWithPython(kLinkCount, file).object();
    QCOMPARE(counts.value("hyperlinks").toInt(), 65530);
    QCOMPARE(counts.value("rels").toInt(), 65530);
    QCOMPARE(counts.value("rows").toInt(), 66006);
    // Rows 3 to 65,532 have links (row 2 is CA-003, whose link is not a web link); later
    // rows have the same text without one.
    QCOMPARE(counts.value("lastLinkRow").toInt(), 65532);
    QCOMPARE(counts.value("last").toArray(), (QJsonArray{"UK-002", "http://example.co.uk/tender?id=2&lang=en", QJsonValue()}));
    bool noted = false;
    for (const QJsonValue& text : counts.value("export").toArray())
        noted = noted || text.toString().contains("65,530");
    QVERIFY(noted);
}

void TestLeadExport::xlsxCutsLongTextAndDropsControlCharacters()
{
    // Excel holds 32,767 UTF-16 units in a cell and XML has no place for most control
    // characters. The apostrophe counts; an emoji that would straddle the limit goes whole.
    Lead longText = lead("sam", "LONG-1", QStringLiteral("a\x07" "b\x0B" "c\x01"));
    longText.description = QStringLiteral("\x01=") + QString(32764, u'a') + QStringLiteral("😀tail");
    QVERIFY(m_store->upsert({longText}).ok());
    auto stored = m_store->lead("sam", "LONG-1");
    QVERIFY(stored.ok());
    const QString file = path("long.xlsx");
    LeadExport::Options opts = options(LeadExport::Format::Xlsx);
    opts.columns = QStringList{"source_id", "title", "description"};
    auto written = LeadExport::write(*m_store, QList<qint64>{stored->id}, file, opts);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QJsonObject book = readWithPython(kOpenpyxlDump, file).object();
    const QJsonArray row = book.value("rows").toArray().at(1).toArray();
    QCOMPARE(row.at(1)["v"].toString(), QStringLiteral("abc"));
    const QString description = row.at(2)["v"].toString();
    QCOMPARE(description.size(), 32766);
    QVERIFY(description.startsWith("'=aaa"));
    QVERIFY(description.endsWith("aaa"));
    QString exportSheet;
    for (const QJsonValue& line : book.value("export").toArray())
        exportSheet += QString::fromUtf8(QJsonDocument(line.toArray()).toJson(QJsonDocument::Compact));
    QVERIFY2(exportSheet.contains("1 cells were cut to Excel's limit of 32,767 characters"), qPrintable(exportSheet));
}

void TestLeadExport::csvReadsBackWithPythonCsv_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("plain UTF-8") << false;
    QTest::newRow("with byte-order mark") << true;
}

void TestLeadExport::csvReadsBackWithPythonCsv()
{
    QFETCH(bool, bom);
    const QString file = path("leads.csv");
    LeadExport::Options opts = options(LeadExport::Format::Csv);
    opts.csvByteOrderMark = bom;
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, opts);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 5);

    const QJsonObject csv = readWithPython(kCsvDump, file).object();
    QCOMPARE(csv.value("bom").toBool(), bom);
    const QJsonArray rows = csv.value("rows").toArray();
    QCOMPARE(rows.size(), 6);
    const QStringList columns = LeadFormat::allColumns();
    QStringList header;
    for (const QJsonValue& v : rows.at(0).toArray())
        header.append(v.toString());
    QCOMPARE(header, columns);

    const QList<StoredLead> expected = expectedRows();
    for (int r = 0; r < expected.size(); ++r) {
        const QJsonArray cells = rows.at(r + 1).toArray();
        QCOMPARE(cells.size(), columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant value = LeadFormat::columnValue(expected[r], columns[c]);
            QString want;
            if (value.isNull())
                want = QString();
            else if (columns[c] == "contacts")
                want = QString::fromUtf8(QJsonDocument(expected[r].lead.contacts).toJson(QJsonDocument::Compact));
            else if (value.typeId() == QMetaType::Double)
                want = QString::number(value.toDouble(), 'g', 15);
            else if (value.typeId() == QMetaType::Bool)
                want = value.toBool() ? "true" : "false";
            else
                want = LeadFormat::neutraliseFormula(value.toString());
            QCOMPARE(cells.at(c).toString(), want);
        }
    }
    auto cellOf = [&](const QString& id, const QString& column) {
        for (int r = 1; r < rows.size(); ++r) {
            if (rows.at(r)[1].toString() == id)
                return rows.at(r)[int(columns.indexOf(column))].toString();
        }
        return QString();
    };
    QCOMPARE(cellOf("SAM-001", "title"), QStringLiteral("'=HYPERLINK(\"http://x\",\"Zürich\")"));
    QCOMPARE(cellOf("SAM-001", "description"),
             QStringLiteral("Ausschreibung in Zürich 🚀\r\nZeile 2, mit \"Zitat\"; und Komma"));
    QCOMPARE(cellOf("SAM-001", "deadline_at"), QStringLiteral("2026-03-01T17:00:00Z"));
    QCOMPARE(cellOf("SAM-001", "notes"), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(cellOf("SAM-001", "tags"), QStringLiteral("rail, zürich"));
    QCOMPARE(cellOf("UK-002", "deadline_at"), QStringLiteral("2026-02-15"));
    QCOMPARE(cellOf("UK-002", "location"), QStringLiteral("東京 (Tokyo)"));
    QCOMPARE(cellOf("UK-002", "value_max"), QStringLiteral("5000000"));
    QCOMPARE(cellOf("UK-002", "agency"), QStringLiteral("'-2 Ministry of Defence"));
    QCOMPARE(cellOf("CA-003", "title"), QStringLiteral("'\tTabbed title; with, ICS\\chars"));
    QCOMPARE(cellOf("CA-003", "description"), QStringLiteral("'\r= carriage return first"));
    QCOMPARE(cellOf("SAM-005", "deadline_at"), QString());
    // Records end in CRLF (RFC 4180): one per row at least.
    QVERIFY(csv.value("crlf").toInt() >= 6);
}

void TestLeadExport::icsReadsBackWithIcalendar()
{
    const QString file = path("deadlines.ics");
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, options(LeadExport::Format::Ics));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 3); // the leads with a deadline

    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!bytes.contains("\r\r"));
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        QVERIFY2(line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // folds never split a character
    }
    QVERIFY(bytes.contains("\r\n ")); // the long title is folded

    const QJsonObject calendar = readWithPython(kIcalendarDump, file).object();
    QCOMPARE(calendar.value("version").toString(), QStringLiteral("2.0"));
    const QJsonArray events = calendar.value("events").toArray();
    QCOMPARE(events.size(), 3);
    QHash<QString, QJsonObject> byUid;
    for (const QJsonValue& event : events) {
        byUid.insert(event["uid"].toString(), event.toObject());
        QCOMPARE(event["sequence"].toInt(-1), 0); // no deadline has moved
    }

    // The UID is the notice family's (it was "source/sourceId@tradeleads", one per lead).
    const QJsonObject zurich = byUid.value(familyUid("sam", "SAM-001"));
    QCOMPARE(zurich["start"].toString(), QStringLiteral("2026-03-01T17:00:00+00:00"));
    QVERIFY(zurich["utc"].toBool());
    QVERIFY(!zurich["allDay"].toBool());
    QCOMPARE(zurich["stamp"].toString(), QStringLiteral("2026-01-02T08:30:00+00:00"));
    QCOMPARE(zurich["summary"].toString(), QStringLiteral("Deadline: =HYPERLINK(\"http://x\",\"Zürich\")"));
    QCOMPARE(zurich["description"].toString(),
             QStringLiteral("Solicitation: ZH-2026-01\nAgency: Stadt Zürich\nLink: https://sam.gov/opp/SAM-001/view\n"
                            "Source: sam SAM-001"));
    QCOMPARE(zurich["url"].toString(), QStringLiteral("https://sam.gov/opp/SAM-001/view"));
    const QJsonArray alarms = zurich["alarms"].toArray();
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(alarms.at(0)["action"].toString(), QStringLiteral("DISPLAY"));
    QCOMPARE(alarms.at(0)["trigger"].toDouble(), -3 * 86400.0);

    const QJsonObject tokyo = byUid.value(familyUid("ita-uk", "UK-002"));
    QVERIFY(tokyo["allDay"].toBool());
    QCOMPARE(tokyo["start"].toString(), QStringLiteral("2026-02-15"));
    QCOMPARE(tokyo["end"].toString(), QStringLiteral("2026-02-16"));
    QCOMPARE(tokyo["summary"].toString(), QStringLiteral("Deadline: +1 more tenders"));
    QCOMPARE(tokyo["url"].toString(), QStringLiteral("http://example.co.uk/tender?id=2&lang=en"));
    QCOMPARE(tokyo["alarms"].toArray().size(), 1);

    const QJsonObject folded = byUid.value(familyUid("sam", "SAM-004"));
    QVERIFY(folded["summary"].toString().endsWith("東京 Großauftrag"));
    QVERIFY(folded["description"].toString().contains("Agency: Agency, with; punctuation\\\n"));
    QCOMPARE(folded["start"].toString(), QStringLiteral("2026-04-30T23:59:59+00:00"));
    QVERIFY(!byUid.contains(familyUid("ita-canada", "CA-003")));
}

void TestLeadExport::icsEscapesAndFolds()
{
    QCOMPARE(LeadExport::icsText("a\\b;c,d\ne\r\nf\rg\x01h\ti"), QByteArray("a\\\\b\\;c\\,d\\ne\\nf\\ng" "h\ti"));
    QCOMPARE(LeadExport::icsFold("SHORT:x"), QByteArray("SHORT:x\r\n"));
    const QByteArray ascii(100, 'a');
    QCOMPARE(LeadExport::icsFold(ascii), QByteArray(75, 'a') + "\r\n " + QByteArray(25, 'a') + "\r\n");
    // 3-octet characters: 25 fill the first line exactly, 24 more the next (1 + 72 octets).
    const QByteArray kanji = QString(60, QChar(0x6771)).toUtf8();
    const QByteArray folded = LeadExport::icsFold(kanji);
    const QList<QByteArray> parts = folded.split('\n');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0].size(), 75 + 1);
    QCOMPARE(parts[1].size(), 1 + 72 + 1);
    QCOMPARE(parts[2].size(), 1 + 33 + 1);
    QCOMPARE(QString::fromUtf8(folded).remove("\r\n ").remove("\r\n"), QString(60, QChar(0x6771)));
}

void TestLeadExport::icsKeepsOneEventPerFamily_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("filter, every notice") << "every notice";
    QTest::newRow("filter, one row per family: the award") << "one row per family";
    QTest::newRow("selection, newest first, a chunk per notice") << "selection";
    QTest::newRow("selection to a device") << "device";
}

// Presolicitation, solicitation, two amendments and an award: one event, for the deadline of
// the latest notice that has one, whichever of the notices the export is given.
void TestLeadExport::icsKeepsOneEventPerFamily()
{
    using namespace SamNoticeFamily;
    QFETCH(QString, input);
    useFamilyCache();
    if (QTest::currentTestFailed())
        return;
    const QString file = path("family.ics");
    LeadExport::Options opts = options(LeadExport::Format::Ics);
    Result<qint64> written = qint64(0);
    if (input == "every notice" || input == "one row per family") {
        LeadFilter filter;
        filter.oneRowPerFamily = input == "one row per family";
        const auto ids = m_store->ids(filter, kToday);
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), filter.oneRowPerFamily ? 1 : 5);
        if (filter.oneRowPerFamily) // the award, which has no deadline of its own
            QCOMPARE(m_store->leadsByIds(*ids)->value(0).lead.sourceId, kAward);
        written = LeadExport::write(*m_store, filter, kToday, -1, file, opts);
    } else {
        const auto notices = m_store->familyNotices(kFamilyId);
        QVERIFY2(notices.ok(), qPrintable(notices.errorMessage()));
        QCOMPARE(notices->size(), 5);
        // Newest first, a chunk each: the notice with the deadline is in neither the first
        // chunk nor the one that makes the event.
        QList<qint64> ids;
        for (const StoredLead& notice : *notices)
            ids.prepend(notice.id);
        opts.chunkSize = 1;
        if (input == "selection") {
            written = LeadExport::write(*m_store, ids, file, opts);
        } else {
            QBuffer device;
            QVERIFY(device.open(QIODevice::WriteOnly));
            written = LeadExport::write(*m_store, ids, device, opts);
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(device.data());
        }
    }
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 1);

    const QJsonArray events = readWithPython(kIcalendarDump, file).object().value("events").toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    QCOMPARE(event["uid"].toString(), expectedUid(kFamilyId));
    QCOMPARE(event["uid"].toString(), QString::fromLatin1(LeadExport::icsUid(kFamilyId)));
    // 2025-03-17 12:00 (presolicitation), 17 23:59 (solicitation), 24 and 31 (the amendments).
    QCOMPARE(event["sequence"].toInt(-1), 3);
    QCOMPARE(event["start"].toString(), QStringLiteral("2025-04-01T03:59:00+00:00")); // 2025-03-31T23:59:00-04:00
    QVERIFY(event["utc"].toBool());
    QCOMPARE(event["summary"].toString(), QStringLiteral("Deadline: Axle, Differential, Driving"));
    QVERIFY2(event["description"].toString().endsWith("Source: sam amend20000000000000000000000000004"),
             qPrintable(event["description"].toString()));
    QCOMPARE(event["alarms"].toArray().size(), 1);
}

// What a calendar that imports each export sees: the same event (UID), replaced when its
// SEQUENCE rises, which it does when and only when the deadline moves.
void TestLeadExport::icsRaisesSequenceWhenTheDeadlineMoves()
{
    using namespace SamNoticeFamily;
    useFamilyCache();
    if (QTest::currentTestFailed())
        return;
    const QJsonObject before = onlyEvent(path("before.ics"));
    QCOMPARE(before["uid"].toString(), expectedUid(kFamilyId));
    QCOMPARE(before["sequence"].toInt(-1), 3);
    QCOMPARE(before["start"].toString(), QStringLiteral("2025-04-01T03:59:00+00:00"));

    // SAM.gov extends the deadline in the latest amendment: the same notice, changed.
    QJsonObject extended = fiveNotices().at(3);
    extended.insert("responseDeadLine", "2025-04-07T23:59:00-04:00");
    auto imported = importSam({extended});
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->updated, qint64(1));
    const QJsonObject moved = onlyEvent(path("moved.ics"));
    QCOMPARE(moved["uid"].toString(), before["uid"].toString());
    QCOMPARE(moved["sequence"].toInt(-1), before["sequence"].toInt() + 1);
    QCOMPARE(moved["start"].toString(), QStringLiteral("2025-04-08T03:59:00+00:00"));

    // The same notice again, unchanged: nothing for a calendar to update.
    imported = importSam({extended});
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->unchanged, qint64(1));
    const QJsonObject again = onlyEvent(path("again.ics"));
    QCOMPARE(again["uid"].toString(), before["uid"].toString());
    QCOMPARE(again["sequence"].toInt(-1), moved["sequence"].toInt());
    QCOMPARE(again["start"].toString(), moved["start"].toString());

    // A third amendment moves it once more; the command line's export says so too.
    imported = importSam({later(realRecord(kSolicitation), "amend30000000000000000000000000006", "Solicitation",
                                "2025-03-20", "2025-04-14T23:59:00-04:00")});
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->inserted, qint64(1));
    m_store.reset(); // the binary opens the cache itself
    const Run run = cli({"search", "--db", path("family.sqlite"), "--format", "ics", "--out", path("cli.ics")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray events = readWithPython(kIcalendarDump, path("cli.ics")).object().value("events").toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)["uid"].toString(), before["uid"].toString());
    QCOMPARE(events.at(0)["sequence"].toInt(-1), moved["sequence"].toInt() + 1);
    QCOMPARE(events.at(0)["start"].toString(), QStringLiteral("2025-04-15T03:59:00+00:00"));
}

// A lead alone in its family is a family of its own (source|source_id): an event each, told
// apart by the UID even with the same title and deadline.
void TestLeadExport::icsGivesLoneLeadsAnEventEach()
{
    Lead first = withDeadline(lead("sam", "SAM-006", "Bridge repair"), "2026-05-01");
    Lead second = withDeadline(lead("sam", "SAM-007", "Bridge repair"), "2026-05-01");
    QVERIFY(m_store->upsert({first, second}).ok());
    QCOMPARE(m_store->lead("sam", "SAM-006")->familyId, QStringLiteral("sam|SAM-006"));

    QList<qint64> ids;
    for (const char* sourceId : {"SAM-006", "SAM-007", "SAM-005"}) // SAM-005 has no deadline
        ids.append(m_store->lead("sam", sourceId)->id);
    ids.append(m_store->lead("ita-uk", "UK-002")->id);
    const QString file = path("lone.ics");
    auto written = LeadExport::write(*m_store, ids, file, options(LeadExport::Format::Ics));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 3);
    QStringList uids;
    for (const QJsonValue& event : readWithPython(kIcalendarDump, file).object().value("events").toArray()) {
        uids.append(event["uid"].toString());
        QCOMPARE(event["sequence"].toInt(-1), 0);
    }
    QCOMPARE(uids, (QStringList{expectedUid("sam|SAM-006"), expectedUid("sam|SAM-007"), expectedUid("ita-uk|UK-002")}));

    // The whole cache: the fixture's three and these two, five families, five UIDs.
    written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, options(LeadExport::Format::Ics));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 5);
    QSet<QString> distinct;
    for (const QJsonValue& event : readWithPython(kIcalendarDump, file).object().value("events").toArray())
        distinct.insert(event["uid"].toString());
    QCOMPARE(distinct.size(), 5);

    // A lone lead whose deadline moves keeps its UID; its SEQUENCE rises, its neighbour's not.
    QVERIFY(m_store->upsert({withDeadline(first, "2026-05-08")}).ok());
    written = LeadExport::write(*m_store, ids, file, options(LeadExport::Format::Ics));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QJsonArray events = readWithPython(kIcalendarDump, file).object().value("events").toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0)["uid"].toString(), expectedUid("sam|SAM-006"));
    QCOMPARE(events.at(0)["sequence"].toInt(-1), 1);
    QCOMPARE(events.at(0)["start"].toString(), QStringLiteral("2026-05-08"));
    QCOMPARE(events.at(1)["sequence"].toInt(-1), 0);
}

// The store call behind SEQUENCE: versions and notices in order, undated steps passed over.
void TestLeadExport::familyDeadlinesWalkTheHistory()
{
    Lead first = lead("sam", "HIST-A", "History");
    first.solicitationNumber = "HIST-1";
    first.office = "Test Office";
    first.postedAt = "2026-01-01";
    Lead second = first;
    second.sourceId = "HIST-B";
    second.postedAt = "2026-01-05";
    // The first notice's deadline moves once, is dropped, and comes back the same: one move.
    for (const char* deadline : {"2026-02-01", "2026-02-08", "", "2026-02-08"})
        QVERIFY(m_store->upsert({withDeadline(first, deadline)}).ok());
    QCOMPARE(m_store->versions("sam", "HIST-A")->size(), 3);
    const QString family = m_store->lead("sam", "HIST-A")->familyId;
    QCOMPARE(family, QStringLiteral("sam|TEST OFFICE|HIST1"));
    const qint64 firstId = m_store->lead("sam", "HIST-A")->id;

    auto deadlines = m_store->familyDeadlines({family, "sam|SAM-005", "no such family", family});
    QVERIFY2(deadlines.ok(), qPrintable(deadlines.errorMessage()));
    QCOMPARE(deadlines->keys(), QList<QString>{family}); // SAM-005 has no deadline
    QCOMPARE(deadlines->value(family).noticeId, firstId);
    QCOMPARE(deadlines->value(family).moves, 1);

    // A later notice with another deadline, then back to the earlier one: each a move.
    QVERIFY(m_store->upsert({withDeadline(second, "2026-02-15")}).ok());
    QCOMPARE(m_store->familyDeadlines({family})->value(family).moves, 2);
    QVERIFY(m_store->upsert({withDeadline(second, "2026-02-08")}).ok());
    deadlines = m_store->familyDeadlines({family});
    QCOMPARE(deadlines->value(family).noticeId, m_store->lead("sam", "HIST-B")->id);
    QCOMPARE(deadlines->value(family).moves, 3);

    // More families than one statement takes.
    QList<Lead> lone;
    QStringList families;
    for (int i = 0; i < 1200; ++i) {
        lone.append(withDeadline(lead("ita-uk", QStringLiteral("LONE-%1").arg(i), "Lone"), "2026-03-01"));
        families.append(QStringLiteral("ita-uk|LONE-%1").arg(i));
    }
    QVERIFY(m_store->upsert(lone).ok());
    deadlines = m_store->familyDeadlines(families);
    QVERIFY2(deadlines.ok(), qPrintable(deadlines.errorMessage()));
    QCOMPARE(deadlines->size(), 1200);
    QCOMPARE(deadlines->value("ita-uk|LONE-1199").moves, 0);
    QCOMPARE(deadlines->value("ita-uk|LONE-1199").noticeId, m_store->lead("ita-uk", "LONE-1199")->id);
}

void TestLeadExport::selectionKeepsItsOrder()
{
    QList<qint64> ids;
    for (const StoredLead& row : expectedRows())
        ids.prepend(row.id);
    ids.append(999999); // no longer in the cache: skipped
    const QString file = path("selection.csv");
    LeadExport::Options opts = options(LeadExport::Format::Csv);
    opts.columns = QStringList{"source_id"};
    opts.chunkSize = 2;
    auto written = LeadExport::write(*m_store, ids, file, opts);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 5);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QByteArray expected = "source_id\r\n";
    for (qsizetype i = 0; i < 5; ++i)
        expected += m_store->leadsByIds({ids[i]})->value(0).lead.sourceId.toUtf8() + "\r\n";
    QCOMPARE(csv.readAll(), expected);
}

void TestLeadExport::unknownColumnIsAnError()
{
    LeadExport::Options opts = options(LeadExport::Format::Xlsx);
    opts.columns = QStringList{"title", "raw"};
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, path("x.xlsx"), opts);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains("raw"), qPrintable(written.errorMessage()));
    QVERIFY(!QFile::exists(path("x.xlsx")));
}

void TestLeadExport::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<LeadExport::Format>("format");
    QTest::addColumn<int>("cancelAt"); // progress calls before the one that cancels
    QTest::newRow("xlsx at once") << LeadExport::Format::Xlsx << 0;
    QTest::newRow("xlsx halfway") << LeadExport::Format::Xlsx << 2;
    QTest::newRow("csv halfway") << LeadExport::Format::Csv << 2;
    QTest::newRow("ics halfway") << LeadExport::Format::Ics << 2;
}

void TestLeadExport::cancelledExportLeavesNoFile()
{
    QFETCH(LeadExport::Format, format);
    QFETCH(int, cancelAt);
    QDir folder(path("out"));
    QVERIFY(folder.mkpath("."));
    const QString target = folder.filePath("export." + LeadExport::formatName(format));
    const QString kept = folder.filePath("kept." + LeadExport::formatName(format));
    {
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
    }
    for (const QString& file : {target, kept}) {
        int calls = 0;
        LeadExport::Options opts = options(format);
        opts.chunkSize = 1;
        opts.progress = [&](qint64, qint64) { return calls++ < cancelAt; };
        auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, opts);
        QVERIFY(!written.ok());
        QVERIFY2(LeadExport::isCancellation(written.error()), qPrintable(written.errorMessage()));
    }
    QVERIFY(!QFile::exists(target));
    QFile old(kept);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export"));
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"kept." + LeadExport::formatName(format)});
}

void TestLeadExport::failedExportLeavesNoFile_data()
{
    QTest::addColumn<LeadExport::Format>("format");
    QTest::addColumn<QString>("target"); // relative to the temporary folder, or absolute
    QTest::addColumn<QString>("reason");
    for (auto format : {LeadExport::Format::Xlsx, LeadExport::Format::Csv, LeadExport::Format::Ics}) {
        const QString name = LeadExport::formatName(format);
        QTest::addRow("%s: target is a folder", qPrintable(name)) << format << "folder" << "folder";
        QTest::addRow("%s: no such folder", qPrintable(name)) << format << "missing/leads." + name << "missing";
        QTest::addRow("%s: folder not writable", qPrintable(name)) << format << "readonly/leads." + name << "";
        // Even root cannot create a file in /proc.
        QTest::addRow("%s: /proc", qPrintable(name)) << format << "/proc/tradeleads-export-test." + name << "";
    }
}

void TestLeadExport::failedExportLeavesNoFile()
{
    QFETCH(LeadExport::Format, format);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QVERIFY(QDir(m_dir->path()).mkpath("folder"));
    QVERIFY(QDir(m_dir->path()).mkpath("readonly"));
    QVERIFY(QFile::setPermissions(path("readonly"), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (target.startsWith("readonly") && geteuid() == 0)
        QSKIP("root writes into read-only folders");
    const QString file = QDir::isAbsolutePath(target) ? target : path(target);
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, file, options(format));
    QFile::setPermissions(path("readonly"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written.ok());
    QVERIFY(!LeadExport::isCancellation(written.error()));
    QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(file)), qPrintable(written.errorMessage()));
    QVERIFY2(written.errorMessage().contains(reason), qPrintable(written.errorMessage()));
    QVERIFY(!QFileInfo(file).isFile());
    QCOMPARE(QDir(path("folder")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(QDir(path("readonly")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

// A part file of a killed XLSX export is removed by the next export to that target once it
// is an hour old; a younger one may belong to an export still running and stays.
void TestLeadExport::killedExportsLeftoversAreCleared()
{
    const QString target = path("leads.xlsx");
    const QString stale = path(".leads.xlsx.0badf00d.part");
    const QString fresh = path(".leads.xlsx.12345678.part");
    const QString other = path(".other.xlsx.0badf00d.part");
    for (const QString& name : {stale, fresh, other}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a spreadsheet");
        file.close();
    }
    for (const QString& name : {stale, other}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
    }
    auto written = LeadExport::write(*m_store, LeadFilter(), kToday, -1, target, options(LeadExport::Format::Xlsx));
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(QFileInfo(target).isFile());
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh));
    QVERIFY(QFileInfo::exists(other)); // another target's
}

void TestLeadExport::cliExports()
{
    m_store.reset(); // the binary opens the cache itself
    const QString db = path("cache.sqlite");

    const Run xlsx = cli({"search", "--db", db, "--format", "xlsx", "--out", path("cli.xlsx")});
    QVERIFY2(xlsx.exitCode == 0, xlsx.err.constData());
    QVERIFY(xlsx.out.isEmpty());
    const QJsonObject book = readWithPython(kOpenpyxlDump, path("cli.xlsx")).object();
    const QJsonArray rows = book.value("rows").toArray();
    QCOMPARE(rows.size(), 6);
    QStringList header;
    for (const QJsonValue& cell : rows.at(0).toArray())
        header.append(cell["v"].toString());
    QCOMPARE(header, LeadFormat::allColumns());
    QCOMPARE(header.mid(header.size() - 4), (QStringList{"starred", "status", "notes", "tags"}));
    bool sawNotes = false;
    for (int r = 1; r < rows.size(); ++r) {
        if (rows.at(r)[1]["v"].toString() == "SAM-001") {
            QCOMPARE(rows.at(r)[header.indexOf("notice_count")]["v"].toInt(), 1);
            QCOMPARE(rows.at(r)[header.indexOf("starred")]["v"].toBool(), true);
            QCOMPARE(rows.at(r)[header.indexOf("notes")]["v"].toString(), QStringLiteral("'=cmd|' /C calc'!A0"));
            sawNotes = true;
        }
    }
    QVERIFY(sawNotes);

    const Run limited = cli({"search", "--db", db, "--format", "xlsx", "--limit", "2", "--out", path("two.xlsx")});
    QVERIFY2(limited.exitCode == 0, limited.err.constData());
    QCOMPARE(readWithPython(kOpenpyxlDump, path("two.xlsx")).object().value("rows").toArray().size(), 3);

    const Run ics = cli({"search", "--db", db, "--format", "ics", "--out", path("cli.ics")});
    QVERIFY2(ics.exitCode == 0, ics.err.constData());
    QCOMPARE(readWithPython(kIcalendarDump, path("cli.ics")).object().value("events").toArray().size(), 3);

    const Run bom = cli({"search", "--db", db, "--format", "csv", "--bom", "--out", path("bom.csv")});
    QVERIFY2(bom.exitCode == 0, bom.err.constData());
    const QJsonObject bomCsv = readWithPython(kCsvDump, path("bom.csv")).object();
    QVERIFY(bomCsv.value("bom").toBool());
    QCOMPARE(bomCsv.value("rows").toArray().size(), 6);

    const Run stdoutCsv = cli({"search", "--db", db, "--format", "csv", "--sort", "title"});
    QVERIFY2(stdoutCsv.exitCode == 0, stdoutCsv.err.constData());
    QVERIFY(stdoutCsv.out.startsWith("source,source_id,title,"));
    QVERIFY(stdoutCsv.out.contains(",starred,status,notes,tags\r\n"));
    QVERIFY(stdoutCsv.out.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Zürich\"\")\""));

    const Run intoFolder = cli({"search", "--db", db, "--format", "xlsx", "--out", m_dir->path()});
    QCOMPARE(intoFolder.exitCode, 1);
    QCOMPARE(intoFolder.err.count('\n'), 1);
    QVERIFY2(intoFolder.err.contains("folder"), intoFolder.err.constData());
}

void TestLeadExport::cliBadUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("xlsx without --out") << QStringList{"--format", "xlsx"} << "--out";
    QTest::newRow("ics without --out") << QStringList{"--format", "ics"} << "--out";
    QTest::newRow("--bom with json") << QStringList{"--format", "json", "--bom"} << "--bom";
    QTest::newRow("--bom with xlsx") << QStringList{"--format", "xlsx", "--bom", "--out", "x.xlsx"} << "--bom";
    QTest::newRow("unknown format") << QStringList{"--format", "ods"} << "ods";
}

void TestLeadExport::cliBadUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = cli(QStringList{"search", "--db", path("cache.sqlite")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QString exportSheetText(const QString& file)
{
    const QJsonObject book = readWithPython(kOpenpyxlDump, file).object();
    QString text;
    for (const QJsonValue& row : book.value("export").toArray()) {
        for (const QJsonValue& cell : row.toArray())
            text += cell.toVariant().toString() + '|';
        text += '\n';
    }
    return text;
}

void TestLeadExport::jsonTextIsQtsText()
{
    // `search --format json` writes its text itself: byte for byte what QJsonDocument writes for
    // the same objects, hostile text (controls, quotes, escapes, emoji, half a surrogate pair),
    // numbers, contacts and attachments included.
    QList<StoredLead> rows = expectedRows();
    QVERIFY(!rows.isEmpty());
    StoredLead hostile = rows.first();
    hostile.id = 987654;
    hostile.lead.title = QStringLiteral("Tab\tquote\" backslash\\ slash/ bell\x07 del\x7f nul") + QChar(0)
        + QStringLiteral(" é ü € 😀 ") + QChar(0xD800) + QStringLiteral(" lone, and ") + QChar(0xDC00) + QChar(0xFFFF);
    hostile.lead.description = QStringLiteral("line\r\nline\u2028\u2029\b\f");
    hostile.lead.valueMin = 0.1;
    hostile.lead.valueMax = 1e21;
    hostile.lead.active = false;
    hostile.noticeCount = 3;
    hostile.starred = true;
    hostile.lead.contacts = QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("A \"B\"") },
                                                       { QStringLiteral("phone"), QJsonValue() } },
                                         QJsonObject {} };
    rows.append(hostile);
    StoredLead bare;
    bare.id = 987655;
    bare.lead.source = QStringLiteral("sam");
    rows.append(bare);
    QHash<qint64, QList<Attachment>> attachments;
    Attachment file;
    file.url = QStringLiteral("https://sam.gov/files/x?token=\"1\"");
    file.name = QStringLiteral("Plan ✓.pdf");
    file.size = 123456789012;
    file.contentHash = QStringLiteral("ab");
    attachments[hostile.id] = { file, Attachment() };

    QJsonArray array;
    for (const StoredLead& row : std::as_const(rows)) {
        QJsonObject object = LeadFormat::toJson(row);
        object.insert(QStringLiteral("attachments"), LeadFormat::attachmentsJson(attachments.value(row.id)));
        array.append(object);
    }
    const QByteArray expected = QJsonDocument(array).toJson(QJsonDocument::Indented);
    const QByteArray written = LeadFormat::jsonText(rows, attachments);
    if (written != expected) {
        qsizetype at = 0;
        while (at < written.size() && at < expected.size() && written.at(at) == expected.at(at))
            ++at;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1: written \"%2\", Qt \"%3\"")
                             .arg(at)
                             .arg(QString::fromUtf8(written.mid(qMax<qsizetype>(0, at - 40), 80)),
                                  QString::fromUtf8(expected.mid(qMax<qsizetype>(0, at - 40), 80)))));
    }
    QCOMPARE(LeadFormat::jsonText({}, {}), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));

    // The compact form, as the cache stores contacts: the same array, and empty ones.
    QByteArray compact;
    JsonText::appendCompact(compact, array);
    QCOMPARE(compact, QJsonDocument(array).toJson(QJsonDocument::Compact));
    // Text longer than the slices it is written in (4,096 units), a pair astride their edge.
    const QString longText = QString(4095, u'a') + QStringLiteral("😀") + QString(5000, u'"') + QChar(0xD800)
        + QString(9000, u'é');
    const QJsonObject longRecord { { QStringLiteral("description"), longText }, { QStringLiteral("empty"), QString() } };
    for (const QJsonValue& value : { QJsonValue(QJsonArray()), QJsonValue(QJsonObject()), QJsonValue(hostile.lead.contacts),
                                     QJsonValue(longRecord) }) {
        QByteArray text;
        JsonText::appendCompact(text, value);
        const QByteArray qt = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(text, qt);
    }
    QCOMPARE(JsonText::compact(longRecord), QJsonDocument(longRecord).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestLeadExport)
#include "tst_leadexport.moc"
