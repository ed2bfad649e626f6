#pragma once

#include "LeadFilter.h"
#include "SavedSearchCounts.h"

#include <QObject>

class LeadStore;
class QSystemTrayIcon;
class QUndoStack;
class QWidget;
class SavedSearchesPanel;

// What the window does with saved searches: keeps the panel's counts and "new" marks
// current (counted off the UI thread), stores renames, order, "notify" and deletions,
// marks a search seen when it is opened, shares searches through JSON files, and after a
// sync raises a desktop notification for each "notify" search that gained matches.
class SavedSearchesController final : public QObject
{
    Q_OBJECT
public:
    SavedSearchesController(LeadStore& store, SavedSearchesPanel* panel, QWidget* window);

    void refresh();
    // Deletions and renames go through it, so that Edit › Undo takes them back.
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    // After a sync that started at `startedAt` (ISO UTC): counts, then notifies.
    void syncFinished(const QString& startedAt);
    void exportToFile();   // asks where
    void importFromFile(); // asks which
    Result<int> exportTo(const QString& path);
    // Imports the valid entries; `problems` gets a line per entry left out.
    Result<int> importFrom(const QString& path, QStringList* problems);

signals:
    void openRequested(const LeadFilter& filter);
    void exportRequested(const QString& name, const LeadFilter& filter, bool calendar);
    void message(const QString& text); // for the status bar
    // A desktop notification: shown in the system tray when there is one, else as a message.
    void notified(const QString& title, const QString& text);
    void refreshed();

private:
    void showCounts(const QList<SavedSearchCount>& counts);
    void notify(const QList<SavedSearchCount>& gained);
    void report(const Status& status);

    LeadStore& m_store;
    SavedSearchesPanel* m_panel;
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QUndoStack* m_undo = nullptr;
};
