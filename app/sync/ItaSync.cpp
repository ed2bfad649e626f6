#include "ItaSync.h"

#include "SourceCatalogue.h"
#include "Clock.h"

#include "ItaDatasetParser.h"
#include "ItaJsonParser.h"
#include "LeadNormalize.h"
#include "LeadStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

ItaSync::ItaSync(const QString& source, StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config,
                 QObject* parent)
    : SourceSync(source, writer, network, config, parent)
{
}

QString ItaSync::pathFor(const QString& source)
{
    return SourceCatalogue::itaPath(source);
}

QString ItaSync::serviceName() const
{
    return QStringLiteral("ITA");
}

QString ItaSync::keyHint() const
{
    return QStringLiteral("TRADELEADS_ITA_API_KEY");
}

Status ItaSync::prepare(const SyncState& state)
{
    if (m_config.itaApiKey.isEmpty())
        return Error{tr("No ITA API key is set: add it in Settings or set TRADELEADS_ITA_API_KEY.")};
    if (pathFor(source()).isEmpty())
        return Error{tr("Unknown ITA data set %1").arg(source())};
    m_highWater = state.highWater;
    const QJsonObject cursor = QJsonDocument::fromJson(state.cursor).object();
    m_offset = cursor.value(QStringLiteral("offset")).toInteger();
    return Done{};
}

std::optional<QNetworkRequest> ItaSync::nextRequest()
{
    if (m_done)
        return std::nullopt;
    QUrl url = m_config.itaBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + pathFor(source()));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api_key"), m_config.itaApiKey);
    query.addQueryItem(QStringLiteral("size"), QString::number(m_config.itaPageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    // The documented header form too; the successor service reads subscription-key.
    request.setRawHeader("Api-Key", m_config.itaApiKey.toUtf8());
    return request;
}

SourceSync::ParsedPage ItaSync::parsePage(const QByteArray& body, const Outlined&) const
{
    if (source() == QLatin1String("ita-leads"))
        return parsedPage(ItaJsonParser::parse(body));
    return parsedPage(ItaDatasetParser::parse(body, source()));
}

SourceSync::PageStep ItaSync::advance(const PageOutline& page)
{
    const qint64 count = page.records;
    if (page.total >= 0)
        m_total = page.total;
    PageStep step;
    step.expectedLeads = m_total - m_offset;
    const qint64 next = page.nextOffset > m_offset ? page.nextOffset : m_offset + count;
    const bool done = count == 0 || (m_total >= 0 && next >= m_total) || count < m_config.itaPageSize;
    step.next.highWater = m_highWater;
    step.next.cursor = done ? QByteArray()
                            : QJsonDocument(QJsonObject{{QStringLiteral("offset"), next}}).toJson(QJsonDocument::Compact);
    m_offset = next;
    m_done = done;
    const qint64 size = m_config.itaPageSize;
    reportProgress(m_total >= 0 ? (m_total + size - 1) / size : -1, m_total);
    return step;
}

Status ItaSync::complete(LeadStore& store)
{
    SyncState done;
    done.highWater = Clock::nowUtcText();
    return store.setSyncState(source(), done);
}
