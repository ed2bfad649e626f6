#pragma once

#include "AwardHistory.h"
#include "LeadDetails.h"
#include "NoticeTimeline.h"
#include "Result.h"
#include "StoredLead.h"

#include <QObject>

class StoreWorker;

// Everything the detail pane shows of one lead, read in one job off the UI thread.
struct LeadView
{
    StoredLead lead;
    Result<QList<LeadDetails::Version>> versions = QList<LeadDetails::Version>();
    Result<QList<LeadDetails::Reference>> related = QList<LeadDetails::Reference>();
    // The notices of its family, oldest posted first, with their earlier versions read back;
    // empty when it stands alone and was never amended.
    Result<QList<NoticeTimeline::FamilyNotice>> family = QList<NoticeTimeline::FamilyNotice>();
    // Who won similar work: awards in the lead's agency and NAICS code, the incumbent by its
    // solicitation number.
    Result<AwardHistory> awards = AwardHistory();
};


// Reads one lead at a time on a reader worker, and the leads like it when asked. Only the
// answers to the latest read() and readSimilar() are told: a newer call or a cancel() drops
// the answers still on their way.
class LeadDetailLoader final : public QObject
{
    Q_OBJECT
public:
    explicit LeadDetailLoader(StoreWorker& reader, QObject* parent = nullptr);

    void read(const QString& source, const QString& sourceId);
    // The open leads most like it: asked apart, when they are to be shown, because on a team
    // server of a million leads they cost the server a second or more.
    void readSimilar(const QString& source, const QString& sourceId);
    // Reads a lead's view and tells nobody: the reader's first reads of the pane's statements
    // cost a team server's fresh connection 5 ms more (catalog lookups, a first plan of each),
    // paid here while the analyst looks at the first screen rather than at the first click.
    void warmUp(const QString& source, const QString& sourceId);
    void cancel();

signals:
    void loaded(const QString& source, const QString& sourceId, const LeadView& view);
    void failed(const QString& message);
    void similarLoaded(const QString& source, const QString& sourceId, const Result<QList<StoredLead>>& similar);

private:
    StoreWorker& m_reader;
    quint64 m_generation = 0; // of the latest read()
    quint64 m_similarGeneration = 0; // of the latest readSimilar()
};
