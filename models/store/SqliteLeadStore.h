#pragma once

#include "LeadStore.h"

#include <QSqlDatabase>

#include <functional>

struct sqlite3;

// The local cache: one SQLite file in WAL mode, its schema and migrations in code, FTS5
// for keywords and an index per sortable column (see SqliteSchema.cpp).
class SqliteLeadStore final : public LeadStore
{
public:
    static Result<std::unique_ptr<SqliteLeadStore>> open(const QString& path);
    static int currentSchemaVersion();
    // The tables every cache has had since schema 1: a file without them is no cache.
    static const QStringList& cacheTables();
    void setLifetime(Lifetime lifetime) override;
    ~SqliteLeadStore() override;

    // "leads.sqlite" -> "leads.sqlite.check-needed". A statement that meets a damaged page
    // (SQLITE_CORRUPT, SQLITE_NOTADB) on a cache leaves this marker beside it, so that the next
    // start checks the whole file and moves it aside (CacheGuard::openChecked); the start
    // itself checks only the structure, in milliseconds.
    static QString checkNeededPath(const QString& path);
    // Leaves the marker (when, and `why` for people); kept as it is when one is there already.
    static void requireFullCheck(const QString& path, const QString& why);

    // The connection, for the store's own files and for tests that look at the file itself.
    QSqlDatabase database() const;
    sqlite3* sqliteHandle() const;

    int schemaVersion() const override;
    QString path() const override;

    Status beginTransaction() override;
    Status commit() override;
    void rollback() override;

    Result<UpsertStats> upsert(const QList<Lead>& leads) override;
    Result<bool> beginBulkLoad(qint64 expectedLeads) override;
    Status finishBulkLoad() override;

    Result<QList<StoredLead>> search(const LeadFilter& filter, int limit, const QDate& today,
                                     Detail detail = Detail::Full) const override;
    Result<qint64> count(const LeadFilter& filter, const QDate& today) const override;
    Result<QList<qint64>> ids(const LeadFilter& filter, const QDate& today, int limit = -1,
                              const std::function<bool()>& replaced = {}) const override;
    Result<QList<StoredLead>> leadsByIds(const QList<qint64>& ids, Detail detail = Detail::Full) const override;
    Result<StoredLead> lead(const QString& source, const QString& sourceId) const override;
    Result<QList<StoredLead>> familyNotices(const QString& familyId) const override;
    Result<QHash<QString, FamilyDeadline>> familyDeadlines(const QStringList& familyIds) const override;
    Result<qint64> countNewFamilies(const LeadFilter& filter, const QDate& today, const QString& since) const override;
    Result<SearchBacktest> backtest(const LeadFilter& filter, const QDate& today, int weeks) const override;
    Result<QList<StoredLead>> trackedFamilyAwards(const QString& since) const override;
    Result<QList<LeadVersion>> versions(const QString& source, const QString& sourceId) const override;
    Result<QList<ReferenceRecord>> references(const ReferenceQuery& query) const override;
    Result<AwardHistory> awardHistory(const AwardQuery& query) const override;
    Result<QList<StoredLead>> similarLeads(qint64 leadId, const LeadFilter& candidates, const QDate& today,
                                           int limit) const override;
    Result<CacheStats> stats(const QDate& today) const override;
    Result<LeadTally> tally(const LeadTallyRequest& request, const std::function<bool()>& replaced = {}) const override;

    Status setUserData(const QString& source, const QString& sourceId, const LeadUserData& data,
                       Pipeline pipeline = Pipeline::Changed) override;

    Result<QList<SavedSearch>> savedSearches() const override;
    Status addSavedSearch(const SavedSearch& search) override;
    Result<bool> removeSavedSearch(const QString& name) override;
    Status renameSavedSearch(const QString& name, const QString& newName) override;
    Status setSavedSearchNotify(const QString& name, bool notify) override;
    Status setSavedSearchShared(const QString& name, bool shared) override;
    Status setSavedSearchOrder(const QStringList& names) override;
    Status markSavedSearchViewed(const QString& name, const QString& at) override;
    Status setSavedSearchCount(const QString& name, qint64 count) override;

    Result<qint64> startSyncRun(const QString& source) override;
    Status updateSyncRun(qint64 id, qint64 pages, qint64 records) override;
    Status finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages,
                         qint64 records) override;
    Result<QList<SyncRun>> syncRuns(const QString& source = {}) const override;
    SyncState syncState(const QString& source) const override;
    Status setSyncState(const QString& source, const SyncState& state) override;

    Status setDescription(const QString& source, const QString& sourceId, const QString& description) override;

    Result<QList<Attachment>> attachments(const QList<qint64>& leadIds) const override;
    Status setAttachmentFile(qint64 attachmentId, const AttachmentFile& file) override;
    Status setAttachmentProblem(qint64 attachmentId, const QString& problem) override;
    Result<QList<Attachment>> attachmentsOfStarredLeads() const override;
    Status removeAttachmentFile(const QString& contentHash) override;
    Result<QSet<qint64>> attachmentOnlyMatches(const QString& text, const QList<qint64>& leadIds) const override;
    Result<QList<AttachmentPassage>> attachmentPassages(const QString& text, const QList<qint64>& leadIds,
                                                        int limit) const override;

    QString info(const QString& key) const override;
    Status setInfo(const QString& key, const QString& value) override;

    struct Private;

private:
    explicit SqliteLeadStore(std::unique_ptr<Private> d);
    // About how much of the cache was posted in [from, before): its days over the cache's span.
    Result<double> weeksShareOfCache(const QString& from, const QString& before) const;
    std::unique_ptr<Private> d;
};

// While one lives, statements on the connection stop, and fail, as soon as `replaced`
// answers true: a worker drops a query whose answer nobody wants any more instead of finishing it.
class StatementInterrupt
{
public:
    StatementInterrupt(sqlite3* handle, const std::function<bool()>& replaced);
    ~StatementInterrupt();
    StatementInterrupt(const StatementInterrupt&) = delete;
    StatementInterrupt& operator=(const StatementInterrupt&) = delete;

private:
    sqlite3* m_handle;
    std::function<bool()> m_replaced;
};
