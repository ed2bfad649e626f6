#include "FileWriteback.h"

#include <QDir>
#include <QFile>

#include <chrono>

#ifdef __linux__
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Often enough that a commit every few seconds finds little left to write; each round costs a
// look at the process's descriptors and a system call that returns once the writes are queued.
constexpr std::chrono::milliseconds kInterval(100);

#ifdef __linux__
// A descriptor of this process open on the file at `path`, or -1.
int descriptorOf(const QByteArray& path)
{
    struct stat wanted {};
    if (::stat(path.constData(), &wanted) != 0)
        return -1;
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString& entry : entries) {
        bool number = false;
        const int fd = entry.toInt(&number);
        struct stat seen {};
        if (number && ::fstat(fd, &seen) == 0 && S_ISREG(seen.st_mode) && seen.st_dev == wanted.st_dev
            && seen.st_ino == wanted.st_ino)
            return fd;
    }
    return -1;
}
#endif

} // namespace

FileWriteback::FileWriteback(const QStringList& paths) : m_paths(paths)
{
#ifdef __linux__
    m_thread = std::thread([this] { run(); });
#endif
}

FileWriteback::~FileWriteback()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void FileWriteback::run()
{
#ifdef __linux__
    QList<QByteArray> paths;
    for (const QString& path : std::as_const(m_paths))
        paths.append(QFile::encodeName(path));
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, kInterval, [this] { return m_stop; })) {
        lock.unlock();
        // Looked up each time: SQLite may close a descriptor and the number be reused, and
        // the worst a stale one can do is start another file's writes early.
        for (const QByteArray& path : std::as_const(paths)) {
            if (const int fd = descriptorOf(path); fd >= 0)
                (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        }
        lock.lock();
    }
#endif
}
