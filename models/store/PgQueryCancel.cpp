#include "PgQueryCancel.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <chrono>

#include <dlfcn.h>

namespace {

// libpq's cancel functions, from the libpq the QPSQL driver loaded with the connection: a
// command on a local cache then never loads libpq and the two dozen libraries it needs
// (Kerberos, LDAP, GnuTLS…), a third of its start.
struct CancelFunctions
{
    decltype(&PQgetCancel) getCancel = nullptr;
    decltype(&PQcancel) cancel = nullptr;
    decltype(&PQfreeCancel) freeCancel = nullptr;
};

const CancelFunctions& cancelFunctions()
{
    static const CancelFunctions functions = [] {
        CancelFunctions found;
        void* library = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            library = dlopen("libpq.so.5", RTLD_NOW);
        if (!library)
            return found;
        found.getCancel = reinterpret_cast<decltype(&PQgetCancel)>(dlsym(library, "PQgetCancel"));
        found.cancel = reinterpret_cast<decltype(&PQcancel)>(dlsym(library, "PQcancel"));
        found.freeCancel = reinterpret_cast<decltype(&PQfreeCancel)>(dlsym(library, "PQfreeCancel"));
        if (!found.getCancel || !found.cancel || !found.freeCancel)
            return CancelFunctions{};
        return found; // the library stays loaded: a connection holds it
    }();
    return functions;
}

} // namespace

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
    const CancelFunctions& libpq = cancelFunctions();
    if (!libpq.getCancel)
        return; // statement_timeout is the net
    m_cancel = libpq.getCancel(connection); // made on the connection's own thread
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
            if (cancelFunctions().cancel(m_cancel, reason, int(sizeof reason)) != 1)
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
        cancelFunctions().freeCancel(m_cancel);
}
