#include "AttachmentFetcher.h"

#include "AttachmentText.h"
#include "RequestQuota.h"
#include "ThreadPriority.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int kMaxRedirects = 5;

// A size as Settings states it: whole megabytes.
QString megabytes(qint64 bytes)
{
    return QString::number((bytes + 512 * 1024) / (1024 * 1024));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

bool isSamHost(const QUrl& url, const SyncConfig& config)
{
    return url.host().compare(config.samBaseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == u"https" ? 443 : 80)
        == config.samBaseUrl.port(config.samBaseUrl.scheme() == u"https" ? 443 : 80);
}

// What the worker thread made of a whole download.
struct Stored
{
    AttachmentFile file;
    QString error; // the file could not be kept
};

Stored keep(const AttachmentFolder& folder, const QString& partialPath, const QString& name, const QString& contentType)
{
    Stored out;
    QFile part(partialPath);
    if (!part.open(QIODevice::ReadOnly)) {
        out.error = AttachmentFetcher::tr("Cannot read the download %1: %2").arg(partialPath, part.errorString());
        return out;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&part)) {
        out.error = AttachmentFetcher::tr("Cannot read the download %1: %2").arg(partialPath, part.errorString());
        return out;
    }
    out.file.name = name;
    out.file.contentType = contentType;
    out.file.size = part.size();
    out.file.contentHash = QString::fromLatin1(hash.result().toHex());
    QByteArray bytes;
    if (part.size() <= AttachmentText::kMaxInputBytes) {
        part.seek(0);
        bytes = part.readAll();
    }
    part.close();
    const QString finalPath = folder.finalPath(out.file.contentHash, name);
    if (QFileInfo::exists(finalPath)) {
        QFile::remove(partialPath); // the same file, kept already
    } else if (!QFile::rename(partialPath, finalPath)) {
        out.error = AttachmentFetcher::tr("Cannot store the download as %1").arg(QDir::toNativeSeparators(finalPath));
        return out;
    }
    const AttachmentText::Extracted text = AttachmentText::read(bytes, name);
    out.file.text = text.text;
    out.file.problem = part.size() > AttachmentText::kMaxInputBytes
        ? AttachmentFetcher::tr("Larger than %1 MB: too large to read").arg(megabytes(AttachmentText::kMaxInputBytes))
        : text.problem;
    return out;
}

// Where files are hashed and read: a core is left to the window (its thread never waits on
// them), and the readers run at low priority (each of the pool's threads lowers its own, as
// it takes a file).
QThreadPool& readerPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return created;
    }();
    return *pool;
}

} // namespace

AttachmentSettings AttachmentSettings::fromSettings()
{
    AttachmentSettings limits;
    const QSettings settings;
    limits.fetchStarredAfterSync = settings.value(QStringLiteral("attachments/fetchStarred"), false).toBool();
    const auto megabytesOf = [&](const char* variable, const QString& key, qint64 fallback) {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue(variable, &ok);
        if (ok && fromEnvironment > 0)
            return qint64(fromEnvironment) * 1024 * 1024;
        const qint64 stored = settings.value(key, fallback / (1024 * 1024)).toLongLong();
        return stored > 0 ? stored * 1024 * 1024 : fallback;
    };
    limits.maxFileBytes = megabytesOf("TRADELEADS_ATTACHMENT_MAX_FILE_MB", QStringLiteral("attachments/maxFileMB"),
                                      limits.maxFileBytes);
    limits.maxTotalBytes = megabytesOf("TRADELEADS_ATTACHMENT_MAX_TOTAL_MB", QStringLiteral("attachments/maxTotalMB"),
                                       limits.maxTotalBytes);
    return limits;
}

void AttachmentSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("attachments/maxFileMB"), maxFileBytes / (1024 * 1024));
    settings.setValue(QStringLiteral("attachments/maxTotalMB"), maxTotalBytes / (1024 * 1024));
    settings.setValue(QStringLiteral("attachments/fetchStarred"), fetchStarredAfterSync);
}

struct AttachmentFetcher::Transfer
{
    Attachment attachment;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QFile> part;
    QUrl url;
    qint64 resumeFrom = 0;
    qint64 expectedTotal = -1;
    int redirects = 0;
    bool active = false;  // its request is out (not waiting its turn)
    bool started = false; // the body of a 2xx answer is being written
    QString name;
    QString contentType;
};

AttachmentFetcher::AttachmentFetcher(QNetworkAccessManager& network, const SyncConfig& config, const QString& cachePath,
                                     const AttachmentSettings& settings, QObject* parent)
    : QObject(parent), m_network(network), m_config(config), m_folder(cachePath), m_limits(settings),
      m_quota(std::make_unique<RequestQuota>(config.samApiKey, config.samDailyQuota))
{
}

AttachmentFetcher::~AttachmentFetcher()
{
    for (const auto& transfer : std::as_const(m_transfers)) {
        if (transfer->reply) {
            transfer->reply->disconnect(this);
            transfer->reply->abort();
        }
    }
}

QUrl AttachmentFetcher::requestUrl(const QUrl& link, const SyncConfig& config)
{
    if (!link.isValid() || (link.scheme() != QLatin1String("https") && link.scheme() != QLatin1String("http"))
        || link.host().isEmpty())
        return {};
    QUrl target = link;
    QUrlQuery query(target);
    query.removeAllQueryItems(QStringLiteral("api_key"));
    if (isSamHost(link, config) && !config.samApiKey.isEmpty())
        query.addQueryItem(QStringLiteral("api_key"), config.samApiKey);
    target.setQuery(query);
    return target;
}

QString AttachmentFetcher::fileNameFromDisposition(const QByteArray& header)
{
    static const QRegularExpression extended(QStringLiteral("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral("filename\\s*=\\s*([^;\\s]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(header);
    QString name;
    if (const auto match = extended.match(text); match.hasMatch())
        name = QUrl::fromPercentEncoding(match.captured(2).trimmed().toLatin1());
    else if (const auto match = quoted.match(text); match.hasMatch())
        name = QString::fromUtf8(match.captured(1).toLatin1()).remove(u'\\');
    else if (const auto match = bare.match(text); match.hasMatch())
        name = match.captured(1);
    // A name, never a path: nothing before the last separator, no control characters.
    name = name.section(u'/', -1).section(u'\\', -1);
    QString safe;
    for (const QChar c : std::as_const(name)) {
        if (c.category() != QChar::Other_Control && c != u':')
            safe.append(c);
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    return safe.left(200);
}

void AttachmentFetcher::setConfig(const SyncConfig& config)
{
    if (config.samApiKey != m_config.samApiKey || config.samDailyQuota != m_config.samDailyQuota)
        m_quota = std::make_unique<RequestQuota>(config.samApiKey, config.samDailyQuota);
    m_config = config;
}

void AttachmentFetcher::fetch(const Attachment& attachment)
{
    if (m_transfers.contains(attachment.id))
        return;
    const QUrl url = requestUrl(QUrl(attachment.url, QUrl::StrictMode), m_config);
    if (url.isEmpty()) {
        emit failed(attachment.id, tr("Not a web link: %1").arg(attachment.url));
        return;
    }
    if (!m_folder.ensureExists()) {
        emit failed(attachment.id, tr("Cannot create the attachments folder %1").arg(QDir::toNativeSeparators(m_folder.path())));
        return;
    }
    const qint64 held = m_folder.storedBytes();
    if (held >= m_limits.maxTotalBytes) {
        emit failed(attachment.id, tr("The attachments folder holds %1 MB, its limit (Settings): remove files or raise it")
                                       .arg(megabytes(held)));
        return;
    }
    auto transfer = std::make_shared<Transfer>();
    transfer->attachment = attachment;
    transfer->name = attachment.displayName();
    transfer->url = url;
    m_transfers.insert(attachment.id, transfer);
    m_waiting.append(attachment.id);
    startWaiting();
}

void AttachmentFetcher::startWaiting()
{
    while (m_active < kMaxTransfers && !m_waiting.isEmpty()) {
        const qint64 id = m_waiting.takeFirst();
        const auto transfer = m_transfers.value(id);
        if (!transfer)
            continue;
        transfer->active = true;
        ++m_active;
        request(id, transfer->url);
    }
}

void AttachmentFetcher::finished(qint64 attachmentId)
{
    const auto transfer = m_transfers.take(attachmentId);
    m_waiting.removeAll(attachmentId);
    if (transfer && transfer->active)
        --m_active;
    // The next ones start once this answer is out.
    QMetaObject::invokeMethod(this, &AttachmentFetcher::startWaiting, Qt::QueuedConnection);
}

void AttachmentFetcher::cancel(qint64 attachmentId)
{
    const auto transfer = m_transfers.value(attachmentId);
    if (transfer && transfer->reply)
        transfer->reply->abort();
    else if (transfer)
        fail(attachmentId, tr("The download stopped"));
}

void AttachmentFetcher::request(qint64 attachmentId, const QUrl& url)
{
    const auto transfer = m_transfers.value(attachmentId);
    if (isSamHost(url, m_config)) {
        if (m_quota->remaining() <= 0) {
            fail(attachmentId, tr("Today's %1 SAM.gov requests are used up; downloads can go on after %2")
                                   .arg(m_quota->limit())
                                   .arg(RequestQuota::nextReset().toString(Qt::ISODate)));
            return;
        }
        m_quota->countRequest();
    }
    transfer->url = url;
    transfer->started = false;
    transfer->part = std::make_unique<QFile>(m_folder.partialPath(attachmentId));
    if (!transfer->part->open(QIODevice::ReadWrite | QIODevice::Append)) {
        fail(attachmentId, tr("Cannot write to the attachments folder: %1").arg(transfer->part->errorString()));
        return;
    }
    transfer->resumeFrom = transfer->part->size();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_config.timeout.count()));
    if (transfer->resumeFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(transfer->resumeFrom) + '-');
    QNetworkReply* reply = m_network.get(request);
    transfer->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, attachmentId] { onReadyRead(attachmentId); });
    connect(reply, &QNetworkReply::finished, this, [this, attachmentId] { onFinished(attachmentId); });
}

void AttachmentFetcher::onReadyRead(qint64 attachmentId)
{
    const auto transfer = m_transfers.value(attachmentId);
    if (!transfer || !transfer->reply)
        return;
    QNetworkReply* reply = transfer->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // a redirect's or an error's body is not the file
    if (!transfer->started) {
        transfer->started = true;
        if (status == 206) {
            static const QRegularExpression range(QStringLiteral("bytes\\s+(\\d+)-\\d+/(\\d+|\\*)"));
            const auto match = range.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
            if (!match.hasMatch() || match.captured(1).toLongLong() != transfer->resumeFrom) {
                transfer->part->resize(0);
                fail(attachmentId, tr("The server resumed the download at the wrong place; download it again"));
                return;
            }
            if (match.captured(2) != u"*")
                transfer->expectedTotal = match.captured(2).toLongLong();
        } else {
            // The whole file again: what was kept of an earlier try goes.
            transfer->part->resize(0);
            transfer->resumeFrom = 0;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            transfer->expectedTotal = length.isValid() ? length.toLongLong() : -1;
        }
        const QString name = fileNameFromDisposition(reply->rawHeader("Content-Disposition"));
        if (!name.isEmpty())
            transfer->name = name;
        transfer->contentType = QString::fromLatin1(reply->rawHeader("Content-Type")).section(u';', 0, 0).trimmed();
        if (transfer->expectedTotal > m_limits.maxFileBytes) {
            transfer->part->resize(0);
            fail(attachmentId, tr("%1: larger than the %2 MB a file may have (Settings)")
                                   .arg(sizeText(transfer->expectedTotal), megabytes(m_limits.maxFileBytes)));
            return;
        }
    }
    const QByteArray chunk = reply->readAll();
    if (transfer->part->size() + chunk.size() > m_limits.maxFileBytes) {
        transfer->part->resize(0);
        fail(attachmentId, tr("Larger than the %1 MB a file may have (Settings)").arg(megabytes(m_limits.maxFileBytes)));
        return;
    }
    if (transfer->part->write(chunk) != chunk.size()) {
        fail(attachmentId, tr("Cannot write to the attachments folder: %1").arg(transfer->part->errorString()));
        return;
    }
    emit progress(attachmentId, transfer->part->size(), transfer->expectedTotal);
}

void AttachmentFetcher::onFinished(qint64 attachmentId)
{
    const auto transfer = m_transfers.value(attachmentId);
    if (!transfer || !transfer->reply)
        return;
    QNetworkReply* reply = transfer->reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        transfer->part->close();
        if (!location.isValid() || ++transfer->redirects > kMaxRedirects) {
            fail(attachmentId, tr("The server sent the download round in redirects"));
            return;
        }
        // Asked afresh: the key only if the hop stays on the SAM host.
        const QUrl next = requestUrl(transfer->url.resolved(location), m_config);
        if (next.isEmpty()) {
            fail(attachmentId, tr("The server redirected the download away from the web"));
            return;
        }
        request(attachmentId, next);
        return;
    }
    onReadyRead(attachmentId);
    if (!m_transfers.contains(attachmentId))
        return; // failed while writing
    transfer->part->flush();
    const qint64 have = transfer->part->size();
    transfer->part->close();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(attachmentId, have > 0 ? tr("The download stopped after %1; Download resumes it").arg(sizeText(have))
                                    : tr("The download stopped"));
        return;
    }
    if (status == 404 || status == 410) {
        fail(attachmentId, tr("The file is no longer on the server (%1)").arg(status));
        return;
    }
    if (status == 416) {
        QFile::remove(m_folder.partialPath(attachmentId));
        fail(attachmentId, tr("The server cannot resume the download; download it again"));
        return;
    }
    if (status != 0 && (status < 200 || status >= 300)) {
        fail(attachmentId, tr("The server answered %1 %2")
                               .arg(status)
                               .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        return;
    }
    if (status == 0 && have == 0) {
        fail(attachmentId, tr("Cannot reach %1 (%2)").arg(transfer->url.host(), reply->errorString().remove(m_config.samApiKey)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError || (transfer->expectedTotal >= 0 && have != transfer->expectedTotal)) {
        const QString got = transfer->expectedTotal >= 0
            ? tr("%1 of %2").arg(sizeText(have), sizeText(transfer->expectedTotal))
            : sizeText(have);
        fail(attachmentId, tr("The download broke off after %1 (%2); Download resumes it")
                               .arg(got, reply->error() != QNetworkReply::NoError ? reply->errorString().remove(
                                                                                        m_config.samApiKey)
                                                                                  : tr("the server closed early")));
        return;
    }
    complete(attachmentId);
}

void AttachmentFetcher::complete(qint64 attachmentId)
{
    const auto transfer = m_transfers.value(attachmentId);
    auto* watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher, attachmentId] {
        watcher->deleteLater();
        const Stored stored = watcher->result();
        finished(attachmentId);
        if (!stored.error.isEmpty())
            emit failed(attachmentId, stored.error);
        else
            emit fetched(attachmentId, stored.file);
    });
    watcher->setFuture(QtConcurrent::run(
        &readerPool(),
        [](const AttachmentFolder& folder, const QString& partialPath, const QString& name, const QString& contentType) {
            ThreadPriority::lowerCurrentThread();
            return keep(folder, partialPath, name, contentType);
        },
        m_folder, m_folder.partialPath(attachmentId), transfer->name, transfer->contentType));
}

void AttachmentFetcher::fail(qint64 attachmentId, const QString& problem)
{
    const auto transfer = m_transfers.value(attachmentId);
    finished(attachmentId);
    if (transfer && transfer->reply) {
        transfer->reply->disconnect(this);
        transfer->reply->abort();
        transfer->reply->deleteLater();
    }
    if (transfer && transfer->part)
        transfer->part->close();
    emit failed(attachmentId, problem);
}
