// SqliteLeadStore's bulk load: while a large import or sync adds many leads, the secondary
// indexes and the full-text index are set aside and rebuilt in bulk at the end (a sort per
// index, and one pass of FTS5 over every lead on a second connection meanwhile:
// FullTextBuild), several times faster than keeping them row by row.
//
// Crash safety. Setting aside and rebuilding each happen in one transaction. In between, the
// cache is consistent, only slower to query: the rows are there, every index that exists is
// whole, and the full-text index holds every lead up to the watermark (the highest id before
// the load; the triggers that keep it skip newer rows). cache_info's "bulk_load" entry records
// the watermark and the SQL of what was set aside; whoever opens the cache next, when no
// other process holds the load's lock file, completes the rebuild.
#include "SqliteLeadStorePrivate.h"

#include "FileWriteback.h"
#include "FullTextBuild.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

constexpr char kBulkLoadKey[] = "bulk_load";

// Fewer new leads than this, or than a third of those the cache holds, are faster row by row
// than rebuilding every index over the whole cache.
constexpr qint64 kBulkLoadMinimum = 5000;

// The page cache of a load: the one index kept (the lead key) is then walked in memory.
constexpr char kBulkCacheSize[] = "PRAGMA cache_size = -98304";
// The rebuild's: each of SQLite's sort workers (PRAGMA threads) fills a buffer the size of the
// page cache before it writes a run out, so a small cache keeps a million-lead rebuild's
// memory flat (three 32 MB buffers took it past 300 MB).
constexpr char kRebuildCacheSize[] = "PRAGMA cache_size = -16384";

// The indexes a load sets aside: the lead key stays, and so do the partial indexes (the award
// notices'), which a row skips at the cost of its WHERE while a rebuild reads every lead for each.
constexpr char kIndexesSetAside[] = "type = 'index' AND tbl_name = 'lead' AND sql IS NOT NULL "
                                    "AND name NOT IN (SELECT name FROM pragma_index_list('lead') WHERE partial)";

const char* const kFtsTriggers[] = {"lead_fts_insert", "lead_fts_update", "lead_fts_delete"};
// Set aside for the whole load and made good at its end, each in one statement: the triggers
// that keep the statistics' counts (lead_tally; made again from every lead, a few GROUP BYs
// over lead_browse), and the one that lets a lead tracked before it came join its family
// (kTrackingAdoption). With no insert trigger left, a new lead's insert keeps no statement
// journal (kInsertSql in SqliteLeadStore.cpp).
const char* const kBulkTriggers[] = {"lead_tally_insert", "lead_tally_update", "lead_tally_delete", "lead_adopts_tracking"};

// lead_adopts_tracking for every lead the load added (id above the watermark, %1): tracking
// kept under such a lead's own key moves to its family, unless the family has its own.
constexpr char kTrackingAdoption[] = R"SQL(
UPDATE OR IGNORE lead_user SET family_id = (
    SELECT l.family_id FROM lead l
    WHERE l.source = substr(lead_user.family_id, 1, instr(lead_user.family_id, '|') - 1)
      AND l.source_id = substr(lead_user.family_id, instr(lead_user.family_id, '|') + 1))
WHERE EXISTS (
    SELECT 1 FROM lead l
    WHERE l.source = substr(lead_user.family_id, 1, instr(lead_user.family_id, '|') - 1)
      AND l.source_id = substr(lead_user.family_id, instr(lead_user.family_id, '|') + 1)
      AND l.id > %1 AND l.family_id <> lead_user.family_id)
)SQL";

QString lockPath(const QString& cachePath)
{
    return cachePath + QStringLiteral(".bulk-load");
}

// The lock a load holds while it runs, so that no other process completes it under its feet.
// A lock left by a killed process is taken over (QLockFile checks whether its owner lives).
std::unique_ptr<QLockFile> takeLoadLock(const QString& cachePath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(cachePath));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

// The first column of every row of `sql`.
Result<QStringList> column(const SqliteLeadStore::Private& d, const QString& sql, const QString& what)
{
    auto query = d.execute(sql, {}, what);
    if (!query)
        return query.error();
    QStringList values;
    while (query->next())
        values.append(query->value(0).toString());
    if (query->lastError().isValid())
        return sqlError(what, query->lastError());
    return values;
}

// Attaches the database at `file` to the cache's connection as `name`.
Status attach(SqliteLeadStore::Private& d, const QString& file, const char* name, const QString& what)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = QByteArrayLiteral("ATTACH ?1 AS ") + name;
    if (sqlite3_prepare_v2(d.handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return d.rawError(what);
    const QByteArray path = file.toUtf8();
    sqlite3_bind_text(statement, 1, path.constData(), int(path.size()), SQLITE_STATIC);
    const int attached = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (attached != SQLITE_DONE)
        return d.rawError(what);
    return Done{};
}

} // namespace

bool SqliteLeadStore::Private::bulkLoadPending() const
{
    auto pending = column(*this, QStringLiteral("SELECT value FROM cache_info WHERE key = '%1'").arg(QLatin1String(kBulkLoadKey)),
                          SqliteMessages::tr("reading the cache's state"));
    return pending && !pending->isEmpty();
}

Result<bool> SqliteLeadStore::beginBulkLoad(qint64 expectedLeads)
{
    if (d->bulkLock)
        return true;
    if (expectedLeads < kBulkLoadMinimum || d->inTransaction)
        return false;
    const QString what = SqliteMessages::tr("preparing a bulk load");
    auto highest = column(*d, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lead"), what);
    if (!highest)
        return highest.error();
    const qint64 watermark = highest->value(0).toLongLong();
    if (expectedLeads * 3 < watermark)
        return false;

    std::unique_ptr<QLockFile> lock = takeLoadLock(d->path);
    if (!lock)
        return false; // another process is loading: its rebuild covers these rows too
    // A load that a killed process left unfinished is finished first: it has its own watermark.
    if (d->bulkLoadPending()) {
        if (auto status = d->completeBulkLoad(); !status)
            return status.error();
    }

    if (auto status = d->execRaw("BEGIN IMMEDIATE", what); !status)
        return status.error();
    auto fail = [this](const Error& error) -> Result<bool> {
        (void)d->execRaw("ROLLBACK", SqliteMessages::tr("rolling back"));
        return error;
    };
    auto indexes = column(*d, QStringLiteral("SELECT sql FROM sqlite_master WHERE %1 ORDER BY name").arg(QLatin1String(kIndexesSetAside)),
                          what);
    if (!indexes)
        return fail(indexes.error());
    QJsonArray restore;
    for (const QString& sql : std::as_const(*indexes))
        restore.append(sql);
    // A trigger's SQL, recorded to be made again at the end.
    auto recordTrigger = [&](const char* trigger) -> Result<QString> {
        auto sql = column(*d, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '%1'")
                                  .arg(QLatin1String(trigger)),
                          what);
        if (!sql)
            return sql.error();
        if (sql->isEmpty())
            return Error{SqliteMessages::tr("Cache error while %1: the trigger %2 is missing")
                             .arg(what, QLatin1String(trigger))};
        restore.append(sql->first());
        return sql->first();
    };
    QStringList guardedTriggers;
    for (const char* trigger : kFtsTriggers) {
        auto sql = recordTrigger(trigger);
        if (!sql)
            return fail(sql.error());
        // The triggers that take a row out of the full-text index skip rows it does not hold yet.
        if (qstrcmp(trigger, "lead_fts_insert") != 0) {
            QString guarded = *sql;
            const QString body = QStringLiteral(" ON lead BEGIN");
            const qsizetype at = guarded.indexOf(body);
            if (at < 0)
                return fail(Error{SqliteMessages::tr("Cache error while %1: the trigger %2 has an unknown form")
                                      .arg(what, QLatin1String(trigger))});
            guarded.replace(at, body.size(), QStringLiteral(" ON lead WHEN old.id <= %1 BEGIN").arg(watermark));
            guardedTriggers.append(guarded);
        }
    }
    for (const char* trigger : kBulkTriggers) {
        if (auto sql = recordTrigger(trigger); !sql)
            return fail(sql.error());
    }

    QJsonObject marker;
    marker.insert(QStringLiteral("watermark"), QString::number(watermark));
    marker.insert(QStringLiteral("restore"), restore);
    QStringList steps;
    steps.append(QStringLiteral("INSERT INTO cache_info (key, value) VALUES ('%1', '%2') "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                     .arg(QLatin1String(kBulkLoadKey),
                          QString::fromUtf8(QJsonDocument(marker).toJson(QJsonDocument::Compact))
                              .replace(u'\'', QStringLiteral("''"))));
    auto names = column(*d, QStringLiteral("SELECT name FROM sqlite_master WHERE %1").arg(QLatin1String(kIndexesSetAside)), what);
    if (!names)
        return fail(names.error());
    for (const QString& name : std::as_const(*names))
        steps.append(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    for (const char* trigger : kFtsTriggers)
        steps.append(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    for (const char* trigger : kBulkTriggers)
        steps.append(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    steps += guardedTriggers;
    for (const QString& step : std::as_const(steps)) {
        if (auto status = d->execRaw(step.toUtf8().constData(), what); !status)
            return fail(status.error());
    }
    if (auto status = d->execRaw("COMMIT", what); !status)
        return fail(status.error());
    (void)d->execRaw(kBulkCacheSize, what);
    // A rollback journal whose header is zeroed at each commit, not truncated: on a file system
    // mounted with `discard`, each truncation waited about 50 ms for the device (perf sched).
    (void)d->execRaw("PRAGMA journal_mode = PERSIST", what);
    d->bulkLock = std::move(lock);
    // Measured, a million-lead import: 83 s without, 76 s with (two runs each, interleaved).
    d->bulkWriteback = std::make_unique<FileWriteback>(
        QStringList{d->path, d->path + QStringLiteral("-journal"), d->path + QStringLiteral("-wal")});
    return true;
}

Status SqliteLeadStore::finishBulkLoad()
{
    if (!d->bulkLock)
        return Done{};
    Status status = d->completeBulkLoad();
    (void)d->execRaw(d->cacheSizePragma, SqliteMessages::tr("finishing a bulk load"));
    (void)d->execRaw("PRAGMA journal_mode = WAL", SqliteMessages::tr("finishing a bulk load")); // also after a failure
    d->bulkWriteback.reset();
    d->bulkLock.reset(); // unlocks and removes the lock file
    return status;
}

Status SqliteLeadStore::Private::completeInterruptedBulkLoad()
{
    // A full-text rebuild's scratch file, left by a process killed before it removed it.
    if (const QString scratch = FullTextBuild::scratchPath(path); QFile::exists(scratch) && !bulkLoadPending()) {
        if (std::unique_ptr<QLockFile> lock = takeLoadLock(path))
            QFile::remove(scratch);
    }
    if (!bulkLoadPending())
        return Done{};
    std::unique_ptr<QLockFile> lock = takeLoadLock(path);
    if (!lock)
        return Done{}; // still running in another process
    return completeBulkLoad();
}

Status SqliteLeadStore::Private::completeBulkLoad()
{
    const QString what = SqliteMessages::tr("rebuilding the indexes after a bulk load");
    // The full-text index is made on a second connection that reads the cache while this one
    // writes: a reader of the WAL. (A load writes with a rollback journal.)
    if (auto status = execRaw("PRAGMA journal_mode = WAL", what); !status)
        return status;
    auto definition = column(*this, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'lead_fts'"), what);
    if (!definition)
        return definition.error();
    if (definition->isEmpty())
        return Error{SqliteMessages::tr("Cache error while %1: the full-text index is missing").arg(what)};
    FullTextBuild fullText(path, definition->first());
    if (auto status = fullText.prepare(); !status)
        return status;
    const QString scratch = FullTextBuild::scratchPath(path);
    if (auto status = attach(*this, scratch, "fts_build", what); !status)
        return status;
    auto detach = [this, &scratch] {
        (void)execRaw("DETACH fts_build", SqliteMessages::tr("rolling back"));
        QFile::remove(scratch);
    };
    // The cache's write lock only: BEGIN IMMEDIATE would lock the attached scratch file too,
    // against the connection that writes it. A write statement takes the lock at its start.
    if (auto status = execRaw("BEGIN", what); !status) {
        detach();
        return status;
    }
    auto fail = [&](const Error& error) -> Status {
        fullText.stop();
        (void)fullText.wait();
        if (sqlite3_get_autocommit(handle) == 0)
            (void)execRaw("ROLLBACK", SqliteMessages::tr("rolling back"));
        for (const char* pragma : {"PRAGMA temp_store = MEMORY", cacheSizePragma, "PRAGMA main.journal_mode = WAL"})
            (void)execRaw(pragma, SqliteMessages::tr("rolling back"));
        detach();
        return error;
    };
    const QString lockTaken = QStringLiteral("UPDATE main.cache_info SET value = value WHERE key = '%1'").arg(QLatin1String(kBulkLoadKey));
    if (auto status = execRaw(lockTaken.toUtf8().constData(), what); !status)
        return fail(status.error());
    auto value = column(*this, QStringLiteral("SELECT value FROM cache_info WHERE key = '%1'").arg(QLatin1String(kBulkLoadKey)), what);
    if (!value)
        return fail(value.error());
    if (value->isEmpty()) {
        (void)execRaw("COMMIT", what);
        detach();
        return Done{};
    }
    const QJsonObject marker = QJsonDocument::fromJson(value->first().toUtf8()).object();
    bool known = false;
    const qint64 watermark = marker.value(QStringLiteral("watermark")).toString().toLongLong(&known);
    const QJsonArray restore = marker.value(QStringLiteral("restore")).toArray();
    if (!known || restore.isEmpty())
        return fail(Error{SqliteMessages::tr("Cache error while %1: the record of the load is unreadable").arg(what)});

    // Every lead is indexed anew, the ones from before the load too: a pass over all of them
    // costs the second core no more than the other indexes cost this one, and leaves one set
    // of large segments.
    fullText.start();

    // The page cache of the load gives way to the rebuild's own memory (the sorters, the other
    // connection's pending terms). Index sorts spill to temporary files rather than memory, on
    // this thread alone: the other core is the full-text index's, the longer of the two.
    (void)execRaw(kRebuildCacheSize, what);
    (void)execRaw("PRAGMA temp_store = FILE", what);
#ifdef __GLIBC__
    // The load's page cache and batches are freed but stay the process's (glibc keeps freed
    // blocks for reuse): given back, a million-lead import's peak fell from 270–290 to 222 MB.
    malloc_trim(0);
#endif
    // Two transactions: the indexes and counts, made while the full-text index is, then the
    // full-text index's tables. Between the two the cache is as during the load, only with its
    // indexes back (a completion after a crash there makes again only what is missing).
    QStringList indexSteps;
    QStringList fullTextSteps;
    // Named with their schema: a DROP ... IF EXISTS that finds nothing reads every attached
    // database's schema, and the read lock on the scratch file would block its writer.
    // Only those the load set aside: one that an older Trade Leads began kept its tracking trigger.
    for (const char* trigger : kBulkTriggers) {
        const QString created = QStringLiteral("CREATE TRIGGER %1 ").arg(QLatin1String(trigger));
        if (std::any_of(restore.begin(), restore.end(),
                        [&created](const QJsonValue& sql) { return sql.toString().startsWith(created); }))
            indexSteps.append(QStringLiteral("DROP TRIGGER IF EXISTS main.%1").arg(QLatin1String(trigger)));
    }
    for (const char* trigger : kFtsTriggers)
        fullTextSteps.append(QStringLiteral("DROP TRIGGER IF EXISTS main.%1").arg(QLatin1String(trigger)));
    auto existing = column(*this, QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'lead'"), what);
    if (!existing)
        return fail(existing.error());
    for (const QJsonValue& sql : restore) {
        QString text = sql.toString();
        if (text.isEmpty() || (!text.startsWith(QLatin1String("CREATE TRIGGER")) && existing->contains(text)))
            continue;
        // An upgrade since the load began may have made an index anew under its name (schema 9:
        // lead_deadline_open): the upgrade's stands.
        if (text.startsWith(QLatin1String("CREATE INDEX ")))
            text.replace(0, qsizetype(qstrlen("CREATE INDEX ")), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        const bool fullText = std::any_of(std::begin(kFtsTriggers), std::end(kFtsTriggers), [&text](const char* trigger) {
            return text.startsWith(QStringLiteral("CREATE TRIGGER %1 ").arg(QLatin1String(trigger)));
        });
        (fullText ? fullTextSteps : indexSteps).append(text);
    }
    // After the indexes, so that the counts read lead_browse. Each of its five GROUP BYs sorts
    // in buffers the size of the page cache, and their memory grew with the leads (a million
    // took the import's peak from 275 to 470 MB); SQLite's own small cache sorts as fast.
    indexSteps.append(QString::fromUtf8(kTrackingAdoption).arg(watermark));
    indexSteps.append(QString::fromUtf8(kOneCommandCacheSizePragma));
    indexSteps.append(QString::fromUtf8(leadTallyRebuild()));
    indexSteps.append(QStringLiteral("COMMIT"));
    for (const QString& step : std::as_const(indexSteps)) {
        if (auto status = execRaw(step.toUtf8().constData(), what); !status)
            return fail(status.error());
    }
    if (auto built = fullText.wait(); !built)
        return fail(built.error());
    // The full-text tables are written once into the cache file, not into the WAL and then
    // the file (a million leads' index is about a gigabyte): a rollback journal records only
    // the pages the cache had. Leaving WAL copies what is in it first, and is refused while
    // another connection has the cache open (the window): the WAL is kept then.
    (void)execRaw("PRAGMA main.journal_mode = PERSIST", what); // the load's, kept until the return to WAL
    // No other process completes the load meanwhile: that takes the load's lock, held here.
    if (auto status = execRaw("BEGIN IMMEDIATE", what); !status)
        return fail(status.error());
    // The cache's full-text index takes the other's tables: the same definition, so the same
    // structure. Its configuration (the "version" FTS5 checks) stays the cache's own.
    for (const char* table : {"lead_fts_data", "lead_fts_idx", "lead_fts_docsize"}) {
        fullTextSteps.append(QStringLiteral("DELETE FROM main.%1").arg(QLatin1String(table)));
        fullTextSteps.append(QStringLiteral("INSERT INTO main.%1 SELECT * FROM fts_build.%1").arg(QLatin1String(table)));
    }
    fullTextSteps.append(QStringLiteral("DELETE FROM cache_info WHERE key = '%1'").arg(QLatin1String(kBulkLoadKey)));
    fullTextSteps.append(QStringLiteral("COMMIT"));
    for (const QString& step : std::as_const(fullTextSteps)) {
        if (auto status = execRaw(step.toUtf8().constData(), what); !status)
            return fail(status.error());
    }
    // Detaching also makes this connection read the full-text index afresh: FTS5 keeps its
    // structure between transactions and would not see tables written under it.
    detach();
    (void)execRaw("PRAGMA temp_store = MEMORY", what);
    (void)execRaw(cacheSizePragma, what);
    (void)execRaw("PRAGMA main.journal_mode = WAL", what);
    // Where leaving the WAL was refused, the rebuild passed through it; its file would keep that size.
    (void)execRaw("PRAGMA wal_checkpoint(TRUNCATE)", what);
    return Done{};
}
