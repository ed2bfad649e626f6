#include "TeamServerController.h"

#include "LeadChanges.h"
#include "StoreWorker.h"

#include <QTimer>

TeamServerController::TeamServerController(StoreWorker& reader, QObject* parent) : QObject(parent)
{
    reader.call(
        this, [](LeadStore& store) { return Result<bool>(store.writesLeads()); },
        [this](const Result<bool>& writes) { emit writesLeadsKnown(!writes || *writes); });
    reader.call(
        this, [](LeadStore& store) { return Result<QString>(store.team()); },
        [this](const Result<QString>& team) { emit teamKnown(team ? *team : QString()); });
    m_changes = LeadChanges::listen(reader.location());
    if (!m_changes)
        return;
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_changes.get(), &LeadChanges::leadsChanged, this, [this] {
        if (!m_settle->isActive())
            m_settle->start();
    });
    connect(m_settle, &QTimer::timeout, this, &TeamServerController::leadsChanged);
    connect(m_changes.get(), &LeadChanges::listening, this, [this] { m_listening = true; });
    connect(m_changes.get(), &LeadChanges::connectionLost, this, [this] { m_listening = false; });
    connect(m_changes.get(), &LeadChanges::connectionLost, this, [this](const QString& why) {
        emit message(tr("The team server is out of reach; trying again. %1").arg(why));
    });
    connect(m_changes.get(), &LeadChanges::connectionBack, this,
            [this] { emit message(tr("Connected to the team server again.")); });
}

TeamServerController::~TeamServerController() = default;
