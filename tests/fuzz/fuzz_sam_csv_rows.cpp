// libFuzzer target: the bulk CSV's rows as JSON objects, turned back into CSV by SamCsvRows
// and read by SamCsvReader, as `import --format sam-csv` does with such a file.

#include "FuzzSupport.h"
#include "SamCsvReader.h"
#include "SamCsvRows.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const auto csv = SamCsvRows::toCsv(bytes);
    if (!csv) {
        Fuzz::require(!csv.errorMessage().isEmpty(), "rejected rows say why");
        return 0;
    }
    QByteArray copy = *csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    SamCsvReader reader(buffer);
    // toCsv writes a NoticeId column or fails, so the reader always takes the header.
    const Status header = reader.readHeader();
    Fuzz::require(header.ok(), "the CSV made of JSON rows has a header the reader takes", header.errorMessage());
    ParsedPage page;
    while (reader.readBatch(64, page)) {
    }
    Fuzz::checkPage(page);
    return 0;
}
