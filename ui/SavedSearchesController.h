#pragma once

#include "LeadFilter.h"
#include "SavedSearch.h"
#include "SavedSearchCounts.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class LeadStore;
class StoreWorker;
class QSystemTrayIcon;
class QUndoStack;
class QWidget;
class SavedSearchesPanel;

// What the window does with saved searches: keeps the panel's counts and "new" marks
// current, stores renames, order, "notify" and deletions, marks a search seen when it is
// opened, shares searches through JSON files, and after a sync raises a desktop notification
// for each "notify" search that gained matches, and for each award posted in a family the
// analyst tracks. The list is read on the window's reader, the
// counts on a connection of their own (they take long on a large cache), every change goes
// through the one writer, and an answer older than the latest request is dropped.
class SavedSearchesController final : public QObject
{
    Q_OBJECT
public:
    SavedSearchesController(StoreWorker& reader, StoreWorker& writer, SavedSearchesPanel* panel, QWidget* window);
    ~SavedSearchesController() override;

    void refresh();
    // Saves `filter` under `name`; `shared`: the team sees it too (a team server's).
    void save(const QString& name, const LeadFilter& filter, bool shared = false);
    // On a team server, the team a search may be shared with (TeamServerController::teamKnown).
    void setTeam(const QString& team);
    // Asks for the name in a dialog that also shows what the search would have matched and
    // notified over the past weeks (SaveSearchDialog), then saves.
    void askAndSave(const LeadFilter& filter);
    // Deletions and renames go through it, so that Edit › Undo takes them back.
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    // After a sync that started at `startedAt` (ISO UTC): counts, then notifies; and tells of
    // awards that closed tracked families.
    void syncFinished(const QString& startedAt);
    void exportToFile();   // asks where
    void importFromFile(); // asks which
    // Writes every saved search to `path`; `done` gets how many.
    void exportTo(const QString& path, std::function<void(const Result<int>&)> done);
    struct Imported
    {
        int added = 0;
        QStringList problems; // a line per entry left out
    };
    // Adds the valid entries of the file at `path`; `done` gets what happened.
    void importFrom(const QString& path, std::function<void(const Result<Imported>&)> done);

signals:
    void openRequested(const LeadFilter& filter);
    void exportRequested(const QString& name, const LeadFilter& filter, bool calendar);
    void message(const QString& text); // for the status bar
    // A desktop notification: shown in the system tray when there is one, else as a message.
    void notified(const QString& title, const QString& text);
    void refreshed();

private:
    void showCounts(const QList<SavedSearchCount>& counts);
    void count(const QString& gainedSince);
    void notify(const QList<SavedSearchCount>& gained);
    void announceTrackedAwards(const QString& since);
    void showNotification(const QString& title, const QStringList& lines);
    // Runs `change` on the writer; then reports a failure and reads the list again.
    void write(std::function<Status(LeadStore&)> change);
    void remove(const QString& name);
    void rename(const QString& name, const QString& newName);
    std::optional<SavedSearch> known(const QString& name) const;

    StoreWorker& m_reader;
    StoreWorker& m_writer;
    std::unique_ptr<StoreWorker> m_counter;
    QList<SavedSearch> m_searches; // as last read, in the panel's order
    quint64 m_listGeneration = 0;
    quint64 m_countGeneration = 0;
    SavedSearchesPanel* m_panel;
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_team;
};
