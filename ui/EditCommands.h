#pragma once

#include "LeadStore.h"
#include "StoreWorker.h"

#include <QUndoCommand>

#include <functional>

// The analyst's edits as undoable commands, for the window's Edit › Undo and Redo: the
// tracking of a lead (star, pipeline status, tags, notes) and the deletion and renaming of
// saved searches. Each command writes the cache through the one writer; a callback then tells
// the window what to show again, and `failed` what went wrong.
namespace EditCommands {

using Failed = std::function<void(const QString& message)>;

// Tracking already written by the detail pane: the first redo() does nothing. Successive
// edits of one lead's notes and tags merge into one step, as typing does in a text field.
// Undo and redo write through the one writer: `changed` runs at once, `failed` on
// `context`'s thread if the write fails.
class LeadTracking final : public QUndoCommand
{
public:
    using Changed = std::function<void(const QString& source, const QString& sourceId, const LeadUserData& data)>;
    LeadTracking(StoreWorker& writer, QObject* context, const QString& source, const QString& sourceId,
                 const LeadUserData& before, const LeadUserData& after, Changed changed, Failed failed);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    static QString describe(const LeadUserData& before, const LeadUserData& after);

private:
    void apply(const LeadUserData& data);
    bool textOnly() const;
    LeadStore::Pipeline pipelineChange() const; // whether this edit moves the shared status or assignee

    StoreWorker& m_writer;
    QObject* m_context;
    QString m_source;
    QString m_sourceId;
    LeadUserData m_before;
    LeadUserData m_after;
    Changed m_changed;
    Failed m_failed;
    bool m_applied = true;
};

using Refresh = std::function<void()>;

// Deletes a saved search; undo puts it back as it was, in its place in the list. Both write
// through the one writer; `refresh` runs on `context`'s thread once the write is done, and
// `failed` before it when the write failed.
class RemoveSavedSearch final : public QUndoCommand
{
public:
    RemoveSavedSearch(StoreWorker& writer, QObject* context, const SavedSearch& search, const QStringList& order,
                      Refresh refresh, Failed failed);
    void undo() override;
    void redo() override;

private:
    StoreWorker& m_writer;
    QObject* m_context;
    SavedSearch m_search;
    QStringList m_order; // every name, in order, before the deletion
    Refresh m_refresh;
    Failed m_failed;
};

class RenameSavedSearch final : public QUndoCommand
{
public:
    RenameSavedSearch(StoreWorker& writer, QObject* context, const QString& name, const QString& newName,
                      Refresh refresh, Failed failed);
    void undo() override;
    void redo() override;

private:
    void rename(const QString& from, const QString& to);

    StoreWorker& m_writer;
    QObject* m_context;
    QString m_name;
    QString m_newName;
    Refresh m_refresh;
    Failed m_failed;
};

} // namespace EditCommands
