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
        [source = m_source, sourceId = m_sourceId, data](LeadStore& store) {
            return store.setUserData(source, sourceId, data);
        },
        [failed = m_failed](const Status& status) {
            if (!status && failed)
                failed(status.errorMessage());
        });
    if (m_changed)
        m_changed(m_source, m_sourceId, data);
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

RemoveSavedSearch::RemoveSavedSearch(LeadStore& store, const QString& name, Refresh refresh, Failed failed)
    : QUndoCommand(Messages::tr("Delete Saved Search \"%1\"").arg(name))
    , m_store(store)
    , m_name(name)
    , m_refresh(std::move(refresh))
    , m_failed(std::move(failed))
{
}

void RemoveSavedSearch::redo()
{
    if (!m_search) {
        auto search = m_store.savedSearch(m_name);
        auto all = m_store.savedSearches();
        if (!search || !all) {
            setObsolete(true);
            if (m_failed)
                m_failed(!search ? search.errorMessage() : all.errorMessage());
            return;
        }
        m_search = *search;
        for (const SavedSearch& each : *all)
            m_order.append(each.name);
    }
    if (auto removed = m_store.removeSavedSearch(m_name); !removed) {
        setObsolete(true);
        if (m_failed)
            m_failed(removed.errorMessage());
    }
    if (m_refresh)
        m_refresh();
}

void RemoveSavedSearch::undo()
{
    if (!m_search)
        return;
    Status status = m_store.addSavedSearch(*m_search);
    if (status)
        status = m_store.setSavedSearchOrder(m_order);
    if (!status) {
        setObsolete(true);
        if (m_failed)
            m_failed(status.errorMessage());
    }
    if (m_refresh)
        m_refresh();
}

RenameSavedSearch::RenameSavedSearch(LeadStore& store, const QString& name, const QString& newName, Refresh refresh,
                                     Failed failed)
    : QUndoCommand(Messages::tr("Rename Saved Search \"%1\"").arg(name))
    , m_store(store)
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
    if (auto status = m_store.renameSavedSearch(from, to); !status) {
        setObsolete(true);
        if (m_failed)
            m_failed(status.errorMessage());
    }
    if (m_refresh)
        m_refresh();
}

} // namespace EditCommands
