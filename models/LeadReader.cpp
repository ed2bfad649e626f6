#include "LeadReader.h"

#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace {

// How long the whole id list waits for the first rows when none are asked (a hidden view).
constexpr std::chrono::milliseconds kFirstRowsWait(250);

} // namespace

// The newest generation whose rows were read, for the id list that waits on them.
struct LeadReader::RowsRead
{
    std::mutex mutex;
    std::condition_variable changed;
    quint64 generation = 0;

    void wake()
    {
        { const std::lock_guard lock(mutex); }
        changed.notify_all();
    }
};

// A thread with a store opened, used and closed on it.
struct LeadReader::Worker
{
    QThread thread;
    QObject context;
    std::shared_ptr<std::unique_ptr<LeadStore>> store = std::make_shared<std::unique_ptr<LeadStore>>();
    std::shared_ptr<QString> openError = std::make_shared<QString>(); // why the store did not open

    Worker(const QString& cachePath, const QString& name)
    {
        thread.setObjectName(name);
        context.moveToThread(&thread);
        thread.start();
        auto opened = store;
        auto error = openError;
        QMetaObject::invokeMethod(&context, [opened, error, cachePath] {
            if (auto result = LeadStore::open(cachePath))
                *opened = std::move(*result);
            else
                *error = result.errorMessage();
        });
    }

    ~Worker()
    {
        auto opened = store;
        QMetaObject::invokeMethod(&context, [opened] { opened->reset(); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

LeadReader::LeadReader(const QString& cachePath, QObject* parent)
    : QObject(parent), m_ids(std::make_unique<Worker>(cachePath, QStringLiteral("LeadReader ids"))),
      m_rows(std::make_unique<Worker>(cachePath, QStringLiteral("LeadReader rows"))),
      m_latest(std::make_shared<std::atomic<quint64>>(0)), m_rowsRead(std::make_shared<RowsRead>())
{
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<QList<StoredLead>>();
}

LeadReader::~LeadReader()
{
    *m_latest = 0; // no generation: a list waiting for rows gives up
    m_rowsRead->wake();
}

void LeadReader::requestIds(quint64 generation, const LeadFilter& filter, const QDate& today, int firstCount)
{
    *m_latest = generation;
    m_rowsRead->wake(); // a list still waiting for rows of an older request goes on, to be dropped
    auto store = m_ids->store;
    auto openError = m_ids->openError;
    auto latest = m_latest;
    auto rowsRead = m_rowsRead;
    QMetaObject::invokeMethod(&m_ids->context, [this, store, openError, latest, rowsRead, generation, filter, today,
                                                firstCount] {
        // A newer request is queued behind this one: skip the work it would replace.
        if (*latest != generation)
            return;
        if (!*store) {
            emit failed(generation, *openError);
            return;
        }
        // Replaced while it runs (a filter typed on, the window's first filter after its
        // default), a query is abandoned: on a team server it is cancelled on the server.
        auto first = (*store)->ids(filter, today, firstCount, [latest, generation] { return *latest != generation; });
        if (*latest != generation)
            return;
        if (!first) {
            emit failed(generation, first.errorMessage());
            return;
        }
        emit firstIdsReady(generation, *first);
        if (first->size() < firstCount) {
            emit idsReady(generation, *first);
            return;
        }
        {
            std::unique_lock lock(rowsRead->mutex);
            rowsRead->changed.wait_for(lock, kFirstRowsWait, [&] {
                return rowsRead->generation >= generation || *latest != generation;
            });
        }
        if (*latest != generation)
            return;
        auto all = (*store)->ids(filter, today, -1, [latest, generation] { return *latest != generation; });
        if (*latest != generation)
            return;
        if (!all) {
            emit failed(generation, all.errorMessage());
            return;
        }
        emit idsReady(generation, *all);
    });
}

void LeadReader::requestRows(quint64 generation, int firstRow, const QList<qint64>& ids, const QString& keyword)
{
    auto store = m_rows->store;
    auto latest = m_latest;
    auto rowsRead = m_rowsRead;
    QMetaObject::invokeMethod(&m_rows->context, [this, store, latest, rowsRead, generation, firstRow, ids, keyword] {
        if (*latest != generation || !*store)
            return;
        auto rows = (*store)->leadsByIds(ids, LeadStore::Detail::Listing);
        {
            const std::lock_guard lock(rowsRead->mutex);
            rowsRead->generation = qMax(rowsRead->generation, generation);
        }
        rowsRead->changed.notify_all();
        if (!rows) {
            emit failed(generation, rows.errorMessage());
            return;
        }
        if (!keyword.isEmpty()) {
            auto inAttachment = (*store)->attachmentOnlyMatches(keyword, ids);
            if (!inAttachment) {
                emit failed(generation, inAttachment.errorMessage());
                return;
            }
            for (StoredLead& row : *rows)
                row.keywordInAttachmentOnly = inAttachment->contains(row.id);
        }
        emit rowsReady(generation, firstRow, *rows);
    });
}
