#include "SavedSearchesPanel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QShortcut>
#include <QVBoxLayout>

SavedSearchesPanel::SavedSearchesPanel(QWidget* parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Saved searches</b>"), this);
    title->setBuddy(m_list);
    layout->addWidget(title);
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setToolTip(tr("Enter or click applies a saved search; Delete removes it. Ctrl+S saves the current one."));
    layout->addWidget(m_list);
    auto activate = [this](QListWidgetItem* item) {
        if (item)
            emit searchActivated(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toByteArray());
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
    auto* remove = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem())
            emit removeRequested(item->data(Qt::UserRole).toString());
    });
}

void SavedSearchesPanel::setEntries(const QList<Entry>& entries)
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    const QLocale locale;
    for (const Entry& entry : entries) {
        const QString count = entry.count < 0 ? QStringLiteral("…") : locale.toString(entry.count);
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(entry.name, count), m_list);
        item->setData(Qt::UserRole, entry.name);
        item->setData(Qt::UserRole + 1, entry.filterJson);
        if (entry.name == current)
            m_list->setCurrentItem(item);
    }
    if (entries.isEmpty()) {
        auto* hint = new QListWidgetItem(tr("None yet (Ctrl+S)"), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
}
