#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class LeadStore;

// Guards the cache file at start and keeps the analyst's own data safe from its loss.
//
// check() looks at a cache before anything opens it: a file that is damaged (PRAGMA
// quick_check), not a SQLite database, another program's database, or written by a newer
// Trade Leads is moved aside (with its -wal and -shm) and reported in a sentence for people.
// Synced leads can be fetched again; saved searches and tracking (stars, pipeline status,
// notes, tags) cannot, so backupUserData() copies them at each clean exit to a small JSON
// file beside the cache, and restoreUserData() puts them back into a fresh cache. Tracking
// is keyed by (source, source id), so it re-attaches to each lead as sync brings it back.
//
// openChecked() does it all in one call for the window and the command line.
// SQLite only, like LeadStore's dialect: a server-side store would not need it.
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
    Structure, // header, schema version and tables only: milliseconds at any size
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
    // Past this size the full quick_check runs only when the last session did not close the
    // cache (a -wal file is left and no other process has the cache open) or the last full
    // check is older than fullCheckDays; the structure is checked at every start. Smaller
    // caches get the full check each time.
    qint64 fullCheckBytes = qint64(1) << 30;
    int fullCheckDays = 7;
};

struct Opened
{
    std::unique_ptr<LeadStore> store;
    QString notice; // for people, translated: show it once; empty when nothing happened
    CheckReport check;
    bool restored = false;
};

// What openChecked() will do to the cache at `path`, learnt in milliseconds: for the words of
// a progress dialog while it runs.
struct Outlook
{
    bool upgrade = false; // an older schema: LeadStore::open upgrades it (a minute per million leads)
    Depth depth = Depth::Full; // the check that will run
    qint64 bytes = 0; // the file's size; 0 when there is none yet
};
Outlook outlook(const QString& path, const Options& options = {});

// Checks the cache, moves an unusable one aside, opens (creating a fresh cache in its
// place), and restores the analyst's data from the backup into a fresh one. Fails only when
// no usable cache could be opened (for example the file could not be moved aside).
Result<Opened> openChecked(const QString& path, const Options& options = {});

} // namespace CacheGuard
