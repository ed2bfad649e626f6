#pragma once

#include "ExportCommon.h"

#include <QDateTime>
#include <QList>
#include <QSet>

class LeadStore;

namespace LeadExport {
struct Options;
}

namespace LeadExport::detail {

// A notice family's deadline as one calendar event: the notice it stands for (the family's
// latest-posted notice with a deadline) and how many times the deadline moved (its SEQUENCE).
struct FamilyDeadlineEvent
{
    StoredLead notice;
    int deadlineMoves = 0;
};

// Turns chunks of leads into the deadline events of their families: one per family, however
// many of its notices come and in whichever chunks, and also when none of those carries the
// deadline (an award). Reads the store, so it runs on the thread that owns it.
class FamilyDeadlineEvents final
{
public:
    explicit FamilyDeadlineEvents(const LeadStore& store) : m_store(store) {}

    Result<QList<FamilyDeadlineEvent>> eventsFor(const QList<StoredLead>& leads);

private:
    const LeadStore& m_store;
    // The families of the export so far, by UID: an id per family rather than its leads keeps
    // memory small however large the export.
    QSet<QByteArray> m_families;
};

// iCalendar (RFC 5545): an all-day or timed event per notice family with a deadline, with a
// reminder before it; families without a deadline are skipped.
class IcsWriter final : public ItemWriter<FamilyDeadlineEvent>
{
public:
    IcsWriter(QIODevice& device, const Options& options);

    Status add(const FamilyDeadlineEvent& event) override;
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
