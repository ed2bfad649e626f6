// SqliteLeadStore: the connection, transactions, the upsert of synced leads and the
// cache's own facts. The queries, the analyst's data and the sync log have files of their own.
#include "SqliteLeadStorePrivate.h"

#include "Clock.h"
#include "FileWriteback.h"
#include "UpsertRows.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>

#include <future>

namespace {

#define TRADELEADS_INSERT_LEAD \
    "INSERT INTO lead (source, source_id, title, description, description_url, notice_type, solicitation_number, " \
    "agency, sub_tier, office, country, location, industry, naics_code, classification_code, set_aside_code, " \
    "set_aside, posted_at, deadline_at, amended_at, value_min, value_max, currency, active, url, contacts, raw, " \
    "first_seen_at, last_seen_at, content_hash) " \
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, " \
    "?24, ?25, ?26, ?27, ?28, ?28, ?29)"

// A bulk load's insert, a row that is new to the cache: with no trigger and no ON CONFLICT,
// SQLite knows it writes one row or none and keeps no statement journal (a copy of each page
// the row touches, its own malloc per kilobyte: a third of the load's writer). A lead that is
// there already fails on its key and goes through the upsert.
const char* const kInsertSql = TRADELEADS_INSERT_LEAD;

const char* const kUpsertSql = TRADELEADS_INSERT_LEAD R"SQL(
ON CONFLICT (source, source_id) DO UPDATE SET
    title = excluded.title, description = COALESCE(excluded.description, lead.description),
    description_url = COALESCE(excluded.description_url, lead.description_url),
    notice_type = excluded.notice_type, solicitation_number = excluded.solicitation_number,
    agency = excluded.agency, sub_tier = excluded.sub_tier, office = excluded.office, country = excluded.country,
    location = excluded.location, industry = excluded.industry, naics_code = excluded.naics_code,
    classification_code = excluded.classification_code, set_aside_code = excluded.set_aside_code,
    set_aside = excluded.set_aside, posted_at = excluded.posted_at, deadline_at = excluded.deadline_at,
    amended_at = excluded.amended_at, value_min = excluded.value_min, value_max = excluded.value_max,
    currency = excluded.currency, active = excluded.active, url = excluded.url, contacts = excluded.contacts,
    raw = excluded.raw, last_seen_at = excluded.last_seen_at, content_hash = excluded.content_hash
WHERE lead.content_hash <> excluded.content_hash
)SQL";
#undef TRADELEADS_INSERT_LEAD

// A new cache's pages are SQLite's largest (an existing one keeps its own). Each rebuilt index
// reads the whole lead table, and a lead's row is several kilobytes: 4 KB pages meant 2.3
// million `pread`s in a 200,000-lead import, the kernel's share of it about as much as the
// writer's own work. Measured, that import: 19.2 and 18.4 s with 4 KB pages, 14.4 with 16 KB,
// 13.5 and 12.3 with 64 KB; the file is no larger.
const char* const kNewCachePageSize = "PRAGMA page_size = 65536";

const char* const kTouchSql = "UPDATE lead SET last_seen_at = ?1 WHERE source = ?2 AND source_id = ?3";
// An attachment stays listed when a later version of its lead no longer links to it: the
// analyst may have read it.
const char* const kAttachmentLinkSql
    = "INSERT OR IGNORE INTO attachment (lead_id, url) SELECT id, ?3 FROM lead WHERE source = ?1 AND source_id = ?2";
// A lead just inserted is known by its id: no look-up in the lead key per link.
const char* const kAttachmentLinkByIdSql = "INSERT OR IGNORE INTO attachment (lead_id, url) VALUES (?1, ?2)";

// The caches open in this process, with the thread each connection belongs to: a Qt SQL
// connection is used on the thread that opened it only, so damage met on a thread was met on
// one of its caches (nearly always its only one).
struct OpenCache
{
    QString path;
    QThread* thread = nullptr;
};

QMutex openCachesMutex;
QHash<sqlite3*, OpenCache> openCaches;

void requireFullCheckOfThisThreadsCaches(const QString& why)
{
    QStringList paths;
    {
        const QMutexLocker locker(&openCachesMutex);
        for (const OpenCache& cache : std::as_const(openCaches)) {
            if (cache.thread == QThread::currentThread() && !paths.contains(cache.path))
                paths.append(cache.path);
        }
    }
    for (const QString& path : std::as_const(paths))
        SqliteLeadStore::requireFullCheck(path, why);
}

// SQLite logs each corruption it meets, on the thread that met it, whatever the caller then
// does with the error. Installed before main(), as SQLite takes its log before its first use.
void logDamage(void*, int code, const char* message)
{
    if (isDamage(code))
        requireFullCheckOfThisThreadsCaches(QString::fromUtf8(message));
}

[[maybe_unused]] const bool kDamageLogInstalled = sqlite3_config(SQLITE_CONFIG_LOG, logDamage, nullptr) == SQLITE_OK;
// SQLite counts its memory by default, under a process-wide lock taken at each of its
// allocations and frees: 3% of a sync's writer went to that lock. Nothing here reads the counts.
[[maybe_unused]] const bool kMemoryCountsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

} // namespace

bool isDamage(int sqliteCode)
{
    return (sqliteCode & 0xff) == SQLITE_CORRUPT || (sqliteCode & 0xff) == SQLITE_NOTADB;
}

void rememberOpenCache(sqlite3* handle, const QString& path)
{
    const QMutexLocker locker(&openCachesMutex);
    openCaches.insert(handle, {path, QThread::currentThread()});
}

void forgetOpenCache(sqlite3* handle)
{
    const QMutexLocker locker(&openCachesMutex);
    openCaches.remove(handle);
}

Error sqlError(const QString& what, const QSqlError& error)
{
    const QString message = SqliteMessages::tr("Cache error while %1: %2").arg(what, error.text());
    bool isNumber = false;
    if (const int code = error.nativeErrorCode().toInt(&isNumber); isNumber && isDamage(code))
        requireFullCheckOfThisThreadsCaches(message);
    return Error{message};
}

QString SqliteLeadStore::checkNeededPath(const QString& path)
{
    return path + QStringLiteral(".check-needed");
}

void SqliteLeadStore::requireFullCheck(const QString& path, const QString& why)
{
    if (path.isEmpty() || path.startsWith(u':') || QFileInfo::exists(checkNeededPath(path)))
        return;
    QFile marker(checkNeededPath(path));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(QStringLiteral("%1 %2\n").arg(Clock::nowUtc().toString(Qt::ISODate), why).toUtf8());
        marker.close();
    }
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
}

SqliteLeadStore::SqliteLeadStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

SqliteLeadStore::~SqliteLeadStore() = default;

Result<std::unique_ptr<SqliteLeadStore>> SqliteLeadStore::open(const QString& path)
{
    auto d = std::make_unique<Private>();
    d->path = path;
    d->connectionName = QStringLiteral("leadstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error { SqliteMessages::tr("Cannot create the folder for the cache %1").arg(info.absolutePath()) };
    if (info.exists() && !info.isFile())
        return Error { SqliteMessages::tr("The cache path %1 is not a file").arg(path) };

    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db.open())
        return Error { SqliteMessages::tr("Cannot open the cache %1: %2").arg(path, d->db.lastError().text()) };

    const QVariant handle = d->db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { SqliteMessages::tr("The SQLite driver gave no handle for %1").arg(path) };
    d->handle = *static_cast<sqlite3* const*>(handle.constData());
    rememberOpenCache(d->handle, path);

    // A file that is not SQLite fails here, before anything is written to it; one at a schema
    // of ours must hold the cache's tables (the structure check at open reads only its header).
    {
        QSqlQuery probe(d->db);
        if (!probe.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")))
            return Error { SqliteMessages::tr("%1 is not a Trade Leads cache: %2").arg(path, probe.lastError().text()) };
        QStringList tables;
        while (probe.next())
            tables.append(probe.value(0).toString());
        QSqlQuery version(d->db);
        const bool versioned = version.exec(QStringLiteral("PRAGMA user_version")) && version.next() && version.value(0).toInt() > 0;
        for (const QString& table : cacheTables()) {
            if (versioned && !tables.contains(table))
                return Error { SqliteMessages::tr("%1 is not a Trade Leads cache: it has no table %2").arg(path, table) };
        }
    }
    for (const char* pragma : {kNewCachePageSize, "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", kCacheSizePragma}) {
        if (auto status = d->execRaw(pragma, SqliteMessages::tr("configuring the cache")); !status)
            return status.error();
    }

    if (auto status = d->migrate(); !status)
        return status.error();
    if (auto status = d->completeInterruptedBulkLoad(); !status)
        return status.error();

    return std::unique_ptr<SqliteLeadStore>(new SqliteLeadStore(std::move(d)));
}

SqliteLeadStore::Private::~Private()
{
    if (handle)
        forgetOpenCache(handle);
    sqlite3_finalize(upsert);
    sqlite3_finalize(insert);
    sqlite3_finalize(touch);
    sqlite3_finalize(attachmentLink);
    sqlite3_finalize(attachmentLinkById);
    if (db.isValid()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
}

Status SqliteLeadStore::Private::prepareWriteStatements()
{
    // At the first write, not at open: compiling the upsert with every trigger it fires took a
    // millisecond of each read-only command.
    if (upsert)
        return Done{};
    const QString what = SqliteMessages::tr("preparing the lead upsert");
    if (sqlite3_prepare_v3(handle, kUpsertSql, -1, SQLITE_PREPARE_PERSISTENT, &upsert, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(handle, kInsertSql, -1, SQLITE_PREPARE_PERSISTENT, &insert, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(handle, kTouchSql, -1, SQLITE_PREPARE_PERSISTENT, &touch, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(handle, kAttachmentLinkSql, -1, SQLITE_PREPARE_PERSISTENT, &attachmentLink, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(handle, kAttachmentLinkByIdSql, -1, SQLITE_PREPARE_PERSISTENT, &attachmentLinkById, nullptr)
            != SQLITE_OK) {
        const Error error = rawError(what);
        for (sqlite3_stmt** statement : { &upsert, &insert, &touch, &attachmentLink, &attachmentLinkById }) {
            sqlite3_finalize(*statement);
            *statement = nullptr;
        }
        return error;
    }
    return Done{};
}

void SqliteLeadStore::setLifetime(Lifetime lifetime)
{
    d->cacheSizePragma = lifetime == Lifetime::OneCommand ? kOneCommandCacheSizePragma : kCacheSizePragma;
    (void)d->execRaw(d->cacheSizePragma, SqliteMessages::tr("configuring the cache"));
}

int SqliteLeadStore::schemaVersion() const
{
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString SqliteLeadStore::path() const
{
    return d->path;
}

sqlite3* SqliteLeadStore::sqliteHandle() const
{
    return d->handle;
}

QSqlDatabase SqliteLeadStore::database() const
{
    return d->db;
}

Status SqliteLeadStore::beginTransaction()
{
    if (auto status = d->execRaw("BEGIN IMMEDIATE", SqliteMessages::tr("starting a transaction")); !status)
        return status;
    d->inTransaction = true;
    return Done{};
}

Status SqliteLeadStore::commit()
{
    auto status = d->execRaw("COMMIT", SqliteMessages::tr("committing"));
    if (status)
        d->inTransaction = false;
    return status;
}

void SqliteLeadStore::rollback()
{
    if (sqlite3_get_autocommit(d->handle) == 0)
        (void)d->execRaw("ROLLBACK", SqliteMessages::tr("rolling back"));
    d->inTransaction = false;
}

namespace {

void bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindDouble(sqlite3_stmt* statement, int index, const std::optional<double>& value)
{
    if (value)
        sqlite3_bind_double(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

// Rows encoded per handful: the next handful on a second thread while this one is stored,
// in an upsert of an import's batch or more. A sync's pages (at most 1,000 leads) wait for the
// network, not for the writer, and the second thread only took CPU from the window's thread
// (a 50,000-lead sync's longest stall: 23–28 → 39 ms).
constexpr qsizetype kEncodedRowsAhead = 256;
constexpr qsizetype kEncodeAheadFrom = 2000;

} // namespace

Result<UpsertStats> SqliteLeadStore::upsert(const QList<Lead>& leads)
{
    if (auto prepared = d->prepareWriteStatements(); !prepared)
        return prepared.error();
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status.error();
    }
    auto fail = [&](const Lead& lead) -> Result<UpsertStats> {
        Error error = d->rawError(SqliteMessages::tr("storing %1 lead %2").arg(lead.source, lead.sourceId));
        sqlite3_clear_bindings(d->upsert);
        sqlite3_clear_bindings(d->insert);
        if (ownTransaction)
            rollback();
        return error;
    };
    UpsertStats stats;
    const QByteArray now = Clock::nowUtcText().toUtf8();
    // In a bulk load, a lead is first inserted (kInsertSql), as most are new.
    const bool insertFirst = d->bulkLock != nullptr;
    std::future<QList<UpsertRow>> ahead;
    QList<UpsertRow> spent; // rows stored, freed by the thread that encodes the next ones
    for (qsizetype from = 0; from < leads.size(); from += kEncodedRowsAhead) {
        const qsizetype to = qMin(from + kEncodedRowsAhead, leads.size());
        QList<UpsertRow> rows = ahead.valid() ? ahead.get() : UpsertRows::encode(leads, from, to);
        if (to < leads.size() && leads.size() >= kEncodeAheadFrom) {
            ahead = std::async(std::launch::async,
                               [&leads, to, end = qMin(to + kEncodedRowsAhead, leads.size()),
                                gone = std::exchange(spent, {})]() mutable {
                                   gone = {};
                                   return UpsertRows::encode(leads, to, end);
                               });
        }
        for (qsizetype i = from; i < to; ++i) {
            const Lead& lead = leads.at(i);
            const UpsertRow& row = rows.at(i - from);
            auto bind = [&](sqlite3_stmt* s) {
                for (size_t t = 0; t < row.text.size(); ++t) {
                    const QByteArray& text = row.text[t];
                    if (text.isEmpty())
                        sqlite3_bind_null(s, UpsertRows::kTextParameters[t]);
                    else
                        sqlite3_bind_text(s, UpsertRows::kTextParameters[t], text.constData(), int(text.size()), SQLITE_STATIC);
                }
                bindDouble(s, 21, lead.valueMin);
                bindDouble(s, 22, lead.valueMax);
                if (lead.active)
                    sqlite3_bind_int(s, 24, *lead.active ? 1 : 0);
                else
                    sqlite3_bind_null(s, 24);
                sqlite3_bind_text(s, 28, now.constData(), int(now.size()), SQLITE_STATIC);
            };

            // An insert sets the connection's last rowid; an update leaves it at the 0 set here.
            sqlite3_set_last_insert_rowid(d->handle, 0);
            int rc = SQLITE_CONSTRAINT_UNIQUE;
            if (insertFirst) {
                bind(d->insert);
                rc = sqlite3_step(d->insert);
                if (rc != SQLITE_DONE)
                    rc = sqlite3_extended_errcode(d->handle); // a lead already there fails on its key
                sqlite3_reset(d->insert);
            }
            if (rc == SQLITE_CONSTRAINT_UNIQUE) {
                bind(d->upsert);
                rc = sqlite3_step(d->upsert);
                sqlite3_reset(d->upsert);
            }
            if (rc != SQLITE_DONE)
                return fail(lead);
            if (sqlite3_changes(d->handle) == 0) {
                ++stats.unchanged;
                sqlite3_stmt* t = d->touch;
                sqlite3_bind_text(t, 1, now.constData(), int(now.size()), SQLITE_STATIC);
                bindText(t, 2, lead.source);
                bindText(t, 3, lead.sourceId);
                const int touched = sqlite3_step(t);
                sqlite3_reset(t);
                if (touched != SQLITE_DONE)
                    return fail(lead);
                continue;
            }
            const qint64 insertedId = sqlite3_last_insert_rowid(d->handle);
            if (insertedId != 0)
                ++stats.inserted;
            else
                ++stats.updated;
            for (const QString& url : lead.attachmentUrls) {
                sqlite3_stmt* a = insertedId != 0 ? d->attachmentLinkById : d->attachmentLink;
                if (insertedId != 0) {
                    sqlite3_bind_int64(a, 1, insertedId);
                    bindText(a, 2, url);
                } else {
                    bindText(a, 1, lead.source);
                    bindText(a, 2, lead.sourceId);
                    bindText(a, 3, url);
                }
                const int listed = sqlite3_step(a);
                sqlite3_reset(a);
                if (listed != SQLITE_DONE)
                    return fail(lead);
            }
        }
        // Each lead binds every parameter afresh: none is read from these rows again.
        spent = std::move(rows);
    }
    // The parameters point into rows that are gone.
    sqlite3_clear_bindings(d->upsert);
    sqlite3_clear_bindings(d->insert);
    sqlite3_clear_bindings(d->touch);
    if (ownTransaction) {
        if (auto status = commit(); !status) {
            rollback();
            return status.error();
        }
    }
    return stats;
}

StatementInterrupt::StatementInterrupt(sqlite3* handle, const std::function<bool()>& replaced)
    : m_handle(handle), m_replaced(replaced)
{
    if (!m_replaced)
        return;
    // SQLite asks every 20,000 virtual machine steps (well under a millisecond).
    sqlite3_progress_handler(
        m_handle, 20000, [](void* check) { return (*static_cast<std::function<bool()>*>(check))() ? 1 : 0; },
        &m_replaced);
}

StatementInterrupt::~StatementInterrupt()
{
    if (m_replaced)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

Status SqliteLeadStore::setDescription(const QString& source, const QString& sourceId, const QString& description)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE lead SET description = ? WHERE source = ? AND source_id = ?"));
    query.addBindValue(description);
    query.addBindValue(source);
    query.addBindValue(sourceId);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("saving a description"), query.lastError());
    return Done{};
}
