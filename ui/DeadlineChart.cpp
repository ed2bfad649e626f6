#include "DeadlineChart.h"

#include "LeadDetails.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace {

// Colours that stay apart from each other on light and dark backgrounds (Tableau 10), fixed
// per source so a source keeps its colour whatever the filter leaves.
QColor sourceColor(const QString& source)
{
    static const QList<QPair<QString, QRgb>> known = {
        { QStringLiteral("sam"), 0x4e79a7 },
        { QStringLiteral("ita-state"), 0xf28e2b },
        { QStringLiteral("ita-canada"), 0xe15759 },
        { QStringLiteral("ita-uk"), 0x76b7b2 },
        { QStringLiteral("ita-fbo"), 0x59a14f },
        { QStringLiteral("ita-australia"), 0xedc948 },
    };
    static const QRgb others[] = { 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac };
    for (const auto& [key, rgb] : known) {
        if (key == source)
            return QColor(rgb);
    }
    return QColor(others[qHash(source) % std::size(others)]);
}

// An axis maximum and tick step in 1, 2, 5 × 10^n with about four steps.
QPair<qreal, qreal> niceRange(qint64 maximum)
{
    if (maximum <= 0)
        return { 4, 1 };
    const qreal raw = qreal(maximum) / 4;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = magnitude;
    for (const qreal factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    step = qMax<qreal>(step, 1);
    return { std::ceil(qreal(maximum) / step) * step, step };
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QString elided(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

DeadlineChart::DeadlineChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Deadline and breakdown charts"));
    layout->addWidget(m_tabs);

    // Deadlines by week.
    auto* deadlinePage = new QWidget(m_tabs);
    auto* deadlineLayout = new QVBoxLayout(deadlinePage);
    deadlineLayout->setContentsMargins(6, 4, 6, 0);
    deadlineLayout->setSpacing(2);
    m_summary = new QLabel(deadlinePage);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setWordWrap(true);
    deadlineLayout->addWidget(m_summary);

    m_deadlineChart = new QChart;
    m_weekAxis = new QCategoryAxis(m_deadlineChart);
    m_weekAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_weekAxis->setGridLineVisible(false);
    m_countAxis = new QValueAxis(m_deadlineChart);
    m_countAxis->setLabelFormat(QStringLiteral("%i"));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    m_countAxis->setTitleText(tr("Leads due"));
    m_eventAxis = new QValueAxis(m_deadlineChart);
    m_eventAxis->setLabelFormat(QStringLiteral("%i"));
    m_eventAxis->setTickType(QValueAxis::TicksDynamic);
    m_eventAxis->setTickAnchor(0);
    m_eventAxis->setGridLineVisible(false);
    m_eventAxis->setTitleText(tr("Trade events"));
    m_deadlineChart->addAxis(m_weekAxis, Qt::AlignBottom);
    m_deadlineChart->addAxis(m_countAxis, Qt::AlignLeft);
    m_deadlineChart->addAxis(m_eventAxis, Qt::AlignRight);
    m_deadlineChart->legend()->setAlignment(Qt::AlignBottom);
    m_deadlineView = new QChartView(m_deadlineChart, deadlinePage);
    m_deadlineView->setRenderHint(QPainter::Antialiasing);
    m_deadlineView->setMinimumHeight(130);
    m_deadlineView->setAccessibleName(tr("Deadlines by week"));
    deadlineLayout->addWidget(m_deadlineView, 1);
    m_tabs->addTab(deadlinePage, tr("&Deadlines"));
    // The plot's width decides how many week labels fit.
    connect(m_deadlineChart, &QChart::plotAreaChanged, this, &DeadlineChart::updateWeekLabels);
    connect(m_deadlineChart, &QChart::plotAreaChanged, this, &DeadlineChart::updateValueTicks);

    // Where the leads are.
    auto* breakdownPage = new QWidget(m_tabs);
    auto* breakdownLayout = new QVBoxLayout(breakdownPage);
    breakdownLayout->setContentsMargins(6, 4, 6, 0);
    breakdownLayout->setSpacing(2);
    auto* choiceRow = new QHBoxLayout;
    auto* choiceLabel = new QLabel(tr("&Top 20 by:"), breakdownPage);
    m_breakdownChoice = new QComboBox(breakdownPage);
    m_breakdownChoice->addItem(tr("Country"));
    m_breakdownChoice->addItem(tr("Industry"));
    m_breakdownChoice->setAccessibleName(tr("Show leads by"));
    choiceLabel->setBuddy(m_breakdownChoice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_breakdownChoice);
    choiceRow->addStretch(1);
    breakdownLayout->addLayout(choiceRow);
    m_breakdownChart = new QChart;
    m_breakdownAxis = new QBarCategoryAxis(m_breakdownChart);
    m_breakdownAxis->setGridLineVisible(false);
    m_breakdownValueAxis = new QValueAxis(m_breakdownChart);
    m_breakdownValueAxis->setLabelFormat(QStringLiteral("%i"));
    m_breakdownValueAxis->setTickType(QValueAxis::TicksDynamic);
    m_breakdownValueAxis->setTickAnchor(0);
    m_breakdownChart->addAxis(m_breakdownAxis, Qt::AlignLeft);
    m_breakdownChart->addAxis(m_breakdownValueAxis, Qt::AlignBottom);
    m_breakdownChart->legend()->hide();
    m_breakdownValueAxis->setVisible(false); // each bar prints its count
    // Twenty rows need more height than a dock has: the chart keeps readable rows and scrolls.
    m_breakdownScroll = new QScrollArea(breakdownPage);
    m_breakdownScroll->setWidgetResizable(true);
    m_breakdownScroll->setFrameShape(QFrame::NoFrame);
    m_breakdownScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_breakdownView = new QChartView(m_breakdownChart);
    m_breakdownView->setRenderHint(QPainter::Antialiasing);
    m_breakdownScroll->setWidget(m_breakdownView);
    m_breakdownView->viewport()->installEventFilter(this); // the wheel scrolls the list, see eventFilter()
    breakdownLayout->addWidget(m_breakdownScroll, 1);
    m_tabs->addTab(breakdownPage, tr("&Countries and industries"));
    connect(m_breakdownChoice, &QComboBox::currentIndexChanged, this,
        [this](int index) { setBreakdown(index == 1 ? Breakdown::Industry : Breakdown::Country); });

    applyStyle();
    setStatistics(LeadStatisticsResult());
}

DeadlineChart::~DeadlineChart() = default;

QStringList DeadlineChart::weekLabels() const
{
    const QLocale locale;
    QStringList labels;
    const DeadlineHistogram& h = m_statistics.deadlines;
    for (int week = 0; week < h.weekCount; ++week) {
        const QDate monday = h.weekStart(week);
        labels.append(tr("W%1 %2", "ISO week number, then the date of its Monday")
                          .arg(monday.weekNumber())
                          .arg(locale.toString(monday, tr("MMM d", "date format of a week's Monday on the chart"))));
    }
    return labels;
}

QDate DeadlineChart::weekStart(int week) const
{
    const DeadlineHistogram& h = m_statistics.deadlines;
    if (week < 0 || week >= h.weekCount)
        return {};
    return h.weekStart(week);
}

QString DeadlineChart::weekToolTip(int week) const
{
    const DeadlineHistogram& h = m_statistics.deadlines;
    if (week < 0 || week >= h.weekCount)
        return {};
    const QLocale locale;
    const QDate monday = h.weekStart(week);
    QString text = QStringLiteral("<b>")
        + tr("Week %1: %2 to %3")
              .arg(monday.weekNumber())
              .arg(locale.toString(monday, tr("d MMM", "date format of a week's first day in a tooltip")),
                  locale.toString(monday.addDays(6), tr("d MMM yyyy", "date format of the chart's range")))
              .toHtmlEscaped()
        + QStringLiteral("</b>");
    for (int i = 0; i < h.sources.size(); ++i) {
        const qint64 count = h.counts[i].value(week);
        if (count > 0)
            text += QStringLiteral("<br>")
                + tr("%1: %2").arg(LeadDetails::sourceName(h.sources[i]), locale.toString(count)).toHtmlEscaped();
    }
    text += QStringLiteral("<br><b>") + tr("Total: %1").arg(locale.toString(h.weekTotal(week))).toHtmlEscaped()
        + QStringLiteral("</b>");
    if (const qint64 events = h.events.value(week); events > 0)
        text += QStringLiteral("<br>") + tr("Trade events: %1").arg(locale.toString(events)).toHtmlEscaped();
    text += QStringLiteral("<br><i>") + tr("Click to show this week's leads").toHtmlEscaped() + QStringLiteral("</i>");
    return text;
}

void DeadlineChart::setBreakdown(Breakdown breakdown)
{
    m_breakdown = breakdown;
    const int index = breakdown == Breakdown::Industry ? 1 : 0;
    if (m_breakdownChoice->currentIndex() != index)
        m_breakdownChoice->setCurrentIndex(index); // comes back here
    rebuildBreakdown();
}

void DeadlineChart::setStatistics(const LeadStatisticsResult& statistics)
{
    m_statistics = statistics;
    rebuildDeadlines();
    rebuildBreakdown();
    // Laid out now rather than at the next turn of the event loop, so that a grab() straight
    // after (a screenshot, a test) shows these statistics and not half of the last ones.
    for (QChart* chart : { m_deadlineChart, m_breakdownChart }) {
        chart->legend()->layout()->activate();
        chart->layout()->activate();
    }
}

void DeadlineChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (!m_deadlineChart)
        return;
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        applyStyle();
        rebuildDeadlines();
        rebuildBreakdown();
    }
}

void DeadlineChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateLegendPlacement();
}

bool DeadlineChart::eventFilter(QObject* watched, QEvent* event)
{
    // A chart view keeps the wheel to itself; over the breakdown it should scroll the rows.
    if (watched == m_breakdownView->viewport() && event->type() == QEvent::Wheel) {
        QCoreApplication::sendEvent(m_breakdownScroll->verticalScrollBar(), event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// The legend goes under the plot when its entries fit in one row, else to its right: Qt
// Charts elides legend labels rather than wrap them.
void DeadlineChart::updateLegendPlacement()
{
    QLegend* legend = m_deadlineChart->legend();
    const QFontMetrics metrics(legend->font());
    int needed = 0;
    for (QLegendMarker* marker : legend->markers()) {
        if (marker->isVisible())
            needed += metrics.horizontalAdvance(marker->label()) + metrics.height() + 3 * metrics.averageCharWidth();
    }
    const Qt::Alignment alignment = needed <= width() - 24 ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != alignment)
        legend->setAlignment(alignment);
}

void DeadlineChart::rebuildDeadlines()
{
    const DeadlineHistogram& h = m_statistics.deadlines;
    const QPalette pal = palette();
    const QColor background = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);

    m_deadlineChart->removeAllSeries();
    m_deadlineSeries = new QStackedBarSeries;
    m_deadlineSeries->setBarWidth(0.75);
    // The filter's own deadline range (a clicked week) shows as a band behind its bars.
    int firstSelected = -1;
    int lastSelected = -1;
    const LeadFilter& filter = m_statistics.filter;
    if (h.weekCount > 0 && (filter.dueFrom.isValid() || filter.dueTo.isValid())) {
        for (int week = 0; week < h.weekCount; ++week) {
            const QDate monday = h.weekStart(week);
            const bool afterFrom = !filter.dueFrom.isValid() || monday.addDays(6) >= filter.dueFrom;
            const bool beforeTo = !filter.dueTo.isValid() || monday <= filter.dueTo;
            if (afterFrom && beforeTo) {
                if (firstSelected < 0)
                    firstSelected = week;
                lastSelected = week;
            }
        }
    }
    qint64 busiest = 0;
    for (int week = 0; week < h.weekCount; ++week)
        busiest = qMax(busiest, h.weekTotal(week));
    const auto [countMax, countStep] = niceRange(busiest);
    m_selectionBand = nullptr;
    if (firstSelected >= 0) {
        auto* upper = new QLineSeries;
        upper->append(firstSelected - 0.5, countMax);
        upper->append(lastSelected + 0.5, countMax);
        m_selectionBand = new QAreaSeries(upper);
        upper->setParent(m_selectionBand);
        m_selectionBand->setName(tr("Weeks in the filter"));
        QColor band = highlight;
        band.setAlphaF(0.22f);
        m_selectionBand->setBrush(band);
        m_selectionBand->setPen(Qt::NoPen);
        m_deadlineChart->addSeries(m_selectionBand); // first, so it lies behind the bars
        m_selectionBand->attachAxis(m_weekAxis);
        m_selectionBand->attachAxis(m_countAxis);
        for (QLegendMarker* marker : m_deadlineChart->legend()->markers(m_selectionBand))
            marker->setVisible(false);
    }
    for (int i = 0; i < h.sources.size(); ++i) {
        auto* set = new QBarSet(LeadDetails::sourceName(h.sources[i]));
        QList<qreal> values;
        values.reserve(h.counts[i].size());
        for (qint64 n : h.counts[i])
            values.append(qreal(n));
        set->append(values);
        const QColor color = sourceColor(h.sources[i]);
        set->setColor(color);
        set->setBorderColor(background);
        connect(set, &QBarSet::hovered, this, [this](bool status, int week) {
            if (status) {
                m_deadlineView->viewport()->setCursor(Qt::PointingHandCursor);
                showToolTip(weekToolTip(week));
            } else {
                m_deadlineView->viewport()->unsetCursor();
                QToolTip::hideText();
            }
        });
        connect(set, &QBarSet::clicked, this, [this](int week) {
            if (const QDate monday = weekStart(week); monday.isValid())
                emit weekClicked(monday);
        });
        m_deadlineSeries->append(set);
    }
    m_deadlineChart->addSeries(m_deadlineSeries);
    m_deadlineSeries->attachAxis(m_weekAxis);
    m_deadlineSeries->attachAxis(m_countAxis);

    m_countStep = countStep;
    m_countAxis->setTickInterval(countStep); // before the range: never a moment with thousands of ticks
    m_countAxis->setRange(0, countMax);

    // Today, as a dashed line across the plot.
    m_todaySeries = new QLineSeries;
    m_todaySeries->setName(tr("Today"));
    if (h.currentWeek >= 0 && m_statistics.today.isValid()) {
        const qreal x = h.currentWeek - 0.5 + (m_statistics.today.dayOfWeek() - 0.5) / 7.0;
        m_todaySeries->append(x, 0);
        m_todaySeries->append(x, countMax);
    }
    QPen todayPen(highlight, 2, Qt::DashLine);
    m_todaySeries->setPen(todayPen);
    m_deadlineChart->addSeries(m_todaySeries);
    m_todaySeries->attachAxis(m_weekAxis);
    m_todaySeries->attachAxis(m_countAxis);
    for (QLegendMarker* marker : m_deadlineChart->legend()->markers(m_todaySeries))
        marker->setVisible(false);

    // Trade events: markers on an axis of their own, only when there are any.
    m_eventSeries = nullptr;
    const qint64 events = h.eventTotal();
    m_eventAxis->setVisible(events > 0);
    if (events > 0) {
        m_eventSeries = new QScatterSeries;
        m_eventSeries->setName(tr("Trade events"));
        m_eventSeries->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_eventSeries->setMarkerSize(13);
        m_eventSeries->setColor(pal.color(QPalette::Text));
        m_eventSeries->setBorderColor(background);
        qint64 most = 0;
        for (int week = 0; week < h.weekCount; ++week) {
            if (const qint64 n = h.events.value(week); n > 0) {
                m_eventSeries->append(week, qreal(n));
                most = qMax(most, n);
            }
        }
        // Headroom: a marker on the plot's top edge would be cut in half.
        const auto [eventMax, eventStep] = niceRange(qint64(std::ceil(most * 1.2)));
        m_eventStep = eventStep;
        m_eventAxis->setTickInterval(eventStep);
        m_eventAxis->setRange(0, eventMax);
        m_deadlineChart->addSeries(m_eventSeries);
        m_eventSeries->attachAxis(m_weekAxis);
        m_eventSeries->attachAxis(m_eventAxis);
        connect(m_eventSeries, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (state)
                showToolTip(weekToolTip(qRound(point.x())));
            else
                QToolTip::hideText();
        });
        connect(m_eventSeries, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            if (const QDate monday = weekStart(qRound(point.x())); monday.isValid())
                emit weekClicked(monday);
        });
    }

    m_labelStep = 0; // labels for the new weeks, however many fit
    updateWeekLabels();
    updateValueTicks();
    styleChart(m_deadlineChart);
    updateLegendPlacement();
    updateSummary();
}

void DeadlineChart::updateWeekLabels()
{
    const DeadlineHistogram& h = m_statistics.deadlines;
    const int weeks = qMax(h.weekCount, 1);
    const QStringList labels = weekLabels();
    const QFontMetrics metrics(m_weekAxis->labelsFont());
    int widest = 0;
    for (const QString& label : labels)
        widest = qMax(widest, metrics.horizontalAdvance(label));
    qreal plotWidth = m_deadlineChart->plotArea().width();
    if (plotWidth <= 0)
        plotWidth = qMax(100, m_deadlineView->width() - 140);
    const qreal slot = plotWidth / weeks;
    int step = 1;
    for (const int candidate : { 1, 2, 4, 8, 13, 26 }) {
        step = candidate;
        if (candidate * slot >= widest + metrics.averageCharWidth() * 2)
            break;
    }
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    const QStringList old = m_weekAxis->categoriesLabels();
    for (const QString& label : old)
        m_weekAxis->remove(label);
    m_weekAxis->setStartValue(-0.5);
    // Labelled from this week on both sides, so this week always has its label.
    const int anchor = qMax(h.currentWeek, 0);
    for (int week = 0; week < labels.size(); ++week) {
        if ((week - anchor) % step == 0)
            m_weekAxis->append(labels[week], week);
    }
    m_weekAxis->setRange(-0.5, weeks - 0.5);
}

// A low plot (the dock at its first size) gets fewer value labels: Qt Charts shows "..." for
// a label with less than its line height of room.
void DeadlineChart::updateValueTicks()
{
    const QFontMetrics metrics(m_countAxis->labelsFont());
    const qreal plotHeight = m_deadlineChart->plotArea().height();
    const int room = plotHeight > 0 ? qMax(1, int(plotHeight / (metrics.height() * 1.6))) : 4;
    auto fit = [room](QValueAxis* axis, qreal step) {
        qreal interval = step;
        while (axis->max() / interval > room)
            interval *= 2;
        if (!qFuzzyCompare(axis->tickInterval(), interval))
            axis->setTickInterval(interval);
    };
    fit(m_countAxis, m_countStep);
    fit(m_eventAxis, m_eventStep);
}

void DeadlineChart::rebuildBreakdown()
{
    const bool byCountry = m_breakdown == Breakdown::Country;
    const LeadStatisticsResult::Counts& counts = byCountry ? m_statistics.byCountry : m_statistics.byIndustry;
    const QPalette pal = palette();
    const QLocale locale;

    m_breakdownChart->removeAllSeries();
    m_breakdownAxis->clear();
    m_breakdownValues.clear();
    m_breakdownSeries = new QHorizontalBarSeries;
    m_breakdownSeries->setBarWidth(0.7);
    auto* set = new QBarSet(tr("Leads"));
    QStringList labels;
    qint64 most = 0;
    // The axis runs bottom up: the largest goes in last, to sit on top.
    for (qsizetype i = counts.size() - 1; i >= 0; --i) {
        const auto& [value, count] = counts[i];
        QString label = elided(byCountry ? LeadDetails::countryName(value) : value, 34);
        while (labels.contains(label)) // category labels must differ
            label += u' ';
        labels.append(label);
        set->append(qreal(count));
        m_breakdownValues.append(value);
        most = qMax(most, count);
    }
    const QColor accent = isDark(pal) ? QColor(0x76a5d8) : QColor(0x4e79a7);
    set->setColor(accent);
    set->setBorderColor(accent);
    set->setLabelColor(pal.color(QPalette::Text));
    m_breakdownSeries->append(set);
    m_breakdownSeries->setLabelsVisible(true);
    m_breakdownSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_breakdownSeries->setLabelsFormat(QStringLiteral("@value"));
    m_breakdownChart->addSeries(m_breakdownSeries);
    m_breakdownAxis->append(labels.isEmpty() ? QStringList { QString() } : labels);
    m_breakdownSeries->attachAxis(m_breakdownAxis);
    m_breakdownSeries->attachAxis(m_breakdownValueAxis);
    // Room at the right for the count printed past the longest bar.
    const auto [maximum, step] = niceRange(qint64(std::ceil(most * 1.12)));
    m_breakdownValueAxis->setTickInterval(step);
    m_breakdownValueAxis->setRange(0, maximum);
    // Qt Charts shows a category label only when its row is a line of text plus the label
    // padding (4 px) above and below; a shorter row shows "...".
    const QFontMetrics metrics(m_breakdownAxis->labelsFont());
    const int rowHeight = metrics.lineSpacing() + 11;
    m_breakdownView->setMinimumHeight(int(labels.size() + 1) * rowHeight + 16);

    const QString dimension = byCountry ? QStringLiteral("country") : QStringLiteral("industry");
    connect(set, &QBarSet::clicked, this, [this, dimension](int index) {
        if (index >= 0 && index < m_breakdownValues.size())
            emit valueActivated(dimension, m_breakdownValues[index]);
    });
    connect(set, &QBarSet::hovered, this, [this, set, byCountry](bool status, int index) {
        if (!status || index < 0 || index >= m_breakdownValues.size()) {
            m_breakdownView->viewport()->unsetCursor();
            QToolTip::hideText();
            return;
        }
        m_breakdownView->viewport()->setCursor(Qt::PointingHandCursor);
        const QString& value = m_breakdownValues[index];
        const QString name = byCountry ? LeadDetails::countryName(value) : value;
        showToolTip(tr("%1: %2 leads").arg(name, QLocale().toString(qint64(set->at(index)))).toHtmlEscaped()
            + QStringLiteral("<br><i>") + tr("Click to show only these leads").toHtmlEscaped()
            + QStringLiteral("</i>"));
    });

    m_breakdownView->setAccessibleName(byCountry ? tr("Leads by country") : tr("Leads by industry"));
    QStringList top;
    for (qsizetype i = 0; i < qMin<qsizetype>(counts.size(), 5); ++i)
        top.append(tr("%1: %2").arg(byCountry ? LeadDetails::countryName(counts[i].first) : counts[i].first,
            locale.toString(counts[i].second)));
    m_breakdownView->setAccessibleDescription(top.isEmpty() ? tr("No leads") : top.join(QStringLiteral("; ")));
    styleChart(m_breakdownChart);
}

void DeadlineChart::updateSummary()
{
    const DeadlineHistogram& h = m_statistics.deadlines;
    const QLocale locale;
    if (h.weekCount <= 0) {
        m_summary->setText(tr("No statistics yet"));
        m_deadlineView->setAccessibleDescription(m_summary->text());
        return;
    }
    const QString dateFormat = tr("d MMM yyyy", "date format of the chart's range");
    const QString from = locale.toString(h.firstWeek, dateFormat);
    const QString to = locale.toString(h.weekStart(h.weekCount - 1).addDays(6), dateFormat);
    QString text = tr("Leads due %1 \u2013 %2: %3").arg(from, to, locale.toString(h.total()));
    if (const qint64 events = h.eventTotal(); events > 0)
        text += QStringLiteral(" \u00B7 ") + tr("Trade events: %1").arg(locale.toString(events));
    int busiest = -1;
    for (int week = 0; week < h.weekCount; ++week) {
        if (h.weekTotal(week) > 0 && (busiest < 0 || h.weekTotal(week) > h.weekTotal(busiest)))
            busiest = week;
    }
    QString description = text;
    if (busiest >= 0) {
        const QString busiestText
            = tr("Busiest week: %1 (%2)").arg(weekLabels().value(busiest), locale.toString(h.weekTotal(busiest)));
        text += QStringLiteral(" \u00B7 ") + busiestText;
        description += QStringLiteral(". ") + busiestText;
    }
    m_summary->setText(text);
    QStringList layers;
    for (int i = 0; i < h.sources.size(); ++i) {
        qint64 sum = 0;
        for (qint64 n : h.counts[i])
            sum += n;
        layers.append(tr("%1: %2").arg(LeadDetails::sourceName(h.sources[i]), locale.toString(sum)));
    }
    if (!layers.isEmpty())
        description += QStringLiteral(". ") + layers.join(QStringLiteral("; "));
    m_deadlineView->setAccessibleDescription(description);
}

void DeadlineChart::applyStyle()
{
    const QPalette pal = palette();
    m_summary->setForegroundRole(QPalette::WindowText);
    for (QChartView* view : { m_deadlineView, m_breakdownView }) {
        view->setBackgroundBrush(pal.color(QPalette::Base));
        view->setFrameShape(QFrame::NoFrame);
    }
    styleChart(m_deadlineChart);
    styleChart(m_breakdownChart);
}

void DeadlineChart::styleChart(QChart* chart)
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor line = text;
    line.setAlphaF(0.5f);
    QColor grid = text;
    grid.setAlphaF(0.14f);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

void DeadlineChart::showToolTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text, m_tabs->currentWidget());
}
