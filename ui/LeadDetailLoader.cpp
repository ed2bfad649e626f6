#include "LeadDetailLoader.h"

#include "Clock.h"
#include "StoreWorker.h"

namespace {

constexpr int kSimilarLeads = 20;

// Who won similar work: the awards of the lead's agency (its sub-tier, when it names one) in
// its NAICS code, and those of its solicitation number.
Result<AwardHistory> readAwards(const LeadStore& store, const Lead& lead)
{
    if (lead.agency.isEmpty() && lead.naicsCode.isEmpty())
        return AwardHistory();
    AwardQuery query;
    query.agency = lead.agency;
    query.subTier = lead.subTier;
    query.naicsPrefix = lead.naicsCode;
    query.solicitationNumber = lead.solicitationNumber;
    query.limit = 5;
    auto history = store.awardHistory(query);
    // A sub-tier that has awarded nothing in the industry yet: its agency's awards say more
    // than none.
    if (history && history->awardees.isEmpty() && !query.subTier.isEmpty()) {
        query.subTier.clear();
        history = store.awardHistory(query);
    }
    return history;
}

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
    view.awards = readAwards(store, view.lead.lead);
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

void LeadDetailLoader::warmUp(const QString& source, const QString& sourceId)
{
    m_reader.post(this, [source, sourceId](LeadStore& store) { (void)readLeadView(store, source, sourceId); });
}

void LeadDetailLoader::readSimilar(const QString& source, const QString& sourceId)
{
    const quint64 generation = ++m_similarGeneration;
    m_reader.call(
        this,
        [source, sourceId](LeadStore& store) -> Result<QList<StoredLead>> {
            auto row = store.lead(source, sourceId);
            if (!row)
                return row.error();
            LeadFilter open;
            open.openOnly = true;
            return store.similarLeads(row->id, open, Clock::today(), kSimilarLeads);
        },
        [this, generation, source, sourceId](const Result<QList<StoredLead>>& similar) {
            if (generation == m_similarGeneration)
                emit similarLoaded(source, sourceId, similar);
        });
}

void LeadDetailLoader::cancel()
{
    ++m_generation;
    ++m_similarGeneration;
}
