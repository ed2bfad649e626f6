#pragma once

#include "RequestQuota.h"
#include "SourceSync.h"

#include <QDate>
#include <QList>

#include <memory>

// SAM.gov Get Opportunities: posted-date windows of at most a year, `limit` 1000 records a
// page, `offset` the page index as documented (a server that reads it as a record offset is
// detected and followed). Incremental: the next run starts a few days before the newest
// posted date it completed.
class SamSync final : public SourceSync
{
    Q_OBJECT
public:
    SamSync(StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config, QObject* parent = nullptr);
    ~SamSync() override;

protected:
    Status prepare(const SyncState& state) override;
    std::optional<QNetworkRequest> nextRequest() override;
    bool readsPagesAhead() const override { return true; }
    ParsedPage parsePage(const QByteArray& body, const Outlined& outlined) const override;
    PageStep advance(const PageOutline& page) override;
    Status complete(LeadStore& store) override;
    QString serviceName() const override;
    RequestQuota* quota() override { return m_quota.get(); }
    QString keyHint() const override;

private:
    QByteArray cursorJson(int window, qint64 page, qint64 covered) const;

    std::unique_ptr<RequestQuota> m_quota;
    QDate m_from;
    QDate m_to;
    QList<QPair<QDate, QDate>> m_windows;
    int m_window = 0;
    qint64 m_page = 0;
    qint64 m_covered = 0;        // records of the window covered so far
    bool m_recordOffsets = false; // the server reads offset as a record offset
    QString m_secondIdOfFirstPage;
    qint64 m_recordsBeforeWindow = 0;
    qint64 m_recordsThisRun = 0; // read so far (the report counts them once stored)
    qint64 m_pagesThisRun = 0;
    bool m_planChecked = false;
    QString m_highWater;
};
