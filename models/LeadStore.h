#pragma once

#include "Lead.h"
#include "LeadFilter.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>


struct UpsertStats
{
    qint64 inserted = 0;
    qint64 updated = 0; // content changed: the previous version went to lead_version
    qint64 unchanged = 0;
    UpsertStats& operator+=(const UpsertStats& other);
};

// A lead as read back from the cache, with what the cache adds to it.
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
    int versions = 0; // earlier versions kept (amendments)
};

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

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QByteArray filterJson;
    bool notify = false;
    QString lastViewedAt; // matches first seen after this are "new"; set when saved and when opened
    qint64 lastCount = -1; // matches when last counted, -1 before
};

struct SyncState
{
    QString highWater; // the newest posted date synced completely
    QByteArray cursor; // where an unfinished run stopped, as JSON; empty when none
};

struct SyncRun
{
    qint64 id = 0;
    QString source;
    QString startedAt;
    QString finishedAt;
    qint64 pages = 0;
    qint64 records = 0;
    QString outcome; // running, ok, failed, cancelled, quota, interrupted (killed)
    QString error;
};

struct LeadUserData
{
    bool starred = false;
    QString status;
    QString notes;
    QString tags;
};

// The SQLite lead cache: schema and migrations, the upsert of synced leads, user data kept
// apart from them, and the queries behind search. All SQL dialect lives here.
// One LeadStore is one connection, used from the thread that opened it.
class LeadStore;
struct sqlite3;

// While one lives, statements on the store stop, and fail, as soon as `replaced` answers
// true: a worker drops a query whose answer nobody wants any more instead of finishing it.
class StatementInterrupt
{
public:
    StatementInterrupt(const LeadStore& store, const std::function<bool()>& replaced);
    ~StatementInterrupt();
    StatementInterrupt(const StatementInterrupt&) = delete;
    StatementInterrupt& operator=(const StatementInterrupt&) = delete;

private:
    sqlite3* m_handle;
    std::function<bool()> m_replaced;
};

class LeadStore final
{
public:
    static Result<std::unique_ptr<LeadStore>> open(const QString& path);
    ~LeadStore();
    LeadStore(const LeadStore&) = delete;
    LeadStore& operator=(const LeadStore&) = delete;

    static int currentSchemaVersion();
    static QString defaultPath(); // in QStandardPaths::AppDataLocation
    int schemaVersion() const;
    QString path() const;
    QSqlDatabase database() const;
    sqlite3* sqliteHandle() const; // for the few reads that must avoid QSqlQuery's per-value cost

    Status beginTransaction();
    Status commit();
    void rollback();

    // Inserts new leads, updates changed ones (keeping the previous raw in lead_version),
    // and leaves unchanged ones be. Runs in the open transaction, or in one of its own.
    Result<UpsertStats> upsert(const QList<Lead>& leads);

    Result<QList<StoredLead>> search(const LeadFilter& filter, int limit, const QDate& today) const;
    Result<qint64> count(const LeadFilter& filter, const QDate& today) const;
    // The ids of every matching lead in the filter's order: cheap even for a million rows,
    // so views keep this and read only the rows they show.
    // `replaced` is asked now and then while SQLite works; when it answers true the query
    // stops and fails, so a view never waits for an answer it no longer wants.
    Result<QList<qint64>> ids(const LeadFilter& filter, const QDate& today, int limit = -1,
                              const std::function<bool()>& replaced = {}) const;
    // Full: every column. Listing: without description, contacts and raw (for tables and
    // exports that do not show them), several times faster on a large cache.
    enum class Detail { Full, Listing };
    // Whether the filter's keyword matches so many leads that the list should walk an index
    // in order rather than read each match (see LeadFilter::KeywordPlan).
    LeadFilter::KeywordPlan keywordPlan(const LeadFilter& filter) const;
    Result<QList<StoredLead>> leadsByIds(const QList<qint64>& ids, Detail detail = Detail::Full) const;
    Result<StoredLead> lead(const QString& source, const QString& sourceId) const;
    Result<QList<QByteArray>> versions(const QString& source, const QString& sourceId) const;
    Result<CacheStats> stats(const QDate& today) const;

    Status setUserData(const QString& source, const QString& sourceId, const LeadUserData& data);

    Result<QList<SavedSearch>> savedSearches() const;
    Result<SavedSearch> savedSearch(const QString& name) const;
    Status addSavedSearch(const SavedSearch& search); // fails when the name is taken
    Result<bool> removeSavedSearch(const QString& name);
    Status renameSavedSearch(const QString& name, const QString& newName);
    Status setSavedSearchNotify(const QString& name, bool notify);
    Status setSavedSearchOrder(const QStringList& names); // the given names first, in that order
    Status markSavedSearchViewed(const QString& name, const QString& at); // clears its "new" mark
    Status setSavedSearchCount(const QString& name, qint64 count);

    // Sync bookkeeping: a sync_run row per run and source, and a resumable state per source.
    Result<qint64> startSyncRun(const QString& source);
    Status updateSyncRun(qint64 id, qint64 pages, qint64 records);
    Status finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages, qint64 records);
    Result<QList<SyncRun>> syncRuns(const QString& source = {}) const;
    SyncState syncState(const QString& source) const;
    Status setSyncState(const QString& source, const SyncState& state);

    // A SAM description fetched on demand; it feeds full-text search too.
    Status setDescription(const QString& source, const QString& sourceId, const QString& description);

    QString info(const QString& key) const;
    Status setInfo(const QString& key, const QString& value);

private:
    friend class StatementInterrupt;
    struct Private;
    explicit LeadStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};
