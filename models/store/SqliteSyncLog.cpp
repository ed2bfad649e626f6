// SqliteLeadStore's sync log (a row per run and source, and where each source stands) and its
// facts about itself: the tables both stores keep alike.
#include "SqliteLeadStorePrivate.h"

#include "SharedTables.h"

namespace {

const SharedTables::ErrorFor kSqlError = [](const QString& what, const QSqlError& error) { return sqlError(what, error); };

} // namespace

Result<qint64> SqliteLeadStore::startSyncRun(const QString& source)
{
    return SharedTables::startSyncRun(d->db, source, kSqlError);
}

Status SqliteLeadStore::updateSyncRun(qint64 id, qint64 pages, qint64 records)
{
    return SharedTables::updateSyncRun(d->db, id, pages, records, kSqlError);
}

Status SqliteLeadStore::finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages, qint64 records)
{
    return SharedTables::finishSyncRun(d->db, id, outcome, error, pages, records, kSqlError);
}

Result<QList<SyncRun>> SqliteLeadStore::syncRuns(const QString& source) const
{
    return SharedTables::syncRuns(d->db, source, kSqlError);
}

SyncState SqliteLeadStore::syncState(const QString& source) const
{
    return SharedTables::syncState(d->db, source);
}

Status SqliteLeadStore::setSyncState(const QString& source, const SyncState& state)
{
    return SharedTables::setSyncState(d->db, source, state, kSqlError);
}

QString SqliteLeadStore::info(const QString& key) const
{
    return SharedTables::info(d->db, key);
}

Status SqliteLeadStore::setInfo(const QString& key, const QString& value)
{
    return SharedTables::setInfo(d->db, key, value, kSqlError);
}
