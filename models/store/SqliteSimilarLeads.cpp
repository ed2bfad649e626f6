// SqliteLeadStore::similarLeads: "leads like this one". The lead's most telling words (its own
// weight of each times how rare the word is in the keyword index) are looked up together;
// FTS5's BM25 ranks the leads that share them, a shared NAICS code or agency lifts a lead,
// and each notice family comes once.
#include "FilterQuery.h"
#include "SqliteLeadStorePrivate.h"

#include "LeadTerms.h"

#include <QtMath>

#include <algorithm>

namespace {

// How many words stand for the lead; more make a slower query, not better neighbours.
constexpr int kTermsAsked = 10;
// Fewer telling words than this, and common title words are taken too.
constexpr int kTermsWanted = 3;
// What a title word weighs in LeadTerms.
constexpr double kTitleWeight = 3.0;
// How many of the heaviest words have their rarity looked up.
constexpr int kTermsWeighed = 16;
// BM25 ranks this many before the candidates' filter and the family rule pick from them.
constexpr int kRanked = 300;

// Keeps the `count` heaviest words, heaviest first; ties in word order, so that the same lead
// asks the same query every time.
void keepHeaviest(QList<std::pair<QString, double>>& words, qsizetype count)
{
    std::sort(words.begin(), words.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (words.size() > count)
        words.resize(count);
}

struct Candidate
{
    qint64 id = 0;
    double score = 0;
    QString familyId;
};

} // namespace

Result<QList<StoredLead>> SqliteLeadStore::similarLeads(qint64 leadId, const LeadFilter& candidates, const QDate& today,
                                                        int limit) const
{
    const QString what = SqliteMessages::tr("finding leads like this one");
    auto own = leadsByIds({ leadId }, Detail::Full);
    if (!own)
        return own.error();
    if (own->isEmpty())
        return Error { SqliteMessages::tr("No lead with id %1 in the cache").arg(leadId) };
    const StoredLead lead = own->first();
    if (limit <= 0)
        return QList<StoredLead>();

    QList<std::pair<QString, double>> weights;
    const QHash<QString, double> terms = LeadTerms::weighted(lead.lead);
    for (auto it = terms.cbegin(); it != terms.cend(); ++it)
        weights.append({ it.key(), it.value() });
    keepHeaviest(weights, kTermsWeighed);
    if (weights.isEmpty())
        return QList<StoredLead>();

    auto highest = d->execute(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lead"), {}, what);
    if (!highest)
        return highest.error();
    const double leads = highest->next() ? qMax(1.0, highest->value(0).toDouble()) : 1.0;
    // A word in more than this many leads tells nothing about this one. Counting stops there:
    // a common word's whole list of leads (fts5vocab counts it all) costs tens of milliseconds
    // at a million leads, and only a rare word's count matters.
    const qint64 common = qMax<qint64>(50, qint64(leads / 100));
    QSqlQuery rarity(d->db);
    rarity.setForwardOnly(true);
    if (!rarity.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? LIMIT ?)")))
        return sqlError(what, rarity.lastError());
    auto leadsWith = [&](const QString& word, qint64 atMost) -> Result<qint64> {
        rarity.addBindValue(u'"' + word + u'"'); // letters and digits only: nothing to escape
        rarity.addBindValue(atMost + 1);
        if (!rarity.exec())
            return sqlError(what, rarity.lastError());
        const qint64 documents = rarity.next() ? rarity.value(0).toLongLong() : 0;
        rarity.finish();
        return documents;
    };
    QList<std::pair<QString, double>> telling;
    QStringList commonTitleWords;
    for (const auto& [word, weight] : std::as_const(weights)) {
        auto documents = leadsWith(word, common);
        if (!documents)
            return documents.error();
        if (*documents > common && weight >= kTitleWeight)
            commonTitleWords.append(word);
        if (*documents < 2 || *documents > common)
            continue; // this lead's alone, or everybody's
        telling.append({ word, weight * std::log(leads / double(*documents)) });
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
    if (telling.isEmpty())
        return QList<StoredLead>();
    QStringList phrases;
    for (const auto& [word, weight] : std::as_const(telling))
        phrases.append(u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"');

    // Title words weigh most, as in the lead's own words above.
    auto ranked = d->execute(QStringLiteral("SELECT rowid, -bm25(lead_fts, 3.0, 1.0, 1.0, 0.5, 0.5) FROM lead_fts "
                                            "WHERE lead_fts MATCH ? ORDER BY bm25(lead_fts, 3.0, 1.0, 1.0, 0.5, 0.5) LIMIT ?"),
                             { phrases.join(QStringLiteral(" OR ")), kRanked }, what);
    if (!ranked)
        return ranked.error();
    QHash<qint64, double> textScore;
    QVariantList rankedIds;
    while (ranked->next()) {
        const qint64 id = ranked->value(0).toLongLong();
        if (id == leadId)
            continue;
        textScore.insert(id, ranked->value(1).toDouble());
        rankedIds.append(id);
    }
    if (ranked->lastError().isValid())
        return sqlError(what, ranked->lastError());
    if (rankedIds.isEmpty())
        return QList<StoredLead>();

    LeadFilter wanted = candidates;
    wanted.oneRowPerFamily = false; // one per family is decided here, by rank
    wanted.sortColumn.clear();
    FilterQuery compiled = FilterQuery::compile(wanted, today);
    compiled.addCondition(QStringLiteral("l.id IN (") + FilterQuery::placeholders(rankedIds.size()) + u')',
                          { QStringLiteral("id") }, rankedIds);
    compiled.addCondition(QStringLiteral("l.family_id <> ?"), { QStringLiteral("family_id") }, { lead.familyId });
    // An award closes the competition: nothing to bid on.
    compiled.addCondition(QStringLiteral("COALESCE(l.notice_type, '') <> 'Award Notice'"), { QStringLiteral("notice_type") });
    auto kept = d->execute(QStringLiteral("SELECT l.id, l.family_id, l.naics_code, l.agency") + compiled.conditionsFrom()
                               + compiled.where(),
                           compiled.bindings(), what);
    if (!kept)
        return kept.error();
    const QString naics = lead.lead.naicsCode.trimmed();
    QList<Candidate> found;
    while (kept->next()) {
        Candidate candidate;
        candidate.id = kept->value(0).toLongLong();
        candidate.familyId = kept->value(1).toString();
        const QString theirNaics = kept->value(2).toString().trimmed();
        double lift = 1.0;
        if (!naics.isEmpty() && theirNaics == naics)
            lift += 0.5;
        else if (naics.size() >= 4 && theirNaics.startsWith(naics.left(4)))
            lift += 0.25;
        if (!lead.lead.agency.isEmpty() && kept->value(3).toString() == lead.lead.agency)
            lift += 0.1;
        candidate.score = textScore.value(candidate.id) * lift;
        found.append(candidate);
    }
    if (kept->lastError().isValid())
        return sqlError(what, kept->lastError());
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    QList<qint64> chosen;
    QSet<QString> families;
    for (const Candidate& candidate : std::as_const(found)) {
        if (families.contains(candidate.familyId))
            continue;
        families.insert(candidate.familyId);
        chosen.append(candidate.id);
        if (chosen.size() >= limit)
            break;
    }
    return leadsByIds(chosen, Detail::Full); // in the order asked
}
