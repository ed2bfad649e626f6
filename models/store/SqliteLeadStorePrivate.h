#pragma once

// What the SqliteLeadStore files share: the connection and its prepared statements, and
// the helpers every part of the store uses. Included by the store's own files only.

#include "SqliteLeadStore.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

class FileWriteback;

// The messages of the store. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct SqliteMessages
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

// The error for people; a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB) also leaves the marker
// for a full check beside the caches this thread has open (the statement ran on one of them).
Error sqlError(const QString& what, const QSqlError& error);
// Each open connection, by its thread, for that marker; SQLite's own log reports damage too,
// also where a caller stops at a failed next() without asking why.
void rememberOpenCache(sqlite3* handle, const QString& path);
void forgetOpenCache(sqlite3* handle);
bool isDamage(int sqliteCode);
// The page cache of a connection: 32 MB for a session, set at open and again after a bulk
// load; SQLite's own 2 MB for one command.
inline constexpr char kCacheSizePragma[] = "PRAGMA cache_size = -32768";
inline constexpr char kOneCommandCacheSizePragma[] = "PRAGMA cache_size = -2000";
// Binds values in order from the first placeholder.
void bindAll(QSqlQuery& query, const QVariantList& values);

struct SqliteLeadStore::Private
{
    QString connectionName;
    QString path;
    const char* cacheSizePragma = kCacheSizePragma;
    QSqlDatabase db;
    sqlite3* handle = nullptr;
    sqlite3_stmt* upsert = nullptr;
    sqlite3_stmt* insert = nullptr; // a bulk load's first try (SqliteLeadStore.cpp)
    sqlite3_stmt* touch = nullptr;
    sqlite3_stmt* attachmentLink = nullptr; // lists a lead's attachment
    sqlite3_stmt* attachmentLinkById = nullptr; // the same for a lead just inserted
    Status prepareWriteStatements(); // upsert, touch and the attachment links, once
    bool inTransaction = false;
    std::unique_ptr<QLockFile> bulkLock; // held while this connection runs a bulk load
    std::unique_ptr<FileWriteback> bulkWriteback; // the load's writes started early, meanwhile

    // SqliteBulkLoad.cpp: whether a bulk load is recorded as unfinished; its completion (the
    // indexes and full-text rows rebuilt, in one transaction); and, at open, the completion of
    // one a killed process left, unless its lock shows it still running.
    bool bulkLoadPending() const;
    Status completeBulkLoad();
    Status completeInterruptedBulkLoad();
    // SqliteSchema.cpp: the statements that count lead_tally afresh from the leads.
    static const char* leadTallyRebuild();

    // Prepares `sql`, binds `values` in order and runs it: the query, to read from, or why it failed.
    Result<QSqlQuery> execute(const QString& sql, const QVariantList& values, const QString& what) const
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return sqlError(what, query.lastError());
        bindAll(query, values);
        if (!query.exec())
            return sqlError(what, query.lastError());
        return query;
    }

    // This connection for the queries both stores share (StoreSql.h).
    StoreSql sql(const QString& what) const
    {
        return { [this, what](const QString& statement, const QVariantList& values) { return execute(statement, values, what); },
                 [what](const QSqlError& error) { return sqlError(what, error); } };
    }

    // Brings the schema to the current version, one migration per transaction
    // (SqliteSchema.cpp); fails for a cache written by a newer Trade Leads.
    Status migrate();
    // The lead table's indexes and triggers (name, SQL), and putting back those a rebuild of
    // the table left out.
    Result<QList<std::pair<QString, QString>>> leadTableObjects(const QString& what);
    Status restoreLeadTableObjects(const QList<std::pair<QString, QString>>& objects, const QString& what);
    Status bumpSchemaCookie(const QString& what);

    ~Private(); // SqliteLeadStore.cpp

    Status execRaw(const char* sql, const QString& what)
    {
        char* message = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
            sqlite3_free(message);
            if (isDamage(sqlite3_extended_errcode(handle)))
                SqliteLeadStore::requireFullCheck(path, text);
            return Error { SqliteMessages::tr("Cache error while %1: %2").arg(what, text) };
        }
        return Done{};
    }

    Error rawError(const QString& what) const
    {
        if (isDamage(sqlite3_extended_errcode(handle)))
            SqliteLeadStore::requireFullCheck(path, QString::fromUtf8(sqlite3_errmsg(handle)));
        return Error { SqliteMessages::tr("Cache error while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(handle))) };
    }
};
