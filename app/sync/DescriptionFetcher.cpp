#include "DescriptionFetcher.h"

#include "RequestQuota.h"
#include "SamJsonParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

DescriptionFetcher::DescriptionFetcher(QNetworkAccessManager& network, const SyncConfig& config, QObject* parent)
    : QObject(parent), m_network(network), m_config(config),
      m_quota(std::make_unique<RequestQuota>(config.samApiKey, config.samDailyQuota))
{
}

DescriptionFetcher::~DescriptionFetcher() = default;

QUrl DescriptionFetcher::requestUrl(const QString& descriptionUrl, const SyncConfig& config)
{
    QString cleaned = descriptionUrl;
    cleaned.remove(u' '); // the API's own examples carry stray spaces inside the link
    const QUrl link(cleaned, QUrl::StrictMode);
    if (!link.isValid() || (link.scheme() != QLatin1String("https") && link.scheme() != QLatin1String("http")))
        return {};
    const QUrl base = config.samBaseUrl;
    QUrl target = link;
    const QString host = link.host().toLower();
    if (host != base.host().toLower() || link.port(-1) != base.port(-1)) {
        if (host != QLatin1String("sam.gov") && !host.endsWith(QLatin1String(".sam.gov")))
            return {};
        // Another SAM.gov host: ask the configured one, so the key never leaves it.
        target.setScheme(base.scheme());
        target.setHost(base.host());
        target.setPort(base.port(-1));
    }
    QUrlQuery query(target);
    query.removeAllQueryItems(QStringLiteral("api_key"));
    query.addQueryItem(QStringLiteral("api_key"), config.samApiKey);
    target.setQuery(query);
    return target;
}

void DescriptionFetcher::fetch(const QString& noticeId, const QString& descriptionUrl)
{
    if (m_config.samApiKey.isEmpty()) {
        emit failed(noticeId, tr("A SAM.gov API key is needed to read descriptions: add it in Settings."));
        return;
    }
    const QUrl url = requestUrl(descriptionUrl, m_config);
    if (url.isEmpty()) {
        emit failed(noticeId, tr("The description link does not point to SAM.gov; it was not followed."));
        return;
    }
    if (m_quota->remaining() <= 0) {
        emit failed(noticeId, tr("Today's %1 SAM.gov requests are used up; descriptions can be read again after %2.")
                                  .arg(m_quota->limit())
                                  .arg(RequestQuota::nextReset().toString(Qt::ISODate)));
        return;
    }
    m_quota->countRequest();
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_config.timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, noticeId] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 404) {
            emit failed(noticeId, tr("Description Not Found"));
            return;
        }
        if (status == 0) {
            emit failed(noticeId, tr("Cannot reach SAM.gov (%1)").arg(reply->url().host()));
            return;
        }
        if (status < 200 || status >= 300) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            QString message = o.value(QStringLiteral("message")).toString();
            if (message.isEmpty())
                message = o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            emit failed(noticeId, tr("SAM.gov answered %1: %2").arg(status).arg(message));
            return;
        }
        auto description = SamJsonParser::parseDescription(body);
        if (!description) {
            emit failed(noticeId, description.errorMessage());
            return;
        }
        emit fetched(noticeId, *description);
    });
}
