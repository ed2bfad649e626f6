#include "ExportController.h"

#include "Clock.h"
#include "Dialogs.h"
#include "LeadExport.h"
#include "LeadStore.h"
#include "LeadTableModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace {

// The window's texts, in its translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

} // namespace

ExportController::ExportController(
    const QString& cacheLocation, QTableView* table, LeadTableModel* model, QWidget* window)
    : QObject(window)
    , m_cacheLocation(cacheLocation)
    , m_table(table)
    , m_model(model)
    , m_window(window)
{
}

ExportController::~ExportController() = default;

void ExportController::askAndExport()
{
    const QString path = Dialogs::saveFileName(m_window, Messages::tr("Export leads"), QStringLiteral("leads.xlsx"),
        Messages::tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Deadlines for calendars (*.ics)"));
    if (path.isEmpty())
        return;
    const bool selection = m_table->selectionModel()->selectedRows().size() > 1
        && Dialogs::question(m_window, Messages::tr("Export"),
               Messages::tr("Export only the %Ln selected lead(s)?", nullptr,
                   int(m_table->selectionModel()->selectedRows().size())))
            == QMessageBox::Yes;
    exportTo(path, selection);
}

void ExportController::askAndExportSearch(const QString& name, const LeadFilter& filter, bool calendar)
{
    const QString path = Dialogs::saveFileName(m_window,
        calendar ? Messages::tr("Deadlines of \"%1\" to a calendar").arg(name)
                 : Messages::tr("Export \"%1\"").arg(name),
        name + (calendar ? QStringLiteral(".ics") : QStringLiteral(".xlsx")),
        calendar ? Messages::tr("Deadlines for calendars (*.ics)")
                 : Messages::tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Deadlines for calendars (*.ics)"));
    if (!path.isEmpty())
        exportTo(path, false, filter);
}

void ExportController::exportTo(const QString& path, bool selectionOnly, const std::optional<LeadFilter>& savedFilter)
{
    const auto format = LeadExport::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        emit finished(false, Messages::tr("Choose a file ending in .xlsx, .csv or .ics"));
        return;
    }
    LeadExport::Options options;
    options.format = *format;
    options.csvByteOrderMark = true;
    // The visible columns, in the order the table shows them.
    QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!m_table->isColumnHidden(column))
            options.columns.append(LeadTableModel::columnKey(column));
    }
    QList<qint64> ids;
    if (selectionOnly) {
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
            ids.append(row.data(LeadTableModel::LeadIdRole).toLongLong());
    }
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    options.progress = [cancelled, done, total](qint64 written, qint64 all) {
        *done = written;
        *total = all;
        return !*cancelled;
    };
    auto* progress = new QProgressDialog(Messages::tr("Exporting…"), Messages::tr("Cancel"), 0, 1000, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto* poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, done, total] {
        if (*total > 0)
            progress->setValue(int(*done * 1000 / *total));
    });
    poll->start(100);
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        const Result<qint64> result = watcher->result();
        watcher->deleteLater();
        progress->close();
        const QString text = result
            ? Messages::tr("Exported %Ln lead(s) to %1", nullptr, int(*result)).arg(path)
            : (LeadExport::isCancellation(result.error()) ? Messages::tr("Export cancelled") : result.errorMessage());
        emit message(text);
        emit finished(result.ok(), text);
    });
    if (savedFilter)
        options.filterJson = savedFilter->toJson();
    watcher->setFuture(
        QtConcurrent::run([storePath = m_cacheLocation, filter = savedFilter.value_or(m_model->filter()), ids, path,
                              options, today = Clock::today(), selectionOnly]() -> Result<qint64> {
            auto store = LeadStore::open(storePath);
            if (!store)
                return store.error();
            if (selectionOnly)
                return LeadExport::write(**store, ids, path, options);
            return LeadExport::write(**store, filter, today, -1, path, options);
        }));
}
