#include "SamCsvSync.h"

#include "LeadImporter.h"
#include "LeadStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStandardPaths>

SamCsvSync::SamCsvSync(StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config, QObject* parent)
    : SourceSync(QStringLiteral("sam-csv"), writer, network, config, parent)
{
}

QString SamCsvSync::serviceName() const
{
    return QStringLiteral("SAM.gov Data Services");
}

QString SamCsvSync::keyHint() const
{
    return QStringLiteral("TRADELEADS_SAM_CSV_URL");
}

Status SamCsvSync::prepare(const SyncState&)
{
    QString dir = m_config.downloadDir;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("downloads"));
    if (!QDir().mkpath(dir))
        return Error{tr("Cannot create the download folder %1").arg(dir)};
    m_partPath = QDir(dir).filePath(QStringLiteral("ContractOpportunitiesFullCSV.csv.part"));
    m_donePath = QDir(dir).filePath(QStringLiteral("ContractOpportunitiesFullCSV.csv"));
    // A file downloaded completely by an earlier run that stopped while importing is used as it is.
    m_downloaded = QFileInfo::exists(m_donePath);
    return Done{};
}

std::optional<QNetworkRequest> SamCsvSync::nextRequest()
{
    if (m_downloaded)
        return std::nullopt; // complete() imports the file
    if (m_part.isOpen())
        m_part.close(); // flushed, so its size is what the server has to resume from
    QNetworkRequest request(m_config.samCsvUrl);
    const qint64 have = QFileInfo(m_partPath).size();
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    return request;
}

void SamCsvSync::onReplyStarted(QNetworkReply* reply)
{
    m_current = reply;
    m_writeFailed = false;
    connect(reply, &QNetworkReply::readyRead, this, &SamCsvSync::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 base = m_part.isOpen() ? m_part.size() - received : 0;
        reportProgress(-1, -1, base + received, total > 0 ? base + total : -1);
    });
}

void SamCsvSync::onReplyFinishing(QNetworkReply* reply)
{
    if (reply == m_current)
        onReadyRead();
    m_current = nullptr;
    if (m_part.isOpen())
        m_part.close();
}

void SamCsvSync::onReadyRead()
{
    QNetworkReply* reply = m_current;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // errors are read in full by SourceSync
    if (!m_part.isOpen()) {
        if (status == 200) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            m_expectedSize = length.isValid() ? length.toLongLong() : -1;
        } else {
            // "Content-Range: bytes 1000-1999/2000": the total follows the slash.
            const QByteArray range = reply->rawHeader("Content-Range");
            const qsizetype slash = range.lastIndexOf('/');
            bool ok = false;
            const qint64 total = slash >= 0 ? range.mid(slash + 1).trimmed().toLongLong(&ok) : -1;
            m_expectedSize = ok ? total : -1;
        }
        m_part.setFileName(m_partPath);
        // 206: the server resumes where the file stops; 200: it sends the whole file again.
        const QIODevice::OpenMode mode = status == 206 ? QIODevice::Append : QIODevice::Truncate;
        if (!m_part.open(QIODevice::WriteOnly | mode)) {
            m_writeFailed = true;
            reply->abort();
            return;
        }
    }
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    if (m_part.write(chunk) != chunk.size()) {
        m_writeFailed = true;
        reply->abort();
    }
}

SourceSync::PageResult SamCsvSync::acceptPage(LeadStore&, const QByteArray&)
{
    if (m_writeFailed)
        return {PageResult::StoreFailed, tr("Cannot write the download to %1: %2").arg(m_partPath, m_part.errorString())};
    const qint64 have = QFileInfo(m_partPath).size();
    if (m_expectedSize > 0 && have < m_expectedSize)
        return {PageResult::Malformed, tr("the download stopped at %1 of %2 bytes").arg(have).arg(m_expectedSize)};
    QFile::remove(m_donePath);
    if (!QFile::rename(m_partPath, m_donePath))
        return {PageResult::StoreFailed, tr("Cannot keep the download at %1").arg(m_donePath)};
    m_downloaded = true;
    return {};
}

Status SamCsvSync::complete(LeadStore& store)
{
    LeadImporter importer(store);
    importer.setProgress([this](qint64 done, qint64 total, qint64 records) {
        m_report.records = records;
        reportProgress(-1, -1, done, total);
    });
    auto summary = importer.importFile(m_donePath, ImportFormat::SamCsv);
    if (!summary) {
        // A file that is not the CSV will not become one by downloading it again.
        QFile::remove(m_donePath);
        return summary.error();
    }
    m_report.pages = 1;
    m_report.records = summary->inserted + summary->updated + summary->unchanged;
    m_report.inserted = summary->inserted;
    m_report.updated = summary->updated;
    m_report.unchanged = summary->unchanged;
    m_report.skipped = summary->errorCount;
    QFile::remove(m_donePath);
    m_imported = true;
    return Done{};
}
