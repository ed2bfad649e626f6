#pragma once

// What the export pipeline (LeadExport.cpp) and the format writers share. Internal to
// tradeleads_models: callers use LeadExport.h.

#include "Result.h"
#include "StoredLead.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

class QIODevice;

namespace LeadExport::detail {

// The messages of the export. A class, not a free tr(), so that lupdate files them under the
// context they are looked up with: "LeadExport", whichever file of the export they are in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadExport)
};

QString cancelledMessage();

// One format's output: the pipeline hands it the items in order on its writer thread. The
// items are leads, or for a calendar the deadline events of their families.
template<typename Item>
class ItemWriter
{
public:
    virtual ~ItemWriter() = default;
    virtual Status add(const Item& item) = 0;
    virtual Status finish() = 0;
    virtual qint64 written() const = 0;
};

using RowWriter = ItemWriter<StoredLead>;

// Output gathered in memory and written to the device a megabyte at a time.
class DeviceBuffer
{
public:
    explicit DeviceBuffer(QIODevice& device) : m_device(device) {}

    void append(QByteArrayView bytes) { m_bytes.append(bytes); }
    Status flushIfFull() { return m_bytes.size() >= kFlushBytes ? flush() : Status(Done{}); }
    Status flush();

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    QIODevice& m_device;
    QByteArray m_bytes;
};

// ---------------------------------------------------------------------------------------
// Dates as the store keeps them: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (UTC).

struct Moment
{
    QDate date;
    QTime time; // valid only when the value carried a time
    bool hasTime() const { return time.isValid(); }
};

std::optional<Moment> parseMoment(const QString& text);

// A link a calendar or a spreadsheet may open: http or https only, as a valid URI; empty otherwise.
QByteArray webLink(const QString& text);

} // namespace LeadExport::detail
