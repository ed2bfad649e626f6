#pragma once

#include <QString>
#include <QStringList>

// Every source Trade Leads knows, in one table: its key, what it brings, where ITA serves it
// and its name for people. Filters, sync, the detail pane and the statistics all read it.
namespace SourceCatalogue {

enum class Kind {
    Leads,      // leads of their own: sam
    TradeLeads, // ITA Trade Leads: one endpoint, stored per source as ita-state, ita-canada, ...
    Events,     // ITA trade events: dates on the chart, not deadlines
    Reference,  // ITA reference data shown beside a lead, never a lead
};

struct Source
{
    const char* key; // as `tradeleads sync --source` takes it
    Kind kind;
    const char* itaPath; // under TRADELEADS_ITA_URL; null for SAM.gov
    const char* name; // for people, translated in the "LeadDetails" context
};

const QList<Source>& all();
QStringList syncKeys(); // every key `sync --source` takes, in the catalogue's order
QString itaPath(const QString& syncKey); // empty when not an ITA source
QStringList referenceSources(); // the reference data sets, as stored
QStringList itaDatasetSources(); // events and reference data: the ITA sources that are not trade leads
QString eventSource(); // "ita-events"
// Whether a filter's source key means every ITA trade-lead source ("ita", "ita-leads").
bool namesEveryTradeLeadSource(const QString& key);
// The source a key is stored under ("sam-csv" leads are "sam").
QString storedSource(const QString& key);
// The name people read ("SAM.gov", "ITA · Market research"); unknown ITA sources by their code.
QString displayName(const QString& storedSource);

} // namespace SourceCatalogue
