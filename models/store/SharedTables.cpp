// The tables both stores keep alike (SharedTables.h).
#include "SharedTables.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

// Prepares `sql`, binds `values` in order and runs it: the query, to read from, or why it failed.
Result<QSqlQuery> execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what,
                          const SharedTables::ErrorFor& errorFor)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFor(what, query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFor(what, query.lastError());
    return query;
}

// Runs an UPDATE of saved_search bound to `values` then `name`; fails when no search has that name.
Status updateSavedSearch(const QSqlDatabase& db, const QString& assignments, const QVariantList& values,
                         const QString& name, const QString& what, const SharedTables::ErrorFor& errorFor)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE saved_search SET ") + assignments + QStringLiteral(" WHERE name = ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(name);
    if (!query.exec()) {
        if (SharedTables::isUniqueViolation(query.lastError()))
            return Error { Messages::tr("A saved search with that name already exists") };
        return errorFor(what, query.lastError());
    }
    if (query.numRowsAffected() == 0)
        return Error { Messages::tr("No saved search named \"%1\"").arg(name) };
    return Done{};
}

} // namespace

namespace SharedTables {

bool isUniqueViolation(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("23505")
        || error.text().contains(QLatin1String("UNIQUE"));
}

Result<QList<SavedSearch>> savedSearches(const QSqlDatabase& db, const ErrorFor& errorFor)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, filter, notify, last_viewed_at, last_count FROM saved_search ORDER BY position, name")))
        return errorFor(Messages::tr("reading saved searches"), query.lastError());
    QList<SavedSearch> searches;
    while (query.next())
        searches.append(savedSearchFrom(query));
    if (query.lastError().isValid())
        return errorFor(Messages::tr("reading saved searches"), query.lastError());
    return searches;
}

SavedSearch savedSearchFrom(const QSqlQuery& row)
{
    SavedSearch search;
    search.id = row.value(0).toLongLong();
    search.name = row.value(1).toString();
    search.setFilterJson(row.value(2).toByteArray());
    search.notify = row.value(3).toInt() != 0;
    search.lastViewedAt = row.value(4).toString();
    search.lastCount = row.value(5).isNull() ? -1 : row.value(5).toLongLong();
    return search;
}

Status addSavedSearch(const QSqlDatabase& db, const SavedSearch& search, const ErrorFor& errorFor, const QVariant& team)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO saved_search (name, filter, notify, position, created_at, last_viewed_at%1) "
                                 "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM saved_search), ?, ?%2)")
                      .arg(team.isValid() ? QStringLiteral(", team") : QString(),
                           team.isValid() ? QStringLiteral(", ?") : QString()));
    query.addBindValue(search.name);
    query.addBindValue(QString::fromUtf8(search.filterJson()));
    query.addBindValue(search.notify ? 1 : 0);
    const QString now = Clock::nowUtcText();
    query.addBindValue(now);
    // Only leads that arrive after the search is saved count as new for it.
    query.addBindValue(search.lastViewedAt.isEmpty() ? now : search.lastViewedAt);
    if (team.isValid())
        query.addBindValue(team);
    if (!query.exec()) {
        if (isUniqueViolation(query.lastError()))
            return Error { Messages::tr("A saved search named \"%1\" already exists").arg(search.name) };
        return errorFor(Messages::tr("saving the search"), query.lastError());
    }
    return Done{};
}

Result<bool> removeSavedSearch(const QSqlDatabase& db, const QString& name, const ErrorFor& errorFor)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM saved_search WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return errorFor(Messages::tr("removing the saved search"), query.lastError());
    return query.numRowsAffected() > 0;
}

Status renameSavedSearch(const QSqlDatabase& db, const QString& name, const QString& newName, const ErrorFor& errorFor)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return Error { Messages::tr("A saved search needs a name") };
    if (trimmed == name)
        return Done{};
    return updateSavedSearch(db, QStringLiteral("name = ?"), { trimmed }, name, Messages::tr("renaming the saved search"),
                             errorFor);
}

Status setSavedSearchNotify(const QSqlDatabase& db, const QString& name, bool notify, const ErrorFor& errorFor)
{
    return updateSavedSearch(db, QStringLiteral("notify = ?"), { notify ? 1 : 0 }, name,
                             Messages::tr("saving the notification setting"), errorFor);
}

Status markSavedSearchViewed(const QSqlDatabase& db, const QString& name, const QString& at, const ErrorFor& errorFor)
{
    return updateSavedSearch(db, QStringLiteral("last_viewed_at = ?"), { at }, name,
                             Messages::tr("marking the search seen"), errorFor);
}

Status setSavedSearchCount(const QSqlDatabase& db, const QString& name, qint64 count, const ErrorFor& errorFor)
{
    return updateSavedSearch(db, QStringLiteral("last_count = ?"), { count }, name,
                             Messages::tr("saving the match count"), errorFor);
}

Status setSavedSearchOrder(const QSqlDatabase& db, const QStringList& names, const ErrorFor& errorFor)
{
    // Named ones first, in the given order; the rest keep their order after them.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE saved_search SET position = position + ?"));
    query.addBindValue(int(names.size() + 1));
    if (!query.exec())
        return errorFor(Messages::tr("reordering saved searches"), query.lastError());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QSqlQuery move(db);
        move.prepare(QStringLiteral("UPDATE saved_search SET position = ? WHERE name = ?"));
        move.addBindValue(int(i + 1));
        move.addBindValue(names[i]);
        if (!move.exec())
            return errorFor(Messages::tr("reordering saved searches"), move.lastError());
    }
    return Done{};
}

Result<qint64> startSyncRun(const QSqlDatabase& db, const QString& source, const ErrorFor& errorFor)
{
    const QString what = Messages::tr("recording the sync");
    // A run still "running" when the next one starts was killed: say so in its history.
    auto interrupted = execute(
        db, QStringLiteral("UPDATE sync_run SET outcome = 'interrupted', finished_at = ? WHERE source = ? AND outcome = 'running'"),
        { Clock::nowUtcText(), source }, what, errorFor);
    if (!interrupted)
        return interrupted.error();
    auto started = execute(db, QStringLiteral("INSERT INTO sync_run (source, started_at, outcome) VALUES (?, ?, 'running') RETURNING id"),
                           { source, Clock::nowUtcText() }, what, errorFor);
    if (!started)
        return started.error();
    if (!started->next())
        return errorFor(what, started->lastError());
    return started->value(0).toLongLong();
}

Status updateSyncRun(const QSqlDatabase& db, qint64 id, qint64 pages, qint64 records, const ErrorFor& errorFor)
{
    auto updated = execute(db, QStringLiteral("UPDATE sync_run SET pages = ?, records = ? WHERE id = ?"),
                           { pages, records, id }, Messages::tr("recording the sync"), errorFor);
    if (!updated)
        return updated.error();
    return Done{};
}

Status finishSyncRun(const QSqlDatabase& db, qint64 id, const QString& outcome, const QString& error, qint64 pages,
                     qint64 records, const ErrorFor& errorFor)
{
    auto finished = execute(
        db, QStringLiteral("UPDATE sync_run SET finished_at = ?, outcome = ?, error = ?, pages = ?, records = ? WHERE id = ?"),
        { Clock::nowUtcText(), outcome, error.isEmpty() ? QVariant() : error, pages, records, id },
        Messages::tr("recording the sync"), errorFor);
    if (!finished)
        return finished.error();
    return Done{};
}

Result<QList<SyncRun>> syncRuns(const QSqlDatabase& db, const QString& source, const ErrorFor& errorFor)
{
    // A null QString binds as NULL, and NULL = '' is not true: every source is asked as ''.
    const QString sourceOrAll = source.isEmpty() ? QStringLiteral("") : source;
    auto query = execute(db, QStringLiteral("SELECT id, source, started_at, finished_at, pages, records, outcome, error "
                                            "FROM sync_run WHERE ? = '' OR source = ? ORDER BY id"),
                         { sourceOrAll, sourceOrAll }, Messages::tr("reading sync history"), errorFor);
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

SyncState syncState(const QSqlDatabase& db, const QString& source)
{
    SyncState state;
    auto query = execute(db, QStringLiteral("SELECT high_water, cursor FROM sync_state WHERE source = ?"), { source },
                         Messages::tr("reading the sync position"), [](const QString&, const QSqlError&) { return Error{}; });
    if (query && query->next()) {
        state.highWater = query->value(0).toString();
        state.cursor = query->value(1).toByteArray();
    }
    return state;
}

Status setSyncState(const QSqlDatabase& db, const QString& source, const SyncState& state, const ErrorFor& errorFor)
{
    auto saved = execute(
        db,
        QStringLiteral("INSERT INTO sync_state (source, high_water, cursor, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (source) DO UPDATE SET high_water = excluded.high_water, "
                       "cursor = excluded.cursor, updated_at = excluded.updated_at"),
        { source, state.highWater.isEmpty() ? QVariant() : state.highWater,
          state.cursor.isEmpty() ? QVariant() : QString::fromUtf8(state.cursor), Clock::nowUtcText() },
        Messages::tr("saving the sync position"), errorFor);
    if (!saved)
        return saved.error();
    return Done{};
}

QString info(const QSqlDatabase& db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM cache_info WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status setInfo(const QSqlDatabase& db, const QString& key, const QString& value, const ErrorFor& errorFor)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO cache_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return errorFor(Messages::tr("writing cache information"), query.lastError());
    return Done{};
}

} // namespace SharedTables
