#include "LeadTableModel.h"

#include "Clock.h"

#include <QDateTime>
#include <QLocale>

namespace {

constexpr int kBlock = 200;
constexpr int kMaxCachedRows = 5000;

// Dates in the user's locale; a time, in the user's zone, only where the source gave one.
QString displayDate(const QString& value, bool withTime)
{
    if (value.isEmpty())
        return {};
    const QLocale locale;
    if (value.size() == 10)
        return locale.toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    const QDateTime utc = QDateTime::fromString(value, Qt::ISODate);
    if (!utc.isValid())
        return value;
    const QDateTime local = utc.toLocalTime();
    const QString date = locale.toString(local.date(), QLocale::ShortFormat);
    return withTime ? date + u' ' + locale.toString(local.time(), QStringLiteral("HH:mm")) : date;
}

} // namespace

LeadTableModel::LeadTableModel(LeadStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_today(Clock::today())
{
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadTableModel::columnKey(int column)
{
    switch (column) {
    case Deadline: return QStringLiteral("deadline_at");
    case Title: return QStringLiteral("title");
    case Source: return QStringLiteral("source");
    case Country: return QStringLiteral("country");
    case Agency: return QStringLiteral("agency");
    case NoticeType: return QStringLiteral("notice_type");
    case Posted: return QStringLiteral("posted_at");
    case SetAside: return QStringLiteral("set_aside_code");
    case Naics: return QStringLiteral("naics_code");
    case Value: return QStringLiteral("value_max");
    default: return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deadline: return tr("Deadline");
    case Title: return tr("Title");
    case Source: return tr("Source");
    case Country: return tr("Country");
    case Agency: return tr("Agency");
    case NoticeType: return tr("Type");
    case Posted: return tr("Posted");
    case SetAside: return tr("Set-aside");
    case Naics: return tr("NAICS");
    case Value: return tr("Value");
    default: return {};
    }
}

const StoredLead* LeadTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids[row];
    auto it = m_rows.constFind(id);
    if (it != m_rows.cend())
        return &*it;
    if (m_rows.size() > kMaxCachedRows)
        m_rows.clear();
    const int first = row - row % kBlock;
    const QList<qint64> block = m_ids.mid(first, kBlock);
    auto rows = m_store.leadsByIds(block);
    if (!rows)
        return nullptr;
    for (StoredLead& stored : *rows)
        m_rows.insert(stored.id, std::move(stored));
    it = m_rows.constFind(id);
    return it != m_rows.cend() ? &*it : nullptr;
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const StoredLead* row = rowAt(index.row());
    if (!row)
        return {};
    const Lead& lead = row->lead;
    if (role == SourceIdRole)
        return lead.sourceId;
    if (role == SourceRole)
        return lead.source;
    if (role == LeadIdRole)
        return row->id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return lead.title;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Deadline: return display ? displayDate(lead.deadlineAt, true) : lead.deadlineAt;
    case Title: return lead.title;
    case Source: return lead.source;
    case Country: return lead.country;
    case Agency: return lead.agency;
    case NoticeType: return lead.noticeType;
    case Posted: return display ? displayDate(lead.postedAt, false) : lead.postedAt;
    case SetAside: return lead.setAsideCode;
    case Naics: return lead.naicsCode;
    case Value:
        if (!lead.valueMax)
            return {};
        return display ? QLocale().toString(*lead.valueMax, 'f', 0) + (lead.currency.isEmpty() ? QString() : u' ' + lead.currency)
                       : QVariant(*lead.valueMax);
    default: return {};
    }
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = columnKey(column);
    if (key.isEmpty())
        return;
    m_filter.sortColumn = key;
    m_filter.descending = order == Qt::DescendingOrder;
    (void)reload();
}

void LeadTableModel::setFilter(const LeadFilter& filter)
{
    const QString sortColumn = m_filter.sortColumn;
    const bool descending = m_filter.descending;
    m_filter = filter;
    if (m_filter.sortColumn.isEmpty()) {
        m_filter.sortColumn = sortColumn;
        m_filter.descending = descending;
    }
    (void)reload();
}

LeadFilter LeadTableModel::filter() const
{
    return m_filter;
}

void LeadTableModel::setToday(const QDate& today)
{
    m_today = today;
}

Status LeadTableModel::reload()
{
    auto ids = m_store.ids(m_filter, m_today);
    beginResetModel();
    m_rows.clear();
    if (ids) {
        m_ids = std::move(*ids);
        m_lastError.clear();
    } else {
        m_ids.clear();
        m_lastError = ids.errorMessage();
    }
    endResetModel();
    if (!ids)
        return ids.error();
    return Done{};
}

QString LeadTableModel::lastError() const
{
    return m_lastError;
}
