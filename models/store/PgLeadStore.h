#pragma once

#include "LeadStore.h"

#include <functional>

#include <QSqlDatabase>

// The team server: one PostgreSQL database that many desktops share, written by one scheduled
// sync (the tl_sync role), each analyst's tracking and saved searches private to them under
// row-level security. Opened from a postgresql:// location (PgLocation); the schema is made
// and upgraded by `tradeleads admin init`, never by a desktop. See PgSchema.cpp.
class PgLeadStore final : public LeadStore
{
public:
    // postgresql://user@host:port/database?sslmode=…&host=/socket/folder: whether a location
    // names a team server rather than a cache file.
    static bool isTeamServer(const QString& location);
    // Where a password comes from besides ~/.pgpass: the programs that link the keychain (the
    // window, the sync) set this. It is asked with the account a location logs in to,
    // "user@host:port/database", and answers an empty text when it holds none.
    using PasswordLookup = std::function<QString(const QString& account)>;
    static void setPasswordLookup(PasswordLookup lookup);
    static QString account(const QString& location); // empty when `location` is no usable team server
    // Whether a team server location can be used as written (no password, known options): for
    // a settings field, before anything connects.
    static Status checkLocation(const QString& location);
    static Result<std::unique_ptr<PgLeadStore>> open(const QString& location);
    // As a superuser (or a role that may create roles and databases): the roles tl_owner,
    // tl_sync and tl_analyst, the database when it is missing, its schema, the unaccent
    // extension and every migration. Run again, it brings an older schema up to date.
    static Status initialize(const QString& location);
    // An analyst's login role in tl_analyst (and in `team`, made when missing), for an
    // administrator. The password is set apart (ALTER ROLE … PASSWORD, or a certificate).
    static Status addAnalyst(const QString& location, const QString& name, const QString& team = {});
    static int currentSchemaVersion();
    // What a desktop LISTENs on: a notification for every commit that added or changed leads.
    static constexpr char kLeadsChannel[] = "tradeleads_leads";
    // A change of a team's pipeline (lead_team); the payload names the team.
    static constexpr char kTeamChannel[] = "tradeleads_team";

    ~PgLeadStore() override;

    QSqlDatabase database() const; // for the store's own files and tests

    // `tradeleads check` on a team server, read-only and as any analyst may run it: every table
    // read to its end (with --thorough, every stored record and text too, which PostgreSQL
    // keeps out of the row), and the statistics' kept counts compared with a count of the
    // leads. PostgreSQL keeps its own files whole; this finds what would mislead the window.
    struct CheckReport
    {
        QString problem; // empty: healthy
        qint64 leads = 0;
        qint64 databaseBytes = 0;
    };
    Result<CheckReport> check(bool thorough) const;

    int schemaVersion() const override;
    bool writesLeads() const override;
    QString team() const override;
    QString path() const override;
    void setLifetime(Lifetime lifetime) override;

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
    explicit PgLeadStore(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d;
};
