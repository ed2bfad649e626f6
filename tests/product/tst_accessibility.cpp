#include "DeadlineChart.h"
#include "DetailPane.h"
#include "FacetPanel.h"
#include "FilterBar.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "SavedSearchesPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Keyboard and assistive technology: Tab reaches every control in reading order and never
// gets stuck, everything focusable has a name, the chart describes itself, the table's marks
// are text, and no text is squeezed below its size in the longer French and Spanish.
class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabReachesEveryControlInReadingOrder();
    void everyFocusableControlHasAName();
    void chartHasANameAndADescription();
    void rowMarksReadWithoutColour();
    void noTextIsSqueezed_data();
    void noTextIsSqueezed();

private:
    static QList<QWidget*> tabStops(QWidget* window);
    static QString accessibleName(QWidget* widget);
    static int regionOf(MainWindow& window, QWidget* widget);
    void showWindowWithALead();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName("TradeLeadsTest");
    QCoreApplication::setApplicationName("tst_accessibility");
}

void TestAccessibility::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath("cache.sqlite"));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    QVERIFY(SampleData::load(*m_store, QDate(2026, 11, 23)).ok());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

// What Tab should reach: visible, enabled widgets that take focus by Tab.
QList<QWidget*> TestAccessibility::tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isVisibleTo(window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy() && widget->window() == window)
            stops.append(widget);
    }
    return stops;
}

QString TestAccessibility::accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// 0 left panels, 1 filters and table, 2 the lead's details, 3 the chart, 4 the status bar.
int TestAccessibility::regionOf(MainWindow& window, QWidget* widget)
{
    if (window.savedSearches()->isAncestorOf(widget) || window.facets()->isAncestorOf(widget))
        return 0;
    if (window.filterBar()->isAncestorOf(widget) || widget == window.leadTable()
        || widget->objectName() == QLatin1String("sampleBanner"))
        return 1;
    if (window.detailPane()->isAncestorOf(widget))
        return 2;
    if (window.deadlineChart()->isAncestorOf(widget))
        return 3;
    return 4;
}

// The window at 1280x800 with its first lead selected, so that the detail pane shows its controls.
void TestAccessibility::showWindowWithALead()
{
    m_window = std::make_unique<MainWindow>(m_store->path());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->leadModel()->isComplete() && m_window->leadModel()->totalCount() > 0, 20000);
    const QModelIndex first = m_window->leadModel()->index(0, LeadTableModel::Title);
    QTRY_VERIFY_WITH_TIMEOUT(first.data(LeadTableModel::LoadedRole).toBool(), 20000);
    m_window->leadTable()->setCurrentIndex(first);
    QTRY_VERIFY(!m_window->detailPane()->source().isEmpty());
}

void TestAccessibility::tabReachesEveryControlInReadingOrder()
{
    showWindowWithALead();
    if (QTest::currentTestFailed())
        return;

    if (qEnvironmentVariableIsSet("TRADELEADS_TRACE_TAB")) {
        QWidget* widget = m_window.get();
        do {
            widget = widget->nextInFocusChain();
            if (widget->focusPolicy() & Qt::TabFocus)
                qInfo("chain: %s %s \"%s\" %s", widget->metaObject()->className(), qPrintable(widget->objectName()),
                    qPrintable(accessibleName(widget)), widget->isVisibleTo(m_window.get()) ? "" : "(hidden)");
        } while (widget != m_window.get());
    }
    const QList<QWidget*> expected = tabStops(m_window.get());
    QVERIFY(expected.size() > 15);
    QWidget* first = m_window->savedSearches()->findChild<QAbstractItemView*>();
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    QList<QWidget*> visited { first };
    for (int press = 0; press < expected.size() * 4; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == first)
            break;
        if (qEnvironmentVariableIsSet("TRADELEADS_TRACE_TAB"))
            qInfo("tab: %s %s \"%s\"", now->metaObject()->className(), qPrintable(now->objectName()),
                qPrintable(accessibleName(now)));
        if (now == visited.last())
            continue; // Tab going from link to link inside a label or a text browser
        QVERIFY2(!visited.contains(now),
            qPrintable(
                "Tab came back to " + now->objectName() + " " + now->metaObject()->className() + " before the end"));
        visited.append(now);
    }
    if (qEnvironmentVariableIsSet("TRADELEADS_TRACE_TAB")) {
        for (QWidget* widget : std::as_const(visited))
            qInfo("%s %s \"%s\"", widget->metaObject()->className(), qPrintable(widget->objectName()),
                qPrintable(accessibleName(widget)));
    }
    QCOMPARE(QApplication::focusWidget(), first); // the cycle closed: no control keeps Tab
    for (QWidget* widget : expected) {
        QVERIFY2(visited.contains(widget),
            qPrintable(
                QString("Tab never reaches %1 \"%2\"").arg(widget->metaObject()->className(), accessibleName(widget))));
    }
    // Reading order: the regions come one after the other, never back.
    int region = 0;
    for (QWidget* widget : std::as_const(visited)) {
        const int next = regionOf(*m_window, widget);
        QVERIFY2(next >= region,
            qPrintable(QString("%1 \"%2\" comes after region %3")
                           .arg(widget->metaObject()->className(), accessibleName(widget))
                           .arg(region)));
        region = next;
    }
    // Shift+Tab walks back (through the last widget's links first, if it has any).
    for (int press = 0; press < 10 && QApplication::focusWidget() == first; ++press)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), visited.last());
}

void TestAccessibility::everyFocusableControlHasAName()
{
    showWindowWithALead();
    if (QTest::currentTestFailed())
        return;
    QStringList unnamed;
    for (QWidget* widget : tabStops(m_window.get())) {
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed.append(QString("%1 %2").arg(widget->metaObject()->className(), widget->objectName()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
    // Buttons that show only a symbol say what they do.
    for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
        const QString text = button->text().remove(u'&').trimmed();
        const bool symbolOnly
            = !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
        const bool iconOnly = text.isEmpty() && !button->icon().isNull();
        if ((symbolOnly || iconOnly) && button->isVisibleTo(m_window.get()))
            QVERIFY2(!accessibleName(button).isEmpty(), qPrintable(text + " " + button->objectName()));
    }
}

void TestAccessibility::chartHasANameAndADescription()
{
    m_window = std::make_unique<MainWindow>(m_store->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DeadlineChart* chart = m_window->deadlineChart();
    QTRY_VERIFY_WITH_TIMEOUT(chart->statistics().deadlines.weekCount > 0, 20000);
    QCOMPARE(chart->deadlineView()->accessibleName(), QString("Deadlines by week"));
    QVERIFY2(chart->deadlineView()->accessibleDescription().contains("Busiest week"),
        qPrintable(chart->deadlineView()->accessibleDescription()));
    QVERIFY(!chart->breakdownView()->accessibleName().isEmpty());
    QVERIFY(!chart->breakdownView()->accessibleDescription().isEmpty());
    QVERIFY(!chart->tabs()->accessibleName().isEmpty());
}

void TestAccessibility::rowMarksReadWithoutColour()
{
    LeadTableModel model(m_store->path());
    model.setToday(QDate(2026, 11, 23));
    model.setLastViewedAt("2000-01-01T00:00:00Z"); // every lead is new since then
    LeadFilter open;
    open.openOnly = true;
    open.sortColumn = "deadline_at";
    model.setFilter(open);
    QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() > 0, 20000);
    const QModelIndex first = model.index(0, LeadTableModel::Deadline);
    QTRY_VERIFY(first.data(LeadTableModel::LoadedRole).toBool());
    int dueSoon = 0;
    for (int row = 0; row < qMin(model.rowCount(), 40); ++row) {
        const QModelIndex deadline = model.index(row, LeadTableModel::Deadline);
        QTRY_VERIFY(deadline.data(LeadTableModel::LoadedRole).toBool());
        const int marks = deadline.data(LeadTableModel::MarksRole).toInt();
        if (marks & LeadTableModel::DueSoon) {
            QVERIFY(deadline.data().toString().startsWith("! "));
            ++dueSoon;
        }
        if (marks & LeadTableModel::New)
            QVERIFY(model.index(row, LeadTableModel::Title).data().toString().startsWith("NEW "));
    }
    QVERIFY(dueSoon > 0);
}

void TestAccessibility::noTextIsSqueezed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("French") << "fr";
    QTest::newRow("Spanish") << "es";
}

void TestAccessibility::noTextIsSqueezed()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QString(":/i18n/tradeleads_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    showWindowWithALead();
    if (QTest::currentTestFailed())
        return;
    QCoreApplication::processEvents();

    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
        qPrintable(QString("the window needs %1x%2").arg(minimum.width()).arg(minimum.height())));
    QStringList squeezed;
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(m_window.get()) || widget->width() <= 0)
            continue;
        auto* label = qobject_cast<QLabel*>(widget);
        auto* button = qobject_cast<QAbstractButton*>(widget);
        if ((label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull()) || button) {
            const QString text = label ? label->text() : button->text();
            if (text.isEmpty())
                continue;
            if (widget->width() < widget->minimumSizeHint().width())
                squeezed.append(
                    QString("\"%1\" (%2 < %3)").arg(text).arg(widget->width()).arg(widget->minimumSizeHint().width()));
        }
    }
    QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(", ")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
