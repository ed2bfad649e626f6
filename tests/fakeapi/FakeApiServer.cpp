#include "FakeApiServer.h"

#include "LeadGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 206: return "Partial Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray samError(const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("400")},
                                     {QStringLiteral("errorMessage"), message},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray keyError(const QString& code, const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                          {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

QDate samDate(const QString& text)
{
    return QDate::fromString(text, QStringLiteral("MM/dd/yyyy"));
}

const QStringList kDatasets = {QStringLiteral("events"),   QStringLiteral("locations"), QStringLiteral("programs"),
                               QStringLiteral("MRL"),      QStringLiteral("articles"),  QStringLiteral("etoolkit")};

QJsonObject datasetRecord(const QString& name, int i)
{
    static const QStringList countries = {QStringLiteral("DE"), QStringLiteral("MX"), QStringLiteral("JP"),
                                          QStringLiteral("BR"), QStringLiteral("GB"), QStringLiteral("IN")};
    static const QStringList industries = {QStringLiteral("Energy"), QStringLiteral("Aerospace and Defense"),
                                           QStringLiteral("Healthcare Technologies"), QStringLiteral("Agribusiness")};
    const QString country = countries[i % countries.size()];
    const QString industry = industries[i % industries.size()];
    const QString id = name.toLower() + u'-' + QString::number(i);
    const QDate day = QDate(2026, 1, 1).addDays(i % 200);
    if (name == QLatin1String("events"))
        return {{QStringLiteral("id"), id},
                {QStringLiteral("event_name"), QStringLiteral("Trade mission %1 to %2").arg(i).arg(country)},
                {QStringLiteral("description"), QStringLiteral("Meet buyers in %1 (%2).").arg(country, industry)},
                {QStringLiteral("start_date"), day.toString(Qt::ISODate)},
                {QStringLiteral("end_date"), day.addDays(3).toString(Qt::ISODate)},
                {QStringLiteral("cost"), 1500 + i},
                {QStringLiteral("url"), QStringLiteral("https://www.trade.gov/events/%1").arg(i)},
                {QStringLiteral("industries"), QJsonArray{industry}},
                {QStringLiteral("venues"), QJsonArray{QJsonObject{{QStringLiteral("city"), QStringLiteral("City %1").arg(i)},
                                                                  {QStringLiteral("country"), country}}}}};
    if (name == QLatin1String("locations"))
        return {{QStringLiteral("id"), id},
                {QStringLiteral("office_name"), QStringLiteral("U.S. Commercial Service %1").arg(country)},
                {QStringLiteral("country"), country},
                {QStringLiteral("city"), QStringLiteral("Capital %1").arg(i)},
                {QStringLiteral("email"), QStringLiteral("office%1@trade.gov").arg(i)},
                {QStringLiteral("phone"), QStringLiteral("+1 202 555 %1").arg(1000 + i)}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("%1 %2: %3 in %4").arg(name).arg(i).arg(industry, country)},
            {QStringLiteral("summary"), QStringLiteral("Market notes on %1 for exporters.").arg(industry)},
            {QStringLiteral("url"), QStringLiteral("https://www.trade.gov/%1/%2").arg(name.toLower()).arg(i)},
            {QStringLiteral("countries"), QJsonArray{country}},
            {QStringLiteral("industries"), QJsonArray{industry}},
            {QStringLiteral("publish_date"), day.toString(Qt::ISODate)}};
}

} // namespace

FakeApiServer::FakeApiServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeApiServer::onNewConnection);
}

FakeApiServer::~FakeApiServer() = default;

bool FakeApiServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeApiServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeApiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeApiServer::setSamRecords(int count, const QDate& lastDay, int spreadDays)
{
    // The generator posts within 150 days of its anchor; several anchors spread the records.
    const int generators = qMax(1, (spreadDays + 139) / 140);
    m_generators.clear();
    for (int g = 0; g < generators; ++g)
        m_generators.push_back(std::make_unique<LeadGen::LeadGenerator>(quint64(1000 + g), lastDay.addDays(-140 * g)));
    m_sam.clear();
    m_sam.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int g = i % generators;
        const qint64 index = i / generators;
        QByteArray json = m_generators[size_t(g)]->samRecordJson(index);
        const QJsonObject record = QJsonDocument::fromJson(json).object();
        QDate posted = QDate::fromString(record.value(QStringLiteral("postedDate")).toString().left(10), Qt::ISODate);
        if (!posted.isValid())
            posted = lastDay;
        m_sam.push_back({posted, record.value(QStringLiteral("noticeId")).toString().toLatin1(), std::move(json)});
    }
    std::sort(m_sam.begin(), m_sam.end(), [](const SamRecord& a, const SamRecord& b) {
        return a.posted != b.posted ? a.posted < b.posted : a.noticeId < b.noticeId;
    });
}

void FakeApiServer::setItaRecords(int count)
{
    m_itaCount = count;
    if (m_generators.empty())
        m_generators.push_back(std::make_unique<LeadGen::LeadGenerator>(1000, QDate(2026, 1, 1)));
}

void FakeApiServer::setDatasetRecords(int countPerDataset)
{
    m_datasetCount = countPerDataset;
}

void FakeApiServer::setCsvRows(int count)
{
    const LeadGen::LeadGenerator generator(2000, QDate(2026, 1, 1));
    m_csv = LeadGen::LeadGenerator::samCsvHeader();
    for (int i = 0; i < count; ++i)
        m_csv += generator.samCsvRow(i);
}

void FakeApiServer::addFault(const Fault& fault)
{
    m_faults.append(fault);
}

void FakeApiServer::clearFaults()
{
    m_faults.clear();
    m_faultSeen.clear();
}

QStringList FakeApiServer::samNoticeIds() const
{
    QStringList ids;
    for (const SamRecord& record : m_sam)
        ids.append(QString::fromLatin1(record.noticeId));
    return ids;
}

QStringList FakeApiServer::samNoticeIds(const QDate& from, const QDate& to) const
{
    QStringList ids;
    for (const SamRecord& record : m_sam) {
        if (record.posted >= from && record.posted <= to)
            ids.append(QString::fromLatin1(record.noticeId));
    }
    return ids;
}

int FakeApiServer::requestCount(const QString& pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request& r) { return r.url.path().startsWith(pathPrefix); }));
}

void FakeApiServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeApiServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    request.head = buffer.left(end);
    buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = request.head.left(request.head.indexOf("\r\n")).split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.url = QUrl(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(request.target));
    m_requests.append(request);
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, socket, [this, socket, request] { handle(socket, request); });
    else
        handle(socket, request);
}

void FakeApiServer::serveFile(const ServedFile& file, const QString& noticeId, const QString& link)
{
    m_files.insert(file.path, file);
    if (!noticeId.isEmpty())
        addResourceLink(noticeId, link.isEmpty() ? baseUrl().toString() + QString::fromLatin1(file.path) : link);
}

void FakeApiServer::addResourceLink(const QString& noticeId, const QString& link)
{
    m_resourceLinks[noticeId].append(link);
}

QByteArray FakeApiServer::withResourceLinks(const QByteArray& recordJson) const
{
    if (m_resourceLinks.isEmpty())
        return recordJson;
    QJsonObject record = QJsonDocument::fromJson(recordJson).object();
    const QStringList links = m_resourceLinks.value(record.value(QStringLiteral("noticeId")).toString());
    if (links.isEmpty())
        return recordJson;
    record.insert(QStringLiteral("resourceLinks"), QJsonArray::fromStringList(links));
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

void FakeApiServer::sendFile(QTcpSocket* socket, const Request& request, const ServedFile& file)
{
    if (file.needsKey && QUrlQuery(request.url).queryItemValue(QStringLiteral("api_key")) != m_samKey) {
        Response refused;
        refused.status = 403;
        refused.body = keyError(QStringLiteral("API_KEY_INVALID"), QStringLiteral("An invalid api_key was supplied"));
        send(socket, refused);
        return;
    }
    if (file.delivery == ServedFile::Redirect) {
        Response moved;
        moved.status = 302;
        moved.headers.append({ "Location", file.redirectTo.toEncoded() });
        send(socket, moved);
        return;
    }
    // Range: bytes=N- resumes from N.
    qint64 from = 0;
    for (const QByteArray& line : request.head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("range: bytes="))
            from = trimmed.mid(13, trimmed.indexOf('-', 13) - 13).toLongLong();
    }
    const qint64 total = file.body.size();
    QByteArray head;
    if (from > 0 && from < total) {
        head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(from) + '-'
            + QByteArray::number(total - 1) + '/' + QByteArray::number(total) + "\r\n";
    } else if (from >= total && from > 0) {
        Response unsatisfiable;
        unsatisfiable.status = 416;
        send(socket, unsatisfiable);
        return;
    } else {
        head = "HTTP/1.1 200 OK\r\n";
    }
    head += "Content-Type: " + file.contentType + "\r\nContent-Length: " + QByteArray::number(total - from) + "\r\n";
    if (!file.fileName.isEmpty())
        head += "Content-Disposition: attachment; filename=\"" + file.fileName + "\"\r\n";
    head += "Accept-Ranges: bytes\r\nConnection: close\r\n\r\n";
    socket->write(head);
    const QByteArray body = file.body.mid(from);
    switch (file.delivery) {
    case ServedFile::Truncated:
        socket->write(body.left(body.size() / 2));
        socket->disconnectFromHost();
        break;
    case ServedFile::Slow: {
        // 4 KB every 100 ms: slow, never stalled.
        auto offset = std::make_shared<qint64>(0);
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, body, offset, timer] {
            socket->write(body.mid(*offset, 4096));
            *offset += 4096;
            if (*offset >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(100);
        break;
    }
    default:
        socket->write(body);
        socket->disconnectFromHost();
        break;
    }
}

void FakeApiServer::handle(QTcpSocket* socket, const Request& request)
{
    const QString path = request.url.path();
    if (const auto file = m_files.constFind(path.toUtf8()); file != m_files.cend()) {
        sendFile(socket, request, *file);
        return;
    }
    for (int i = 0; i < m_faults.size(); ++i) {
        const Fault& fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        const int seen = m_faultSeen[i]++;
        if (seen < fault.skip || (fault.times >= 0 && seen >= fault.skip + fault.times))
            continue;
        switch (fault.kind) {
        case Fault::Status: {
            Response response;
            response.status = fault.status;
            response.body = fault.body;
            response.headers = fault.headers;
            send(socket, response);
            return;
        }
        case Fault::Hang:
            return; // the client's timeout has to notice
        case Fault::Close:
            socket->abort();
            return;
        case Fault::Truncate:
            send(socket, route(request), Cut::Close);
            return;
        case Fault::Stall:
            send(socket, route(request), Cut::Stall);
            return;
        case Fault::Malformed: {
            Response response;
            response.body = R"({"totalRecords": 5, "opportunitiesData": [{"noticeId": "x", )";
            send(socket, response);
            return;
        }
        case Fault::WrongContentType: {
            Response response;
            response.contentType = "text/html";
            response.body = "<html><body>Down for maintenance</body></html>";
            send(socket, response);
            return;
        }
        }
    }
    send(socket, route(request));
}

void FakeApiServer::send(QTcpSocket* socket, const Response& response, Cut cut)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(cut == Cut::None ? response.body : response.body.left(response.body.size() / 2));
    if (cut != Cut::Stall)
        socket->disconnectFromHost();
}

FakeApiServer::Response FakeApiServer::route(const Request& request)
{
    const QString path = request.url.path();
    if (path == QLatin1String("/opportunities/v2/search") || path == QLatin1String("/opportunities/v1/search"))
        return samSearch(request.url);
    if (path.endsWith(QLatin1String("/noticedesc")))
        return samDescription(request.url);
    if (path == QLatin1String("/trade_leads/search"))
        return itaSearch(request);
    for (const QString& name : kDatasets) {
        if (path == u'/' + name + QStringLiteral("/q"))
            return dataset(request, name);
    }
    if (path == QLatin1String("/ContractOpportunitiesFullCSV.csv"))
        return csv(request);
    Response response;
    response.status = 404;
    response.body = R"({"message": "No such endpoint"})";
    return response;
}

FakeApiServer::Response FakeApiServer::samSearch(const QUrl& url)
{
    const QUrlQuery query(url);
    Response response;
    const QString key = query.queryItemValue(QStringLiteral("api_key"));
    if (key.isEmpty()) {
        response.status = 403;
        response.body = keyError(QStringLiteral("API_KEY_MISSING"), QStringLiteral("No api_key was supplied"));
        return response;
    }
    if (key != m_samKey) {
        response.status = 403;
        response.body = keyError(QStringLiteral("API_KEY_INVALID"), QStringLiteral("An invalid api_key was supplied"));
        return response;
    }
    response.status = 400;
    if (!query.hasQueryItem(QStringLiteral("postedFrom")) || !query.hasQueryItem(QStringLiteral("postedTo"))) {
        response.body = samError(QStringLiteral("PostedFrom and PostedTo are mandatory"));
        return response;
    }
    const QDate from = samDate(query.queryItemValue(QStringLiteral("postedFrom")));
    const QDate to = samDate(query.queryItemValue(QStringLiteral("postedTo")));
    if (!from.isValid() || !to.isValid()) {
        response.body = samError(QStringLiteral("Invalid Date Entered. Expected date format is MM/dd/yyyy"));
        return response;
    }
    if (from.addYears(1) < to) {
        response.body = samError(QStringLiteral("Date range must be 1 year(s) apart"));
        return response;
    }
    bool limitOk = true, offsetOk = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk) : 1;
    const int offset = query.hasQueryItem(QStringLiteral("offset")) ? query.queryItemValue(QStringLiteral("offset")).toInt(&offsetOk) : 0;
    if (!limitOk || !offsetOk || offset < 0 || limit < 0) {
        response.body = samError(QStringLiteral("limit/offset must be a positive number."));
        return response;
    }
    if (limit > 1000) {
        response.body = samError(QStringLiteral("Limit valid range is 0-1000. Please provide valid input."));
        return response;
    }
    std::vector<const SamRecord*> matching;
    for (const SamRecord& record : m_sam) {
        if (record.posted >= from && record.posted <= to)
            matching.push_back(&record);
    }
    response.status = 200;
    // `offset` is the page index, as the API documents.
    const qint64 first = qint64(offset) * limit;
    QByteArray records;
    for (qint64 i = first; i < qMin<qint64>(first + limit, qint64(matching.size())); ++i) {
        if (!records.isEmpty())
            records += ',';
        records += withResourceLinks(matching[size_t(i)]->json);
    }
    response.body = "{\"totalRecords\":" + QByteArray::number(qint64(matching.size())) + ",\"limit\":"
        + QByteArray::number(limit) + ",\"offset\":" + QByteArray::number(offset) + ",\"opportunitiesData\":["
        + records + "],\"links\":[{\"rel\":\"self\",\"href\":\"" + url.toString(QUrl::RemoveQuery).toUtf8() + "\"}]}";
    return response;
}

FakeApiServer::Response FakeApiServer::samDescription(const QUrl& url)
{
    const QUrlQuery query(url);
    Response response;
    if (query.queryItemValue(QStringLiteral("api_key")) != m_samKey) {
        response.status = 403;
        response.body = keyError(QStringLiteral("API_KEY_INVALID"), QStringLiteral("An invalid api_key was supplied"));
        return response;
    }
    const QString id = query.queryItemValue(QStringLiteral("noticeid"));
    const bool known = std::any_of(m_sam.cbegin(), m_sam.cend(),
                                   [&](const SamRecord& r) { return QString::fromLatin1(r.noticeId) == id; });
    if (!known) {
        response.status = 404;
        response.body = R"({"message": "Description Not Found"})";
        return response;
    }
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("description"),
                                               QStringLiteral("<p>Statement of work for notice %1.</p>").arg(id)}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

bool FakeApiServer::itaKeyOk(const Request& request) const
{
    const QString fromQuery = QUrlQuery(request.url).queryItemValue(QStringLiteral("api_key"));
    if (fromQuery == m_itaKey)
        return true;
    for (const QByteArray& line : request.head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("api-key:") && trimmed.mid(8).trimmed() == m_itaKey.toUtf8())
            return true;
    }
    return false;
}

FakeApiServer::Response FakeApiServer::itaSearch(const Request& request)
{
    Response response;
    if (!itaKeyOk(request)) {
        response.status = 401;
        response.body = keyError(QStringLiteral("API_KEY_INVALID"), QStringLiteral("An invalid api_key was supplied"));
        return response;
    }
    const QUrlQuery query(request.url);
    const int size = qBound(1, query.hasQueryItem(QStringLiteral("size")) ? query.queryItemValue(QStringLiteral("size")).toInt() : 10, 100);
    const int offset = qMax(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).toLower();
    const QStringList countries = query.queryItemValue(QStringLiteral("countries")).toUpper().split(u',', Qt::SkipEmptyParts);
    const LeadGen::LeadGenerator& generator = *m_generators.front();
    QList<QByteArray> matching;
    qint64 total = m_itaCount;
    if (q.isEmpty() && countries.isEmpty()) {
        // No search: only the page itself is generated.
        for (int i = offset; i < qMin(offset + size, m_itaCount); ++i)
            matching.append(generator.itaRecordJson(i));
    } else {
        for (int i = 0; i < m_itaCount; ++i) {
            const QByteArray record = generator.itaRecordJson(i);
            const QJsonObject o = QJsonDocument::fromJson(record).object();
            if (!countries.isEmpty() && !countries.contains(o.value(QStringLiteral("country")).toString().toUpper()))
                continue;
            const QString text = (o.value(QStringLiteral("title")).toString() + u' '
                                  + o.value(QStringLiteral("description")).toString()).toLower();
            if (!q.isEmpty() && !text.contains(q))
                continue;
            matching.append(record);
        }
        total = matching.size();
        matching = matching.mid(offset, size);
    }
    QByteArray results;
    for (const QByteArray& record : std::as_const(matching)) {
        if (!results.isEmpty())
            results += ',';
        results += record;
    }
    response.body = "{\"total\":" + QByteArray::number(total) + ",\"offset\":" + QByteArray::number(offset)
        + ",\"sources_used\":[{\"source\":\"STATE\",\"source_last_updated\":\"2026-01-01T00:00:00Z\","
          "\"last_imported\":\"2026-01-01T01:00:00Z\"}],\"search_performed_at\":\"2026-01-01T02:00:00Z\",\"results\":["
        + results + "]}";
    return response;
}

FakeApiServer::Response FakeApiServer::dataset(const Request& request, const QString& name)
{
    Response response;
    if (!itaKeyOk(request)) {
        response.status = 401;
        response.body = keyError(QStringLiteral("API_KEY_INVALID"), QStringLiteral("An invalid api_key was supplied"));
        return response;
    }
    const QUrlQuery query(request.url);
    const int size = qBound(1, query.hasQueryItem(QStringLiteral("size")) ? query.queryItemValue(QStringLiteral("size")).toInt() : 10, 100);
    const int offset = qMax(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    QJsonArray results;
    for (int i = offset; i < qMin(offset + size, m_datasetCount); ++i)
        results.append(datasetRecord(name, i));
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("total"), m_datasetCount},
                                              {QStringLiteral("offset"), offset},
                                              {QStringLiteral("results"), results}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

FakeApiServer::Response FakeApiServer::csv(const Request& request)
{
    Response response;
    response.contentType = "text/csv";
    qint64 from = 0;
    for (const QByteArray& line : request.head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("range: bytes=")) {
            from = trimmed.mid(13, trimmed.indexOf('-', 13) - 13).toLongLong();
            break;
        }
    }
    if (from >= m_csv.size() && from > 0) {
        response.status = 416;
        return response;
    }
    if (from > 0) {
        response.status = 206;
        response.headers.append({"Content-Range", "bytes " + QByteArray::number(from) + '-'
                                     + QByteArray::number(m_csv.size() - 1) + '/' + QByteArray::number(m_csv.size())});
    }
    response.body = m_csv.mid(from);
    return response;
}
