#pragma once

#include "Lead.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// What a store call that writes leads did with them.
struct UpsertStats
{
    qint64 inserted = 0;
    qint64 updated = 0; // content changed: the previous version was kept
    qint64 unchanged = 0;
    UpsertStats& operator+=(const UpsertStats& other);
};

// A lead as read back from the store, with what the store adds to it.
struct StoredLead
{
    qint64 id = 0;
    Lead lead;
    QString firstSeenAt;
    QString lastSeenAt;
    QString contentHash;
    bool starred = false;
    QString status; // pipeline status
    QString notes;
    QString tags;
    QString assignee; // on a team server, the teammate the team gave the lead to
    int versions = 0; // earlier versions kept (amendments)
    // The notice family: notices sharing a solicitation number within one office (SAM.gov),
    // an amendment chain (AusTender); otherwise the lead alone. Read, never written.
    QString familyId;
    int noticeCount = 1; // notices in the family, this one included
    // Read for a list under a keyword search: the keyword is only in one of its attachments.
    bool keywordInAttachmentOnly = false;
};

// The analyst's own data about a lead, kept apart from what sync writes.
struct LeadUserData
{
    bool starred = false;
    QString status;
    QString notes;
    QString tags;
    // A team server's: with the status, shared with the analyst's team; a local cache keeps none.
    QString assignee;
    bool operator==(const LeadUserData& other) const = default;
};

// An earlier version of a lead, as the store kept it.
struct LeadVersion
{
    QByteArray raw;
    QString replacedAt; // when the store saw the version that replaced it (UTC)
};

// A record of ITA's reference data sets, shown beside a lead.
struct ReferenceRecord
{
    QString source;
    QString sourceId;
    QString title;
    QString url;
};

// What `tradeleads stats` and the status bar say of the whole store.
struct CacheStats
{
    qint64 leads = 0;
    qint64 open = 0;
    qint64 amended = 0;
    qint64 starred = 0;
    qint64 savedSearches = 0;
    QList<QPair<QString, qint64>> bySource;
    QString lastSyncAt;
    qint64 fileBytes = 0;
    bool sampleData = false;
};
