#pragma once

#include "Lead.h"
#include "StoredLead.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// A notice family's story for people: each notice in the order it was posted, and what it
// changed from the notice before it, in words ("Deadline moved from 17 Mar to 24 Mar",
// "Set-aside changed to SBA", "2 attachments added").
namespace NoticeTimeline {

struct Entry
{
    QString posted; // the notice's posted_at
    QString noticeType;
    QString source;
    QString sourceId;
    QString title;
    bool shown = false; // the notice the detail pane shows
    QStringList changes;
};

// What `after` changed from `before`: deadline, set-aside, value, title, attachments.
QStringList changes(const Lead& before, const Lead& after, const QLocale& locale);

// The family's notices as given (oldest posted first), each with its changes.
QList<Entry> entries(const QList<StoredLead>& notices, const QString& shownSourceId, const QLocale& locale);

} // namespace NoticeTimeline
