#pragma once

#include "LeadFilter.h"

#include <QObject>

#include <optional>

class LeadTableModel;
class QTableView;
class QWidget;

// Search › Export and a saved search's export: writes leads to an Excel workbook, a CSV file
// or a calendar, with the table's visible columns in its order. The export opens a store of
// its own on a pool thread, so a long one never holds the window or the writer; a progress
// dialog follows it and Cancel stops it.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    // Opens the cache at `cacheLocation` for each export.
    ExportController(const QString& cacheLocation, QTableView* table, LeadTableModel* model, QWidget* window);
    ~ExportController() override;

    void askAndExport(); // asks where, and whether only the selected rows
    // Asks where to write the leads of the saved search `name`: a calendar or any format.
    void askAndExportSearch(const QString& name, const LeadFilter& filter, bool calendar);
    // The selection, the current view, or every lead a saved search's filter matches; the
    // format follows the suffix of `path`.
    void exportTo(const QString& path, bool selectionOnly, const std::optional<LeadFilter>& savedFilter = {});

signals:
    void message(const QString& text); // for the status bar, once an export has run
    void finished(bool ok, const QString& message);

private:
    QString m_cacheLocation;
    QTableView* m_table;
    LeadTableModel* m_model;
    QWidget* m_window;
};
