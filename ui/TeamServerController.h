#pragma once

#include <QObject>

#include <memory>

class LeadChanges;
class QTimer;
class StoreWorker;

// The window's side of a team server: whether this login writes leads (the sync role), its team,
// and a refresh when the team's sync commits leads or a teammate changes the pipeline, a moment after the first commit of a burst (a
// sync committing page after page still refreshes the window that often). For a local cache
// it answers that the analyst writes leads, and hears nothing else.
class TeamServerController final : public QObject
{
    Q_OBJECT
public:
    TeamServerController(StoreWorker& reader, QObject* parent);
    ~TeamServerController() override;

    bool isListening() const { return m_listening; } // a team server's commits are heard from now on

signals:
    void writesLeadsKnown(bool writesLeads);
    void teamKnown(const QString& team); // whose pipeline this login shares; empty: none
    void leadsChanged();
    void message(const QString& text);

private:
    std::unique_ptr<LeadChanges> m_changes;
    QTimer* m_settle = nullptr;
    bool m_listening = false;
};
