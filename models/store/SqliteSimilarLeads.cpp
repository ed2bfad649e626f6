// SqliteLeadStore::similarLeads (SimilarLeads.cpp) on FTS5: a word's leads counted in the index,
// and the leads that share the telling words ranked by BM25, title words three times.
#include "SimilarLeads.h"
#include "SqliteLeadStorePrivate.h"

Result<QList<StoredLead>> SqliteLeadStore::similarLeads(qint64 leadId, const LeadFilter& candidates, const QDate& today,
                                                        int limit) const
{
    const QString what = SqliteMessages::tr("finding leads like this one");
    const StoreSql sql = d->sql(what);
    SimilarLeads::KeywordIndex index;
    index.dialect = FilterQuery::Dialect::Sqlite;
    // fts5vocab would count a common word's whole list of leads (tens of milliseconds at a
    // million); a LIMIT stops at what matters.
    index.leadsWith = [&](const QString& word, qint64 atMost) -> Result<qint64> {
        auto counted = sql.execute(
            QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? LIMIT ?)"),
            { u'"' + word + u'"', atMost + 1 }); // letters and digits only: nothing to escape
        if (!counted)
            return counted.error();
        return counted->next() ? counted->value(0).toLongLong() : 0;
    };
    index.rank = [](const QList<SimilarLeads::Word>& words, qint64 own, int count) -> SimilarLeads::Statement {
        QStringList phrases;
        for (const SimilarLeads::Word& word : words)
            phrases.append(u'"' + QString(word.word).replace(u'"', QStringLiteral("\"\"")) + u'"');
        return { QStringLiteral("SELECT rowid, -bm25(lead_fts, 3.0, 1.0, 1.0, 0.5, 0.5) FROM lead_fts "
                                "WHERE lead_fts MATCH ? AND rowid <> ? ORDER BY bm25(lead_fts, 3.0, 1.0, 1.0, 0.5, 0.5) LIMIT ?"),
                 { phrases.join(QStringLiteral(" OR ")), own, count } };
    };
    index.noLead = [](qint64 id) { return Error { SqliteMessages::tr("No lead with id %1 in the cache").arg(id) }; };
    return SimilarLeads::find(*this, sql, index, leadId, candidates, today, limit);
}
