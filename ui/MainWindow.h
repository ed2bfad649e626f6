#pragma once

#include "LeadFilter.h"
#include "SyncTypes.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class DeadlineChart;
class DescriptionFetcher;
class DetailPane;
class ExportController;
class FacetPanel;
class FilterBar;
class ImportController;
class LeadStatistics;
class LeadStore;
class LeadTableModel;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;
class SavedSearchesController;
class SavedSearchesPanel;
class StoreWorker;
class SyncStatusController;
struct LeadStatisticsResult;

// The main window: filter bar and lead table in the centre, facets on the left, the lead's
// details on the right, the deadline chart in a dock; sync with progress and cancel in the
// status bar. The window reads through LeadTableModel and LeadStatistics, which work off
// the UI thread, and writes user data through the detail pane. It puts these together; the
// sync and its status, File › Import and Search › Export have controllers of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Opens its own connections to the cache at `cacheLocation` (a path today).
    explicit MainWindow(const QString& cacheLocation, QWidget* parent = nullptr);
    ~MainWindow() override;

    LeadTableModel* leadModel() const;
    QLineEdit* searchField() const;
    QTableView* leadTable() const;
    FilterBar* filterBar() const { return m_filterBar; }
    FacetPanel* facets() const { return m_facets; }
    DetailPane* detailPane() const { return m_detail; }
    DeadlineChart* deadlineChart() const { return m_chart; }
    SavedSearchesPanel* savedSearches() const { return m_saved; }

    void startSync();
    void cancelSync();
    // Moves "today" on when the clock has passed midnight: the table's open leads and marks,
    // the chart's current week, the detail pane's "in 3 days". Checked every minute.
    void followToday();
    void saveSearch(const QString& name);
    // Exports the current view (or the selected rows) to `path`; the format follows its suffix.
    // The selection, the current view, or every lead a saved search's filter matches.
    void exportTo(const QString& path, bool selectionOnly, const std::optional<LeadFilter>& savedFilter = {});
    SavedSearchesController* savedSearchesController() const { return m_savedSearches; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* oneRowPerFamilyAction() const { return m_oneRowPerFamily; }
    QAction* syncAction() const { return m_syncAction; }

signals:
    void syncFinished(const QList<SourceReport>& reports);
    void exportFinished(bool ok, const QString& message);
    void importFinished(int imported); // File › Import is done; the table is being read again

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void applyFilter(const LeadFilter& filter);
    void applyCriteria(const LeadFilter& criteria); // the filter bar's: the table keeps its sort and grouping
    void showOneRowPerFamily(bool on);
    void selectKeptLead();
    void warmUpDetailPane();
    void placeColumn(int column);
    void refresh();
    void updateStatus();
    void showStatistics(const LeadStatisticsResult& result);
    void showCurrentLead();
    void chooseColumns();
    void openSettings();
    void onSyncFinished(const QList<SourceReport>& reports, const QString& startedAt);
    void restoreState();
    void refreshSavedSearches();
    void watchTeamServer();
    void showUserGuide();
    void showAbout();

    // The one writer (sync, imports, the analyst's edits) and a reader for small reads.
    // Members, so that they outlive the widgets that post to them (see ~MainWindow).
    std::unique_ptr<StoreWorker> m_writer;
    std::unique_ptr<StoreWorker> m_reader;
    LeadTableModel* m_model = nullptr;
    LeadStatistics* m_statistics = nullptr;
    FilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    FacetPanel* m_facets = nullptr;
    SavedSearchesPanel* m_saved = nullptr;
    SavedSearchesController* m_savedSearches = nullptr;
    QUndoStack* m_undo = nullptr; // the analyst's edits, for Edit › Undo
    SyncStatusController* m_syncStatus = nullptr;
    ImportController* m_import = nullptr;
    ExportController* m_export = nullptr;
    DetailPane* m_detail = nullptr;
    DeadlineChart* m_chart = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_oneRowPerFamily = nullptr; // shows the filter's grouping; the filter is the truth
    // The lead to make current again once the table has been read anew after a change of
    // grouping, and whether the store is still asked which notice stands for its family.
    qint64 m_leadToKeep = 0;
    bool m_familyAsked = false;
    bool m_detailWarmedUp = false; // warmUpDetailPane() has run
    QTimer* m_dayCheck = nullptr;
    QDate m_today;
    QNetworkAccessManager* m_network = nullptr;
    DescriptionFetcher* m_descriptions = nullptr;
    QWidget* m_userGuide = nullptr;
};
