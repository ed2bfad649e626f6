#include "EditCommands.h"

#include <QCoreApplication>

namespace EditCommands {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)
};

constexpr int kTrackingTextId = 0x7472; // notes and tags edits of one lead merge

} // namespace

LeadTracking::LeadTracking(StoreWorker& writer, QObject* context, const QString& source, const QString& sourceId,
                           const LeadUserData& before, const LeadUserData& after, Changed changed, Failed failed)
    : QUndoCommand(describe(before, after))
    , m_writer(writer)
    , m_context(context)
    , m_source(source)
    , m_sourceId(sourceId)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
}

QString LeadTracking::describe(const LeadUserData& before, const LeadUserData& after)
{
    if (before.starred != after.starred)
        return after.starred ? Messages::tr("Star") : Messages::tr("Unstar");
    if (before.status != after.status)
        return Messages::tr("Status Change");
    if (before.assignee != after.assignee)
        return Messages::tr("Assignment");
    if (before.tags != after.tags && before.notes == after.notes)
        return Messages::tr("Tags Edit");
    return Messages::tr("Notes Edit");
}

void LeadTracking::undo()
{
    apply(m_before);
}

void LeadTracking::redo()
{
    // Pushed after the detail pane wrote it: nothing to do the first time.
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_after);
}

void LeadTracking::apply(const LeadUserData& data)
{
    m_writer.call(
        m_context,
        [source = m_source, sourceId = m_sourceId, data, pipeline = pipelineChange()](LeadStore& store) {
            return store.setUserData(source, sourceId, data, pipeline);
        },
        [failed = m_failed](const Status& status) {
            if (!status && failed)
                failed(status.errorMessage());
        });
    if (m_changed)
        m_changed(m_source, m_sourceId, data);
}

LeadStore::Pipeline LeadTracking::pipelineChange() const
{
    return m_before.status != m_after.status || m_before.assignee != m_after.assignee ? LeadStore::Pipeline::Changed
                                                                                        : LeadStore::Pipeline::Unchanged;
}

bool LeadTracking::textOnly() const
{
    return m_before.starred == m_after.starred && m_before.status == m_after.status;
}

int LeadTracking::id() const
{
    return textOnly() ? kTrackingTextId : -1;
}

bool LeadTracking::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const LeadTracking*>(other);
    if (next->m_source != m_source || next->m_sourceId != m_sourceId || !next->textOnly())
        return false;
    m_after = next->m_after;
    setText(describe(m_before, m_after));
    return true;
}

namespace {

// Runs `change` on the writer, then tells `failed` (when it failed) and `refresh`.
void writeThen(StoreWorker& writer, QObject* context, std::function<Status(LeadStore&)> change, const Refresh& refresh,
               const Failed& failed)
{
    writer.call(context, std::move(change), [refresh, failed](const Status& status) {
        if (!status && failed)
            failed(status.errorMessage());
        if (refresh)
            refresh();
    });
}

} // namespace

RemoveSavedSearch::RemoveSavedSearch(StoreWorker& writer, QObject* context, const SavedSearch& search,
                                     const QStringList& order, Refresh refresh, Failed failed)
    : QUndoCommand(Messages::tr("Delete Saved Search \"%1\"").arg(search.name))
    , m_writer(writer)
    , m_context(context)
    , m_search(search)
    , m_order(order)
    , m_refresh(std::move(refresh))
    , m_failed(std::move(failed))
{
}

void RemoveSavedSearch::redo()
{
    writeThen(
        m_writer, m_context,
        [name = m_search.name](LeadStore& store) -> Status {
            auto removed = store.removeSavedSearch(name);
            if (!removed)
                return removed.error();
            return Done{};
        },
        m_refresh, m_failed);
}

void RemoveSavedSearch::undo()
{
    writeThen(
        m_writer, m_context,
        [search = m_search, order = m_order](LeadStore& store) {
            Status status = store.addSavedSearch(search);
            if (status)
                status = store.setSavedSearchOrder(order);
            return status;
        },
        m_refresh, m_failed);
}

RenameSavedSearch::RenameSavedSearch(StoreWorker& writer, QObject* context, const QString& name, const QString& newName,
                                     Refresh refresh, Failed failed)
    : QUndoCommand(Messages::tr("Rename Saved Search \"%1\"").arg(name))
    , m_writer(writer)
    , m_context(context)
    , m_name(name)
    , m_newName(newName)
    , m_refresh(std::move(refresh))
    , m_failed(std::move(failed))
{
}

void RenameSavedSearch::redo()
{
    rename(m_name, m_newName);
}

void RenameSavedSearch::undo()
{
    rename(m_newName, m_name);
}

void RenameSavedSearch::rename(const QString& from, const QString& to)
{
    writeThen(
        m_writer, m_context, [from, to](LeadStore& store) { return store.renameSavedSearch(from, to); }, m_refresh,
        m_failed);
}

} // namespace EditCommands
