#include "SyncManager.h"

#include "ItaSync.h"
#include "SamCsvSync.h"
#include "SamSync.h"
#include "SourceSettings.h"
#include "StoreWorker.h"

#include <QNetworkAccessManager>

SyncConfig SyncConfig::fromEnvironment()
{
    SyncConfig config;
    config.samBaseUrl = SourceSettings::samBaseUrl();
    config.samCsvUrl = SourceSettings::samCsvUrl();
    config.itaBaseUrl = SourceSettings::itaBaseUrl();
    config.samApiKey = SourceSettings::samApiKey();
    config.itaApiKey = SourceSettings::itaApiKey();
    config.samDailyQuota = SourceSettings::samDailyQuota();
    bool ok = false;
    // Tests shorten the waits; the defaults suit the real services.
    const int retryBase = qEnvironmentVariableIntValue("TRADELEADS_RETRY_BASE_MS", &ok);
    if (ok && retryBase >= 0)
        config.retryBase = std::chrono::milliseconds(retryBase);
    const int timeout = qEnvironmentVariableIntValue("TRADELEADS_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        config.timeout = std::chrono::milliseconds(timeout);
    const int attempts = qEnvironmentVariableIntValue("TRADELEADS_MAX_ATTEMPTS", &ok);
    if (ok && attempts > 0)
        config.maxAttempts = attempts;
    const QString downloads = qEnvironmentVariable("TRADELEADS_DOWNLOAD_DIR");
    if (!downloads.isEmpty())
        config.downloadDir = downloads;
    return config;
}

SyncManager::SyncManager(QString cachePath, const SyncConfig& config, QObject* parent)
    : QObject(parent), m_cachePath(std::move(cachePath)), m_config(config), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

SyncManager::SyncManager(StoreWorker& writer, const SyncConfig& config, QObject* parent)
    : SyncManager(writer.location(), config, parent)
{
    m_writer = &writer;
}

SyncManager::~SyncManager() = default;

void SyncManager::start(const QStringList& sources)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_reports.clear();
    m_queue = sources;
    if (m_writer) {
        startNext();
        return;
    }
    // The cache opens (and a new one gets its schema) on the writer's thread while this
    // thread's event loop runs on.
    if (m_ownWriter) // one that did not open; this may run inside its own answer
        m_ownWriter.release()->deleteLater();
    m_ownWriter = std::make_unique<StoreWorker>(m_cachePath, QStringLiteral("StoreWorker"));
    m_ownWriter->call(this, [](LeadStore&) -> Status { return Done {}; }, [this](const Status& opened) {
        if (!opened) {
            endQueue(SyncOutcome::Failed, opened.errorMessage());
            return;
        }
        m_writer = m_ownWriter.get();
        startNext();
    });
}

void SyncManager::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

bool SyncManager::isRunning() const
{
    return m_running;
}

QList<SourceReport> SyncManager::reports() const
{
    return m_reports;
}

SourceSync* SyncManager::create(const QString& source)
{
    if (source == QLatin1String("sam"))
        return new SamSync(*m_writer, *m_network, m_config, this);
    if (source == QLatin1String("sam-csv"))
        return new SamCsvSync(*m_writer, *m_network, m_config, this);
    return new ItaSync(source, *m_writer, *m_network, m_config, this);
}

void SyncManager::endQueue(SyncOutcome outcome, const QString& message)
{
    for (const QString& source : std::as_const(m_queue)) {
        SourceReport report;
        report.source = source;
        report.outcome = outcome;
        report.message = message;
        m_reports.append(report);
        emit sourceFinished(report);
    }
    m_queue.clear();
    m_running = false;
    emit finished(m_reports);
}

void SyncManager::startNext()
{
    if (m_queue.isEmpty() || m_cancelled) {
        endQueue(SyncOutcome::Cancelled, tr("Cancelled before it started"));
        return;
    }
    const QString source = m_queue.takeFirst();
    m_current = create(source);
    connect(m_current, &SourceSync::progress, this, &SyncManager::progress);
    connect(m_current, &SourceSync::finished, this, [this](const SourceReport& report) {
        m_reports.append(report);
        m_current->deleteLater();
        m_current = nullptr;
        emit sourceFinished(report);
        startNext();
    });
    m_current->start();
}
