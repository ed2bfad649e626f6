#include "CacheOpening.h"

#include "CacheGuard.h"
#include "Clock.h"
#include "LeadStore.h"
#include "SampleData.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

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

} // namespace

Result<Opened> open(const QString& path, QWidget* parent, const Options& options)
{
    const CacheGuard::Outlook outlook = CacheGuard::outlook(path);

    // The worker opens and closes its own connection (a Qt SQL connection belongs to the
    // thread that made it); the window then opens its own on threads of its own.
    QFutureWatcher<Result<Opened>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, sampleWhenEmpty = options.sampleWhenEmpty]() -> Result<Opened> {
        auto checked = CacheGuard::openChecked(path);
        if (!checked)
            return checked.error();
        Opened opened;
        opened.location = path;
        opened.notice = checked->notice;
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
                                         "This happens once, and takes about a minute for a million leads.")
                                .arg(size(outlook.bytes)));
        showAfterMs = options.upgradeDialogAfterMs;
    } else {
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

    return watcher.result();
}

} // namespace CacheOpening
