#include "AttachmentRows.h"

namespace AttachmentRows {

Result<QList<Attachment>> read(const StoreSql& sql, const QString& condition, const QVariantList& values)
{
    auto query = sql.execute(QStringLiteral("SELECT a.id, a.lead_id, a.url, a.name, COALESCE(f.content_type, a.content_type), "
                                            "COALESCE(f.size, a.size), f.content_hash, COALESCE(a.problem, f.problem) "
                                            "FROM attachment a LEFT JOIN attachment_file f ON f.id = a.file_id ")
                                 + condition,
                             values);
    if (!query)
        return query.error();
    QList<Attachment> out;
    while (query->next()) {
        Attachment attachment;
        attachment.id = query->value(0).toLongLong();
        attachment.leadId = query->value(1).toLongLong();
        attachment.url = query->value(2).toString();
        attachment.name = query->value(3).toString();
        attachment.contentType = query->value(4).toString();
        attachment.size = query->value(5).isNull() ? -1 : query->value(5).toLongLong();
        attachment.contentHash = query->value(6).toString();
        attachment.problem = query->value(7).toString();
        out.append(attachment);
    }
    if (query->lastError().isValid())
        return sql.error(query->lastError());
    return out;
}

Result<QList<Attachment>> ofStarredLeads(const StoreSql& sql)
{
    return read(sql,
                QStringLiteral("JOIN lead l ON l.id = a.lead_id WHERE a.file_id IS NULL AND a.problem IS NULL "
                               "AND l.family_id IN (SELECT family_id FROM lead_user WHERE starred = 1) ORDER BY a.id"),
                {});
}

Result<QSet<qint64>> leadIds(const StoreSql& sql, const QString& statement, const QVariantList& values)
{
    auto query = sql.execute(statement, values);
    if (!query)
        return query.error();
    QSet<qint64> out;
    while (query->next())
        out.insert(query->value(0).toLongLong());
    if (query->lastError().isValid())
        return sql.error(query->lastError());
    return out;
}

Result<QList<AttachmentPassage>> passages(const StoreSql& sql, const QString& statement, const QVariantList& values)
{
    auto query = sql.execute(statement, values);
    if (!query)
        return query.error();
    QList<AttachmentPassage> out;
    while (query->next()) {
        Attachment named;
        named.name = query->value(1).toString();
        named.url = query->value(2).toString();
        out.append({ query->value(0).toLongLong(), named.displayName(), query->value(3).toString() });
    }
    if (query->lastError().isValid())
        return sql.error(query->lastError());
    return out;
}

} // namespace AttachmentRows
