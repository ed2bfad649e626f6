// SqliteLeadStore's sync log: a row per run and source, and where each source stands.
#include "SqliteLeadStorePrivate.h"

#include "Clock.h"

Result<qint64> SqliteLeadStore::startSyncRun(const QString& source)
{
    const QString what = SqliteMessages::tr("recording the sync");
    // A run still "running" when the next one starts was killed: say so in its history.
    auto interrupted = d->execute(
        QStringLiteral("UPDATE sync_run SET outcome = 'interrupted', finished_at = ? WHERE source = ? AND outcome = 'running'"),
        { Clock::nowUtcText(), source }, what);
    if (!interrupted)
        return interrupted.error();
    auto started = d->execute(QStringLiteral("INSERT INTO sync_run (source, started_at, outcome) VALUES (?, ?, 'running')"),
                              { source, Clock::nowUtcText() }, what);
    if (!started)
        return started.error();
    return started->lastInsertId().toLongLong();
}

Status SqliteLeadStore::updateSyncRun(qint64 id, qint64 pages, qint64 records)
{
    auto updated = d->execute(QStringLiteral("UPDATE sync_run SET pages = ?, records = ? WHERE id = ?"),
                              { pages, records, id }, SqliteMessages::tr("recording the sync"));
    if (!updated)
        return updated.error();
    return Done{};
}

Status SqliteLeadStore::finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages, qint64 records)
{
    auto finished = d->execute(
        QStringLiteral("UPDATE sync_run SET finished_at = ?, outcome = ?, error = ?, pages = ?, records = ? WHERE id = ?"),
        { Clock::nowUtcText(), outcome, error.isEmpty() ? QVariant() : error, pages, records, id },
        SqliteMessages::tr("recording the sync"));
    if (!finished)
        return finished.error();
    return Done{};
}

Result<QList<SyncRun>> SqliteLeadStore::syncRuns(const QString& source) const
{
    // A null QString binds as NULL, and NULL = '' is not true: every source is asked as ''.
    const QString sourceOrAll = source.isEmpty() ? QStringLiteral("") : source;
    auto query = d->execute(QStringLiteral("SELECT id, source, started_at, finished_at, pages, records, outcome, error "
                                           "FROM sync_run WHERE ? = '' OR source = ? ORDER BY id"),
                            { sourceOrAll, sourceOrAll }, SqliteMessages::tr("reading sync history"));
    if (!query)
        return query.error();
    QList<SyncRun> runs;
    while (query->next()) {
        SyncRun run;
        run.id = query->value(0).toLongLong();
        run.source = query->value(1).toString();
        run.startedAt = query->value(2).toString();
        run.finishedAt = query->value(3).toString();
        run.pages = query->value(4).toLongLong();
        run.records = query->value(5).toLongLong();
        run.outcome = query->value(6).toString();
        run.error = query->value(7).toString();
        runs.append(run);
    }
    return runs;
}

SyncState SqliteLeadStore::syncState(const QString& source) const
{
    SyncState state;
    auto query = d->execute(QStringLiteral("SELECT high_water, cursor FROM sync_state WHERE source = ?"), { source },
                            SqliteMessages::tr("reading the sync position"));
    if (query && query->next()) {
        state.highWater = query->value(0).toString();
        state.cursor = query->value(1).toByteArray();
    }
    return state;
}

Status SqliteLeadStore::setSyncState(const QString& source, const SyncState& state)
{
    auto saved = d->execute(
        QStringLiteral("INSERT INTO sync_state (source, high_water, cursor, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (source) DO UPDATE SET high_water = excluded.high_water, "
                       "cursor = excluded.cursor, updated_at = excluded.updated_at"),
        { source, state.highWater.isEmpty() ? QVariant() : state.highWater,
          state.cursor.isEmpty() ? QVariant() : QString::fromUtf8(state.cursor), Clock::nowUtcText() },
        SqliteMessages::tr("saving the sync position"));
    if (!saved)
        return saved.error();
    return Done{};
}
