#pragma once

#include "LeadFilter.h"
#include "LeadStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

// The lead table. It keeps the ids of the whole filtered, sorted result (8 bytes a lead)
// and reads rows in blocks as the view asks for them, so a million leads cost neither
// an OFFSET scan nor a full fetch. Sorting changes the filter's ORDER BY and reloads.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Deadline, Title, Source, Country, Agency, NoticeType, Posted, SetAside, Naics, Value, ColumnCount };
    enum Role { SortRole = Qt::UserRole, SourceIdRole, SourceRole, LeadIdRole };

    explicit LeadTableModel(LeadStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const LeadFilter& filter);
    LeadFilter filter() const;
    void setToday(const QDate& today);
    Status reload();
    QString lastError() const;
    static QString columnKey(int column); // canonical column behind a view column

private:
    const StoredLead* rowAt(int row) const;

    LeadStore& m_store;
    LeadFilter m_filter;
    QDate m_today;
    QList<qint64> m_ids;
    mutable QHash<qint64, StoredLead> m_rows;
    QString m_lastError;
};
