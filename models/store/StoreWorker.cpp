#include "StoreWorker.h"

#include <QPointer>
#include <QThread>

StoreWorker::StoreWorker(const QString& location, const QString& name)
    : m_location(location)
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this] {
        auto store = LeadStore::open(m_location);
        if (store)
            m_store = std::move(*store);
        else
            m_openError = store.errorMessage();
    });
}

StoreWorker::~StoreWorker()
{
    // The connection is closed on the thread that opened it, after the jobs already posted.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void StoreWorker::run(std::function<void(LeadStore*, const QString&)> job, QObject* context, std::function<void()> done)
{
    // The answer goes through this object, which lives on the posting thread, and is handed
    // over there only if the context still exists: a pane closed meanwhile gets nothing.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, guard, job = std::move(job), done = std::move(done)] {
        job(m_store.get(), m_openError);
        if (done) {
            QMetaObject::invokeMethod(this, [guard, done] {
                if (guard)
                    done();
            }, Qt::QueuedConnection);
        }
    });
}

void StoreWorker::post(QObject* context, std::function<void(LeadStore&)> job, std::function<void()> done)
{
    run([job = std::move(job)](LeadStore* store, const QString&) {
        if (store)
            job(*store);
    }, context, std::move(done));
}
