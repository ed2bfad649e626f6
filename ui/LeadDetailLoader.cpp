#include "LeadDetailLoader.h"

#include "StoreWorker.h"

namespace {

Result<LeadView> readLeadView(const LeadStore& store, const QString& source, const QString& sourceId)
{
    auto row = store.lead(source, sourceId);
    if (!row)
        return row.error();
    LeadView view;
    view.lead = std::move(*row);
    view.versions = LeadDetails::versions(store, source, sourceId);
    view.related = LeadDetails::related(store, view.lead.lead);
    view.family = NoticeTimeline::read(store, view.lead);
    return view;
}

} // namespace

LeadDetailLoader::LeadDetailLoader(StoreWorker& reader, QObject* parent)
    : QObject(parent)
    , m_reader(reader)
{
}

void LeadDetailLoader::read(const QString& source, const QString& sourceId)
{
    const quint64 generation = ++m_generation;
    m_reader.call(
        this, [source, sourceId](LeadStore& store) { return readLeadView(store, source, sourceId); },
        [this, generation, source, sourceId](const Result<LeadView>& view) {
            if (generation != m_generation)
                return; // a newer lead was asked for
            if (view)
                emit loaded(source, sourceId, *view);
            else
                emit failed(view.errorMessage());
        });
}

void LeadDetailLoader::cancel()
{
    ++m_generation;
}
