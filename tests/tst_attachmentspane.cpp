// The window's side of attachments: the detail pane lists a lead's documents, downloads them
// from the fake SAM.gov over loopback, the filter bar's keyword then finds the lead by a word
// only its PDF holds, the table marks the row and the pane shows the passage; Remove takes
// it out of the search again. On a local cache and on a team server. Saves attachments-pane.png
// and attachments-pane-server.png to look at.
#include "AttachmentsPanel.h"
#include "DetailPane.h"
#include "FakeApiServer.h"
#include "FilterBar.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "TwoBackends.h"

#include <QBuffer>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

const QString kSamKey = QStringLiteral("pane-sam-key-0c4dd885100746b2");
const QString kServerDatabase = QStringLiteral("tl_test_attachments_pane");

QByteArray pdfWith(const QString& line)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(400, 400, QStringLiteral("Statement of work"));
    painter.drawText(400, 800, line);
    painter.end();
    return bytes;
}

bool settle(LeadTableModel* model)
{
    return QTest::qWaitFor([model] { return model->isComplete(); }, 10000);
}

} // namespace

class TestAttachmentsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void downloadSearchAndRemoveInTheWindow();

private:
    QString m_serverProblem;
};

void TestAttachmentsPane::initTestCase_data()
{
    TwoBackends::addRows();
}

void TestAttachmentsPane::initTestCase()
{
    m_serverProblem = TwoBackends::createDatabase(kServerDatabase);
}

void TestAttachmentsPane::cleanupTestCase()
{
    if (m_serverProblem.isEmpty())
        PgTestServer::dropDatabase(kServerDatabase);
}

void TestAttachmentsPane::init()
{
    TWO_BACKENDS_INIT(kServerDatabase, m_serverProblem);
}

void TestAttachmentsPane::downloadSearchAndRemoveInTheWindow()
{
    QSettings().clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeApiServer server;
    QVERIFY(server.listen());
    server.setSamKey(kSamKey);
    qputenv("TRADELEADS_SAM_URL", server.baseUrl().toString().toUtf8());
    qputenv("TRADELEADS_SAM_API_KEY", kSamKey.toUtf8());
    qputenv("TRADELEADS_SAM_DAILY_QUOTA", "10000");
    // A team server's downloads go to the data folder: this test's own.
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));

    using File = FakeApiServer::ServedFile;
    const QByteArray pdf = pdfWith(QStringLiteral("Quarterly calibration of the anemometer masts."));
    File sow { "/files/sow/download", pdf, "application/pdf", "Statement of Work.pdf", File::Whole, {}, true };
    File damaged { "/files/broken/download", "%PDF-1.5\n1 0 obj garbage", "application/pdf", "Drawings.pdf", File::Whole, {}, true };
    File sheet { "/files/sheet/download", "Line item, unit price\nMast climb, 1200\n", "text/csv", "Pricing.csv", File::Whole, {}, true };
    server.serveFile(sow);
    server.serveFile(damaged);
    server.serveFile(sheet);

    const QString cache = TwoBackends::location(dir, kServerDatabase);
    {
        auto store = LeadStore::open(cache);
        QVERIFY(store);
        QVERIFY(SampleData::load(**store, QDate(2026, 11, 23)));
        Lead lead;
        lead.source = QStringLiteral("sam");
        lead.sourceId = QStringLiteral("5e1d5c1a0f2b4c3e8d9a7b6c5d4e3f2a");
        lead.title = QStringLiteral("Wind measurement masts, maintenance");
        lead.agency = QStringLiteral("DEPT OF ENERGY");
        lead.noticeType = QStringLiteral("Solicitation");
        lead.postedAt = QStringLiteral("2026-11-20");
        lead.deadlineAt = QStringLiteral("2026-12-18");
        lead.active = true;
        lead.raw = R"({"noticeId":"5e1d5c1a0f2b4c3e8d9a7b6c5d4e3f2a"})";
        for (const char* path : { "/files/sow/download?api_key=null&token=", "/files/broken/download", "/files/sheet/download" })
            lead.attachmentUrls.append(server.baseUrl().toString() + QString::fromLatin1(path));
        QVERIFY((*store)->upsert({ lead }));
    }

    MainWindow window(cache);
    window.resize(1280, 800);
    window.show();
    QVERIFY(settle(window.leadModel()));
    window.filterBar()->searchField()->setText(QStringLiteral("anemometer"));
    QTRY_VERIFY_WITH_TIMEOUT(settle(window.leadModel()) && window.leadModel()->rowCount() == 0, 10000);

    window.filterBar()->searchField()->setText(QStringLiteral("masts"));
    QTRY_VERIFY_WITH_TIMEOUT(settle(window.leadModel()) && window.leadModel()->rowCount() == 1, 10000);
    window.leadTable()->selectRow(0);
    DetailPane* pane = window.detailPane();
    QTRY_COMPARE(pane->sourceId(), QStringLiteral("5e1d5c1a0f2b4c3e8d9a7b6c5d4e3f2a"));
    AttachmentsPanel* panel = pane->attachmentsPanel();
    QTRY_COMPARE(panel->list()->topLevelItemCount(), 3);
    QTabWidget* tabs = pane->tabs();
    const int tab = tabs->indexOf(panel);
    QCOMPARE(tabs->tabText(tab), QStringLiteral("Attachments (3)"));
    tabs->setCurrentIndex(tab);
    QVERIFY(panel->downloadAllButton()->isEnabled());
    QVERIFY(!panel->openButton()->isEnabled());

    panel->downloadAllButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int stored = 0;
            for (const Attachment& attachment : panel->attachments())
                stored += attachment.stored() ? 1 : 0;
            return stored == 3;
        }(),
        20000);
    QTreeWidget* list = panel->list();
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Statement of Work.pdf"));
    QVERIFY2(list->topLevelItem(1)->text(3).contains(QStringLiteral("Damaged PDF")), qPrintable(list->topLevelItem(1)->text(3)));
    QVERIFY(!panel->downloadAllButton()->isEnabled());

    // Open hands the kept file over, never renders it.
    QString opened;
    panel->setFileOpener([&opened](const QString& path) { opened = path; });
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(panel->openButton()->isEnabled());
    panel->openButton()->click();
    QVERIFY2(opened.endsWith(QStringLiteral(".pdf")) && QFile::exists(opened), qPrintable(opened));

    // The word only the PDF holds now finds the lead; the row says where.
    window.filterBar()->searchField()->setText(QStringLiteral("anemometer"));
    QTRY_VERIFY_WITH_TIMEOUT(settle(window.leadModel()) && window.leadModel()->rowCount() == 1, 10000);
    const QModelIndex title = window.leadModel()->index(0, LeadTableModel::Title);
    QTRY_VERIFY(title.data().toString().startsWith(QStringLiteral("[in attachment]")));
    QTRY_VERIFY_WITH_TIMEOUT(panel->passagesView()->toPlainText().contains(QStringLiteral("anemometer")), 10000);
    QVERIFY(panel->passagesView()->isVisible());

    const QString path = QDir::current().filePath(TwoBackends::onServer() ? QStringLiteral("attachments-pane-server.png")
                                                                          : QStringLiteral("attachments-pane.png"));
    QVERIFY(window.grab().save(path));
    qInfo("Screenshot of the attachments tab: %s", qPrintable(path));

    // Removed: out of the folder and out of the search.
    list->setCurrentItem(list->topLevelItem(0));
    panel->removeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->attachments().isEmpty() && !panel->attachments().first().stored(), 10000);
    QVERIFY(!QFile::exists(opened));
    QTRY_VERIFY_WITH_TIMEOUT(settle(window.leadModel()) && window.leadModel()->rowCount() == 0, 10000);

    // The key went to the SAM host only, in place of api_key=null.
    for (const FakeApiServer::Request& request : server.requests()) {
        QVERIFY2(!request.target.contains("api_key=null"), request.target.constData());
        QVERIFY2(request.target.contains(kSamKey.toLatin1()), request.target.constData());
    }
}

QTEST_MAIN(TestAttachmentsPane)
#include "tst_attachmentspane.moc"
