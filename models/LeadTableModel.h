#pragma once

#include "LeadFilter.h"
#include "LeadStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

class LeadReader;

// The lead table. It keeps the ids of the whole filtered, sorted result (8 bytes a lead)
// and reads rows in blocks as the view asks for them, so a million leads cost neither an
// OFFSET scan nor a full fetch. All reading happens on LeadReader's thread: the first
// screen of ids arrives first, the rest after, and rows not read yet show a placeholder.
// Sorting changes the filter's ORDER BY and reloads; stale answers are dropped by generation.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Deadline,
        Title,
        Source,
        Country,
        Agency,
        NoticeType,
        Posted,
        SetAside,
        Naics,
        Value,
        Starred,
        Status,
        SubTier,
        Office,
        Location,
        Industry,
        Solicitation,
        Classification,
        SetAsideName,
        Amended,
        ValueMin,
        Currency,
        Active,
        Url,
        SourceId,
        DescriptionUrl,
        FirstSeen,
        LastSeen,
        Notes,
        Tags,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, SourceIdRole, SourceRole, LeadIdRole, MarksRole, LoadedRole };
    enum Mark { DueSoon = 1, PastDue = 2, New = 4, Amended_ = 8 };

    explicit LeadTableModel(const QString& cachePath, QObject* parent = nullptr);
    ~LeadTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const LeadFilter& filter);
    LeadFilter filter() const;
    void setToday(const QDate& today);
    // Leads first seen after this moment are marked new.
    void setLastViewedAt(const QString& timestamp);
    void reload();
    bool isComplete() const; // every id of the current request has arrived
    qint64 totalCount() const;
    QString lastError() const;
    static QString columnKey(int column); // canonical column behind a view column
    static bool isDefaultColumn(int column);

signals:
    void loaded(); // the whole result is known (rowCount is final)
    void failed(const QString& message);

private:
    void onFirstIds(quint64 generation, const QList<qint64>& ids);
    void onIds(quint64 generation, const QList<qint64>& ids);
    void onRows(quint64 generation, int firstRow, const QList<StoredLead>& rows);
    const StoredLead* rowAt(int row) const;
    int marksOf(const StoredLead& row) const;

    LeadReader* m_reader;
    LeadFilter m_filter;
    QDate m_today;
    QString m_lastViewedAt;
    quint64 m_generation = 0;
    bool m_complete = false;
    QList<qint64> m_ids;
    mutable QHash<qint64, StoredLead> m_rows;
    mutable QSet<int> m_pendingBlocks;
    QString m_lastError;
};
