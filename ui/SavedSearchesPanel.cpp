#include "SavedSearchesPanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kNameRole = Qt::UserRole;

} // namespace

SavedSearchesPanel::SavedSearchesPanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_menu(new QMenu(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Saved searches</b>"), this);
    title->setBuddy(m_list);
    layout->addWidget(title);
    m_list->setObjectName(QStringLiteral("savedSearchList"));
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setToolTip(tr("Enter or click opens a saved search. F2 renames, Alt+Up and Alt+Down move, Delete removes; "
                          "the context menu has more. Ctrl+S saves the current filter."));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_list);

    auto activate = [this](QListWidgetItem* item) {
        if (item && !item->data(kNameRole).toString().isEmpty())
            emit searchActivated(item->data(kNameRole).toString());
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);

    QAction* open = m_menu->addAction(tr("&Open"), this, [this, activate] { activate(m_list->currentItem()); });
    QAction* rename = m_menu->addAction(tr("&Rename…"), this, &SavedSearchesPanel::renameCurrent);
    rename->setShortcut(Qt::Key_F2);
    QAction* notify = m_menu->addAction(tr("&Notify on new matches"));
    notify->setCheckable(true);
    notify->setObjectName(QStringLiteral("notifyAction"));
    connect(notify, &QAction::triggered, this, [this](bool checked) {
        if (const QString name = currentName(); !name.isEmpty())
            emit notifyChanged(name, checked);
    });
    m_share = m_menu->addAction(tr("S&hare with your team"));
    m_share->setCheckable(true);
    m_share->setObjectName(QStringLiteral("shareAction"));
    m_share->setVisible(false);
    connect(m_share, &QAction::triggered, this, [this](bool checked) {
        if (const QString name = currentName(); !name.isEmpty())
            emit sharedChanged(name, checked);
    });
    m_menu->addSeparator();
    QAction* up = m_menu->addAction(tr("Move &up"), this, [this] { moveCurrent(-1); });
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction* down = m_menu->addAction(tr("Move &down"), this, [this] { moveCurrent(1); });
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Export matches…"), this, [this] {
        if (const QString name = currentName(); !name.isEmpty())
            emit exportRequested(name);
    });
    m_menu->addAction(tr("Deadlines to &calendar (.ics)…"), this, [this] {
        if (const QString name = currentName(); !name.isEmpty())
            emit calendarRequested(name);
    });
    m_menu->addSeparator();
    QAction* remove = m_menu->addAction(tr("&Delete"), this, [this] {
        if (const QString name = currentName(); !name.isEmpty())
            emit removeRequested(name);
    });
    remove->setShortcut(QKeySequence::Delete);
    // The shortcuts work while the list has focus, not across the window.
    for (QAction* action : {open, rename, up, down, remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
    }
    m_ownerActions = { rename, notify, m_share, up, down, remove };
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const Entry* entry = currentEntry();
        for (QAction* action : std::as_const(m_ownerActions))
            action->setEnabled(!entry || entry->sharedBy.isEmpty());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, notify](const QPoint& at) {
        const Entry* entry = currentEntry();
        if (!entry)
            return;
        notify->setChecked(entry->notify);
        m_share->setChecked(entry->shared);
        m_menu->popup(m_list->viewport()->mapToGlobal(at));
    });
}

void SavedSearchesPanel::setSharingOffered(bool offered)
{
    m_share->setVisible(offered);
}

const SavedSearchesPanel::Entry* SavedSearchesPanel::currentEntry() const
{
    const QString name = currentName();
    if (name.isEmpty())
        return nullptr;
    for (const Entry& entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QString SavedSearchesPanel::currentName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(kNameRole).toString() : QString();
}

QString SavedSearchesPanel::label(const Entry& entry) const
{
    const QLocale locale;
    if (entry.count < 0)
        return tr("%1  (…)").arg(entry.name);
    if (entry.newCount > 0)
        return tr("%1  (%2, %3 new)").arg(entry.name, locale.toString(entry.count), locale.toString(entry.newCount));
    return tr("%1  (%2)").arg(entry.name, locale.toString(entry.count));
}

void SavedSearchesPanel::setEntries(const QList<Entry>& entries)
{
    const QString current = currentName();
    m_entries = entries;
    m_list->clear();
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(label(entry), m_list);
        item->setData(kNameRole, entry.name);
        if (entry.newCount > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        item->setToolTip(toolTip(entry));
        if (entry.name == current)
            m_list->setCurrentItem(item);
    }
    if (entries.isEmpty()) {
        auto* hint = new QListWidgetItem(tr("None yet (Ctrl+S)"), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
}

QString SavedSearchesPanel::toolTip(const Entry& entry) const
{
    QStringList lines = { entry.name };
    if (!entry.sharedBy.isEmpty())
        lines.append(tr("Shared by %1 with your team; only %1 can change it.").arg(entry.sharedBy));
    else if (entry.shared)
        lines.append(tr("Your team sees this search too."));
    if (entry.notify)
        lines.append(tr("You are notified when a sync brings new matches."));
    return lines.join(u'\n');
}

void SavedSearchesPanel::moveCurrent(int step)
{
    // The analyst orders their own searches; teammates' follow them, as they come.
    const int row = m_list->currentRow();
    const int target = row + step;
    const auto own = std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return e.sharedBy.isEmpty(); });
    if (currentName().isEmpty() || row >= own || target < 0 || target >= own)
        return;
    m_entries.move(row, target);
    QStringList names;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.sharedBy.isEmpty())
            names.append(entry.name);
    }
    setEntries(m_entries);
    m_list->setCurrentRow(target);
    emit orderChanged(names);
}

void SavedSearchesPanel::renameCurrent()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Rename saved search"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString& newName) {
        if (!newName.trimmed().isEmpty() && newName.trimmed() != name)
            emit renameRequested(name, newName.trimmed());
    });
    dialog->open();
}
