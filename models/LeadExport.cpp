#include "LeadExport.h"

#include "LeadFilter.h"
#include "LeadFormat.h"
#include "LeadStore.h"
#include "export/CsvWriter.h"
#include "export/ExportCommon.h"
#include "export/ExportPartFile.h"
#include "export/IcsWriter.h"
#include "export/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// The pipeline: ids in chunks from the store, rows (or a calendar's events) to the writer of
// the format on a second thread, and the file put in place only when all went well. The
// writers are in export/.
namespace LeadExport {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------------------
// The export loop: ids in chunks, each chunk read with one query (a calendar's with up to
// three: the leads, their families' deadlines, the notices that carry them), written on a
// second thread.

// Chunks of leads (or of the events made of them) handed from the thread that reads them to
// the thread that writes them. At most `capacity` wait, so memory stays bounded whatever the
// size of the export.
template<typename Item>
class ChunkPipe
{
public:
    explicit ChunkPipe(std::size_t capacity) : m_capacity(capacity) {}

    // Blocks while the pipe is full; false when the writer has stopped.
    bool push(QList<Item> chunk)
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
    std::optional<QList<Item>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_closed || !m_chunks.empty(); });
        if (m_stopped || m_chunks.empty())
            return std::nullopt;
        QList<Item> chunk = std::move(m_chunks.front());
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
    std::deque<QList<Item>> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
};

// Reads the leads in chunks on this thread (the store's connection belongs to it) while a
// second thread writes the items before them: on two cores an export takes about as long as
// the slower of the two rather than their sum. `readChunk` turns a chunk of ids into the
// writer's items, reading the store; the progress callback runs on this thread too.
template<typename Item, typename ReadChunk>
Result<qint64> exportItems(const QList<qint64>& ids, const Options& options, ItemWriter<Item>& writer,
                           ReadChunk readChunk)
{
    const qint64 total = ids.size();
    const qsizetype chunk = qMax(1, options.chunkSize);
    if (options.progress && !options.progress(0, total))
        return Error{cancelledMessage()};

    ChunkPipe<Item> pipe(1);
    Status written = Done{}; // the writer thread's outcome, read after join()
    std::thread writerThread([&pipe, &writer, &written] {
        while (auto items = pipe.pop()) {
            for (const Item& item : std::as_const(*items)) {
                if (auto status = writer.add(item); !status) {
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
        Result<QList<Item>> items = readChunk(ids.mid(start, count));
        if (!items) {
            stopWriter();
            return items.error();
        }
        if (!pipe.push(std::move(*items)))
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

Result<qint64> exportRows(const LeadStore& store, const QList<qint64>& ids, const Options& options, RowWriter& writer,
                          LeadStore::Detail detail)
{
    return exportItems(ids, options, writer,
                       [&](const QList<qint64>& chunk) { return store.leadsByIds(chunk, detail); });
}

// A calendar gets an event per notice family: the leads of each chunk are read (without the
// large columns, which ICS does not show) and turned into their families' events.
Result<qint64> exportFamilyEvents(const LeadStore& store, const QList<qint64>& ids, const Options& options,
                                  IcsWriter& writer)
{
    FamilyDeadlineEvents events(store);
    return exportItems(ids, options, writer, [&](const QList<qint64>& chunk) -> Result<QList<FamilyDeadlineEvent>> {
        auto rows = store.leadsByIds(chunk, LeadStore::Detail::Listing);
        if (!rows)
            return rows.error();
        return events.eventsFor(*rows);
    });
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
        return exportFamilyEvents(store, ids, options, writer);
    }
    case Format::Xlsx: break;
    }
    return Error { Messages::tr("a spreadsheet can only be written to a file") };
}

} // namespace LeadExport
