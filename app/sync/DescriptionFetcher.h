#pragma once

#include "SyncTypes.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class RequestQuota;

// Fetches a SAM.gov notice description on demand (the API gives a link, not the text).
// The link needs the API key, which goes to the configured SAM host only: a link on
// another sam.gov host is asked of the configured host instead, and a link anywhere else
// is refused. Every request counts against the daily quota, a 404 included.
class DescriptionFetcher final : public QObject
{
    Q_OBJECT
public:
    DescriptionFetcher(QNetworkAccessManager& network, const SyncConfig& config, QObject* parent = nullptr);
    ~DescriptionFetcher() override;

    void fetch(const QString& noticeId, const QString& descriptionUrl);

    // Where a description link is fetched from, with the key; empty when it must not be.
    static QUrl requestUrl(const QString& descriptionUrl, const SyncConfig& config);

signals:
    void fetched(const QString& noticeId, const QString& html);
    void failed(const QString& noticeId, const QString& message);

private:
    QNetworkAccessManager& m_network;
    SyncConfig m_config;
    std::unique_ptr<RequestQuota> m_quota;
};
