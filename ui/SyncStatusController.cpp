#include "SyncStatusController.h"

#include "Clock.h"
#include "LeadStore.h"
#include "RequestQuota.h"
#include "SourceSettings.h"
#include "StoreWorker.h"
#include "SyncManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace {

// The window's texts, in its translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

// The outcome of a source's sync as the sync details show it to people.
QString outcomeText(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Ok:
        return Messages::tr("done");
    case SyncOutcome::Failed:
        return Messages::tr("failed");
    case SyncOutcome::Cancelled:
        return Messages::tr("cancelled");
    case SyncOutcome::QuotaExhausted:
        return Messages::tr("request quota used up");
    }
    return {};
}

// What the status bar says of the cache: sample data or not, and the last sync that ended
// well, from the sync log (a `tradeleads sync` on the command line counts too).
struct CacheStatus
{
    bool sample = false;
    QString lastSyncAt;
};

Result<CacheStatus> readCacheStatus(const LeadStore& store)
{
    auto runs = store.syncRuns();
    if (!runs)
        return runs.error();
    CacheStatus status;
    status.sample = store.info(QStringLiteral("sample_data")) == QLatin1String("1");
    for (const SyncRun& run : std::as_const(*runs)) {
        if (run.outcome == QLatin1String("ok") && run.finishedAt > status.lastSyncAt)
            status.lastSyncAt = run.finishedAt;
    }
    return status;
}

} // namespace

SyncStatusController::SyncStatusController(StoreWorker& writer, StoreWorker& reader, QStatusBar* bar, QWidget* window)
    : QObject(window)
    , m_writer(writer)
    , m_reader(reader)
    , m_window(window)
{
    // Made in this order for the focus chain: the message line, then Cancel.
    m_lastSync = new QLabel(window);
    m_quota = new QLabel(window);
    m_message = new QLabel(window);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_message->setAccessibleName(Messages::tr("Sync and import messages"));
    connect(m_message, &QLabel::linkActivated, this, &SyncStatusController::showDetails);
    m_progress = new QProgressBar(window);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(Messages::tr("Sync progress"));
    m_cancel = new QToolButton(window);
    m_cancel->setText(Messages::tr("Cancel"));
    m_cancel->setAccessibleName(Messages::tr("Cancel sync"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusController::cancelSync);
    bar->addWidget(m_message, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_lastSync);
    bar->addPermanentWidget(m_quota);

    m_autoSync = new QTimer(this);
    connect(m_autoSync, &QTimer::timeout, this, &SyncStatusController::startSync);
}

SyncStatusController::~SyncStatusController() = default;

void SyncStatusController::showMessage(const QString& text)
{
    m_message->setText(text.toHtmlEscaped());
}

void SyncStatusController::showReport(const QString& html, const QString& details)
{
    m_details = details;
    m_message->setText(html);
}

void SyncStatusController::showDetails()
{
    auto* box = new QMessageBox(QMessageBox::Information, Messages::tr("Sync"), Messages::tr("What the last sync did"),
        QMessageBox::Close, m_window);
    box->setDetailedText(m_details);
    box->setInformativeText(m_details.section(u'\n', 0, 2));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // never blocks the window
}

void SyncStatusController::followSettings()
{
    const int hours = QSettings().value(QStringLiteral("sync/everyHours"), 0).toInt();
    if (hours > 0)
        m_autoSync->start(hours * 3600 * 1000);
    else
        m_autoSync->stop();
}

void SyncStatusController::setKeyShown(bool shown)
{
    m_quota->setVisible(shown);
}

void SyncStatusController::showQuota()
{
    const QString samKey = SourceSettings::samApiKey();
    if (samKey.isEmpty()) {
        m_quota->setText(Messages::tr("No SAM.gov key"));
    } else {
        const RequestQuota quota(samKey, SourceSettings::samDailyQuota());
        m_quota->setText(Messages::tr("SAM.gov: %1 of %2 requests left today")
                             .arg(QLocale().toString(quota.remaining()), QLocale().toString(quota.limit())));
    }
}

void SyncStatusController::showCacheStatus()
{
    m_reader.call(this, readCacheStatus, [this](const Result<CacheStatus>& status) {
        if (!status)
            return;
        emit sampleDataShown(status->sample);
        m_lastSync->setText(status->lastSyncAt.isEmpty()
                ? Messages::tr("Never synced")
                : Messages::tr("Synced %1")
                      .arg(QLocale().toString(
                          QDateTime::fromString(status->lastSyncAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat)));
    });
}

void SyncStatusController::startSync()
{
    if (m_sync)
        return;
    const QStringList sources = SourceSettings::configuredSources();
    if (sources.isEmpty()) {
        showReport(Messages::tr("Nothing to sync yet: <a href=\"details\">add an API key in Settings</a>"),
            Messages::tr("Add a SAM.gov or ITA API key in File › Settings, or turn on the SAM.gov bulk CSV, "
                         "which needs no key."));
        return;
    }
    m_sync = new SyncManager(m_writer, SyncConfig::fromEnvironment(), this);
    connect(m_sync, &SyncManager::progress, this, &SyncStatusController::showProgress);
    connect(m_sync, &SyncManager::finished, this, &SyncStatusController::showFinished);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    emit runningChanged(true);
    m_message->setText(Messages::tr("Syncing…"));
    m_startedAt = Clock::nowUtcText();
    m_sync->start(sources);
}

void SyncStatusController::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

void SyncStatusController::showProgress(const SyncProgress& progress)
{
    if (progress.indexing) {
        m_progress->setRange(0, 0);
        m_message->setText(Messages::tr("Syncing %1: %Ln lead(s) stored; indexing the cache…", nullptr,
                                        int(progress.records))
                               .arg(progress.source));
        return;
    }
    if (progress.bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.bytes * 1000 / progress.bytesTotal));
    } else if (progress.recordsEstimated > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, progress.records * 1000 / progress.recordsEstimated)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_message->setText(Messages::tr("Syncing %1: %Ln lead(s)", nullptr, int(progress.records)).arg(progress.source));
}

void SyncStatusController::showFinished(const QList<SourceReport>& reports)
{
    m_sync->deleteLater();
    m_sync = nullptr;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    emit runningChanged(false);
    QStringList lines;
    int failed = 0;
    qint64 fresh = 0;
    for (const SourceReport& report : reports) {
        fresh += report.inserted + report.updated;
        if (report.outcome != SyncOutcome::Ok)
            ++failed;
        lines.append(Messages::tr("%1: %2, %3 new, %4 updated")
                         .arg(report.source, outcomeText(report.outcome), QLocale().toString(report.inserted),
                             QLocale().toString(report.updated))
            + (report.message.isEmpty() ? QString() : QStringLiteral(" — ") + report.message));
    }
    if (fresh > 0) {
        // The banner goes once the writer has written that the sample is gone.
        m_writer.post(
            this, [](LeadStore& store) { (void)store.setInfo(QStringLiteral("sample_data"), QStringLiteral("0")); },
            [this] { showCacheStatus(); });
    }
    showReport((failed == 0 ? Messages::tr("Sync done: %Ln new or changed lead(s)", nullptr, int(fresh))
                            : Messages::tr("Sync ended with %n problem(s)", nullptr, failed))
            + QStringLiteral(" — <a href=\"details\">%1</a>").arg(Messages::tr("details")),
        lines.join(u'\n'));
    emit finished(reports, m_startedAt);
}
