#pragma once

#include "LeadFilter.h"
#include "LeadStore.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Reads for views on threads of their own, each with its own connection, so the window
// never waits on SQL. Ids and rows have a thread each: the rows of the first screen never
// queue behind the full id list of a million leads, and that list is asked for once they are
// read (or after a short wait when no rows are asked): on a team server its transfer would
// otherwise hold both cores while the first rows are read. Every answer carries the generation
// of the request it answers; callers drop answers to requests they have since replaced.
class LeadReader final : public QObject
{
    Q_OBJECT
public:
    explicit LeadReader(const QString& cachePath, QObject* parent = nullptr);
    ~LeadReader() override;

    // First the top `firstCount` ids (quick, for the first screen), then, once rows of this
    // generation were read, all of them.
    void requestIds(quint64 generation, const LeadFilter& filter, const QDate& today, int firstCount);
    // Rows without their large columns (description, contacts, raw): what a table shows.
    // `keyword`: the filter's text, for the rows it matches only in an attachment.
    void requestRows(quint64 generation, int firstRow, const QList<qint64>& ids, const QString& keyword = {});

signals:
    void firstIdsReady(quint64 generation, const QList<qint64>& ids);
    void idsReady(quint64 generation, const QList<qint64>& ids);
    void rowsReady(quint64 generation, int firstRow, const QList<StoredLead>& rows);
    void failed(quint64 generation, const QString& message);

private:
    struct Worker;
    struct RowsRead;
    std::unique_ptr<Worker> m_ids;
    std::unique_ptr<Worker> m_rows;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<RowsRead> m_rowsRead;
};
