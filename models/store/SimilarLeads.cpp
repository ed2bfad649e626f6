#include "SimilarLeads.h"

#include "LeadTerms.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace SimilarLeads {

namespace {

// How many words stand for the lead; more make a slower query, not better neighbours.
constexpr int kTermsAsked = 10;
// Fewer telling words than this, and common title words are taken too.
constexpr int kTermsWanted = 3;
// What a title word weighs in LeadTerms.
constexpr double kTitleWeight = 3.0;
// How many of the heaviest words have their rarity looked up.
constexpr int kTermsWeighed = 16;

// Keeps the `count` heaviest words, heaviest first; ties in word order, so that the same lead
// asks the same query every time.
void keepHeaviest(QList<Word>& words, qsizetype count)
{
    std::sort(words.begin(), words.end(),
              [](const Word& a, const Word& b) { return a.weight != b.weight ? a.weight > b.weight : a.word < b.word; });
    if (words.size() > count)
        words.resize(count);
}

} // namespace

Result<QList<Word>> tellingWords(const Lead& lead, double leads, const LeadsWith& leadsWith)
{
    QList<Word> weights;
    const QHash<QString, double> terms = LeadTerms::weighted(lead);
    for (auto it = terms.cbegin(); it != terms.cend(); ++it)
        weights.append({ it.key(), it.value() });
    keepHeaviest(weights, kTermsWeighed);

    // A word in more than this many leads tells nothing about this one. Counting stops there:
    // only a rare word's count matters, and a common word's whole list is long.
    const qint64 common = qMax<qint64>(50, qint64(leads / 100));
    QList<Word> telling;
    QStringList commonTitleWords;
    for (const Word& word : std::as_const(weights)) {
        auto documents = leadsWith(word.word, common);
        if (!documents)
            return documents.error();
        if (*documents > common && word.weight >= kTitleWeight)
            commonTitleWords.append(word.word);
        if (*documents < 2 || *documents > common)
            continue; // this lead's alone, or everybody's
        telling.append({ word.word, word.weight * std::log(leads / double(*documents)) });
    }
    // A short title of common words ("53--GASKET") still says what the lead is: its words in up
    // to one lead in twenty stand in for rarer ones.
    const qint64 broad = qMax<qint64>(common, qint64(leads / 20));
    for (const QString& word : std::as_const(commonTitleWords)) {
        if (telling.size() >= kTermsWanted)
            break;
        auto documents = leadsWith(word, broad);
        if (!documents)
            return documents.error();
        if (*documents <= broad)
            telling.append({ word, terms.value(word) * std::log(leads / double(*documents)) });
    }
    keepHeaviest(telling, kTermsAsked);
    return telling;
}

CandidateQuery candidateQuery(const LeadFilter& candidates, const QDate& today, const QList<qint64>& rankedIds,
                              const QString& familyId, FilterQuery::Dialect dialect)
{
    LeadFilter wanted = candidates;
    wanted.oneRowPerFamily = false; // one per family is decided by rank (choose())
    wanted.sortColumn.clear();
    FilterQuery compiled = FilterQuery::compile(wanted, today, FilterQuery::KeywordPlan::Lookup, -1, dialect);
    QVariantList ids;
    for (const qint64 id : rankedIds)
        ids.append(id);
    compiled.addCondition(QStringLiteral("l.id IN (") + FilterQuery::placeholders(ids.size()) + u')',
                          { QStringLiteral("id") }, ids);
    compiled.addCondition(QStringLiteral("l.family_id <> ?"), { QStringLiteral("family_id") }, { familyId });
    compiled.addCondition(QStringLiteral("COALESCE(l.notice_type, '') <> 'Award Notice'"), { QStringLiteral("notice_type") });
    return { QStringLiteral("SELECT l.id, l.family_id, l.naics_code, l.agency") + compiled.conditionsFrom() + compiled.where(),
             compiled.bindings() };
}

QList<Candidate> candidatesFrom(QSqlQuery& rows, const QHash<qint64, double>& textScore)
{
    QList<Candidate> found;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        found.append({ id, textScore.value(id), rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString() });
    }
    return found;
}

QList<qint64> choose(const Lead& lead, QList<Candidate> candidates, int limit)
{
    const QString naics = lead.naicsCode.trimmed();
    for (Candidate& candidate : candidates) {
        const QString theirNaics = candidate.naicsCode.trimmed();
        double lift = 1.0;
        if (!naics.isEmpty() && theirNaics == naics)
            lift += 0.5;
        else if (naics.size() >= 4 && theirNaics.startsWith(naics.left(4)))
            lift += 0.25;
        if (!lead.agency.isEmpty() && candidate.agency == lead.agency)
            lift += 0.1;
        candidate.textScore *= lift;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.textScore != b.textScore ? a.textScore > b.textScore : a.id < b.id;
    });
    QList<qint64> chosen;
    QSet<QString> families;
    for (const Candidate& candidate : std::as_const(candidates)) {
        if (chosen.size() >= limit)
            break;
        if (families.contains(candidate.familyId))
            continue;
        families.insert(candidate.familyId);
        chosen.append(candidate.id);
    }
    return chosen;
}

} // namespace SimilarLeads
