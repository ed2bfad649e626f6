#pragma once

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

    // `dimension` is "source", "country", "set_aside" or "notice_type".
    void setCounts(const QString& dimension, const QString& title, const Counts& counts);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void valueActivated(const QString& dimension, const QString& value);

private:
    QTreeWidget* m_tree;
};
