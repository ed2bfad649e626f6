// libFuzzer target: the keyword box and `search QUERY`, through LeadFilter::ftsQuery.
//
// Its promise is that no input makes the query fail, so every result is run as an FTS5
// MATCH against a table made like the cache's lead_fts: SQLite is the judge.

#include "FuzzSupport.h"
#include "LeadFilter.h"

#include <sqlite3.h>

namespace {

sqlite3* searchIndex()
{
    static sqlite3* const db = [] {
        sqlite3* opened = nullptr;
        Fuzz::require(sqlite3_open(":memory:", &opened) == SQLITE_OK, "an in-memory database opens");
        const char* const setup = R"sql(
            CREATE VIRTUAL TABLE lead_fts USING fts5 (
                title, description, agency, location, solicitation_number,
                tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO lead_fts VALUES ('Road repair', 'Asphalt and concrete work', 'DOT', 'Huntsville, AL', 'W912-24');
            INSERT INTO lead_fts VALUES ('Café supplies', 'Coffee, "espresso" machines', 'GSA', 'Paris, FR', 'AB-1');
        )sql";
        Fuzz::require(sqlite3_exec(opened, setup, nullptr, nullptr, nullptr) == SQLITE_OK, "the index is made",
            QString::fromUtf8(sqlite3_errmsg(opened)));
        return opened;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString typed = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString query = LeadFilter::ftsQuery(typed);
    if (query.isEmpty())
        return 0;
    Fuzz::require(!query.contains(QChar(0)), "no NUL reaches FTS5 (it ends the query there)", query);

    sqlite3* const db = searchIndex();
    sqlite3_stmt* statement = nullptr;
    const int prepared
        = sqlite3_prepare_v2(db, "SELECT rowid FROM lead_fts WHERE lead_fts MATCH ?", -1, &statement, nullptr);
    Fuzz::require(prepared == SQLITE_OK, "the statement prepares");
    const QByteArray utf8 = query.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int step = SQLITE_ROW;
    while (step == SQLITE_ROW)
        step = sqlite3_step(statement);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    Fuzz::require(step == SQLITE_DONE, "FTS5 accepts every made-safe query",
        QStringLiteral("typed: %1\nquery: %2\nsqlite: %3").arg(typed, query, message));
    return 0;
}
