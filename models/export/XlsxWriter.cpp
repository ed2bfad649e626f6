#include "XlsxWriter.h"

#include "Clock.h"
#include "LeadFilter.h"
#include "LeadFilterFields.h"
#include "LeadFormat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include <dlfcn.h>

namespace LeadExport::detail {
namespace {

// libxlsxwriter, loaded when a workbook is first written: the commands that write none (a
// search, stats) then do without it and the cryptography library it brings, a millisecond of
// each start.
#define TRADELEADS_XLSX_FUNCTIONS(X)                                                                       \
    X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format) X(workbook_close)                 \
    X(lxw_workbook_free) X(lxw_strerror) X(worksheet_write_number) X(worksheet_write_string)               \
    X(worksheet_write_url) X(worksheet_write_boolean) X(worksheet_set_column) X(worksheet_freeze_panes)    \
    X(worksheet_autofilter) X(format_set_num_format) X(format_set_text_wrap) X(format_set_bold)            \
    X(format_set_align)

struct XlsxLibrary
{
#define TRADELEADS_XLSX_POINTER(name) decltype(&::name) name = nullptr;
    TRADELEADS_XLSX_FUNCTIONS(TRADELEADS_XLSX_POINTER)
#undef TRADELEADS_XLSX_POINTER
    QString problem; // empty once every function is found
};

const XlsxLibrary& xlsx()
{
    static const XlsxLibrary library = [] {
        XlsxLibrary found;
        void* handle = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            found.problem = QString::fromLocal8Bit(dlerror());
            return found;
        }
#define TRADELEADS_XLSX_RESOLVE(name)                                                                      \
    found.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                                \
    if (!found.name && found.problem.isEmpty())                                                            \
        found.problem = QStringLiteral("libxlsxwriter.so.4 has no %1").arg(QLatin1String(#name));
        TRADELEADS_XLSX_FUNCTIONS(TRADELEADS_XLSX_RESOLVE)
#undef TRADELEADS_XLSX_RESOLVE
        return found; // stays loaded for the process
    }();
    return library;
}
#undef TRADELEADS_XLSX_FUNCTIONS

// Excel keeps at most 32,767 characters in a cell, and XML 1.0 has no place for most
// control characters; text from the APIs is cut and cleaned to fit.
constexpr qsizetype kMaxCellChars = 32767;
// Excel's limit on hyperlinks per worksheet (LXW_MAX_NUMBER_URLS); later links are text.
constexpr qint64 kMaxLinks = LXW_MAX_NUMBER_URLS;
constexpr qsizetype kMaxLinkLength = 2079;
// Rows looked at for the column widths.
constexpr qint64 kWidthSampleRows = 1000;

bool isXmlControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF;
}

// Excel counts days from 1899-12-30 (with its 1900 leap-year bug, which only matters for
// dates before March 1900: those stay text).
std::optional<double> excelSerial(const Moment& moment)
{
    static const QDate epoch(1899, 12, 30);
    if (moment.date < QDate(1900, 3, 1) || moment.date > QDate(9999, 12, 31))
        return std::nullopt;
    double serial = double(epoch.daysTo(moment.date));
    if (moment.hasTime())
        serial += double(moment.time.msecsSinceStartOfDay()) / 86400000.0;
    return serial;
}

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(xlsx().lxw_strerror(error));
}

} // namespace

XlsxWriter::CellKind XlsxWriter::cellKind(const QString& column)
{
    static const QHash<QString, CellKind> kinds = {
        {QStringLiteral("posted_at"), CellKind::Moment},      {QStringLiteral("deadline_at"), CellKind::Moment},
        {QStringLiteral("amended_at"), CellKind::Moment},     {QStringLiteral("first_seen_at"), CellKind::Moment},
        {QStringLiteral("last_seen_at"), CellKind::Moment},   {QStringLiteral("value_min"), CellKind::Number},
        {QStringLiteral("value_max"), CellKind::Number},      {QStringLiteral("active"), CellKind::Boolean},
        {QStringLiteral("starred"), CellKind::Boolean},       {QStringLiteral("url"), CellKind::Link},
        {QStringLiteral("contacts"), CellKind::Json},         {QStringLiteral("notice_count"), CellKind::Count},
    };
    // description_url stays text: it is SAM.gov's API endpoint, which answers only with the
    // API key, and a key never leaves the program. Links are scarce (see kMaxLinks) and go
    // to the lead's page.
    return kinds.value(column, CellKind::Text);
}

XlsxWriter::XlsxWriter(QString partPath, QList<int> columns, const Options& options, qint64 expectedRows)
    : m_partPath(std::move(partPath)), m_columns(std::move(columns)), m_options(options),
      m_filterJson(options.filterJson), m_expectedRows(expectedRows)
{
    const QStringList names = LeadFormat::allColumns();
    for (int index : std::as_const(m_columns)) {
        m_names.append(names[index]);
        m_kinds.append(cellKind(names[index]));
        m_widths.append(int(names[index].size()));
    }
}

Status XlsxWriter::open()
{
    // Constant memory: each row goes to a temporary file when the next one starts. Those
    // files go beside the target, not into a /tmp that may be a small RAM disk.
    if (!xlsx().problem.isEmpty())
        return Error { Messages::tr("an XLSX export needs libxlsxwriter (package libxlsxwriter4): %1").arg(xlsx().problem) };
    m_tmpdir = QFile::encodeName(QFileInfo(m_partPath).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    // ZIP64 lets the sheet's XML pass 4 GB; only large exports need it.
    options.use_zip64 = m_expectedRows > 250000 ? LXW_TRUE : LXW_FALSE;
    m_book = xlsx().workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_book)
        return Error { Messages::tr("libxlsxwriter cannot start a workbook") };
    m_sheet = xlsx().workbook_add_worksheet(m_book, "Leads");
    m_info = xlsx().workbook_add_worksheet(m_book, "Export");
    if (!m_sheet || !m_info)
        return Error { Messages::tr("libxlsxwriter cannot add the worksheets") };

    m_bold = xlsx().workbook_add_format(m_book);
    xlsx().format_set_bold(m_bold);
    m_dateFormat = xlsx().workbook_add_format(m_book);
    xlsx().format_set_num_format(m_dateFormat, "yyyy-mm-dd");
    // Times are UTC, as the cache keeps them; the Z says so in the cell.
    m_timeFormat = xlsx().workbook_add_format(m_book);
    xlsx().format_set_num_format(m_timeFormat, "yyyy-mm-dd hh:mm:ss\"Z\"");
    m_numberFormat = xlsx().workbook_add_format(m_book);
    xlsx().format_set_num_format(m_numberFormat, "#,##0.00");
    m_wrapFormat = xlsx().workbook_add_format(m_book);
    xlsx().format_set_text_wrap(m_wrapFormat);
    xlsx().format_set_align(m_wrapFormat, LXW_ALIGN_VERTICAL_TOP);

    for (qsizetype c = 0; c < m_names.size(); ++c) {
        if (lxw_error error = xlsx().worksheet_write_string(m_sheet, 0, lxw_col_t(c), m_names[c].toUtf8().constData(),
                                                     m_bold);
            error != LXW_NO_ERROR)
            return Error{lxwMessage(error)};
    }
    xlsx().worksheet_freeze_panes(m_sheet, 1, 0);
    return Done{};
}

Status XlsxWriter::add(const StoredLead& row)
{
    if (m_rows + 1 >= LXW_ROW_MAX)
        return Error { Messages::tr("a worksheet holds at most %L1 leads").arg(LXW_ROW_MAX - 1) };
    const lxw_row_t r = lxw_row_t(m_rows + 1);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (auto status = writeCell(r, lxw_col_t(c), row); !status)
            return status;
    }
    if (!row.lead.source.isEmpty() && !m_sources.contains(row.lead.source))
        m_sources.insert(row.lead.source);
    ++m_rows;
    // A full disk shows first in the sheet's temporary file, which libxlsxwriter writes
    // without checking: asked now and then, so a failed export stops early.
    if (m_rows % 4096 == 0)
        return checkSheetFiles();
    return Done{};
}

Status XlsxWriter::finish()
{
    if (auto status = checkSheetFiles(); !status)
        return status;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        xlsx().worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), qBound(8, m_widths[c], 60) + 2, nullptr);
    xlsx().worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_rows), lxw_col_t(qMax<qsizetype>(m_columns.size(), 1) - 1));
    if (auto status = writeExportSheet(); !status)
        return status;

    lxw_workbook* book = std::exchange(m_book, nullptr);
    m_sheet = m_info = nullptr;
    if (lxw_error error = xlsx().workbook_close(book); error != LXW_NO_ERROR)
        return Error{lxwMessage(error)};
    return Done{};
}

Status XlsxWriter::checkSheetFiles()
{
    for (lxw_worksheet* sheet : {m_sheet, m_info}) {
        std::FILE* file = sheet ? sheet->optimize_tmpfile : nullptr;
        if (file && (std::fflush(file) != 0 || std::ferror(file)))
            return Error { Messages::tr("cannot write the spreadsheet's temporary file: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno))) };
    }
    return Done{};
}

void XlsxWriter::discard()
{
    if (!m_book)
        return;
    // lxw_workbook_free() does not close the worksheets' temporary files.
    for (lxw_worksheet* sheet : {m_sheet, m_info}) {
        if (sheet && sheet->optimize_tmpfile) {
            std::fclose(sheet->optimize_tmpfile);
            sheet->optimize_tmpfile = nullptr;
        }
    }
    xlsx().lxw_workbook_free(m_book);
    m_book = nullptr;
    m_sheet = m_info = nullptr;
}

const char* XlsxWriter::cellText(QStringView text)
{
    m_utf8.clear();
    qsizetype units = 0; // UTF-16 code units kept, as Excel counts
    bool first = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (isXmlControl(char16_t(c)))
            continue;
        if (first) {
            first = false;
            if (c == U'=' || c == U'+' || c == U'-' || c == U'@' || c == U'\t' || c == U'\r') {
                m_utf8 += '\'';
                ++units;
            }
        }
        if (c == U'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue; // CRLF: the LF follows
            c = U'\n';
        }
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), text[i + 1].unicode());
            width = 2;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone half of a pair
        }
        if (units + width > kMaxCellChars) {
            ++m_truncated;
            break;
        }
        units += width;
        i += width - 1;
        if (c < 0x80) {
            m_utf8 += char(c);
        } else if (c < 0x800) {
            m_utf8 += char(0xC0 | (c >> 6));
            m_utf8 += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            m_utf8 += char(0xE0 | (c >> 12));
            m_utf8 += char(0x80 | ((c >> 6) & 0x3F));
            m_utf8 += char(0x80 | (c & 0x3F));
        } else {
            m_utf8 += char(0xF0 | (c >> 18));
            m_utf8 += char(0x80 | ((c >> 12) & 0x3F));
            m_utf8 += char(0x80 | ((c >> 6) & 0x3F));
            m_utf8 += char(0x80 | (c & 0x3F));
        }
    }
    return m_utf8.c_str();
}

Status XlsxWriter::writeText(lxw_row_t r, lxw_col_t c, QStringView text)
{
    const char* utf8 = cellText(text);
    if (*utf8 == '\0')
        return Done{};
    if (lxw_error error = xlsx().worksheet_write_string(m_sheet, r, c, utf8, nullptr); error != LXW_NO_ERROR)
        return cellError(r, c, error);
    noteWidth(c, text.size());
    return Done{};
}

Status XlsxWriter::cellError(lxw_row_t r, lxw_col_t c, lxw_error error) const
{
    return Error { Messages::tr("row %1, column %2: %3").arg(r).arg(m_names[c], lxwMessage(error)) };
}

Status XlsxWriter::writeCell(lxw_row_t r, lxw_col_t c, const StoredLead& row)
{
    const int column = m_columns[c];
    lxw_error error = LXW_NO_ERROR;
    switch (m_kinds[c]) {
    case CellKind::Text:
        return writeText(r, c, *LeadFormat::columnText(row, column));
    case CellKind::Moment: {
        const QString& text = *LeadFormat::columnText(row, column);
        if (text.isEmpty())
            return Done{};
        const auto moment = parseMoment(text);
        const auto serial = moment ? excelSerial(*moment) : std::nullopt;
        if (!serial)
            return writeText(r, c, text);
        error = xlsx().worksheet_write_number(m_sheet, r, c, *serial, moment->hasTime() ? m_timeFormat : m_dateFormat);
        noteWidth(c, moment->hasTime() ? 20 : 10);
        break;
    }
    case CellKind::Number: {
        const QVariant value = LeadFormat::columnValue(row, column);
        if (value.isNull())
            return Done{};
        error = xlsx().worksheet_write_number(m_sheet, r, c, value.toDouble(), m_numberFormat);
        noteWidth(c, 14);
        break;
    }
    case CellKind::Count: {
        const QVariant value = LeadFormat::columnValue(row, column);
        if (value.isNull())
            return Done{};
        error = xlsx().worksheet_write_number(m_sheet, r, c, value.toDouble(), nullptr);
        break;
    }
    case CellKind::Boolean: {
        const QVariant value = LeadFormat::columnValue(row, column);
        if (value.isNull())
            return Done{};
        error = xlsx().worksheet_write_boolean(m_sheet, r, c, value.toBool() ? 1 : 0, nullptr);
        break;
    }
    case CellKind::Link: {
        const QString& text = *LeadFormat::columnText(row, column);
        if (text.isEmpty())
            return Done{};
        if (m_links >= kMaxLinks) {
            m_linksAsText = true;
            return writeText(r, c, text);
        }
        const QByteArray link = webLink(text);
        if (link.isEmpty() || link.size() > kMaxLinkLength)
            return writeText(r, c, text);
        // The cell shows the link; its target is the encoded form.
        error = xlsx().worksheet_write_url(m_sheet, r, c, link.constData(), nullptr);
        if (error != LXW_NO_ERROR)
            return writeText(r, c, text);
        ++m_links;
        noteWidth(c, text.size());
        break;
    }
    case CellKind::Json:
        if (row.lead.contacts.isEmpty())
            return writeText(r, c, u"[]");
        return writeText(
            r, c, QString::fromUtf8(QJsonDocument(row.lead.contacts).toJson(QJsonDocument::Compact)));
    }
    if (error != LXW_NO_ERROR)
        return cellError(r, c, error);
    return Done{};
}

void XlsxWriter::noteWidth(lxw_col_t c, qsizetype chars)
{
    if (m_rows < kWidthSampleRows)
        m_widths[c] = std::max(m_widths[c], int(qMin<qsizetype>(chars, 1000)));
}

Status XlsxWriter::writeExportSheet()
{
    lxw_row_t r = 0;
    lxw_error error = LXW_NO_ERROR;
    auto label = [&](const QString& text) {
        if (error == LXW_NO_ERROR)
            error = xlsx().worksheet_write_string(m_info, r, 0, cellText(text), m_bold);
    };
    auto text = [&](lxw_col_t c, const QString& value) {
        const char* utf8 = cellText(value);
        if (error == LXW_NO_ERROR && *utf8 != '\0')
            error = xlsx().worksheet_write_string(m_info, r, c, utf8, m_wrapFormat);
    };

    const QDateTime at = m_options.exportedAt.isValid() ? m_options.exportedAt.toUTC() : Clock::nowUtc().toUTC();
    label(Messages::tr("Exported at (UTC)"));
    if (const auto serial = excelSerial(Moment{at.date(), QTime(at.time().hour(), at.time().minute(),
                                                               at.time().second())}))
        error = error == LXW_NO_ERROR ? xlsx().worksheet_write_number(m_info, r, 1, *serial, m_timeFormat) : error;
    ++r;
    label(Messages::tr("Leads"));
    if (error == LXW_NO_ERROR)
        error = xlsx().worksheet_write_number(m_info, r, 1, double(m_rows), nullptr);
    ++r;
    QStringList sources = m_options.sources;
    if (sources.isEmpty()) {
        sources = QStringList(m_sources.cbegin(), m_sources.cend());
        sources.sort();
    }
    label(Messages::tr("Sources"));
    text(1, sources.join(QStringLiteral(", ")));
    ++r;

    label(Messages::tr("Filter"));
    const QStringList criteria = describeFilter();
    for (const QString& criterion : criteria) {
        text(1, criterion);
        ++r;
    }
    if (criteria.isEmpty())
        ++r;
    label(Messages::tr("Filter (JSON)"));
    text(1, QString::fromUtf8(m_filterJson));
    ++r;
    label(Messages::tr("Columns"));
    text(1, m_names.join(QStringLiteral(", ")));
    ++r;
    label(Messages::tr("Times"));
    text(1, Messages::tr("Dates and times are UTC, as the sources publish them."));
    ++r;
    if (m_linksAsText) {
        label(Messages::tr("Links"));
        text(1,
            Messages::tr(
                "Only the first %L1 links are clickable (Excel's limit per sheet); the rest are plain text.")
                .arg(kMaxLinks));
        ++r;
    }
    if (m_truncated > 0) {
        label(Messages::tr("Cut"));
        text(1,
            Messages::tr("%L1 cells were cut to Excel's limit of %L2 characters.")
                .arg(m_truncated)
                .arg(kMaxCellChars));
        ++r;
    }
    label(Messages::tr("Program"));
    text(1, QStringLiteral("Trade Leads " TRADELEADS_VERSION));
    xlsx().worksheet_set_column(m_info, 0, 0, 20, nullptr);
    xlsx().worksheet_set_column(m_info, 1, 1, 100, nullptr);
    if (error != LXW_NO_ERROR)
        return Error { Messages::tr("the Export sheet: %1").arg(lxwMessage(error)) };
    return Done{};
}

QStringList XlsxWriter::describeFilter() const
{
    if (m_filterJson.isEmpty())
        return { Messages::tr("None recorded (a selection of leads)") };
    const auto parsed = LeadFilter::fromJson(m_filterJson);
    if (!parsed)
        return { Messages::tr("Not readable: %1").arg(parsed.errorMessage()) };
    const LeadFilter& f = *parsed;
    QStringList lines = LeadFilterFields::describe(f);
    if (lines.isEmpty())
        lines.append(Messages::tr("None: every lead"));
    lines.append(Messages::tr("Sorted by %1, %2")
                     .arg(f.sortColumn.isEmpty() ? QStringLiteral("deadline_at") : f.sortColumn,
                         f.descending ? Messages::tr("descending") : Messages::tr("ascending")));
    return lines;
}

} // namespace LeadExport::detail
