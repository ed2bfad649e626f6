// PgLeadStore::similarLeads (SimilarLeads.cpp) on the GIN index. The server's keyword vector has
// no columns to weigh as FTS5's BM25 does, so a lead that shares the telling words is ranked by
// the weight of those it holds: rarer words and the lead's own title words count most.
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
    const StoreSql sql = d->sql(PgMessages::tr("finding leads like this one"));
    SimilarLeads::KeywordIndex index;
    index.dialect = FilterQuery::Dialect::Postgres;
    index.leadsWith = [&](const QString& word, qint64 atMost) -> Result<qint64> {
        auto counted = sql.execute(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM lead WHERE fts @@ "
                                                  "to_tsquery('tl_simple', ?) LIMIT ?) AS holding"),
                                   { lexeme(word), atMost + 1 });
        if (!counted)
            return counted.error();
        return counted->next() ? counted->value(0).toLongLong() : 0;
    };
    index.rank = [](const QList<SimilarLeads::Word>& words, qint64 own, int count) -> SimilarLeads::Statement {
        // The weight of the words each lead holds, summed: a CASE per word, its tsquery bound.
        QStringList anyWord;
        QStringList held;
        QVariantList values;
        for (const SimilarLeads::Word& word : words) {
            anyWord.append(lexeme(word.word));
            held.append(QStringLiteral("CASE WHEN fts @@ to_tsquery('tl_simple', ?) THEN ?::float8 ELSE 0 END"));
            values << lexeme(word.word) << word.weight;
        }
        values << anyWord.join(QStringLiteral(" | ")) << own << count;
        return { QStringLiteral("SELECT id, ") + held.join(QStringLiteral(" + "))
                     + QStringLiteral(" AS score FROM lead WHERE fts @@ to_tsquery('tl_simple', ?) AND id <> ? "
                                      "ORDER BY score DESC, id LIMIT ?"),
                 values };
    };
    index.noLead = [](qint64 id) { return Error { PgMessages::tr("No lead with id %1 on the team server").arg(id) }; };
    return SimilarLeads::find(*this, sql, index, leadId, candidates, today, limit);
}
