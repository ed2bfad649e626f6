#pragma once

#include "SyncTypes.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;
class QWidget;
class StoreWorker;
class SyncManager;

// The sync side of the status bar: runs a sync on the writer and follows it with a progress
// bar and a Cancel button, says when the cache last synced and how much of the SAM.gov quota
// is left, and starts a sync every few hours when Settings asks for it. Its message line, with
// a "details" box for the last sync or import, is the one the window's other messages share.
// The cache status is read on the reader, never on the UI thread.
class SyncStatusController final : public QObject
{
    Q_OBJECT
public:
    // Puts its message line, progress, Cancel, last sync and quota on `bar`.
    SyncStatusController(StoreWorker& writer, StoreWorker& reader, QStatusBar* bar, QWidget* window);
    // Stops a sync still running (it posts to the writer): delete it before the workers.
    ~SyncStatusController() override;

    void startSync();
    void cancelSync();
    // Reads the cache off the UI thread: sample data or not, the last sync that ended well.
    void showCacheStatus();
    void showQuota();
    void setKeyShown(bool shown); // the SAM.gov key and quota, which a team server's analyst has no use for
    // Starts or stops the automatic sync as Settings has it.
    void followSettings();
    void showMessage(const QString& text); // plain text
    // Rich text that may link to "details", which a box then shows.
    void showReport(const QString& html, const QString& details);
    QToolButton* cancelButton() const { return m_cancel; }

signals:
    void runningChanged(bool running);
    void sampleDataShown(bool sample); // the cache holds the bundled sample
    // `startedAt` (ISO UTC) is when the sync began, for the saved searches' "gained" counts.
    void finished(const QList<SourceReport>& reports, const QString& startedAt);

private:
    void showProgress(const SyncProgress& progress);
    void showFinished(const QList<SourceReport>& reports);
    void showDetails();

    StoreWorker& m_writer;
    StoreWorker& m_reader;
    QWidget* m_window;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_quota = nullptr;
    QTimer* m_autoSync = nullptr;
    SyncManager* m_sync = nullptr;
    QString m_startedAt; // ISO UTC
    QString m_details; // what the "details" link shows
};
