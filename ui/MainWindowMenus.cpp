// MainWindow: its menus, toolbar and shortcuts, and the dialogs they open (columns, settings,
// the user guide, about). The window's panes and their wiring are in MainWindow.cpp.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "DetailPane.h"
#include "ExportController.h"
#include "FilterBar.h"
#include "ImportController.h"
#include "LeadTableModel.h"
#include "SavedSearchesController.h"
#include "SettingsDialog.h"
#include "SyncStatusController.h"
#include "UserGuideWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(tr("&Import files…"), m_import, &ImportController::importFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
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
        applyCriteria(LeadFilter());
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    QAction* save = search->addAction(tr("&Save search…"), this, [this] { m_savedSearches->askAndSave(m_model->filter()); });
    save->setShortcut(QKeySequence::Save);
    QAction* exportAction = search->addAction(tr("&Export…"), m_export, &ExportController::askAndExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    QMenu* sync = menuBar()->addMenu(tr("S&ync"));
    m_syncAction = sync->addAction(tr("&Sync now"), this, &MainWindow::startSync);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_syncStatus, &SyncStatusController::runningChanged, m_syncAction,
            [action = m_syncAction](bool running) { action->setEnabled(!running); });
    sync->addAction(tr("&Cancel sync"), this, &MainWindow::cancelSync);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_oneRowPerFamily = view->addAction(tr("One row per &family"));
    m_oneRowPerFamily->setObjectName(QStringLiteral("oneRowPerFamily"));
    m_oneRowPerFamily->setCheckable(true);
    m_oneRowPerFamily->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_oneRowPerFamily->setToolTip(
        tr("One row per notice family: its latest notice, with how many notices it has (%1)")
            .arg(m_oneRowPerFamily->shortcut().toString(QKeySequence::NativeText)));
    // triggered, not toggled: a filter applied from elsewhere sets the check without coming back here.
    connect(m_oneRowPerFamily, &QAction::triggered, this, &MainWindow::showOneRowPerFamily);
    view->addSeparator();
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
    toolbar->addAction(m_importAction);
    toolbar->addAction(settings);
    toolbar->addSeparator();
    toolbar->addAction(m_oneRowPerFamily);
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
        m_syncStatus->followSettings();
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
