#include "SamCsvReader.h"

struct SamCsvReader::Private
{
    QIODevice* device = nullptr;
};
SamCsvReader::SamCsvReader(QIODevice& device) : d(std::make_unique<Private>()) { d->device = &device; }
SamCsvReader::~SamCsvReader() = default;
Status SamCsvReader::readHeader() { return Error{QStringLiteral("not implemented")}; }
bool SamCsvReader::readBatch(int, ParsedPage&) { return false; }
QStringList SamCsvReader::header() const { return {}; }
qint64 SamCsvReader::bytesRead() const { return 0; }
qint64 SamCsvReader::recordsRead() const { return 0; }
