#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

class LeadChangesListener;

// Hears of the commits on a team server that added or changed leads (PostgreSQL's
// LISTEN/NOTIFY on tradeleads_leads), on a thread and a connection of its own that never runs
// a long statement: a window refreshes when a teammate's sync commits a page. A dropped
// connection is reported and tried again every few seconds. A local cache has no other writer
// to hear: listen() gives none for it.
class LeadChanges final : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<LeadChanges> listen(const QString& location);
    ~LeadChanges() override;

signals:
    void listening(); // subscribed: commits from now on are heard (at the start, and after each reconnection)
    void leadsChanged(); // after a commit; also after a reconnection, for what was missed meanwhile
    void connectionLost(const QString& message);
    void connectionBack();

private:
    explicit LeadChanges(const QString& location);

    QThread m_thread;
    LeadChangesListener* m_listener = nullptr; // lives on m_thread
};
