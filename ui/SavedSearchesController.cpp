#include "SavedSearchesController.h"

#include "Clock.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "LeadStore.h"
#include "SavedSearchFile.h"
#include "SaveSearchDialog.h"
#include "SavedSearchesPanel.h"
#include "StoreWorker.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSystemTrayIcon>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>
#include <utility>

SavedSearchesController::SavedSearchesController(StoreWorker& reader, StoreWorker& writer, SavedSearchesPanel* panel,
                                                 QWidget* window)
    : QObject(window)
    , m_reader(reader)
    , m_writer(writer)
    , m_counter(std::make_unique<StoreWorker>(writer.location(), QStringLiteral("SavedSearchCounts")))
    , m_panel(panel)
    , m_window(window)
{
    connect(panel, &SavedSearchesPanel::searchActivated, this, [this](const QString& name) {
        const std::optional<SavedSearch> search = known(name);
        if (!search)
            return;
        auto filter = search->usableFilter();
        if (!filter) {
            emit message(tr("The saved search \"%1\" cannot be read: %2").arg(name, filter.errorMessage()));
            return;
        }
        // Opening a search is what clears its "new" mark (a teammate's has none of ours).
        if (search->sharedBy.isEmpty())
            write([name, at = Clock::nowUtcText()](LeadStore& store) { return store.markSavedSearchViewed(name, at); });
        emit openRequested(*filter);
    });
    connect(panel, &SavedSearchesPanel::removeRequested, this, &SavedSearchesController::remove);
    connect(panel, &SavedSearchesPanel::renameRequested, this, &SavedSearchesController::rename);
    connect(panel, &SavedSearchesPanel::notifyChanged, this, [this](const QString& name, bool notify) {
        write([name, notify](LeadStore& store) { return store.setSavedSearchNotify(name, notify); });
    });
    connect(panel, &SavedSearchesPanel::sharedChanged, this, [this](const QString& name, bool shared) {
        write([name, shared](LeadStore& store) { return store.setSavedSearchShared(name, shared); });
    });
    connect(panel, &SavedSearchesPanel::orderChanged, this, [this](const QStringList& names) {
        write([names](LeadStore& store) { return store.setSavedSearchOrder(names); });
    });
    auto requestExport = [this](const QString& name, bool calendar) {
        const std::optional<SavedSearch> search = known(name);
        auto filter = search ? search->usableFilter()
                             : Result<LeadFilter>(Error{tr("There is no saved search named \"%1\"").arg(name)});
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

SavedSearchesController::~SavedSearchesController() = default;

void SavedSearchesController::setTeam(const QString& team)
{
    m_team = team;
    m_panel->setSharingOffered(!team.isEmpty());
}

void SavedSearchesController::save(const QString& name, const LeadFilter& filter, bool shared)
{
    SavedSearch search;
    search.name = name.trimmed();
    search.shared = shared;
    search.filter = filter;
    search.filter.firstSeenAfter.clear(); // a moment of this session, not part of the search
    m_writer.call(
        this, [search](LeadStore& store) { return store.addSavedSearch(search); },
        [this, name = search.name](const Status& saved) {
            emit message(saved ? tr("Saved search \"%1\"").arg(name) : saved.errorMessage());
            refresh();
        });
}

void SavedSearchesController::askAndSave(const LeadFilter& filter)
{
    auto* dialog = new SaveSearchDialog(filter.text, m_team, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveSearchDialog::saveRequested, this, [this, filter](const QString& name, bool shared) {
        if (!name.trimmed().isEmpty())
            save(name, filter, shared);
    });
    // Tried on the reader, off this thread; the dialog is the answer's context, so one closed
    // before the answer arrives never hears of it.
    LeadFilter tried = filter;
    tried.firstSeenAfter.clear(); // as save() keeps it
    m_reader.call(
        dialog,
        [tried, today = Clock::today()](LeadStore& store) {
            return store.backtest(tried, today, SearchBacktest::kDefaultWeeks);
        },
        [dialog](const Result<SearchBacktest>& backtest) { dialog->showBacktest(backtest); });
    dialog->open();
}

std::optional<SavedSearch> SavedSearchesController::known(const QString& name) const
{
    for (const SavedSearch& search : m_searches) {
        if (search.key() == name)
            return search;
    }
    return std::nullopt;
}

void SavedSearchesController::write(std::function<Status(LeadStore&)> change)
{
    m_writer.call(this, std::move(change), [this](const Status& status) {
        if (!status)
            emit message(status.errorMessage());
        refresh();
    });
}

void SavedSearchesController::remove(const QString& name)
{
    const std::optional<SavedSearch> search = known(name);
    if (!search)
        return;
    if (!search->sharedBy.isEmpty())
        return; // a teammate's: theirs to delete
    QStringList order;
    for (const SavedSearch& each : std::as_const(m_searches)) {
        if (each.sharedBy.isEmpty())
            order.append(each.name);
    }
    auto* command = new EditCommands::RemoveSavedSearch(
        m_writer, this, *search, order, [this] { refresh(); }, [this](const QString& problem) { emit message(problem); });
    if (m_undo) {
        m_undo->push(command);
        emit message(tr("Deleted the saved search \"%1\" (Ctrl+Z brings it back)").arg(name));
    } else {
        command->redo();
        delete command;
    }
}

void SavedSearchesController::rename(const QString& name, const QString& newName)
{
    // Refused here, before it reaches the undo stack, when the list already says no.
    if (const auto search = known(name); !search || !search->sharedBy.isEmpty())
        return;
    if (newName.trimmed().isEmpty() || known(newName.trimmed())) {
        emit message(tr("A saved search named \"%1\" already exists").arg(newName.trimmed()));
        return;
    }
    auto* command = new EditCommands::RenameSavedSearch(
        m_writer, this, name, newName.trimmed(), [this] { refresh(); },
        [this](const QString& problem) { emit message(problem); });
    if (m_undo) {
        m_undo->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void SavedSearchesController::refresh()
{
    const quint64 generation = ++m_listGeneration;
    m_reader.call(
        this, [](LeadStore& store) { return store.savedSearches(); },
        [this, generation](const Result<QList<SavedSearch>>& searches) {
            if (generation != m_listGeneration)
                return;
            if (!searches) {
                emit message(searches.errorMessage());
                return;
            }
            // The names at once, with the counts known so far; fresh counts when they are in.
            const QList<SavedSearch> before = std::exchange(m_searches, *searches);
            const QList<SavedSearchesPanel::Entry> shown = m_panel->entries();
            QList<SavedSearchesPanel::Entry> entries;
            for (const SavedSearch& search : std::as_const(m_searches)) {
                SavedSearchesPanel::Entry entry{search.key(), -1, -1, search.notify, search.shared, search.sharedBy};
                const bool sameFilter = std::any_of(before.cbegin(), before.cend(), [&](const SavedSearch& old) {
                    return old.key() == search.key() && old.filterJson() == search.filterJson();
                });
                for (const SavedSearchesPanel::Entry& old : shown) {
                    if (sameFilter && old.name == search.key()) {
                        entry.count = old.count;
                        entry.newCount = old.newCount;
                    }
                }
                entries.append(entry);
            }
            m_panel->setEntries(entries);
            count({});
        });
}

void SavedSearchesController::count(const QString& gainedSince)
{
    const quint64 generation = ++m_countGeneration;
    m_counter->call(
        this,
        [today = Clock::today(), gainedSince](LeadStore& store) {
            return Result<QList<SavedSearchCount>>(countSavedSearches(store, today, gainedSince));
        },
        [this, generation, gainedSince](const Result<QList<SavedSearchCount>>& counts) {
            if (!counts) {
                emit message(counts.errorMessage());
                return;
            }
            m_writer.post(this, [counts = *counts](LeadStore& store) { recordSavedSearchCounts(store, counts); });
            // A sync's notification stands even when a newer count replaced this one on screen;
            // its counts are the panel's too (no second pass over every search).
            if (!gainedSince.isEmpty())
                notify(searchesToNotify(*counts));
            if (generation != m_countGeneration)
                return;
            showCounts(*counts);
            emit refreshed();
        });
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
    count(startedAt);
    announceTrackedAwards(startedAt);
}

void SavedSearchesController::announceTrackedAwards(const QString& since)
{
    m_counter->call(
        this, [since](LeadStore& store) { return store.trackedFamilyAwards(since); },
        [this](const Result<QList<StoredLead>>& awards) {
            if (!awards) {
                emit message(awards.errorMessage());
                return;
            }
            if (awards->isEmpty())
                return;
            QStringList lines;
            for (const StoredLead& award : *awards) {
                const QString name = award.lead.title.isEmpty() ? award.lead.sourceId : award.lead.title;
                lines.append(tr("Award posted for \"%1\", which you track").arg(name));
            }
            showNotification(awards->size() == 1 ? tr("A lead you track was awarded")
                                                 : tr("%1 leads you track were awarded").arg(awards->size()),
                             lines);
        });
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
    showNotification(title, lines);
}

void SavedSearchesController::showNotification(const QString& title, const QStringList& lines)
{
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

void SavedSearchesController::exportTo(const QString& path, std::function<void(const Result<int>&)> done)
{
    m_reader.call(
        this,
        [path](LeadStore& store) -> Result<int> {
            auto searches = store.savedSearches();
            if (!searches)
                return searches.error();
            // The analyst's own: a teammate's shared search is theirs to export.
            searches->removeIf([](const SavedSearch& search) { return !search.sharedBy.isEmpty(); });
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(SavedSearchFile::write(*searches)) < 0 || !file.commit())
                return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
            return int(searches->size());
        },
        std::move(done));
}

void SavedSearchesController::importFrom(const QString& path, std::function<void(const Result<Imported>&)> done)
{
    m_writer.call(
        this,
        [path](LeadStore& store) -> Result<Imported> {
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
            Imported imported;
            imported.problems = contents->problems;
            for (const SavedSearch& search : contents->searches) {
                if (auto added = store.addSavedSearch(search); added)
                    ++imported.added;
                else
                    imported.problems.append(tr("\"%1\": %2").arg(search.name, added.errorMessage()));
            }
            return imported;
        },
        [this, done = std::move(done)](const Result<Imported>& imported) {
            refresh();
            done(imported);
        });
}

void SavedSearchesController::exportToFile()
{
    const QString path = Dialogs::saveFileName(m_window, tr("Export saved searches"),
                                               QStringLiteral("saved-searches.json"), tr("Saved searches (*.json)"));
    if (path.isEmpty())
        return;
    exportTo(path, [this, path](const Result<int>& written) {
        emit message(written ? tr("Exported %Ln saved search(es) to %1", nullptr, *written).arg(path)
                             : written.errorMessage());
    });
}

void SavedSearchesController::importFromFile()
{
    const QStringList chosen = Dialogs::openFileNames(m_window, tr("Import saved searches"),
                                                      tr("Saved searches (*.json);;All files (*)"));
    for (const QString& path : chosen) {
        importFrom(path, [this](const Result<Imported>& imported) {
            if (!imported) {
                QMessageBox::warning(m_window, tr("Import saved searches"), imported.errorMessage());
                return;
            }
            const QString summary = tr("Imported %Ln saved search(es).", nullptr, imported->added);
            emit message(summary);
            if (imported->problems.isEmpty())
                return;
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Import saved searches"),
                                        summary + u' '
                                            + tr("%Ln entr(y/ies) were left out.", nullptr, int(imported->problems.size())),
                                        QMessageBox::Close, m_window);
            box->setDetailedText(imported->problems.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
}
