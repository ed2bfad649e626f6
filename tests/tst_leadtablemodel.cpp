// The lead table model on its own and in the window: answers that replace rows in place,
// edits of one row, rows evicted and read again, a read that fails, and the one owner of
// the sort. A generated cache larger than the model's row cache stands in for a million leads.
#include "DetailPane.h"
#include "LeadGenerator.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "SampleData.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <thread>

namespace {

// More leads than the model keeps rows for (20,000), so that reading far down evicts.
constexpr int kLargeCount = 30000;

bool rowLoaded(const LeadTableModel& model, int row)
{
    return row < model.rowCount() && model.index(row, 0).data(LeadTableModel::LoadedRole).toBool();
}

bool settle(const LeadTableModel& model)
{
    return QTest::qWaitFor([&] { return model.isComplete() && (model.rowCount() == 0 || rowLoaded(model, 0)); }, 30000);
}

// The window at the size the product is checked at, its first rows on screen.
bool shown(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && settle(*window.leadModel());
}

// A model with QAbstractItemModelTester watching it from the start, its whole list read.
struct TestedModel
{
    explicit TestedModel(const QString& cachePath)
        : model(cachePath), tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.reload();
    }
    LeadTableModel model;
    QAbstractItemModelTester tester;
};

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void reloadWithTheSameIdsKeepsRowsInPlace();
    void editChangesOneRow();
    void rowsEvictedAreReadAgain();
    void failedReadIsReported();
    void starFarDownKeepsSelectionAndScroll();
    void keywordKeepsTheHeaderSort();
    void windowNeverWaitsOnALongWrite();

private:
    QString largeCache() const { return m_largeDir.filePath(QStringLiteral("large.sqlite")); }
    QTemporaryDir m_largeDir;
    QTemporaryDir m_configDir;
};

void TestLeadTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_configDir.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_leadtablemodel"));

    const QString csv = m_largeDir.filePath(QStringLiteral("leads.csv"));
    LeadGen::WriteRequest request;
    request.format = LeadGen::Format::SamCsv;
    request.count = kLargeCount;
    request.out = csv;
    const LeadGen::WriteResult written = LeadGen::write(LeadGen::LeadGenerator(7, QDate::currentDate()), request);
    QVERIFY2(written.ok(), qPrintable(written.error));
    auto store = LeadStore::open(largeCache());
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    LeadImporter importer(**store);
    auto summary = importer.importFile(csv, ImportFormat::SamCsv);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE((*store)->count(LeadFilter(), QDate::currentDate()).value(), kLargeCount);
}

void TestLeadTableModel::init()
{
    QSettings().clear();
    // Every lead, soonest deadline first: more rows than the model caches.
    QSettings().setValue(QStringLiteral("window/filter"), LeadFilter().toJson());
}

void TestLeadTableModel::reloadWithTheSameIdsKeepsRowsInPlace()
{
    TestedModel tested(largeCache());
    LeadTableModel& model = tested.model;
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), kLargeCount);
    const QString title = model.index(0, LeadTableModel::Title).data().toString();
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.reload();
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete() && !changed.isEmpty(); }, 30000));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), kLargeCount);
    QVERIFY(rowLoaded(model, 0)); // never a placeholder in between
    QCOMPARE(model.index(0, LeadTableModel::Title).data().toString(), title);

    // Another filter is another list: that one resets.
    LeadFilter open;
    open.openOnly = true;
    model.setFilter(open);
    QVERIFY(settle(model));
    QCOMPARE(resets.size(), 1);
    QVERIFY(model.rowCount() < kLargeCount);
}

void TestLeadTableModel::editChangesOneRow()
{
    TestedModel tested(largeCache());
    LeadTableModel& model = tested.model;
    QVERIFY(settle(model));
    const int row = 5;
    QVERIFY(QTest::qWaitFor([&] { return rowLoaded(model, row); }, 10000));
    const QString source = model.index(row, 0).data(LeadTableModel::SourceRole).toString();
    const QString sourceId = model.index(row, 0).data(LeadTableModel::SourceIdRole).toString();
    QVERIFY(model.index(row, LeadTableModel::Starred).data().toString().isEmpty());

    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    LeadUserData data;
    data.starred = true;
    data.status = QStringLiteral("bidding");
    data.tags = QStringLiteral("roads");
    model.setUserData(source, sourceId, data);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.index(row, LeadTableModel::Starred).data().toString(), QStringLiteral("\u2605"));
    QCOMPARE(model.index(row, LeadTableModel::Status).data().toString(), QStringLiteral("bidding"));
    QCOMPARE(model.index(row, LeadTableModel::Tags).data().toString(), QStringLiteral("roads"));

    // A lead the model holds no row of changes nothing.
    model.setUserData(QStringLiteral("sam"), QStringLiteral("not-in-the-table"), data);
    QCOMPARE(changed.size(), 1);
}

void TestLeadTableModel::rowsEvictedAreReadAgain()
{
    TestedModel tested(largeCache());
    LeadTableModel& model = tested.model;
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), kLargeCount);
    // Reading every block, top to bottom, fills the row cache past its limit: the rows
    // farthest from where the reading is go, the ones near it stay.
    const int middle = kLargeCount / 3;
    QString middleTitle;
    for (int row = 0; row < kLargeCount; row += 200) {
        model.index(row, 0).data();
        QVERIFY2(QTest::qWaitFor([&] { return rowLoaded(model, row); }, 10000), qPrintable(QString::number(row)));
        if (row == middle - middle % 200)
            middleTitle = model.index(middle, LeadTableModel::Title).data().toString();
    }
    QVERIFY(!middleTitle.isEmpty());
    QVERIFY(rowLoaded(model, kLargeCount - 1));
    QVERIFY(rowLoaded(model, kLargeCount - 2000));
    QVERIFY(!rowLoaded(model, middle)); // evicted; asking for it reads it again
    QCOMPARE(model.index(middle, LeadTableModel::Title).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(QTest::qWaitFor([&] { return rowLoaded(model, middle); }, 10000));
    QCOMPARE(model.index(middle, LeadTableModel::Title).data().toString(), middleTitle);
}

void TestLeadTableModel::failedReadIsReported()
{
    QTemporaryDir dir;
    const QString notACache = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(notACache);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    LeadTableModel model(notACache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &LeadTableModel::failed);
    model.reload();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
    QVERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.lastError().contains(QStringLiteral("garbage.sqlite")), qPrintable(model.lastError()));
}

void TestLeadTableModel::starFarDownKeepsSelectionAndScroll()
{
    auto store = LeadStore::open(largeCache());
    QVERIFY(store.ok());
    MainWindow window((*store)->path());
    QVERIFY(shown(window));
    LeadTableModel* model = window.leadModel();
    QCOMPARE(model->rowCount(), kLargeCount);

    const int row = kLargeCount * 9 / 10;
    QTableView* table = window.leadTable();
    const QModelIndex chosen = model->index(row, LeadTableModel::Title);
    table->setCurrentIndex(chosen);
    table->scrollTo(chosen, QAbstractItemView::PositionAtCenter);
    QVERIFY(QTest::qWaitFor([&] { return rowLoaded(*model, row); }, 10000));
    const QString sourceId = chosen.data(LeadTableModel::SourceIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(window.detailPane()->sourceId(), sourceId, 10000);
    QVERIFY(!window.detailPane()->starButton()->isChecked());
    QVERIFY(model->index(row, LeadTableModel::Starred).data().toString().isEmpty());

    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy layouts(model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsAboutToBeRemoved);

    window.detailPane()->starButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, LeadTableModel::Starred).data().toString(), QStringLiteral("\u2605"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT((*store)->lead(QStringLiteral("sam"), sourceId)->starred, 10000);
    QTest::qWait(200); // anything that would follow the edit has had its chance
    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(table->currentIndex().row(), row);
    QCOMPARE(table->selectionModel()->selectedRows(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(window.detailPane()->sourceId(), sourceId);
}

void TestLeadTableModel::keywordKeepsTheHeaderSort()
{
    QTemporaryDir dir;
    auto store = LeadStore::open(dir.filePath(QStringLiteral("sample.sqlite")));
    QVERIFY(store.ok());
    QVERIFY(SampleData::load(**store, QDate(2026, 11, 23)).ok());
    QSettings().remove(QStringLiteral("window/filter")); // a first start: open leads by deadline
    MainWindow window((*store)->path());
    QVERIFY(shown(window));
    LeadTableModel* model = window.leadModel();
    QCOMPARE(model->filter().sortKey(), QStringLiteral("deadline_at"));

    // A click on the Title header, as a person makes it.
    QHeaderView* header = window.leadTable()->horizontalHeader();
    const int x = header->sectionViewportPosition(LeadTableModel::Title) + header->sectionSize(LeadTableModel::Title) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_COMPARE(model->filter().sortColumn, QStringLiteral("title"));
    QVERIFY(settle(*model));

    // Then a keyword.
    window.searchField()->setText(QStringLiteral("services"));
    emit window.searchField()->returnPressed();
    QTRY_COMPARE(model->filter().text, QStringLiteral("services"));
    QVERIFY(settle(*model));
    QCOMPARE(model->filter().sortColumn, QStringLiteral("title"));
    QCOMPARE(header->sortIndicatorSection(), int(LeadTableModel::Title));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    // The rows are in the header's order: what the store lists for the same filter by title.
    LeadFilter expected = model->filter();
    QCOMPARE(expected.sortColumn, QStringLiteral("title"));
    auto ids = (*store)->ids(expected, QDate::currentDate());
    QVERIFY(ids.ok());
    QCOMPARE(model->rowCount(), ids->size());
    QVERIFY(model->rowCount() > 10);
    expected.sortColumn = QStringLiteral("deadline_at");
    auto byDeadline = (*store)->ids(expected, QDate::currentDate());
    QVERIFY(*byDeadline != *ids); // the two orders differ, so the comparison below means something
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(QTest::qWaitFor([&] { return rowLoaded(*model, row); }, 10000));
        QCOMPARE(model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong(), ids->at(row));
    }
}

void TestLeadTableModel::windowNeverWaitsOnALongWrite()
{
    auto store = LeadStore::open(largeCache());
    QVERIFY(store.ok());
    MainWindow window((*store)->path());
    QVERIFY(shown(window));
    LeadTableModel* model = window.leadModel();
    QTableView* table = window.leadTable();
    DetailPane* detail = window.detailPane();

    // The event loop's longest gap, measured by a 1 ms timer of the test's own.
    double longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestStall = qMax(longestStall, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });

    // Another writer (a `tradeleads sync` in another process, say) holds the cache's write
    // lock for three seconds, in the middle of a page.
    std::atomic<bool> locked = false;
    std::atomic<bool> committed = false;
    std::thread sync([&] {
        auto writer = LeadStore::open(largeCache());
        if (!writer || !(*writer)->beginTransaction())
            return;
        Lead lead;
        lead.source = QStringLiteral("sam");
        lead.sourceId = QStringLiteral("held-by-a-long-write");
        lead.title = QStringLiteral("Written while the window works");
        lead.raw = "{}";
        (void)(*writer)->upsert({ lead });
        locked = true;
        std::this_thread::sleep_for(std::chrono::seconds(3));
        (void)(*writer)->commit();
        committed = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return locked.load(); }, 10000));
    sinceTick.start();
    ticker.start();

    // Open a lead, star it, type notes, open another: all of it shows while the lock is held.
    table->setCurrentIndex(model->index(3, LeadTableModel::Title));
    QVERIFY(QTest::qWaitFor([&] { return detail->sourceId() == model->index(3, 0).data(LeadTableModel::SourceIdRole).toString(); }, 2000));
    const QString starredId = detail->sourceId();
    detail->starButton()->click();
    QCOMPARE(model->index(3, LeadTableModel::Starred).data().toString(), QStringLiteral("\u2605"));
    detail->notesEdit()->setFocus();
    QTest::keyClicks(detail->notesEdit(), QStringLiteral("Typed while a sync writes"));
    detail->flush();
    QCOMPARE(model->index(3, LeadTableModel::Notes).data().toString(), QStringLiteral("Typed while a sync writes"));
    table->setCurrentIndex(model->index(7, LeadTableModel::Title));
    QVERIFY(QTest::qWaitFor([&] { return detail->sourceId() == model->index(7, 0).data(LeadTableModel::SourceIdRole).toString(); }, 2000));
    QVERIFY2(!committed, "the window waited for the other writer");
    ticker.stop();
    sync.join();

    // Once the lock is gone the writer writes what was asked, in order.
    QTRY_VERIFY_WITH_TIMEOUT((*store)->lead(QStringLiteral("sam"), starredId)->starred, 15000);
    QTRY_COMPARE_WITH_TIMEOUT((*store)->lead(QStringLiteral("sam"), starredId)->notes,
                              QStringLiteral("Typed while a sync writes"), 15000);
    qInfo("longest event-loop stall while another writer held the lock: %.1f ms", longestStall);
#ifndef __SANITIZE_ADDRESS__ // a sanitized build runs every line several times slower
    QVERIFY2(longestStall < 100, qPrintable(QString::number(longestStall)));
#endif
}

QTEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
