// libFuzzer target: the keyword box and `search QUERY`, through LeadFilter::ftsQuery and
// KeywordQuery::tsquery (the team server's rendering of the same reading).
//
// Its promise is that no input makes the query fail, so every FTS5 result is run as a MATCH
// against a table made like the cache's lead_fts: SQLite is the judge. No PostgreSQL runs
// here: the tsquery text is checked against to_tsquery()'s grammar instead (tst_pgstore runs
// random input through the real server).

#include "FuzzSupport.h"
#include "KeywordQuery.h"
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

// to_tsquery()'s grammar as KeywordQuery writes it: operands joined by " & ", " | " or " & ! ";
// an operand is a lexeme or a parenthesised phrase of lexemes joined by " <-> "; a lexeme is
// quoted, with '' and \\ inside, never empty, optionally followed by ":*".
class TsqueryGrammar
{
public:
    explicit TsqueryGrammar(const QString& text) : m_text(text) {}

    QString check()
    {
        if (m_text.isEmpty())
            return {};
        if (QString problem = operand(); !problem.isEmpty())
            return problem;
        while (m_at < m_text.size()) {
            if (!take(QStringLiteral(" & ! ")) && !take(QStringLiteral(" & ")) && !take(QStringLiteral(" | ")))
                return QStringLiteral("an operator expected at %1").arg(m_at);
            if (QString problem = operand(); !problem.isEmpty())
                return problem;
        }
        return {};
    }

private:
    bool take(const QString& literal)
    {
        if (!QStringView(m_text).mid(m_at).startsWith(literal))
            return false;
        m_at += literal.size();
        return true;
    }

    QString lexeme()
    {
        if (!take(QStringLiteral("'")))
            return QStringLiteral("a quote expected at %1").arg(m_at);
        qsizetype length = 0;
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c == u'\'' || c == u'\\') {
                if (m_at + 1 < m_text.size() && m_text[m_at + 1] == c) {
                    m_at += 2;
                    ++length;
                    continue;
                }
                if (c == u'\\')
                    return QStringLiteral("a lone backslash at %1").arg(m_at);
                break;
            }
            if (c.isSpace() || !c.isLetterOrNumber())
                return QStringLiteral("a lexeme holds %1, which the index never does").arg(QString(c));
            ++m_at;
            ++length;
        }
        if (!take(QStringLiteral("'")))
            return QStringLiteral("an unterminated lexeme");
        if (length == 0)
            return QStringLiteral("an empty lexeme");
        take(QStringLiteral(":*"));
        return {};
    }

    QString operand()
    {
        if (!take(QStringLiteral("(")))
            return lexeme();
        if (QString problem = lexeme(); !problem.isEmpty())
            return problem;
        int words = 1;
        while (take(QStringLiteral(" <-> "))) {
            if (QString problem = lexeme(); !problem.isEmpty())
                return problem;
            ++words;
        }
        if (!take(QStringLiteral(")")))
            return QStringLiteral("a phrase not closed at %1").arg(m_at);
        return words >= 2 ? QString() : QStringLiteral("a phrase of one word in parentheses");
    }

    const QString m_text;
    qsizetype m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString typed = QString::fromUtf8(Fuzz::bytes(data, size));
    const QList<KeywordQuery::Token> tokens = KeywordQuery::parse(typed);
    const QString tsquery = KeywordQuery::tsquery(tokens);
    const QString grammar = TsqueryGrammar(tsquery).check();
    Fuzz::require(grammar.isEmpty(), "the tsquery text follows to_tsquery()'s grammar",
        QStringLiteral("typed: %1\ntsquery: %2\nproblem: %3").arg(typed, tsquery, grammar));
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
