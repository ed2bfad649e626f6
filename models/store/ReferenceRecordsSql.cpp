#include "ReferenceRecordsSql.h"

namespace ReferenceRecordsSql {

Result<QList<ReferenceRecord>> read(const StoreSql& sql, const ReferenceQuery& request, FilterQuery::Dialect dialect)
{
    if (request.limit <= 0 || request.sources.isEmpty())
        return QList<ReferenceRecord>();
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does that.
    const QString like = dialect == FilterQuery::Dialect::Postgres ? QStringLiteral(" ILIKE ") : QStringLiteral(" LIKE ");
    QVariantList bindings;
    QStringList scoreParts;
    for (const QString& word : request.words) {
        scoreParts.append(QStringLiteral("(CASE WHEN COALESCE(industry, '') || ' ' || COALESCE(title, '')") + like
                          + QStringLiteral("? ESCAPE '\\' THEN 1 ELSE 0 END)"));
        bindings.append(FilterQuery::containsPattern(word));
    }
    const QString score = scoreParts.isEmpty() ? QStringLiteral("0") : scoreParts.join(QStringLiteral(" + "));
    for (const QString& source : request.sources)
        bindings.append(source);
    QString where = QStringLiteral(" WHERE source IN (") + FilterQuery::placeholders(request.sources.size()) + u')';
    if (!request.excludeSource.isEmpty()) {
        where += QStringLiteral(" AND NOT (source = ? AND source_id = ?)");
        bindings << request.excludeSource << request.excludeSourceId;
    }
    if (!request.country.isEmpty()) {
        where += QStringLiteral(" AND country = ?");
        bindings.append(request.country);
    }
    QString statement = QStringLiteral("SELECT source, source_id, title, url FROM (SELECT source, source_id, title, url, "
                                       "posted_at, ")
        + score + QStringLiteral(" AS score FROM lead") + where + QStringLiteral(") AS reference");
    if (request.country.isEmpty())
        statement += QStringLiteral(" WHERE score > 0");
    statement += QStringLiteral(" ORDER BY score DESC, COALESCE(posted_at, '') DESC, title, source, source_id LIMIT ?");
    bindings.append(request.limit);

    QList<ReferenceRecord> out;
    const Status read = sql.eachRow(statement, bindings, [&out](const QSqlQuery& row) {
        out.append({ row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString() });
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace ReferenceRecordsSql
