#include "MainWindow.h"

#include "AboutDialog.h"
#include "Clock.h"
#include "DeadlineChart.h"
#include "DescriptionFetcher.h"
#include "DetailPane.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "FacetPanel.h"
#include "FilterBar.h"
#include "LeadExport.h"
#include "LeadImporter.h"
#include "LeadNormalize.h"
#include "LeadStatistics.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "RequestQuota.h"
#include "SavedSearchesController.h"
#include "SavedSearchesPanel.h"
#include "SettingsDialog.h"
#include "SourceSettings.h"
#include "StoreWorker.h"
#include "SyncManager.h"
#include "UserGuideWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The outcome of a source's sync as the sync details show it to people.
QString outcomeText(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Ok:
        return MainWindow::tr("done");
    case SyncOutcome::Failed:
        return MainWindow::tr("failed");
    case SyncOutcome::Cancelled:
        return MainWindow::tr("cancelled");
    case SyncOutcome::QuotaExhausted:
        return MainWindow::tr("request quota used up");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const QString& cacheLocation, QWidget* parent)
    : QMainWindow(parent),
      m_writer(std::make_unique<StoreWorker>(cacheLocation, QStringLiteral("StoreWriter"))),
      m_reader(std::make_unique<StoreWorker>(cacheLocation, QStringLiteral("StoreReader"))),
      m_model(new LeadTableModel(cacheLocation, this)),
      m_statistics(new LeadStatistics(cacheLocation, this)), m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("Trade Leads"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("sampleBanner"));
    m_banner->setStyleSheet(QStringLiteral("QLabel#sampleBanner { background: palette(highlight); color: "
                                           "palette(highlighted-text); padding: 6px; border-radius: 3px; }"));
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setText(tr("You are looking at the bundled sample data. <a href=\"settings\" style=\"color: inherit\">"
                         "Add an API key</a> and sync (Ctrl+R) to see real leads."));
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction); // the link is reachable with Tab
    connect(m_banner, &QLabel::linkActivated, this, &MainWindow::openSettings);
    m_banner->setVisible(false); // until the cache says it holds the sample

    m_filterBar = new FilterBar(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setAccessibleName(tr("Leads"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::Deadline, Qt::AscendingOrder);
    const QList<QPair<int, int>> widths = {{LeadTableModel::Deadline, 150}, {LeadTableModel::Title, 380},
                                           {LeadTableModel::Source, 90},    {LeadTableModel::Country, 60},
                                           {LeadTableModel::Agency, 220},   {LeadTableModel::Starred, 30},
                                           {LeadTableModel::Status, 80}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !LeadTableModel::isDefaultColumn(column));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::chooseColumns);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 6, 6, 0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_table, 1);

    m_facets = new FacetPanel(this);
    m_saved = new SavedSearchesPanel(this);
    auto* leftSplitter = new QSplitter(Qt::Vertical, this);
    leftSplitter->addWidget(m_saved);
    leftSplitter->addWidget(m_facets);
    leftSplitter->setSizes({140, 400});
    m_detail = new DetailPane(*m_reader, *m_writer, this);
    m_detail->setObjectName(QStringLiteral("detailPane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(leftSplitter);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 740, 340});
    setCentralWidget(m_splitter);

    m_chart = new DeadlineChart(this);
    m_chart->setMinimumHeight(150); // the table keeps most of the height
    auto* chartDock = new QDockWidget(tr("Deadlines"), this);
    chartDock->setObjectName(QStringLiteral("deadlineDock"));
    chartDock->setWidget(m_chart);
    addDockWidget(Qt::BottomDockWidgetArea, chartDock);
    // Sized once the window has its geometry; a restored state overrides it.
    QTimer::singleShot(0, this, [this, chartDock] {
        if (!QSettings().contains(QStringLiteral("window/state")))
            resizeDocks({chartDock}, {230}, Qt::Vertical);
    });

    m_count = new QLabel(this);
    m_lastSync = new QLabel(this);
    m_quota = new QLabel(this);
    m_syncMessage = new QLabel(this);
    m_syncMessage->setTextFormat(Qt::RichText);
    m_syncMessage->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_syncMessage->setAccessibleName(tr("Sync and import messages"));
    connect(m_syncMessage, &QLabel::linkActivated, this, [this] {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Sync"), tr("What the last sync did"),
                                    QMessageBox::Close, this);
        box->setDetailedText(m_syncDetails);
        box->setInformativeText(m_syncDetails.section(u'\n', 0, 2));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // never blocks the window
    });
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setMaximumWidth(220);
    m_syncProgress->setVisible(false);
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncCancel = new QToolButton(this);
    m_syncCancel->setText(tr("Cancel"));
    m_syncCancel->setAccessibleName(tr("Cancel sync"));
    m_syncCancel->setVisible(false);
    connect(m_syncCancel, &QToolButton::clicked, this, &MainWindow::cancelSync);
    statusBar()->addWidget(m_syncMessage, 1);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncCancel);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_quota);
    statusBar()->addPermanentWidget(m_count);

    m_descriptions = new DescriptionFetcher(*m_network, SyncConfig::fromEnvironment(), this);
    connect(m_detail, &DetailPane::descriptionRequested, this, [this](const QString& id, const QString& url) {
        delete m_descriptions;
        m_descriptions = new DescriptionFetcher(*m_network, SyncConfig::fromEnvironment(), this);
        connect(m_descriptions, &DescriptionFetcher::fetched, m_detail, &DetailPane::setDescription);
        connect(m_descriptions, &DescriptionFetcher::failed, m_detail, &DetailPane::setDescriptionError);
        m_descriptions->fetch(id, url);
    });
    m_undo = new QUndoStack(this);
    // An edit shows in its table row at once; the pane keeps the lead it shows.
    connect(m_detail, &DetailPane::userDataSaved, this,
        [this](const QString& source, const QString& sourceId, const LeadUserData& before, const LeadUserData& after) {
            m_model->setUserData(source, sourceId, after);
            m_undo->push(new EditCommands::LeadTracking(
                *m_writer, this, source, sourceId, before, after,
                [this](const QString& leadSource, const QString& leadId, const LeadUserData& data) {
                    m_detail->showUserData(leadSource, leadId, data);
                    m_model->setUserData(leadSource, leadId, data);
                },
                [this](const QString& problem) { m_syncMessage->setText(problem.toHtmlEscaped()); }));
        });

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    // The model owns the sort; the header shows it.
    connect(m_model, &LeadTableModel::sortChanged, m_table->horizontalHeader(), &QHeaderView::setSortIndicator);
    connect(m_model, &LeadTableModel::loaded, this, &MainWindow::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentLead);
    // A row chosen before its data arrived (a jump far down the table) shows once it is read.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_detail->source().isEmpty() && current.row() >= first.row()
            && current.row() <= last.row())
            showCurrentLead();
    });
    connect(m_statistics, &LeadStatistics::ready, this, &MainWindow::showStatistics);
    connect(m_facets, &FacetPanel::valueActivated, m_filterBar, &FilterBar::addValue);
    m_savedSearches = new SavedSearchesController(*m_reader, *m_writer, m_saved, this);
    m_savedSearches->setUndoStack(m_undo);
    connect(m_savedSearches, &SavedSearchesController::openRequested, this, [this](const LeadFilter& filter) {
        m_filterBar->setFilter(filter);
        applyFilter(filter);
    });
    connect(m_savedSearches, &SavedSearchesController::message, this,
            [this](const QString& text) { m_syncMessage->setText(text.toHtmlEscaped()); });
    connect(m_savedSearches, &SavedSearchesController::exportRequested, this,
            [this](const QString& name, const LeadFilter& filter, bool calendar) {
                const QString path = Dialogs::saveFileName(
                    this, calendar ? tr("Deadlines of \"%1\" to a calendar").arg(name) : tr("Export \"%1\"").arg(name),
                    name + (calendar ? QStringLiteral(".ics") : QStringLiteral(".xlsx")),
                    calendar ? tr("Deadlines for calendars (*.ics)")
                             : tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Deadlines for calendars (*.ics)"));
                if (!path.isEmpty())
                    exportTo(path, false, filter);
            });
    connect(m_chart, &DeadlineChart::weekClicked, m_filterBar, &FilterBar::setDueWeek);
    connect(m_chart, &DeadlineChart::valueActivated, m_filterBar, &FilterBar::addValue);

    m_autoSync = new QTimer(this);
    connect(m_autoSync, &QTimer::timeout, this, &MainWindow::startSync);
    m_today = Clock::today();
    m_dayCheck = new QTimer(this);
    connect(m_dayCheck, &QTimer::timeout, this, &MainWindow::followToday);
    m_dayCheck->start(60 * 1000);

    buildMenus();
    // Tab follows the reading order. The widgets above were made centre first, so the chain
    // runs filters, table, details, chart, status bar; the saved searches and facets on the
    // left go after the status bar, which in a ring means first.
    setTabOrder(m_syncCancel, m_saved->list());
    setTabOrder(m_saved->list(), m_facets->tree());
    restoreState();
    showCacheStatus(); // the sample banner and the last sync, before the first rows
    m_reader->call(
        this, [](LeadStore& store) { return Result<QString>(store.info(QStringLiteral("last_viewed_at"))); },
        [this](const Result<QString>& at) {
            if (at)
                m_model->setLastViewedAt(*at);
        });
    refreshSavedSearches();
}

void MainWindow::refreshSavedSearches()
{
    m_savedSearches->refresh();
}

void MainWindow::saveSearch(const QString& name)
{
    SavedSearch search;
    search.name = name.trimmed();
    search.filterJson = m_model->filter().toJson();
    m_writer->call(
        this, [search](LeadStore& store) { return store.addSavedSearch(search); },
        [this, name = search.name](const Status& saved) {
            if (!saved)
                m_syncMessage->setText(saved.errorMessage().toHtmlEscaped());
            else
                m_syncMessage->setText(tr("Saved search \"%1\"").arg(name).toHtmlEscaped());
            refreshSavedSearches();
        });
}

void MainWindow::askAndSaveSearch()
{
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Save search"));
    dialog->setLabelText(tr("Name of this search:"));
    dialog->setTextValue(m_model->filter().text);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (!name.trimmed().isEmpty())
            saveSearch(name);
    });
    dialog->open();
}

void MainWindow::askAndExport()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export leads"), QStringLiteral("leads.xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Deadlines for calendars (*.ics)"));
    if (path.isEmpty())
        return;
    const bool selection = m_table->selectionModel()->selectedRows().size() > 1
        && Dialogs::question(this, tr("Export"), tr("Export only the %Ln selected lead(s)?", nullptr,
                                                        int(m_table->selectionModel()->selectedRows().size())))
            == QMessageBox::Yes;
    exportTo(path, selection);
}

void MainWindow::exportTo(const QString& path, bool selectionOnly, const std::optional<LeadFilter>& savedFilter)
{
    const auto format = LeadExport::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        emit exportFinished(false, tr("Choose a file ending in .xlsx, .csv or .ics"));
        return;
    }
    LeadExport::Options options;
    options.format = *format;
    options.csvByteOrderMark = true;
    // The visible columns, in the order the table shows them.
    QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!m_table->isColumnHidden(column))
            options.columns.append(LeadTableModel::columnKey(column));
    }
    QList<qint64> ids;
    if (selectionOnly) {
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
            ids.append(row.data(LeadTableModel::LeadIdRole).toLongLong());
    }
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    options.progress = [cancelled, done, total](qint64 written, qint64 all) {
        *done = written;
        *total = all;
        return !*cancelled;
    };
    auto* progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto* poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, done, total] {
        if (*total > 0)
            progress->setValue(int(*done * 1000 / *total));
    });
    poll->start(100);
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        const Result<qint64> result = watcher->result();
        watcher->deleteLater();
        progress->close();
        const QString message = result ? tr("Exported %Ln lead(s) to %1", nullptr, int(*result)).arg(path)
                                       : (LeadExport::isCancellation(result.error()) ? tr("Export cancelled")
                                                                                      : result.errorMessage());
        m_syncMessage->setText(message.toHtmlEscaped());
        emit exportFinished(result.ok(), message);
    });
    if (savedFilter)
        options.filterJson = savedFilter->toJson();
    watcher->setFuture(QtConcurrent::run([storePath = m_writer->location(), filter = savedFilter.value_or(m_model->filter()), ids, path, options,
                                          today = Clock::today(), selectionOnly]() -> Result<qint64> {
        auto store = LeadStore::open(storePath);
        if (!store)
            return store.error();
        if (selectionOnly)
            return LeadExport::write(**store, ids, path, options);
        return LeadExport::write(**store, filter, today, -1, path, options);
    }));
}

MainWindow::~MainWindow()
{
    // What posts to the workers goes first (the pane writes notes typed last); the workers
    // then finish what was posted before they close.
    delete m_sync;
    delete m_detail;
}

LeadTableModel* MainWindow::leadModel() const
{
    return m_model;
}

QLineEdit* MainWindow::searchField() const
{
    return m_filterBar->searchField();
}

QTableView* MainWindow::leadTable() const
{
    return m_table;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import files…"), this, &MainWindow::importFiles);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    file->addAction(tr("Import saved searches…"), m_savedSearches, &SavedSearchesController::importFromFile);
    file->addAction(tr("Export saved searches…"), m_savedSearches, &SavedSearchesController::exportToFile);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Undo and redo of the analyst's own edits: tracking, and deleted or renamed saved
    // searches. In a text field the field's own undo comes first, as everywhere.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edit->addAction(tr("&Undo"), this, [this] {
        m_detail->flush(); // notes typed a moment ago are the latest edit
        m_undo->undo();
    });
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    QAction* redo = edit->addAction(tr("&Redo"), this, [this] {
        m_detail->flush(); // a newer edit than the one undone: it wins, and there is nothing to redo
        m_undo->redo();
    });
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
        [this, undo](const QString& text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo,
        [this, redo](const QString& text) { redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });

    QMenu* search = menuBar()->addMenu(tr("&Search"));
    QAction* find = search->addAction(tr("&Find"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction* refresh = search->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* clear = search->addAction(tr("&Clear filters"), this, [this] {
        m_filterBar->setFilter(LeadFilter());
        applyFilter(LeadFilter()); // the table keeps its sort
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    QAction* save = search->addAction(tr("&Save search…"), this, &MainWindow::askAndSaveSearch);
    save->setShortcut(QKeySequence::Save);
    QAction* exportAction = search->addAction(tr("&Export…"), this, &MainWindow::askAndExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    QMenu* sync = menuBar()->addMenu(tr("S&ync"));
    m_syncAction = sync->addAction(tr("&Sync now"), this, &MainWindow::startSync);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    sync->addAction(tr("&Cancel sync"), this, &MainWindow::cancelSync);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Columns…"), this, &MainWindow::chooseColumns);
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Trade Leads"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(refresh);
    toolbar->addAction(save);
    toolbar->addAction(exportAction);
    toolbar->addAction(import);
    toolbar->addAction(settings);
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/tableHeader")).toByteArray());
    auto filter = LeadFilter::fromJson(settings.value(QStringLiteral("window/filter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/filter"))) {
        // First start: what is still open, soonest deadline first.
        LeadFilter open;
        open.openOnly = true;
        open.sortColumn = QStringLiteral("deadline_at");
        filter = open;
    }
    if (filter) {
        m_filterBar->setFilter(*filter);
        applyFilter(*filter); // its sort becomes the table's
    } else {
        applyFilter(m_filterBar->filter());
    }
    const int hours = settings.value(QStringLiteral("sync/everyHours"), 0).toInt();
    if (hours > 0)
        m_autoSync->start(hours * 3600 * 1000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/filter"), m_model->filter().toJson());
    m_writer->post(this, [at = Clock::nowUtc().toString(Qt::ISODate)](LeadStore& store) {
        (void)store.setInfo(QStringLiteral("last_viewed_at"), at);
    });
    m_detail->clear(); // writes notes typed in the last moments
    event->accept();
}

void MainWindow::applyFilter(const LeadFilter& filter)
{
    m_model->setFilter(filter); // a sort in it (a saved search's) becomes the table's; otherwise the table's stays
    m_statistics->request(m_model->filter(), m_today);
}

void MainWindow::followToday()
{
    const QDate today = Clock::today();
    if (today == m_today)
        return;
    m_today = today;
    m_model->setToday(today); // reads the list again: "open" and "due within" moved
    m_statistics->request(m_model->filter(), today);
    if (!m_detail->source().isEmpty())
        m_detail->showLead(m_detail->source(), m_detail->sourceId());
}

void MainWindow::refresh()
{
    showCacheStatus(); // after a sync or an import, not at every change of the filter
    m_model->reload();
    m_statistics->request(m_model->filter(), m_today);
}

namespace {

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

void MainWindow::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_syncMessage->setText(m_model->lastError().toHtmlEscaped());
        m_count->setText({});
        return;
    }
    m_count->setText(tr("%Ln lead(s)", nullptr, int(m_model->totalCount())));
    const QString samKey = SourceSettings::samApiKey();
    if (samKey.isEmpty()) {
        m_quota->setText(tr("No SAM.gov key"));
    } else {
        const RequestQuota quota(samKey, SourceSettings::samDailyQuota());
        m_quota->setText(tr("SAM.gov: %1 of %2 requests left today")
                              .arg(QLocale().toString(quota.remaining()), QLocale().toString(quota.limit())));
    }
}

void MainWindow::showCacheStatus()
{
    m_reader->call(this, readCacheStatus, [this](const Result<CacheStatus>& status) {
        if (!status)
            return;
        m_banner->setVisible(status->sample);
        m_lastSync->setText(status->lastSyncAt.isEmpty()
                                ? tr("Never synced")
                                : tr("Synced %1").arg(QLocale().toString(
                                      QDateTime::fromString(status->lastSyncAt, Qt::ISODate).toLocalTime(),
                                      QLocale::ShortFormat)));
    });
}

void MainWindow::showStatistics(const LeadStatisticsResult& result)
{
    m_facets->setCounts(QStringLiteral("source"), tr("Source"), result.sourceFacet);
    m_facets->setCounts(QStringLiteral("country"), tr("Country"), result.countryFacet);
    m_facets->setCounts(QStringLiteral("set_aside"), tr("Set-aside"), result.setAsideFacet);
    m_facets->setCounts(QStringLiteral("notice_type"), tr("Notice type"), result.noticeTypeFacet);
    m_chart->setStatistics(result);
}

void MainWindow::showCurrentLead()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QString source = current.data(LeadTableModel::SourceRole).toString();
    const QString id = current.data(LeadTableModel::SourceIdRole).toString();
    if (!source.isEmpty())
        m_detail->showLead(source, id);
}

void MainWindow::chooseColumns()
{
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Columns"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* list = new QListWidget(dialog);
    list->setAccessibleName(tr("Visible columns"));
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        auto* item = new QListWidgetItem(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_table->isColumnHidden(column) ? Qt::Unchecked : Qt::Checked);
        item->setData(Qt::UserRole, column);
    }
    connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_table->setColumnHidden(item->data(Qt::UserRole).toInt(), item->checkState() != Qt::Checked);
    });
    layout->addWidget(list);
    dialog->resize(280, 480);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const int hours = QSettings().value(QStringLiteral("sync/everyHours"), 0).toInt();
        if (hours > 0)
            m_autoSync->start(hours * 3600 * 1000);
        else
            m_autoSync->stop();
        updateStatus();
    });
    dialog->open();
}

void MainWindow::showUserGuide()
{
    // One guide window, raised again rather than opened twice.
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

namespace {

// What File › Import did, file by file: counted on the writer, said on the UI thread.
struct ImportOutcome
{
    int imported = 0;
    QStringList problems;
};

} // namespace

void MainWindow::importFiles()
{
    const QStringList files = Dialogs::openFileNames(
        this, tr("Import leads"),
        tr("SAM.gov or ITA files (*.json *.csv);;SAM.gov bulk CSV (*.csv);;API pages (*.json)"));
    if (files.isEmpty())
        return;
    // The import runs on the writer, in order with every other write; the window follows it
    // in a progress dialog, and Cancel stops it before the next file.
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto fileIndex = std::make_shared<std::atomic<int>>(0);
    auto* progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, int(files.size()) * 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto percent = std::make_shared<std::atomic<int>>(0);
    auto* poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, fileIndex, percent] {
        progress->setValue(*fileIndex * 100 + *percent);
    });
    poll->start(100);
    m_writer->call(
        this,
        [files, cancelled, fileIndex, percent](LeadStore& store) -> Result<ImportOutcome> {
            ImportOutcome outcome;
            LeadImporter importer(store);
            importer.setProgress([percent](qint64 done, qint64 total, qint64) {
                *percent = total > 0 ? int(done * 100 / total) : 0;
            });
            for (const QString& file : files) {
                if (*cancelled)
                    break;
                *percent = 0;
                ImportFormat format = ImportFormat::SamCsv;
                if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                    QFile probe(file);
                    const QByteArray head = probe.open(QIODevice::ReadOnly) ? probe.read(4096) : QByteArray();
                    format = head.contains("opportunitiesData") ? ImportFormat::SamJson : ImportFormat::ItaJson;
                }
                auto summary = importer.importFile(file, format);
                ++*fileIndex;
                if (!summary) {
                    outcome.problems.append(summary.errorMessage());
                    continue;
                }
                outcome.imported += int(summary->inserted + summary->updated);
                for (const RecordError& error : summary->errors)
                    outcome.problems.append(error.message());
            }
            return outcome;
        },
        [this, progress, cancelled](const Result<ImportOutcome>& outcome) {
            const bool wasCancelled = *cancelled;
            progress->disconnect(this); // closing a progress dialog says "canceled"
            progress->close();
            if (!outcome) {
                m_syncMessage->setText(outcome.errorMessage().toHtmlEscaped());
                return;
            }
            m_syncDetails = outcome->problems.join(u'\n');
            m_syncMessage->setText(
                (wasCancelled ? tr("Import cancelled after %Ln lead(s)", nullptr, outcome->imported)
                            : tr("Imported %Ln lead(s)", nullptr, outcome->imported))
                + (outcome->problems.isEmpty()
                       ? QString()
                       : tr(" — %n problem(s), <a href=\"details\">details</a>", nullptr, int(outcome->problems.size()))));
            refresh();
            emit importFinished(outcome->imported);
        });
}

void MainWindow::startSync()
{
    if (m_sync)
        return;
    const QStringList sources = SourceSettings::configuredSources();
    if (sources.isEmpty()) {
        m_syncMessage->setText(tr("Nothing to sync yet: <a href=\"details\">add an API key in Settings</a>"));
        m_syncDetails = tr("Add a SAM.gov or ITA API key in File › Settings, or turn on the SAM.gov bulk CSV, "
                           "which needs no key.");
        return;
    }
    m_sync = new SyncManager(*m_writer, SyncConfig::fromEnvironment(), this);
    connect(m_sync, &SyncManager::progress, this, &MainWindow::onSyncProgress);
    connect(m_sync, &SyncManager::finished, this, &MainWindow::onSyncFinished);
    m_syncProgress->setRange(0, 0);
    m_syncProgress->setVisible(true);
    m_syncCancel->setVisible(true);
    m_syncAction->setEnabled(false);
    m_syncMessage->setText(tr("Syncing…"));
    m_syncStartedAt = Clock::nowUtcText();
    m_sync->start(sources);
}

void MainWindow::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

void MainWindow::onSyncProgress(const SyncProgress& progress)
{
    if (progress.bytesTotal > 0) {
        m_syncProgress->setRange(0, 1000);
        m_syncProgress->setValue(int(progress.bytes * 1000 / progress.bytesTotal));
    } else if (progress.recordsEstimated > 0) {
        m_syncProgress->setRange(0, 1000);
        m_syncProgress->setValue(int(qMin<qint64>(1000, progress.records * 1000 / progress.recordsEstimated)));
    } else {
        m_syncProgress->setRange(0, 0);
    }
    m_syncMessage->setText(tr("Syncing %1: %Ln lead(s)", nullptr, int(progress.records)).arg(progress.source));
}

void MainWindow::onSyncFinished(const QList<SourceReport>& reports)
{
    m_sync->deleteLater();
    m_sync = nullptr;
    m_syncProgress->setVisible(false);
    m_syncCancel->setVisible(false);
    m_syncAction->setEnabled(true);
    QStringList lines;
    int failed = 0;
    qint64 fresh = 0;
    for (const SourceReport& report : reports) {
        fresh += report.inserted + report.updated;
        if (report.outcome != SyncOutcome::Ok)
            ++failed;
        lines.append(tr("%1: %2, %3 new, %4 updated")
                         .arg(report.source, outcomeText(report.outcome), QLocale().toString(report.inserted),
                              QLocale().toString(report.updated))
                     + (report.message.isEmpty() ? QString() : QStringLiteral(" — ") + report.message));
    }
    m_syncDetails = lines.join(u'\n');
    if (fresh > 0) {
        // The banner goes once the writer has written that the sample is gone.
        m_writer->post(
            this, [](LeadStore& store) { (void)store.setInfo(QStringLiteral("sample_data"), QStringLiteral("0")); },
            [this] { showCacheStatus(); });
    }
    m_syncMessage->setText(
        (failed == 0 ? tr("Sync done: %Ln new or changed lead(s)", nullptr, int(fresh))
                     : tr("Sync ended with %n problem(s)", nullptr, failed))
        + QStringLiteral(" — <a href=\"details\">%1</a>").arg(tr("details")));
    refresh();
    // Saved searches marked "notify" that gained matches in this sync raise a notification.
    m_savedSearches->syncFinished(m_syncStartedAt);
    emit syncFinished(reports);
}
