#include "PgQueryCancel.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <chrono>

PgQueryCancel::PgQueryCancel(const QSqlDatabase& db, std::function<bool()> replaced) : m_replaced(std::move(replaced))
{
    if (!m_replaced || !db.isValid())
        return;
    // QPSQL names the handle's type after libpq's struct: "pg_conn*" (the PGconn typedef).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return;
    m_cancel = PQgetCancel(connection); // made on the connection's own thread
    if (!m_cancel)
        return;
    m_watcher = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            if (m_wake.wait_for(lock, std::chrono::milliseconds(10), [this] { return m_done; }))
                break;
            if (!m_replaced())
                continue;
            // Said before it is sent: the statement may fail before PQcancel returns.
            m_cancelled = true;
            char reason[256] = {};
            if (PQcancel(m_cancel, reason, int(sizeof reason)) != 1)
                m_cancelled = false;
            break;
        }
    });
}

PgQueryCancel::~PgQueryCancel()
{
    if (m_watcher.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_one();
        m_watcher.join();
    }
    if (m_cancel)
        PQfreeCancel(m_cancel);
}
