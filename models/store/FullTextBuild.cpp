#include "FullTextBuild.h"

#include "SqliteLeadStorePrivate.h"

#include <QFile>
#include <QRegularExpression>

namespace {

// FTS5 writes a segment each time its pending terms reach "hashsize" and merges segments as
// they pile up. A million leads' build in the sqlite3 shell: 16 MB as fast as 32 MB (26.2-27.3
// against 28.4 s) in 39 MB of memory instead of 64; 8 MB cost 0.4 s more at 200,000 leads.
constexpr char kHashSize[] = "INSERT INTO main.lead_fts (lead_fts, rank) VALUES ('hashsize', 16777216)";
// Merged sixteen segments at a time instead of four: each merge rewrites what it merges.
// Set on the scratch table alone: the cache's index keeps its own setting.
constexpr char kAutomerge[] = "INSERT INTO main.lead_fts (lead_fts, rank) VALUES ('automerge', 16)";
// The scratch file's pages are written once and read once by the cache: no journal, no sync.
const char* const kScratchPragmas[] = {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                       "PRAGMA cache_size = -8192", "PRAGMA temp_store = FILE"};

} // namespace

FullTextBuild::FullTextBuild(QString cachePath, QString definition)
    : m_cachePath(std::move(cachePath)), m_scratchPath(scratchPath(m_cachePath)), m_definition(std::move(definition))
{
}

FullTextBuild::~FullTextBuild()
{
    stop();
    (void)wait();
    if (m_handle)
        sqlite3_close(m_handle);
}

QString FullTextBuild::scratchPath(const QString& cachePath)
{
    return cachePath + QStringLiteral(".fts-build");
}

const char* FullTextBuild::columns()
{
    return "title, description, agency, location, solicitation_number";
}

Error FullTextBuild::failure(const QString& what) const
{
    return Error{SqliteMessages::tr("Cache error while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_handle)))};
}

Status FullTextBuild::exec(const char* sql, const QString& what)
{
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return Done{};
    return failure(what);
}

Status FullTextBuild::prepare()
{
    const QString what = SqliteMessages::tr("preparing the full-text index's rebuild");
    QFile::remove(m_scratchPath);
    // The same index with no content table: FTS5 indexes the values it is given.
    static const QRegularExpression contentTable(QStringLiteral("content\\s*=\\s*'lead'\\s*,\\s*content_rowid\\s*=\\s*'id'"));
    QString definition = m_definition;
    if (definition.replace(contentTable, QStringLiteral("content = ''")) == m_definition)
        return Error{SqliteMessages::tr("Cache error while %1: the full-text index has an unknown form").arg(what)};
    const QByteArray path = m_scratchPath.toUtf8();
    if (sqlite3_open_v2(path.constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        return failure(what);
    }
    // The cache is read as a reader of its WAL: the writer holds it only briefly at a commit.
    sqlite3_busy_timeout(m_handle, 10000);
    for (const char* pragma : kScratchPragmas) {
        if (auto status = exec(pragma, what); !status)
            return status;
    }
    if (auto status = exec(definition.toUtf8().constData(), what); !status)
        return status;
    sqlite3_stmt* attach = nullptr;
    sqlite3_prepare_v2(m_handle, "ATTACH ?1 AS cache", -1, &attach, nullptr);
    const QByteArray cache = m_cachePath.toUtf8();
    sqlite3_bind_text(attach, 1, cache.constData(), int(cache.size()), SQLITE_STATIC);
    const int attached = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (attached != SQLITE_DONE)
        return failure(what);
    sqlite3_progress_handler(
        m_handle, 20000, [](void* stopped) { return static_cast<std::atomic<bool>*>(stopped)->load() ? 1 : 0; },
        &m_stopped);
    return Done{};
}

void FullTextBuild::start()
{
    m_thread = std::thread([this] { m_outcome = run(); });
}

Status FullTextBuild::run()
{
    // A build that starts after a stop ends at once.
    if (m_stopped)
        return Error{SqliteMessages::tr("Cache error while %1: stopped").arg(SqliteMessages::tr("rebuilding the full-text index"))};
    const QString what = SqliteMessages::tr("rebuilding the full-text index");
    const QByteArray fill = QByteArrayLiteral("INSERT INTO main.lead_fts (rowid, ") + columns() + ") SELECT id, " + columns()
                            + " FROM cache.lead ORDER BY id";
    for (const char* step : {"BEGIN", kHashSize, kAutomerge, fill.constData(), "COMMIT"}) {
        if (auto status = exec(step, what); !status) {
            (void)exec("ROLLBACK", what);
            return status;
        }
    }
    // Its memory (FTS5's pending terms, the page caches) is given back before the cache copies.
    sqlite3_close(m_handle);
    m_handle = nullptr;
    return Done{};
}

Status FullTextBuild::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_outcome;
}

void FullTextBuild::stop()
{
    m_stopped = true;
}
