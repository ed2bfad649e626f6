#include "SqliteLeadStore.h"
#include "Clock.h"

#include "LeadFilter.h"
#include "SqliteFilterQuery.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

// Each entry brings the schema from version N to N+1; entries are never edited once released.
const char* const kMigrations[] = {
    // 0 -> 1: the whole first schema.
    R"SQL(
CREATE TABLE lead (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    title TEXT,
    notice_type TEXT,
    solicitation_number TEXT,
    agency TEXT,
    sub_tier TEXT,
    office TEXT,
    country TEXT,
    location TEXT,
    industry TEXT,
    naics_code TEXT,
    classification_code TEXT,
    set_aside_code TEXT,
    set_aside TEXT,
    posted_at TEXT,
    deadline_at TEXT,
    amended_at TEXT,
    value_min REAL,
    value_max REAL,
    currency TEXT,
    active INTEGER,
    url TEXT,
    description_url TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    -- The large columns last: a row's small columns are then read without its overflow pages.
    contacts TEXT,
    description TEXT,
    raw TEXT,
    UNIQUE (source, source_id)
);
CREATE INDEX lead_deadline ON lead (deadline_at);
-- Soonest first with undated leads last (a blob sorts after every date), covering the
-- columns the default "open" list filters on: the first screen of a million leads is one range scan.
CREATE INDEX lead_deadline_open ON lead (COALESCE(deadline_at, x''), source, active);
CREATE INDEX lead_posted ON lead (posted_at);
-- Narrow enough to scan a million rows for facets and counts without touching the rows.
CREATE INDEX lead_browse ON lead (source, country, set_aside_code, notice_type, deadline_at, active, industry);

CREATE VIRTUAL TABLE lead_fts USING fts5 (
    title, description, agency, location, solicitation_number,
    content = 'lead', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER lead_fts_insert AFTER INSERT ON lead BEGIN
    INSERT INTO lead_fts (rowid, title, description, agency, location, solicitation_number)
    VALUES (new.id, new.title, new.description, new.agency, new.location, new.solicitation_number);
END;
CREATE TRIGGER lead_fts_delete AFTER DELETE ON lead BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, title, description, agency, location, solicitation_number)
    VALUES ('delete', old.id, old.title, old.description, old.agency, old.location, old.solicitation_number);
END;
CREATE TRIGGER lead_fts_update AFTER UPDATE OF title, description, agency, location, solicitation_number ON lead BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, title, description, agency, location, solicitation_number)
    VALUES ('delete', old.id, old.title, old.description, old.agency, old.location, old.solicitation_number);
    INSERT INTO lead_fts (rowid, title, description, agency, location, solicitation_number)
    VALUES (new.id, new.title, new.description, new.agency, new.location, new.solicitation_number);
END;

CREATE TABLE lead_version (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    raw TEXT,
    content_hash TEXT,
    replaced_at TEXT NOT NULL
);
CREATE INDEX lead_version_lead ON lead_version (lead_id);
-- The previous record is kept whenever a source changes a lead's content (an amendment).
CREATE TRIGGER lead_keep_version BEFORE UPDATE OF content_hash ON lead
WHEN old.content_hash <> new.content_hash BEGIN
    INSERT INTO lead_version (lead_id, raw, content_hash, replaced_at)
    VALUES (old.id, old.raw, old.content_hash, new.last_seen_at);
END;

-- User data is keyed by (source, source_id), not by lead row, so sync can never overwrite it.
CREATE TABLE lead_user (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    notes TEXT,
    tags TEXT,
    seen_at TEXT,
    updated_at TEXT,
    PRIMARY KEY (source, source_id)
);

CREATE TABLE saved_search (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL,
    notify INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_viewed_at TEXT,
    last_count INTEGER
);

CREATE TABLE sync_run (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    outcome TEXT,
    error TEXT
);

CREATE TABLE sync_state (
    source TEXT PRIMARY KEY,
    high_water TEXT,
    cursor TEXT,
    updated_at TEXT
);

CREATE TABLE cache_info (
    key TEXT PRIMARY KEY,
    value TEXT
);
)SQL",
    // 1 -> 2: an index per column the table sorts by, ordered as LeadFilter sorts (the column,
    // then deadline, source, active, id) and holding what the "open" list filters on, so
    // the first screen of a million leads sorted by any of them is one index walk.
    R"SQL(
CREATE INDEX lead_sort_title ON lead (title, deadline_at, source, active);
CREATE INDEX lead_sort_agency ON lead (agency, deadline_at, source, active);
CREATE INDEX lead_sort_country ON lead (country, deadline_at, source, active);
CREATE INDEX lead_sort_notice_type ON lead (notice_type, deadline_at, source, active);
CREATE INDEX lead_sort_set_aside_code ON lead (set_aside_code, deadline_at, source, active);
CREATE INDEX lead_sort_naics_code ON lead (naics_code, deadline_at, source, active);
CREATE INDEX lead_sort_value_max ON lead (value_max, deadline_at, source, active);
CREATE INDEX lead_sort_source ON lead (source, deadline_at, active);
DROP INDEX lead_posted;
CREATE INDEX lead_sort_posted_at ON lead (posted_at, deadline_at, source, active);
)SQL",
};

constexpr int kSchemaVersion = int(std::size(kMigrations));

const char* const kUpsertSql = R"SQL(
INSERT INTO lead (source, source_id, title, description, description_url, notice_type, solicitation_number,
    agency, sub_tier, office, country, location, industry, naics_code, classification_code, set_aside_code,
    set_aside, posted_at, deadline_at, amended_at, value_min, value_max, currency, active, url, contacts, raw,
    first_seen_at, last_seen_at, content_hash)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,
    ?24, ?25, ?26, ?27, ?28, ?28, ?29)
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

const char* const kTouchSql = "UPDATE lead SET last_seen_at = ?1 WHERE source = ?2 AND source_id = ?3";

// The columns storedLeadFrom() reads. A listing leaves out the large ones (description,
// contacts, raw), which live in a row's overflow pages: a screen of the table then reads a
// page or two per lead instead of several.
QString selectColumns(LeadStore::Detail detail = LeadStore::Detail::Full)
{
    const bool full = detail == LeadStore::Detail::Full;
    return QStringLiteral(
               "l.id, l.source, l.source_id, l.title, %1, l.description_url, l.notice_type, "
               "l.solicitation_number, l.agency, l.sub_tier, l.office, l.country, l.location, l.industry, l.naics_code, "
               "l.classification_code, l.set_aside_code, l.set_aside, l.posted_at, l.deadline_at, l.amended_at, "
               "l.value_min, l.value_max, l.currency, l.active, l.url, %2, %3, l.first_seen_at, "
               "l.last_seen_at, l.content_hash, COALESCE(u.starred, 0), u.status, u.notes, u.tags, "
               "(SELECT COUNT(*) FROM lead_version v WHERE v.lead_id = l.id)")
        .arg(full ? QStringLiteral("l.description") : QStringLiteral("NULL"),
             full ? QStringLiteral("l.contacts") : QStringLiteral("NULL"),
             full ? QStringLiteral("l.raw") : QStringLiteral("NULL"));
}

QString fromJoin()
{
    return QStringLiteral(" FROM lead l LEFT JOIN lead_user u ON u.source = l.source AND u.source_id = l.source_id");
}

std::optional<double> optionalDouble(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

StoredLead storedLeadFrom(const QSqlQuery& query)
{
    StoredLead row;
    int c = 0;
    row.id = query.value(c++).toLongLong();
    Lead& lead = row.lead;
    lead.source = query.value(c++).toString();
    lead.sourceId = query.value(c++).toString();
    lead.title = query.value(c++).toString();
    lead.description = query.value(c++).toString();
    lead.descriptionUrl = query.value(c++).toString();
    lead.noticeType = query.value(c++).toString();
    lead.solicitationNumber = query.value(c++).toString();
    lead.agency = query.value(c++).toString();
    lead.subTier = query.value(c++).toString();
    lead.office = query.value(c++).toString();
    lead.country = query.value(c++).toString();
    lead.location = query.value(c++).toString();
    lead.industry = query.value(c++).toString();
    lead.naicsCode = query.value(c++).toString();
    lead.classificationCode = query.value(c++).toString();
    lead.setAsideCode = query.value(c++).toString();
    lead.setAside = query.value(c++).toString();
    lead.postedAt = query.value(c++).toString();
    lead.deadlineAt = query.value(c++).toString();
    lead.amendedAt = query.value(c++).toString();
    lead.valueMin = optionalDouble(query.value(c++));
    lead.valueMax = optionalDouble(query.value(c++));
    lead.currency = query.value(c++).toString();
    const QVariant active = query.value(c++);
    if (!active.isNull())
        lead.active = active.toInt() != 0;
    lead.url = query.value(c++).toString();
    lead.contacts = QJsonDocument::fromJson(query.value(c++).toByteArray()).array();
    lead.raw = query.value(c++).toByteArray();
    row.firstSeenAt = query.value(c++).toString();
    row.lastSeenAt = query.value(c++).toString();
    row.contentHash = query.value(c++).toString();
    row.starred = query.value(c++).toInt() != 0;
    row.status = query.value(c++).toString();
    row.notes = query.value(c++).toString();
    row.tags = query.value(c++).toString();
    row.versions = query.value(c++).toInt();
    return row;
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error { Messages::tr("Cache error while %1: %2").arg(what, error.text()) };
}

} // namespace

struct SqliteLeadStore::Private
{
    QString connectionName;
    QString path;
    QSqlDatabase db;
    sqlite3* handle = nullptr;
    sqlite3_stmt* upsert = nullptr;
    sqlite3_stmt* touch = nullptr;
    bool inTransaction = false;

    ~Private()
    {
        sqlite3_finalize(upsert);
        sqlite3_finalize(touch);
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    Status exec(const QString& sql, const QString& what)
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return sqlError(what, query.lastError());
        return Done{};
    }

    Status execRaw(const char* sql, const QString& what)
    {
        char* message = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
            sqlite3_free(message);
            return Error { Messages::tr("Cache error while %1: %2").arg(what, text) };
        }
        return Done{};
    }

    Error rawError(const QString& what) const
    {
        return Error { Messages::tr("Cache error while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(handle))) };
    }
};

SqliteLeadStore::SqliteLeadStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

SqliteLeadStore::~SqliteLeadStore() = default;

int SqliteLeadStore::currentSchemaVersion()
{
    return kSchemaVersion;
}

Result<std::unique_ptr<SqliteLeadStore>> SqliteLeadStore::open(const QString& path)
{
    auto d = std::make_unique<Private>();
    d->path = path;
    d->connectionName = QStringLiteral("leadstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error { Messages::tr("Cannot create the folder for the cache %1").arg(info.absolutePath()) };
    if (info.exists() && !info.isFile())
        return Error { Messages::tr("The cache path %1 is not a file").arg(path) };

    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db.open())
        return Error { Messages::tr("Cannot open the cache %1: %2").arg(path, d->db.lastError().text()) };

    const QVariant handle = d->db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { Messages::tr("The SQLite driver gave no handle for %1").arg(path) };
    d->handle = *static_cast<sqlite3* const*>(handle.constData());

    // A file that is not SQLite fails here, before anything is written to it.
    {
        QSqlQuery probe(d->db);
        if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
            return Error { Messages::tr("%1 is not a Trade Leads cache: %2").arg(path, probe.lastError().text()) };
    }
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) {
        if (auto status = d->execRaw(pragma, Messages::tr("configuring the cache")); !status)
            return status.error();
    }

    QSqlQuery versionQuery(d->db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return sqlError(Messages::tr("reading the schema version"), versionQuery.lastError());
    int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (version > kSchemaVersion)
        return Error { Messages::tr("The cache %1 was written by a newer Trade Leads (schema %2, this one knows %3)")
                           .arg(path)
                           .arg(version)
                           .arg(kSchemaVersion) };
    while (version < kSchemaVersion) {
        if (auto status = d->execRaw("BEGIN IMMEDIATE", Messages::tr("upgrading the cache")); !status)
            return status.error();
        auto step = d->execRaw(kMigrations[version], Messages::tr("upgrading the cache to schema %1").arg(version + 1));
        if (step) {
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(version + 1);
            step = d->execRaw(bump.constData(), Messages::tr("upgrading the cache"));
        }
        if (!step) {
            (void)d->execRaw("ROLLBACK", Messages::tr("upgrading the cache"));
            return step.error();
        }
        if (auto status = d->execRaw("COMMIT", Messages::tr("upgrading the cache")); !status)
            return status.error();
        ++version;
    }

    if (sqlite3_prepare_v3(d->handle, kUpsertSql, -1, SQLITE_PREPARE_PERSISTENT, &d->upsert, nullptr) != SQLITE_OK)
        return d->rawError(Messages::tr("preparing the lead upsert"));
    if (sqlite3_prepare_v3(d->handle, kTouchSql, -1, SQLITE_PREPARE_PERSISTENT, &d->touch, nullptr) != SQLITE_OK)
        return d->rawError(Messages::tr("preparing the lead upsert"));
    return std::unique_ptr<SqliteLeadStore>(new SqliteLeadStore(std::move(d)));
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
    if (auto status = d->execRaw("BEGIN IMMEDIATE", Messages::tr("starting a transaction")); !status)
        return status;
    d->inTransaction = true;
    return Done{};
}

Status SqliteLeadStore::commit()
{
    auto status = d->execRaw("COMMIT", Messages::tr("committing"));
    if (status)
        d->inTransaction = false;
    return status;
}

void SqliteLeadStore::rollback()
{
    if (sqlite3_get_autocommit(d->handle) == 0)
        (void)d->execRaw("ROLLBACK", Messages::tr("rolling back"));
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

void bindBytes(sqlite3_stmt* statement, int index, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindDouble(sqlite3_stmt* statement, int index, const std::optional<double>& value)
{
    if (value)
        sqlite3_bind_double(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

} // namespace

Result<UpsertStats> SqliteLeadStore::upsert(const QList<Lead>& leads)
{
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status.error();
    }
    UpsertStats stats;
    const QByteArray now = Clock::nowUtcText().toUtf8();
    sqlite3_stmt* s = d->upsert;
    for (const Lead& lead : leads) {
        bindText(s, 1, lead.source);
        bindText(s, 2, lead.sourceId);
        bindText(s, 3, lead.title);
        bindText(s, 4, lead.description);
        bindText(s, 5, lead.descriptionUrl);
        bindText(s, 6, lead.noticeType);
        bindText(s, 7, lead.solicitationNumber);
        bindText(s, 8, lead.agency);
        bindText(s, 9, lead.subTier);
        bindText(s, 10, lead.office);
        bindText(s, 11, lead.country);
        bindText(s, 12, lead.location);
        bindText(s, 13, lead.industry);
        bindText(s, 14, lead.naicsCode);
        bindText(s, 15, lead.classificationCode);
        bindText(s, 16, lead.setAsideCode);
        bindText(s, 17, lead.setAside);
        bindText(s, 18, lead.postedAt);
        bindText(s, 19, lead.deadlineAt);
        bindText(s, 20, lead.amendedAt);
        bindDouble(s, 21, lead.valueMin);
        bindDouble(s, 22, lead.valueMax);
        bindText(s, 23, lead.currency);
        if (lead.active)
            sqlite3_bind_int(s, 24, *lead.active ? 1 : 0);
        else
            sqlite3_bind_null(s, 24);
        bindText(s, 25, lead.url);
        bindBytes(s, 26, lead.contacts.isEmpty() ? QByteArray() : QJsonDocument(lead.contacts).toJson(QJsonDocument::Compact));
        bindBytes(s, 27, lead.raw);
        sqlite3_bind_text(s, 28, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        const QByteArray hash = lead.contentHash();
        sqlite3_bind_text(s, 29, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);

        // An insert sets the connection's last rowid; an update leaves it at the 0 set here.
        sqlite3_set_last_insert_rowid(d->handle, 0);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            Error error = d->rawError(Messages::tr("storing %1 lead %2").arg(lead.source, lead.sourceId));
            if (ownTransaction)
                rollback();
            return error;
        }
        if (sqlite3_changes(d->handle) == 0) {
            ++stats.unchanged;
            sqlite3_stmt* t = d->touch;
            sqlite3_bind_text(t, 1, now.constData(), int(now.size()), SQLITE_TRANSIENT);
            bindText(t, 2, lead.source);
            bindText(t, 3, lead.sourceId);
            const int touched = sqlite3_step(t);
            sqlite3_reset(t);
            if (touched != SQLITE_DONE) {
                Error error = d->rawError(Messages::tr("storing %1 lead %2").arg(lead.source, lead.sourceId));
                if (ownTransaction)
                    rollback();
                return error;
            }
        } else if (sqlite3_last_insert_rowid(d->handle) != 0) {
            ++stats.inserted;
        } else {
            ++stats.updated;
        }
    }
    if (ownTransaction) {
        if (auto status = commit(); !status) {
            rollback();
            return status.error();
        }
    }
    return stats;
}

namespace {

// Binds values in order from the first placeholder.
void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
}

// Past this many matches, walking an index in order beats reading each match by id.
SqliteFilterQuery::KeywordPlan keywordPlan(const QSqlDatabase& db, const LeadFilter& filter)
{
    constexpr int kManyMatches = 2000;
    const QString fts = LeadFilter::ftsQuery(filter.text);
    if (fts.isEmpty())
        return SqliteFilterQuery::KeywordPlan::Lookup;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? LIMIT %1)")
                      .arg(kManyMatches));
    query.addBindValue(fts);
    if (!query.exec() || !query.next())
        return SqliteFilterQuery::KeywordPlan::Lookup; // the real query reports the error
    return query.value(0).toInt() >= kManyMatches ? SqliteFilterQuery::KeywordPlan::Scan
                                                  : SqliteFilterQuery::KeywordPlan::Lookup;
}

Status appendIds(const QSqlDatabase& db, const SqliteFilterQuery& compiled, int limit, QList<qint64>& ids)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString limitClause = limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    if (!query.prepare(QStringLiteral("SELECT l.id") + compiled.from() + compiled.where() + compiled.orderBy() + limitClause))
        return sqlError(Messages::tr("preparing the lead list"), query.lastError());
    bindAll(query, compiled.bindings());
    if (!query.exec())
        return sqlError(Messages::tr("listing leads"), query.lastError());
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return Done{};
}

} // namespace

Result<QList<StoredLead>> SqliteLeadStore::search(const LeadFilter& filter, int limit, const QDate& today) const
{
    const SqliteFilterQuery compiled = SqliteFilterQuery::compile(filter, today);
    QString text = QStringLiteral("SELECT ") + selectColumns() + fromJoin() + compiled.where() + compiled.orderBy();
    if (limit >= 0)
        text += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.prepare(text))
        return sqlError(Messages::tr("preparing the search"), query.lastError());
    bindAll(query, compiled.bindings());
    if (!query.exec())
        return sqlError(Messages::tr("searching"), query.lastError());
    QList<StoredLead> rows;
    while (query.next())
        rows.append(storedLeadFrom(query));
    return rows;
}

Result<qint64> SqliteLeadStore::count(const LeadFilter& filter, const QDate& today) const
{
    const SqliteFilterQuery compiled = SqliteFilterQuery::compile(filter, today);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*)") + compiled.conditionsFrom() + compiled.where()))
        return sqlError(Messages::tr("preparing the count"), query.lastError());
    bindAll(query, compiled.bindings());
    if (!query.exec() || !query.next())
        return sqlError(Messages::tr("counting"), query.lastError());
    return query.value(0).toLongLong();
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

Result<QList<qint64>> SqliteLeadStore::ids(const LeadFilter& filter, const QDate& today, int limit,
                                           const std::function<bool()>& replaced) const
{
    const StatementInterrupt interrupt(d->handle, replaced);
    const SqliteFilterQuery::KeywordPlan plan = keywordPlan(d->db, filter);
    QList<qint64> ids;
    if (!SqliteFilterQuery::hasSortIndex(filter.sortKey())) {
        if (auto status = appendIds(d->db, SqliteFilterQuery::compile(filter, today, plan), limit, ids); !status)
            return status.error();
        return ids;
    }
    // Leads with a value, then the blank ones: two walks of the sort's index, the order of
    // search() without a sort step.
    for (const bool blankPart : {false, true}) {
        const int remaining = limit < 0 ? -1 : limit - int(ids.size());
        if (remaining == 0)
            break;
        const SqliteFilterQuery part = SqliteFilterQuery::compileSortedPart(filter, today, plan, blankPart);
        if (auto status = appendIds(d->db, part, remaining, ids); !status)
            return status.error();
    }
    return ids;
}

Result<QList<StoredLead>> SqliteLeadStore::leadsByIds(const QList<qint64>& ids, Detail detail) const
{
    if (ids.isEmpty())
        return QList<StoredLead>();
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // Integers only, formatted here: no text from outside reaches this statement.
    if (!query.exec(QStringLiteral("SELECT ") + selectColumns(detail) + fromJoin() + QStringLiteral(" WHERE l.id IN (")
                    + numbers.join(u',') + u')'))
        return sqlError(Messages::tr("reading leads"), query.lastError());
    QHash<qint64, StoredLead> byId;
    while (query.next()) {
        StoredLead row = storedLeadFrom(query);
        byId.insert(row.id, std::move(row));
    }
    QList<StoredLead> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.append(*it);
    }
    return rows;
}

Result<StoredLead> SqliteLeadStore::lead(const QString& source, const QString& sourceId) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT ") + selectColumns() + fromJoin()
                  + QStringLiteral(" WHERE l.source = ? AND l.source_id = ?"));
    query.addBindValue(source);
    query.addBindValue(sourceId);
    if (!query.exec())
        return sqlError(Messages::tr("reading a lead"), query.lastError());
    if (!query.next())
        return Error { Messages::tr("No %1 lead with id %2 in the cache").arg(source, sourceId) };
    return storedLeadFrom(query);
}

Result<QList<LeadVersion>> SqliteLeadStore::versions(const QString& source, const QString& sourceId) const
{
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT v.raw, v.replaced_at FROM lead_version v JOIN lead l ON l.id = v.lead_id "
                                 "WHERE l.source = ? AND l.source_id = ? ORDER BY v.id"));
    query.addBindValue(source);
    query.addBindValue(sourceId);
    if (!query.exec())
        return sqlError(Messages::tr("reading earlier versions"), query.lastError());
    QList<LeadVersion> out;
    while (query.next())
        out.append({ query.value(0).toByteArray(), query.value(1).toString() });
    return out;
}

Result<QList<ReferenceRecord>> SqliteLeadStore::references(const ReferenceQuery& request) const
{
    if (request.limit <= 0 || request.sources.isEmpty())
        return QList<ReferenceRecord>();
    QVariantList bindings;
    QStringList scoreParts;
    for (const QString& word : request.words) {
        scoreParts.append(QStringLiteral("(COALESCE(industry, '') || ' ' || COALESCE(title, '') LIKE ? ESCAPE '\\')"));
        bindings.append(SqliteFilterQuery::containsPattern(word));
    }
    const QString score = scoreParts.isEmpty() ? QStringLiteral("0") : scoreParts.join(QStringLiteral(" + "));
    QStringList placeholders;
    for (const QString& source : request.sources) {
        placeholders.append(QStringLiteral("?"));
        bindings.append(source);
    }
    QString where = QStringLiteral(" WHERE source IN (") + placeholders.join(u',')
        + QStringLiteral(") AND NOT (source = ? AND source_id = ?)");
    bindings << request.excludeSource << request.excludeSourceId;
    if (!request.country.isEmpty()) {
        where += QStringLiteral(" AND country = ?");
        bindings.append(request.country);
    }
    QString sql = QStringLiteral("SELECT source, source_id, title, url FROM (SELECT source, source_id, title, url, "
                                 "posted_at, ")
        + score + QStringLiteral(" AS score FROM lead") + where + u')';
    if (request.country.isEmpty())
        sql += QStringLiteral(" WHERE score > 0");
    sql += QStringLiteral(" ORDER BY score DESC, COALESCE(posted_at, '') DESC, title LIMIT ?");
    bindings.append(request.limit);

    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(sql);
    bindAll(query, bindings);
    if (!query.exec())
        return sqlError(Messages::tr("reading reference data"), query.lastError());
    QList<ReferenceRecord> out;
    while (query.next())
        out.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString() });
    return out;
}

Result<CacheStats> SqliteLeadStore::stats(const QDate& today) const
{
    CacheStats stats;
    QSqlQuery query(d->db);
    const QString todayText = today.toString(Qt::ISODate);
    query.prepare(QStringLiteral(
        "SELECT COUNT(*), "
        "SUM(CASE WHEN (deadline_at IS NULL OR deadline_at >= ?) AND COALESCE(active, 1) = 1 THEN 1 ELSE 0 END), "
        "(SELECT COUNT(DISTINCT lead_id) FROM lead_version), "
        "(SELECT COUNT(*) FROM lead_user WHERE starred = 1), "
        "(SELECT COUNT(*) FROM saved_search), "
        "(SELECT MAX(finished_at) FROM sync_run WHERE outcome = 'ok') FROM lead"));
    query.addBindValue(todayText);
    if (!query.exec() || !query.next())
        return sqlError(Messages::tr("reading statistics"), query.lastError());
    stats.leads = query.value(0).toLongLong();
    stats.open = query.value(1).toLongLong();
    stats.amended = query.value(2).toLongLong();
    stats.starred = query.value(3).toLongLong();
    stats.savedSearches = query.value(4).toLongLong();
    stats.lastSyncAt = query.value(5).toString();
    if (!query.exec(QStringLiteral("SELECT source, COUNT(*) FROM lead GROUP BY source ORDER BY source")))
        return sqlError(Messages::tr("reading statistics"), query.lastError());
    while (query.next())
        stats.bySource.append({query.value(0).toString(), query.value(1).toLongLong()});
    stats.fileBytes = QFileInfo(d->path).size();
    stats.sampleData = info(QStringLiteral("sample_data")) == QLatin1String("1");
    return stats;
}

Status SqliteLeadStore::setUserData(const QString& source, const QString& sourceId, const LeadUserData& data)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "INSERT INTO lead_user (source, source_id, starred, status, notes, tags, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (source, source_id) DO UPDATE SET starred = excluded.starred, status = excluded.status, "
        "notes = excluded.notes, tags = excluded.tags, updated_at = excluded.updated_at"));
    query.addBindValue(source);
    query.addBindValue(sourceId);
    query.addBindValue(data.starred ? 1 : 0);
    query.addBindValue(data.status.isEmpty() ? QVariant() : data.status);
    query.addBindValue(data.notes.isEmpty() ? QVariant() : data.notes);
    query.addBindValue(data.tags.isEmpty() ? QVariant() : data.tags);
    query.addBindValue(Clock::nowUtcText());
    if (!query.exec())
        return sqlError(Messages::tr("saving your notes"), query.lastError());
    return Done{};
}

Result<QList<SavedSearch>> SqliteLeadStore::savedSearches() const
{
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, filter, notify, last_viewed_at, last_count FROM saved_search ORDER BY position, name")))
        return sqlError(Messages::tr("reading saved searches"), query.lastError());
    QList<SavedSearch> searches;
    while (query.next()) {
        SavedSearch search;
        search.id = query.value(0).toLongLong();
        search.name = query.value(1).toString();
        search.filterJson = query.value(2).toByteArray();
        search.notify = query.value(3).toInt() != 0;
        search.lastViewedAt = query.value(4).toString();
        search.lastCount = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
        searches.append(search);
    }
    return searches;
}

Status SqliteLeadStore::addSavedSearch(const SavedSearch& search)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO saved_search (name, filter, notify, position, created_at, last_viewed_at) "
                                 "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM saved_search), ?, ?)"));
    query.addBindValue(search.name);
    query.addBindValue(QString::fromUtf8(search.filterJson));
    query.addBindValue(search.notify ? 1 : 0);
    const QString now = Clock::nowUtcText();
    query.addBindValue(now);
    // Only leads that arrive after the search is saved count as new for it.
    query.addBindValue(search.lastViewedAt.isEmpty() ? now : search.lastViewedAt);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")
            || query.lastError().text().contains(QLatin1String("UNIQUE")))
            return Error { Messages::tr("A saved search named \"%1\" already exists").arg(search.name) };
        return sqlError(Messages::tr("saving the search"), query.lastError());
    }
    return Done{};
}

Result<bool> SqliteLeadStore::removeSavedSearch(const QString& name)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("DELETE FROM saved_search WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(Messages::tr("removing the saved search"), query.lastError());
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
            return Error { Messages::tr("A saved search with that name already exists") };
        return sqlError(what, query.lastError());
    }
    if (query.numRowsAffected() == 0)
        return Error { Messages::tr("No saved search named \"%1\"").arg(name) };
    return Done{};
}

} // namespace

Status SqliteLeadStore::renameSavedSearch(const QString& name, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return Error { Messages::tr("A saved search needs a name") };
    if (trimmed == name)
        return Done{};
    return updateSavedSearch(
        d->db, QStringLiteral("name = ?"), { trimmed }, name, Messages::tr("renaming the saved search"));
}

Status SqliteLeadStore::setSavedSearchNotify(const QString& name, bool notify)
{
    return updateSavedSearch(
        d->db, QStringLiteral("notify = ?"), { notify ? 1 : 0 }, name, Messages::tr("saving the notification setting"));
}

Status SqliteLeadStore::markSavedSearchViewed(const QString& name, const QString& at)
{
    return updateSavedSearch(
        d->db, QStringLiteral("last_viewed_at = ?"), { at }, name, Messages::tr("marking the search seen"));
}

Status SqliteLeadStore::setSavedSearchCount(const QString& name, qint64 count)
{
    return updateSavedSearch(
        d->db, QStringLiteral("last_count = ?"), { count }, name, Messages::tr("saving the match count"));
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
        return sqlError(Messages::tr("reordering saved searches"), failure);
    }
    if (ownTransaction)
        return commit();
    return Done{};
}

Result<qint64> SqliteLeadStore::startSyncRun(const QString& source)
{
    // A run still "running" when the next one starts was killed: say so in its history.
    QSqlQuery interrupted(d->db);
    interrupted.prepare(QStringLiteral(
        "UPDATE sync_run SET outcome = 'interrupted', finished_at = ? WHERE source = ? AND outcome = 'running'"));
    interrupted.addBindValue(Clock::nowUtcText());
    interrupted.addBindValue(source);
    if (!interrupted.exec())
        return sqlError(Messages::tr("recording the sync"), interrupted.lastError());
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO sync_run (source, started_at, outcome) VALUES (?, ?, 'running')"));
    query.addBindValue(source);
    query.addBindValue(Clock::nowUtcText());
    if (!query.exec())
        return sqlError(Messages::tr("recording the sync"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Status SqliteLeadStore::updateSyncRun(qint64 id, qint64 pages, qint64 records)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE sync_run SET pages = ?, records = ? WHERE id = ?"));
    query.addBindValue(pages);
    query.addBindValue(records);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(Messages::tr("recording the sync"), query.lastError());
    return Done{};
}

Status SqliteLeadStore::finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages, qint64 records)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "UPDATE sync_run SET finished_at = ?, outcome = ?, error = ?, pages = ?, records = ? WHERE id = ?"));
    query.addBindValue(Clock::nowUtcText());
    query.addBindValue(outcome);
    query.addBindValue(error.isEmpty() ? QVariant() : error);
    query.addBindValue(pages);
    query.addBindValue(records);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(Messages::tr("recording the sync"), query.lastError());
    return Done{};
}

Result<QList<SyncRun>> SqliteLeadStore::syncRuns(const QString& source) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT id, source, started_at, finished_at, pages, records, outcome, error "
                                 "FROM sync_run WHERE ? = '' OR source = ? ORDER BY id"));
    // A null QString binds as NULL, and NULL = '' is not true: every source is asked as ''.
    const QString sourceOrAll = source.isEmpty() ? QStringLiteral("") : source;
    query.addBindValue(sourceOrAll);
    query.addBindValue(sourceOrAll);
    if (!query.exec())
        return sqlError(Messages::tr("reading sync history"), query.lastError());
    QList<SyncRun> runs;
    while (query.next()) {
        SyncRun run;
        run.id = query.value(0).toLongLong();
        run.source = query.value(1).toString();
        run.startedAt = query.value(2).toString();
        run.finishedAt = query.value(3).toString();
        run.pages = query.value(4).toLongLong();
        run.records = query.value(5).toLongLong();
        run.outcome = query.value(6).toString();
        run.error = query.value(7).toString();
        runs.append(run);
    }
    return runs;
}

SyncState SqliteLeadStore::syncState(const QString& source) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT high_water, cursor FROM sync_state WHERE source = ?"));
    query.addBindValue(source);
    SyncState state;
    if (query.exec() && query.next()) {
        state.highWater = query.value(0).toString();
        state.cursor = query.value(1).toByteArray();
    }
    return state;
}

Status SqliteLeadStore::setSyncState(const QString& source, const SyncState& state)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO sync_state (source, high_water, cursor, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (source) DO UPDATE SET high_water = excluded.high_water, "
                                 "cursor = excluded.cursor, updated_at = excluded.updated_at"));
    query.addBindValue(source);
    query.addBindValue(state.highWater.isEmpty() ? QVariant() : state.highWater);
    query.addBindValue(state.cursor.isEmpty() ? QVariant() : QString::fromUtf8(state.cursor));
    query.addBindValue(Clock::nowUtcText());
    if (!query.exec())
        return sqlError(Messages::tr("saving the sync position"), query.lastError());
    return Done{};
}

Status SqliteLeadStore::setDescription(const QString& source, const QString& sourceId, const QString& description)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE lead SET description = ? WHERE source = ? AND source_id = ?"));
    query.addBindValue(description);
    query.addBindValue(source);
    query.addBindValue(sourceId);
    if (!query.exec())
        return sqlError(Messages::tr("saving a description"), query.lastError());
    return Done{};
}

QString SqliteLeadStore::info(const QString& key) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT value FROM cache_info WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status SqliteLeadStore::setInfo(const QString& key, const QString& value)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO cache_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(Messages::tr("writing cache information"), query.lastError());
    return Done{};
}
