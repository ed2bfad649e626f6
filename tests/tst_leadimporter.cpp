// The importer's reports to whoever waits on it: progress while the file is read, then, for a
// file large enough to load in bulk, the one step that has no measure of its own (the
// indexes made again), announced before it starts.
#include "CacheGuard.h"
#include "LeadGenerator.h"
#include "LeadImporter.h"
#include "LeadStore.h"

#include <QDate>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

#include <sys/stat.h>

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
    void pipedImportTurnsToBulkOnceLarge();

private:
    // Imports `count` generated bulk-CSV leads into a cache of their own, listened to by `reports`.
    Result<ImportSummary> importGenerated(const QString& name, int count, Reports& reports);
    // Writes `count` generated bulk-CSV leads to `name`.csv; its path, or empty on failure.
    QString generate(const QString& name, int count);

    QTemporaryDir m_dir;
    std::unique_ptr<LeadStore> m_store;
};

QString TestLeadImporter::generate(const QString& name, int count)
{
    const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
    LeadGen::WriteRequest request;
    request.format = LeadGen::Format::SamCsv;
    request.count = count;
    request.out = csv;
    const LeadGen::WriteResult written = LeadGen::write(LeadGen::LeadGenerator(3, QDate(2026, 1, 1)), request);
    if (!written.ok()) {
        qWarning("%s", qPrintable(written.error));
        return {};
    }
    return csv;
}

Result<ImportSummary> TestLeadImporter::importGenerated(const QString& name, int count, Reports& reports)
{
    const QString csv = generate(name, count);
    if (csv.isEmpty())
        return Error{QStringLiteral("the CSV was not written")};
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

void TestLeadImporter::pipedImportTurnsToBulkOnceLarge()
{
    // A pipe has no size to judge by (`tradeleads import <(zcat ContractOpportunities.csv.gz)`):
    // the import starts row by row and turns to a bulk load once the store would take one.
    constexpr int kCount = 12000;
    const QString csv = generate(QStringLiteral("piped"), kCount);
    QVERIFY(!csv.isEmpty());
    auto store = LeadStore::open(m_dir.filePath(QStringLiteral("piped.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    const QString fifo = m_dir.filePath(QStringLiteral("piped.fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Started only once nothing can return before the import opens the FIFO's other end.
    std::thread writer([&csv, &fifo] {
        QFile in(csv);
        QFile out(fifo);
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)) {
            while (!in.atEnd())
                out.write(in.read(1 << 16));
        }
    });
    LeadImporter importer(*m_store);
    Reports reports;
    reports.listen(importer);
    auto summary = importer.importFile(fifo, ImportFormat::SamCsv);
    writer.join();
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->inserted, qint64(kCount));
    QCOMPARE(reports.bytesTotal, qint64(-1));
    // The indexes were set aside and made again: the announcement came, once, with every lead.
    QCOMPARE(reports.indexingRecords, QList<qint64>{kCount});
    // Every lead, those stored row by row before the turn and those after, is found by keyword
    // and counted as the generator wrote them.
    LeadFilter everything;
    auto all = m_store->count(everything, QDate(2026, 1, 1));
    QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
    QCOMPARE(*all, qint64(kCount));
    LeadFilter keyword;
    keyword.text = QStringLiteral("services");
    auto found = m_store->count(keyword, QDate(2026, 1, 1));
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QVERIFY(*found > 0);
    // And the cache is whole, every index agreeing with its table.
    m_store.reset();
    const CacheGuard::CheckReport report
        = CacheGuard::check(m_dir.filePath(QStringLiteral("piped.sqlite")), CacheGuard::Depth::Thorough);
    QVERIFY2(report.verdict == CacheGuard::Verdict::Healthy, qPrintable(report.reason));
}

QTEST_GUILESS_MAIN(TestLeadImporter)
#include "tst_leadimporter.moc"
