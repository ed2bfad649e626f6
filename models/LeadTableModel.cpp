#include "LeadTableModel.h"

#include "Clock.h"
#include "LeadReader.h"
#include "NaicsCatalogue.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace {

constexpr int kBlock = 200;
constexpr int kFirstScreen = 200;
constexpr int kMaxCachedRows = 20000;

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

QString money(const std::optional<double>& value, const QString& currency)
{
    if (!value)
        return {};
    return QLocale().toString(*value, 'f', 0) + (currency.isEmpty() ? QString() : u' ' + currency);
}

// What the Notices cell says of the lead's family. With one row per family the row is the
// family's latest notice, so its type and date are the family's latest change; otherwise the
// row may be any of the notices.
QString familyNote(const StoredLead& row, bool rowIsLatest)
{
    if (row.noticeCount <= 1)
        return LeadTableModel::tr("The only notice in its family");
    const QString count = QLocale().toString(row.noticeCount);
    if (!rowIsLatest)
        return LeadTableModel::tr("One of %1 notices in this family").arg(count);
    const QString type = row.lead.noticeType;
    const QString posted = displayDate(row.lead.postedAt, false);
    if (!type.isEmpty() && !posted.isEmpty())
        return LeadTableModel::tr("%1 notices in this family; the latest is the %2 posted %3").arg(count, type, posted);
    if (!type.isEmpty())
        return LeadTableModel::tr("%1 notices in this family; the latest is the %2").arg(count, type);
    if (!posted.isEmpty())
        return LeadTableModel::tr("%1 notices in this family; the latest was posted %2").arg(count, posted);
    return LeadTableModel::tr("%1 notices in this family").arg(count);
}

} // namespace

LeadTableModel::LeadTableModel(const QString& cachePath, QObject* parent)
    : QAbstractTableModel(parent), m_reader(new LeadReader(cachePath, this)), m_today(Clock::today())
{
    connect(m_reader, &LeadReader::firstIdsReady, this, &LeadTableModel::onFirstIds);
    connect(m_reader, &LeadReader::idsReady, this, &LeadTableModel::onIds);
    connect(m_reader, &LeadReader::rowsReady, this, &LeadTableModel::onRows);
    connect(m_reader, &LeadReader::failed, this, [this](quint64 generation, const QString& message) {
        if (generation != m_generation)
            return;
        m_lastError = message;
        m_complete = true;
        emit failed(message);
        emit loaded();
    });
}

LeadTableModel::~LeadTableModel() = default;

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
    case Starred: return QStringLiteral("starred");
    case Status: return QStringLiteral("status");
    case SubTier: return QStringLiteral("sub_tier");
    case Office: return QStringLiteral("office");
    case Location: return QStringLiteral("location");
    case Industry: return QStringLiteral("industry");
    case Solicitation: return QStringLiteral("solicitation_number");
    case Classification: return QStringLiteral("classification_code");
    case SetAsideName: return QStringLiteral("set_aside");
    case Amended: return QStringLiteral("amended_at");
    case ValueMin: return QStringLiteral("value_min");
    case Currency: return QStringLiteral("currency");
    case Active: return QStringLiteral("active");
    case Url: return QStringLiteral("url");
    case SourceId: return QStringLiteral("source_id");
    case DescriptionUrl: return QStringLiteral("description_url");
    case FirstSeen: return QStringLiteral("first_seen_at");
    case LastSeen: return QStringLiteral("last_seen_at");
    case Notes: return QStringLiteral("notes");
    case Tags: return QStringLiteral("tags");
    case Notices: return QStringLiteral("notice_count");
    default: return {};
    }
}

bool LeadTableModel::isDefaultColumn(int column)
{
    return column <= Status || column == Notices;
}

bool LeadTableModel::isSortable(int column)
{
    const QString key = columnKey(column);
    return !key.isEmpty() && LeadFilter::sortableColumns().contains(key);
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Notices)
        return int(Qt::AlignRight | Qt::AlignVCenter); // over its numbers
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
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
    case Starred: return role == Qt::ToolTipRole ? tr("Starred") : QStringLiteral("\u2605");
    case Status: return tr("Status");
    case SubTier: return tr("Sub-tier");
    case Office: return tr("Office");
    case Location: return tr("Place");
    case Industry: return tr("Industry");
    case Solicitation: return tr("Solicitation");
    case Classification: return tr("Classification");
    case SetAsideName: return tr("Set-aside name");
    case Amended: return tr("Amended");
    case ValueMin: return tr("Minimum value");
    case Currency: return tr("Currency");
    case Active: return tr("Active");
    case Url: return tr("Link");
    case SourceId: return tr("Source id");
    case DescriptionUrl: return tr("Description link");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case Notes: return tr("Notes");
    case Tags: return tr("Tags");
    case Notices: return tr("Notices");
    default: return {};
    }
}

const StoredLead* LeadTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    auto it = m_rows.constFind(m_ids[row]);
    if (it != m_rows.cend())
        return &*it;
    const int block = row / kBlock;
    if (!m_pendingBlocks.contains(block)) {
        m_pendingBlocks.insert(block);
        m_reader->requestRows(m_generation, block * kBlock, m_ids.mid(qsizetype(block) * kBlock, kBlock), m_filter.text);
    }
    return nullptr;
}

int LeadTableModel::marksOf(const StoredLead& row) const
{
    int marks = 0;
    const QString& deadline = row.lead.deadlineAt;
    if (!deadline.isEmpty()) {
        const QString today = m_today.toString(Qt::ISODate);
        if (deadline.left(10) < today)
            marks |= PastDue;
        else if (deadline.left(10) <= m_today.addDays(7).toString(Qt::ISODate))
            marks |= DueSoon;
    }
    if (!m_lastViewedAt.isEmpty() && row.firstSeenAt > m_lastViewedAt)
        marks |= New;
    if (row.versions > 0)
        marks |= Amended_;
    if (row.keywordInAttachmentOnly)
        marks |= InAttachment;
    return marks;
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const StoredLead* row = rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return role == Qt::DisplayRole && index.column() == Title ? QVariant(tr("Loading…")) : QVariant();
    const Lead& lead = row->lead;
    switch (role) {
    case SourceIdRole: return lead.sourceId;
    case SourceRole: return lead.source;
    case LeadIdRole: return row->id;
    case FamilyIdRole: return row->familyId;
    case PipelineRole: return QStringList { row->status, row->assignee };
    case MarksRole: return marksOf(*row);
    case Qt::ToolTipRole: {
        if (index.column() == Notices)
            return familyNote(*row, m_filter.oneRowPerFamily);
        if (index.column() == Naics)
            return NaicsCatalogue::label(lead.naicsCode);
        if (index.column() != Title && index.column() != Deadline)
            return {};
        QStringList notes;
        const int marks = marksOf(*row);
        if (marks & PastDue)
            notes.append(tr("Past due"));
        if (marks & DueSoon)
            notes.append(tr("Due within 7 days"));
        if (marks & New)
            notes.append(tr("New since you last looked"));
        if (marks & Amended_)
            notes.append(tr("Amended %n time(s)", nullptr, row->versions));
        if (marks & InAttachment)
            notes.append(tr("The search words are in an attachment (see the Attachments tab)"));
        return index.column() == Title ? (lead.title + (notes.isEmpty() ? QString() : u'\n' + notes.join(u'\n')))
                                       : notes.join(u'\n');
    }
    case Qt::FontRole: {
        const int marks = marksOf(*row);
        if (index.column() == Title && (marks & New)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    case Qt::ForegroundRole: {
        const int marks = marksOf(*row);
        if (index.column() == Deadline && (marks & PastDue))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Deadline && (marks & DueSoon))
            return QBrush(QColor(0xd0, 0x50, 0x10));
        if (index.column() == Notices && row->noticeCount <= 1) // families stand out from lone notices
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() == Notices ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Deadline: {
        if (!display)
            return lead.deadlineAt;
        // Marks are text too, so they read without colour: ! due soon, ✕ past due.
        const int marks = marksOf(*row);
        const QString date = displayDate(lead.deadlineAt, true);
        if (marks & DueSoon)
            return QStringLiteral("! ") + date;
        if (marks & PastDue)
            return QStringLiteral("\u2715 ") + date;
        return date;
    }
    case Title: {
        if (!display)
            return lead.title;
        const int marks = marksOf(*row);
        QString prefix;
        if (marks & New)
            prefix += tr("NEW") + u' ';
        if (marks & Amended_)
            prefix += tr("AMENDED") + u' ';
        if (marks & InAttachment)
            prefix += tr("[in attachment]") + u' ';
        return prefix + lead.title;
    }
    case Source: return lead.source;
    case Country: return lead.country;
    case Agency: return lead.agency;
    case NoticeType: return lead.noticeType;
    case Posted: return display ? displayDate(lead.postedAt, false) : lead.postedAt;
    case SetAside: return lead.setAsideCode;
    case Naics: return display ? NaicsCatalogue::label(lead.naicsCode) : lead.naicsCode;
    case Value: return display ? QVariant(money(lead.valueMax, lead.currency)) : (lead.valueMax ? QVariant(*lead.valueMax) : QVariant());
    case Starred: return display ? (row->starred ? QStringLiteral("\u2605") : QString()) : QVariant(row->starred);
    case Status: return row->status;
    case SubTier: return lead.subTier;
    case Office: return lead.office;
    case Location: return lead.location;
    case Industry: return lead.industry;
    case Solicitation: return lead.solicitationNumber;
    case Classification: return lead.classificationCode;
    case SetAsideName: return lead.setAside;
    case Amended: return display ? displayDate(lead.amendedAt, true) : lead.amendedAt;
    case ValueMin: return display ? QVariant(money(lead.valueMin, lead.currency)) : (lead.valueMin ? QVariant(*lead.valueMin) : QVariant());
    case Currency: return lead.currency;
    case Active: return lead.active ? (display ? QVariant(*lead.active ? tr("yes") : tr("no")) : QVariant(*lead.active)) : QVariant();
    case Url: return lead.url;
    case SourceId: return lead.sourceId;
    case DescriptionUrl: return lead.descriptionUrl;
    case FirstSeen: return display ? displayDate(row->firstSeenAt, true) : row->firstSeenAt;
    case LastSeen: return display ? displayDate(row->lastSeenAt, true) : row->lastSeenAt;
    case Notes: return display ? row->notes.simplified().left(200) : row->notes; // one line in a cell
    case Tags: return row->tags;
    case Notices: return display ? QVariant(QLocale().toString(row->noticeCount)) : QVariant(row->noticeCount);
    default: return {};
    }
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        // A header click on a column the store cannot order by: the indicator goes back.
        emit sortChanged(columnOf(m_filter.sortKey()), m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    setSort(columnKey(column), order == Qt::DescendingOrder);
}

void LeadTableModel::setSort(const QString& column, bool descending)
{
    const int viewColumn = columnOf(column);
    if (viewColumn < 0 || !isSortable(viewColumn))
        return;
    if (m_filter.sortColumn == column && m_filter.descending == descending && m_generation > 0)
        return; // the header echoing the sort it was given
    m_filter.sortColumn = column;
    m_filter.descending = descending;
    emit sortChanged(viewColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    reload();
}

int LeadTableModel::columnOf(const QString& key)
{
    const QString resolved = LeadColumns::resolve(key); // "deadline" is short for deadline_at
    const QString canonical = resolved.isEmpty() ? key : resolved;
    for (int column = 0; column < ColumnCount; ++column) {
        if (columnKey(column) == canonical)
            return column;
    }
    return -1;
}

void LeadTableModel::setFilter(const LeadFilter& filter)
{
    LeadFilter next = filter;
    const bool newSort = !filter.sortColumn.isEmpty()
        && (filter.sortColumn != m_filter.sortColumn || filter.descending != m_filter.descending);
    if (filter.sortColumn.isEmpty()) {
        next.sortColumn = m_filter.sortColumn;
        next.descending = m_filter.descending;
    }
    m_filter = next;
    if (newSort) {
        if (const int column = columnOf(m_filter.sortColumn); column >= 0 && isSortable(column))
            emit sortChanged(column, m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    reload();
}

void LeadTableModel::setUserData(const QString& source, const QString& sourceId, const LeadUserData& data)
{
    // Tracking belongs to the notice family: every loaded notice of the edited one's family shows it.
    QString familyId;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it->lead.source == source && it->lead.sourceId == sourceId) {
            familyId = it->familyId;
            break;
        }
    }
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const bool edited = it->lead.source == source && it->lead.sourceId == sourceId;
        if (!edited && (familyId.isEmpty() || it->familyId != familyId))
            continue;
        it->starred = data.starred;
        it->status = data.status;
        it->notes = data.notes;
        it->tags = data.tags;
        it->assignee = data.assignee;
        const qsizetype row = m_ids.indexOf(it.key());
        if (row >= 0)
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

LeadFilter LeadTableModel::filter() const
{
    return m_filter;
}

void LeadTableModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload(); // "open" and "due within" moved, and every row's marks with them
}

void LeadTableModel::setLastViewedAt(const QString& timestamp)
{
    if (timestamp == m_lastViewedAt)
        return;
    m_lastViewedAt = timestamp;
    if (!m_ids.isEmpty()) // the "new" marks of rows on screen
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LeadTableModel::reload()
{
    ++m_generation;
    m_complete = false;
    m_lastError.clear();
    m_reader->requestIds(m_generation, m_filter, m_today, kFirstScreen);
}

void LeadTableModel::onFirstIds(quint64 generation, const QList<qint64>& ids)
{
    if (generation != m_generation)
        return;
    if (!ids.isEmpty() && m_ids.size() >= ids.size() && std::equal(ids.cbegin(), ids.cend(), m_ids.cbegin())) {
        // The same first screen: the rows stay where they are and are read again in place;
        // the whole list tells whether anything further down changed.
        refreshLoadedRows();
        return;
    }
    resetTo(ids);
}

void LeadTableModel::resetTo(const QList<qint64>& ids)
{
    beginResetModel();
    m_ids = ids;
    m_rows.clear();
    m_pendingBlocks.clear();
    m_loadedBlocks.clear();
    endResetModel();
}

void LeadTableModel::onIds(quint64 generation, const QList<qint64>& ids)
{
    if (generation != m_generation)
        return;
    const qsizetype before = m_ids.size();
    if (ids == m_ids) {
        // Nothing moved.
    } else if (ids.size() > before && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin())) {
        // The first screen is a prefix of the whole: only rows are added.
        beginInsertRows({}, int(before), int(ids.size() - 1));
        m_ids = ids;
        endInsertRows();
    } else {
        resetTo(ids);
    }
    m_complete = true;
    emit loaded();
}

void LeadTableModel::onRows(quint64 generation, int firstRow, const QList<StoredLead>& rows)
{
    if (generation != m_generation)
        return;
    const int block = firstRow / kBlock;
    if (m_rows.size() + rows.size() > kMaxCachedRows)
        evictFarFrom(block);
    for (const StoredLead& row : rows)
        m_rows.insert(row.id, row);
    m_pendingBlocks.remove(block);
    m_loadedBlocks.insert(block);
    const int last = qMin(int(m_ids.size()) - 1, firstRow + kBlock - 1);
    if (last >= firstRow)
        emit dataChanged(index(firstRow, 0), index(last, ColumnCount - 1));
}

void LeadTableModel::evictFarFrom(int block)
{
    // The blocks farthest from where the view reads go first, down to half the limit: the
    // rows around the visible ones stay, and a view that reads on evicts rarely.
    QList<int> blocks(m_loadedBlocks.cbegin(), m_loadedBlocks.cend());
    std::sort(blocks.begin(), blocks.end(), [block](int a, int b) { return qAbs(a - block) > qAbs(b - block); });
    for (const int far : std::as_const(blocks)) {
        if (m_rows.size() <= kMaxCachedRows / 2)
            break;
        for (const qint64 id : m_ids.mid(qsizetype(far) * kBlock, kBlock))
            m_rows.remove(id);
        m_loadedBlocks.remove(far);
    }
}

void LeadTableModel::refreshLoadedRows()
{
    // Answers to the previous generation are dropped: what they were fetching is asked again.
    m_pendingBlocks.clear();
    for (const int block : std::as_const(m_loadedBlocks)) {
        m_pendingBlocks.insert(block);
        m_reader->requestRows(m_generation, block * kBlock, m_ids.mid(qsizetype(block) * kBlock, kBlock), m_filter.text);
    }
}

bool LeadTableModel::isComplete() const
{
    return m_complete;
}

qint64 LeadTableModel::totalCount() const
{
    return m_ids.size();
}

int LeadTableModel::rowOfLead(qint64 leadId) const
{
    return int(m_ids.indexOf(leadId));
}

QString LeadTableModel::lastError() const
{
    return m_lastError;
}
