// SqliteLeadStore::similarLeads: "leads like this one". The lead's most telling words
// (SimilarLeads.cpp) are looked up together; FTS5's BM25 ranks the leads that share them, a
// shared NAICS code or agency lifts a lead, and each notice family comes once.
#include "SimilarLeads.h"
#include "SqliteLeadStorePrivate.h"

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

    auto highest = d->execute(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lead"), {}, what);
    if (!highest)
        return highest.error();
    const double leads = highest->next() ? qMax(1.0, highest->value(0).toDouble()) : 1.0;
    // fts5vocab would count a common word's whole list of leads (tens of milliseconds at a
    // million); a LIMIT stops at what matters.
    QSqlQuery rarity(d->db);
    rarity.setForwardOnly(true);
    if (!rarity.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? LIMIT ?)")))
        return sqlError(what, rarity.lastError());
    auto telling = SimilarLeads::tellingWords(lead.lead, leads, [&](const QString& word, qint64 atMost) -> Result<qint64> {
        rarity.addBindValue(u'"' + word + u'"'); // letters and digits only: nothing to escape
        rarity.addBindValue(atMost + 1);
        if (!rarity.exec())
            return sqlError(what, rarity.lastError());
        const qint64 documents = rarity.next() ? rarity.value(0).toLongLong() : 0;
        rarity.finish();
        return documents;
    });
    if (!telling)
        return telling.error();
    if (telling->isEmpty())
        return QList<StoredLead>();
    QStringList phrases;
    for (const SimilarLeads::Word& word : std::as_const(*telling))
        phrases.append(u'"' + QString(word.word).replace(u'"', QStringLiteral("\"\"")) + u'"');

    // Title words weigh most, as in the lead's own words above.
    auto ranked = d->execute(QStringLiteral("SELECT rowid, -bm25(lead_fts, 3.0, 1.0, 1.0, 0.5, 0.5) FROM lead_fts "
                                            "WHERE lead_fts MATCH ? ORDER BY bm25(lead_fts, 3.0, 1.0, 1.0, 0.5, 0.5) LIMIT ?"),
                             { phrases.join(QStringLiteral(" OR ")), SimilarLeads::kRanked }, what);
    if (!ranked)
        return ranked.error();
    QHash<qint64, double> textScore;
    QList<qint64> rankedIds;
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

    const auto [sql, values] = SimilarLeads::candidateQuery(candidates, today, rankedIds, lead.familyId,
                                                            FilterQuery::Dialect::Sqlite);
    auto kept = d->execute(sql, values, what);
    if (!kept)
        return kept.error();
    const QList<SimilarLeads::Candidate> found = SimilarLeads::candidatesFrom(*kept, textScore);
    if (kept->lastError().isValid())
        return sqlError(what, kept->lastError());
    return leadsByIds(SimilarLeads::choose(lead.lead, found, limit), Detail::Full); // in the order asked
}
