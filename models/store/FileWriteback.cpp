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
// The descriptors of this process open on the files at `paths` (one each at most), found in
// one look at /proc/self/fd.
QList<int> descriptorsOf(const QList<QByteArray>& paths)
{
    QList<std::pair<dev_t, ino_t>> wanted;
    for (const QByteArray& path : paths) {
        struct stat file {};
        if (::stat(path.constData(), &file) == 0)
            wanted.append({file.st_dev, file.st_ino});
    }
    QList<int> found;
    if (wanted.isEmpty())
        return found;
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString& entry : entries) {
        bool number = false;
        const int fd = entry.toInt(&number);
        struct stat seen {};
        if (!number || ::fstat(fd, &seen) != 0 || !S_ISREG(seen.st_mode))
            continue;
        if (wanted.removeOne(std::pair{seen.st_dev, seen.st_ino}))
            found.append(fd);
        if (wanted.isEmpty())
            break;
    }
    return found;
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
        for (const int fd : descriptorsOf(paths))
            (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        lock.lock();
    }
#endif
}
