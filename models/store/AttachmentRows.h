#pragma once

// A lead's attachments as both stores list them: the link and, once downloaded, its file.

#include "Attachment.h"
#include "StoreSql.h"

#include <QSet>

namespace AttachmentRows {

// The attachments `condition` picks: what follows "FROM attachment a LEFT JOIN attachment_file
// f ON f.id = a.file_id" (joins, WHERE, ORDER BY), with its values.
Result<QList<Attachment>> read(const StoreSql& sql, const QString& condition, const QVariantList& values);

// The attachments of starred leads (their whole families) neither stored nor failed. On a team
// server, the stars are the analyst's own (row-level security) and a teammate's download counts.
Result<QList<Attachment>> ofStarredLeads(const StoreSql& sql);

// The lead ids a statement gives (its one column).
Result<QSet<qint64>> leadIds(const StoreSql& sql, const QString& statement, const QVariantList& values);

// The passages a statement gives: attachment id, name, url and the words around the match.
Result<QList<AttachmentPassage>> passages(const StoreSql& sql, const QString& statement, const QVariantList& values);

} // namespace AttachmentRows
