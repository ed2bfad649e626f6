#pragma once

#include "Result.h"

#include <QString>

#include <functional>
#include <memory>

class LeadStore;

// Guards the cache file at start and keeps the analyst's own data safe from its loss.
//
// check() looks at a cache before anything opens it: a file that is damaged, not a SQLite
// database, another program's database, or written by a newer Trade Leads is moved aside
// (with its -wal and -shm) and reported in a sentence for people.
// Synced leads can be fetched again; saved searches and tracking (stars, pipeline status,
// notes, tags) cannot, so backupUserData() copies them at each clean exit to a small JSON
// file beside the cache, and restoreUserData() puts them back into a fresh cache. Tracking
// is keyed by (source, source id), so it re-attaches to each lead as sync brings it back.
//
// openChecked() does it all in one call for the window and the command line, in
// milliseconds at any size: the structure at every start, the whole file (PRAGMA quick_check,
// a second per GB) only when a full check is owed (fullCheckOwed()). SQLite's atomic commit
// is what keeps the cache whole; the full check looks for what it cannot help (a disk or
// another program damaging the file). SQLite only, like LeadStore's dialect: a server-side
// store would not need it.
namespace CacheGuard {

enum class Verdict {
    Missing, // no file yet: LeadStore::open creates it
    Healthy,
    Damaged, // quick_check or SQLite itself found corruption, or the file is cut short
    NotSqlite, // the file is not a SQLite database at all
    Foreign, // a SQLite database, but not a Trade Leads cache
    Newer, // a cache of a newer schema than this Trade Leads knows
    Unreadable, // could not be checked (locked, I/O error, no permission): left in place
};

enum class Depth {
    Full, // PRAGMA quick_check: reads every page (about a second per GB)
    Structure, // header, schema version, tables, file size against the page count: milliseconds at any size
    Thorough, // PRAGMA integrity_check: Full, and every index compared with its table (slower)
};

struct CheckReport
{
    Verdict verdict = Verdict::Healthy;
    Depth depth = Depth::Full; // the check that ran
    QString reason; // what SQLite or the check said, for the message and the log
    QString movedTo; // where the file went; empty when it was left in place
    QString message; // for people, translated; empty when the cache is fine
    bool movedAside() const { return !movedTo.isEmpty(); }
};

// Checks the cache at `path` and, when it cannot be used, moves it and its -wal, -shm and
// -journal files aside to "<path>.damaged-<UTC time>" (".foreign-", ".newer-" for the other
// verdicts); they are kept, never deleted. A file that cannot be checked (Unreadable) or
// moved is left where it is and the report's message says so.
CheckReport check(const QString& path, Depth depth = Depth::Full);

// Checks the cache at `path` and moves nothing: for `tradeleads check` and the window's check
// of a cache in use. An unusable file gets the marker (checkNeededPath), so that the next
// openChecked() checks it fully and moves it aside; a healthy Full or Thorough check removes
// the marker. `cancelled`, asked while the check runs, stops it (verdict Unreadable). The
// report's message says what is wrong, without the moving aside.
CheckReport inspect(const QString& path, Depth depth = Depth::Full, const std::function<bool()>& cancelled = {});

// "leads.sqlite" -> "leads.sqlite.check-needed": the marker that the next openChecked() must
// check the whole file. The store leaves it when a statement meets a damaged page (SQLITE_CORRUPT,
// SQLITE_NOTADB), and inspect() when it finds damage; it holds when and what, for people.
QString checkNeededPath(const QString& cachePath);

enum class FullCheck {
    NotOwed,
    UncleanEnd, // a -wal is left and no other process has the cache open: the last session did not close it
    DamageSeen, // the marker: a statement or a check met damage
};
// Why the next open owes a full check, learnt in microseconds (two stat calls and a lock query).
FullCheck fullCheckOwed(const QString& path);

// The backup file beside a cache: "leads.sqlite" -> "leads.sqlite.userdata.json".
QString backupPath(const QString& cachePath);

// Writes the saved searches and every lead_user row to backupPath(store.path()) atomically
// (QSaveFile), readable by the user only (0600). Call it at each clean exit.
Status backupUserData(const LeadStore& store);

struct RestoreSummary
{
    qint64 savedSearches = 0; // rows added
    qint64 trackedLeads = 0;
    QString backupWrittenAt; // when the backup was taken (ISO 8601, UTC)
};

// Adds the backup's saved searches and tracking to the store, in one transaction. Rows the
// store already has (same search name, same source and id) are kept as they are.
Result<RestoreSummary> restoreUserData(LeadStore& store);
Result<RestoreSummary> restoreUserData(LeadStore& store, const QString& backupFile);

struct Options
{
    // After an unclean end, open on the structure check and leave the full check to the
    // caller (Opened::fullCheckDue), who runs inspect() on a worker while the cache is in use:
    // the window, which must not hold back its first rows. The marker of damage seen still
    // gets the full check here, before the cache opens, so that a damaged file is moved aside.
    bool deferCheckAfterUncleanEnd = false;
};

struct Opened
{
    std::unique_ptr<LeadStore> store;
    QString notice; // for people, translated: show it once; empty when nothing happened
    CheckReport check;
    bool restored = false;
    bool fullCheckDue = false; // deferred (Options::deferCheckAfterUncleanEnd): run inspect() soon
};

// What openChecked() will do to the cache at `path`, learnt in milliseconds: for the words of
// a progress dialog while it runs.
struct Outlook
{
    bool upgrade = false; // an older schema: LeadStore::open upgrades it (minutes for a million leads)
    Depth depth = Depth::Full; // the check that will run
    qint64 bytes = 0; // the file's size; 0 when there is none yet
};
Outlook outlook(const QString& path, const Options& options = {});

// Checks the cache (the structure; the whole file too when fullCheckOwed() says so), moves an
// unusable one aside, opens (creating a fresh cache in its place), and restores the analyst's
// data from the backup into a fresh one. Fails only when no usable cache could be opened (for
// example the file could not be moved aside).
Result<Opened> openChecked(const QString& path, const Options& options = {});

} // namespace CacheGuard
