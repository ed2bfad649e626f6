#pragma once

// "Leads like this one" (LeadStore::similarLeads) as both stores find them. The lead's most
// telling words (its own weight of each, title words heaviest, times how rare the word is) are
// counted and ranked by the store's keyword index; a shared NAICS code or agency lifts a lead,
// and each notice family comes once.

#include "FilterQuery.h"
#include "LeadStore.h"
#include "StoreSql.h"

#include <QList>
#include <QString>

#include <functional>

namespace SimilarLeads {

struct Word
{
    QString word; // as the index spells it: letters and digits only
    double weight = 0;
};

struct Statement
{
    QString sql;
    QVariantList values;
};

// What a store's keyword index does for it.
struct KeywordIndex
{
    FilterQuery::Dialect dialect = FilterQuery::Dialect::Sqlite;
    // How many leads hold `word`, counted up to `atMost` + 1 (past `atMost` is all that matters).
    std::function<Result<qint64>(const QString& word, qint64 atMost)> leadsWith;
    // The query of the `count` leads that hold the most of `words`, closest first, the lead
    // `leadId` left out: each row an id and its score, higher closer.
    std::function<Statement(const QList<Word>& words, qint64 leadId, int count)> rank;
    // The error for a lead id the store does not hold.
    std::function<Error(qint64 leadId)> noLead;
};

Result<QList<StoredLead>> find(const LeadStore& store, const StoreSql& sql, const KeywordIndex& index, qint64 leadId,
                               const LeadFilter& candidates, const QDate& today, int limit);

} // namespace SimilarLeads
