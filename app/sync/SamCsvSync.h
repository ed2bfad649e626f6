#pragma once

#include "SourceSync.h"

#include <QFile>

// SAM.gov's bulk "Contract Opportunities" CSV: public, no key, no quota. It is downloaded
// to a file with progress, resumed with an HTTP Range request after an interruption, and
// then streamed through the CSV importer.
class SamCsvSync final : public SourceSync
{
    Q_OBJECT
public:
    SamCsvSync(StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config, QObject* parent = nullptr);

protected:
    Status prepare(const SyncState& state) override;
    std::optional<QNetworkRequest> nextRequest() override;
    PageResult acceptPage(LeadStore& store, const QByteArray& body) override;
    Status complete(LeadStore& store) override;
    QString serviceName() const override;
    QString keyHint() const override;
    bool expectsJson() const override { return false; }
    void onReplyStarted(QNetworkReply* reply) override;
    void onReplyFinishing(QNetworkReply* reply) override;

private:
    void onReadyRead();

    QString m_partPath;
    QString m_donePath;
    QFile m_part;
    QNetworkReply* m_current = nullptr;
    bool m_downloaded = false;
    bool m_imported = false;
    bool m_writeFailed = false;
    qint64 m_expectedSize = -1; // the whole file's size, as the server announced it
};
