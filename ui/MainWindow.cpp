#include "MainWindow.h"

#include "Clock.h"
#include "DeadlineChart.h"
#include "AttachmentFetcher.h"
#include "AttachmentsPanel.h"
#include "DescriptionFetcher.h"
#include "DetailPane.h"
#include "EditCommands.h"
#include "ExportController.h"
#include "FacetPanel.h"
#include "FilterBar.h"
#include "ImportController.h"
#include "LeadStatistics.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "NaicsCatalogue.h"
#include "SavedSearchesController.h"
#include "SavedSearchesPanel.h"
#include "StoreWorker.h"
#include "SyncStatusController.h"
#include "TeamServerController.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

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
    // The indicator first: enabling sorting sorts by it, and the header's own default
    // (descending) would have the model ask for an order the window then replaces at once.
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::Deadline, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Rows of one height: with a fixed header, a million rows arriving cost the header 5 ms
    // instead of 27 (measured with Qt 6.4), and the window does not stall as they arrive.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<QPair<int, int>> widths = {{LeadTableModel::Deadline, 150}, {LeadTableModel::Title, 380},
                                           {LeadTableModel::Source, 90},    {LeadTableModel::Country, 60},
                                           {LeadTableModel::Agency, 220},   {LeadTableModel::Starred, 30},
                                           {LeadTableModel::Status, 80}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !LeadTableModel::isDefaultColumn(column));
    placeColumn(LeadTableModel::Notices);
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
    // The detail pane wide enough for its six tabs side by side at 1280 pixels.
    m_splitter->setSizes({190, 560, 530});
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

    // The status bar: the sync's message line, progress, Cancel, last sync and quota, then the count.
    m_count = new QLabel(this);
    m_syncStatus = new SyncStatusController(*m_writer, *m_reader, statusBar(), this);
    statusBar()->addPermanentWidget(m_count);
    connect(m_syncStatus, &SyncStatusController::sampleDataShown, m_banner, &QLabel::setVisible);
    connect(m_syncStatus, &SyncStatusController::finished, this, &MainWindow::onSyncFinished);
    m_import = new ImportController(*m_writer, this);
    connect(m_import, &ImportController::message, m_syncStatus, &SyncStatusController::showMessage);
    connect(m_import, &ImportController::reported, m_syncStatus, &SyncStatusController::showReport);
    connect(m_import, &ImportController::finished, this, [this](int imported) {
        refresh(); // the table and the cache status, read again
        emit importFinished(imported);
    });
    m_export = new ExportController(m_writer->location(), m_table, m_model, this);
    connect(m_export, &ExportController::message, m_syncStatus, &SyncStatusController::showMessage);
    connect(m_export, &ExportController::finished, this, &MainWindow::exportFinished);

    m_descriptions = new DescriptionFetcher(*m_network, SyncConfig::fromEnvironment(), this);
    connect(m_detail, &DetailPane::descriptionRequested, this, [this](const QString& id, const QString& url) {
        delete m_descriptions;
        m_descriptions = new DescriptionFetcher(*m_network, SyncConfig::fromEnvironment(), this);
        connect(m_descriptions, &DescriptionFetcher::fetched, m_detail, &DetailPane::setDescription);
        connect(m_descriptions, &DescriptionFetcher::failed, m_detail, &DetailPane::setDescriptionError);
        m_descriptions->fetch(id, url);
    });
    // A file stored or removed changes what a keyword finds.
    connect(m_detail->attachmentsPanel(), &AttachmentsPanel::storedFilesChanged, this, [this] {
        if (!m_model->filter().text.isEmpty())
            m_model->reload();
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
                [this](const QString& problem) { m_syncStatus->showMessage(problem); }));
        });

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyCriteria);
    // The model owns the sort; the header shows it.
    connect(m_model, &LeadTableModel::sortChanged, m_table->horizontalHeader(), &QHeaderView::setSortIndicator);
    connect(m_model, &LeadTableModel::loaded, this, &MainWindow::updateStatus);
    connect(m_model, &LeadTableModel::loaded, this, &MainWindow::selectKeptLead);
    connect(m_model, &LeadTableModel::loaded, this, &MainWindow::warmUpDetailPane);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentLead);
    // A row chosen before its data arrived (a jump far down the table, a family's row after a
    // change of grouping, while the pane still shows the notice before) shows once it is read.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid() || current.row() < first.row() || current.row() > last.row())
            return;
        if (current.data(LeadTableModel::SourceRole).toString() != m_detail->source()
            || current.data(LeadTableModel::SourceIdRole).toString() != m_detail->sourceId())
            showCurrentLead();
        else
            m_detail->showPipeline(current.data(LeadTableModel::PipelineRole).toStringList());
    });
    connect(m_statistics, &LeadStatistics::ready, this, &MainWindow::showStatistics);
    connect(m_facets, &FacetPanel::valueActivated, m_filterBar, &FilterBar::addValue);
    m_savedSearches = new SavedSearchesController(*m_reader, *m_writer, m_saved, this);
    m_savedSearches->setUndoStack(m_undo);
    connect(m_savedSearches, &SavedSearchesController::openRequested, this, [this](const LeadFilter& filter) {
        m_filterBar->setFilter(filter);
        applyFilter(filter);
    });
    connect(m_savedSearches, &SavedSearchesController::message, m_syncStatus, &SyncStatusController::showMessage);
    connect(m_savedSearches, &SavedSearchesController::exportRequested, m_export,
            &ExportController::askAndExportSearch);
    connect(m_chart, &DeadlineChart::weekClicked, m_filterBar, &FilterBar::setDueWeek);
    connect(m_chart, &DeadlineChart::valueActivated, m_filterBar, &FilterBar::addValue);

    m_today = Clock::today();
    m_dayCheck = new QTimer(this);
    connect(m_dayCheck, &QTimer::timeout, this, &MainWindow::followToday);
    m_dayCheck->start(60 * 1000);

    buildMenus();
    // Tab follows the reading order. The widgets above were made centre first, so the chain
    // runs filters, table, details, chart, status bar; the saved searches and facets on the
    // left go after the status bar, which in a ring means first.
    setTabOrder(m_syncStatus->cancelButton(), m_saved->list());
    setTabOrder(m_saved->list(), m_facets->tree());
    restoreState();
    m_syncStatus->showCacheStatus(); // the sample banner and the last sync, before the first rows
    m_reader->call(
        this, [](LeadStore& store) { return Result<QString>(store.info(QStringLiteral("last_viewed_at"))); },
        [this](const Result<QString>& at) {
            if (at)
                m_model->setLastViewedAt(*at);
        });
    refreshSavedSearches();
    watchTeamServer();
}

void MainWindow::watchTeamServer()
{
    // On a team server the scheduled sync writes the leads: "Sync now" and imports are the sync
    // role's, and the pages it commits refresh this window.
    auto* teamServer = new TeamServerController(*m_reader, this);
    connect(teamServer, &TeamServerController::writesLeadsKnown, this, [this](bool writesLeads) {
        m_syncAction->setVisible(writesLeads);
        m_importAction->setVisible(writesLeads);
        if (writesLeads)
            return;
        // An analyst's desktop neither syncs nor needs a key: the team's scheduled sync does.
        m_syncStatus->setKeyShown(false);
        m_banner->setText(tr("The team server holds the bundled sample data: real leads arrive with its "
                             "scheduled sync."));
    });
    connect(teamServer, &TeamServerController::teamKnown, m_detail, &DetailPane::setTeam);
    connect(teamServer, &TeamServerController::teamKnown, m_savedSearches, &SavedSearchesController::setTeam);
    connect(teamServer, &TeamServerController::leadsChanged, this, [this] {
        refresh();
        refreshSavedSearches();
    });
    connect(teamServer, &TeamServerController::message, m_syncStatus, &SyncStatusController::showMessage);
}

void MainWindow::refreshSavedSearches()
{
    m_savedSearches->refresh();
}

void MainWindow::saveSearch(const QString& name)
{
    m_savedSearches->save(name, m_model->filter());
}

void MainWindow::exportTo(const QString& path, bool selectionOnly, const std::optional<LeadFilter>& savedFilter)
{
    m_export->exportTo(path, selectionOnly, savedFilter);
}

MainWindow::~MainWindow()
{
    // What posts to the workers goes first (the pane writes notes typed last); the workers
    // then finish what was posted before they close.
    delete m_syncStatus; // with a sync still running
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

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/tableHeader")).toByteArray())) {
        // A header saved by an earlier version lacks the columns added since (how many it had is
        // kept since Notices came): Qt shows them last; they take their own place instead.
        const int savedColumns
            = settings.value(QStringLiteral("window/tableColumns"), int(LeadTableModel::Notices)).toInt();
        for (int column = savedColumns; column < LeadTableModel::ColumnCount; ++column)
            placeColumn(column);
    }
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
    m_syncStatus->followSettings(); // the automatic sync
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/tableColumns"), int(LeadTableModel::ColumnCount));
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
    m_detail->attachmentsPanel()->setKeyword(filter.text);
    m_oneRowPerFamily->setChecked(m_model->filter().oneRowPerFamily); // a saved search's grouping, for one
    m_statistics->request(m_model->filter(), m_today);
}

void MainWindow::applyCriteria(const LeadFilter& criteria)
{
    LeadFilter filter = criteria;
    filter.oneRowPerFamily = m_model->filter().oneRowPerFamily;
    applyFilter(filter);
}

void MainWindow::showOneRowPerFamily(bool on)
{
    LeadFilter filter = m_model->filter();
    if (filter.oneRowPerFamily == on)
        return;
    filter.oneRowPerFamily = on;
    // The current lead stays current: the same notice when the table still lists it, otherwise
    // the family's latest notice, which stands for the family (the store says which one it is).
    const QModelIndex current = m_table->currentIndex();
    m_leadToKeep = current.isValid() ? current.data(LeadTableModel::LeadIdRole).toLongLong() : 0;
    m_familyAsked = false;
    const int notices = current.siblingAtColumn(LeadTableModel::Notices).data(LeadTableModel::SortRole).toInt();
    if (on && m_leadToKeep != 0 && notices > 1) {
        m_familyAsked = true;
        const QString familyId = current.data(LeadTableModel::FamilyIdRole).toString();
        m_reader->call(
            this, [familyId](LeadStore& store) { return store.familyNotices(familyId); },
            [this, asked = m_leadToKeep](const Result<QList<StoredLead>>& family) {
                if (!m_familyAsked || m_leadToKeep != asked)
                    return; // toggled again since
                m_familyAsked = false;
                if (family && !family->isEmpty())
                    m_leadToKeep = family->last().id; // oldest posted first
                selectKeptLead();
            });
    }
    applyFilter(filter);
}

void MainWindow::selectKeptLead()
{
    if (m_leadToKeep == 0 || m_familyAsked || !m_model->isComplete())
        return;
    const int row = m_model->rowOfLead(std::exchange(m_leadToKeep, 0));
    if (row < 0)
        return; // the family's latest notice does not match the filter
    const QModelIndex index = m_model->index(row, qMax(0, m_table->columnAt(0)));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::warmUpDetailPane()
{
    // Once, with the first screen's first lead: the first lead the analyst opens then comes as
    // fast as the next ones.
    if (m_detailWarmedUp || m_model->rowCount() == 0)
        return;
    const QModelIndex first = m_model->index(0, 0);
    const QString source = first.data(LeadTableModel::SourceRole).toString();
    if (source.isEmpty())
        return;
    m_detailWarmedUp = true;
    m_detail->warmUp(source, first.data(LeadTableModel::SourceIdRole).toString());
}

void MainWindow::placeColumn(int column)
{
    m_table->setColumnHidden(column, !LeadTableModel::isDefaultColumn(column));
    if (column == LeadTableModel::Notices) {
        // Beside the title, on screen without scrolling: a family's row says how many notices it stands for.
        QHeaderView* header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(column), header->visualIndex(LeadTableModel::Title) + 1);
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, qMax(60, header->fontMetrics().horizontalAdvance(title) + 30));
    }
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
    m_syncStatus->showCacheStatus(); // after a sync or an import, not at every change of the filter
    m_model->reload();
    m_statistics->request(m_model->filter(), m_today);
}

void MainWindow::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_syncStatus->showMessage(m_model->lastError());
        m_count->setText({});
        return;
    }
    const int rows = int(m_model->totalCount());
    m_count->setText(m_model->filter().oneRowPerFamily ? tr("%Ln notice family(ies)", nullptr, rows)
                                                       : tr("%Ln lead(s)", nullptr, rows));
    m_syncStatus->showQuota();
}

void MainWindow::showStatistics(const LeadStatisticsResult& result)
{
    m_facets->setCounts(QStringLiteral("source"), tr("Source"), result.sourceFacet);
    m_facets->setCounts(QStringLiteral("country"), tr("Country"), result.countryFacet);
    m_facets->setCounts(QStringLiteral("set_aside"), tr("Set-aside"), result.setAsideFacet);
    m_facets->setCounts(QStringLiteral("notice_type"), tr("Notice type"), result.noticeTypeFacet);
    QHash<QString, qint64> naicsCounts;
    for (const auto& [code, count] : result.naicsFacet)
        naicsCounts.insert(code, count);
    m_facets->setIndustryTree(tr("Industry (NAICS)"), NaicsCatalogue::tree(naicsCounts));
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

void MainWindow::startSync()
{
    m_syncStatus->startSync();
}

void MainWindow::cancelSync()
{
    m_syncStatus->cancelSync();
}

void MainWindow::onSyncFinished(const QList<SourceReport>& reports, const QString& startedAt)
{
    refresh();
    // Saved searches marked "notify" that gained matches in this sync raise a notification.
    m_savedSearches->syncFinished(startedAt);
    if (AttachmentSettings::fromSettings().fetchStarredAfterSync) {
        m_reader->call(this, [](LeadStore& store) { return store.attachmentsOfStarredLeads(); },
                       [this](const Result<QList<Attachment>>& starred) {
                           if (starred && !starred->isEmpty())
                               m_detail->attachmentsPanel()->download(*starred);
                       });
    }
    emit syncFinished(reports);
}
