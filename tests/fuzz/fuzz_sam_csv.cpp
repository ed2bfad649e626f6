// libFuzzer target: SAM.gov's bulk Contract Opportunities CSV through SamCsvReader.
//
// Each input is read three ways: whole, in big batches; trickled a few bytes per read, in
// small batches; and trickled with a tiny record limit. The first two must give the same
// leads and the same errors, since how the bytes arrive must not change what they mean.

#include "FuzzSupport.h"
#include "SamCsvReader.h"

#include <QBuffer>

namespace {

// Hands out at most `chunk` bytes per read, as a slow network does, so the reader refills
// its window mid-record, mid-field and between a CR and its LF.
class TricklingBuffer final : public QBuffer
{
public:
    TricklingBuffer(const QByteArray& bytes, qint64 chunk)
        : m_chunk(chunk)
    {
        setData(bytes);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override { return QBuffer::readData(data, qMin(maxSize, m_chunk)); }

private:
    qint64 m_chunk;
};

struct Reading
{
    bool headerRead = false;
    QStringList header;
    ParsedPage page;
};

Reading read(QIODevice& device, int batchSize, qint64 maxRecordBytes = 0)
{
    Reading reading;
    SamCsvReader reader(device);
    if (maxRecordBytes > 0)
        reader.setMaxRecordBytes(maxRecordBytes);
    const Status header = reader.readHeader();
    if (!header) {
        Fuzz::require(!header.errorMessage().isEmpty(), "a rejected file says why");
        return reading;
    }
    reading.headerRead = true;
    reading.header = reader.header();
    qint64 lastBytes = 0;
    for (bool more = true; more;) {
        more = reader.readBatch(batchSize, reading.page);
        Fuzz::require(reader.bytesRead() >= lastBytes && reader.bytesRead() <= device.size(),
            "progress only moves forward, within the input");
        lastBytes = reader.bytesRead();
    }
    Fuzz::checkPage(reading.page);
    return reading;
}

QString describe(const Reading& reading)
{
    QStringList lines;
    for (const Lead& lead : reading.page.leads)
        lines.append(QStringLiteral("lead %1 %2").arg(lead.sourceId, QString::fromUtf8(lead.raw)));
    for (const RecordError& error : reading.page.errors)
        lines.append(error.message());
    return lines.join(u'\n');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);

    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const Reading atOnce = read(whole, 1000);

    TricklingBuffer trickle(bytes, qint64(size % 13) + 1);
    const Reading trickled = read(trickle, int(size % 3) + 1);

    Fuzz::require(atOnce.headerRead == trickled.headerRead && atOnce.header == trickled.header,
        "the header does not depend on how the bytes arrive");
    Fuzz::require(describe(atOnce) == describe(trickled), "the records do not depend on how the bytes arrive",
        describe(atOnce) + QStringLiteral("\n--- trickled ---\n") + describe(trickled));

    // An unbalanced quote swallowing the file is cut at the record limit; any limit must hold.
    TricklingBuffer limited(bytes, 5);
    read(limited, 2, qint64(size % 61) + 1);
    return 0;
}
