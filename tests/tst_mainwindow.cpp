#include "Clock.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "DeadlineChart.h"
#include "DetailPane.h"
#include "Dialogs.h"
#include "FacetPanel.h"
#include "LeadDetailHtml.h"
#include "NaicsCatalogue.h"
#include "FilterBar.h"
#include "LeadGenerator.h"
#include "LeadImporter.h"
#include "MainWindow.h"
#include "SavedSearchesPanel.h"
#include "SettingsDialog.h"
#include <QListWidget>
#include "SampleData.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QToolBar>
#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QComboBox>
#include <QLineEdit>
#include "SourceSettings.h"
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolButton>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sampleDataFillsTheTable();
    void typingAKeywordNarrowsTheTable();
    void sortingHappensInSql();
    void modelPassesTester();
    void facetClickNarrowsTheTable();
    void industryTreeNarrowsToANaicsPrefix();
    void similarLeadsShowAndOpenInThePane();
    void selectingARowFillsTheDetailPane();
    void rowChosenBeforeItsDataShowsWhenRead();
    void chartWeekClickFiltersToThatWeek();
    void notesSurviveRestartAndReimport();
    void filterIsRememberedAcrossRestarts();
    void settingsKeepSourcesAndQuota();
    void savedSearchShowsItsCountAndApplies();
    void valueRangeOfASavedSearchShowsAsChips();
    void exportWritesTheVisibleColumns();
    void todayMovesAtMidnight();
    void fileImportRunsThroughTheMenu();
    void largeImportSaysWhenItIndexes();
    void exportOfSelectedRowsThroughTheMenu();
    void familyToggleShowsOneRowPerFamily();
    void familyGroupingFollowsAppliedFilters();
    void noticesColumnDoesNotSort();
    void headerSavedBeforeTheNoticesColumnRestores();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear(); // each test starts as a first start: open leads, soonest first
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    auto loaded = SampleData::load(*m_store, QDate(2026, 11, 23));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->errorCount, 0);
    QVERIFY(loaded->inserted >= 1800);
}

void TestMainWindow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

namespace {

// Waits for the model's whole result and the rows of the first screen.
bool settle(LeadTableModel* model)
{
    if (!QTest::qWaitFor([model] { return model->isComplete(); }, 10000))
        return false;
    return QTest::qWaitFor([model] {
        return model->rowCount() == 0 || model->index(0, 0).data(LeadTableModel::LoadedRole).toBool();
    }, 10000);
}

} // namespace

void TestMainWindow::sampleDataFillsTheTable()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(settle(window.leadModel()));
    // A first start shows the open leads; the sample holds past ones too.
    QVERIFY(window.leadModel()->filter().openOnly);
    QVERIFY(window.leadModel()->rowCount() >= 1000);
    QVERIFY(m_store->count(LeadFilter(), QDate(2026, 11, 23)).value() >= 1800);
    QVERIFY(!window.leadModel()->index(0, LeadTableModel::Title).data().toString().isEmpty());
    auto stats = m_store->stats(QDate(2026, 11, 23));
    QVERIFY(stats->sampleData);
    QStringList sources;
    for (const auto& [source, count] : stats->bySource)
        sources.append(source);
    for (const char* expected : {"sam", "ita-state", "ita-canada", "ita-uk", "ita-fbo"})
        QVERIFY2(sources.contains(QLatin1String(expected)), expected);
    // The sample's deadlines run from 60 days before the day it is loaded to 120 days after.
    LeadFilter filter;
    filter.sortColumn = QStringLiteral("deadline_at");
    auto earliest = m_store->search(filter, 1, QDate(2026, 11, 23));
    filter.descending = true;
    auto latest = m_store->search(filter, 1, QDate(2026, 11, 23));
    const QDate first = QDate::fromString(earliest->first().lead.deadlineAt.left(10), Qt::ISODate);
    const QDate last = QDate::fromString(latest->first().lead.deadlineAt.left(10), Qt::ISODate);
    QVERIFY2(first >= QDate(2026, 9, 20) && first <= QDate(2026, 10, 1), qPrintable(first.toString()));
    QVERIFY2(last >= QDate(2027, 3, 15) && last <= QDate(2027, 3, 26), qPrintable(last.toString()));
}

void TestMainWindow::typingAKeywordNarrowsTheTable()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const int all = window.leadModel()->rowCount();
    const QString word = window.leadModel()->index(0, LeadTableModel::Title).data().toString().section(u' ', 0, 0);
    QVERIFY(!word.isEmpty());
    QSignalSpy loaded(window.leadModel(), &LeadTableModel::loaded);
    QTest::keyClicks(window.searchField(), word);
    QTRY_VERIFY(loaded.count() >= 1);
    QVERIFY(settle(window.leadModel()));
    const int narrowed = window.leadModel()->rowCount();
    QVERIFY2(narrowed > 0 && narrowed < all, qPrintable(QStringLiteral("%1 of %2 for %3").arg(narrowed).arg(all).arg(word)));
    for (int row = 0; row < qMin(narrowed, 20); ++row) {
        const QModelIndex index = window.leadModel()->index(row, LeadTableModel::Title);
        QTRY_VERIFY(index.data(LeadTableModel::LoadedRole).toBool());
        auto lead = m_store->lead(index.data(LeadTableModel::SourceRole).toString(),
                                  index.data(LeadTableModel::SourceIdRole).toString());
        QVERIFY(lead.ok());
        const QString text = lead->lead.title + lead->lead.description + lead->lead.agency + lead->lead.location
            + lead->lead.solicitationNumber;
        QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(text.left(200)));
    }
    window.searchField()->clear();
    QTRY_COMPARE(window.leadModel()->rowCount(), all);
    QVERIFY(settle(window.leadModel()));
    QCOMPARE(window.leadModel()->rowCount(), all);
}

void TestMainWindow::sortingHappensInSql()
{
    MainWindow window(m_store->path());
    QVERIFY(settle(window.leadModel()));
    window.leadTable()->sortByColumn(LeadTableModel::Title, Qt::DescendingOrder);
    QTRY_COMPARE(window.leadModel()->filter().sortColumn, QStringLiteral("title"));
    QVERIFY(settle(window.leadModel()));
    const QString first = window.leadModel()->index(0, LeadTableModel::Title).data().toString();
    const QString second = window.leadModel()->index(1, LeadTableModel::Title).data().toString();
    QVERIFY2(first >= second, qPrintable(first + QStringLiteral(" / ") + second));
    // Deep scrolling: the last row is read on demand, by id, not by OFFSET.
    const int last = window.leadModel()->rowCount() - 1;
    window.leadModel()->index(last, LeadTableModel::Source).data();
    QTRY_VERIFY(window.leadModel()->index(last, LeadTableModel::Source).data(LeadTableModel::LoadedRole).toBool());
    QVERIFY(!window.leadModel()->index(last, LeadTableModel::Source).data().toString().isEmpty());
}

void TestMainWindow::modelPassesTester()
{
    LeadTableModel model(m_store->path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(settle(&model));
    QVERIFY(model.rowCount() > 200); // the first screen, then the rest appended
    LeadFilter filter;
    filter.text = QStringLiteral("services");
    model.setFilter(filter);
    QVERIFY(settle(&model));
    model.sort(LeadTableModel::Posted, Qt::DescendingOrder);
    QVERIFY(settle(&model));
    QVERIFY(model.rowCount() > 1);
    // Newest posted first: the first row's date is the latest, the last row's the earliest.
    const int last = model.rowCount() - 1;
    model.index(last, 0).data(); // asks for the last block
    QTRY_VERIFY(model.index(last, 0).data(LeadTableModel::LoadedRole).toBool());
    const QString newest = model.index(0, LeadTableModel::Posted).data(LeadTableModel::SortRole).toString();
    const QString oldest = model.index(last, LeadTableModel::Posted).data(LeadTableModel::SortRole).toString();
    QVERIFY(!newest.isEmpty());
    QVERIFY2(newest > oldest || oldest.isEmpty(), qPrintable(newest + u' ' + oldest));
}

void TestMainWindow::facetClickNarrowsTheTable()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const int all = window.leadModel()->rowCount();
    QTreeWidget* tree = window.facets()->tree();
    QTreeWidgetItem* uk = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() >= 4, 10000);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, Qt::UserRole + 1).toString() == QLatin1String("ita-uk"))
                uk = group->child(j);
        }
    }
    QVERIFY(uk);
    const int expected = uk->text(1).remove(u',').toInt();
    QVERIFY(expected > 0);
    const QRect rect = tree->visualItemRect(uk);
    tree->scrollToItem(uk);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(uk).center());
    QTRY_COMPARE(window.leadModel()->filter().sources, QStringList{QStringLiteral("ita-uk")});
    QVERIFY(settle(window.leadModel()));
    QCOMPARE(window.leadModel()->rowCount(), expected);
    QVERIFY(expected < all);
    Q_UNUSED(rect);
    for (int row = 0; row < qMin(expected, 30); ++row)
        QCOMPARE(window.leadModel()->index(row, LeadTableModel::Source).data(LeadTableModel::SourceRole).toString(),
                 QStringLiteral("ita-uk"));
}

// The industries browse as a tree (sector, subsector, ...) in the facets; a click on a
// subsector narrows the table to its NAICS prefix, and the chip and the detail pane say the
// industry in words.
void TestMainWindow::industryTreeNarrowsToANaicsPrefix()
{
    MainWindow window(m_store->path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(settle(window.leadModel()));
    QTreeWidget* tree = window.facets()->tree();
    QTreeWidgetItem* industries = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("naics"))
                    industries = tree->topLevelItem(i);
            }
            return industries && industries->childCount() > 0;
        }(),
        10000);
    QCOMPARE(industries->text(0), QStringLiteral("Industry (NAICS)"));
    // The largest sector first, named in words, its count the sum of its subsectors'.
    QTreeWidgetItem* sector = industries->child(0);
    const QString sectorLabel = sector->text(0);
    const QString sectorCode = sector->data(0, Qt::UserRole + 2).toString();
    QCOMPARE(sector->text(0), NaicsCatalogue::label(sectorCode));
    QVERIFY2(!NaicsCatalogue::title(sectorCode).isEmpty(), qPrintable(sectorCode));
    QVERIFY(sector->childCount() > 0);
    qint64 sum = 0;
    for (int i = 0; i < sector->childCount(); ++i)
        sum += sector->child(i)->text(1).remove(u',').remove(QChar(0xa0)).toLongLong();
    QCOMPARE(sum, sector->text(1).remove(u',').remove(QChar(0xa0)).toLongLong());

    tree->scrollToItem(sector);
    sector->setExpanded(true);
    QTreeWidgetItem* subsector = sector->child(0);
    const QString prefix = subsector->data(0, Qt::UserRole + 1).toString();
    QCOMPARE(prefix.size(), 3);
    const int expected = subsector->text(1).remove(u',').remove(QChar(0xa0)).toInt();
    tree->scrollToItem(subsector);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(subsector).center());
    QTRY_COMPARE(window.leadModel()->filter().naicsPrefixes, QStringList{prefix});
    QVERIFY(settle(window.leadModel()));
    QCOMPARE(window.leadModel()->rowCount(), expected);
    for (int row = 0; row < qMin(expected, 20); ++row) {
        const QModelIndex naics = window.leadModel()->index(row, LeadTableModel::Naics);
        QVERIFY(naics.data(LeadTableModel::SortRole).toString().startsWith(prefix));
        QCOMPARE(naics.data().toString(), NaicsCatalogue::label(naics.data(LeadTableModel::SortRole).toString()));
    }
    // The branch the analyst opened stays open when the counts come back for the new filter
    // (the source facet then counts the subsector's leads alone).
    auto facetTotal = [tree](const QString& dimension) {
        qint64 total = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* group = tree->topLevelItem(i);
            if (group->data(0, Qt::UserRole).toString() != dimension)
                continue;
            for (int j = 0; j < group->childCount(); ++j)
                total += group->child(j)->text(1).remove(u',').remove(QChar(0xa0)).toLongLong();
        }
        return total;
    };
    QTRY_COMPARE_WITH_TIMEOUT(facetTotal(QStringLiteral("source")), qint64(expected), 10000);
    const QList<QTreeWidgetItem*> sectorsNow = tree->findItems(sectorLabel, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(sectorsNow.size(), 1);
    QVERIFY(sectorsNow.first()->isExpanded());

    bool chipSaysIt = false;
    for (QToolButton* button : window.filterBar()->findChildren<QToolButton*>())
        chipSaysIt |= button->text().contains(NaicsCatalogue::title(prefix));
    QVERIFY2(chipSaysIt, qPrintable(NaicsCatalogue::label(prefix)));

    // The detail pane names the industry and the levels above it.
    window.leadTable()->selectRow(0);
    const QString code = window.leadModel()->index(0, LeadTableModel::Naics).data(LeadTableModel::SortRole).toString();
    QTRY_VERIFY(window.detailPane()->overviewView()->toPlainText().contains(NaicsCatalogue::label(code)));
    QVERIFY(window.detailPane()->overviewView()->toPlainText().contains(NaicsCatalogue::title(sectorCode)));

    const QString path = QDir::current().filePath(QStringLiteral("industry-tree.png"));
    QVERIFY(window.grab().save(path));
    qInfo("Screenshot of the industry tree: %s", qPrintable(path));
}

// The detail pane's Similar tab lists open leads like the one shown, after the lead itself;
// a click on one shows it in the pane.
void TestMainWindow::similarLeadsShowAndOpenInThePane()
{
    MainWindow window(m_store->path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(settle(window.leadModel()));
    DetailPane* pane = window.detailPane();
    QTabWidget* tabs = pane->tabs();
    const int similarTab = tabs->indexOf(pane->similarView());
    QVERIFY(similarTab >= 0);
    // A SAM.gov notice: the sample's have descriptions to compare.
    int row = 0;
    while (row < window.leadModel()->rowCount()
           && window.leadModel()->index(row, 0).data(LeadTableModel::SourceRole).toString() != QLatin1String("sam"))
        ++row;
    QVERIFY(row < window.leadModel()->rowCount());
    const QString shown = window.leadModel()->index(row, 0).data(LeadTableModel::SourceIdRole).toString();
    window.leadTable()->selectRow(row);
    QTRY_COMPARE(pane->sourceId(), shown);
    // Asked for only when their tab is shown: they cost a team server a second or more.
    QTest::qWait(300);
    QCOMPARE(tabs->tabText(similarTab), QStringLiteral("Similar"));
    tabs->setCurrentIndex(similarTab);
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(similarTab).startsWith(QStringLiteral("Similar (")), 10000);
    const QString text = pane->similarView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("closest first")), qPrintable(text));

    const QString path = QDir::current().filePath(QStringLiteral("similar-leads.png"));
    QVERIFY(window.grab().save(path));
    qInfo("Screenshot of leads like this one: %s", qPrintable(path));

    // The first link shows its lead in the pane; the table keeps its row.
    QTextBrowser* view = pane->similarView();
    QString href;
    for (QTextBlock block = view->document()->begin(); block.isValid() && href.isEmpty(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor()) {
                href = it.fragment().charFormat().anchorHref();
                break;
            }
        }
    }
    QVERIFY2(href.startsWith(QStringLiteral("tradeleads-lead:")), qPrintable(href));
    const auto target = LeadDetailHtml::similarLead(QUrl(href));
    QVERIFY(target.has_value());
    QVERIFY(target->second != shown);
    emit view->anchorClicked(QUrl(href));
    QTRY_COMPARE(pane->sourceId(), target->second);
    QCOMPARE(window.leadTable()->currentIndex().row(), row);
}

void TestMainWindow::selectingARowFillsTheDetailPane()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const QModelIndex index = window.leadModel()->index(3, LeadTableModel::Title);
    const QString id = index.data(LeadTableModel::SourceIdRole).toString();
    auto lead = m_store->lead(index.data(LeadTableModel::SourceRole).toString(), id);
    QVERIFY(lead.ok());
    window.leadTable()->selectRow(3);
    QTRY_COMPARE(window.detailPane()->sourceId(), id);
    QTRY_VERIFY(window.detailPane()->overviewView()->toPlainText().contains(id));
    QVERIFY(window.detailPane()->overviewView()->toPlainText().contains(lead->lead.agency.left(20)));
    QVERIFY(window.detailPane()->fieldsView()->toPlainText().contains(lead->lead.title.left(30)));
}

// The last row is chosen before its data is read (as a jump to the end does): the pane
// shows it as soon as the row arrives.
void TestMainWindow::rowChosenBeforeItsDataShowsWhenRead()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const int last = window.leadModel()->rowCount() - 1;
    QVERIFY(last > 500);
    QVERIFY(!window.leadModel()->index(last, 0).data(LeadTableModel::LoadedRole).toBool());
    window.leadTable()->selectRow(last);
    QVERIFY(window.detailPane()->sourceId().isEmpty());
    const QModelIndex chosen = window.leadModel()->index(last, LeadTableModel::Title);
    QTRY_VERIFY_WITH_TIMEOUT(chosen.data(LeadTableModel::LoadedRole).toBool(), 10000);
    QTRY_COMPARE(window.detailPane()->sourceId(), chosen.data(LeadTableModel::SourceIdRole).toString());
    QVERIFY(!window.detailPane()->sourceId().isEmpty());
}

void TestMainWindow::chartWeekClickFiltersToThatWeek()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const QDate monday = QDate(2026, 12, 7);
    emit window.deadlineChart()->weekClicked(monday);
    QTRY_COMPARE(window.leadModel()->filter().dueFrom, monday);
    QCOMPARE(window.leadModel()->filter().dueTo, monday.addDays(6));
    QVERIFY(settle(window.leadModel()));
    QVERIFY(window.leadModel()->rowCount() > 0);
    for (int row = 0; row < window.leadModel()->rowCount(); ++row) {
        const QModelIndex index = window.leadModel()->index(row, LeadTableModel::Deadline);
        QTRY_VERIFY(index.data(LeadTableModel::LoadedRole).toBool());
        const QDate due = QDate::fromString(index.data(LeadTableModel::SortRole).toString().left(10), Qt::ISODate);
        QVERIFY2(due >= monday && due <= monday.addDays(6), qPrintable(due.toString(Qt::ISODate)));
    }
}

void TestMainWindow::notesSurviveRestartAndReimport()
{
    QString source;
    QString id;
    const QString notes = QStringLiteral("Call the buyer on Tuesday, bring the Zürich references");
    {
        MainWindow window(m_store->path());
        window.show();
        QVERIFY(settle(window.leadModel()));
        window.leadTable()->selectRow(0);
        const QModelIndex index = window.leadModel()->index(0, 0);
        source = index.data(LeadTableModel::SourceRole).toString();
        id = index.data(LeadTableModel::SourceIdRole).toString();
        QTRY_COMPARE(window.detailPane()->sourceId(), id);
        window.detailPane()->notesEdit()->setFocus();
        QTest::keyClicks(window.detailPane()->notesEdit(), QStringLiteral("Call the buyer on Tuesday, bring the "));
        window.detailPane()->notesEdit()->insertPlainText(QStringLiteral("Zürich references"));
        window.close(); // saved as typed, and flushed on close
    }
    // A re-import of the same lead, changed, keeps what the analyst wrote.
    auto loaded = SampleData::load(*m_store, QDate(2026, 11, 23));
    QVERIFY(loaded.ok());
    MainWindow again(m_store->path());
    again.show();
    QVERIFY(settle(again.leadModel()));
    auto stored = m_store->lead(source, id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->notes, notes);
    again.detailPane()->showLead(source, id);
    QTRY_COMPARE(again.detailPane()->notesEdit()->toPlainText(), notes);
}

void TestMainWindow::todayMovesAtMidnight()
{
    // The window runs across midnight: what was open yesterday and due that day is not now.
    Clock::Fake clock(QDateTime(QDate(2026, 11, 30), QTime(23, 59, 0), Qt::UTC));
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const int before = window.leadModel()->rowCount();
    LeadFilter dueThatDay;
    dueThatDay.dueFrom = QDate(2026, 11, 30);
    dueThatDay.dueTo = QDate(2026, 11, 30);
    dueThatDay.openOnly = true;
    const qint64 dueOnTheThirtieth = m_store->count(dueThatDay, QDate(2026, 11, 30)).value();
    QVERIFY(dueOnTheThirtieth > 0);

    window.followToday(); // the same day: nothing moves
    QCOMPARE(window.leadModel()->rowCount(), before);
    clock.advance(120);
    window.followToday();
    QTRY_COMPARE(window.leadModel()->rowCount(), int(before - dueOnTheThirtieth));
}

namespace {

QAction* actionWithShortcut(QWidget& window, const QKeySequence& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

} // namespace

void TestMainWindow::fileImportRunsThroughTheMenu()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    QVERIFY(m_store->lead("sam", "ea55e45cded123fd8d6afd7c061138f0").errorMessage().contains("No sam lead"));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    // What a person picks in File › Import's dialog: two pages of the SAM.gov API.
    Dialogs::queueFileNames({ QStringLiteral(TRADELEADS_TEST_DATA "/sam/page1.json"),
                              QStringLiteral(TRADELEADS_TEST_DATA "/sam/page2.json") });
    QAction* import = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(import);
    import->trigger();
    QVERIFY(finished.wait(20000));
    // Three notices; page 2 repeats one of page 1 unchanged, which is no new or changed lead.
    QCOMPARE(finished.first().first().toInt(), 3);
    for (const char* id : { "ea55e45cded123fd8d6afd7c061138f0", "9ffb613fb737018740bbbf250cd8292d",
                            "d3f3f8b4e5c16a7c0f9e8d7c6b5a4f3e" })
        QVERIFY2(m_store->lead("sam", id).ok(), id);
    QLabel* message = nullptr;
    QStringList texts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        texts.append(label->text());
        if (label->text().startsWith(QStringLiteral("Imported")))
            message = label;
    }
    QVERIFY2(message, qPrintable(texts.join(QStringLiteral(" | "))));
    QCOMPARE(message->text(), MainWindow::tr("Imported %Ln lead(s)", nullptr, 3));
}

// A file large enough to load in bulk: after its last lead is read the dialog says that the
// cache is being indexed (the long wait at the end), then the window shows the new leads.
void TestMainWindow::largeImportSaysWhenItIndexes()
{
    constexpr int kCount = 20000;
    const QString csv = m_dir->filePath(QStringLiteral("bulk.csv"));
    LeadGen::WriteRequest request;
    request.format = LeadGen::Format::SamCsv;
    request.count = kCount;
    request.out = csv;
    const LeadGen::WriteResult written = LeadGen::write(LeadGen::LeadGenerator(11, QDate::currentDate()), request);
    QVERIFY2(written.ok(), qPrintable(written.error));

    MainWindow window(m_store->path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(settle(window.leadModel()));
    const qint64 before = m_store->count(LeadFilter(), QDate::currentDate()).value();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    Dialogs::queueFileNames({ csv });
    QAction* import = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(import);
    import->trigger();
    const QString indexing = MainWindow::tr("%n lead(s) read; indexing the cache…", nullptr, kCount);
    QProgressDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = window.findChild<QProgressDialog*>();
        return (dialog && dialog->labelText() == indexing) || !finished.isEmpty();
    }, 60000));
    QVERIFY2(finished.isEmpty(), "the import ended before the dialog said it was indexing");
    QVERIFY(dialog->isVisible());
    const QString path = QDir::current().filePath(QStringLiteral("import-indexing.png"));
    QVERIFY(window.grab().save(path));
    QVERIFY(dialog->grab().save(QDir::current().filePath(QStringLiteral("import-indexing-dialog.png"))));
    qInfo("Screenshot of the import while it indexes: %s", qPrintable(path));

    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), kCount);
    QCOMPARE(m_store->count(LeadFilter(), QDate::currentDate()).value(), before + kCount);
}

void TestMainWindow::exportOfSelectedRowsThroughTheMenu()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    QTableView* table = window.leadTable();
    table->setColumnHidden(LeadTableModel::SourceId, false); // the export writes the columns shown
    table->selectionModel()->select(QItemSelection(window.leadModel()->index(0, 0), window.leadModel()->index(2, 0)),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    QStringList chosen;
    for (int row = 0; row < 3; ++row)
        chosen.append(window.leadModel()->index(row, 0).data(LeadTableModel::SourceIdRole).toString());

    const QString path = m_dir->filePath(QStringLiteral("chosen.csv"));
    Dialogs::queueFileNames({ path });
    Dialogs::queueAnswer(QMessageBox::Yes); // "Export only the 3 selected leads?"
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    QAction* exportAction = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(exportAction);
    exportAction->trigger();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and the three chosen leads
    QVERIFY(lines.first().contains(QStringLiteral("source_id")));
    for (const QString& id : std::as_const(chosen))
        QVERIFY2(lines.join(u'\n').contains(id), qPrintable(id));
}

void TestMainWindow::filterIsRememberedAcrossRestarts()
{
    {
        MainWindow window(m_store->path());
        window.show();
        QVERIFY(settle(window.leadModel()));
        window.filterBar()->addValue(QStringLiteral("country"), QStringLiteral("GB"));
        QTRY_COMPARE(window.leadModel()->filter().countries, QStringList{QStringLiteral("GB")});
        window.close();
    }
    MainWindow again(m_store->path());
    QCOMPARE(again.leadModel()->filter().countries, QStringList{QStringLiteral("GB")});
    QVERIFY(again.leadModel()->filter().openOnly);
}

void TestMainWindow::settingsKeepSourcesAndQuota()
{
    qputenv("TRADELEADS_ITA_API_KEY", "ita-key-for-settings-test");
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir::current().filePath(QStringLiteral("settings.png"))));
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            if (box->property("sourceKey").toString() == QLatin1String("ita-mrl"))
                box->setChecked(false);
        }
        auto* quota = dialog.findChild<QComboBox*>();
        QVERIFY(quota);
        quota->setCurrentIndex(quota->findData(10));
        dialog.accept();
    }
    QVERIFY(!SourceSettings::configuredSources().contains(QStringLiteral("ita-mrl")));
    QVERIFY(SourceSettings::configuredSources().contains(QStringLiteral("ita-leads")));
    QCOMPARE(SourceSettings::samDailyQuota(), 10);
    qunsetenv("TRADELEADS_ITA_API_KEY");
}

void TestMainWindow::savedSearchShowsItsCountAndApplies()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    window.filterBar()->addValue(QStringLiteral("source"), QStringLiteral("ita-canada"));
    QVERIFY(settle(window.leadModel()));
    const int canada = window.leadModel()->rowCount();
    window.saveSearch(QStringLiteral("Canada, open"));
    QListWidget* list = window.savedSearches()->list();
    const QString expected = QStringLiteral("Canada, open  (%1)").arg(QLocale().toString(canada));
    QTRY_VERIFY_WITH_TIMEOUT(list->count() == 1 && list->item(0)->text() == expected, 10000);
    // Clear the filter, then apply the saved search from the panel.
    window.filterBar()->setFilter(LeadFilter());
    emit window.filterBar()->filterChanged(LeadFilter());
    QVERIFY(settle(window.leadModel()));
    QVERIFY(window.leadModel()->rowCount() > canada);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTRY_COMPARE(window.leadModel()->filter().sources, QStringList{QStringLiteral("ita-canada")});
    QVERIFY(settle(window.leadModel()));
    QCOMPARE(window.leadModel()->rowCount(), canada);
}

void TestMainWindow::valueRangeOfASavedSearchShowsAsChips()
{
    // A search that filters by value alone, as a colleague's shared file may bring: what it
    // filters by shows on screen, and can be taken off there.
    LeadFilter bySize;
    bySize.valueMin = 1000;
    bySize.valueMax = 50000;
    SavedSearch search;
    search.name = QStringLiteral("Mid-size");
    search.filter = bySize;
    QVERIFY(m_store->addSavedSearch(search).ok());
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    QListWidget* list = window.savedSearches()->list();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTRY_COMPARE(window.leadModel()->filter().valueMin, std::optional<double>(1000));
    auto chipNamed = [&](const QString& start) -> QToolButton* {
        for (QToolButton* button : window.filterBar()->findChildren<QToolButton*>()) {
            if (button->accessibleName().startsWith(start))
                return button;
        }
        return nullptr;
    };
    QToolButton* atLeast = chipNamed(QStringLiteral("Remove filter Value at least"));
    QVERIFY(atLeast);
    QVERIFY2(atLeast->text().contains(QLocale().toString(1000)) || atLeast->text().contains(QStringLiteral("1000")),
             qPrintable(atLeast->text()));
    QVERIFY(chipNamed(QStringLiteral("Remove filter Value at most")));
    atLeast->click();
    QTRY_VERIFY(!window.leadModel()->filter().valueMin.has_value());
    QCOMPARE(window.leadModel()->filter().valueMax, std::optional<double>(50000));
}

void TestMainWindow::exportWritesTheVisibleColumns()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(settle(window.leadModel()));
    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportTo(path, false);
    QVERIFY(finished.count() > 0 || finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine();
    QVERIFY2(header.contains("deadline_at,title,notice_count,source,country,agency"), header.constData());
    int lines = 0;
    while (!file.atEnd())
        lines += file.readLine().isEmpty() ? 0 : 1;
    QVERIFY(lines >= window.leadModel()->rowCount());
}

namespace {

Lead samNotice(const QString& noticeId, const QString& type, const QString& solicitation, const QString& posted,
               const QString& deadline)
{
    Lead lead;
    lead.source = QStringLiteral("sam");
    lead.sourceId = noticeId;
    lead.title = QStringLiteral("Bridge deck resurfacing, Aberdeen Proving Ground");
    lead.noticeType = type;
    lead.solicitationNumber = solicitation;
    lead.agency = QStringLiteral("DEPT OF DEFENSE");
    lead.subTier = QStringLiteral("DEPT OF THE ARMY");
    lead.office = QStringLiteral("W6QK ACC-APG");
    lead.country = QStringLiteral("US");
    lead.location = QStringLiteral("Aberdeen Proving Ground, MD");
    lead.naicsCode = QStringLiteral("237310");
    lead.postedAt = posted;
    lead.deadlineAt = deadline;
    lead.raw = QJsonDocument(QJsonObject { { QStringLiteral("noticeId"), noticeId }, { QStringLiteral("type"), type },
                                           { QStringLiteral("solicitationNumber"), solicitation } })
                   .toJson(QJsonDocument::Compact);
    return lead;
}

// A cache of five notices: one solicitation's three (presolicitation, solicitation, award;
// the award posted last) and two that stand alone.
std::unique_ptr<LeadStore> familyCache(const QString& path)
{
    auto store = LeadStore::open(path);
    if (!store)
        return nullptr;
    const QString due = Clock::today().addDays(40).toString(Qt::ISODate) + QStringLiteral("T17:00:00Z");
    QList<Lead> leads {
        samNotice(QStringLiteral("family-presolicitation"), QStringLiteral("Presolicitation"),
                  QStringLiteral("W911QX-25-R-0042"), QStringLiteral("2025-01-10"), due),
        samNotice(QStringLiteral("family-solicitation"), QStringLiteral("Solicitation"),
                  QStringLiteral("W911QX25R0042"), QStringLiteral("2025-02-03"), due),
        samNotice(QStringLiteral("family-award"), QStringLiteral("Award Notice"), QStringLiteral("W911QX-25-R-0042"),
                  QStringLiteral("2025-03-12"), QString()),
        samNotice(QStringLiteral("alone-sources-sought"), QStringLiteral("Sources Sought"),
                  QStringLiteral("W911QX-25-Q-0107"), QStringLiteral("2025-02-20"), due),
    };
    Lead uk;
    uk.source = QStringLiteral("ita-uk");
    uk.sourceId = QStringLiteral("uk-street-lighting");
    uk.title = QStringLiteral("Street lighting maintenance, Leeds");
    uk.country = QStringLiteral("GB");
    uk.postedAt = QStringLiteral("2025-02-14");
    uk.deadlineAt = due;
    leads.append(uk);
    if (!(*store)->upsert(leads))
        return nullptr;
    return std::move(*store);
}

int rowOfSourceId(const LeadTableModel& model, const QString& sourceId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(LeadTableModel::SourceIdRole).toString() == sourceId)
            return row;
    }
    return -1;
}

} // namespace

void TestMainWindow::familyToggleShowsOneRowPerFamily()
{
    const QString path = m_dir->filePath(QStringLiteral("families.sqlite"));
    QVERIFY(familyCache(path));
    const QString awardId = QStringLiteral("family-award");
    {
        MainWindow window(path);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LeadTableModel* model = window.leadModel();
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), 5); // one row per notice
        QAction* toggle = window.oneRowPerFamilyAction();
        QVERIFY(toggle && toggle->isCheckable() && !toggle->isChecked());
        QCOMPARE(actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)), toggle);
        // In the View menu and on the toolbar, as a button that shows its state.
        QToolButton* button = nullptr;
        for (QToolBar* toolbar : window.findChildren<QToolBar*>()) {
            if (auto* found = qobject_cast<QToolButton*>(toolbar->widgetForAction(toggle)))
                button = found;
        }
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("One row per family"));

        // The presolicitation is current; in family mode its family's row, the award, is.
        const int presolicitation = rowOfSourceId(*model, QStringLiteral("family-presolicitation"));
        QVERIFY(presolicitation >= 0);
        window.leadTable()->selectRow(presolicitation);
        QTRY_COMPARE(window.detailPane()->sourceId(), QStringLiteral("family-presolicitation"));
        QCOMPARE(model->index(presolicitation, LeadTableModel::Notices).data().toString(), QStringLiteral("3"));
        QCOMPARE(model->index(presolicitation, LeadTableModel::Notices).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("One of 3 notices in this family"));

        toggle->trigger();
        QVERIFY(button->isChecked());
        QVERIFY(model->filter().oneRowPerFamily);
        QTRY_COMPARE(model->rowCount(), 3);
        QVERIFY(settle(model));
        const int family = rowOfSourceId(*model, awardId);
        QVERIFY2(family >= 0, "the family's row is its latest notice, the award");
        QCOMPARE(rowOfSourceId(*model, QStringLiteral("family-presolicitation")), -1);
        QCOMPARE(rowOfSourceId(*model, QStringLiteral("family-solicitation")), -1);
        const QModelIndex notices = model->index(family, LeadTableModel::Notices);
        QCOMPARE(notices.data().toString(), QStringLiteral("3"));
        QVERIFY(notices.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
        QCOMPARE(notices.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("3 notices in this family; the latest is the Award Notice posted %1")
                     .arg(QLocale().toString(QDate(2025, 3, 12), QLocale::ShortFormat)));
        for (const QString& alone : { QStringLiteral("alone-sources-sought"), QStringLiteral("uk-street-lighting") }) {
            const int row = rowOfSourceId(*model, alone);
            QVERIFY2(row >= 0, qPrintable(alone));
            QCOMPARE(model->index(row, LeadTableModel::Notices).data().toString(), QStringLiteral("1"));
            QCOMPARE(model->index(row, LeadTableModel::Notices).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("The only notice in its family"));
        }
        QTRY_COMPARE(window.leadTable()->currentIndex().row(), family);
        QVERIFY(window.leadTable()->selectionModel()->isRowSelected(family, {}));
        QTRY_COMPARE(window.detailPane()->sourceId(), awardId);
        QVERIFY(!window.leadTable()->isColumnHidden(LeadTableModel::Notices));

        // What a person sees in family mode, at the size the product is checked at.
        QCoreApplication::processEvents();
        const QString shot = QDir::current().filePath(QStringLiteral("mainwindow-families.png"));
        QVERIFY(window.grab().save(shot));
        qInfo("Screenshot of one row per family: %s", qPrintable(shot));

        // Back to one row per notice, by the keyboard: the award stays current.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.leadTable()->setFocus();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QVERIFY(!toggle->isChecked());
        QVERIFY(!model->filter().oneRowPerFamily);
        QTRY_COMPARE(model->rowCount(), 5);
        QVERIFY(settle(model));
        QTRY_COMPARE(window.leadTable()->currentIndex().row(), rowOfSourceId(*model, awardId));

        toggle->trigger();
        QTRY_COMPARE(model->rowCount(), 3);
        window.close(); // the grouping is kept with the rest of the window's filter
    }
    MainWindow again(path);
    QVERIFY(again.oneRowPerFamilyAction()->isChecked());
    QVERIFY(again.leadModel()->filter().oneRowPerFamily);
    QVERIFY(settle(again.leadModel()));
    QCOMPARE(again.leadModel()->rowCount(), 3);
}

// The grouping belongs to the table, like its sort: a change of the filter bar's criteria
// keeps it, a saved search brings its own, and the toggle follows.
void TestMainWindow::familyGroupingFollowsAppliedFilters()
{
    const QString path = m_dir->filePath(QStringLiteral("families.sqlite"));
    auto store = familyCache(path);
    QVERIFY(store);
    SavedSearch perNotice;
    perNotice.name = QStringLiteral("Every notice");
    QVERIFY(store->addSavedSearch(perNotice).ok());
    MainWindow window(path);
    window.show();
    LeadTableModel* model = window.leadModel();
    QVERIFY(settle(model));
    QAction* toggle = window.oneRowPerFamilyAction();
    toggle->trigger();
    QTRY_COMPARE(model->rowCount(), 3);

    window.filterBar()->addValue(QStringLiteral("source"), QStringLiteral("sam"));
    QTRY_COMPARE(model->filter().sources, QStringList { QStringLiteral("sam") });
    QVERIFY(model->filter().oneRowPerFamily);
    QVERIFY(toggle->isChecked());
    QVERIFY(settle(model));
    QCOMPARE(model->rowCount(), 2);

    QListWidget* list = window.savedSearches()->list();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTRY_VERIFY(!model->filter().oneRowPerFamily);
    QVERIFY(!toggle->isChecked());
    QVERIFY(settle(model));
    QCOMPARE(model->rowCount(), 5);
}

// The store cannot order by the number of notices: a click on its header leaves the sort as it was.
void TestMainWindow::noticesColumnDoesNotSort()
{
    MainWindow window(m_store->path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(settle(window.leadModel()));
    QVERIFY(!LeadTableModel::isSortable(LeadTableModel::Notices));
    QHeaderView* header = window.leadTable()->horizontalHeader();
    const QString sortBefore = window.leadModel()->filter().sortColumn;
    const int indicatorBefore = header->sortIndicatorSection();
    QCOMPARE(indicatorBefore, int(LeadTableModel::Deadline));
    // Beside the title, where a first start puts it.
    QCOMPARE(header->visualIndex(LeadTableModel::Notices), header->visualIndex(LeadTableModel::Title) + 1);
    const int x = header->sectionViewportPosition(LeadTableModel::Notices) + header->sectionSize(LeadTableModel::Notices) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCoreApplication::processEvents();
    QCOMPARE(header->sortIndicatorSection(), indicatorBefore);
    QCOMPARE(window.leadModel()->filter().sortColumn, sortBefore);
    QVERIFY(settle(window.leadModel()));
}

// A header saved by a version without the Notices column keeps its columns, widths and order;
// the new column joins beside the title.
void TestMainWindow::headerSavedBeforeTheNoticesColumnRestores()
{
    QStandardItemModel older(0, LeadTableModel::Notices); // the columns before Notices
    QTableView olderTable;
    olderTable.setModel(&older);
    QHeaderView* olderHeader = olderTable.horizontalHeader();
    olderHeader->setSectionsMovable(true);
    for (int column = 0; column < older.columnCount(); ++column)
        olderTable.setColumnHidden(column, !LeadTableModel::isDefaultColumn(column));
    olderTable.setColumnHidden(LeadTableModel::Agency, true);
    olderTable.setColumnHidden(LeadTableModel::Office, false);
    olderTable.setColumnWidth(LeadTableModel::Title, 412);
    olderHeader->moveSection(olderHeader->visualIndex(LeadTableModel::Source), 0);
    QSettings().setValue(QStringLiteral("window/tableHeader"), olderHeader->saveState());

    MainWindow window(m_store->path());
    QTableView* table = window.leadTable();
    QHeaderView* header = table->horizontalHeader();
    QVERIFY(table->isColumnHidden(LeadTableModel::Agency));
    QVERIFY(!table->isColumnHidden(LeadTableModel::Office));
    QVERIFY(table->isColumnHidden(LeadTableModel::SubTier));
    QCOMPARE(table->columnWidth(LeadTableModel::Title), 412);
    QCOMPARE(header->logicalIndex(0), int(LeadTableModel::Source));
    QVERIFY(!table->isColumnHidden(LeadTableModel::Notices));
    QCOMPARE(header->visualIndex(LeadTableModel::Notices), header->visualIndex(LeadTableModel::Title) + 1);
    QVERIFY(table->columnWidth(LeadTableModel::Notices) >= 60);

    // Kept as this version saves it, it comes back as it was.
    header->moveSection(header->visualIndex(LeadTableModel::Notices), 1);
    window.close();
    MainWindow again(m_store->path());
    QCOMPARE(again.leadTable()->horizontalHeader()->visualIndex(LeadTableModel::Notices), 1);
    QCOMPARE(again.leadTable()->horizontalHeader()->logicalIndex(0), int(LeadTableModel::Source));
}

void TestMainWindow::screenshot()
{
    MainWindow window(m_store->path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(settle(window.leadModel()));
    const QString path = QDir::current().filePath(QStringLiteral("mainwindow.png"));
    QVERIFY(window.grab().save(path));
    qInfo("Screenshot of the main window: %s", qPrintable(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
