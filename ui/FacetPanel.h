#pragma once

#include "NaicsCatalogue.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

// Counts per source, country, set-aside and notice type for the current filter; a click
// (or Enter) on a value narrows the filter to it.
class FacetPanel final : public QWidget
{
    Q_OBJECT
public:
    using Counts = QList<QPair<QString, qint64>>;

    explicit FacetPanel(QWidget* parent = nullptr);

    // `dimension` is "source", "country", "set_aside" or "notice_type" ("naics" for the tree,
    // its value the prefixes joined by commas).
    void setCounts(const QString& dimension, const QString& title, const Counts& counts);
    // The industries as a tree (sector, subsector, ...): a click on any level narrows the
    // filter to its NAICS prefix. Branches the analyst opened stay open across updates.
    void setIndustryTree(const QString& title, const QList<NaicsCatalogue::Node>& nodes);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void valueActivated(const QString& dimension, const QString& value);

private:
    QTreeWidgetItem* group(const QString& dimension, const QString& title);

    QTreeWidget* m_tree;
};
