#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

class LeadFilter;
class LeadStore;
class QDate;
class QIODevice;

// Leads out to files that other programs open: CSV (RFC 4180, UTF-8), XLSX (libxlsxwriter in
// constant-memory mode) and the deadlines as iCalendar (RFC 5545) events, one per notice family:
// its UID comes from the family id alone and its SEQUENCE counts the times the deadline moved,
// so a calendar that imports the file again updates the event rather than adding another.
//
// Rows stream from the store in chunks of ids, so a million leads never sit in memory, and a
// file appears at the target path only when the whole export succeeded: it is written beside
// the target under another name and renamed over it at the end. Cells a spreadsheet would
// evaluate (= + - @ tab CR at the start) are neutralised in CSV and XLSX alike.
namespace LeadExport {

enum class Format { Csv, Xlsx, Ics };

std::optional<Format> formatFromName(QStringView name); // "csv", "xlsx", "ics" (any case)
QString formatName(Format format);

// Called on the calling thread after every chunk read, with the leads done so far and the
// total; return false to cancel. For XLSX, libxlsxwriter assembles and compresses the file
// after the last call (about a third of the time of a large export), which cannot be cancelled.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct Options
{
    Format format = Format::Csv;
    // CSV and XLSX: the columns in this order, names from LeadFormat::allColumns() (the
    // canonical columns, then starred, status, notes, tags). Empty: all of them. ICS ignores it.
    QStringList columns;
    bool csvByteOrderMark = false; // so that Excel reads the CSV as UTF-8
    // Recorded on the XLSX "Export" sheet. The filter overload of write() fills filterJson from
    // the filter when it is empty; empty sources mean the source keys of the exported leads.
    QByteArray filterJson;
    QStringList sources;
    QDateTime exportedAt;       // invalid: Clock::nowUtc(); the XLSX "Export" sheet and ICS DTSTAMP
    int reminderDaysBefore = 3; // ICS: the VALARM before each deadline; 0 or less: no alarm
    int chunkSize = 2000;       // leads read from the store per query
    Progress progress;
};

// Exports the leads the filter matches, in its order, at most `limit` of them (-1: all).
// Returns the number of rows written (for ICS: of events, one per notice family with a deadline).
// The store is read on the calling thread while a second thread writes the file; the store
// must not be used elsewhere until write() returns.
Result<qint64> write(const LeadStore& store, const LeadFilter& filter, const QDate& today, int limit,
                     const QString& path, const Options& options);

// Exports the given leads in the given order ("the selection"); ids no longer in the cache
// are skipped. ICS writes the events of their families, in the order the families first come.
Result<qint64> write(const LeadStore& store, const QList<qint64>& ids, const QString& path, const Options& options);

// CSV or ICS to a device that is already open, such as standard output (XLSX needs a file).
// On failure or cancellation part of the output may have been written to the device.
Result<qint64> write(const LeadStore& store, const QList<qint64>& ids, QIODevice& device, const Options& options);

// Whether a write() failed because the progress callback asked to stop.
bool isCancellation(const Error& error);

// iCalendar building blocks, public for tests: TEXT escaping (backslash, semicolon, comma,
// newline), folding of one content line at 75 octets, CRLF-terminated, and the UID of a notice
// family's event (the hex SHA-1 of its family id, then "@tradeleads"): the same on every
// machine and in every export.
QByteArray icsText(const QString& text);
QByteArray icsFold(const QByteArray& line);
QByteArray icsUid(const QString& familyId);

} // namespace LeadExport
