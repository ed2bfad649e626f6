#pragma once

// The tables both stores keep alike, in SQL both engines speak: the analyst's saved searches
// and the sync log. Each store passes its connection and how it words a failed statement.
// Included by the store's own files only.

#include "Result.h"
#include "SavedSearch.h"
#include "SyncLog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace SharedTables {

using ErrorFor = std::function<Error(const QString& what, const QSqlError& error)>;

// A unique constraint refused the row: SQLite's 2067 or PostgreSQL's SQLSTATE 23505.
bool isUniqueViolation(const QSqlError& error);

Result<QList<SavedSearch>> savedSearches(const QSqlDatabase& db, const ErrorFor& errorFor);
// A saved search from the first six columns of `row`: id, name, filter, notify, last viewed, last count.
SavedSearch savedSearchFrom(const QSqlQuery& row);
// `team`: on a team server, the team it is shared with (a null QVariant for nobody).
Status addSavedSearch(const QSqlDatabase& db, const SavedSearch& search, const ErrorFor& errorFor,
                      const QVariant& team = {});
Result<bool> removeSavedSearch(const QSqlDatabase& db, const QString& name, const ErrorFor& errorFor);
Status renameSavedSearch(const QSqlDatabase& db, const QString& name, const QString& newName, const ErrorFor& errorFor);
Status setSavedSearchNotify(const QSqlDatabase& db, const QString& name, bool notify, const ErrorFor& errorFor);
Status markSavedSearchViewed(const QSqlDatabase& db, const QString& name, const QString& at, const ErrorFor& errorFor);
Status setSavedSearchCount(const QSqlDatabase& db, const QString& name, qint64 count, const ErrorFor& errorFor);
// The given names first, in that order; the caller holds a transaction around it.
Status setSavedSearchOrder(const QSqlDatabase& db, const QStringList& names, const ErrorFor& errorFor);

Result<qint64> startSyncRun(const QSqlDatabase& db, const QString& source, const ErrorFor& errorFor);
Status updateSyncRun(const QSqlDatabase& db, qint64 id, qint64 pages, qint64 records, const ErrorFor& errorFor);
Status finishSyncRun(const QSqlDatabase& db, qint64 id, const QString& outcome, const QString& error, qint64 pages,
                     qint64 records, const ErrorFor& errorFor);
Result<QList<SyncRun>> syncRuns(const QSqlDatabase& db, const QString& source, const ErrorFor& errorFor);
SyncState syncState(const QSqlDatabase& db, const QString& source);
Status setSyncState(const QSqlDatabase& db, const QString& source, const SyncState& state, const ErrorFor& errorFor);

QString info(const QSqlDatabase& db, const QString& key);
Status setInfo(const QSqlDatabase& db, const QString& key, const QString& value, const ErrorFor& errorFor);

} // namespace SharedTables
