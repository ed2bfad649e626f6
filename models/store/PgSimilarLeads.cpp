// PgLeadStore::similarLeads: "leads like this one" on a team server. The lead's telling words
// are those the local cache takes (SimilarLeads.cpp), counted in the GIN index. The server's
// keyword vector has no columns to weigh as FTS5's BM25 does, so a lead that shares them is
// ranked by the weight of the telling words it holds: rarer words and the lead's title words
// count most. Then, as in the local cache, a shared NAICS code or agency lifts a lead and each
// notice family comes once.
#include "PgLeadStore.h"
#include "PgLeadStorePrivate.h"
#include "SimilarLeads.h"

namespace {

// One word as a tsquery operand, normalised by the index's own configuration.
QString lexeme(const QString& word)
{
    return u'\'' + QString(word).replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

Result<QList<StoredLead>> PgLeadStore::similarLeads(qint64 leadId, const LeadFilter& candidates, const QDate& today,
                                                    int limit) const
{
    const QString what = PgMessages::tr("finding leads like this one");
    auto own = leadsByIds({ leadId }, Detail::Full);
    if (!own)
        return own.error();
    if (own->isEmpty())
        return Error { PgMessages::tr("No lead with id %1 on the team server").arg(leadId) };
    const StoredLead lead = own->first();
    if (limit <= 0)
        return QList<StoredLead>();

    auto highest = d->execute(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lead"), {}, what);
    if (!highest)
        return highest.error();
    const double leads = highest->next() ? qMax(1.0, highest->value(0).toDouble()) : 1.0;
    auto telling = SimilarLeads::tellingWords(lead.lead, leads, [&](const QString& word, qint64 atMost) -> Result<qint64> {
        auto counted = d->execute(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM lead WHERE fts @@ "
                                                 "to_tsquery('tl_simple', ?) LIMIT ?) AS holding"),
                                  { lexeme(word), atMost + 1 }, what);
        if (!counted)
            return counted.error();
        return counted->next() ? counted->value(0).toLongLong() : 0;
    });
    if (!telling)
        return telling.error();
    if (telling->isEmpty())
        return QList<StoredLead>();

    // The weight of the words each lead holds, summed: a CASE per word, its tsquery bound.
    QStringList anyWord;
    QStringList held;
    QVariantList scoreValues;
    for (const SimilarLeads::Word& word : std::as_const(*telling)) {
        anyWord.append(lexeme(word.word));
        held.append(QStringLiteral("CASE WHEN fts @@ to_tsquery('tl_simple', ?) THEN ?::float8 ELSE 0 END"));
        scoreValues << lexeme(word.word) << word.weight;
    }
    QVariantList rankValues = scoreValues;
    rankValues << anyWord.join(QStringLiteral(" | ")) << leadId << SimilarLeads::kRanked;
    auto ranked = d->execute(QStringLiteral("SELECT id, ") + held.join(QStringLiteral(" + "))
                                 + QStringLiteral(" AS score FROM lead WHERE fts @@ to_tsquery('tl_simple', ?) AND id <> ? "
                                                  "ORDER BY score DESC, id LIMIT ?"),
                             rankValues, what);
    if (!ranked)
        return ranked.error();
    QHash<qint64, double> textScore;
    QList<qint64> rankedIds;
    while (ranked->next()) {
        const qint64 id = ranked->value(0).toLongLong();
        textScore.insert(id, ranked->value(1).toDouble());
        rankedIds.append(id);
    }
    if (ranked->lastError().isValid())
        return pgError(what, ranked->lastError());
    if (rankedIds.isEmpty())
        return QList<StoredLead>();

    const auto [sql, values] = SimilarLeads::candidateQuery(candidates, today, rankedIds, lead.familyId,
                                                            FilterQuery::Dialect::Postgres);
    auto kept = d->execute(sql, values, what);
    if (!kept)
        return kept.error();
    const QList<SimilarLeads::Candidate> found = SimilarLeads::candidatesFrom(*kept, textScore);
    if (kept->lastError().isValid())
        return pgError(what, kept->lastError());
    return leadsByIds(SimilarLeads::choose(lead.lead, found, limit), Detail::Full); // in the order asked
}
