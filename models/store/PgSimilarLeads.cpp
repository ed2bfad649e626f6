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
    auto stats = sql.execute(QStringLiteral("SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
                                            "FROM pg_stats s, pg_class c WHERE s.schemaname = current_schema() "
                                            "AND s.tablename = 'lead' AND s.attname = 'fts' AND c.oid = 'lead'::regclass"),
                             {});
    if (!stats)
        return stats.error();
    CommonWords common;
    if (!stats->next() || stats->value(0).isNull() || stats->value(2).toDouble() <= 0)
        return common; // not analysed yet
    // QPSQL hands arrays over as their text: {a,b,"c d"} and {0.1,0.2}.
    auto elements = [](QString text) {
        text = text.mid(1, text.size() - 2);
        QStringList out;
        for (QString element : text.split(u','))
            out.append(element.remove(u'"'));
        return out;
    };
    const QStringList words = elements(stats->value(0).toString());
    const QStringList shares = elements(stats->value(1).toString());
    common.known = true;
    common.leads = stats->value(2).toDouble();
    common.leastShare = 1;
    // The frequencies list ends with the least, the greatest and the null share of the elements.
    for (qsizetype i = 0; i < words.size() && i < shares.size(); ++i) {
        const double share = shares[i].toDouble();
        common.share.insert(words[i], share);
        common.leastShare = qMin(common.leastShare, share);
    }
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
