#include "LeadImporter.h"

#include "CanadaCsvParser.h"
#include "ItaDatasetParser.h"
#include "ItaJsonParser.h"
#include "LeadStore.h"
#include "SamCsvReader.h"
#include "SamCsvRows.h"
#include "SamJsonParser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <limits>
#include <utility>
#include <mutex>
#include <thread>

namespace {

constexpr int kKeptErrors = 500;

// JSON pages and the small CSVs are parsed whole; a file past this is no page of theirs.
constexpr qint64 kMaxWholeFileBytes = qint64(512) << 20;

// About what a lead takes in the bulk CSV (SAM's own files run 2–4 KB): enough to tell a
// monthly file from an archive of years before reading it.
constexpr qint64 kCsvBytesPerLead = 2048;

// A bulk load commits its first batch at once, then each time it holds as many leads again as
// it has committed: ten commits for a million leads. Each commit syncs the journal and the
// file, and the journal holds every page of the lead key that the transaction changed: a
// million-lead import that committed every 25,000 leads spent 4.7 s in 219 fdatasyncs, this
// one 1.3 s in 76. A failure (a full disk) or a kill keeps at least half of what was read
// before it, and the next import of the file adds the rest.

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)
};

void collectErrors(ImportSummary& summary, const QList<RecordError>& errors)
{
    for (const RecordError& error : errors) {
        ++(error.recordKept ? summary.noteCount : summary.errorCount);
        if (summary.errors.size() < kKeptErrors)
            summary.errors.append(error);
    }
}

void addStats(ImportSummary& summary, const UpsertStats& stats)
{
    summary.inserted += stats.inserted;
    summary.updated += stats.updated;
    summary.unchanged += stats.unchanged;
}

// Batches travel from the parsing thread to the writing thread; a bound keeps memory flat.
class BatchQueue
{
public:
    struct Batch
    {
        ParsedPage page;
        qint64 bytesDone = 0;
        bool last = false;
    };

    // Waits for room, freeing meanwhile the batches the writer gives back.
    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (!m_spent.empty()) {
                std::deque<Batch> spent = std::exchange(m_spent, {});
                lock.unlock();
                spent.clear();
                lock.lock();
                continue;
            }
            if (m_batches.size() < kCapacity || m_cancelled)
                break;
            m_notFull.wait(lock);
        }
        if (m_cancelled)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }

    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty(); });
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_notFull.notify_all();
    }

    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

    // A stored batch goes back to the reading thread, which made its leads, to be freed there:
    // the writer is what an import waits for, and a batch is thousands of blocks to free.
    void giveBack(Batch spent)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(spent));
        m_notFull.notify_one();
    }

    std::deque<Batch> takeSpent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }

private:
    static constexpr size_t kCapacity = 3;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent;
    bool m_cancelled = false;
};

} // namespace

namespace {

struct FormatName
{
    const char* name;
    ImportFormat format;
};

// The ITA data sets are named for the source they are stored under (SourceCatalogue).
constexpr FormatName kFormats[] = {
    { "sam-json", ImportFormat::SamJson },
    { "ita-json", ImportFormat::ItaJson },
    { "sam-csv", ImportFormat::SamCsv },
    { "canada-csv", ImportFormat::CanadaCsv },
    { "ita-events", ImportFormat::ItaEvents },
    { "ita-offices", ImportFormat::ItaOffices },
    { "ita-programs", ImportFormat::ItaPrograms },
    { "ita-mrl", ImportFormat::ItaMrl },
    { "ita-articles", ImportFormat::ItaArticles },
    { "ita-etoolkit", ImportFormat::ItaEtoolkit },
};

QString formatName(ImportFormat format)
{
    for (const FormatName& entry : kFormats) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return {};
}

} // namespace

std::optional<ImportFormat> importFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const FormatName& entry : kFormats) {
        if (key == QLatin1String(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

QStringList importFormatNames()
{
    QStringList names;
    for (const FormatName& entry : kFormats)
        names.append(QLatin1String(entry.name));
    return names;
}

LeadImporter::LeadImporter(LeadStore& store) : m_store(store) {}

void LeadImporter::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

void LeadImporter::setIndexingStarted(IndexingStarted indexingStarted)
{
    m_indexingStarted = std::move(indexingStarted);
}

void LeadImporter::setBatchSize(int records)
{
    m_batchSize = qMax(1, records);
}

Result<ImportSummary> LeadImporter::importFile(const QString& path, ImportFormat format)
{
    QFile file(path);
    // A pipe is read as it comes (`tradeleads import <(zcat bulk.csv.gz)`).
    const QFileInfo info(path);
    if (!info.exists())
        return Error { Messages::tr("%1: no such file").arg(path) };
    if (info.isDir())
        return Error { Messages::tr("%1: is a directory").arg(path) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { Messages::tr("%1: cannot read: %2").arg(path, file.errorString()) };
    return importDevice(file, format, path);
}

Result<ImportSummary> LeadImporter::importDevice(QIODevice& device, ImportFormat format, const QString& name)
{
    ImportSummary summary;
    qint64 total = device.isSequential() ? -1 : device.size();

    const auto readWhole = [&]() -> Result<QByteArray> {
        // Read no more than the file holds: QIODevice::read(n) allocates n bytes up front.
        QByteArray bytes;
        if (total >= 0 && total <= kMaxWholeFileBytes) {
            bytes = device.read(total + 1);
        } else if (total < 0) {
            constexpr qint64 kChunkBytes = qint64(1) << 20;
            while (bytes.size() <= kMaxWholeFileBytes) {
                const QByteArray chunk = device.read(kChunkBytes);
                if (chunk.isEmpty() && !device.waitForReadyRead(-1))
                    break;
                bytes += chunk;
            }
        }
        if (total > kMaxWholeFileBytes || bytes.size() > kMaxWholeFileBytes)
            return Error { Messages::tr("%1: %2 files are read whole, and this one is larger than %3 MB")
                               .arg(name, formatName(format))
                               .arg(kMaxWholeFileBytes >> 20) };
        return bytes;
    };

    if (format != ImportFormat::SamCsv) {
        const auto whole = readWhole();
        if (!whole)
            return whole.error();
        const QByteArray& bytes = *whole;
        auto page = [&]() -> Result<ParsedPage> {
            switch (format) {
            case ImportFormat::SamJson: return SamJsonParser::parse(bytes);
            case ImportFormat::ItaJson: return ItaJsonParser::parse(bytes);
            case ImportFormat::CanadaCsv: return CanadaCsvParser::parse(bytes);
            default: return ItaDatasetParser::parse(bytes, formatName(format));
            }
        }();
        if (!page)
            return Error{QStringLiteral("%1: %2").arg(name, page.errorMessage())};
        collectErrors(summary, page->errors);
        auto stats = m_store.upsert(page->leads);
        if (!stats)
            return Error{QStringLiteral("%1: %2").arg(name, stats.errorMessage())};
        addStats(summary, *stats);
        if (m_progress)
            m_progress(bytes.size(), bytes.size(), page->leads.size());
        return summary;
    }

    // The bulk CSV's rows as JSON objects keyed by its header (what converters of the file
    // publish) are read as the CSV they came from.
    QBuffer converted;
    if (SamCsvRows::looksLikeJsonRows(device.peek(4096))) {
        const auto whole = readWhole();
        if (!whole)
            return whole.error();
        auto csv = SamCsvRows::toCsv(*whole);
        if (!csv)
            return Error { QStringLiteral("%1: %2").arg(name, csv.errorMessage()) };
        converted.setData(*csv);
        converted.open(QIODevice::ReadOnly);
        total = converted.size();
    }
    SamCsvReader reader(converted.isOpen() ? static_cast<QIODevice&>(converted) : device);
    if (auto header = reader.readHeader(); !header)
        return Error{QStringLiteral("%1: %2").arg(name, header.errorMessage())};

    // A large file loads in bulk: the store rebuilds its indexes once at the end.
    const qint64 expectedLeads = total > 0 ? total / kCsvBytesPerLead : 0;
    auto bulkAtStart = m_store.beginBulkLoad(expectedLeads);
    if (!bulkAtStart)
        return Error{QStringLiteral("%1: %2").arg(name, bulkAtStart.errorMessage())};
    bool bulk = *bulkAtStart;
    // A stream of unknown size (a pipe) asks after its first batch, then each time the leads
    // read from it double: the store judges when they are enough.
    qint64 bulkAskAt = total < 0 ? 1 : std::numeric_limits<qint64>::max();

    BatchQueue queue;
    std::thread parser([&] {
        bool more = true;
        while (more && !queue.cancelled()) {
            BatchQueue::Batch batch;
            more = reader.readBatch(m_batchSize, batch.page);
            batch.bytesDone = reader.bytesRead();
            batch.last = !more;
            queue.push(std::move(batch));
            (void)queue.takeSpent();
        }
    });

    std::optional<Error> failure;
    qint64 records = 0;
    // A bulk load's open transaction, the leads in it, and those its earlier ones committed.
    bool inTransaction = false;
    qint64 uncommitted = 0;
    qint64 committedLeads = 0;
    auto stop = [&](const QString& why) {
        if (inTransaction)
            m_store.rollback();
        failure = Error{QStringLiteral("%1: %2").arg(name, why)};
        queue.cancel();
    };
    for (;;) {
        BatchQueue::Batch batch = queue.pop();
        collectErrors(summary, batch.page.errors);
        if (!batch.page.leads.isEmpty()) {
            if (!bulk && records >= bulkAskAt) {
                bulkAskAt = records * 2;
                auto later = m_store.beginBulkLoad(records);
                if (!later) {
                    stop(later.errorMessage());
                    break;
                }
                bulk = *later;
            }
            if (bulk && !inTransaction) {
                if (auto begun = m_store.beginTransaction(); !begun) {
                    stop(begun.errorMessage());
                    break;
                }
                inTransaction = true;
            }
            auto stats = m_store.upsert(batch.page.leads);
            if (!stats) {
                stop(stats.errorMessage());
                break;
            }
            addStats(summary, *stats);
            uncommitted += batch.page.leads.size();
        }
        if (inTransaction && (uncommitted >= qMax<qint64>(1, committedLeads) || batch.last)) {
            if (auto committed = m_store.commit(); !committed) {
                stop(committed.errorMessage());
                break;
            }
            inTransaction = false;
            committedLeads += uncommitted;
            uncommitted = 0;
        }
        records += batch.page.leads.size();
        if (m_progress)
            m_progress(batch.bytesDone, total, records);
        if (batch.last)
            break;
        queue.giveBack(std::move(batch));
    }
    parser.join();
    if (bulk && m_indexingStarted)
        m_indexingStarted(records);
    // Also after a failure: the batches committed so far are kept, and searchable.
    if (auto status = m_store.finishBulkLoad(); !status && !failure)
        failure = Error{QStringLiteral("%1: %2").arg(name, status.errorMessage())};
    if (failure)
        return *failure;
    return summary;
}
