#pragma once

#include "LeadStatistics.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

class QAreaSeries;
class QBarSet;
class QChart;
class QChartView;
class QCategoryAxis;
class QComboBox;
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QScrollArea;
class QStackedBarSeries;
class QTabWidget;
class QValueAxis;

// Leads due per week, stacked by source, with trade events as markers on an axis of their
// own; a click on a week's bar asks for that week. A second tab shows where the leads are:
// the top countries or industries as horizontal bars. Data comes from LeadStatistics.
class DeadlineChart final : public QWidget
{
    Q_OBJECT
public:
    enum class Breakdown { Country, Industry };

    explicit DeadlineChart(QWidget* parent = nullptr);
    ~DeadlineChart() override;

    const LeadStatisticsResult& statistics() const { return m_statistics; }
    QStringList weekLabels() const; // "W12 Mar 16", one per week of the histogram
    QDate weekStart(int week) const;
    QString weekToolTip(int week) const; // rich text: the week, counts per source, total, events
    Breakdown breakdown() const { return m_breakdown; }
    void setBreakdown(Breakdown breakdown);

    // For tests and for a window that wants to reach in: rebuilt by every setStatistics().
    QTabWidget* tabs() const { return m_tabs; }
    QChartView* deadlineView() const { return m_deadlineView; }
    QChartView* breakdownView() const { return m_breakdownView; }
    QStackedBarSeries* deadlineSeries() const { return m_deadlineSeries; }
    QScatterSeries* eventSeries() const { return m_eventSeries; }
    QCategoryAxis* weekAxis() const { return m_weekAxis; }
    QAreaSeries* selectionBand() const { return m_selectionBand; } // the filter's own weeks; may be null
    int weekLabelStep() const { return m_labelStep; } // 1: every week labelled, 2: every 2nd...
    QHorizontalBarSeries* breakdownSeries() const { return m_breakdownSeries; }
    QBarCategoryAxis* breakdownAxis() const { return m_breakdownAxis; }

public slots:
    void setStatistics(const LeadStatisticsResult& statistics);

signals:
    void weekClicked(const QDate& weekStart);
    // A bar of the breakdown: `dimension` is "country" (value an ISO code) or "industry".
    void valueActivated(const QString& dimension, const QString& value);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildDeadlines();
    void rebuildBreakdown();
    void updateWeekLabels();
    void updateLegendPlacement();
    void updateValueTicks();
    void applyStyle();
    void styleChart(QChart* chart);
    void showToolTip(const QString& text);
    void updateSummary();

    LeadStatisticsResult m_statistics;
    Breakdown m_breakdown = Breakdown::Country;
    int m_labelStep = 1;
    qreal m_countStep = 1; // tick steps that suit the data; fewer ticks when the plot is low
    qreal m_eventStep = 1;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_deadlineView = nullptr;
    QChart* m_deadlineChart = nullptr;
    QCategoryAxis* m_weekAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QValueAxis* m_eventAxis = nullptr;
    QStackedBarSeries* m_deadlineSeries = nullptr;
    QScatterSeries* m_eventSeries = nullptr;
    QLineSeries* m_todaySeries = nullptr;
    QAreaSeries* m_selectionBand = nullptr;

    QComboBox* m_breakdownChoice = nullptr;
    QScrollArea* m_breakdownScroll = nullptr;
    QChartView* m_breakdownView = nullptr;
    QChart* m_breakdownChart = nullptr;
    QBarCategoryAxis* m_breakdownAxis = nullptr;
    QValueAxis* m_breakdownValueAxis = nullptr;
    QHorizontalBarSeries* m_breakdownSeries = nullptr;
    QStringList m_breakdownValues; // per bar, bottom to top: what valueActivated names
};
