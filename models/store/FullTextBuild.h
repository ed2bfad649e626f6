#pragma once

// The full-text index of every lead, made on a connection and thread of its own into a
// scratch file beside the cache, while the cache's own connection remakes the other indexes
// at the end of a bulk load (SqliteBulkLoad.cpp); the cache then takes its tables in. The
// two cores each rebuild one half instead of one core both, one after the other.
//
// The scratch table has the cache's definition with no content table (the index alone, made
// from the values given), so its shadow tables hold exactly what the cache's would after the
// same inserts.

#include "Result.h"

#include <QString>

#include <atomic>
#include <thread>

struct sqlite3;

class FullTextBuild
{
public:
    // `definition`: the cache's CREATE VIRTUAL TABLE statement of lead_fts.
    FullTextBuild(QString cachePath, QString definition);
    ~FullTextBuild(); // stops a build still running

    FullTextBuild(const FullTextBuild&) = delete;
    FullTextBuild& operator=(const FullTextBuild&) = delete;

    // The scratch file beside a cache: a killed build leaves it, the next removes it.
    static QString scratchPath(const QString& cachePath);
    // The full-text columns of a lead, in the order of the index.
    static const char* columns();

    // Creates the scratch file with its empty table, on the calling thread: attach it after.
    Status prepare();
    // Reads every lead the cache has committed and indexes it, on a thread of its own. The
    // caller holds the cache's write lock, so what is read is what the load left.
    void start();
    // Until the build has ended: how it ended.
    Status wait();
    // Makes a running build end soon with an error.
    void stop();

private:
    Status run();
    Status exec(const char* sql, const QString& what);
    Error failure(const QString& what) const; // the connection's last error, while `what`

    QString m_cachePath;
    QString m_scratchPath;
    QString m_definition;
    sqlite3* m_handle = nullptr;
    std::thread m_thread;
    std::atomic<bool> m_stopped{false};
    Status m_outcome = Done{};
};
