#include "DeadlineChart.h"
#include "LeadStatistics.h"
#include "LeadStore.h"
#include "SampleData.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

namespace {

const QDate kToday(2026, 3, 18); // week 12, Monday 16 March

// A result made by hand: two sources over the 35 weeks from Monday 19 January.
LeadStatisticsResult handMade()
{
    LeadStatisticsResult result;
    result.today = kToday;
    DeadlineHistogram& h = result.deadlines;
    h.firstWeek = QDate(2026, 1, 19);
    h.weekCount = 35;
    h.currentWeek = 8;
    h.sources = { "sam", "ita-uk" };
    h.counts = { QList<qint64>(35, 0), QList<qint64>(35, 0) };
    h.events = QList<qint64>(35, 0);
    h.counts[0][8] = 3;
    h.counts[1][8] = 1;
    h.counts[0][0] = 2;
    h.counts[1][34] = 5;
    h.events[8] = 1;
    h.events[10] = 2;
    result.byCountry = { { "US", 30 }, { "GB", 12 }, { "CA", 4 } };
    result.byIndustry = { { "Energy", 9 }, { "Aerospace and Defense", 7 } };
    return result;
}

QBarSet* setNamed(QStackedBarSeries* series, const QString& label)
{
    for (QBarSet* set : series->barSets()) {
        if (set->label() == label)
            return set;
    }
    return nullptr;
}

// Where a bar's middle is, in the chart view's viewport.
QPoint barCentre(QChartView* view, QAbstractSeries* series, const QPointF& value)
{
    const QPointF inChart = view->chart()->mapToPosition(value, series);
    return view->mapFromScene(view->chart()->mapToScene(inChart));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2b2b));
    p.setColor(QPalette::WindowText, QColor(0xe0e0e0));
    p.setColor(QPalette::Base, QColor(0x1e1e1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a2a2a));
    p.setColor(QPalette::Text, QColor(0xe0e0e0));
    p.setColor(QPalette::Button, QColor(0x353535));
    p.setColor(QPalette::ButtonText, QColor(0xe0e0e0));
    p.setColor(QPalette::Highlight, QColor(0x3d8ee6));
    p.setColor(QPalette::HighlightedText, QColor(0xffffff));
    p.setColor(QPalette::Mid, QColor(0x555555));
    return p;
}

} // namespace

class TestDeadlineChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seriesSetsAndCategories();
    void tooltipNamesTheWeek();
    void clickOnABarAsksForItsWeek();
    void filteredWeekIsSelected();
    void weekLabelsThinOutWhenNarrow();
    void breakdownByCountryAndIndustry();
    void breakdownScrollsWhenTaller();
    void emptyStatistics();
    void accessible();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestDeadlineChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create("Fusion"));
}

void TestDeadlineChart::seriesSetsAndCategories()
{
    DeadlineChart chart;
    chart.setStatistics(handMade());
    QStackedBarSeries* series = chart.deadlineSeries();
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QBarSet* sam = setNamed(series, "SAM.gov");
    QBarSet* uk = setNamed(series, QString::fromUtf8("ITA \u00B7 UK"));
    QVERIFY(sam);
    QVERIFY(uk);
    QCOMPARE(sam->count(), 35);
    QCOMPARE(sam->at(8), 3.0);
    QCOMPARE(sam->at(0), 2.0);
    QCOMPARE(uk->at(8), 1.0);
    QCOMPARE(uk->at(34), 5.0);
    QVERIFY(sam->color() != uk->color());

    const QStringList labels = chart.weekLabels();
    QCOMPARE(labels.size(), 35);
    QCOMPARE(labels[8], "W12 Mar 16");
    QCOMPARE(labels[0], "W4 Jan 19");
    QCOMPARE(labels[34], "W38 Sep 14");
    // The axis labels the current week whatever the step, under its bar.
    QCategoryAxis* axis = chart.weekAxis();
    QVERIFY(axis->categoriesLabels().contains("W12 Mar 16"));
    QCOMPARE(axis->endValue("W12 Mar 16"), 8.0);
    QCOMPARE(axis->min(), -0.5);
    QCOMPARE(axis->max(), 34.5);
    QVERIFY(series->attachedAxes().contains(axis));
    // Room above the busiest week (6).
    auto* counts = qobject_cast<QValueAxis*>(series->attachedAxes().at(1));
    QVERIFY(counts);
    QVERIFY(counts->max() >= 6);

    // Trade events: markers at their weeks, on an axis of their own.
    QScatterSeries* events = chart.eventSeries();
    QVERIFY(events);
    QCOMPARE(events->points(), QList<QPointF>({ QPointF(8, 1), QPointF(10, 2) }));
    QVERIFY(!events->attachedAxes().contains(counts));

    // New statistics replace the old series.
    LeadStatisticsResult fewer = handMade();
    fewer.deadlines.sources = { "ita-uk" };
    fewer.deadlines.counts.removeFirst();
    fewer.deadlines.events = QList<qint64>(35, 0);
    chart.setStatistics(fewer);
    QCOMPARE(chart.deadlineSeries()->count(), 1);
    QVERIFY(!chart.eventSeries());
}

void TestDeadlineChart::tooltipNamesTheWeek()
{
    DeadlineChart chart;
    chart.setStatistics(handMade());
    const QString tip = chart.weekToolTip(8);
    QVERIFY2(tip.contains("Week 12"), qPrintable(tip));
    QVERIFY2(tip.contains("SAM.gov: 3"), qPrintable(tip));
    QVERIFY2(tip.contains("UK: 1"), qPrintable(tip));
    QVERIFY2(tip.contains("Total: 4"), qPrintable(tip));
    QVERIFY2(tip.contains("Trade events: 1"), qPrintable(tip));
    QVERIFY(!chart.weekToolTip(0).contains("UK"));
    QVERIFY(chart.weekToolTip(35).isEmpty());
    // Hovering shows it (QToolTip itself is not checked: it needs a real pointer).
    emit chart.deadlineSeries()->barSets().first()->hovered(true, 8);
    emit chart.deadlineSeries()->barSets().first()->hovered(false, 8);
}

void TestDeadlineChart::clickOnABarAsksForItsWeek()
{
    DeadlineChart chart;
    chart.resize(1280, 450);
    chart.setStatistics(handMade());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy clicked(&chart, &DeadlineChart::weekClicked);

    // The signal the bar sends.
    emit setNamed(chart.deadlineSeries(), "SAM.gov")->clicked(8);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toDate(), QDate(2026, 3, 16));

    // A real click on the last week's bar (ITA UK, 5 leads).
    QTest::qWait(50);
    const QPoint point = barCentre(chart.deadlineView(), chart.deadlineSeries(), QPointF(34, 2.5));
    QTest::mouseClick(chart.deadlineView()->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toDate(), QDate(2026, 9, 14));

    // And on an event marker.
    QVERIFY(chart.eventSeries());
    emit chart.eventSeries()->clicked(QPointF(10, 2));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toDate(), QDate(2026, 3, 30));
}

void TestDeadlineChart::filteredWeekIsSelected()
{
    LeadStatisticsResult result = handMade();
    result.filter.dueFrom = QDate(2026, 3, 16);
    result.filter.dueTo = QDate(2026, 3, 22);
    DeadlineChart chart;
    chart.setStatistics(result);
    // A band behind the week the table shows, from edge to edge of its bar slot.
    QAreaSeries* band = chart.selectionBand();
    QVERIFY(band);
    const QList<QPointF> points = band->upperSeries()->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.first().x(), 7.5);
    QCOMPARE(points.last().x(), 8.5);
    QVERIFY(points.first().y() >= 6);
    QVERIFY(!chart.deadlineView()->chart()->legend()->markers(band).first()->isVisible());

    // A range across two weeks, one end outside the chart.
    result.filter.dueFrom = QDate(2026, 9, 10);
    result.filter.dueTo = QDate(2026, 12, 31);
    chart.setStatistics(result);
    QVERIFY(chart.selectionBand());
    QCOMPARE(chart.selectionBand()->upperSeries()->points().first().x(), 32.5);
    QCOMPARE(chart.selectionBand()->upperSeries()->points().last().x(), 34.5);

    chart.setStatistics(handMade());
    QVERIFY(!chart.selectionBand());
}

void TestDeadlineChart::weekLabelsThinOutWhenNarrow()
{
    DeadlineChart chart;
    chart.setStatistics(handMade());
    chart.resize(1280, 450);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.deadlineView()->chart()->plotArea().width() > 900);
    const int wide = chart.weekLabelStep();
    chart.resize(520, 450);
    QTRY_VERIFY(chart.deadlineView()->chart()->plotArea().width() < 500);
    QTRY_VERIFY(chart.weekLabelStep() > wide);
    // No two labels closer than the widest of them.
    const QFontMetrics metrics(chart.weekAxis()->labelsFont());
    int widest = 0;
    for (const QString& label : chart.weekLabels())
        widest = qMax(widest, metrics.horizontalAdvance(label));
    const qreal slot = chart.deadlineView()->chart()->plotArea().width() / 35;
    QVERIFY2(chart.weekLabelStep() * slot >= widest, qPrintable(QString::number(chart.weekLabelStep())));
    QVERIFY(chart.weekAxis()->categoriesLabels().contains("W12 Mar 16"));
}

void TestDeadlineChart::breakdownByCountryAndIndustry()
{
    DeadlineChart chart;
    chart.setStatistics(handMade());
    QCOMPARE(chart.breakdown(), DeadlineChart::Breakdown::Country);
    QHorizontalBarSeries* series = chart.breakdownSeries();
    QCOMPARE(series->count(), 1);
    QBarSet* set = series->barSets().first();
    // Bottom up: the largest sits on top.
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->at(2), 30.0);
    QCOMPARE(set->at(0), 4.0);
    const QStringList categories = chart.breakdownAxis()->categories();
    QCOMPARE(categories.size(), 3);
    QVERIFY2(categories.last().contains("United States"), qPrintable(categories.join(',')));

    QSignalSpy activated(&chart, &DeadlineChart::valueActivated);
    emit set->clicked(2);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), "country");
    QCOMPARE(activated.at(0).at(1).toString(), "US");

    // The combo box switches to industries.
    auto* choice = chart.findChild<QComboBox*>();
    QVERIFY(choice);
    choice->setCurrentIndex(1);
    QCOMPARE(chart.breakdown(), DeadlineChart::Breakdown::Industry);
    QCOMPARE(chart.breakdownAxis()->categories(), QStringList({ "Aerospace and Defense", "Energy" }));
    activated.clear();
    emit chart.breakdownSeries()->barSets().first()->clicked(1);
    QCOMPARE(activated.at(0).at(0).toString(), "industry");
    QCOMPARE(activated.at(0).at(1).toString(), "Energy");
    chart.setBreakdown(DeadlineChart::Breakdown::Country);
    QCOMPARE(choice->currentIndex(), 0);
}

void TestDeadlineChart::breakdownScrollsWhenTaller()
{
    LeadStatisticsResult result = handMade();
    result.byCountry.clear();
    const QStringList codes = { "US", "CA", "GB", "AU", "DE", "FR", "JP", "KR", "MX", "BR", "IN", "ZA", "EG", "KE",
        "NG", "PL", "ES", "IT", "NL", "SE" };
    for (int i = 0; i < codes.size(); ++i)
        result.byCountry.append({ codes[i], 100 - i });
    DeadlineChart chart;
    chart.resize(640, 300);
    chart.setStatistics(result);
    chart.tabs()->setCurrentIndex(1);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.breakdownAxis()->count(), 20);
    // Every row keeps a line of text: the view is taller than the dock and scrolls.
    auto* scroll = chart.findChild<QScrollArea*>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    const QPoint centre = chart.breakdownView()->viewport()->rect().center();
    QWheelEvent wheel(centre, chart.breakdownView()->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.breakdownView()->viewport(), &wheel);
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
}

void TestDeadlineChart::emptyStatistics()
{
    DeadlineChart chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.deadlineSeries()->count(), 0);
    QVERIFY(chart.weekLabels().isEmpty());
    QVERIFY(!chart.weekStart(0).isValid());
    LeadStatisticsResult nothing = handMade();
    nothing.deadlines.counts = {};
    nothing.deadlines.sources = {};
    nothing.deadlines.events = QList<qint64>(35, 0);
    nothing.byCountry = {};
    nothing.byIndustry = {};
    chart.setStatistics(nothing);
    QCOMPARE(chart.deadlineSeries()->count(), 0);
    QCOMPARE(chart.weekLabels().size(), 35);
    QVERIFY(chart.findChild<QLabel*>("deadlineSummary")->text().contains(": 0"));
    QVERIFY(!chart.grab().isNull());
}

void TestDeadlineChart::accessible()
{
    DeadlineChart chart;
    chart.setStatistics(handMade());
    QCOMPARE(chart.deadlineView()->accessibleName(), "Deadlines by week");
    const QString description = chart.deadlineView()->accessibleDescription();
    QVERIFY2(description.contains("2026: 11"), qPrintable(description));
    QVERIFY2(description.contains("Busiest week: W38 Sep 14 (5)"), qPrintable(description));
    QVERIFY2(description.contains("SAM.gov: 5"), qPrintable(description));
    QCOMPARE(chart.breakdownView()->accessibleName(), "Leads by country");
    QVERIFY(chart.breakdownView()->accessibleDescription().contains("United States"));
}

void TestDeadlineChart::screenshot()
{
    // The sample data set, plus trade events (the sample has none), in a dock-sized widget.
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath("cache.sqlite"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    auto loaded = SampleData::load(*m_store, kToday);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QList<Lead> events;
    for (int i = 0; i < 24; ++i) {
        Lead event;
        event.source = "ita-events";
        event.sourceId = QString::number(i);
        event.title = QStringLiteral("Trade mission %1").arg(i);
        event.deadlineAt = kToday.addDays((i * 37) % 150 - 20).toString(Qt::ISODate);
        event.country = "DE";
        event.raw = QByteArray::number(i);
        events.append(event);
    }
    QVERIFY(m_store->upsert(events).ok());
    LeadFilter filter;
    filter.dueFrom = QDate(2026, 3, 30);
    filter.dueTo = QDate(2026, 4, 5);
    auto result = LeadStatistics::compute(*m_store, filter, kToday);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QVERIFY(result->deadlines.total() > 1000);
    QVERIFY(result->deadlines.eventTotal() > 0);

    auto shoot = [&](DeadlineChart& chart, const QSize& size, const QString& name, int tab) {
        chart.resize(size);
        chart.tabs()->setCurrentIndex(tab);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::qWait(50);
        const QString path = QDir::current().filePath(name);
        QVERIFY(chart.grab().save(path));
        qInfo("Screenshot: %s", qPrintable(path));
    };
    DeadlineChart chart;
    chart.setStatistics(*result);
    shoot(chart, QSize(1280, 450), "deadlinechart.png", 0);
    shoot(chart, QSize(620, 450), "deadlinechart-narrow.png", 0);
    shoot(chart, QSize(1280, 205), "deadlinechart-short.png", 0); // the window's dock at its first size
    // Without the week, for twenty countries and industries.
    auto everything = LeadStatistics::compute(*m_store, LeadFilter(), kToday);
    QVERIFY(everything.ok());
    QCOMPARE(everything->byCountry.size(), qsizetype(LeadStatisticsResult::kTopLimit));
    chart.setStatistics(*everything);
    shoot(chart, QSize(640, 450), "deadlinechart-countries.png", 1);
    chart.setBreakdown(DeadlineChart::Breakdown::Industry);
    shoot(chart, QSize(640, 450), "deadlinechart-industries.png", 1);

    // As in the window: shown empty first, statistics later.
    DeadlineChart late;
    late.resize(1280, 270);
    late.show();
    QVERIFY(QTest::qWaitForWindowExposed(&late));
    QTest::qWait(20);
    late.setStatistics(*everything);
    QVERIFY(late.grab().save(QDir::current().filePath("deadlinechart-late.png"))); // no event loop in between

    DeadlineChart dark;
    dark.setPalette(darkPalette());
    dark.setStatistics(*everything);
    QCOMPARE(dark.deadlineView()->chart()->backgroundBrush().color(), QColor(0x1e1e1e));
    shoot(dark, QSize(1280, 450), "deadlinechart-dark.png", 0);
    shoot(dark, QSize(640, 450), "deadlinechart-dark-countries.png", 1);
}

QTEST_MAIN(TestDeadlineChart)
#include "tst_deadlinechart.moc"
