#pragma once

#include "LeadFilter.h"
#include "LeadStore.h"

#include <QDate>
#include <QList>
#include <QObject>

class QThread;

// Reads for views on a thread of its own, with its own connection, so the window never
// waits on SQL. Every answer carries the generation of the request it answers; callers
// drop answers to requests they have since replaced.
class LeadReader final : public QObject
{
    Q_OBJECT
public:
    explicit LeadReader(const QString& cachePath, QObject* parent = nullptr);
    ~LeadReader() override;

    // First the top `firstCount` ids (quick, for the first screen), then all of them.
    void requestIds(quint64 generation, const LeadFilter& filter, const QDate& today, int firstCount);
    void requestRows(quint64 generation, int firstRow, const QList<qint64>& ids);

signals:
    void firstIdsReady(quint64 generation, const QList<qint64>& ids);
    void idsReady(quint64 generation, const QList<qint64>& ids);
    void rowsReady(quint64 generation, int firstRow, const QList<StoredLead>& rows);
    void failed(quint64 generation, const QString& message);

private:
    QThread* m_thread;
    QObject* m_worker;
    std::shared_ptr<std::unique_ptr<LeadStore>> m_store; // opened and used on m_thread only
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
