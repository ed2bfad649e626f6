#include "LeadImporter.h"

#include "ItaJsonParser.h"
#include "LeadStore.h"
#include "SamCsvReader.h"
#include "SamJsonParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

constexpr int kKeptErrors = 500;

// About what a lead takes in the bulk CSV (SAM's own files run 2–4 KB): enough to tell a
// monthly file from an archive of years before reading it.
constexpr qint64 kCsvBytesPerLead = 2048;

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

    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < kCapacity || m_cancelled; });
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

private:
    static constexpr size_t kCapacity = 3;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_batches;
    bool m_cancelled = false;
};

} // namespace

std::optional<ImportFormat> importFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("sam-json"))
        return ImportFormat::SamJson;
    if (key == QLatin1String("ita-json"))
        return ImportFormat::ItaJson;
    if (key == QLatin1String("sam-csv"))
        return ImportFormat::SamCsv;
    return std::nullopt;
}

LeadImporter::LeadImporter(LeadStore& store) : m_store(store) {}

void LeadImporter::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

void LeadImporter::setBatchSize(int records)
{
    m_batchSize = qMax(1, records);
}

Result<ImportSummary> LeadImporter::importFile(const QString& path, ImportFormat format)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error { Messages::tr("%1: no such file").arg(path) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { Messages::tr("%1: cannot read: %2").arg(path, file.errorString()) };
    return importDevice(file, format, path);
}

Result<ImportSummary> LeadImporter::importDevice(QIODevice& device, ImportFormat format, const QString& name)
{
    ImportSummary summary;
    const qint64 total = device.isSequential() ? -1 : device.size();

    if (format == ImportFormat::SamJson || format == ImportFormat::ItaJson) {
        const QByteArray bytes = device.readAll();
        auto page = format == ImportFormat::SamJson ? SamJsonParser::parse(bytes) : ItaJsonParser::parse(bytes);
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

    SamCsvReader reader(device);
    if (auto header = reader.readHeader(); !header)
        return Error{QStringLiteral("%1: %2").arg(name, header.errorMessage())};

    // A large file loads in bulk: the store rebuilds its indexes once at the end.
    auto bulk = m_store.beginBulkLoad(total > 0 ? total / kCsvBytesPerLead : 0);
    if (!bulk)
        return Error{QStringLiteral("%1: %2").arg(name, bulk.errorMessage())};

    BatchQueue queue;
    std::thread parser([&] {
        bool more = true;
        while (more && !queue.cancelled()) {
            BatchQueue::Batch batch;
            more = reader.readBatch(m_batchSize, batch.page);
            batch.bytesDone = reader.bytesRead();
            batch.last = !more;
            queue.push(std::move(batch));
        }
    });

    std::optional<Error> failure;
    qint64 records = 0;
    for (;;) {
        BatchQueue::Batch batch = queue.pop();
        collectErrors(summary, batch.page.errors);
        if (!batch.page.leads.isEmpty()) {
            auto stats = m_store.upsert(batch.page.leads);
            if (!stats) {
                failure = Error{QStringLiteral("%1: %2").arg(name, stats.errorMessage())};
                queue.cancel();
                break;
            }
            addStats(summary, *stats);
        }
        records += batch.page.leads.size();
        if (m_progress)
            m_progress(batch.bytesDone, total, records);
        if (batch.last)
            break;
    }
    parser.join();
    // Also after a failure: the batches committed so far are kept, and searchable.
    if (auto status = m_store.finishBulkLoad(); !status && !failure)
        failure = Error{QStringLiteral("%1: %2").arg(name, status.errorMessage())};
    if (failure)
        return *failure;
    return summary;
}
