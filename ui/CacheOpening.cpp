#include "CacheOpening.h"

#include "CacheGuard.h"
#include "Clock.h"
#include "LeadStore.h"
#include "SampleData.h"
#include "ThreadPriority.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <limits>
#include <memory>

namespace CacheOpening {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CacheOpening)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Tells the analyst of damage the check behind the window found; the marker it left moves
// the file aside at the next start. Not modal: the window stays usable meanwhile.
void tellDamage(const CacheGuard::CheckReport& report, QWidget* parent)
{
    const QString text = report.message + u' '
        + Messages::tr("Trade Leads goes on with it for now. At the next start it moves the file aside, unchanged, "
                       "and creates a new cache with your saved searches and tracking from the backup written at "
                       "exit; synced leads come back with the next sync. Quit and start again to do it now.");
    qWarning("%s", qPrintable(text));
    if (!parent)
        parent = QApplication::activeWindow();
    auto* box = new QMessageBox(QMessageBox::Warning, Messages::tr("Trade Leads"), text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// The full check an unclean end owes, while the window is in use: on a pool of its own (the
// global pool's threads load the window's rows), after `afterMs` (the first rows go first),
// read-only next to the window's connections, and stopped when the application quits.
QFuture<CacheGuard::CheckReport> checkBehindTheWindow(const QString& path, QWidget* parent, int afterMs)
{
    auto* pool = new QThreadPool(QCoreApplication::instance());
    pool->setMaxThreadCount(1);
    auto stop = std::make_shared<std::atomic_bool>(false);
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, pool, [stop] { *stop = true; });
    QFuture<CacheGuard::CheckReport> future = QtConcurrent::run(pool, [path, stop, afterMs] {
        ThreadPriority::lowerCurrentThread(); // its pool's one thread serves this check alone
        const QDeadlineTimer start(afterMs);
        while (!start.hasExpired() && !*stop)
            QThread::msleep(20);
        return CacheGuard::inspect(path, CacheGuard::Depth::Full, [stop] { return stop->load(); });
    });
    auto* watcher = new QFutureWatcher<CacheGuard::CheckReport>(pool);
    QObject::connect(watcher, &QFutureWatcherBase::finished, pool, [watcher, pool, parent = QPointer<QWidget>(parent)] {
        const CacheGuard::CheckReport report = watcher->result();
        if (report.verdict != CacheGuard::Verdict::Healthy && report.verdict != CacheGuard::Verdict::Unreadable
            && report.verdict != CacheGuard::Verdict::Missing)
            tellDamage(report, parent);
        pool->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

} // namespace

Result<Opened> open(const QString& path, QWidget* parent, const Options& options)
{
    CacheGuard::Options guard;
    guard.deferCheckAfterUncleanEnd = true;
    const CacheGuard::Outlook outlook = CacheGuard::outlook(path, guard);

    // The worker opens and closes its own connection (a Qt SQL connection belongs to the
    // thread that made it); the window then opens its own on threads of its own.
    QFutureWatcher<Result<Opened>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    bool fullCheckDue = false;
    watcher.setFuture(QtConcurrent::run([path, guard, &fullCheckDue, sampleWhenEmpty = options.sampleWhenEmpty]() -> Result<Opened> {
        auto checked = CacheGuard::openChecked(path, guard);
        if (!checked)
            return checked.error();
        Opened opened;
        opened.location = path;
        opened.notice = checked->notice;
        fullCheckDue = checked->fullCheckDue; // read after waitForFinished()
        LeadStore& store = *checked->store;
        if (sampleWhenEmpty) {
            auto stats = store.stats(Clock::today());
            if (stats && stats->leads == 0) {
                if (auto loaded = SampleData::load(store, Clock::today()); !loaded)
                    opened.sampleProblem = loaded.errorMessage();
            }
        }
        return opened;
    }));

    QProgressDialog dialog(parent);
    dialog.setWindowTitle(Messages::tr("Trade Leads"));
    dialog.setCancelButton(nullptr);
    dialog.setRange(0, 0); // SQLite says nothing of how far a statement has gone
    dialog.setAutoReset(false);
    dialog.setWindowModality(Qt::ApplicationModal);
    // Shown by this timer alone, not by QProgressDialog's guess from values it never gets.
    dialog.setMinimumDuration(std::numeric_limits<int>::max());
    int showAfterMs = options.checkDialogAfterMs;
    if (outlook.upgrade) {
        dialog.setLabelText(Messages::tr("Upgrading the cache (%1) for this version of Trade Leads.\n"
                                         "This happens once, and takes some minutes for a million leads.")
                                .arg(size(outlook.bytes)));
        showAfterMs = options.upgradeDialogAfterMs;
    } else {
        // Shown only when the check lasts: the whole file's, after a query met damage last time.
        dialog.setLabelText(Messages::tr("Checking the cache (%1)…").arg(size(outlook.bytes)));
    }
    QTimer showTimer;
    showTimer.setSingleShot(true);
    QObject::connect(&showTimer, &QTimer::timeout, &dialog, &QWidget::show);
    if (showAfterMs <= 0)
        dialog.show();
    else
        showTimer.start(showAfterMs);
    if (!watcher.isFinished())
        loop.exec();
    showTimer.stop();
    watcher.waitForFinished();
    dialog.hide();

    Result<Opened> opened = watcher.result();
    if (opened && fullCheckDue)
        opened->fullCheck = checkBehindTheWindow(path, parent, options.fullCheckAfterMs);
    return opened;
}

} // namespace CacheOpening
