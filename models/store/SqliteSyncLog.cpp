// SqliteLeadStore's sync log: a row per run and source, and where each source stands.
#include "SqliteLeadStorePrivate.h"

#include "Clock.h"

Result<qint64> SqliteLeadStore::startSyncRun(const QString& source)
{
    // A run still "running" when the next one starts was killed: say so in its history.
    QSqlQuery interrupted(d->db);
    interrupted.prepare(QStringLiteral(
        "UPDATE sync_run SET outcome = 'interrupted', finished_at = ? WHERE source = ? AND outcome = 'running'"));
    interrupted.addBindValue(Clock::nowUtcText());
    interrupted.addBindValue(source);
    if (!interrupted.exec())
        return sqlError(SqliteMessages::tr("recording the sync"), interrupted.lastError());
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO sync_run (source, started_at, outcome) VALUES (?, ?, 'running')"));
    query.addBindValue(source);
    query.addBindValue(Clock::nowUtcText());
    if (!query.exec())
        return sqlError(SqliteMessages::tr("recording the sync"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Status SqliteLeadStore::updateSyncRun(qint64 id, qint64 pages, qint64 records)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE sync_run SET pages = ?, records = ? WHERE id = ?"));
    query.addBindValue(pages);
    query.addBindValue(records);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("recording the sync"), query.lastError());
    return Done{};
}

Status SqliteLeadStore::finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages, qint64 records)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "UPDATE sync_run SET finished_at = ?, outcome = ?, error = ?, pages = ?, records = ? WHERE id = ?"));
    query.addBindValue(Clock::nowUtcText());
    query.addBindValue(outcome);
    query.addBindValue(error.isEmpty() ? QVariant() : error);
    query.addBindValue(pages);
    query.addBindValue(records);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("recording the sync"), query.lastError());
    return Done{};
}

Result<QList<SyncRun>> SqliteLeadStore::syncRuns(const QString& source) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT id, source, started_at, finished_at, pages, records, outcome, error "
                                 "FROM sync_run WHERE ? = '' OR source = ? ORDER BY id"));
    // A null QString binds as NULL, and NULL = '' is not true: every source is asked as ''.
    const QString sourceOrAll = source.isEmpty() ? QStringLiteral("") : source;
    query.addBindValue(sourceOrAll);
    query.addBindValue(sourceOrAll);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("reading sync history"), query.lastError());
    QList<SyncRun> runs;
    while (query.next()) {
        SyncRun run;
        run.id = query.value(0).toLongLong();
        run.source = query.value(1).toString();
        run.startedAt = query.value(2).toString();
        run.finishedAt = query.value(3).toString();
        run.pages = query.value(4).toLongLong();
        run.records = query.value(5).toLongLong();
        run.outcome = query.value(6).toString();
        run.error = query.value(7).toString();
        runs.append(run);
    }
    return runs;
}

SyncState SqliteLeadStore::syncState(const QString& source) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT high_water, cursor FROM sync_state WHERE source = ?"));
    query.addBindValue(source);
    SyncState state;
    if (query.exec() && query.next()) {
        state.highWater = query.value(0).toString();
        state.cursor = query.value(1).toByteArray();
    }
    return state;
}

Status SqliteLeadStore::setSyncState(const QString& source, const SyncState& state)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO sync_state (source, high_water, cursor, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (source) DO UPDATE SET high_water = excluded.high_water, "
                                 "cursor = excluded.cursor, updated_at = excluded.updated_at"));
    query.addBindValue(source);
    query.addBindValue(state.highWater.isEmpty() ? QVariant() : state.highWater);
    query.addBindValue(state.cursor.isEmpty() ? QVariant() : QString::fromUtf8(state.cursor));
    query.addBindValue(Clock::nowUtcText());
    if (!query.exec())
        return sqlError(SqliteMessages::tr("saving the sync position"), query.lastError());
    return Done{};
}

