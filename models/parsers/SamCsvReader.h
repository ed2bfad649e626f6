#pragma once

#include "Lead.h"
#include "Result.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <memory>

// Streams SAM.gov's bulk "Contract Opportunities" CSV (Data Services) into "sam" leads.
// Columns are found by header name, so files with extra, missing or reordered columns
// are read. Input is UTF-8 or Windows-1252 (detected). Memory stays bounded by the
// batch size whatever the file's size.
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
    qint64 bytesRead() const;
    qint64 recordsRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
