#include "CacheGuard.h"
#include "CacheDatabase.h"
#include "CacheOpening.h"
#include "LeadStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The window's cache opens on a worker thread: an upgrade shows a progress dialog instead
// of a window that never appears, a quick check shows none, and the store handed back works
// on the thread that asked for it.
class TestCacheOpening : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void upgradeShowsProgressAndOpensHere();
    void healthyCacheOpensWithoutDialog();
    void emptyCacheGetsTheSample();
    void damagedCacheIsMovedAsideWithNotice();
    void uncleanEndIsCheckedBehindTheWindow_data();
    void uncleanEndIsCheckedBehindTheWindow();

private:
    // Notes the label of every progress dialog shown while it lives: an application-wide
    // event filter sees the show itself, however briefly the dialog stays.
    class DialogWatch : public QObject
    {
    public:
        DialogWatch() { qApp->installEventFilter(this); }
        ~DialogWatch() override { qApp->removeEventFilter(this); }
        QStringList labels;

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Show) {
                if (auto* dialog = qobject_cast<QProgressDialog*>(watched))
                    labels.append(dialog->labelText());
            }
            return false;
        }
    };

    static bool anyDialogVisible();
    static QMessageBox* visibleMessageBox();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheOpening::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A connection used from another thread than its own fails with this warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
}

bool TestCacheOpening::anyDialogVisible()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QProgressDialog*>(widget) && widget->isVisible())
            return true;
    }
    return false;
}

QMessageBox* TestCacheOpening::visibleMessageBox()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
            return box;
    }
    return nullptr;
}

void TestCacheOpening::upgradeShowsProgressAndOpensHere()
{
    const QString path = m_dir->filePath("leads.sqlite");
    QVERIFY(QFile::copy(TRADELEADS_TEST_DATA "/schema/v1.sqlite", path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(CacheGuard::outlook(path).upgrade);

    DialogWatch watch;
    CacheOpening::Options options;
    options.upgradeDialogAfterMs = 0;
    auto opened = CacheOpening::open(path, nullptr, options);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(opened->notice.isEmpty());
    QCOMPARE(watch.labels.size(), 1);
    QVERIFY2(watch.labels.constFirst().startsWith("Upgrading the cache"), qPrintable(watch.labels.constFirst()));
    QVERIFY(!anyDialogVisible());

    QCOMPARE(opened->location, path);
    auto reopened = LeadStore::open(opened->location);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    LeadStore& store = **reopened;
    QCOMPARE(store.schemaVersion(), SqliteLeadStore::currentSchemaVersion());
    auto stats = store.stats(QDate(2026, 11, 23));
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    QVERIFY(stats->leads > 0);
    QVERIFY(!CacheGuard::outlook(path).upgrade);
}

void TestCacheOpening::healthyCacheOpensWithoutDialog()
{
    const QString path = m_dir->filePath("leads.sqlite");
    QVERIFY(LeadStore::open(path).ok());
    const CacheGuard::Outlook outlook = CacheGuard::outlook(path);
    QVERIFY(!outlook.upgrade);
    QVERIFY(outlook.bytes > 0);

    DialogWatch watch;
    auto opened = CacheOpening::open(path); // a check shows a dialog only past 1.5 s
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(opened->notice.isEmpty());
    QCOMPARE(watch.labels, QStringList());
    QVERIFY(LeadStore::open(opened->location).value()->stats(QDate(2026, 11, 23)).ok());
}

void TestCacheOpening::emptyCacheGetsTheSample()
{
    const QString path = m_dir->filePath("empty.sqlite");
    CacheOpening::Options options;
    options.sampleWhenEmpty = true;
    auto opened = CacheOpening::open(path, nullptr, options);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY2(opened->sampleProblem.isEmpty(), qPrintable(opened->sampleProblem));
    auto store = LeadStore::open(path);
    QVERIFY(store.ok());
    const qint64 sample = (*store)->stats(QDate(2026, 11, 23)).value().leads;
    QVERIFY(sample > 0);
    // A cache that holds leads is left as it is.
    store->reset();
    QVERIFY(CacheOpening::open(path, nullptr, options).ok());
    QCOMPARE(LeadStore::open(path).value()->stats(QDate(2026, 11, 23)).value().leads, sample);
}

void TestCacheOpening::damagedCacheIsMovedAsideWithNotice()
{
    const QString path = m_dir->filePath("leads.sqlite");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    auto opened = CacheOpening::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY2(opened->notice.contains("not a SQLite database") || opened->notice.contains("moved"),
             qPrintable(opened->notice));
    QCOMPARE(QDir(m_dir->path()).entryList({ "leads.sqlite.damaged-*" }).size(), 1);
    auto stats = LeadStore::open(opened->location).value()->stats(QDate(2026, 11, 23));
    QVERIFY(stats.ok());
    QCOMPARE(stats->leads, 0);
}

void TestCacheOpening::uncleanEndIsCheckedBehindTheWindow_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::newRow("healthy") << false;
    QTest::newRow("garbage over pages in the middle") << true;
}

void TestCacheOpening::uncleanEndIsCheckedBehindTheWindow()
{
    QFETCH(bool, damaged);
    const QString path = m_dir->filePath("leads.sqlite");
    {
        CacheOpening::Options sample;
        sample.sampleWhenEmpty = true;
        QVERIFY(CacheOpening::open(path, nullptr, sample).ok());
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 1024 * 1024);
    QVERIFY(!QFileInfo::exists(path + "-wal"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damaged) {
        // Pages in the middle: the structure looks sound, only the whole file's check sees it.
        QVERIFY(file.seek(size * 2 / 5 / 4096 * 4096));
        QByteArray bytes(int(size / 5), Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        QCOMPARE(file.write(bytes), bytes.size());
    }
    file.close();
    // What a session that did not close the cache leaves beside it.
    QFile wal(path + "-wal");
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(100, 'w'));
    wal.close();

    // The window opens on the structure check, without a dialog; the whole file is checked
    // behind it.
    DialogWatch watch;
    CacheOpening::Options options;
    options.fullCheckAfterMs = 0;
    auto opened = CacheOpening::open(path, nullptr, options);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(opened->notice.isEmpty());
    QCOMPARE(watch.labels, QStringList());
    QVERIFY(opened->fullCheck.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(opened->fullCheck.isFinished(), 30000);
    const CacheGuard::CheckReport report = opened->fullCheck.result();
    QCOMPARE(report.depth, CacheGuard::Depth::Full);
    if (!damaged) {
        QCOMPARE(report.verdict, CacheGuard::Verdict::Healthy);
        QTest::qWait(50);
        QVERIFY(!visibleMessageBox());
        QVERIFY(!QFileInfo::exists(CacheGuard::checkNeededPath(path)));
        // And the next start is a quick one.
        QVERIFY(!CacheOpening::open(path).value().fullCheck.isValid());
        return;
    }
    QCOMPARE(report.verdict, CacheGuard::Verdict::Damaged);
    QVERIFY(!report.movedAside());
    // The analyst is told, and the next start moves the file aside.
    QTRY_VERIFY(visibleMessageBox());
    QMessageBox* box = visibleMessageBox();
    QVERIFY2(box->text().contains("is damaged") && box->text().contains("next start"), qPrintable(box->text()));
    box->close();
    QVERIFY(QFileInfo::exists(CacheGuard::checkNeededPath(path)));
    QVERIFY(QFileInfo::exists(path));

    auto next = CacheOpening::open(path);
    QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    QVERIFY2(next->notice.contains("moved aside"), qPrintable(next->notice));
    QVERIFY(!next->fullCheck.isValid());
    // (The check's read-only connection left an empty -wal and -shm; they travel with it.)
    const QStringList aside = QDir(m_dir->path()).entryList({"leads.sqlite.damaged-*"});
    QCOMPARE(aside.filter(QRegularExpression(QStringLiteral("Z$"))).size(), 1);
    QVERIFY(!QFileInfo::exists(CacheGuard::checkNeededPath(path)));
}

QTEST_MAIN(TestCacheOpening)
#include "tst_cacheopening.moc"
