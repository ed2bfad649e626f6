#include "CacheGuard.h"

#include "Clock.h"
#include "PgLeadStore.h"
#include "SqliteLeadStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace CacheGuard {
namespace {

    // The messages of this file. A class, not a free tr(), so that lupdate files them under
    // the context they are looked up with.
    struct Messages
    {
        Q_DECLARE_TR_FUNCTIONS(CacheGuard)
    };

constexpr char kBackupFormat[] = "tradeleads-userdata";
constexpr int kBackupVersion = 1;

// The files SQLite keeps beside a database; they travel with it when it is moved aside.
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};


QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// One read-only connection that never writes to the file it checks: a damaged cache is
// moved aside exactly as it was found (a read-only connection runs no checkpoint).
class ReadOnlyDatabase
{
public:
    explicit ReadOnlyDatabase(const QString& path)
    {
        rollBackHotJournal(path);
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        if (m_rc == SQLITE_OK) {
            sqlite3_extended_result_codes(m_db, 1);
            sqlite3_busy_timeout(m_db, 10000);
        }
    }
    ~ReadOnlyDatabase() { sqlite3_close_v2(m_db); }
    ReadOnlyDatabase(const ReadOnlyDatabase&) = delete;
    ReadOnlyDatabase& operator=(const ReadOnlyDatabase&) = delete;

    // Asked every few thousand SQLite instructions: true stops the statement (SQLITE_INTERRUPT).
    void stopWhen(const std::function<bool()>& cancelled)
    {
        if (m_rc != SQLITE_OK || !cancelled)
            return;
        m_cancelled = cancelled;
        sqlite3_progress_handler(
            m_db, 10000, [](void* self) { return static_cast<ReadOnlyDatabase*>(self)->m_cancelled() ? 1 : 0; },
            this);
    }

    int openCode() const { return m_rc; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

    // The first column of every row, as text; the SQLite result code in `rc`.
    QStringList column(const char* sql, int& rc) const
    {
        QStringList values;
        sqlite3_stmt* statement = nullptr;
        rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        if (rc != SQLITE_OK)
            return values;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            values.append(text ? QString::fromUtf8(text) : QString());
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        else
            rc = sqlite3_extended_errcode(m_db);
        sqlite3_finalize(statement);
        return values;
    }

private:
    // A rollback journal left by a killed bulk load (which writes without WAL) is undone by
    // the first reader that may write; a read-only connection cannot, and fails. This is
    // SQLite's own recovery, the same any open runs: it changes nothing a commit made, and
    // nothing at all while the writer still lives (its journal is not "hot" then).
    static void rollBackHotJournal(const QString& path)
    {
        if (QFileInfo(path + QStringLiteral("-journal")).size() <= 0)
            return;
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 10000);
            sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(db);
    }

    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
    std::function<bool()> m_cancelled;
};

// What an SQLite error says about the file: only corruption and "not a database" condemn
// it; a lock, an I/O error or a missing permission may pass, so the file stays.
Verdict verdictForError(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT: return Verdict::Damaged;
    case SQLITE_NOTADB: return Verdict::NotSqlite;
    default: return Verdict::Unreadable;
    }
}

// `header`: the file's first 100 bytes, or fewer when it is shorter or unreadable.
bool hasSqliteMagic(const QString& path, qint64& size, QByteArray& header)
{
    QFile file(path);
    size = file.size();
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: SQLite's own open reports why
    header = file.read(100);
    const QByteArray head = header.left(16);
    return head.size() < 16 ? head == QByteArray("SQLite format 3\0", 16).left(head.size())
                            : head == QByteArray("SQLite format 3\0", 16);
}

// What the structure check reads of a cache at the current schema, from the file's first 100
// bytes (sqlite.org/fileformat.html, "The Database Header") rather than through SQLite, whose
// first statement parses the whole schema, as the store's own connection then does again
// (2.5 of a 14 ms `search`). Nothing when the header alone cannot tell: another schema, a
// journal or WAL beside the file, or a page count the header does not vouch for.
struct CurrentHeader
{
    qint64 promisedBytes = 0; // page size × page count
};

std::optional<CurrentHeader> currentHeader(const QString& path, const QByteArray& header)
{
    for (const QString& companion : {QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        if (QFileInfo(path + companion).size() > 0)
            return std::nullopt;
    }
    if (header.size() < 100)
        return std::nullopt;
    auto u32 = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const bool pageCountValid = u32(92) == u32(24) && u32(28) > 0; // "version-valid-for" = change counter
    if (pageSize < 512 || !pageCountValid || qint32(u32(60)) != SqliteLeadStore::currentSchemaVersion())
        return std::nullopt;
    return CurrentHeader{pageSize * qint64(u32(28))};
}

QString suffixFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Foreign: return QStringLiteral("foreign");
    case Verdict::Newer: return QStringLiteral("newer");
    default: return QStringLiteral("damaged");
    }
}

// Renames the cache and its companions to "<path>.<suffix>-<UTC time>[-N]"; the target of
// the cache file itself, or an error when it stays in place.
Result<QString> moveAside(const QString& path, Verdict verdict)
{
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.%2-%3").arg(path, suffixFor(verdict), stamp);
    for (int n = 2; QFileInfo::exists(target) && n < 1000; ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(path, suffixFor(verdict), stamp).arg(n);
    QFile file(path);
    if (!file.rename(target))
        return Error{file.errorString()};
    for (const QString& suffix : kCompanions) {
        QFile companion(path + suffix);
        if (!companion.exists())
            continue;
        // A stale -wal beside the fresh cache would be replayed into it: it must not stay.
        if (!companion.rename(target + suffix) && !companion.remove())
            return Error {
                Messages::tr("%1 could not be moved or removed: %2").arg(native(path + suffix), companion.errorString())
            };
    }
    return target;
}

QString messageFor(const CheckReport& report, const QString& path)
{
    const QString file = native(path);
    const QString to = native(report.movedTo);
    switch (report.verdict) {
    case Verdict::Damaged:
        return Messages::tr("The cache file %1 is damaged (%2). It has been moved aside, unchanged, to %3.")
            .arg(file, report.reason, to);
    case Verdict::NotSqlite:
        return Messages::tr("The cache file %1 is not a SQLite database: another program's file, or one damaged beyond "
                            "recognition. It has been moved aside, unchanged, to %2.")
            .arg(file, to);
    case Verdict::Foreign:
        return Messages::tr(
            "The file %1 is a SQLite database but not a Trade Leads cache (%2). It has been moved aside, "
            "unchanged, to %3.")
            .arg(file, report.reason, to);
    case Verdict::Newer:
        return Messages::tr(
            "The cache file %1 was written by a newer version of Trade Leads (%2). It has been moved aside, "
            "unchanged, to %3, where that version can still open it.")
            .arg(file, report.reason, to);
    case Verdict::Unreadable:
        return Messages::tr("The cache file %1 could not be checked: %2.").arg(file, report.reason);
    case Verdict::Missing:
    case Verdict::Healthy: break;
    }
    return {};
}

// The same, for a file left where it is (inspect()).
QString inPlaceMessageFor(const CheckReport& report, const QString& path)
{
    const QString file = native(path);
    switch (report.verdict) {
    case Verdict::Damaged: return Messages::tr("The cache file %1 is damaged (%2).").arg(file, report.reason);
    case Verdict::NotSqlite:
        return Messages::tr("The cache file %1 is not a SQLite database: another program's file, or one damaged beyond "
                            "recognition.")
            .arg(file);
    case Verdict::Foreign:
        return Messages::tr("The file %1 is a SQLite database but not a Trade Leads cache (%2).").arg(file, report.reason);
    case Verdict::Newer:
        return Messages::tr("The cache file %1 was written by a newer version of Trade Leads (%2).")
            .arg(file, report.reason);
    case Verdict::Unreadable:
    case Verdict::Missing:
    case Verdict::Healthy: break;
    }
    return messageFor(report, path);
}

bool unusable(Verdict verdict)
{
    return verdict == Verdict::Damaged || verdict == Verdict::NotSqlite || verdict == Verdict::Foreign
        || verdict == Verdict::Newer;
}

CheckReport examine(const QString& path, Depth depth, const std::function<bool()>& cancelled = {})
{
    CheckReport report;
    report.depth = depth;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.verdict = Verdict::Missing;
        return report;
    }
    if (!info.isFile()) {
        report.verdict = Verdict::Unreadable;
        report.reason = Messages::tr("it is not a file");
        return report;
    }
    qint64 size = 0;
    QByteArray header;
    if (!hasSqliteMagic(path, size, header)) {
        report.verdict = Verdict::NotSqlite;
        report.reason = Messages::tr("no SQLite header");
        return report;
    }
    if (size > 0 && size < 512) {
        // The smallest SQLite database is one page of 512 bytes.
        report.verdict = Verdict::Damaged;
        report.reason = Messages::tr("the file is cut short at %1 bytes").arg(size);
        return report;
    }

    // The common open: a cache at the current schema, closed cleanly. Its tables are the
    // store's to find (it refuses a file without them).
    if (depth == Depth::Structure) {
        if (const auto current = currentHeader(path, header)) {
            if (size < current->promisedBytes) {
                report.verdict = Verdict::Damaged;
                report.reason = Messages::tr("the file is cut short: %1 of %2 bytes").arg(size).arg(current->promisedBytes);
                return report;
            }
            report.verdict = Verdict::Healthy;
            return report;
        }
    }

    ReadOnlyDatabase db(path);
    db.stopWhen(cancelled);
    if (db.openCode() != SQLITE_OK) {
        report.verdict = verdictForError(db.openCode());
        report.reason = db.message();
        return report;
    }
    auto failed = [&](int rc) {
        report.verdict = verdictForError(rc);
        report.reason = db.message();
        return report;
    };
    int rc = SQLITE_OK;
    const QStringList version = db.column("PRAGMA user_version", rc);
    if (rc != SQLITE_OK)
        return failed(rc);
    const QStringList tables = db.column("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'", rc);
    if (rc != SQLITE_OK)
        return failed(rc);
    const int schema = version.value(0).toInt();
    if (schema > SqliteLeadStore::currentSchemaVersion()) {
        report.verdict = Verdict::Newer;
        report.reason
            = Messages::tr("schema %1; this version knows up to %2").arg(schema).arg(SqliteLeadStore::currentSchemaVersion());
        return report;
    }
    if (schema == 0 && !tables.isEmpty()) {
        report.verdict = Verdict::Foreign;
        report.reason = Messages::tr("it holds tables such as %1").arg(tables.mid(0, 3).join(QStringLiteral(", ")));
        return report;
    }
    if (schema > 0) {
        const QSet<QString> present(tables.cbegin(), tables.cend());
        for (const QString& table : SqliteLeadStore::cacheTables()) {
            if (!present.contains(table)) {
                report.verdict = Verdict::Foreign;
                report.reason = Messages::tr("schema %1 but no table %2").arg(schema).arg(table);
                return report;
            }
        }
    }

    // A file cut short: the header promises more pages than the file holds and no WAL holds
    // them either. Costs nothing, so even the structure check catches truncation.
    const QStringList pageSize = db.column("PRAGMA page_size", rc);
    if (rc != SQLITE_OK)
        return failed(rc);
    const QStringList pageCount = db.column("PRAGMA page_count", rc);
    if (rc != SQLITE_OK)
        return failed(rc);
    const qint64 promised = pageSize.value(0).toLongLong() * pageCount.value(0).toLongLong();
    if (QFileInfo(path + QStringLiteral("-wal")).size() == 0 && QFileInfo(path).size() < promised) {
        report.verdict = Verdict::Damaged;
        report.reason = Messages::tr("the file is cut short: %1 of %2 bytes").arg(QFileInfo(path).size()).arg(promised);
        return report;
    }

    if (depth != Depth::Structure) {
        const QStringList problems
            = db.column(depth == Depth::Thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check", rc);
        if (rc != SQLITE_OK)
            return failed(rc);
        if (problems != QStringList{QStringLiteral("ok")}) {
            // One line per problem, however SQLite groups them into rows; two say enough.
            QStringList lines;
            for (const QString& row : problems) {
                for (const QString& line : row.split(u'\n', Qt::SkipEmptyParts)) {
                    if (!line.startsWith(QLatin1String("***")))
                        lines.append(line.trimmed());
                }
            }
            report.verdict = Verdict::Damaged;
            report.reason = lines.mid(0, 2).join(QStringLiteral("; "));
            if (lines.size() > 2)
                report.reason += Messages::tr("; %n more problem(s)", nullptr, int(lines.size() - 2));
            return report;
        }
    }
    report.verdict = Verdict::Healthy;
    return report;
}

// Whether another process has the cache open: each SQLite connection to a WAL database
// holds a read lock on the "dead man switch" byte of its -shm file while it is open (byte
// 128, after the eight WAL locks; see os_unix.c), so a -wal beside a cache in use is no sign
// of a crash.
bool openElsewhere(const QString& path)
{
    constexpr off_t kDeadManSwitch = 128;
    const int fd = ::open(QFile::encodeName(path + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock{};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kDeadManSwitch;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

// The check an open runs: the whole file when damage was seen, or after an unclean end unless
// the caller checks that behind its window; the structure otherwise.
Depth depthAtOpen(FullCheck owed, const Options& options)
{
    if (owed == FullCheck::DamageSeen || (owed == FullCheck::UncleanEnd && !options.deferCheckAfterUncleanEnd))
        return Depth::Full;
    return Depth::Structure;
}

void removeMarker(const QString& path)
{
    QFile::remove(checkNeededPath(path));
}

QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: return value.toLongLong();
    case QMetaType::Double: return value.toDouble();
    default: return value.toString();
    }
}

QVariant variantOf(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
        return number;
    }
    return value.toString();
}

// The backup is of the local cache; a store of another kind keeps its own.
const SqliteLeadStore* localCache(const LeadStore& store)
{
    return dynamic_cast<const SqliteLeadStore*>(&store);
}

Result<QJsonArray> rowsOf(const SqliteLeadStore& store, const QString& sql)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error { Messages::tr("Cannot read your data for the backup: %1").arg(query.lastError().text()) };
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonOf(query.value(i)));
        rows.append(row);
    }
    return rows;
}

const QStringList kSavedSearchColumns = {QStringLiteral("name"),       QStringLiteral("filter"),
                                         QStringLiteral("notify"),     QStringLiteral("position"),
                                         QStringLiteral("created_at"), QStringLiteral("last_viewed_at"),
                                         QStringLiteral("last_count")};
const QStringList kLeadUserColumns = {QStringLiteral("family_id"), QStringLiteral("source"),  QStringLiteral("source_id"), QStringLiteral("starred"),
                                      QStringLiteral("status"),  QStringLiteral("notes"),     QStringLiteral("tags"),
                                      QStringLiteral("seen_at"), QStringLiteral("updated_at")};

// Inserts each row's known columns, leaving rows whose key the table already has; the number added.
Result<qint64> insertRows(const SqliteLeadStore& store, const QString& table, const QStringList& columns, const QString& conflict,
                          const QJsonArray& rows)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(store.database());
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
                           .arg(table, columns.join(u','), marks.join(u','), conflict)))
        return Error{query.lastError().text()};
    qint64 added = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        for (const QString& column : columns)
            query.addBindValue(variantOf(row.value(column)));
        if (!query.exec())
            return Error{query.lastError().text()};
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

// Backups written before tracking belonged to the family name only the notice: its family is
// the cached notice's, or the notice alone when sync has not brought it back yet.
Result<qint64> withFamilies(const SqliteLeadStore& store, QJsonArray& rows)
{
    QSqlQuery query(store.database());
    if (!query.prepare(QStringLiteral("SELECT COALESCE((SELECT family_id FROM lead WHERE source = ? AND source_id = ?), "
                                      "? || '|' || ?)")))
        return Error{query.lastError().text()};
    qint64 named = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows[i].toObject();
        if (row.value(QStringLiteral("family_id")).isString())
            continue;
        for (int repeat = 0; repeat < 2; ++repeat) {
            query.addBindValue(row.value(QStringLiteral("source")).toString());
            query.addBindValue(row.value(QStringLiteral("source_id")).toString());
        }
        if (!query.exec() || !query.next())
            return Error{query.lastError().text()};
        row.insert(QStringLiteral("family_id"), query.value(0).toString());
        query.finish();
        rows[i] = row;
        ++named;
    }
    return named;
}

QString restoredNotice(const RestoreSummary& summary)
{
    const QDateTime when = QDateTime::fromString(summary.backupWrittenAt, Qt::ISODate);
    const QString at = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                      : summary.backupWrittenAt;
    return QStringList {
        Messages::tr(
            "From the backup taken at %1, %n saved search(es) were restored.", nullptr, int(summary.savedSearches))
            .arg(at),
        Messages::tr("The tracking (stars, status, notes, tags) of %n lead(s) was restored too.", nullptr,
            int(summary.trackedLeads)),
        Messages::tr("Synced leads come back with the next sync or import, and their tracking attaches to them again."),
    }
        .join(u' ');
}

} // namespace

CheckReport check(const QString& path, Depth depth)
{
    CheckReport report = examine(path, depth);
    if (unusable(report.verdict)) {
        auto moved = moveAside(path, report.verdict);
        if (!moved) {
            report.message
                = Messages::tr("The cache file %1 cannot be used (%2) and could not be moved aside: %3. Move or "
                               "delete it, then start Trade Leads again.")
                      .arg(native(path), report.reason, moved.errorMessage());
            return report;
        }
        report.movedTo = *moved;
    }
    report.message = messageFor(report, path);
    return report;
}

CheckReport inspect(const QString& path, Depth depth, const std::function<bool()>& cancelled)
{
    CheckReport report = examine(path, depth, cancelled);
    if (unusable(report.verdict))
        SqliteLeadStore::requireFullCheck(path, report.reason);
    else if (report.verdict == Verdict::Healthy && depth != Depth::Structure)
        removeMarker(path);
    report.message = inPlaceMessageFor(report, path);
    return report;
}

QString checkNeededPath(const QString& cachePath)
{
    return SqliteLeadStore::checkNeededPath(cachePath);
}

FullCheck fullCheckOwed(const QString& path)
{
    if (QFileInfo::exists(checkNeededPath(path)))
        return FullCheck::DamageSeen;
    // A -wal left by a session that ended without closing the cache (a clean close
    // checkpoints it and removes it).
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 && !openElsewhere(path))
        return FullCheck::UncleanEnd;
    return FullCheck::NotOwed;
}

QString backupPath(const QString& cachePath)
{
    const QFileInfo info(cachePath);
    return info.dir().filePath(info.fileName() + QStringLiteral(".userdata.json"));
}

Status backupUserData(const LeadStore& anyStore)
{
    const SqliteLeadStore* cache = localCache(anyStore);
    if (!cache)
        return Done{};
    const SqliteLeadStore& store = *cache;
    auto searches = rowsOf(store, QStringLiteral("SELECT %1 FROM saved_search ORDER BY position, name")
                                      .arg(kSavedSearchColumns.join(u',')));
    if (!searches)
        return searches.error();
    auto tracking = rowsOf(store, QStringLiteral("SELECT %1 FROM lead_user ORDER BY source, source_id")
                                      .arg(kLeadUserColumns.join(u',')));
    if (!tracking)
        return tracking.error();
    const QJsonObject backup{
        {QStringLiteral("format"), QString::fromLatin1(kBackupFormat)},
        {QStringLiteral("version"), kBackupVersion},
        {QStringLiteral("written_at"), Clock::nowUtc().toString(Qt::ISODate)},
        {QStringLiteral("cache"), QFileInfo(store.path()).absoluteFilePath()},
        {QStringLiteral("schema_version"), store.schemaVersion()},
        {QStringLiteral("saved_searches"), *searches},
        {QStringLiteral("lead_user"), *tracking},
    };
    const QString path = backupPath(store.path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Messages::tr("Cannot write the backup %1: %2").arg(native(path), file.errorString()) };
    // Notes are the analyst's own: nobody else on the machine reads them.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                        | QFileDevice::WriteUser);
    const QByteArray bytes = QJsonDocument(backup).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error { Messages::tr("Cannot write the backup %1: %2").arg(native(path), file.errorString()) };
    return Done{};
}

Result<RestoreSummary> restoreUserData(LeadStore& store)
{
    return restoreUserData(store, backupPath(store.path()));
}

Result<RestoreSummary> restoreUserData(LeadStore& store, const QString& backupFile)
{
    QFile file(backupFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Messages::tr("Cannot read the backup %1: %2").arg(native(backupFile), file.errorString()) };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject backup = document.object();
    if (parseError.error != QJsonParseError::NoError || backup.value(QStringLiteral("format")) != QLatin1String(kBackupFormat))
        return Error { Messages::tr("The backup %1 is not a Trade Leads backup of saved searches and tracking")
                           .arg(native(backupFile)) };

    RestoreSummary summary;
    summary.backupWrittenAt = backup.value(QStringLiteral("written_at")).toString();
    if (auto status = store.beginTransaction(); !status)
        return status.error();
    const SqliteLeadStore* cache = localCache(store);
    if (!cache) {
        store.rollback();
        return Error { Messages::tr("Only a local cache is restored from a backup") };
    }
    auto searches = insertRows(*cache, QStringLiteral("saved_search"), kSavedSearchColumns, QStringLiteral("name"),
                               backup.value(QStringLiteral("saved_searches")).toArray());
    QJsonArray trackingRows = backup.value(QStringLiteral("lead_user")).toArray();
    Result<qint64> tracking = qint64(0);
    if (searches)
        tracking = withFamilies(*cache, trackingRows);
    if (searches && tracking)
        tracking = insertRows(*cache, QStringLiteral("lead_user"), kLeadUserColumns, QStringLiteral("family_id"),
                              trackingRows);
    if (!searches || !tracking) {
        store.rollback();
        return Error { Messages::tr("Cannot restore the backup %1: %2")
                           .arg(native(backupFile), searches ? tracking.errorMessage() : searches.errorMessage()) };
    }
    if (auto status = store.commit(); !status) {
        store.rollback();
        return status.error();
    }
    summary.savedSearches = *searches;
    summary.trackedLeads = *tracking;
    return summary;
}

Outlook outlook(const QString& path, const Options& options)
{
    Outlook outlook;
    const QFileInfo info(path);
    if (PgLeadStore::isTeamServer(path) || !info.exists())
        return outlook;
    outlook.bytes = info.size();
    outlook.depth = depthAtOpen(fullCheckOwed(path), options);
    // A cache at this version says so in its header, read without opening SQLite.
    qint64 size = 0;
    QByteArray header;
    if (hasSqliteMagic(path, size, header) && currentHeader(path, header))
        return outlook;
    const ReadOnlyDatabase db(path);
    int rc = db.openCode();
    if (rc == SQLITE_OK) {
        const int schema = db.column("PRAGMA user_version", rc).value(0).toInt();
        outlook.upgrade = rc == SQLITE_OK && schema > 0 && schema < SqliteLeadStore::currentSchemaVersion();
    }
    return outlook;
}

Result<Opened> openChecked(const QString& path, const Options& options)
{
    Opened opened;
    if (PgLeadStore::isTeamServer(path)) {
        // A server keeps itself whole: no file to check, nothing to move aside.
        auto server = LeadStore::open(path);
        if (!server)
            return server.error();
        opened.check.verdict = Verdict::Healthy;
        opened.store = std::move(*server);
        return opened;
    }
    const FullCheck owed = fullCheckOwed(path);
    const bool deferred = owed == FullCheck::UncleanEnd && options.deferCheckAfterUncleanEnd;
    opened.check = check(path, depthAtOpen(owed, options));
    const CheckReport& report = opened.check;
    // The marker is spent once the whole file was found sound, or the file moved aside.
    if (owed == FullCheck::DamageSeen
        && ((report.verdict == Verdict::Healthy && report.depth == Depth::Full) || report.movedAside()
            || report.verdict == Verdict::Missing))
        removeMarker(path);
    if (report.verdict == Verdict::Unreadable) {
        // Not condemned: perhaps locked or briefly unreadable. LeadStore::open says what is
        // wrong when it fails too; when it opens, the cache is used as it is.
        auto store = LeadStore::open(path);
        if (!store)
            return Error{report.message + u' ' + store.errorMessage()};
        opened.store = std::move(*store);
        return opened;
    }
    if (report.verdict != Verdict::Missing && report.verdict != Verdict::Healthy && !report.movedAside())
        return Error{report.message}; // unusable, and stuck in place

    const bool fresh = report.movedAside() || report.verdict == Verdict::Missing;
    auto store = LeadStore::open(path);
    if (!store) {
        if (report.movedAside())
            return Error{report.message + u' ' + store.errorMessage()};
        return store.error();
    }
    opened.store = std::move(*store);
    opened.fullCheckDue = deferred && !report.movedAside();

    QStringList notice;
    if (report.movedAside())
        notice << report.message << Messages::tr("A new, empty cache was created in its place.");
    const QString backup = backupPath(path);
    if (fresh && QFileInfo::exists(backup)) {
        auto restored = restoreUserData(*opened.store, backup);
        if (restored) {
            opened.restored = true;
            if (!report.movedAside())
                notice << Messages::tr("The cache file %1 was not found, so a new one was created.").arg(native(path));
            notice << restoredNotice(*restored);
        } else {
            // Kept under another name, so that the next clean exit cannot overwrite it.
            const QString kept = backup + QStringLiteral(".unrestored-")
                + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            const bool moved = QFile::rename(backup, kept);
            notice << Messages::tr("Your saved searches and tracking could not be restored: %1.")
                          .arg(restored.errorMessage());
            if (moved)
                notice << Messages::tr("The backup was kept as %1.").arg(native(kept));
        }
    } else if (report.movedAside()) {
        notice << Messages::tr(
            "No backup of your saved searches and tracking was found (one is written at each clean exit), "
            "so they start empty.");
    }
    opened.notice = notice.join(u' ');
    return opened;
}

} // namespace CacheGuard
