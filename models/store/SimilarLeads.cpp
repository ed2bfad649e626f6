#include "SimilarLeads.h"

#include "LeadTerms.h"

#include <QSet>

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
// How many leads the index ranks before the caller's filter and the family rule pick.
constexpr int kRanked = 300;

// Keeps the `count` heaviest words, heaviest first; ties in word order, so that the same lead
// asks the same query every time.
void keepHeaviest(QList<Word>& words, qsizetype count)
{
    std::sort(words.begin(), words.end(),
              [](const Word& a, const Word& b) { return a.weight != b.weight ? a.weight > b.weight : a.word < b.word; });
    if (words.size() > count)
        words.resize(count);
}

// The lead's most telling words, heaviest first. A word in the lead alone or in more than one
// lead in a hundred tells nothing; a short title of common words still says what the lead is.
Result<QList<Word>> tellingWords(const Lead& lead, double leads, const KeywordIndex& index)
{
    QList<Word> weights;
    const QHash<QString, double> terms = LeadTerms::weighted(lead);
    for (auto it = terms.cbegin(); it != terms.cend(); ++it)
        weights.append({ it.key(), it.value() });
    keepHeaviest(weights, kTermsWeighed);

    // Counting stops past this many: only a rare word's count matters, and a common word's
    // whole list is long.
    const qint64 common = qMax<qint64>(50, qint64(leads / 100));
    QList<Word> telling;
    QStringList commonTitleWords;
    for (const Word& word : std::as_const(weights)) {
        auto documents = index.leadsWith(word.word, common);
        if (!documents)
            return documents.error();
        if (*documents > common && word.weight >= kTitleWeight)
            commonTitleWords.append(word.word);
        if (*documents < 2 || *documents > common)
            continue; // this lead's alone, or everybody's
        telling.append({ word.word, word.weight * std::log(leads / double(*documents)) });
    }
    // "53--GASKET": its title words in up to one lead in twenty stand in for rarer ones.
    const qint64 broad = qMax<qint64>(common, qint64(leads / 20));
    for (const QString& word : std::as_const(commonTitleWords)) {
        if (telling.size() >= kTermsWanted)
            break;
        auto documents = index.leadsWith(word, broad);
        if (!documents)
            return documents.error();
        if (*documents <= broad)
            telling.append({ word, terms.value(word) * std::log(leads / double(*documents)) });
    }
    keepHeaviest(telling, kTermsAsked);
    return telling;
}

struct Candidate
{
    qint64 id = 0;
    double score = 0;
    QString familyId;
};

} // namespace

Result<QList<StoredLead>> find(const LeadStore& store, const StoreSql& sql, const KeywordIndex& index, qint64 leadId,
                               const LeadFilter& candidates, const QDate& today, int limit)
{
    auto own = store.leadsByIds({ leadId }, LeadStore::Detail::Full);
    if (!own)
        return own.error();
    if (own->isEmpty())
        return index.noLead(leadId);
    const StoredLead lead = own->first();
    if (limit <= 0)
        return QList<StoredLead>();

    auto highest = sql.execute(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lead"), {});
    if (!highest)
        return highest.error();
    const double leads = highest->next() ? qMax(1.0, highest->value(0).toDouble()) : 1.0;
    auto telling = tellingWords(lead.lead, leads, index);
    if (!telling)
        return telling.error();
    if (telling->isEmpty())
        return QList<StoredLead>();
    const Statement rank = index.rank(*telling, leadId, kRanked);
    QHash<qint64, double> score;
    QVariantList ids;
    const Status ranked = sql.eachRow(rank.sql, rank.values, [&](const QSqlQuery& row) {
        score.insert(row.value(0).toLongLong(), row.value(1).toDouble());
        ids.append(row.value(0));
    });
    if (!ranked)
        return ranked.error();
    if (ids.isEmpty())
        return QList<StoredLead>();

    // Of the ranked leads, those the caller's filter keeps, neither of the lead's own family
    // nor an award notice (an award closes the competition).
    LeadFilter wanted = candidates;
    wanted.oneRowPerFamily = false; // one per family is decided by rank, below
    wanted.sortColumn.clear();
    FilterQuery compiled = FilterQuery::compile(wanted, today, FilterQuery::KeywordPlan::Lookup, -1, index.dialect);
    compiled.addCondition(QStringLiteral("l.id IN (") + FilterQuery::placeholders(ids.size()) + u')',
                          { QStringLiteral("id") }, ids);
    compiled.addCondition(QStringLiteral("l.family_id <> ?"), { QStringLiteral("family_id") }, { lead.familyId });
    compiled.addCondition(QStringLiteral("COALESCE(l.notice_type, '') <> 'Award Notice'"), { QStringLiteral("notice_type") });
    const QString naics = lead.lead.naicsCode.trimmed();
    QList<Candidate> found;
    const Status kept = sql.eachRow(
        QStringLiteral("SELECT l.id, l.family_id, l.naics_code, l.agency") + compiled.conditionsFrom() + compiled.where(),
        compiled.bindings(), [&](const QSqlQuery& row) {
            Candidate candidate { row.value(0).toLongLong(), 0, row.value(1).toString() };
            const QString theirNaics = row.value(2).toString().trimmed();
            double lift = 1.0;
            if (!naics.isEmpty() && theirNaics == naics)
                lift += 0.5;
            else if (naics.size() >= 4 && theirNaics.startsWith(naics.left(4)))
                lift += 0.25;
            if (!lead.lead.agency.isEmpty() && row.value(3).toString() == lead.lead.agency)
                lift += 0.1;
            candidate.score = score.value(candidate.id) * lift;
            found.append(candidate);
        });
    if (!kept)
        return kept.error();
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    QList<qint64> chosen;
    QSet<QString> families;
    for (const Candidate& candidate : std::as_const(found)) {
        if (chosen.size() >= limit)
            break;
        if (families.contains(candidate.familyId))
            continue;
        families.insert(candidate.familyId);
        chosen.append(candidate.id);
    }
    return store.leadsByIds(chosen, LeadStore::Detail::Full); // in the order asked
}

} // namespace SimilarLeads
