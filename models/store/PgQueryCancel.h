#pragma once

#include <QSqlDatabase>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

typedef struct pg_cancel PGcancel;

// While one lives, the statement running on `db` is cancelled on the server (libpq's PQcancel:
// QPSQL has no cancelQuery()) as soon as `replaced` answers true, asked every 10 ms from a
// thread of its own: the statement then fails with SQLSTATE 57014 and the connection stays
// usable. A view thus never waits for an answer it no longer wants, as SQLite's progress
// handler does for the local cache. `replaced` must be safe to call from another thread.
class PgQueryCancel
{
public:
    PgQueryCancel(const QSqlDatabase& db, std::function<bool()> replaced);
    ~PgQueryCancel();
    PgQueryCancel(const PgQueryCancel&) = delete;
    PgQueryCancel& operator=(const PgQueryCancel&) = delete;

    bool cancelled() const { return m_cancelled.load(); } // a cancel was sent to the server

private:
    std::function<bool()> m_replaced;
    PGcancel* m_cancel = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<bool> m_cancelled { false };
    std::thread m_watcher;
};
