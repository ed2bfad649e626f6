#pragma once

#include "SyncTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class SourceSync;
class StoreWorker;

// Runs the chosen sources one after another over one QNetworkAccessManager (one request in
// flight per host keeps within the services' rate limits), reports progress, and can be
// cancelled at any time: every page already committed stays, and the next run resumes.
class SyncManager final : public QObject
{
    Q_OBJECT
public:
    // Opens its own writer connection to the cache at `cachePath` when a run starts.
    SyncManager(QString cachePath, const SyncConfig& config, QObject* parent = nullptr);
    // Writes through `writer`, the window's one writer, which outlives this.
    SyncManager(StoreWorker& writer, const SyncConfig& config, QObject* parent = nullptr);
    ~SyncManager() override;

    void start(const QStringList& sources);
    void cancel();
    bool isRunning() const;
    QList<SourceReport> reports() const;

signals:
    void progress(const SyncProgress& progress);
    void sourceFinished(const SourceReport& report);
    void finished(const QList<SourceReport>& reports);

private:
    void startNext();
    // Reports every source still queued with `outcome`, then the run as finished.
    void endQueue(SyncOutcome outcome, const QString& message);
    SourceSync* create(const QString& source);

    QString m_cachePath;
    std::unique_ptr<StoreWorker> m_ownWriter;
    StoreWorker* m_writer = nullptr;
    SyncConfig m_config;
    QNetworkAccessManager* m_network;
    QStringList m_queue;
    SourceSync* m_current = nullptr;
    QList<SourceReport> m_reports;
    bool m_cancelled = false;
    bool m_running = false;
};
