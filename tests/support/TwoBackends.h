#pragma once

// One suite, two fixtures: a suite's tests run on a local cache and on a team server, as the
// global rows "local cache" and "team server". The server's database is made once per suite
// (initTestCase) and emptied before each test, as each local test starts from a new file.

#include "LeadStore.h"
#include "PgLeadStore.h"
#include "PgTestServer.h"

#include <QTemporaryDir>
#include <QTest>

namespace TwoBackends {

// In initTestCase_data().
inline void addRows()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("local cache") << false;
    QTest::newRow("team server") << true;
}

// In a test, init() or cleanup(): whether this row runs on the server.
inline bool onServer()
{
    QFETCH_GLOBAL(bool, server);
    return server;
}

// In initTestCase(): a new database of the store's, or the reason there is none (the server's
// rows then skip, or fail under TRADELEADS_REQUIRE_PG=1, in init()).
inline QString createDatabase(const QString& database)
{
    if (const QString reason = PgTestServer::unavailable(); !reason.isEmpty())
        return reason;
    PgTestServer::dropDatabase(database);
    const Status initialized = PgLeadStore::initialize(PgTestServer::location(database));
    return initialized ? QString() : initialized.errorMessage();
}

// Where this row's store is: a file in `dir`, or the server's database.
inline QString location(const QTemporaryDir& dir, const QString& database)
{
    return onServer() ? PgTestServer::location(database) : dir.filePath(QStringLiteral("cache.sqlite"));
}

} // namespace TwoBackends

// In init(): on the server's row, requires the server, then a database createDatabase() made
// (`problem` is what it returned), and empties its tables.
#define TWO_BACKENDS_INIT(database, problem)                                                               \
    do {                                                                                                   \
        if (TwoBackends::onServer()) {                                                                     \
            PG_TEST_SERVER_REQUIRED();                                                                     \
            QVERIFY2((problem).isEmpty(), qPrintable(problem));                                            \
            const QString emptied = PgTestServer::emptyTables(database);                                   \
            QVERIFY2(emptied.isEmpty(), qPrintable(emptied));                                              \
        }                                                                                                  \
    } while (false)
