#pragma once

// The PostgreSQL server the team-server suites run against: TRADELEADS_TEST_PG (a
// postgresql:// location of a role that may create databases and roles), else the throwaway
// server CTest's `pg` fixture started (tests/pg-test-server.sh; its socket folder in
// TRADELEADS_TEST_PG_SOCKET). Without one a suite skips, and fails under
// TRADELEADS_REQUIRE_PG=1 (the README's test command sets it): a green run never hides
// missing team-server coverage.

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace PgTestServer {

// The server's location with `database` and `user` in place of the configured ones.
inline QString location(const QString& database, const QString& user = {})
{
    QString base = qEnvironmentVariable("TRADELEADS_TEST_PG");
    if (base.isEmpty()) {
        const QString socket = qEnvironmentVariable("TRADELEADS_TEST_PG_SOCKET");
        if (socket.isEmpty())
            return {};
        base = QStringLiteral("postgresql://tradeleads@/postgres?host=%1&port=54329").arg(socket);
    }
    QUrl url(base);
    url.setPath(u'/' + database);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

// Runs one statement on the server as the configured role: empty on success, else the error.
inline QString exec(const QString& database, const QString& sql)
{
    const QUrl url(location(database));
    const QString name = QStringLiteral("pg-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrlQuery query(url);
        db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : url.host());
        db.setPort(query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt()
                                                              : url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery statement(db);
            statement.exec(QStringLiteral("SET client_min_messages = warning"));
            if (!statement.exec(sql))
                error = statement.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// Whether a server answers; the reason when none does.
inline QString unavailable()
{
    if (location(QStringLiteral("postgres")).isEmpty())
        return QStringLiteral("no PostgreSQL server for the team-server tests (TRADELEADS_TEST_PG or CTest's pg fixture)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
    const QString error = exec(QStringLiteral("postgres"), QStringLiteral("SELECT 1"));
    return error.isEmpty() ? QString() : QStringLiteral("the PostgreSQL test server does not answer: ") + error;
}

// Dropped with its connections (a database a cut-off run left, or one a suite is done with).
inline void dropDatabase(const QString& name)
{
    exec(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

// Every table of the store's emptied, its ids restarted: each test of a suite on the server
// starts as each local test does, from a new file. The error text, or empty.
inline QString emptyTables(const QString& database)
{
    return exec(database, QStringLiteral(
        "DO $$ BEGIN EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') "
        "|| ' RESTART IDENTITY CASCADE' FROM pg_tables WHERE schemaname = 'tradeleads' AND tablename <> 'schema_version'); "
        "END $$"));
}

} // namespace PgTestServer

// In a test function or initTestCase: skips without a server, fails instead under
// TRADELEADS_REQUIRE_PG=1.
#define PG_TEST_SERVER_REQUIRED()                                                                          \
    do {                                                                                                   \
        const QString reason = PgTestServer::unavailable();                                                \
        if (!reason.isEmpty()) {                                                                           \
            if (qEnvironmentVariable("TRADELEADS_REQUIRE_PG") == QLatin1String("1"))                        \
                QFAIL(qPrintable(QStringLiteral("TRADELEADS_REQUIRE_PG=1 and ") + reason));                \
            QSKIP(qPrintable(reason));                                                                     \
        }                                                                                                  \
    } while (false)
