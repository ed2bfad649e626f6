#include "FacetPanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

FacetPanel::FacetPanel(QWidget* parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Narrow by"), tr("Leads", "header of the facets' count column: keep it short")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Facets"));
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            emit valueActivated(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            emit valueActivated(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });
}

void FacetPanel::setCounts(const QString& dimension, const QString& title, const Counts& counts)
{
    QTreeWidgetItem* group = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == dimension)
            group = m_tree->topLevelItem(i);
    }
    if (!group) {
        group = new QTreeWidgetItem(m_tree, {title});
        group->setData(0, Qt::UserRole, dimension);
        group->setExpanded(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
    }
    qDeleteAll(group->takeChildren());
    const QLocale locale;
    for (const auto& [value, count] : counts) {
        auto* item = new QTreeWidgetItem(group, {value.isEmpty() ? tr("(none)") : value, locale.toString(count)});
        item->setData(0, Qt::UserRole, dimension);
        item->setData(0, Qt::UserRole + 1, value);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("Show only leads where %1 is %2").arg(title, value));
    }
    group->setText(1, QString());
}
