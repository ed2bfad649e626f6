#pragma once

// What both stores share of "leads like this one" (LeadStore::similarLeads): the lead's
// telling words, weighed with the store's own count of the leads that hold a word, and the
// choice among the candidates the store's keyword index ranked.

#include "FilterQuery.h"
#include "Lead.h"
#include "LeadFilter.h"
#include "Result.h"

#include <QDate>
#include <QHash>

#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

namespace SimilarLeads {

// How many leads the keyword index ranks before the caller's filter and the family rule pick.
constexpr int kRanked = 300;

struct Word
{
    QString word; // as the index spells it: letters and digits only
    double weight = 0;
};

// How many leads hold `word`, counted up to `atMost` + 1 (a count past `atMost` is all it needs).
using LeadsWith = std::function<Result<qint64>(const QString& word, qint64 atMost)>;

// The lead's most telling words, heaviest first: its own weight of each (a title word weighs
// more) times how rare the word is among `leads`. A word in the lead alone or in more than one
// lead in a hundred tells nothing; a short title of common words still says what the lead is.
Result<QList<Word>> tellingWords(const Lead& lead, double leads, const LeadsWith& leadsWith);

struct Candidate
{
    qint64 id = 0;
    double textScore = 0; // the index's rank: higher is closer
    QString familyId;
    QString naicsCode;
    QString agency;
};

// Of the ranked leads, those the caller's filter keeps, neither of the lead's own family nor
// an award notice (an award closes the competition): the query, selecting id, family_id,
// naics_code and agency, and its values.
struct CandidateQuery
{
    QString sql;
    QVariantList values;
};
CandidateQuery candidateQuery(const LeadFilter& candidates, const QDate& today, const QList<qint64>& rankedIds,
                              const QString& familyId, FilterQuery::Dialect dialect);
// The rows of that query with the index's scores.
QList<Candidate> candidatesFrom(QSqlQuery& rows, const QHash<qint64, double>& textScore);

// The ids to show, best first: the text score lifted by a shared NAICS code or agency, the best
// notice of each family only, at most `limit`.
QList<qint64> choose(const Lead& lead, QList<Candidate> candidates, int limit);

} // namespace SimilarLeads
