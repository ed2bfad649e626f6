#include "ImportController.h"

#include "Dialogs.h"
#include "LeadImporter.h"
#include "LeadStore.h"
#include "StoreWorker.h"

#include <QCoreApplication>
#include <QFile>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {

// The window's texts, in its translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

// What File › Import did, file by file: counted on the writer, said on the UI thread.
struct ImportOutcome
{
    int imported = 0;
    QStringList problems;
};

} // namespace

ImportController::ImportController(StoreWorker& writer, QWidget* window)
    : QObject(window)
    , m_writer(writer)
    , m_window(window)
{
}

ImportController::~ImportController() = default;

void ImportController::importFiles()
{
    const QStringList files = Dialogs::openFileNames(m_window, Messages::tr("Import leads"),
        Messages::tr("SAM.gov or ITA files (*.json *.csv);;SAM.gov bulk CSV (*.csv);;API pages (*.json)"));
    if (files.isEmpty())
        return;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto fileIndex = std::make_shared<std::atomic<int>>(0);
    auto* progress
        = new QProgressDialog(Messages::tr("Importing…"), Messages::tr("Cancel"), 0, int(files.size()) * 100, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto percent = std::make_shared<std::atomic<int>>(0);
    // The leads of a large file read, while the cache's indexes are made again; -1 before.
    auto indexing = std::make_shared<std::atomic<qint64>>(-1);
    auto* poll = new QTimer(progress);
    // Closed when the import ends, not when the bar is full: the last file's indexes come after.
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    const int steps = int(files.size()) * 100;
    connect(poll, &QTimer::timeout, progress, [progress, fileIndex, percent, indexing, steps] {
        const qint64 records = *indexing;
        if (records < 0) {
            progress->setMaximum(steps);
            progress->setValue(*fileIndex * 100 + *percent);
            progress->setLabelText(Messages::tr("Importing…"));
            return;
        }
        // No measure of its own: a busy bar, shown at once (the wait is a large file's).
        progress->setMaximum(0);
        progress->setLabelText(Messages::tr("%n lead(s) read; indexing the cache…", nullptr, int(records)));
        progress->show();
    });
    poll->start(100);
    m_writer.call(
        this,
        [files, cancelled, fileIndex, percent, indexing](LeadStore& store) -> Result<ImportOutcome> {
            ImportOutcome outcome;
            LeadImporter importer(store);
            importer.setProgress(
                [percent](qint64 done, qint64 total, qint64) { *percent = total > 0 ? int(done * 100 / total) : 0; });
            importer.setIndexingStarted([indexing](qint64 records) { *indexing = records; });
            for (const QString& file : files) {
                if (*cancelled)
                    break;
                *percent = 0;
                *indexing = -1;
                ImportFormat format = ImportFormat::SamCsv;
                if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                    QFile probe(file);
                    const QByteArray head = probe.open(QIODevice::ReadOnly) ? probe.read(4096) : QByteArray();
                    format = head.contains("opportunitiesData") ? ImportFormat::SamJson : ImportFormat::ItaJson;
                }
                auto summary = importer.importFile(file, format);
                ++*fileIndex;
                if (!summary) {
                    outcome.problems.append(summary.errorMessage());
                    continue;
                }
                outcome.imported += int(summary->inserted + summary->updated);
                for (const RecordError& error : summary->errors)
                    outcome.problems.append(error.message());
            }
            return outcome;
        },
        [this, progress, cancelled](const Result<ImportOutcome>& outcome) {
            const bool wasCancelled = *cancelled;
            progress->disconnect(this); // closing a progress dialog says "canceled"
            progress->close();
            if (!outcome) {
                emit message(outcome.errorMessage());
                return;
            }
            emit reported((wasCancelled ? Messages::tr("Import cancelled after %Ln lead(s)", nullptr, outcome->imported)
                                        : Messages::tr("Imported %Ln lead(s)", nullptr, outcome->imported))
                    + (outcome->problems.isEmpty() ? QString()
                                                   : Messages::tr(" — %n problem(s), <a href=\"details\">details</a>",
                                                       nullptr, int(outcome->problems.size()))),
                outcome->problems.join(u'\n'));
            emit finished(outcome->imported);
        });
}
