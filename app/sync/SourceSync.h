#pragma once

#include "Result.h"
#include "SyncTypes.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <optional>

class LeadStore;
class StoreWorker;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class RequestQuota;
struct Lead;
struct SyncState;
struct UpsertStats;

// One source's sync: asks for pages one after another, writes each page in one transaction
// together with the position to resume from, and classifies every fault: bad requests and
// refused keys end the run at once, quota stops it with the time to resume, and transient
// faults (5xx, timeouts, refused connections, truncated or malformed bodies, wrong content
// type) are retried with exponential backoff and jitter a bounded number of times.
class SourceSync : public QObject
{
    Q_OBJECT
public:
    SourceSync(QString source, StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config,
               QObject* parent = nullptr);
    ~SourceSync() override;

    QString source() const { return m_report.source; }
    void start();
    void cancel();

signals:
    void progress(const SyncProgress& progress);
    void finished(const SourceReport& report);

protected:
    struct PageResult
    {
        enum Kind { Accepted, Malformed, StoreFailed, Stop };
        PageResult() = default;
        PageResult(Kind k, QString text) : kind(k), message(std::move(text)) {}
        Kind kind = Accepted;
        QString message;
        SyncOutcome stopOutcome = SyncOutcome::Ok; // with Stop: the page is kept, the run ends
        QDateTime resumeAt;
    };

    // Plans the run from the stored resume position; an error fails the source at once.
    virtual Status prepare(const SyncState& state) = 0;
    // The next request, or nothing when the source is complete.
    virtual std::optional<QNetworkRequest> nextRequest() = 0;
    // Parses and stores one page; advances the position on success. Runs on the writer
    // thread while this source waits, so it may use members but must not emit or use timers.
    virtual PageResult acceptPage(LeadStore& store, const QByteArray& body) = 0;
    // Runs on the writer thread once every page is in.
    virtual Status complete(LeadStore&) { return Done{}; }
    // Human name of the service for messages ("SAM.gov", "ITA").
    virtual QString serviceName() const = 0;
    // The quota the source's key counts against, if any.
    virtual RequestQuota* quota() { return nullptr; }
    virtual QString keyHint() const = 0; // where the user sets the key
    virtual bool expectsJson() const { return true; }
    // Bodies that are not JSON (downloads) are streamed: the reply is handed over as it arrives.
    virtual void onReplyStarted(QNetworkReply*) {}
    // A streamed reply has finished: the last bytes are still to be taken.
    virtual void onReplyFinishing(QNetworkReply*) {}

    // On the writer thread, once a page says how many leads the run will bring: enough of
    // them load in bulk (the store rebuilds its indexes when the run stops).
    void expectLeads(LeadStore& store, qint64 count);
    // Writes leads and the next resume position in one transaction, updating the report.
    PageResult writePage(LeadStore& store, const QList<Lead>& leads, qint64 skipped, const SyncState& next);
    // Safe from either thread: the signal is queued to the listeners.
    void reportProgress(qint64 pagesEstimated, qint64 recordsEstimated, qint64 bytes = 0, qint64 bytesTotal = -1);
    void stopWith(SyncOutcome outcome, const QString& message, const QDateTime& resumeAt = {});
    QString redact(QString text) const;

    StoreWorker& m_writer;
    QNetworkAccessManager& m_network;
    SyncConfig m_config;
    SourceReport m_report;
    bool m_cancelled = false;

private:
    void sendNext();
    void send();
    void onFinished();
    void retryOrFail(const QString& message, std::optional<std::chrono::milliseconds> wait = std::nullopt);
    void finish();
    void handlePage(const PageResult& page);

    qint64 m_runId = 0;
    bool m_loadSizeKnown = false; // writer thread only
    std::optional<QNetworkRequest> m_request;
    int m_attempt = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    bool m_finished = false;
    bool m_jobPending = false; // a writer job this source waits for
};
