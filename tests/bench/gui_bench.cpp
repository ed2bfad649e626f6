// The real window over a large cache (offscreen): time to first rows, keyword filter,
// sort change, jump to the last row, opening a lead far down and starring it, facets and
// chart refresh, the longest stall of the UI thread (overall and per step), and peak RSS.
//
//   tradeleads-gui-bench [--count 1000000] [--cache PATH]   (the cache is made once, then reused;
//                                                           a postgresql:// location works too)
#include "BenchOutput.h"
#include "DeadlineChart.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "LeadGenerator.h"
#include "LeadImporter.h"
#include "LeadStatistics.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "PgLeadStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>


#include <cstdio>
#include <functional>

namespace {

// Spins the event loop until `done` holds; returns the milliseconds it took.
double waitFor(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return double(clock.nsecsElapsed()) / 1e6;
}

bool rowLoaded(LeadTableModel* model, int row)
{
    return row >= 0 && row < model->rowCount() && model->index(row, 0).data(LeadTableModel::LoadedRole).toBool();
}

} // namespace

int main(int argc, char* argv[])
{
    LeadStore::sharePageMemory(); // as the window's main() does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsBench"));
    QCoreApplication::setApplicationName(QStringLiteral("gui-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Leads in the cache."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("cache"), QStringLiteral("The cache to use or make."), QStringLiteral("PATH"),
                      QStringLiteral("/tmp/tradeleads-gui-bench.sqlite")});
    parser.addOption({QStringLiteral("keyword"), QStringLiteral("The keyword typed."), QStringLiteral("WORD"),
                      QStringLiteral("maintenance")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong();
    const QString cache = parser.value(QStringLiteral("cache"));
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());

    {
        auto store = LeadStore::open(cache);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
            return 1;
        }
        const qint64 have = (*store)->count(LeadFilter(), QDate::currentDate()).value();
        if (have < count) {
            std::printf("making a cache of %lld leads in %s (once)...\n", count, qPrintable(cache));
            std::fflush(stdout);
            // Beside a cache file; a team server's goes to the temporary folder.
            const QString csv = PgLeadStore::isTeamServer(cache)
                ? QDir::temp().filePath(QStringLiteral("tradeleads-gui-bench.csv"))
                : cache + QStringLiteral(".csv");
            LeadGen::WriteRequest request;
            request.format = LeadGen::Format::SamCsv;
            request.count = count;
            request.out = csv;
            // Anchored on today so that deadlines run from 60 days back to 120 ahead.
            const LeadGen::WriteResult written = LeadGen::write(LeadGen::LeadGenerator(7, QDate::currentDate()), request);
            if (!written.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error));
                return 1;
            }
            LeadImporter importer(**store);
            QElapsedTimer importClock;
            importClock.start();
            auto summary = importer.importFile(csv, ImportFormat::SamCsv);
            QFile::remove(csv);
            if (!summary) {
                std::fprintf(stderr, "%s\n", qPrintable(summary.errorMessage()));
                return 1;
            }
            std::printf("imported in %.1f s\n", double(importClock.elapsed()) / 1000.0);
        }
    }

    auto store = LeadStore::open(cache);
    const qint64 leads = (*store)->count(LeadFilter(), QDate::currentDate()).value();

    // The UI thread's longest stall, measured by a 1 ms precise timer throughout.
    double longestStall = 0;
    const char* phase = "first rows";
    const char* stallPhase = "";
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    bool measuring = false;
    QHash<QByteArray, double> stallIn; // the longest stall of each phase
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const double stall = double(sinceTick.nsecsElapsed()) / 1e6;
        if (measuring && stall > longestStall) {
            longestStall = stall;
            stallPhase = phase;
        }
        if (measuring)
            stallIn[phase] = qMax(stallIn.value(phase), stall);
        sinceTick.restart();
    });
    sinceTick.start();
    ticker.start();

    QElapsedTimer clock;
    clock.start();
    // Building and first showing the window is one stretch of the UI thread, reported on its
    // own; stalls count from then on, while the window is on screen.
    MainWindow window((*store)->path());
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const double shown = double(clock.nsecsElapsed()) / 1e6;
    sinceTick.restart();
    measuring = true;
    LeadTableModel* model = window.leadModel();
    waitFor([&] { return rowLoaded(model, 0); });
    phase = "loading all ids";
    const double firstRows = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return model->isComplete(); });

    // A fresh answer: the reset that drops the previous rows, then the first row of the new ones.
    int resets = 0;
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&] { ++resets; });

    // Facets and chart: from the request to the answer, off the UI thread.
    phase = "facets";
    LeadStatistics* statistics = window.findChild<LeadStatistics*>();
    bool statsReady = false;
    QObject::connect(statistics, &LeadStatistics::ready, &app, [&] { statsReady = true; });
    clock.restart();
    statistics->request(model->filter(), QDate::currentDate());
    waitFor([&] { return statsReady; });
    const double facets = double(clock.nsecsElapsed()) / 1e6;

    // Keyword filter: Enter in the search field to the first updated rows.
    phase = "keyword";
    int resetsBefore = resets;
    clock.restart();
    window.searchField()->setText(parser.value(QStringLiteral("keyword")));
    emit window.searchField()->returnPressed();
    waitFor([&] { return resets > resetsBefore && rowLoaded(model, 0); });
    const double keyword = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return model->isComplete(); });
    const int matches = model->rowCount();

    // Back to everything open, then a sort change.
    phase = "keyword cleared";
    resetsBefore = resets;
    window.searchField()->clear();
    emit window.searchField()->returnPressed();
    waitFor([&] { return resets > resetsBefore && model->isComplete() && rowLoaded(model, 0); });
    phase = "sort";
    resetsBefore = resets;
    clock.restart();
    window.leadTable()->sortByColumn(LeadTableModel::Title, Qt::AscendingOrder);
    waitFor([&] { return resets > resetsBefore && rowLoaded(model, 0); });
    const double sort = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return model->isComplete(); });

    // Jump to the last row.
    phase = "jump";
    clock.restart();
    window.leadTable()->scrollToBottom();
    const int last = model->rowCount() - 1;
    model->index(last, 0).data();
    waitFor([&] { return rowLoaded(model, last); });
    const double jump = double(clock.nsecsElapsed()) / 1e6;

    // Open a lead nine tenths down: from the click to a filled detail pane.
    DetailPane* detail = window.findChild<DetailPane*>();
    const int far = model->rowCount() * 9 / 10;
    window.leadTable()->scrollTo(model->index(far, 0));
    waitFor([&] { return rowLoaded(model, far); });
    const QString farId = model->index(far, 0).data(LeadTableModel::SourceIdRole).toString();
    phase = "open a lead";
    clock.restart();
    window.leadTable()->setCurrentIndex(model->index(far, LeadTableModel::Title));
    waitFor([&] { return detail->sourceId() == farId; });
    const double openLead = double(clock.nsecsElapsed()) / 1e6;

    // Star it: from the click to the updated row, then to the write in the cache.
    phase = "star";
    int resetsBeforeStar = resets;
    const bool wasStarred = model->index(far, LeadTableModel::Starred).data(LeadTableModel::SortRole).toBool();
    clock.restart();
    detail->starButton()->click();
    waitFor([&] { return model->index(far, LeadTableModel::Starred).data(LeadTableModel::SortRole).toBool() != wasStarred; });
    const double star = double(clock.nsecsElapsed()) / 1e6;
    const bool starReset = resets != resetsBeforeStar;

    // A team server: the team's sync changes the lead at that row (here, through this program's
    // own connection, not timed); from its commit to the row repainted by the window's refresh.
    double liveRefresh = -1;
    if (PgLeadStore::isTeamServer(cache)) {
        auto rows = (*store)->leadsByIds({ model->index(far, 0).data(LeadTableModel::LeadIdRole).toLongLong() });
        if (rows && !rows->isEmpty()) {
            Lead changed = rows->first().lead;
            changed.title += QStringLiteral(" (changed by the sync)");
            changed.raw.replace("{", "{\"benchChange\":" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ',');
            measuring = false;
            const bool written = bool((*store)->upsert({ changed }));
            sinceTick.restart();
            measuring = written;
            phase = "live refresh";
            clock.restart();
            if (written) {
                waitFor([&] { return model->index(far, LeadTableModel::Title).data().toString().endsWith(changed.title); });
                liveRefresh = double(clock.nsecsElapsed()) / 1e6;
            }
        }
    }
    measuring = false;

    std::printf("cache: %lld leads (%s, %.0f MB)\n", leads, qPrintable(cache), double(QFileInfo(cache).size()) / 1e6);
    std::printf("%-34s %10s %10s\n", "measure", "ms", "goal ms");
    std::printf("%-34s %10.1f %10s\n", "window built and shown", shown, "-");
    std::printf("%-34s %10.1f %10s\n", "first rows after start", firstRows, "150");
    std::printf("%-34s %10.1f %10s   (%d matches for \"%s\")\n", "keyword filter to updated rows", keyword, "80",
                matches, qPrintable(parser.value(QStringLiteral("keyword"))));
    std::printf("%-34s %10.1f %10s\n", "sort change", sort, "150");
    std::printf("%-34s %10.1f %10s\n", "jump to the last row", jump, "30");
    std::printf("%-34s %10.1f %10s   (row %d; longest stall %.1f ms)\n", "open a lead to a filled pane", openLead, "150",
                far, stallIn.value("open a lead"));
    std::printf("%-34s %10.1f %10s   (longest stall %.1f ms%s)\n", "star to the updated row", star, "30",
                stallIn.value("star"), starReset ? ", MODEL RESET" : "");
    std::printf("%-34s %10.1f %10s\n", "facets and chart (worker thread)", facets, "150");
    if (liveRefresh >= 0)
        std::printf("%-34s %10.1f %10s\n", "live refresh, commit to row", liveRefresh, "2000");
    std::printf("%-34s %10.1f %10s   (while: %s)\n", "longest UI-thread stall", longestStall, "30", stallPhase);
    std::printf("%-34s %10.1f %10s\n", "peak RSS (MB)", peakRssMb(), "400");
    return 0;
}
