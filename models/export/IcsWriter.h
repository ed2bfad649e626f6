#pragma once

#include "ExportCommon.h"

#include <QDateTime>

namespace LeadExport {
struct Options;
}

namespace LeadExport::detail {

// iCalendar (RFC 5545): an all-day or timed event per lead with a deadline, with a reminder
// before it; leads without a deadline are skipped.
class IcsWriter final : public RowWriter
{
public:
    IcsWriter(QIODevice& device, const Options& options);

    Status add(const StoredLead& row) override;
    Status finish() override;
    qint64 written() const override { return m_events; }

private:
    void line(const QByteArray& content);

    DeviceBuffer m_output;
    QDateTime m_stamp;
    int m_reminderDays;
    qint64 m_events = 0;
};

} // namespace LeadExport::detail
