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
// The model owns the sort: a header click or a saved search's sort sets it, and a new
// filter keeps it. Sorting reloads; stale answers are dropped by generation. A reload that
// brings the same ids changes rows in place, and an edit of the analyst's data changes its
// one row: selection, current index and scroll position stay.
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
        Notices, // notices in the lead's family; after Tags, so that headers saved before it still restore
        ColumnCount
    };
    // PipelineRole: the stored status and assignee, {status, assignee} (a team shares them).
    enum Role { SortRole = Qt::UserRole, SourceIdRole, SourceRole, LeadIdRole, MarksRole, LoadedRole, FamilyIdRole, PipelineRole };
    enum Mark { DueSoon = 1, PastDue = 2, New = 4, Amended_ = 8, InAttachment = 16 };

    explicit LeadTableModel(const QString& cachePath, QObject* parent = nullptr);
    ~LeadTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filter's sort, when it names one, becomes the model's; otherwise the model's stays.
    void setFilter(const LeadFilter& filter);
    LeadFilter filter() const;
    void setSort(const QString& column, bool descending);
    static int columnOf(const QString& key); // the view column of a canonical column, -1 when none
    // The analyst's data about a lead changed: its row and its family's rows, when read, show it at once.
    void setUserData(const QString& source, const QString& sourceId, const LeadUserData& data);
    void setToday(const QDate& today);
    // Leads first seen after this moment are marked new.
    void setLastViewedAt(const QString& timestamp);
    void reload();
    bool isComplete() const; // every id of the current request has arrived
    qint64 totalCount() const;
    QString lastError() const;
    static QString columnKey(int column); // canonical column behind a view column
    static bool isDefaultColumn(int column);
    static bool isSortable(int column); // the store can order by it
    int rowOfLead(qint64 leadId) const; // -1 when the lead is not in the list

signals:
    void loaded(); // the whole result is known (rowCount is final)
    void sortChanged(int column, Qt::SortOrder order);
    void failed(const QString& message);

private:
    void onFirstIds(quint64 generation, const QList<qint64>& ids);
    void refreshLoadedRows();
    void resetTo(const QList<qint64>& ids); // a new list: every row read anew
    void evictFarFrom(int block);
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
    QSet<int> m_loadedBlocks; // blocks of rows held in m_rows, read again by a reload in place
    QString m_lastError;
};
