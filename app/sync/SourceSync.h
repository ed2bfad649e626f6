#pragma once

#include "Lead.h"
#include "Result.h"
#include "SyncLog.h"
#include "SyncTypes.h"

#include <QByteArray>
#include <QFuture>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class LeadStore;
class StoreWorker;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class RequestQuota;

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
    // Sources that read pages ahead (below) never get here.
    virtual PageResult acceptPage(LeadStore& store, const QByteArray& body);

    // Reading pages ahead: a page is parsed on a worker thread; as soon as its outline is known
    // the source moves on (advance(), here) and the next request goes out while the page's
    // records are read and the writer stores the page before. At most two pages wait for the
    // writer; a stop waits for the pages already read.
    struct ParsedPage
    {
        QString error; // not empty: the page cannot be read
        QList<Lead> leads;
        qint64 skipped = 0;     // records that could not be read
        qint64 total = -1;      // records in the window or data set, when the page says
        qint64 nextOffset = -1; // where the next page starts, when the page says
    };
    struct PageStep
    {
        SyncState next;           // the position written with the page
        qint64 expectedLeads = 0; // > 0: the leads the run brings, for the store's bulk path
        std::optional<PageResult> stopAfter; // the page is kept, then the run ends so
    };
    // A parser's page (SamJsonParser, ItaJsonParser, ItaDatasetParser) as a ParsedPage.
    template<typename Page>
    static ParsedPage parsedPage(Result<Page> page)
    {
        ParsedPage parsed;
        if (!page) {
            parsed.error = page.errorMessage();
            return parsed;
        }
        parsed.leads = std::move(page->leads);
        parsed.skipped = page->errors.size();
        parsed.total = page->total;
        if constexpr (requires { page->nextOffset; })
            parsed.nextOffset = page->nextOffset;
        return parsed;
    }
    static PageOutline outlineOf(const ParsedPage& page);
    using Outlined = std::function<void(const PageOutline&)>;
    virtual bool readsPagesAhead() const { return false; }
    // On a worker thread: only what the page holds, no member changes. A parser that knows the
    // page's outline before its records tells `outlined` (from that thread), and fails only
    // before that; otherwise the outline is taken from the parsed page.
    virtual ParsedPage parsePage(const QByteArray& body, const Outlined& outlined) const;
    // Here: the position the page moves the run to (nextRequest() then asks for the page after).
    virtual PageStep advance(const PageOutline& page);
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
    void readAhead(const QByteArray& body);
    void onOutlined(quint64 read, const PageOutline& outline);
    void onPageRead(ParsedPage page);
    void writeAhead(ParsedPage page, const PageStep& step);
    void sendNextWhenRoom();
    void stopIfWaiting(); // the stop that waited, once no page is being read or stored
    void reportIndexing(); // the bulk load's rebuild began, on the writer

    qint64 m_runId = 0;
    // Writer thread only: whether the store took the run as a bulk load, and the count it was
    // last asked with (SAM.gov tells each date window's count as the run reaches it).
    bool m_bulkLoading = false;
    qint64 m_bulkLoadAsked = 0;
    std::optional<QNetworkRequest> m_request;
    int m_attempt = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    bool m_finished = false;
    bool m_jobPending = false; // a writer job this source waits for
    // Reading ahead:
    QFuture<ParsedPage> m_parsing;
    bool m_reading = false;        // a page being parsed, its result not handled yet
    quint64 m_read = 0;            // counts the pages read; an outline of an earlier one is late
    std::optional<PageStep> m_outlinedStep; // the run moved on from the page being read
    QByteArray m_heldBody;         // the next page, read once the one before is
    bool m_completeWhenRead = false; // the last page is being read: the run completes after it
    std::array<qint64, 4> m_lastProgress = {-1, -1, 0, -1}; // the estimates last reported
    // m_cancelled as the writer reads it: a page not committed yet is not stored.
    std::shared_ptr<std::atomic_bool> m_cancelledForWriter = std::make_shared<std::atomic_bool>(false);
    int m_writesPending = 0;       // pages posted to the writer and not stored yet
    qint64 m_pagesPosted = 0;      // pages and records the run holds once they are stored
    qint64 m_recordsPosted = 0;
    bool m_sendWaiting = false;    // the next request waits for the writer
    struct Stop
    {
        SyncOutcome outcome;
        QString message;
        QDateTime resumeAt;
    };
    std::optional<Stop> m_stopWaiting; // a stop that waits for the pages being stored
};
