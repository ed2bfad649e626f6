// SqliteLeadStore's keeping of the analyst's own data: tracking and saved searches.
#include "SqliteLeadStorePrivate.h"

#include "Clock.h"
#include "SharedTables.h"

Status SqliteLeadStore::setUserData(const QString& source, const QString& sourceId, const LeadUserData& data, Pipeline)
{
    // Tracking is the family's: it lands on the family of the notice it was set on. A notice
    // not in the cache (tracking restored before sync) is a family of its own until it is.
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "INSERT INTO lead_user (family_id, source, source_id, starred, status, notes, tags, updated_at) "
        "VALUES (COALESCE((SELECT family_id FROM lead WHERE source = ? AND source_id = ?), ? || '|' || ?), "
        "?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (family_id) DO UPDATE SET starred = excluded.starred, status = excluded.status, "
        "notes = excluded.notes, tags = excluded.tags, updated_at = excluded.updated_at"));
    for (int repeat = 0; repeat < 3; ++repeat) {
        query.addBindValue(source);
        query.addBindValue(sourceId);
    }
    query.addBindValue(data.starred ? 1 : 0);
    query.addBindValue(data.status.isEmpty() ? QVariant() : data.status);
    query.addBindValue(data.notes.isEmpty() ? QVariant() : data.notes);
    query.addBindValue(data.tags.isEmpty() ? QVariant() : data.tags);
    query.addBindValue(Clock::nowUtcText());
    if (!query.exec())
        return sqlError(SqliteMessages::tr("saving your notes"), query.lastError());
    return Done{};
}

namespace {

const SharedTables::ErrorFor kSqlError = [](const QString& what, const QSqlError& error) { return sqlError(what, error); };

} // namespace

Result<QList<SavedSearch>> SqliteLeadStore::savedSearches() const
{
    return SharedTables::savedSearches(d->db, kSqlError);
}

Status SqliteLeadStore::addSavedSearch(const SavedSearch& search)
{
    if (search.shared)
        return setSavedSearchShared(search.name, true);
    return SharedTables::addSavedSearch(d->db, search, kSqlError);
}

Result<bool> SqliteLeadStore::removeSavedSearch(const QString& name)
{
    return SharedTables::removeSavedSearch(d->db, name, kSqlError);
}

Status SqliteLeadStore::renameSavedSearch(const QString& name, const QString& newName)
{
    return SharedTables::renameSavedSearch(d->db, name, newName, kSqlError);
}

Status SqliteLeadStore::setSavedSearchShared(const QString&, bool)
{
    return Error { SqliteMessages::tr("Only a team server shares saved searches; this is a local cache") };
}

Status SqliteLeadStore::setSavedSearchNotify(const QString& name, bool notify)
{
    return SharedTables::setSavedSearchNotify(d->db, name, notify, kSqlError);
}

Status SqliteLeadStore::markSavedSearchViewed(const QString& name, const QString& at)
{
    return SharedTables::markSavedSearchViewed(d->db, name, at, kSqlError);
}

Status SqliteLeadStore::setSavedSearchCount(const QString& name, qint64 count)
{
    return SharedTables::setSavedSearchCount(d->db, name, count, kSqlError);
}

Status SqliteLeadStore::setSavedSearchOrder(const QStringList& names)
{
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status;
    }
    if (auto status = SharedTables::setSavedSearchOrder(d->db, names, kSqlError); !status) {
        if (ownTransaction)
            rollback();
        return status;
    }
    if (ownTransaction)
        return commit();
    return Done{};
}
