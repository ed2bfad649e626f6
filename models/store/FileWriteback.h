#pragma once

// Starts the kernel writing a file's dirty pages out while a bulk load goes on, so that the
// load's commits find most of them on disk already. A commit waits for every page the load
// wrote since the one before (Linux keeps up to a tenth of memory dirty before it writes on
// its own): at 200,000 leads the writer waited 0.8 s of its 13 s in fdatasync.
//
// It never opens the file itself: closing another descriptor of a SQLite database would drop
// the process's POSIX locks on it. It uses a descriptor SQLite holds, found by its inode.
// Elsewhere than Linux it does nothing.

#include <QStringList>

#include <condition_variable>
#include <mutex>
#include <thread>

class FileWriteback
{
public:
    // `paths`: the files to keep writing out (the cache, its journal and its WAL).
    explicit FileWriteback(const QStringList& paths);
    ~FileWriteback(); // stops

    FileWriteback(const FileWriteback&) = delete;
    FileWriteback& operator=(const FileWriteback&) = delete;

private:
    void run();

    QStringList m_paths;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};
