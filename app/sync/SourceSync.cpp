#include "SourceSync.h"

#include "LeadStore.h"
#include "RequestQuota.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace {

// The message a service put in an error body: SAM.gov and api.data.gov use several shapes.
QString serviceMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject o = document.object();
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

// Retry-After is seconds or an HTTP date; SAM's nextAccessTime is a date in its body.
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
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString next = o.value(QStringLiteral("nextAccessTime")).toString().trimmed();
    if (!next.isEmpty()) {
        next.remove(QStringLiteral(" UTC"));
        for (const QString& format : {QStringLiteral("yyyy-MMM-dd HH:mm:ss+0000"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                      QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"), QStringLiteral("yyyy-MMM-dd HH:mm:ss")}) {
            const QDateTime date = QLocale::c().toDateTime(next, format);
            if (date.isValid())
                return QDateTime(date.date(), date.time(), Qt::UTC);
        }
        const QDateTime iso = QDateTime::fromString(next, Qt::ISODate);
        if (iso.isValid())
            return iso.toUTC();
        return RequestQuota::nextReset();
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

SourceSync::SourceSync(QString source, LeadStore& store, QNetworkAccessManager& network, const SyncConfig& config,
                       QObject* parent)
    : QObject(parent), m_store(store), m_network(network), m_config(config), m_retryTimer(new QTimer(this))
{
    m_report.source = std::move(source);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SourceSync::send);
}

SourceSync::~SourceSync()
{
    if (m_reply)
        m_reply->abort();
}

void SourceSync::start()
{
    auto run = m_store.startSyncRun(m_report.source);
    if (!run) {
        stopWith(SyncOutcome::Failed, run.errorMessage());
        return;
    }
    m_runId = *run;
    if (auto planned = prepare(); !planned) {
        stopWith(SyncOutcome::Failed, planned.errorMessage());
        return;
    }
    sendNext();
}

void SourceSync::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer->stop();
    if (m_reply)
        m_reply->abort(); // onFinished sees m_cancelled
    else
        stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
}

void SourceSync::sendNext()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
        return;
    }
    m_request = nextRequest();
    if (m_finished)
        return;
    if (!m_request) {
        if (auto done = complete(); !done) {
            stopWith(SyncOutcome::Failed, done.errorMessage());
            return;
        }
        stopWith(SyncOutcome::Ok, {});
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
    if (m_finished)
        return;
    if (m_cancelled) {
        stopWith(SyncOutcome::Cancelled, tr("Cancelled"));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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
    const QString message = serviceMessage(body);
    if (status == 401 || status == 403 || message.contains(QLatin1String("api_key"), Qt::CaseInsensitive)) {
        stopWith(SyncOutcome::Failed, tr("%1 refused the API key (%2): %3 Check the key in Settings or %4.")
                                          .arg(serviceName())
                                          .arg(status)
                                          .arg(redact(message), keyHint()));
        return;
    }
    if (status == 429) {
        const auto at = retryAt(*reply, body);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 waitMs = at ? qMax<qint64>(0, now.msecsTo(*at)) : -1;
        if (at && waitMs <= qint64(std::chrono::milliseconds(m_config.maxRetryAfter).count())
            && m_attempt < m_config.maxAttempts) {
            retryOrFail(tr("%1 asked to slow down").arg(serviceName()), std::chrono::milliseconds(waitMs));
            return;
        }
        const QDateTime resume = at ? *at : RequestQuota::nextReset();
        stopWith(SyncOutcome::QuotaExhausted,
                 tr("%1 says the request quota is used up (%2); what was fetched is kept. Resume after %3.")
                     .arg(serviceName(), redact(message), resume.toString(Qt::ISODate)),
                 resume);
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
    const PageResult page = acceptPage(body);
    if (m_finished)
        return;
    switch (page.kind) {
    case PageResult::Accepted:
        sendNext();
        return;
    case PageResult::Malformed:
        retryOrFail(tr("%1 sent a page that cannot be read: %2").arg(serviceName(), page.message));
        return;
    case PageResult::StoreFailed:
        stopWith(SyncOutcome::Failed, page.message);
        return;
    }
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

SourceSync::PageResult SourceSync::writePage(const QList<Lead>& leads, qint64 skipped, const SyncState& next)
{
    if (auto begun = m_store.beginTransaction(); !begun)
        return {PageResult::StoreFailed, begun.errorMessage()};
    auto stats = m_store.upsert(leads);
    Status saved = stats ? m_store.setSyncState(m_report.source, next) : Status(stats.error());
    if (saved)
        saved = m_store.updateSyncRun(m_runId, m_report.pages + 1, m_report.records + leads.size());
    if (saved)
        saved = m_store.commit();
    if (!saved) {
        m_store.rollback();
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
    emit progress(SyncProgress{m_report.source, m_report.pages, pagesEstimated, m_report.records, recordsEstimated,
                               bytes, bytesTotal});
}

void SourceSync::stopWith(SyncOutcome outcome, const QString& message, const QDateTime& resumeAt)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer->stop();
    m_report.outcome = outcome;
    m_report.message = redact(message);
    m_report.resumeAt = resumeAt;
    if (m_runId > 0)
        (void)m_store.finishSyncRun(m_runId, outcomeName(outcome), m_report.message, m_report.pages, m_report.records);
    // Emitted from the event loop, so a listener may delete this object.
    QMetaObject::invokeMethod(this, &SourceSync::finish, Qt::QueuedConnection);
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
