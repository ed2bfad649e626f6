#pragma once

#include "Lead.h"
#include "Result.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class LeadStore;
struct UpsertStats;

// What a file holds: a SAM.gov search page, an ITA Trade Leads page, SAM.gov's bulk CSV (or its
// rows as JSON objects keyed by the header), a buyandsell.gc.ca tender CSV, or a page of one
// of ITA's other data sets (the format is named for the source it stores).
enum class ImportFormat {
    SamJson,
    ItaJson,
    SamCsv,
    CanadaCsv,
    ItaEvents,
    ItaOffices,
    ItaPrograms,
    ItaMrl,
    ItaArticles,
    ItaEtoolkit,
};

std::optional<ImportFormat> importFormatFromName(const QString& name); // "sam-json", "ita-events", ...
QStringList importFormatNames(); // every name `import --format` takes

struct ImportSummary
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 errorCount = 0; // records skipped
    qint64 noteCount = 0; // records stored with part of them left out (RecordError::recordKept)
    QList<RecordError> errors; // the first few hundred of both, for people to read
};

// Reads a file in one of the source formats and writes its leads to the store.
// JSON pages are parsed whole first, so a file that is not a valid response changes nothing.
// The bulk CSV is streamed: parsing runs on a worker thread while this thread writes, one
// transaction per batch (in a bulk load, a commit each time the leads stored double), so memory
// stays bounded and an interruption loses no batch already committed.
class LeadImporter final
{
public:
    explicit LeadImporter(LeadStore& store);

    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 records)>;
    void setProgress(Progress progress);
    // Called once the file is read, when a bulk load's indexes are about to be rebuilt: the
    // longest wait of a large import after the last progress (a minute at a million leads).
    using IndexingStarted = std::function<void(qint64 records)>;
    void setIndexingStarted(IndexingStarted indexingStarted);
    void setBatchSize(int records);

    Result<ImportSummary> importFile(const QString& path, ImportFormat format);
    Result<ImportSummary> importDevice(QIODevice& device, ImportFormat format, const QString& name);

private:
    LeadStore& m_store;
    Progress m_progress;
    IndexingStarted m_indexingStarted;
    int m_batchSize = 2000;
};
