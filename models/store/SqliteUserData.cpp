// SqliteLeadStore's keeping of the analyst's own data: tracking and saved searches.
#include "SqliteLeadStorePrivate.h"

#include "Clock.h"

Status SqliteLeadStore::setUserData(const QString& source, const QString& sourceId, const LeadUserData& data)
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

Result<QList<SavedSearch>> SqliteLeadStore::savedSearches() const
{
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, filter, notify, last_viewed_at, last_count FROM saved_search ORDER BY position, name")))
        return sqlError(SqliteMessages::tr("reading saved searches"), query.lastError());
    QList<SavedSearch> searches;
    while (query.next()) {
        SavedSearch search;
        search.id = query.value(0).toLongLong();
        search.name = query.value(1).toString();
        search.setFilterJson(query.value(2).toByteArray());
        search.notify = query.value(3).toInt() != 0;
        search.lastViewedAt = query.value(4).toString();
        search.lastCount = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
        searches.append(search);
    }
    if (query.lastError().isValid())
        return sqlError(SqliteMessages::tr("reading saved searches"), query.lastError());
    return searches;
}

Status SqliteLeadStore::addSavedSearch(const SavedSearch& search)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO saved_search (name, filter, notify, position, created_at, last_viewed_at) "
                                 "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM saved_search), ?, ?)"));
    query.addBindValue(search.name);
    query.addBindValue(QString::fromUtf8(search.filterJson()));
    query.addBindValue(search.notify ? 1 : 0);
    const QString now = Clock::nowUtcText();
    query.addBindValue(now);
    // Only leads that arrive after the search is saved count as new for it.
    query.addBindValue(search.lastViewedAt.isEmpty() ? now : search.lastViewedAt);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")
            || query.lastError().text().contains(QLatin1String("UNIQUE")))
            return Error { SqliteMessages::tr("A saved search named \"%1\" already exists").arg(search.name) };
        return sqlError(SqliteMessages::tr("saving the search"), query.lastError());
    }
    return Done{};
}

Result<bool> SqliteLeadStore::removeSavedSearch(const QString& name)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("DELETE FROM saved_search WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("removing the saved search"), query.lastError());
    return query.numRowsAffected() > 0;
}

namespace {

// Runs an UPDATE of saved_search bound to `values` then `name`; fails when no search has that name.
Status updateSavedSearch(QSqlDatabase db, const QString& assignments, const QVariantList& values, const QString& name,
                         const QString& what)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE saved_search SET ") + assignments + QStringLiteral(" WHERE name = ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(name);
    if (!query.exec()) {
        if (query.lastError().text().contains(QLatin1String("UNIQUE")))
            return Error { SqliteMessages::tr("A saved search with that name already exists") };
        return sqlError(what, query.lastError());
    }
    if (query.numRowsAffected() == 0)
        return Error { SqliteMessages::tr("No saved search named \"%1\"").arg(name) };
    return Done{};
}

} // namespace

Status SqliteLeadStore::renameSavedSearch(const QString& name, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return Error { SqliteMessages::tr("A saved search needs a name") };
    if (trimmed == name)
        return Done{};
    return updateSavedSearch(
        d->db, QStringLiteral("name = ?"), { trimmed }, name, SqliteMessages::tr("renaming the saved search"));
}

Status SqliteLeadStore::setSavedSearchNotify(const QString& name, bool notify)
{
    return updateSavedSearch(
        d->db, QStringLiteral("notify = ?"), { notify ? 1 : 0 }, name, SqliteMessages::tr("saving the notification setting"));
}

Status SqliteLeadStore::markSavedSearchViewed(const QString& name, const QString& at)
{
    return updateSavedSearch(
        d->db, QStringLiteral("last_viewed_at = ?"), { at }, name, SqliteMessages::tr("marking the search seen"));
}

Status SqliteLeadStore::setSavedSearchCount(const QString& name, qint64 count)
{
    return updateSavedSearch(
        d->db, QStringLiteral("last_count = ?"), { count }, name, SqliteMessages::tr("saving the match count"));
}

Status SqliteLeadStore::setSavedSearchOrder(const QStringList& names)
{
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status;
    }
    // Named ones first, in the given order; the rest keep their order after them.
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE saved_search SET position = position + ?"));
    query.addBindValue(names.size() + 1);
    QSqlError failure;
    if (!query.exec())
        failure = query.lastError();
    for (qsizetype i = 0; !failure.isValid() && i < names.size(); ++i) {
        QSqlQuery move(d->db);
        move.prepare(QStringLiteral("UPDATE saved_search SET position = ? WHERE name = ?"));
        move.addBindValue(int(i + 1));
        move.addBindValue(names[i]);
        if (!move.exec())
            failure = move.lastError();
    }
    if (failure.isValid()) {
        if (ownTransaction)
            rollback();
        return sqlError(SqliteMessages::tr("reordering saved searches"), failure);
    }
    if (ownTransaction)
        return commit();
    return Done{};
}

