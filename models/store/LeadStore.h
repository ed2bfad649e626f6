#pragma once

#include "Attachment.h"
#include "AwardHistory.h"
#include "LeadFilter.h"
#include "Result.h"
#include "SavedSearch.h"
#include "SearchBacktest.h"
#include "StoredLead.h"
#include "SyncLog.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

// One pass over the leads a filter matches, counting values: what the statistics are made of.
struct LeadTallyRequest
{
    LeadFilter filter;
    QDate today;
    QStringList facetColumns; // canonical lead columns whose values are counted
    // Deadlines counted per week and source, from the Monday firstWeek on, weekCount weeks.
    bool countWeeks = false;
    QDate firstWeek;
    int weekCount = 0;
    // Count the leads themselves even where the kept counts would answer (the tests compare both).
    bool countEveryLead = false;
};

struct LeadTally
{
    QList<QHash<QString, qint64>> facets; // one per facetColumns entry; empty values left out
    QHash<QString, QList<qint64>> weeksBySource; // each weekCount long
};

// The reference records (ITA market research, articles, offices, programs) beside a lead:
// the sources' records in the lead's country, the more of the words in their industry or
// title the better.
struct ReferenceQuery
{
    QStringList sources;
    QString country; // ISO code; empty: any country, but some word must match
    QStringList words;
    QString excludeSource; // the lead itself
    QString excludeSourceId;
    int limit = 0;
};

// A notice family's deadline as a calendar shows it (LeadStore::familyDeadlines()).
struct FamilyDeadline
{
    qint64 noticeId = 0; // the family's latest-posted notice with a deadline: the deadline now
    int moves = 0;       // how many times the family's deadline moved
};

// The store of leads and everything kept about them: schema and migrations, the upsert of
// synced leads, the queries behind the views, user data kept apart from synced data, saved
// searches and the sync log. Every SQL string and dialect detail lives behind it; callers
// speak LeadFilter and values. One LeadStore is one connection, used from the thread that
// opened it.
class LeadStore
{
public:
    // Opens the store at a location: a file path for the local SQLite cache, a postgresql://
    // location for a team server (PgLeadStore).
    static Result<std::unique_ptr<LeadStore>> open(const QString& location);
    static QString defaultPath(); // the local cache in QStandardPaths::AppDataLocation
    // Where the store is: `--db` when given, else TRADELEADS_DB, else the default path.
    static QString location(const QString& fromFlag);
    // In a long-lived process that reads at random over many connections (the window), before
    // its first cache opens: the local caches' pages share one region of memory, reused from
    // connection to connection (SqlitePageMemory.h). Commands and loads keep SQLite's own.
    static void sharePageMemory();

    virtual ~LeadStore();
    LeadStore(const LeadStore&) = delete;
    LeadStore& operator=(const LeadStore&) = delete;

    virtual int schemaVersion() const = 0;
    // Whether this login writes leads (sync, import): a local cache's owner always does; on a
    // team server only the sync role, so that a desktop offers "Sync now" to it alone.
    virtual bool writesLeads() const { return true; }
    // The team whose pipeline (status, assignee) this login shares on a team server; empty for a
    // local cache or an analyst in no team.
    virtual QString team() const { return {}; }
    virtual QString path() const = 0; // the location it was opened from

    // How long the store stays open. The window keeps a large page cache; a command reads most
    // pages once, and filling a large cache costs it more (memory touched for the first time)
    // than the rereads the cache saves.
    enum class Lifetime { Session, OneCommand };
    virtual void setLifetime(Lifetime lifetime) = 0;

    virtual Status beginTransaction() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Inserts new leads, updates changed ones (keeping the previous record as a version),
    // and leaves unchanged ones be. Runs in the open transaction, or in one of its own.
    virtual Result<UpsertStats> upsert(const QList<Lead>& leads) = 0;
    // A load of many leads at once (a large import or sync): the store may set its indexes
    // aside while upsert() adds the rows and rebuild them in bulk at finishBulkLoad(), which is
    // then much faster than keeping them row by row. It answers whether it did; fewer leads
    // than that pays for stay on the row path. Every query still answers meanwhile (a keyword
    // search only over the leads that were there before). A process killed in between leaves a
    // consistent cache; the next open completes the rebuild.
    virtual Result<bool> beginBulkLoad(qint64 expectedLeads) = 0;
    virtual Status finishBulkLoad() = 0;

    // Full: every column. Texts: without the raw record (for what shows the lead's fields, not
    // the record they came from). Listing: without description, contacts and raw (for tables and
    // exports that do not show them), several times faster on a large cache.
    enum class Detail { Full, Texts, Listing };
    virtual Result<QList<StoredLead>> search(const LeadFilter& filter, int limit, const QDate& today,
                                             Detail detail = Detail::Full) const = 0;
    virtual Result<qint64> count(const LeadFilter& filter, const QDate& today) const = 0;
    // The ids of every matching lead in the filter's order: cheap even for a million rows,
    // so views keep this and read only the rows they show.
    // `replaced` is asked now and then while the store works; when it answers true the query
    // stops and fails, so a view never waits for an answer it no longer wants.
    virtual Result<QList<qint64>> ids(const LeadFilter& filter, const QDate& today, int limit = -1,
                                      const std::function<bool()>& replaced = {}) const = 0;
    virtual Result<QList<StoredLead>> leadsByIds(const QList<qint64>& ids, Detail detail = Detail::Full) const = 0;
    virtual Result<StoredLead> lead(const QString& source, const QString& sourceId) const = 0;
    // The notices of a family (StoredLead::familyId), oldest posted first.
    virtual Result<QList<StoredLead>> familyNotices(const QString& familyId) const = 0;
    // For each of the given families (StoredLead::familyId) with a notice that has a deadline:
    // the latest-posted such notice and how many times the family's deadline moved. The moves
    // are counted along the family's history (notices oldest posted first; within a notice its
    // earlier versions, then its current content) as neighbouring deadlines that differ, passing
    // over versions without one (versions kept before schema 4 did not record it). More history
    // never lowers the count, so a calendar event can take it as its SEQUENCE. Families without
    // a deadline are left out.
    virtual Result<QHash<QString, FamilyDeadline>> familyDeadlines(const QStringList& familyIds) const = 0;
    // How many families are new to the filter since `since` (an ISO timestamp): those whose
    // earliest matching notice was first cached after it. A family notifies once, however
    // many of its notices (solicitation, amendments, award) arrive later.
    virtual Result<qint64> countNewFamilies(const LeadFilter& filter, const QDate& today, const QString& since) const = 0;
    // What the filter would have matched over the `weeks` weeks ending with today's, and the
    // families it would have notified (SearchBacktest.h): a saved search tried on the past.
    virtual Result<SearchBacktest> backtest(const LeadFilter& filter, const QDate& today, int weeks) const = 0;
    // Award notices first cached at or after `since` in families the analyst tracks (a star,
    // a status, notes or tags), oldest first: the award closes what they followed.
    virtual Result<QList<StoredLead>> trackedFamilyAwards(const QString& since) const = 0;
    // The earlier versions of a lead, oldest first.
    virtual Result<QList<LeadVersion>> versions(const QString& source, const QString& sourceId) const = 0;
    virtual Result<QList<ReferenceRecord>> references(const ReferenceQuery& query) const = 0;
    // Who won similar work: the award notices of an agency and industry, their awardees ranked,
    // and the incumbent of a solicitation number. Reads indexes over award notices alone.
    virtual Result<AwardHistory> awardHistory(const AwardQuery& query) const = 0;
    // Leads like this one: up to `limit` leads that share its most telling words (BM25 over the
    // keyword index; a shared NAICS code or agency lifts them), best first, one per notice
    // family, never its own family, and only leads `candidates` matches (the window asks for
    // open leads).
    virtual Result<QList<StoredLead>> similarLeads(qint64 leadId, const LeadFilter& candidates, const QDate& today,
                                                   int limit) const = 0;
    virtual Result<CacheStats> stats(const QDate& today) const = 0;
    // `replaced` as for ids().
    virtual Result<LeadTally> tally(const LeadTallyRequest& request, const std::function<bool()>& replaced = {}) const = 0;

    // Whether a write of tracking changes the status or the assignee. A team server shares those
    // two and writes them only when changed, so that a note saved from a window that had not yet
    // heard of a teammate's new status leaves that status as it is.
    enum class Pipeline { Unchanged, Changed };
    virtual Status setUserData(const QString& source, const QString& sourceId, const LeadUserData& data,
                               Pipeline pipeline = Pipeline::Changed) = 0;

    virtual Result<QList<SavedSearch>> savedSearches() const = 0;
    Result<SavedSearch> savedSearch(const QString& name) const;
    virtual Status addSavedSearch(const SavedSearch& search) = 0; // fails when the name is taken
    virtual Result<bool> removeSavedSearch(const QString& name) = 0;
    virtual Status renameSavedSearch(const QString& name, const QString& newName) = 0;
    virtual Status setSavedSearchNotify(const QString& name, bool notify) = 0;
    // On a team server: whether the analyst's team sees the search (a local cache refuses).
    virtual Status setSavedSearchShared(const QString& name, bool shared) = 0;
    virtual Status setSavedSearchOrder(const QStringList& names) = 0; // the given names first, in that order
    virtual Status markSavedSearchViewed(const QString& name, const QString& at) = 0; // clears its "new" mark
    virtual Status setSavedSearchCount(const QString& name, qint64 count) = 0;

    // Sync bookkeeping: a run per run and source, and a resumable state per source.
    virtual Result<qint64> startSyncRun(const QString& source) = 0;
    virtual Status updateSyncRun(qint64 id, qint64 pages, qint64 records) = 0;
    virtual Status finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages,
                                 qint64 records) = 0;
    virtual Result<QList<SyncRun>> syncRuns(const QString& source = {}) const = 0;
    virtual SyncState syncState(const QString& source) const = 0;
    virtual Status setSyncState(const QString& source, const SyncState& state) = 0;

    // A SAM description fetched on demand; it feeds full-text search too.
    virtual Status setDescription(const QString& source, const QString& sourceId, const QString& description) = 0;

    // Attachments: the documents the leads link to, listed when a lead is stored, in the order
    // its record lists them (Attachment.h).
    virtual Result<QList<Attachment>> attachments(const QList<qint64>& leadIds) const = 0;
    // A file downloaded for an attachment: kept once per content hash, its text in the keyword
    // index, so that a keyword search finds the leads linking to it.
    virtual Status setAttachmentFile(qint64 attachmentId, const AttachmentFile& file) = 0;
    // Why an attachment could not be downloaded (empty: the problem is gone).
    virtual Status setAttachmentProblem(qint64 attachmentId, const QString& problem) = 0;
    // The attachments of starred leads (their whole families) that are neither stored nor failed:
    // what a sync downloads when the analyst asked for it.
    virtual Result<QList<Attachment>> attachmentsOfStarredLeads() const = 0;
    // A stored file removed: its text leaves the keyword index, its attachments are no longer stored.
    virtual Status removeAttachmentFile(const QString& contentHash) = 0;
    // Of `leadIds`, those a keyword search (LeadFilter::text) matches through an attachment alone.
    virtual Result<QSet<qint64>> attachmentOnlyMatches(const QString& text, const QList<qint64>& leadIds) const = 0;
    // The passages of the leads' attachments that a keyword search matches, best first.
    virtual Result<QList<AttachmentPassage>> attachmentPassages(const QString& text, const QList<qint64>& leadIds,
                                                                int limit) const = 0;

    virtual QString info(const QString& key) const = 0;
    virtual Status setInfo(const QString& key, const QString& value) = 0;

protected:
    LeadStore() = default;
};
