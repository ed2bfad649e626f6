#include "StoreWriter.h"

#include "LeadStore.h"

#include <QThread>

StoreWriter::StoreWriter() = default;

Result<std::unique_ptr<StoreWriter>> StoreWriter::open(const QString& path)
{
    std::unique_ptr<StoreWriter> writer(new StoreWriter);
    writer->m_thread = new QThread;
    writer->m_thread->setObjectName(QStringLiteral("StoreWriter"));
    writer->m_worker = new QObject;
    writer->m_worker->moveToThread(writer->m_thread);
    writer->m_thread->start();
    QString error;
    StoreWriter* raw = writer.get();
    QMetaObject::invokeMethod(
        writer->m_worker,
        [raw, &path, &error] {
            auto store = LeadStore::open(path);
            if (store)
                raw->m_store = std::move(*store);
            else
                error = store.errorMessage();
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        return Error{error};
    return writer;
}

StoreWriter::~StoreWriter()
{
    if (!m_thread)
        return;
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void StoreWriter::post(QObject* context, std::function<void(LeadStore&)> job, std::function<void()> done)
{
    QMetaObject::invokeMethod(m_worker, [this, context, job = std::move(job), done = std::move(done)] {
        job(*m_store);
        if (done)
            QMetaObject::invokeMethod(context, done, Qt::QueuedConnection);
    });
}
