// The importer's reports to whoever waits on it: progress while the file is read, then, for a
// file large enough to load in bulk, the one step that has no measure of its own (the
// indexes made again), announced before it starts.
#include "LeadGenerator.h"
#include "LeadImporter.h"
#include "LeadStore.h"

#include <QDate>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What the importer told, in order.
struct Reports
{
    QList<qint64> progressRecords;
    qint64 bytesTotal = 0;
    qint64 lastBytesDone = 0;
    QList<qint64> indexingRecords;
    int progressAfterIndexing = 0;

    void listen(LeadImporter& importer)
    {
        importer.setProgress([this](qint64 done, qint64 total, qint64 records) {
            progressRecords.append(records);
            bytesTotal = total;
            lastBytesDone = done;
            if (!indexingRecords.isEmpty())
                ++progressAfterIndexing;
        });
        importer.setIndexingStarted([this](qint64 records) { indexingRecords.append(records); });
    }
};

} // namespace

class TestLeadImporter : public QObject
{
    Q_OBJECT
private slots:
    void bulkImportAnnouncesItsIndexing();
    void smallImportHasNoIndexingStep();

private:
    // Imports `count` generated bulk-CSV leads into a cache of their own, listened to by `reports`.
    Result<ImportSummary> importGenerated(const QString& name, int count, Reports& reports);

    QTemporaryDir m_dir;
    std::unique_ptr<LeadStore> m_store;
};

Result<ImportSummary> TestLeadImporter::importGenerated(const QString& name, int count, Reports& reports)
{
    const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
    LeadGen::WriteRequest request;
    request.format = LeadGen::Format::SamCsv;
    request.count = count;
    request.out = csv;
    const LeadGen::WriteResult written = LeadGen::write(LeadGen::LeadGenerator(3, QDate(2026, 1, 1)), request);
    if (!written.ok())
        return Error{written.error};
    auto store = LeadStore::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (!store)
        return store.error();
    m_store = std::move(*store);
    LeadImporter importer(*m_store);
    reports.listen(importer);
    return importer.importFile(csv, ImportFormat::SamCsv);
}

void TestLeadImporter::bulkImportAnnouncesItsIndexing()
{
    // Above the store's bulk-load threshold (5,000 leads, judged from the file's size).
    constexpr int kCount = 6000;
    Reports reports;
    auto summary = importGenerated(QStringLiteral("bulk"), kCount, reports);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, qint64(kCount));

    QVERIFY(reports.progressRecords.size() > 1);
    QVERIFY(std::is_sorted(reports.progressRecords.begin(), reports.progressRecords.end()));
    QCOMPARE(reports.progressRecords.last(), qint64(kCount));
    QCOMPARE(reports.lastBytesDone, reports.bytesTotal);
    // Once, after the last progress, with every lead read.
    QCOMPARE(reports.indexingRecords, QList<qint64>{kCount});
    QCOMPARE(reports.progressAfterIndexing, 0);
    // And the indexes it announced are made: a keyword finds the leads.
    LeadFilter filter;
    filter.text = QStringLiteral("services");
    auto found = m_store->count(filter, QDate(2026, 1, 1));
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QVERIFY(*found > 0);
}

void TestLeadImporter::smallImportHasNoIndexingStep()
{
    Reports reports;
    auto summary = importGenerated(QStringLiteral("small"), 50, reports);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, qint64(50));
    QCOMPARE(reports.progressRecords.last(), qint64(50));
    QVERIFY(reports.indexingRecords.isEmpty());
}

QTEST_GUILESS_MAIN(TestLeadImporter)
#include "tst_leadimporter.moc"
