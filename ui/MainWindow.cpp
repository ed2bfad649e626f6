#include "MainWindow.h"

#include "Clock.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "RequestQuota.h"
#include "SourceSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(LeadStore& store, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_model(new LeadTableModel(store.path(), this))
{
    setWindowTitle(tr("Trade Leads"));
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("sampleBanner"));
    m_banner->setStyleSheet(QStringLiteral("QLabel#sampleBanner { background: palette(highlight); color: "
                                           "palette(highlighted-text); padding: 6px; border-radius: 3px; }"));
    m_banner->setText(tr("You are looking at the bundled sample data. Add an API key and sync to see real leads."));
    layout->addWidget(m_banner);

    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search titles, descriptions, agencies, places, solicitation numbers…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Keyword search"));
    layout->addWidget(m_search);

    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::Deadline, Qt::AscendingOrder);
    m_table->setColumnWidth(LeadTableModel::Deadline, 150);
    m_table->setColumnWidth(LeadTableModel::Title, 420);
    m_table->setColumnWidth(LeadTableModel::Source, 90);
    m_table->setColumnWidth(LeadTableModel::Country, 70);
    m_table->setColumnWidth(LeadTableModel::Agency, 240);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    statusBar()->addPermanentWidget(m_quota);
    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    // Debounced so typing fast runs one query, not one per key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_model, &LeadTableModel::loaded, this, &MainWindow::updateStatus);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* find = fileMenu->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction* refresh = fileMenu->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::applySearch);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/tableHeader")).toByteArray());
    applySearch();
}

MainWindow::~MainWindow() = default;

LeadTableModel* MainWindow::leadModel() const
{
    return m_model;
}

QLineEdit* MainWindow::searchField() const
{
    return m_search;
}

QTableView* MainWindow::leadTable() const
{
    return m_table;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::applySearch()
{
    m_searchDelay->stop();
    LeadFilter filter = m_model->filter();
    filter.text = m_search->text();
    m_model->setFilter(filter);
}

void MainWindow::updateStatus()
{
    const bool sample = m_store.info(QStringLiteral("sample_data")) == QLatin1String("1");
    m_banner->setVisible(sample);
    if (!m_model->lastError().isEmpty()) {
        statusBar()->showMessage(m_model->lastError());
        m_count->setText({});
        return;
    }
    m_count->setText(tr("%n lead(s)", nullptr, int(m_model->totalCount())));
    const QString samKey = SourceSettings::samApiKey();
    if (samKey.isEmpty()) {
        m_quota->setText(tr("No SAM.gov key"));
    } else {
        const RequestQuota quota(samKey, SourceSettings::samDailyQuota());
        m_quota->setText(tr("SAM.gov: %1 of %2 requests left today").arg(quota.remaining()).arg(quota.limit()));
    }
}
