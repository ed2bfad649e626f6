// Edit › Undo and Redo in the window: a lead's star, pipeline status and notes, and saved
// searches deleted or renamed, written back to the cache and shown again.
#include "DetailPane.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "SavedSearchesController.h"
#include "SampleData.h"
#include "SavedSearchesPanel.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

class TestEditUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trackingEditsUndoAndRedo();
    void savedSearchDeletionAndRenameUndo();

private:
    static QAction* menuAction(MainWindow& window, QKeySequence::StandardKey key);
    static QStringList savedNames(const LeadStore& store);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestEditUndo::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName("TradeLeadsTest");
    QCoreApplication::setApplicationName("tst_editundo");
}

void TestEditUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LeadStore::open(m_dir->filePath("cache.sqlite"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    QVERIFY(SampleData::load(*m_store, QDate(2026, 11, 23)).ok());
}

void TestEditUndo::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QAction* TestEditUndo::menuAction(MainWindow& window, QKeySequence::StandardKey key)
{
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(key))
                return action;
        }
    }
    return nullptr;
}

QStringList TestEditUndo::savedNames(const LeadStore& store)
{
    QStringList names;
    const QList<SavedSearch> searches = store.savedSearches().value();
    for (const SavedSearch& search : searches)
        names.append(search.name);
    return names;
}

void TestEditUndo::trackingEditsUndoAndRedo()
{
    MainWindow window(m_store->path());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.leadModel()->isComplete() && window.leadModel()->totalCount() > 0, 20000);
    QAction* undo = menuAction(window, QKeySequence::Undo);
    QAction* redo = menuAction(window, QKeySequence::Redo);
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    // Chosen at once, perhaps before the row's data is read: the pane shows it when it is.
    window.leadTable()->selectRow(0);
    DetailPane* detail = window.detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(!detail->sourceId().isEmpty(), 20000);
    const QString source = detail->source();
    const QString id = detail->sourceId();
    auto stored = [&] { return m_store->lead(source, id).value(); };
    const StoredLead original = stored();

    // Star: shown at once, written by the writer, undone and redone in the cache and in the pane.
    detail->starButton()->click();
    QTRY_COMPARE(stored().starred, !original.starred);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(original.starred ? "Unstar" : "Star"), qPrintable(undo->text()));
    undo->trigger();
    QTRY_COMPARE(stored().starred, original.starred);
    QCOMPARE(detail->starButton()->isChecked(), original.starred);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QTRY_COMPARE(stored().starred, !original.starred);
    QCOMPARE(detail->starButton()->isChecked(), !original.starred);

    // Pipeline status.
    QComboBox* status = detail->statusBox();
    const int bidding = status->findData("bidding");
    QVERIFY(bidding >= 0);
    status->setCurrentIndex(bidding);
    emit status->activated(bidding);
    QTRY_COMPARE(stored().status, QString("bidding"));
    undo->trigger();
    QTRY_COMPARE(stored().status, original.status);
    QCOMPARE(status->currentData().toString(), original.status.isEmpty() ? QString("new") : original.status);

    // Notes typed in two bursts are one step back.
    detail->notesEdit()->setPlainText("Call the agency");
    detail->flush();
    detail->notesEdit()->setPlainText("Call the agency on Monday");
    detail->flush();
    QTRY_COMPARE(stored().notes, QString("Call the agency on Monday"));
    undo->trigger();
    QTRY_COMPARE(stored().notes, original.notes);
    QCOMPARE(detail->notesEdit()->toPlainText(), original.notes);
    // Typing after an undo is newer than the step undone: Redo keeps what was typed.
    detail->notesEdit()->setPlainText("Typed after the undo");
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QTRY_COMPARE(stored().notes, QString("Typed after the undo"));
    QCOMPARE(detail->notesEdit()->toPlainText(), QString("Typed after the undo"));

    // Notes typed a moment ago, not yet saved, are the latest edit that Undo takes back.
    detail->notesEdit()->setPlainText("Pending");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE(stored().notes, original.notes);
    QCOMPARE(detail->notesEdit()->toPlainText(), original.notes);
    // The star stays as the earlier redo left it: each edit is its own step.
    QTRY_COMPARE(stored().starred, !original.starred);
    undo->trigger();
    QTRY_COMPARE(stored().starred, original.starred);
    QVERIFY(!undo->isEnabled());
}

void TestEditUndo::savedSearchDeletionAndRenameUndo()
{
    for (const char* name : { "Alpha", "Bravo", "Charlie" }) {
        SavedSearch search;
        search.name = name;
        LeadFilter filter;
        filter.text = QString(name).toLower();
        filter.openOnly = true;
        search.filter = filter;
        search.notify = QByteArray(name) == "Bravo";
        QVERIFY(m_store->addSavedSearch(search).ok());
    }
    MainWindow window(m_store->path());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.savedSearches()->entries().size(), 3, 20000);
    QAction* undo = menuAction(window, QKeySequence::Undo);
    QAction* redo = menuAction(window, QKeySequence::Redo);
    const SavedSearch bravo = m_store->savedSearch("Bravo").value();

    // Each step is written by the window's writer: the test waits for the cache to say so.
    auto namesBecome = [&](const QStringList& names) {
        QTRY_COMPARE_WITH_TIMEOUT(savedNames(*m_store), names, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.savedSearches()->entries().size(), names.size(), 20000);
    };
    emit window.savedSearches()->removeRequested("Bravo");
    namesBecome({ "Alpha", "Charlie" });
    QVERIFY2(undo->text().contains("Bravo"), qPrintable(undo->text()));
    undo->trigger();
    // Back in its place, with its filter and its notify flag.
    namesBecome({ "Alpha", "Bravo", "Charlie" });
    const SavedSearch restored = m_store->savedSearch("Bravo").value();
    QCOMPARE(restored.filter, bravo.filter);
    QVERIFY(restored.notify);
    redo->trigger();
    namesBecome({ "Alpha", "Charlie" });
    undo->trigger();
    namesBecome({ "Alpha", "Bravo", "Charlie" });

    emit window.savedSearches()->renameRequested("Alpha", "Lighting");
    namesBecome({ "Lighting", "Bravo", "Charlie" });
    undo->trigger();
    namesBecome({ "Alpha", "Bravo", "Charlie" });
    redo->trigger();
    namesBecome({ "Lighting", "Bravo", "Charlie" });
    QTRY_COMPARE_WITH_TIMEOUT(window.savedSearches()->entries().first().name, QString("Lighting"), 20000);

    // A rename to a name that is taken leaves the list as it was and nothing to undo.
    const int steps = window.undoStack()->count();
    emit window.savedSearches()->renameRequested("Bravo", "Charlie");
    QCOMPARE(window.undoStack()->count(), steps);
    QTest::qWait(200); // time for a write that should not happen
    QCOMPARE(savedNames(*m_store), QStringList({ "Lighting", "Bravo", "Charlie" }));

    // A rename the cache refuses though the window's list allowed it (another program took
    // the name meanwhile): the analyst is told, and the list stays whole.
    SavedSearch taken = bravo;
    taken.name = "Delta";
    QVERIFY(m_store->addSavedSearch(taken).ok());
    QSignalSpy messages(window.savedSearchesController(), &SavedSearchesController::message);
    emit window.savedSearches()->renameRequested("Charlie", "Delta");
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20000);
    QVERIFY2(messages.last().first().toString().contains("already exists"), qPrintable(messages.last().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(savedNames(*m_store), QStringList({ "Lighting", "Bravo", "Charlie", "Delta" }), 20000);
}

QTEST_MAIN(TestEditUndo)
#include "tst_editundo.moc"
