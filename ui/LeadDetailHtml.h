#pragma once

#include <QUrl>

#include <optional>
#include <utility>

#include "AwardHistory.h"
#include "LeadDetails.h"
#include "NoticeTimeline.h"
#include "Result.h"
#include "StoredLead.h"

#include <QDate>
#include <QList>
#include <QString>

// The documents of the detail pane's tabs, built from values alone: no widgets, no store.
// Colours are names such as "#808080"; every text from a source is escaped or sanitised.
namespace LeadDetailHtml {

// Ids and canonical fields, the contacts, and the related ITA reference data.
QString overview(const StoredLead& lead, const Result<QList<LeadDetails::Reference>>& related,
    const QString& mutedColour, const QDate& today);

// The description sanitised; without one, a link to the notice when SAM.gov gives it on request.
QString description(const Lead& lead, bool onRequest);

// Every field of the source record, the empty ones named last.
QString fields(const QByteArray& raw, const QString& mutedColour);

struct History
{
    QString html;
    int amendments = 0;
};
// The amendments, field by field, from the earlier versions kept to `raw`.
History history(const Result<QList<LeadDetails::Version>>& earlier, const QByteArray& raw, const QString& mutedColour);

struct Timeline
{
    QString html;
    int entries = 0;
};
// The notice family's timeline: each notice, oldest first, and each amendment of it the store
// kept, with what it changed in words; the notice shown in bold. Empty when the lead stands
// alone and was never amended.
Timeline family(const Result<QList<NoticeTimeline::FamilyNotice>>& notices, const QString& shownSourceId,
    const QString& mutedColour);

// "Who won similar work": the awardees of the lead's agency and industry ranked, the latest
// awards, and the incumbent when an award carries the lead's solicitation number. Empty for
// a lead without agency and NAICS code (nothing to compare with).
QString awards(const Lead& lead, const Result<AwardHistory>& history, const QString& mutedColour);

// "Leads like this one": each open lead that shares the most telling words, best first, its
// title a link that shows it in the pane (similarLink), with source, agency and deadline.
// `similar` is empty while they are being looked for (`pending`).
QString similar(const Result<QList<StoredLead>>& similar, bool pending, const QString& mutedColour, const QDate& today);
QUrl similarLink(const QString& source, const QString& sourceId);
// The lead a similarLink() names, or nothing for any other link.
std::optional<std::pair<QString, QString>> similarLead(const QUrl& url);

// The documents' default style sheet; with a `ruleColour`, table cells are ruled in it.
QString styleSheet(const QString& linkColour, const QString& ruleColour = {});

} // namespace LeadDetailHtml
