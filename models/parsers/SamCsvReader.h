#pragma once

#include "Lead.h"
#include "Result.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <memory>

// Streams SAM.gov's bulk "Contract Opportunities" CSV (Data Services) into "sam" leads.
// Columns are found by header name, so files with extra, missing or reordered columns
// are read. Input is UTF-8 or Windows-1252, decided per field: a field whose bytes are
// valid UTF-8 is UTF-8, any other is Windows-1252. Memory stays bounded by the batch size
// (and the longest record) whatever the file's size. A record that cannot be read becomes
// a RecordError {"sam-csv", "line N"} naming the physical line where it starts.
class SamCsvReader final
{
public:
    explicit SamCsvReader(QIODevice& device);
    ~SamCsvReader();
    SamCsvReader(const SamCsvReader&) = delete;
    SamCsvReader& operator=(const SamCsvReader&) = delete;

    // Reads and checks the header row. Fails when the input is not this CSV (no NoticeId column).
    Status readHeader();

    // Appends up to maxRecords leads to `page.leads` and per-record problems to `page.errors`.
    // Returns false once the input is exhausted (the page may still hold the last records).
    bool readBatch(int maxRecords, ParsedPage& page);

    QStringList header() const;
    qint64 bytesRead() const;   // input consumed so far, BOM included (for progress)
    qint64 recordsRead() const; // data records read so far, imported or reported

    // A record longer than this (an unbalanced quote swallowing the file) is reported and
    // skipped up to the end of its first line, so memory stays bounded. Default 256 MiB.
    void setMaxRecordBytes(qint64 bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
