#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class LeadStore;
class QThread;

// The one writer connection, on a thread of its own: parsing and writing a page never
// blocks the thread that talks to the network (or draws the window). Jobs run in the
// order they are posted; each job's `done` runs afterwards on `context`'s thread.
class StoreWriter final : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<StoreWriter>> open(const QString& path);
    ~StoreWriter() override;

    // `context` must outlive the job: SourceSync waits for its last job before it finishes.
    void post(QObject* context, std::function<void(LeadStore&)> job, std::function<void()> done = {});

private:
    StoreWriter();

    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr;
    std::unique_ptr<LeadStore> m_store; // lives on m_thread
};
