#pragma once

// How both stores read a lead row: the columns, in the order storedLeadFrom() takes them.
// Included by the store's own files only.

#include "LeadStore.h"

#include <QSqlQuery>
#include <QString>

namespace StoredLeadRows {

// The columns of `lead l` joined to the analyst's tracking `u`. A listing leaves out the large
// ones (description, contacts, raw), which live apart from the row's small columns in both
// engines (overflow pages, TOAST): a screen of the table then reads a page or two per lead.
// `lastSeen` is the expression for when a sync last saw the lead; `assignee` for whom the team
// assigned it to (a team server's; a local cache has no team).
QString selectColumns(LeadStore::Detail detail = LeadStore::Detail::Full,
                      const QString& lastSeen = QStringLiteral("l.last_seen_at"),
                      const QString& assignee = QStringLiteral("NULL"));
StoredLead storedLeadFrom(const QSqlQuery& query);

} // namespace StoredLeadRows
