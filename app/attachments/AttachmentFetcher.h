#pragma once

#include "Attachment.h"
#include "AttachmentFolder.h"
#include "SyncTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class RequestQuota;

// How much the attachments folder may hold, and whether a sync downloads the attachments of
// starred leads (File › Settings; TRADELEADS_ATTACHMENT_MAX_FILE_MB and
// TRADELEADS_ATTACHMENT_MAX_TOTAL_MB override the sizes).
struct AttachmentSettings
{
    qint64 maxFileBytes = 200LL * 1024 * 1024;
    qint64 maxTotalBytes = 5LL * 1024 * 1024 * 1024;
    bool fetchStarredAfterSync = false;

    static AttachmentSettings fromSettings();
    void save() const;
};

// Downloads attachments into the folder and reads their text, three files at a time.
// The SAM.gov API key goes to the configured SAM host only: a link there gets it (its
// api_key=null replaced), a link anywhere else goes without one, and a redirect is followed by
// hand so that a hop to another host loses it. Each request to the SAM host counts against
// the daily quota. A download is written under a temporary name, resumed with Range when it
// was cut off, and renamed to its content hash when whole; its text is read on a worker thread.
class AttachmentFetcher final : public QObject
{
    Q_OBJECT
public:
    AttachmentFetcher(QNetworkAccessManager& network, const SyncConfig& config, const QString& cachePath,
                      const AttachmentSettings& settings, QObject* parent = nullptr);
    ~AttachmentFetcher() override;

    void fetch(const Attachment& attachment);
    // The key, host and quota for the requests from now on (Settings changed).
    void setConfig(const SyncConfig& config);
    void cancel(qint64 attachmentId);
    bool isFetching(qint64 attachmentId) const { return m_transfers.contains(attachmentId); }
    const AttachmentFolder& folder() const { return m_folder; }

    // Where a link is requested from: with the key on the configured SAM host, without any
    // api_key anywhere else; empty when it is no http(s) link.
    static QUrl requestUrl(const QUrl& link, const SyncConfig& config);
    // The file name a Content-Disposition header gives, made safe for a file system; empty when none.
    static QString fileNameFromDisposition(const QByteArray& header);

signals:
    void progress(qint64 attachmentId, qint64 received, qint64 total);
    void fetched(qint64 attachmentId, const AttachmentFile& file);
    void failed(qint64 attachmentId, const QString& problem);

private:
    struct Transfer;
    void request(qint64 attachmentId, const QUrl& url);
    void onReadyRead(qint64 attachmentId);
    void onFinished(qint64 attachmentId);
    void fail(qint64 attachmentId, const QString& problem);
    void startWaiting();
    void finished(qint64 attachmentId); // it left: the next one may start
    void complete(qint64 attachmentId);

    QNetworkAccessManager& m_network;
    SyncConfig m_config;
    AttachmentFolder m_folder;
    AttachmentSettings m_limits;
    std::unique_ptr<RequestQuota> m_quota;
    // A few at a time: a burst of requests and new files would hold up the window's thread.
    static constexpr int kMaxTransfers = 3;
    QHash<qint64, std::shared_ptr<Transfer>> m_transfers; // running and waiting
    QList<qint64> m_waiting;
    int m_active = 0;
};
