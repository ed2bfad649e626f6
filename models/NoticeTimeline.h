#pragma once

#include "Lead.h"
#include "Result.h"
#include "StoredLead.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class LeadStore;

// A notice family's story for people: each notice in the order it was posted, each amendment
// of it the store kept, and what each changed from the state before, in words ("Deadline moved
// from 17 Mar to 24 Mar", "Set-aside changed to SBA", "2 attachments added").
namespace NoticeTimeline {

// An earlier version of a notice, read back from the record the store kept.
struct KeptVersion
{
    Result<Lead> lead = Lead(); // an error when the record cannot be read back
    QString replacedAt; // when the store saw the version that replaced it (UTC)
};

// A notice of the family as it is now, and its earlier versions, oldest first.
struct FamilyNotice
{
    StoredLead notice;
    QList<KeptVersion> earlier;
};

// The family of `shown` (oldest posted first), each notice with its earlier versions; `shown`
// alone when it is the family's only notice; empty when that notice was never amended either.
// Reads the store, so it runs where the store lives.
Result<QList<FamilyNotice>> read(const LeadStore& store, const StoredLead& shown);

struct Entry
{
    enum Kind {
        Posted, // a notice as first posted
        Amended, // a later state of the notice above it
    };
    Kind kind = Posted;
    QString at; // Posted: the notice's posted_at; Amended: when the store saw the change (UTC)
    QString noticeType;
    QString source;
    QString sourceId;
    QString title;
    bool shown = false; // an entry of the notice the detail pane shows
    // False when this state or the one before could not be read back: nothing to say of it.
    bool changesKnown = true;
    QStringList changes;
};

// What `after` changed from `before`: deadline, set-aside, value, title, attachments.
QStringList changes(const Lead& before, const Lead& after, const QLocale& locale);

// Each notice of the family in the order given: its first version, then each later one and its
// content now. The first version of a notice is compared with the notice before it (as it is
// now), each later state with the state before it.
QList<Entry> entries(const QList<FamilyNotice>& family, const QString& shownSourceId, const QLocale& locale);

} // namespace NoticeTimeline
