#pragma once

#include <QMainWindow>

class LeadStore;
class LeadTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The main window: keyword search over the lead table. The full window (facets, detail
// pane, chart, sync) grows from here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LeadStore& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    LeadTableModel* leadModel() const;
    QLineEdit* searchField() const;
    QTableView* leadTable() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void applySearch();
    void updateStatus();

    LeadStore& m_store;
    LeadTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_quota = nullptr;
    QTimer* m_searchDelay = nullptr;
};
