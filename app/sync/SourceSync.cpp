#include "SourceSync.h"

#include "LeadStore.h"
#include "RequestQuota.h"
#include "StoreWorker.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// A time the server names for resuming that has passed by at most this much is read as clocks a
// little apart (or Retry-After: 0) and tried again; one longer past is stale.
constexpr qint64 kClockSkewMs = 5 * 60 * 1000;

// The error object of a body. The gateway in front of api.sam.gov answers
// {"code":"900804","message":...,"description":...,"nextAccessTime":...}; the same gateway software
// in front of other products wraps that in {"fault":{...}} with a numeric code.
QJsonObject errorObject(const QJsonObject& o)
{
    const QJsonValue fault = o.value(QStringLiteral("fault"));
    return fault.isObject() ? fault.toObject() : o;
}

// The message a service put in an error body: SAM.gov and api.data.gov use several shapes.
QString serviceMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject o = errorObject(document.object());
        for (const char* key : {"message", "errorMessage", "error_message", "detail", "title", "description"}) {
            const QString text = o.value(QLatin1String(key)).toString().trimmed();
            if (!text.isEmpty())
                return text;
        }
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (error.isObject()) {
            const QString text = error.toObject().value(QStringLiteral("message")).toString().trimmed();
            if (!text.isEmpty())
                return text;
        }
        if (error.isString())
            return error.toString().trimmed();
    }
    QString text = QString::fromUtf8(body.left(300)).simplified();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.trimmed();
}

// The first date and time in a gateway text: "2026-Sep-02 00:00:00+0000 UTC", the shortened
// "2026-Jun-08 00:00 UTC", or ISO 8601. Without an offset it is UTC, as the gateway's "UTC" says.
std::optional<QDateTime> gatewayTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\d{4})-(\\d{1,2}|[A-Za-z]{3})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                       "\\s*(?:Z|([+-])(\\d{2}):?(\\d{2}))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString monthText = match.captured(2);
    int month = monthText.toInt();
    for (int m = 1; month == 0 && m <= 12; ++m) {
        if (QLocale::c().monthName(m, QLocale::ShortFormat).compare(monthText, Qt::CaseInsensitive) == 0)
            month = m;
    }
    const QDate date(match.captured(1).toInt(), month, match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime at(date, time, Qt::UTC);
    if (!match.captured(7).isEmpty()) {
        const qint64 offset = (match.captured(8).toInt() * 60 + match.captured(9).toInt()) * 60;
        at = at.addSecs(match.captured(7) == QLatin1String("+") ? -offset : offset);
    }
    return at;
}

// Retry-After is seconds or an HTTP date. Without it, the gateway's body says when the key is let
// in again: nextAccessTime, else the time its description names ("You can access API after
// 2026-Aug-13 00:00:00+0000 UTC"); a placeholder or no description names none.
std::optional<QDateTime> retryAt(const QNetworkReply& reply, const QByteArray& body)
{
    const QByteArray header = reply.rawHeader("Retry-After").trimmed();
    if (!header.isEmpty()) {
        bool ok = false;
        const qint64 seconds = header.toLongLong(&ok);
        if (ok)
            return QDateTime::currentDateTimeUtc().addSecs(qMax<qint64>(0, seconds));
        const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(header).simplified(),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (date.isValid())
            return QDateTime(date.date(), date.time(), Qt::UTC);
    }
    const QJsonObject o = errorObject(QJsonDocument::fromJson(body).object());
    for (const char* key : {"nextAccessTime", "description"}) {
        if (auto at = gatewayTime(o.value(QLatin1String(key)).toString()))
            return at;
    }
    return std::nullopt;
}

} // namespace

QString outcomeName(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Ok: return QStringLiteral("ok");
    case SyncOutcome::Failed: return QStringLiteral("failed");
    case SyncOutcome::Cancelled: return QStringLiteral("cancelled");
    case SyncOutcome::QuotaExhausted: return QStringLiteral("quota");
    }
    return {};
}

SourceSync::SourceSync(QString source, StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config,
                       QObject* parent)
    : QObject(parent), m_writer(writer), m_network(network), m_config(config), m_retryTimer(new QTimer(this))
{
    m_report.source = std::move(source);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        // Asked afresh: a download resumes from what it already has.
        if (auto request = nextRequest())
            m_request = request;
        send();
    });
}

SourceSync::~SourceSync()
{
    if (m_reply)
        m_reply->abort();
    m_parsing.waitForFinished(); // it reads this source's settings
}

SourceSync::PageResult SourceSync::acceptPage(LeadStore&, const QByteArray&)
{
    return {PageResult::StoreFailed, QStringLiteral("%1 reads its pages ahead").arg(m_report.source)};
}

PageOutline SourceSync::outlineOf(const ParsedPage& page)
{
    PageOutline outline;
    outline.records = page.leads.size() + page.skipped;
    outline.total = page.total;
    outline.nextOffset = page.nextOffset;
    for (qsizetype i = 0; i < qMin<qsizetype>(2, page.leads.size()); ++i)
        outline.firstIds.append(page.leads.at(i).sourceId);
    return outline;
}

SourceSync::ParsedPage SourceSync::parsePage(const QByteArray&, const Outlined&) const
{
    ParsedPage page;
    page.error = QStringLiteral("%1 does not read its pages ahead").arg(m_report.source);
    return page;
}

SourceSync::PageStep SourceSync::advance(const PageOutline&)
{
    return {};
}

void SourceSync::start()
{
    struct Started
    {
        qint64 runId = 0;
        QString error;
        SyncState state;
    };
    auto started = std::make_shared<Started>();
    const QString source = m_report.source;
    m_jobPending = true;
    m_writer.post(
        this,
        [source, started](LeadStore& store) {
            auto run = store.startSyncRun(source);
            if (run)
                started->runId = *run;
            else
                started->error = run.errorMessage();
            started->state = store.syncState(source);
        },
        [this, started] {
            m_jobPending = false;
            if (!started->error.isEmpty()) {
                stopWith(SyncOutcome::Failed, started->error);
                return;
            }
            m_runId = started->runId;
            if (m_cancelled) {
                stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
                return;
            }
            if (auto planned = prepare(started->state); !planned) {
                stopWith(SyncOutcome::Failed, planned.errorMessage());
                return;
            }
            sendNext();
        });
}

void SourceSync::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_cancelledForWriter->store(true);
    m_retryTimer->stop();
    if (m_reply)
        m_reply->abort(); // onFinished sees m_cancelled
    else if (!m_jobPending && !m_reading)
        stopWith(SyncOutcome::Cancelled, tr("Cancelled")); // waits for pages being stored
    // else the writer job's callback, or the page read, sees m_cancelled
}

void SourceSync::sendNext()
{
    if (m_finished || m_stopWaiting)
        return;
    if (m_cancelled) {
        stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
        return;
    }
    m_request = nextRequest();
    if (m_finished)
        return;
    if (!m_request && m_reading) {
        // The run completes after the page being read is stored.
        m_completeWhenRead = true;
        return;
    }
    if (!m_request) {
        auto status = std::make_shared<Status>(Done{});
        m_jobPending = true;
        m_writer.post(
            this, [this, status](LeadStore& store) { *status = complete(store); },
            [this, status] {
                m_jobPending = false;
                if (!*status)
                    stopWith(SyncOutcome::Failed, status->errorMessage());
                else
                    stopWith(SyncOutcome::Ok, {});
            });
        return;
    }
    m_attempt = 0;
    send();
}

void SourceSync::send()
{
    if (m_finished || !m_request)
        return;
    if (RequestQuota* q = quota()) {
        if (q->remaining() <= 0) {
            const QDateTime reset = RequestQuota::nextReset();
            stopWith(SyncOutcome::QuotaExhausted,
                     tr("The daily quota of %1 %2 requests is used up; what was fetched is kept. Resume after %3.")
                         .arg(q->limit())
                         .arg(serviceName(), reset.toString(Qt::ISODate)),
                     reset);
            return;
        }
        q->countRequest();
    }
    ++m_attempt;
    ++m_report.requests;
    QNetworkRequest request = *m_request;
    request.setTransferTimeout(int(m_config.timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("TradeLeads/" TRADELEADS_VERSION));
    m_reply = m_network.get(request);
    onReplyStarted(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &SourceSync::onFinished);
}

void SourceSync::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_finished || m_stopWaiting)
        return;
    if (m_cancelled) {
        stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!expectsJson())
        onReplyFinishing(reply);
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = (expectsJson() || status < 200 || status >= 300) ? reply->readAll() : QByteArray();
    const QString host = m_request->url().host();

    if (status == 0) {
        const QString what = error == QNetworkReply::OperationCanceledError ? tr("timed out")
                                                                            : redact(reply->errorString());
        retryOrFail(tr("Cannot reach %1 (%2): %3").arg(serviceName(), host, what));
        return;
    }
    if (status == 400 || status == 404) {
        stopWith(SyncOutcome::Failed,
                 tr("%1 answered %2: %3").arg(serviceName()).arg(status).arg(redact(serviceMessage(body))));
        return;
    }
    // A page of leads is megabytes: it is read as a message only when it may be one about the
    // key (on the window's thread, parsing a page took 20-30 ms).
    const bool success = status >= 200 && status < 300;
    const bool mentionsKey = QLatin1StringView(body).contains(QLatin1String("api_key"), Qt::CaseInsensitive);
    const QString message = !success || mentionsKey ? serviceMessage(body) : QString();
    if (status == 401 || status == 403 || (mentionsKey && message.contains(QLatin1String("api_key"), Qt::CaseInsensitive))) {
        // The gateway's "Invalid Credentials" has no full stop of its own before the advice.
        QString said = redact(message);
        if (!said.isEmpty() && !said.endsWith(u'.') && !said.endsWith(u'!'))
            said += u'.';
        stopWith(SyncOutcome::Failed, tr("%1 refused the API key (%2): %3 Check the key in Settings or %4.")
                                          .arg(serviceName())
                                          .arg(status)
                                          .arg(said, keyHint()));
        return;
    }
    if (status == 429) {
        const std::optional<QDateTime> at = retryAt(*reply, body);
        const qint64 waitMs = at ? QDateTime::currentDateTimeUtc().msecsTo(*at) : 0;
        const bool attemptsLeft = m_attempt < m_config.maxAttempts;
        if (at && waitMs > 0 && waitMs <= qint64(std::chrono::milliseconds(m_config.maxRetryAfter).count())
            && attemptsLeft) {
            retryOrFail(tr("%1 asked to slow down").arg(serviceName()), std::chrono::milliseconds(waitMs));
            return;
        }
        // A time just passed (Retry-After: 0, clocks a little apart) earns another try, after the
        // usual backoff rather than at once.
        if (at && waitMs <= 0 && -waitMs <= kClockSkewMs && attemptsLeft) {
            retryOrFail(tr("%1 asked to slow down").arg(serviceName()));
            return;
        }
        // Otherwise the quota is spent and every further try would count against it. A time long
        // past is stale, as the server still refuses: like no time at all, it means the next reset.
        const bool future = at && waitMs > 0;
        const QDateTime resume = future ? *at : RequestQuota::nextReset();
        QString text = tr("%1 says the request quota is used up (%2); what was fetched is kept. Resume after %3.")
                           .arg(serviceName(), redact(message), resume.toString(Qt::ISODate));
        if (at && !future)
            text += u' '
                + tr("The time %1 gave, %2, has already passed.").arg(serviceName(), at->toString(Qt::ISODate));
        stopWith(SyncOutcome::QuotaExhausted, text, resume);
        return;
    }
    if (status >= 500) {
        retryOrFail(tr("%1 had a server error (%2)").arg(serviceName()).arg(status));
        return;
    }
    if (status < 200 || status >= 300) {
        stopWith(SyncOutcome::Failed,
                 tr("%1 answered %2: %3").arg(serviceName()).arg(status).arg(redact(message)));
        return;
    }
    if (error != QNetworkReply::NoError) {
        retryOrFail(tr("The answer from %1 was cut off: %2").arg(serviceName(), redact(reply->errorString())));
        return;
    }
    if (expectsJson()) {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!type.contains(QLatin1String("json"), Qt::CaseInsensitive)) {
            retryOrFail(tr("%1 sent %2 instead of JSON").arg(serviceName(), type.isEmpty() ? tr("no content type") : type));
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() != body.size()) {
            retryOrFail(tr("The answer from %1 was cut off (%2 of %3 bytes)")
                            .arg(serviceName())
                            .arg(body.size())
                            .arg(length.toLongLong()));
            return;
        }
    }
    if (readsPagesAhead()) {
        readAhead(body);
        return;
    }
    auto page = std::make_shared<PageResult>();
    m_jobPending = true;
    m_writer.post(
        this, [this, page, body](LeadStore& store) { *page = acceptPage(store, body); },
        [this, page] {
            m_jobPending = false;
            handlePage(*page);
        });
}

void SourceSync::handlePage(const PageResult& page)
{
    if (m_finished)
        return;
    switch (page.kind) {
    case PageResult::Accepted:
        sendNext(); // a cancel that came meanwhile is seen there
        return;
    case PageResult::Malformed:
        if (m_cancelled) {
            stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
            return;
        }
        retryOrFail(tr("%1 sent a page that cannot be read: %2").arg(serviceName(), page.message));
        return;
    case PageResult::StoreFailed:
        stopWith(SyncOutcome::Failed, page.message);
        return;
    case PageResult::Stop:
        stopWith(page.stopOutcome, page.message, page.resumeAt);
        return;
    }
}

void SourceSync::readAhead(const QByteArray& body)
{
    if (m_reading) {
        // Pages are read in order: this one waits for the page before.
        m_heldBody = body;
        return;
    }
    m_reading = true;
    const quint64 read = ++m_read;
    auto* watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPageRead(watcher->result());
    });
    m_parsing = QtConcurrent::run([this, body, read] {
        return parsePage(body, [this, read](const PageOutline& outline) {
            // Queued before the parse's end: the outline is heard first.
            QMetaObject::invokeMethod(
                this, [this, read, outline] { onOutlined(read, outline); }, Qt::QueuedConnection);
        });
    });
    watcher->setFuture(m_parsing);
}

void SourceSync::onOutlined(quint64 read, const PageOutline& outline)
{
    if (read != m_read || !m_reading || m_finished || m_stopWaiting || m_cancelled)
        return; // the end of the page's read deals with it
    const PageStep step = advance(outline);
    m_outlinedStep = step;
    if (m_finished || m_stopWaiting)
        return;
    if (!step.stopAfter)
        sendNextWhenRoom();
}

void SourceSync::onPageRead(ParsedPage page)
{
    m_reading = false;
    ++m_read; // an outline still queued is late
    std::optional<PageStep> step = std::exchange(m_outlinedStep, std::nullopt);
    const QByteArray held = std::exchange(m_heldBody, QByteArray());
    const bool complete = std::exchange(m_completeWhenRead, false);
    if (m_finished)
        return;
    if (step && !m_cancelled) {
        // The run moved on when the outline was read: the page is kept, whatever stop came since.
        if (!page.error.isEmpty()) {
            stopWith(SyncOutcome::Failed, tr("%1 sent a page that cannot be read: %2").arg(serviceName(), page.error));
            return;
        }
        writeAhead(std::move(page), *step);
        if (m_stopWaiting)
            return; // the write's end stops the run
        if (!held.isEmpty())
            readAhead(held);
        else if (complete)
            sendNext();
        return;
    }
    if (m_stopWaiting) {
        stopIfWaiting();
        return;
    }
    if (m_cancelled) {
        stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
        return;
    }
    if (!page.error.isEmpty()) {
        retryOrFail(tr("%1 sent a page that cannot be read: %2").arg(serviceName(), page.error));
        return;
    }
    const PageStep read = advance(outlineOf(page));
    if (m_finished || m_stopWaiting)
        return; // stopped by a listener of the progress advance() reported: the page is not kept
    writeAhead(std::move(page), read);
    if (!read.stopAfter)
        sendNextWhenRoom();
}

void SourceSync::writeAhead(ParsedPage page, const PageStep& step)
{
    struct Written
    {
        QString error;
        UpsertStats stats;
        bool cancelled = false; // not stored: the run was cancelled before its commit
        // Read by the writer, freed by a worker after: a page's leads are some 30,000 blocks
        // to free, neither for the writer (what a run waits for) nor for this thread.
        QList<Lead> leads;
    };
    auto written = std::make_shared<Written>();
    written->leads = std::move(page.leads);
    ++m_writesPending;
    ++m_pagesPosted;
    m_recordsPosted += written->leads.size();
    const qint64 records = written->leads.size();
    const qint64 skipped = page.skipped;
    m_writer.post(
        this,
        [this, written, step, source = m_report.source, runId = m_runId,
         pages = m_pagesPosted, recordsPosted = m_recordsPosted, cancelled = m_cancelledForWriter](LeadStore& store) {
            // Pages are read ahead of the writer: a cancel keeps what was stored when it came.
            if (*cancelled) {
                written->cancelled = true;
                return;
            }
            if (step.expectedLeads > 0)
                expectLeads(store, step.expectedLeads);
            if (auto begun = store.beginTransaction(); !begun) {
                written->error = begun.errorMessage();
                return;
            }
            auto stats = store.upsert(written->leads);
            Status saved = stats ? store.setSyncState(source, step.next) : Status(stats.error());
            if (saved)
                saved = store.updateSyncRun(runId, pages, recordsPosted);
            if (saved && *cancelled) {
                store.rollback();
                written->cancelled = true;
                return;
            }
            if (saved)
                saved = store.commit();
            if (!saved) {
                store.rollback();
                written->error = saved.errorMessage();
                return;
            }
            written->stats = *stats;
        },
        [this, written, step, records, skipped] {
            (void)QtConcurrent::run([gone = std::move(written->leads)] {});
            --m_writesPending;
            if (m_finished)
                return;
            if (written->cancelled) {
                stopIfWaiting();
                return;
            }
            if (!written->error.isEmpty()) {
                // What failed to be stored wins over a stop that waited; nothing after it is written.
                m_stopWaiting = Stop{SyncOutcome::Failed, written->error, {}};
                if (m_reply)
                    m_reply->abort();
                stopIfWaiting();
                return;
            }
            ++m_report.pages;
            m_report.records += records;
            m_report.inserted += written->stats.inserted;
            m_report.updated += written->stats.updated;
            m_report.unchanged += written->stats.unchanged;
            m_report.skipped += skipped;
            // Each page stored is heard: pages are read ahead of the writer, so two may be
            // stored between one page's outline and the next.
            reportProgress(m_lastProgress[0], m_lastProgress[1], m_lastProgress[2], m_lastProgress[3]);
            if (m_finished)
                return; // a listener cancelled, and nothing was left to wait for
            if (step.stopAfter && !m_stopWaiting)
                m_stopWaiting = Stop{step.stopAfter->stopOutcome, step.stopAfter->message, step.stopAfter->resumeAt};
            if (m_stopWaiting) {
                stopIfWaiting();
                return;
            }
            if (m_sendWaiting && m_writesPending <= 1) {
                m_sendWaiting = false;
                sendNext();
            }
        });
}

void SourceSync::sendNextWhenRoom()
{
    // One page stored while the next is fetched; a third waits for the writer.
    if (m_writesPending <= 1)
        sendNext();
    else
        m_sendWaiting = true;
}

void SourceSync::stopIfWaiting()
{
    if (!m_stopWaiting || m_writesPending > 0 || m_reading)
        return;
    const Stop stop = *m_stopWaiting;
    m_stopWaiting.reset();
    stopWith(stop.outcome, stop.message, stop.resumeAt);
}

void SourceSync::retryOrFail(const QString& message, std::optional<std::chrono::milliseconds> wait)
{
    if (m_attempt >= m_config.maxAttempts) {
        stopWith(SyncOutcome::Failed,
                 tr("%1 (gave up after %n attempts; pages already fetched are kept)", nullptr, m_attempt).arg(message));
        return;
    }
    std::chrono::milliseconds delay;
    if (wait) {
        delay = *wait;
    } else {
        // Exponential backoff with ±25% jitter, so many clients do not retry in step.
        const double base = double(m_config.retryBase.count()) * double(1 << qMin(m_attempt - 1, 16));
        const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
        delay = std::chrono::milliseconds(qint64(qMin(base * jitter, double(m_config.retryCap.count()))));
    }
    m_retryTimer->start(delay);
}

void SourceSync::expectLeads(LeadStore& store, qint64 count)
{
    // Asked again at each new count: a run whose first window holds a few leads may bring
    // many more in the next ones (a 50,000-lead sync began with a window of 3,391 and stayed
    // on the row path).
    if (m_bulkLoading || count <= 0 || count == m_bulkLoadAsked)
        return;
    m_bulkLoadAsked = count;
    // A store that cannot begin a bulk load keeps the row path; its errors show on the next write.
    const Result<bool> begun = store.beginBulkLoad(count);
    m_bulkLoading = begun && *begun;
}

SourceSync::PageResult SourceSync::writePage(LeadStore& store, const QList<Lead>& leads, qint64 skipped,
                                             const SyncState& next)
{
    if (auto begun = store.beginTransaction(); !begun)
        return {PageResult::StoreFailed, begun.errorMessage()};
    auto stats = store.upsert(leads);
    Status saved = stats ? store.setSyncState(m_report.source, next) : Status(stats.error());
    if (saved)
        saved = store.updateSyncRun(m_runId, m_report.pages + 1, m_report.records + leads.size());
    if (saved)
        saved = store.commit();
    if (!saved) {
        store.rollback();
        return {PageResult::StoreFailed, saved.errorMessage()};
    }
    ++m_report.pages;
    m_report.records += leads.size();
    m_report.inserted += stats->inserted;
    m_report.updated += stats->updated;
    m_report.unchanged += stats->unchanged;
    m_report.skipped += skipped;
    return {};
}

void SourceSync::reportProgress(qint64 pagesEstimated, qint64 recordsEstimated, qint64 bytes, qint64 bytesTotal)
{
    m_lastProgress = {pagesEstimated, recordsEstimated, bytes, bytesTotal};
    emit progress(SyncProgress{m_report.source, m_report.pages, pagesEstimated, m_report.records, recordsEstimated,
                               bytes, bytesTotal});
}

void SourceSync::reportIndexing()
{
    SyncProgress indexing{m_report.source, m_report.pages, m_report.pages, m_report.records, m_report.records};
    indexing.indexing = true;
    emit progress(indexing);
}

void SourceSync::stopWith(SyncOutcome outcome, const QString& message, const QDateTime& resumeAt)
{
    if (m_finished)
        return;
    if (m_writesPending > 0 || m_reading) {
        // The report is final only once the pages read are stored (or failed to be).
        if (!m_stopWaiting)
            m_stopWaiting = Stop{outcome, message, resumeAt};
        m_retryTimer->stop();
        m_sendWaiting = false;
        if (m_reply)
            m_reply->abort();
        return;
    }
    m_finished = true;
    m_retryTimer->stop();
    m_report.outcome = outcome;
    m_report.message = redact(message);
    m_report.resumeAt = resumeAt;
    // The run's row is final before anyone hears that the source finished.
    const SourceReport report = m_report;
    const qint64 runId = m_runId;
    m_writer.post(
        this,
        [this, runId, report](LeadStore& store) {
            // The leads of a bulk load become searchable before the run is reported over; the
            // wait is said, as it can take a while (a minute at a million leads).
            if (m_bulkLoading)
                QMetaObject::invokeMethod(this, [this] { reportIndexing(); }, Qt::QueuedConnection);
            if (auto rebuilt = store.finishBulkLoad(); !rebuilt)
                qWarning("%s", qPrintable(rebuilt.errorMessage()));
            if (runId > 0)
                (void)store.finishSyncRun(runId, outcomeName(report.outcome), report.message, report.pages,
                                          report.records);
        },
        [this] { finish(); });
}

void SourceSync::finish()
{
    emit finished(m_report);
}

QString SourceSync::redact(QString text) const
{
    for (const QString& key : {m_config.samApiKey, m_config.itaApiKey}) {
        if (key.size() >= 4)
            text.replace(key, QStringLiteral("***"));
    }
    static const QRegularExpression keyParameter(QStringLiteral("(api_key|subscription-key)=[^&\\s]*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    text.replace(keyParameter, QStringLiteral("\\1=***"));
    return text;
}
