#pragma once

// What the PgLeadStore files share. Included by the store's own files only.

#include "PgLeadStore.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

struct PgMessages
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

// A postgresql:// location taken apart for QPSQL. A password in it is refused: it would
// end up in settings, shell history and logs; libpq reads it from ~/.pgpass or PGPASSFILE.
struct PgLocation
{
    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString connectOptions; // QPSQL's "key=value;…": sslmode and the like
    QString team;           // `team=`: which of the login's teams to share a pipeline with
    QString display;        // for messages: the location without anything secret
    QString account;        // user@host:port/database: the key of a password kept in the keychain

    static Result<PgLocation> parse(const QString& location);
};

// The error for people, with PostgreSQL's own words (never the connection's password, which
// no location holds).
Error pgError(const QString& what, const QSqlError& error);

struct PgLeadStore::Private
{
    QString connectionName;
    QString location;
    QString team; // whose pipeline this connection shares (tradeleads.team); empty: none
    QSqlDatabase db;
    bool inTransaction = false;
    bool largeLoadPending = false; // a bulk load large enough to vacuum after (finishBulkLoad)
    QHash<qint64, QString> lockedSyncRuns; // run id -> source, whose sync lock this session holds

    Result<QSqlQuery> execute(const QString& sql, const QVariantList& values, const QString& what) const
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return pgError(what, query.lastError());
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return pgError(what, query.lastError());
        return query;
    }

    // This connection for the queries both stores share (StoreSql.h).
    StoreSql sql(const QString& what) const
    {
        return { [this, what](const QString& statement, const QVariantList& values) { return execute(statement, values, what); },
                 [what](const QSqlError& error) { return pgError(what, error); } };
    }

    Status exec(const QString& sql, const QString& what) const
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return pgError(what, query.lastError());
        return Done{};
    }

    ~Private()
    {
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }
};

// The statistics' kept counts (lead_tally) as a count of the leads gives them: what
// `admin init` makes them afresh from and `tradeleads check` compares them with.
extern const char kPgTallyRecount[];

// PgSchema.cpp: brings the schema of an open connection (as its owner) to the current version.
Status migratePgSchema(const QSqlDatabase& db);
int pgSchemaVersion();
// A connection of its own to a location (or to another database on its server).
Result<QSqlDatabase> connectPg(const PgLocation& location, const QString& connectionName, const QString& database = {});
