#include "LeadExport.h"

#include "Clock.h"
#include "LeadFilter.h"
#include "LeadFormat.h"
#include "LeadStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace LeadExport {
namespace {

    // The messages of this file. A class, not a free tr(), so that lupdate files them under
    // the context they are looked up with.
    struct Messages
    {
        Q_DECLARE_TR_FUNCTIONS(LeadExport)
    };

QString cancelledMessage()
{
    return Messages::tr("The export was cancelled");
}

// ---------------------------------------------------------------------------------------
// Dates as the store keeps them: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (UTC).

struct Moment
{
    QDate date;
    QTime time; // valid only when the value carried a time
    bool hasTime() const { return time.isValid(); }
};

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

std::optional<Moment> parseMoment(const QString& text)
{
    // The two shapes the store writes, parsed by hand: QDateTime::fromString costs more
    // than the rest of a cell at a million rows.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        if (date.isValid())
            return Moment{date, QTime()};
    } else if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
               && text[16] == u':' && text[19] == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid())
            return Moment{date, time};
    }
    if (text.size() > 10) {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (parsed.isValid()) {
            const QDateTime utc = parsed.toUTC();
            return Moment{utc.date(), utc.time()};
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// The export loop: ids in chunks, each chunk read with one query, written on a second thread.

class RowWriter
{
public:
    virtual ~RowWriter() = default;
    virtual Status add(const StoredLead& row) = 0;
    virtual Status finish() = 0;
    virtual qint64 written() const = 0;
};

// Chunks of leads handed from the thread that reads them to the thread that writes them.
// At most `capacity` wait, so memory stays bounded whatever the size of the export.
class ChunkPipe
{
public:
    explicit ChunkPipe(std::size_t capacity) : m_capacity(capacity) {}

    // Blocks while the pipe is full; false when the writer has stopped.
    bool push(QList<StoredLead> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_chunks.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }

    // Blocks until a chunk comes; nullopt at the end or when stopped.
    std::optional<QList<StoredLead>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_closed || !m_chunks.empty(); });
        if (m_stopped || m_chunks.empty())
            return std::nullopt;
        QList<StoredLead> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }

    void close() // no more chunks: the writer finishes what is queued
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void stop() // failure or cancellation: both sides give up at once
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_chunks.clear();
        m_changed.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<StoredLead>> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
};

// Reads the leads in chunks on this thread (the store's connection belongs to it) while a
// second thread writes the rows before them: on two cores an export takes about as long as
// the slower of the two rather than their sum. The progress callback runs on this thread.
Result<qint64> exportRows(const LeadStore& store, const QList<qint64>& ids, const Options& options, RowWriter& writer,
                          LeadStore::Detail detail)
{
    const qint64 total = ids.size();
    const qsizetype chunk = qMax(1, options.chunkSize);
    if (options.progress && !options.progress(0, total))
        return Error{cancelledMessage()};

    ChunkPipe pipe(1);
    Status written = Done{}; // the writer thread's outcome, read after join()
    std::thread writerThread([&pipe, &writer, &written] {
        while (auto rows = pipe.pop()) {
            for (const StoredLead& row : std::as_const(*rows)) {
                if (auto status = writer.add(row); !status) {
                    written = status;
                    pipe.stop();
                    return;
                }
            }
        }
    });
    auto stopWriter = [&] {
        pipe.stop();
        writerThread.join();
    };

    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const qsizetype count = qMin(chunk, ids.size() - start);
        auto rows = store.leadsByIds(ids.mid(start, count), detail);
        if (!rows) {
            stopWriter();
            return rows.error();
        }
        if (!pipe.push(std::move(*rows)))
            break; // the writer failed: its error follows
        if (options.progress && !options.progress(start + count, total)) {
            stopWriter();
            return Error{cancelledMessage()};
        }
    }
    pipe.close();
    writerThread.join();
    if (!written)
        return written.error();
    if (auto status = writer.finish(); !status)
        return status.error();
    return writer.written();
}

// The large columns are read only when the export writes them: without them a row is a
// page or two of the cache rather than several.
LeadStore::Detail detailFor(const QList<int>& columns)
{
    static const int description = LeadFormat::columnIndex(QStringLiteral("description"));
    static const int contacts = LeadFormat::columnIndex(QStringLiteral("contacts"));
    return columns.contains(description) || columns.contains(contacts) ? LeadStore::Detail::Full
                                                                        : LeadStore::Detail::Listing;
}

Result<QList<int>> columnIndexes(const QStringList& requested)
{
    const QStringList columns = requested.isEmpty() ? LeadFormat::allColumns() : requested;
    QList<int> indexes;
    for (const QString& column : columns) {
        const int index = LeadFormat::columnIndex(column);
        if (index < 0)
            return Error { Messages::tr("there is no column \"%1\"").arg(column) };
        indexes.append(index);
    }
    return indexes;
}

// ---------------------------------------------------------------------------------------
// CSV

class CsvWriter final : public RowWriter
{
public:
    CsvWriter(QIODevice& device, QList<int> columns, bool byteOrderMark)
        : m_device(device), m_columns(std::move(columns))
    {
        if (byteOrderMark)
            m_buffer += "\xEF\xBB\xBF";
        const QStringList names = LeadFormat::allColumns();
        QStringList header;
        for (int index : std::as_const(m_columns))
            header.append(names[index]);
        m_buffer += LeadFormat::csvHeader(header);
    }

    Status add(const StoredLead& row) override
    {
        m_buffer += LeadFormat::csvRow(row, m_columns);
        ++m_rows;
        return m_buffer.size() >= kFlushBytes ? flush() : Status(Done{});
    }

    Status finish() override { return flush(); }
    qint64 written() const override { return m_rows; }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    Status flush()
    {
        if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
            return Error{m_device.errorString()};
        m_buffer.clear();
        return Done{};
    }

    QIODevice& m_device;
    QList<int> m_columns;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

// ---------------------------------------------------------------------------------------
// iCalendar (RFC 5545)

QByteArray icsDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray icsUtc(const QDate& date, const QTime& time)
{
    return icsDate(date) + 'T' + time.toString(QStringLiteral("HHmmss")).toLatin1() + 'Z';
}

// A link a calendar may open: http or https only, as a valid URI.
QByteArray webLink(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.toEncoded();
}

class IcsWriter final : public RowWriter
{
public:
    IcsWriter(QIODevice& device, const Options& options)
        : m_device(device),
          m_stamp(options.exportedAt.isValid() ? options.exportedAt.toUTC() : Clock::nowUtc().toUTC()),
          m_reminderDays(options.reminderDaysBefore)
    {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Trade Leads//Lead deadlines " TRADELEADS_VERSION "//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + icsText(Messages::tr("Trade Leads deadlines")));
    }

    Status add(const StoredLead& row) override
    {
        const Lead& lead = row.lead;
        const auto deadline = parseMoment(lead.deadlineAt);
        if (!deadline)
            return Done{};
        const QString title = lead.title.isEmpty() ? lead.sourceId : lead.title;
        line("BEGIN:VEVENT");
        line("UID:" + icsText(lead.source + u'/' + lead.sourceId + QLatin1String("@tradeleads")));
        line("DTSTAMP:" + icsUtc(m_stamp.date(), m_stamp.time()));
        if (deadline->hasTime()) {
            line("DTSTART:" + icsUtc(deadline->date, deadline->time));
        } else {
            line("DTSTART;VALUE=DATE:" + icsDate(deadline->date));
            line("DTEND;VALUE=DATE:" + icsDate(deadline->date.addDays(1)));
        }
        line("SUMMARY:" + icsText(Messages::tr("Deadline: %1").arg(title)));
        const QByteArray link = webLink(lead.url); // not description_url: that needs the API key
        QStringList description;
        if (!lead.solicitationNumber.isEmpty())
            description.append(Messages::tr("Solicitation: %1").arg(lead.solicitationNumber));
        if (!lead.agency.isEmpty())
            description.append(Messages::tr("Agency: %1").arg(lead.agency));
        if (!link.isEmpty())
            description.append(Messages::tr("Link: %1").arg(QString::fromLatin1(link)));
        description.append(Messages::tr("Source: %1 %2").arg(lead.source, lead.sourceId));
        line("DESCRIPTION:" + icsText(description.join(u'\n')));
        if (!link.isEmpty())
            line("URL:" + link);
        line("TRANSP:TRANSPARENT");
        if (m_reminderDays > 0) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("DESCRIPTION:"
                + icsText(m_reminderDays == 1
                        ? Messages::tr("Deadline tomorrow: %1").arg(title)
                        : Messages::tr("Deadline in %1 days: %2").arg(m_reminderDays).arg(title)));
            line("TRIGGER:-P" + QByteArray::number(m_reminderDays) + 'D');
            line("END:VALARM");
        }
        line("END:VEVENT");
        ++m_events;
        return m_buffer.size() >= kFlushBytes ? flush() : Status(Done{});
    }

    Status finish() override
    {
        line("END:VCALENDAR");
        return flush();
    }

    qint64 written() const override { return m_events; }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    void line(const QByteArray& content) { m_buffer += icsFold(content); }

    Status flush()
    {
        if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
            return Error{m_device.errorString()};
        m_buffer.clear();
        return Done{};
    }

    QIODevice& m_device;
    QDateTime m_stamp;
    int m_reminderDays;
    QByteArray m_buffer;
    qint64 m_events = 0;
};

// ---------------------------------------------------------------------------------------
// XLSX

enum class CellKind { Text, Moment, Number, Boolean, Link, Json };

CellKind cellKind(const QString& column)
{
    static const QHash<QString, CellKind> kinds = {
        {QStringLiteral("posted_at"), CellKind::Moment},      {QStringLiteral("deadline_at"), CellKind::Moment},
        {QStringLiteral("amended_at"), CellKind::Moment},     {QStringLiteral("first_seen_at"), CellKind::Moment},
        {QStringLiteral("last_seen_at"), CellKind::Moment},   {QStringLiteral("value_min"), CellKind::Number},
        {QStringLiteral("value_max"), CellKind::Number},      {QStringLiteral("active"), CellKind::Boolean},
        {QStringLiteral("starred"), CellKind::Boolean},       {QStringLiteral("url"), CellKind::Link},
        {QStringLiteral("contacts"), CellKind::Json},
    };
    // description_url stays text: it is SAM.gov's API endpoint, which answers only with the
    // API key, and a key never leaves the program. Links are scarce (see kMaxLinks) and go
    // to the lead's page.
    return kinds.value(column, CellKind::Text);
}

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
    return QString::fromUtf8(lxw_strerror(error));
}

class XlsxWriter final : public RowWriter
{
public:
    XlsxWriter(QString partPath, QList<int> columns, const Options& options, qint64 expectedRows)
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

    ~XlsxWriter() override { discard(); }

    Status open()
    {
        // Constant memory: each row goes to a temporary file when the next one starts. Those
        // files go beside the target, not into a /tmp that may be a small RAM disk.
        m_tmpdir = QFile::encodeName(QFileInfo(m_partPath).absolutePath());
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        // ZIP64 lets the sheet's XML pass 4 GB; only large exports need it.
        options.use_zip64 = m_expectedRows > 250000 ? LXW_TRUE : LXW_FALSE;
        m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
        if (!m_book)
            return Error { Messages::tr("libxlsxwriter cannot start a workbook") };
        m_sheet = workbook_add_worksheet(m_book, "Leads");
        m_info = workbook_add_worksheet(m_book, "Export");
        if (!m_sheet || !m_info)
            return Error { Messages::tr("libxlsxwriter cannot add the worksheets") };

        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_dateFormat = workbook_add_format(m_book);
        format_set_num_format(m_dateFormat, "yyyy-mm-dd");
        // Times are UTC, as the cache keeps them; the Z says so in the cell.
        m_timeFormat = workbook_add_format(m_book);
        format_set_num_format(m_timeFormat, "yyyy-mm-dd hh:mm:ss\"Z\"");
        m_numberFormat = workbook_add_format(m_book);
        format_set_num_format(m_numberFormat, "#,##0.00");
        m_wrapFormat = workbook_add_format(m_book);
        format_set_text_wrap(m_wrapFormat);
        format_set_align(m_wrapFormat, LXW_ALIGN_VERTICAL_TOP);

        for (qsizetype c = 0; c < m_names.size(); ++c) {
            if (lxw_error error = worksheet_write_string(m_sheet, 0, lxw_col_t(c), m_names[c].toUtf8().constData(),
                                                         m_bold);
                error != LXW_NO_ERROR)
                return Error{lxwMessage(error)};
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return Done{};
    }

    Status add(const StoredLead& row) override
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

    Status finish() override
    {
        if (auto status = checkSheetFiles(); !status)
            return status;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), qBound(8, m_widths[c], 60) + 2, nullptr);
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_rows), lxw_col_t(qMax<qsizetype>(m_columns.size(), 1) - 1));
        if (auto status = writeExportSheet(); !status)
            return status;

        lxw_workbook* book = std::exchange(m_book, nullptr);
        m_sheet = m_info = nullptr;
        if (lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
            return Error{lxwMessage(error)};
        return Done{};
    }

    qint64 written() const override { return m_rows; }

    // Whether every row so far reached the sheets' temporary files (constant-memory mode).
    Status checkSheetFiles()
    {
        for (lxw_worksheet* sheet : {m_sheet, m_info}) {
            std::FILE* file = sheet ? sheet->optimize_tmpfile : nullptr;
            if (file && (std::fflush(file) != 0 || std::ferror(file)))
                return Error { Messages::tr("cannot write the spreadsheet's temporary file: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))) };
        }
        return Done{};
    }

    // Drops an unfinished workbook without assembling it (a cancelled export of a million
    // rows should not spend a minute compressing what nobody will read).
    void discard()
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
        lxw_workbook_free(m_book);
        m_book = nullptr;
        m_sheet = m_info = nullptr;
    }

private:
    // Text as a string cell (never a formula): the control characters XML cannot hold
    // dropped, line breaks as LF (a CR would not survive XML's line-end handling), neutralised
    // as LeadFormat::neutraliseFormula does, and cut to Excel's limit. This runs for every
    // cell, so it encodes UTF-8 itself into one reused buffer.
    const char* cellText(QStringView text)
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

    Status writeText(lxw_row_t r, lxw_col_t c, QStringView text)
    {
        const char* utf8 = cellText(text);
        if (*utf8 == '\0')
            return Done{};
        if (lxw_error error = worksheet_write_string(m_sheet, r, c, utf8, nullptr); error != LXW_NO_ERROR)
            return cellError(r, c, error);
        noteWidth(c, text.size());
        return Done{};
    }

    Status cellError(lxw_row_t r, lxw_col_t c, lxw_error error) const
    {
        return Error { Messages::tr("row %1, column %2: %3").arg(r).arg(m_names[c], lxwMessage(error)) };
    }

    Status writeCell(lxw_row_t r, lxw_col_t c, const StoredLead& row)
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
            error = worksheet_write_number(m_sheet, r, c, *serial, moment->hasTime() ? m_timeFormat : m_dateFormat);
            noteWidth(c, moment->hasTime() ? 20 : 10);
            break;
        }
        case CellKind::Number: {
            const QVariant value = LeadFormat::columnValue(row, column);
            if (value.isNull())
                return Done{};
            error = worksheet_write_number(m_sheet, r, c, value.toDouble(), m_numberFormat);
            noteWidth(c, 14);
            break;
        }
        case CellKind::Boolean: {
            const QVariant value = LeadFormat::columnValue(row, column);
            if (value.isNull())
                return Done{};
            error = worksheet_write_boolean(m_sheet, r, c, value.toBool() ? 1 : 0, nullptr);
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
            error = worksheet_write_url(m_sheet, r, c, link.constData(), nullptr);
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

    void noteWidth(lxw_col_t c, qsizetype chars)
    {
        if (m_rows < kWidthSampleRows)
            m_widths[c] = std::max(m_widths[c], int(qMin<qsizetype>(chars, 1000)));
    }

    // The second sheet: what was exported, from where, when and how.
    Status writeExportSheet()
    {
        lxw_row_t r = 0;
        lxw_error error = LXW_NO_ERROR;
        auto label = [&](const QString& text) {
            if (error == LXW_NO_ERROR)
                error = worksheet_write_string(m_info, r, 0, cellText(text), m_bold);
        };
        auto text = [&](lxw_col_t c, const QString& value) {
            const char* utf8 = cellText(value);
            if (error == LXW_NO_ERROR && *utf8 != '\0')
                error = worksheet_write_string(m_info, r, c, utf8, m_wrapFormat);
        };

        const QDateTime at = m_options.exportedAt.isValid() ? m_options.exportedAt.toUTC() : Clock::nowUtc().toUTC();
        label(Messages::tr("Exported at (UTC)"));
        if (const auto serial = excelSerial(Moment{at.date(), QTime(at.time().hour(), at.time().minute(),
                                                                   at.time().second())}))
            error = error == LXW_NO_ERROR ? worksheet_write_number(m_info, r, 1, *serial, m_timeFormat) : error;
        ++r;
        label(Messages::tr("Leads"));
        if (error == LXW_NO_ERROR)
            error = worksheet_write_number(m_info, r, 1, double(m_rows), nullptr);
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
        worksheet_set_column(m_info, 0, 0, 20, nullptr);
        worksheet_set_column(m_info, 1, 1, 100, nullptr);
        if (error != LXW_NO_ERROR)
            return Error { Messages::tr("the Export sheet: %1").arg(lxwMessage(error)) };
        return Done{};
    }

    QStringList describeFilter() const
    {
        if (m_filterJson.isEmpty())
            return { Messages::tr("None recorded (a selection of leads)") };
        const auto parsed = LeadFilter::fromJson(m_filterJson);
        if (!parsed)
            return { Messages::tr("Not readable: %1").arg(parsed.errorMessage()) };
        const LeadFilter& f = *parsed;
        QStringList lines;
        auto list = [&](const QString& name, const QStringList& values) {
            if (!values.isEmpty())
                lines.append(name + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
        };
        auto range = [&](const QString& name, const QString& from, const QString& to) {
            if (!from.isEmpty() && !to.isEmpty())
                lines.append(Messages::tr("%1: from %2 to %3").arg(name, from, to));
            else if (!from.isEmpty())
                lines.append(Messages::tr("%1: from %2").arg(name, from));
            else if (!to.isEmpty())
                lines.append(Messages::tr("%1: up to %2").arg(name, to));
        };
        auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
        auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'g', 15) : QString(); };
        if (!f.text.isEmpty())
            lines.append(Messages::tr("Text: %1").arg(f.text));
        list(Messages::tr("Sources"), f.sources);
        list(Messages::tr("Countries"), f.countries);
        list(Messages::tr("Industries"), f.industries);
        list(Messages::tr("NAICS prefixes"), f.naicsPrefixes);
        list(Messages::tr("Set-aside codes"), f.setAsideCodes);
        list(Messages::tr("Notice types"), f.noticeTypes);
        list(Messages::tr("Pipeline status"), f.statuses);
        range(Messages::tr("Posted"), date(f.postedFrom), date(f.postedTo));
        range(Messages::tr("Deadline"), date(f.dueFrom), date(f.dueTo));
        if (f.openOnly)
            lines.append(Messages::tr("Open leads only"));
        if (f.dueWithinDays)
            lines.append(Messages::tr("Due within %1 days").arg(*f.dueWithinDays));
        if (f.starredOnly)
            lines.append(Messages::tr("Starred leads only"));
        range(Messages::tr("Value"), number(f.valueMin), number(f.valueMax));
        if (lines.isEmpty())
            lines.append(Messages::tr("None: every lead"));
        lines.append(Messages::tr("Sorted by %1, %2")
                         .arg(f.sortColumn.isEmpty() ? QStringLiteral("deadline_at") : f.sortColumn,
                             f.descending ? Messages::tr("descending") : Messages::tr("ascending")));
        return lines;
    }

    QString m_partPath;
    QList<int> m_columns;
    QStringList m_names;
    QList<CellKind> m_kinds;
    QList<int> m_widths;
    Options m_options;
    QByteArray m_filterJson;
    qint64 m_expectedRows;
    QByteArray m_tmpdir;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_worksheet* m_info = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_dateFormat = nullptr;
    lxw_format* m_timeFormat = nullptr;
    lxw_format* m_numberFormat = nullptr;
    lxw_format* m_wrapFormat = nullptr;
    qint64 m_rows = 0;
    qint64 m_links = 0;
    bool m_linksAsText = false;
    qint64 m_truncated = 0;
    QSet<QString> m_sources;
    std::string m_utf8;
};

// ---------------------------------------------------------------------------------------
// Files: nothing appears at the target until the export is complete.

Status checkTarget(const QString& path)
{
    if (path.isEmpty())
        return Error { Messages::tr("no file name given") };
    const QFileInfo info(path);
    if (info.isDir())
        return Error { Messages::tr("it is a folder") };
    if (!info.absoluteDir().exists())
        return Error {
            Messages::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath()))
        };
    return Done{};
}

// A new file beside the target, hidden, removed again unless committed.
class PartFile
{
public:
    ~PartFile()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }

    Status create(const QString& target)
    {
        const QFileInfo info(target);
        removeStaleParts(info);
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QString name = QStringLiteral(".%1.%2.part")
                                     .arg(info.fileName())
                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            QFile file(info.absoluteDir().filePath(name));
            // NewOnly is O_EXCL: never someone else's file; permissions follow the umask.
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                m_path = file.fileName();
                return Done{};
            }
            if (file.exists())
                continue;
            return Error { Messages::tr("cannot create a file in %1: %2")
                               .arg(QDir::toNativeSeparators(info.absolutePath()), file.errorString()) };
        }
        return Error {
            Messages::tr("no free temporary name in %1").arg(QDir::toNativeSeparators(info.absolutePath()))
        };
    }

    QString path() const { return m_path; }

    // Part files of this target that an export killed mid-way left behind. An hour old at
    // least, so that another export still writing one is not touched.
    static void removeStaleParts(const QFileInfo& target)
    {
        const QDir dir = target.absoluteDir();
        const QStringList parts = dir.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".*.part")},
                                                QDir::Files | QDir::Hidden);
        const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const QString& name : parts) {
            if (QFileInfo(dir.filePath(name)).lastModified().toUTC() < hourAgo)
                QFile::remove(dir.filePath(name));
        }
    }

    // Atomically replaces the target, keeping its permissions, as QSaveFile does.
    Status commit(const QString& target)
    {
        if (const QFileInfo existing(target); existing.isFile())
            QFile::setPermissions(m_path, existing.permissions());
        if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0)
            return Error{QString::fromLocal8Bit(std::strerror(errno))};
        m_path.clear();
        return Done{};
    }

private:
    QString m_path;
};

// The error of a write to a file names the file; a cancellation stays recognisable.
Error failed(const QString& path, const Error& reason)
{
    if (reason.message == cancelledMessage())
        return reason;
    return Error { Messages::tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), reason.message) };
}

} // namespace

std::optional<Format> formatFromName(QStringView name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    if (name.compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0)
        return Format::Ics;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Ics: return QStringLiteral("ics");
    }
    return {};
}

bool isCancellation(const Error& error)
{
    return error.message == cancelledMessage();
}

QByteArray icsText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u';': out += QLatin1String("\\;"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break; // CRLF is one line break
            out += QLatin1String("\\n");
            break;
        default:
            // RFC 5545 allows no control characters in TEXT but HTAB.
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
                break;
            out += c;
        }
    }
    return out.toUtf8();
}

QByteArray icsFold(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    int used = 0; // octets on the current physical line
    for (qsizetype i = 0; i < line.size();) {
        // One whole UTF-8 sequence at a time: a fold never splits a character.
        qsizetype length = 1;
        while (i + length < line.size() && (uchar(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (used + length > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.constData() + i, length);
        used += int(length);
        i += length;
    }
    return out + "\r\n";
}

Result<qint64> write(const LeadStore& store, const LeadFilter& filter, const QDate& today, int limit,
                     const QString& path, const Options& options)
{
    if (auto status = checkTarget(path); !status)
        return failed(path, status.error());
    auto ids = store.ids(filter, today, limit < 0 ? -1 : limit);
    if (!ids)
        return failed(path, ids.error());
    Options withFilter = options;
    if (withFilter.filterJson.isEmpty())
        withFilter.filterJson = filter.toJson();
    return write(store, *ids, path, withFilter);
}

Result<qint64> write(const LeadStore& store, const QList<qint64>& ids, const QString& path, const Options& options)
{
    if (auto status = checkTarget(path); !status)
        return failed(path, status.error());
    auto columns = columnIndexes(options.columns);
    if (!columns)
        return failed(path, columns.error());

    if (options.format == Format::Xlsx) {
        // libxlsxwriter writes to a file name, so the part file stands in for QSaveFile.
        PartFile part;
        if (auto status = part.create(path); !status)
            return failed(path, status.error());
        XlsxWriter writer(part.path(), *columns, options, ids.size());
        if (auto status = writer.open(); !status)
            return failed(path, status.error());
        auto written = exportRows(store, ids, options, writer, detailFor(*columns));
        if (!written)
            return failed(path, written.error()); // the writer and the part file clean up
        if (auto status = part.commit(path); !status)
            return failed(path, status.error());
        return written;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, Error{file.errorString()});
    auto written = write(store, ids, file, options);
    if (!written) {
        file.cancelWriting();
        return failed(path, written.error());
    }
    if (!file.commit())
        return failed(path, Error{file.errorString()});
    return written;
}

Result<qint64> write(const LeadStore& store, const QList<qint64>& ids, QIODevice& device, const Options& options)
{
    switch (options.format) {
    case Format::Csv: {
        auto columns = columnIndexes(options.columns);
        if (!columns)
            return columns.error();
        CsvWriter writer(device, *columns, options.csvByteOrderMark);
        return exportRows(store, ids, options, writer, detailFor(*columns));
    }
    case Format::Ics: {
        IcsWriter writer(device, options);
        return exportRows(store, ids, options, writer, LeadStore::Detail::Listing); // ICS shows no description
    }
    case Format::Xlsx: break;
    }
    return Error { Messages::tr("a spreadsheet can only be written to a file") };
}

} // namespace LeadExport
