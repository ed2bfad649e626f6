#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QMenu;

// The analyst's saved searches in their order, each with how many leads it matches and how
// many of those are new since it was last opened (shown in bold, and as text). Enter or a
// click opens one; F2 renames, Alt+Up/Down moves, Delete removes; the context menu also
// toggles "notify on new matches" and exports its deadlines to a calendar. On a team server the
// searches teammates share follow the analyst's own, as "alice/Name": opened and exported,
// never changed.
class SavedSearchesPanel final : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name;         // SavedSearch::key()
        qint64 count = -1;    // -1 while counting
        qint64 newCount = -1; // -1 while counting
        bool notify = false;
        bool shared = false;  // the team sees it
        QString sharedBy;     // a teammate's: whose
    };

    explicit SavedSearchesPanel(QWidget* parent = nullptr);
    void setEntries(const QList<Entry>& entries);
    QList<Entry> entries() const { return m_entries; }
    QListWidget* list() const { return m_list; }
    // The actions of the current search, for menus and tests.
    QMenu* contextMenu() const { return m_menu; }
    // On a team server the menu offers "Share with your team".
    void setSharingOffered(bool offered);

signals:
    void searchActivated(const QString& name);
    void removeRequested(const QString& name);
    void renameRequested(const QString& name, const QString& newName);
    void notifyChanged(const QString& name, bool notify);
    void sharedChanged(const QString& name, bool shared);
    void orderChanged(const QStringList& names);
    void calendarRequested(const QString& name);
    void exportRequested(const QString& name);

private:
    QString currentName() const;
    const Entry* currentEntry() const;
    QString toolTip(const Entry& entry) const;
    void moveCurrent(int step);
    void renameCurrent();
    QString label(const Entry& entry) const;

    QListWidget* m_list;
    QMenu* m_menu;
    QList<QAction*> m_ownerActions; // what only the search's owner may do
    QAction* m_share = nullptr;
    QList<Entry> m_entries;
};
