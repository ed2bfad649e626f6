#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <vector>

class QTcpServer;
class QTcpSocket;

namespace LeadGen {
class LeadGenerator;
}

// A fake of the SAM.gov and ITA APIs that speaks real HTTP/1.1 on 127.0.0.1 (ephemeral
// port), over records from the deterministic generator. It honours the real parameters
// (posted-date windows, limit/offset, size/offset, q, countries, api_key), answers with the
// documented messages, and injects faults on request.
class FakeApiServer final : public QObject
{
    Q_OBJECT
public:
    struct Fault
    {
        enum Kind { Status, Hang, Truncate, Stall, Malformed, WrongContentType, Close };
        QString pathPrefix; // e.g. "/opportunities/v2/search"
        Kind kind = Status;
        int status = 500;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int skip = 0;  // let this many matching requests through first
        int times = 1; // then fault this many (-1: always)
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QByteArray head;   // request line and headers
        QUrl url;
    };

    // A document the server hands out at `path`, as a SAM record's resource link or alone.
    struct ServedFile
    {
        enum Delivery { Whole, Slow, Truncated, Redirect };
        QByteArray path; // "/files/<id>/download"
        QByteArray body;
        QByteArray contentType = "application/octet-stream";
        QByteArray fileName; // Content-Disposition; empty: none sent
        Delivery delivery = Whole;
        QUrl redirectTo;     // Redirect: where to
        bool needsKey = false; // answers 403 without the SAM key (SAM.gov's own files)
    };

    explicit FakeApiServer(QObject* parent = nullptr);
    ~FakeApiServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const;

    void setSamKey(const QString& key) { m_samKey = key; }
    void setItaKey(const QString& key) { m_itaKey = key; }
    // SAM records spread over `spreadDays` of posted dates ending at `lastDay`.
    void setSamRecords(int count, const QDate& lastDay, int spreadDays = 120);
    void setItaRecords(int count);
    void setDatasetRecords(int countPerDataset);
    void setCsvRows(int count);
    void addFault(const Fault& fault);
    void clearFaults();
    void setResponseDelay(int milliseconds) { m_delayMs = milliseconds; }
    // Serves `file`; with a notice id, the notice's resourceLinks list it (`link`: the URL the
    // record gives, default the file's own on this server).
    void serveFile(const ServedFile& file, const QString& noticeId = {}, const QString& link = {});
    void addResourceLink(const QString& noticeId, const QString& link);

    QStringList samNoticeIds() const;          // every SAM record the server holds
    QStringList samNoticeIds(const QDate& from, const QDate& to) const;
    int itaCount() const { return m_itaCount; }
    int datasetCount() const { return m_datasetCount; }
    QList<Request> requests() const { return m_requests; }
    int requestCount(const QString& pathPrefix) const;

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct SamRecord
    {
        QDate posted;
        QByteArray noticeId;
        QByteArray json; // written once: serving a page costs the server no generation
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    Response route(const Request& request);
    Response samSearch(const QUrl& url);
    Response samDescription(const QUrl& url);
    Response itaSearch(const Request& request);
    Response dataset(const Request& request, const QString& name);
    Response csv(const Request& request);
    void sendFile(QTcpSocket* socket, const Request& request, const ServedFile& file);
    QByteArray withResourceLinks(const QByteArray& recordJson) const;
    bool itaKeyOk(const Request& request) const;
    enum class Cut { None, Close, Stall };
    static void send(QTcpSocket* socket, const Response& response, Cut cut = Cut::None);

    QTcpServer* m_server;
    QString m_samKey = QStringLiteral("sam-test-key");
    QString m_itaKey = QStringLiteral("ita-test-key");
    std::vector<std::unique_ptr<LeadGen::LeadGenerator>> m_generators;
    std::vector<SamRecord> m_sam; // sorted by posted date, then notice id
    int m_itaCount = 0;
    int m_datasetCount = 0;
    QByteArray m_csv;
    QList<Fault> m_faults;
    QHash<int, int> m_faultSeen;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_delayMs = 0;
    QHash<QByteArray, ServedFile> m_files;      // by path
    QHash<QString, QStringList> m_resourceLinks; // by notice id
};
