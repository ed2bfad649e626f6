#include "SavedSearchesController.h"

#include "Clock.h"
#include "EditCommands.h"
#include "LeadNormalize.h"
#include "LeadStore.h"
#include "SavedSearchFile.h"
#include "SavedSearchesPanel.h"

#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSystemTrayIcon>
#include <QUndoStack>
#include <QWidget>
#include <QtConcurrent>

SavedSearchesController::SavedSearchesController(LeadStore& store, SavedSearchesPanel* panel, QWidget* window)
    : QObject(window), m_store(store), m_panel(panel), m_window(window)
{
    connect(panel, &SavedSearchesPanel::searchActivated, this, [this](const QString& name, const QByteArray& json) {
        auto filter = LeadFilter::fromJson(json);
        if (!filter) {
            emit message(tr("The saved search \"%1\" cannot be read: %2").arg(name, filter.errorMessage()));
            return;
        }
        // Opening a search is what clears its "new" mark.
        report(m_store.markSavedSearchViewed(name, Clock::nowUtcText()));
        emit openRequested(*filter);
        refresh();
    });
    connect(panel, &SavedSearchesPanel::removeRequested, this, [this](const QString& name) {
        auto* command = new EditCommands::RemoveSavedSearch(
            m_store, name, [this] { refresh(); }, [this](const QString& problem) { emit message(problem); });
        if (m_undo) {
            const int before = m_undo->index();
            m_undo->push(command); // deleted there when the deletion failed
            if (m_undo->index() > before)
                emit message(tr("Deleted the saved search \"%1\" (Ctrl+Z brings it back)").arg(name));
        } else {
            command->redo();
            delete command;
        }
    });
    connect(panel, &SavedSearchesPanel::renameRequested, this, [this](const QString& name, const QString& newName) {
        auto* command = new EditCommands::RenameSavedSearch(
            m_store, name, newName, [this] { refresh(); }, [this](const QString& problem) { emit message(problem); });
        if (m_undo) {
            m_undo->push(command);
        } else {
            command->redo();
            delete command;
        }
    });
    connect(panel, &SavedSearchesPanel::notifyChanged, this, [this](const QString& name, bool notify) {
        report(m_store.setSavedSearchNotify(name, notify));
        refresh();
    });
    connect(panel, &SavedSearchesPanel::orderChanged, this, [this](const QStringList& names) {
        report(m_store.setSavedSearchOrder(names));
    });
    auto requestExport = [this](const QString& name, bool calendar) {
        auto search = m_store.savedSearch(name);
        auto filter = search ? LeadFilter::fromJson(search->filterJson) : Result<LeadFilter>(search.error());
        if (!filter) {
            emit message(filter.errorMessage());
            return;
        }
        emit exportRequested(name, *filter, calendar);
    };
    connect(panel, &SavedSearchesPanel::exportRequested, this, [requestExport](const QString& name) {
        requestExport(name, false);
    });
    connect(panel, &SavedSearchesPanel::calendarRequested, this, [requestExport](const QString& name) {
        requestExport(name, true);
    });
}

void SavedSearchesController::report(const Status& status)
{
    if (!status)
        emit message(status.errorMessage());
}

void SavedSearchesController::refresh()
{
    auto searches = m_store.savedSearches();
    if (!searches)
        return;
    // The names at once, the counts when the worker has them.
    QList<SavedSearchesPanel::Entry> entries;
    for (const SavedSearch& search : *searches)
        entries.append({search.name, search.filterJson, -1, -1, search.notify});
    m_panel->setEntries(entries);
    auto* watcher = new QFutureWatcher<QList<SavedSearchCount>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showCounts(watcher->result());
        watcher->deleteLater();
        emit refreshed();
    });
    watcher->setFuture(QtConcurrent::run(countSavedSearches, m_store.path(), Clock::today(), QString()));
}

void SavedSearchesController::showCounts(const QList<SavedSearchCount>& counts)
{
    QList<SavedSearchesPanel::Entry> entries = m_panel->entries();
    for (SavedSearchesPanel::Entry& entry : entries) {
        for (const SavedSearchCount& count : counts) {
            if (count.name == entry.name) {
                entry.count = count.matches;
                entry.newCount = count.newMatches;
                entry.notify = count.notify;
            }
        }
    }
    m_panel->setEntries(entries);
}

void SavedSearchesController::syncFinished(const QString& startedAt)
{
    auto* watcher = new QFutureWatcher<QList<SavedSearchCount>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QList<SavedSearchCount> counts = watcher->result();
        watcher->deleteLater();
        notify(searchesToNotify(counts));
        refresh();
    });
    watcher->setFuture(QtConcurrent::run(countSavedSearches, m_store.path(), Clock::today(), startedAt));
}

void SavedSearchesController::notify(const QList<SavedSearchCount>& gained)
{
    if (gained.isEmpty())
        return;
    const QLocale locale;
    QStringList lines;
    for (const SavedSearchCount& search : gained)
        lines.append(tr("%1: %Ln new match(es)", nullptr, int(qMin<qint64>(search.gained, INT_MAX))).arg(search.name));
    const QString title = gained.size() == 1 ? tr("New leads for \"%1\"").arg(gained.first().name)
                                             : tr("New leads for %Ln saved search(es)", nullptr, int(gained.size()));
    const QString text = lines.join(u'\n');
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Trade Leads"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
    } else {
        emit message(title + QStringLiteral(" — ") + lines.join(QStringLiteral("; ")));
    }
    emit notified(title, text);
}

Result<int> SavedSearchesController::exportTo(const QString& path)
{
    auto searches = m_store.savedSearches();
    if (!searches)
        return searches.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SavedSearchFile::write(*searches)) < 0 || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return int(searches->size());
}

Result<int> SavedSearchesController::importFrom(const QString& path, QStringList* problems)
{
    QFile file(path);
    // Far more than any real list of searches; a bigger file is not one.
    constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxFileSize)
        return Error{tr("%1 is too large to be a saved-search file").arg(path)};
    auto contents = SavedSearchFile::read(file.readAll());
    if (!contents)
        return Error{tr("%1: %2").arg(QFileInfo(path).fileName(), contents.errorMessage())};
    *problems = contents->problems;
    int imported = 0;
    for (const SavedSearch& search : contents->searches) {
        if (auto added = m_store.addSavedSearch(search); added)
            ++imported;
        else
            problems->append(tr("\"%1\": %2").arg(search.name, added.errorMessage()));
    }
    refresh();
    return imported;
}

void SavedSearchesController::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export saved searches"),
                                                      QStringLiteral("saved-searches.json"), tr("Saved searches (*.json)"));
    if (path.isEmpty())
        return;
    auto written = exportTo(path);
    emit message(written ? tr("Exported %Ln saved search(es) to %1", nullptr, *written).arg(path)
                         : written.errorMessage());
}

void SavedSearchesController::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import saved searches"), QString(),
                                                      tr("Saved searches (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList problems;
    auto imported = importFrom(path, &problems);
    if (!imported) {
        QMessageBox::warning(m_window, tr("Import saved searches"), imported.errorMessage());
        return;
    }
    const QString summary = tr("Imported %Ln saved search(es).", nullptr, *imported);
    emit message(summary);
    if (problems.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import saved searches"),
                                summary + u' ' + tr("%Ln entr(y/ies) were left out.", nullptr, int(problems.size())),
                                QMessageBox::Close, m_window);
    box->setDetailedText(problems.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
