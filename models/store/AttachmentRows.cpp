#include "AttachmentRows.h"

namespace AttachmentRows {

Result<QList<Attachment>> read(const StoreSql& sql, const QString& condition, const QVariantList& values)
{
    QList<Attachment> out;
    const Status read = sql.eachRow(
        QStringLiteral("SELECT a.id, a.lead_id, a.url, a.name, COALESCE(f.content_type, a.content_type), "
                       "COALESCE(f.size, a.size), f.content_hash, COALESCE(a.problem, f.problem) "
                       "FROM attachment a LEFT JOIN attachment_file f ON f.id = a.file_id ")
            + condition,
        values, [&out](const QSqlQuery& row) {
            Attachment attachment;
            attachment.id = row.value(0).toLongLong();
            attachment.leadId = row.value(1).toLongLong();
            attachment.url = row.value(2).toString();
            attachment.name = row.value(3).toString();
            attachment.contentType = row.value(4).toString();
            attachment.size = row.value(5).isNull() ? -1 : row.value(5).toLongLong();
            attachment.contentHash = row.value(6).toString();
            attachment.problem = row.value(7).toString();
            out.append(attachment);
        });
    if (!read)
        return read.error();
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
    QSet<qint64> out;
    const Status read = sql.eachRow(statement, values, [&out](const QSqlQuery& row) { out.insert(row.value(0).toLongLong()); });
    if (!read)
        return read.error();
    return out;
}

Result<QList<AttachmentPassage>> passages(const StoreSql& sql, const QString& statement, const QVariantList& values)
{
    QList<AttachmentPassage> out;
    const Status read = sql.eachRow(statement, values, [&out](const QSqlQuery& row) {
        Attachment named;
        named.name = row.value(1).toString();
        named.url = row.value(2).toString();
        out.append({ row.value(0).toLongLong(), named.displayName(), row.value(3).toString() });
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace AttachmentRows
