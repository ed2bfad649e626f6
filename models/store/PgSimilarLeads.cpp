// PgLeadStore::similarLeads (SimilarLeads.cpp) on the GIN index. The server's keyword vector has
// no columns to weigh as FTS5's BM25 does, so a lead that shares the telling words is ranked by
// the weight of those it holds: rarer words and the lead's own title words count most.
#include "PgLeadStore.h"
#include "PgLeadStorePrivate.h"
#include "SimilarLeads.h"

#include <optional>

namespace {

// Counted exactly up to this many leads: each is a row read for the index's recheck, so a
// word in 10,000 leads would cost half a second and a dozen of them the pane's whole wait.
constexpr qint64 kCountedExactly = 200;

// One word as a tsquery operand, normalised by the index's own configuration.
QString lexeme(const QString& word)
{
    return u'\'' + QString(word).replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// How common the index's most common words are, from the planner's statistics (ANALYZE): the
// share of leads that hold each, and the least share listed, which a word not listed is under.
struct CommonWords
{
    bool known = false;
    double leads = 0;
    QHash<QString, double> share;
    double leastShare = 0;
};

Result<CommonWords> commonWords(const StoreSql& sql)
{
    // One row per listed word with its share. The frequencies list ends with the least, the
    // greatest and the null share of the elements: paired with no word, those rows are left out.
    auto stats = sql.execute(QStringLiteral("SELECT e.word, e.share, c.reltuples FROM pg_stats s "
                                            "JOIN pg_class c ON c.oid = 'lead'::regclass "
                                            "CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], "
                                            "s.most_common_elem_freqs) AS e (word, share) "
                                            "WHERE s.schemaname = current_schema() AND s.tablename = 'lead' "
                                            "AND s.attname = 'fts' AND e.word IS NOT NULL AND c.reltuples > 0"),
                             {});
    if (!stats)
        return stats.error();
    CommonWords common;
    common.leastShare = 1;
    while (stats->next()) {
        common.known = true; // analysed: without statistics every count is exact
        common.leads = stats->value(2).toDouble();
        const double share = stats->value(1).toDouble();
        common.share.insert(stats->value(0).toString(), share);
        common.leastShare = qMin(common.leastShare, share);
    }
    if (stats->lastError().isValid())
        return sql.error(stats->lastError());
    return common;
}

} // namespace

Result<QList<StoredLead>> PgLeadStore::similarLeads(qint64 leadId, const LeadFilter& candidates, const QDate& today,
                                                    int limit) const
{
    const StoreSql sql = d->sql(PgMessages::tr("finding leads like this one"));
    SimilarLeads::KeywordIndex index;
    index.dialect = FilterQuery::Dialect::Postgres;
    std::optional<CommonWords> common;
    index.leadsWith = [&](const QString& word, qint64 atMost) -> Result<qint64> {
        if (!common) {
            auto read = commonWords(sql);
            if (!read)
                return read.error();
            common = *read;
        }
        // Without statistics every count is exact.
        const qint64 exactly = common->known ? qMin(atMost, kCountedExactly) : atMost;
        auto counted = sql.execute(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM lead WHERE fts @@ "
                                                  "to_tsquery('tl_simple', ?) LIMIT ?) AS holding"),
                                   { lexeme(word), exactly + 1 });
        if (!counted)
            return counted.error();
        const qint64 leads = counted->next() ? counted->value(0).toLongLong() : 0;
        if (leads <= exactly || exactly == atMost)
            return leads;
        // More than counted: the statistics say how many more, within what the caller asks.
        const double share = common->share.value(word, common->leastShare);
        return qBound(exactly + 1, qint64(share * common->leads), atMost + 1);
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
