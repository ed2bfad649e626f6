#pragma once

#include "LeadStore.h"
#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;

// One connection to the store on a thread of its own. Jobs run in the order they are
// posted; each job's answer runs afterwards on the thread that made the worker (contexts
// live there), and not at all once the context is gone. The thread that posts never runs SQL and never waits. The window has
// two: the one writer (sync pages, imports, the analyst's edits) and a reader for small
// reads (the detail pane's lead), so that a read never queues behind a long write.
class StoreWorker final : public QObject
{
    Q_OBJECT
public:
    // The connection opens on the worker's thread, as its first job; a job posted before
    // it is open waits for it, and gets the reason when it did not open.
    StoreWorker(const QString& location, const QString& name);
    ~StoreWorker() override;

    QString location() const { return m_location; }

    // Runs `job` on the connection, then `done` on `context`'s thread. The job is skipped when
    // the connection did not open (call() passes the reason on).
    void post(QObject* context, std::function<void(LeadStore&)> job, std::function<void()> done = {});

    // Runs `job` (LeadStore& -> Result<T> or Status) and hands its answer to `done` on
    // `context`'s thread.
    template<typename Job, typename Done>
    void call(QObject* context, Job job, Done done)
    {
        using Answer = std::invoke_result_t<Job, LeadStore&>;
        auto answer = std::make_shared<std::optional<Answer>>();
        run([job = std::move(job), answer](LeadStore* store, const QString& openError) {
            if (store)
                answer->emplace(job(*store));
            else
                answer->emplace(Error { openError });
        }, context, [done = std::move(done), answer] { done(**answer); });
    }

private:
    void run(std::function<void(LeadStore*, const QString&)> job, QObject* context, std::function<void()> done);

    QString m_location;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr;
    std::unique_ptr<LeadStore> m_store; // opened, used and closed on m_thread
    QString m_openError;
};
