#include "FacetPanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>

#include <functional>
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

QTreeWidgetItem* FacetPanel::group(const QString& dimension, const QString& title)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == dimension)
            return m_tree->topLevelItem(i);
    }
    auto* group = new QTreeWidgetItem(m_tree, {title});
    group->setData(0, Qt::UserRole, dimension);
    group->setExpanded(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    return group;
}

void FacetPanel::setCounts(const QString& dimension, const QString& title, const Counts& counts)
{
    QTreeWidgetItem* group = this->group(dimension, title);
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

void FacetPanel::setIndustryTree(const QString& title, const QList<NaicsCatalogue::Node>& nodes)
{
    const QString dimension = QStringLiteral("naics");
    QTreeWidgetItem* group = this->group(dimension, title);
    QSet<QString> open; // codes whose branch the analyst opened
    std::function<void(QTreeWidgetItem*)> collect = [&](QTreeWidgetItem* item) {
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem* child = item->child(i);
            if (child->isExpanded())
                open.insert(child->data(0, Qt::UserRole + 2).toString());
            collect(child);
        }
    };
    collect(group);
    qDeleteAll(group->takeChildren());
    const QLocale locale;
    std::function<void(QTreeWidgetItem*, const QList<NaicsCatalogue::Node>&)> add
        = [&](QTreeWidgetItem* parent, const QList<NaicsCatalogue::Node>& level) {
              for (const NaicsCatalogue::Node& node : level) {
                  const QString label = node.entry.title.isEmpty() ? node.entry.code
                                                                   : node.entry.code + u' ' + node.entry.title;
                  auto* item = new QTreeWidgetItem(parent, {label, locale.toString(node.count)});
                  item->setData(0, Qt::UserRole, dimension);
                  item->setData(0, Qt::UserRole + 1, node.prefixes.join(u','));
                  item->setData(0, Qt::UserRole + 2, node.entry.code);
                  item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                  item->setToolTip(0, tr("Show only leads in NAICS %1").arg(label));
                  add(item, node.children);
                  item->setExpanded(open.contains(node.entry.code));
              }
          };
    add(group, nodes);
    group->setText(1, QString());
}
