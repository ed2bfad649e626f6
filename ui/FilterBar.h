#pragma once

#include "LeadFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;
class QWidget;

// Keyword search as you type (debounced), the other filters behind a toggle, and every
// active filter as a removable chip. It edits a LeadFilter and says when it changed.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    LeadFilter filter() const;
    void setFilter(const LeadFilter& filter); // no filterChanged
    QLineEdit* searchField() const { return m_search; }
    void focusSearch();

    // Narrows by one more value of a dimension ("source", "country", "set_aside", "notice_type").
    void addValue(const QString& dimension, const QString& value);
    void setDueWeek(const QDate& weekStart);

signals:
    void filterChanged(const LeadFilter& filter);

private:
    void readEditors();
    void writeEditors();
    void rebuildChips();
    void changed();

    LeadFilter m_filter;
    bool m_updating = false;
    QLineEdit* m_search;
    QTimer* m_delay;
    QToolButton* m_more;
    QWidget* m_panel;
    QLineEdit* m_sources;
    QLineEdit* m_countries;
    QLineEdit* m_industries;
    QLineEdit* m_naics;
    QLineEdit* m_setAsides;
    QLineEdit* m_types;
    QLineEdit* m_statuses;
    QLineEdit* m_tags;
    QCheckBox* m_postedFromOn;
    QDateEdit* m_postedFrom;
    QCheckBox* m_postedToOn;
    QDateEdit* m_postedTo;
    QCheckBox* m_dueFromOn;
    QDateEdit* m_dueFrom;
    QCheckBox* m_dueToOn;
    QDateEdit* m_dueTo;
    QCheckBox* m_open;
    QCheckBox* m_dueWithinOn;
    QSpinBox* m_dueWithin;
    QCheckBox* m_starred;
    QWidget* m_chips;
    QHBoxLayout* m_chipLayout;
};
