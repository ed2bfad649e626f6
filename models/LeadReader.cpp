#include "LeadReader.h"

#include <QThread>

#include <atomic>

LeadReader::LeadReader(const QString& cachePath, QObject* parent)
    : QObject(parent), m_thread(new QThread), m_worker(new QObject),
      m_store(std::make_shared<std::unique_ptr<LeadStore>>()), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<QList<StoredLead>>();
    m_thread->setObjectName(QStringLiteral("LeadReader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    auto store = m_store;
    QMetaObject::invokeMethod(m_worker, [store, cachePath] {
        auto opened = LeadStore::open(cachePath);
        if (opened)
            *store = std::move(*opened);
    });
}

LeadReader::~LeadReader()
{
    auto store = m_store;
    QMetaObject::invokeMethod(m_worker, [store] { store->reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void LeadReader::requestIds(quint64 generation, const LeadFilter& filter, const QDate& today, int firstCount)
{
    *m_latest = generation;
    auto store = m_store;
    auto latest = m_latest;
    QMetaObject::invokeMethod(m_worker, [this, store, latest, generation, filter, today, firstCount] {
        // A newer request is queued behind this one: skip the work it would replace.
        if (*latest != generation)
            return;
        if (!*store) {
            emit failed(generation, tr("The cache could not be opened"));
            return;
        }
        auto first = (*store)->ids(filter, today, firstCount);
        if (!first) {
            emit failed(generation, first.errorMessage());
            return;
        }
        emit firstIdsReady(generation, *first);
        if (first->size() < firstCount) {
            emit idsReady(generation, *first);
            return;
        }
        if (*latest != generation)
            return;
        auto all = (*store)->ids(filter, today);
        if (!all) {
            emit failed(generation, all.errorMessage());
            return;
        }
        emit idsReady(generation, *all);
    });
}

void LeadReader::requestRows(quint64 generation, int firstRow, const QList<qint64>& ids)
{
    auto store = m_store;
    auto latest = m_latest;
    QMetaObject::invokeMethod(m_worker, [this, store, latest, generation, firstRow, ids] {
        if (*latest != generation || !*store)
            return;
        auto rows = (*store)->leadsByIds(ids);
        if (!rows) {
            emit failed(generation, rows.errorMessage());
            return;
        }
        emit rowsReady(generation, firstRow, *rows);
    });
}
