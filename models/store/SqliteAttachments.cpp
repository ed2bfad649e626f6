// SqliteLeadStore: attachments. The links are listed by upsert(); here are the files
// downloaded for them, their text in attachment_fts (rowid: attachment_file.id), and the
// keyword search's view of them.
#include "SqliteLeadStorePrivate.h"

#include "AttachmentRows.h"
#include "Clock.h"
#include "LeadFilter.h"
#include "FilterQuery.h"

#include <functional>

namespace {

QVariantList idValues(const QList<qint64>& ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const qint64 id : ids)
        values.append(id);
    return values;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Runs `work` in the transaction already open, or in one of its own that commits only when
// the work succeeded.
Status withinTransaction(SqliteLeadStore& store, bool open, const std::function<Status()>& work)
{
    if (open)
        return work();
    if (auto status = store.beginTransaction(); !status)
        return status;
    const Status done = work();
    if (!done) {
        store.rollback();
        return done;
    }
    return store.commit();
}

} // namespace

Result<QList<Attachment>> SqliteLeadStore::attachments(const QList<qint64>& leadIds) const
{
    if (leadIds.isEmpty())
        return QList<Attachment>();
    return AttachmentRows::read(d->sql(SqliteMessages::tr("listing attachments")),
                                QStringLiteral("WHERE a.lead_id IN (%1) ORDER BY a.lead_id, a.id")
                                    .arg(FilterQuery::placeholders(leadIds.size())),
                                idValues(leadIds));
}

Result<QList<Attachment>> SqliteLeadStore::attachmentsOfStarredLeads() const
{
    return AttachmentRows::ofStarredLeads(d->sql(SqliteMessages::tr("listing attachments")));
}

Status SqliteLeadStore::setAttachmentFile(qint64 attachmentId, const AttachmentFile& file)
{
    const QString what = SqliteMessages::tr("storing an attachment");
    return withinTransaction(*this, d->inTransaction, [&]() -> Status {
        auto existing = d->execute(QStringLiteral("SELECT id FROM attachment_file WHERE content_hash = ?"),
                                   { file.contentHash }, what);
        if (!existing)
            return existing.error();
        qint64 fileId = existing->next() ? existing->value(0).toLongLong() : 0;
        existing->finish();
        if (fileId == 0) {
            auto inserted = d->execute(QStringLiteral("INSERT INTO attachment_file (content_hash, size, content_type, "
                                                      "problem, stored_at) VALUES (?, ?, ?, ?, ?)"),
                                       { file.contentHash, file.size, textOrNull(file.contentType),
                                         textOrNull(file.problem), Clock::nowUtcText() },
                                       what);
            if (!inserted)
                return inserted.error();
            fileId = inserted->lastInsertId().toLongLong();
            if (!file.text.isEmpty()) {
                auto indexed = d->execute(QStringLiteral("INSERT INTO attachment_fts (rowid, text) VALUES (?, ?)"),
                                          { fileId, file.text }, what);
                if (!indexed)
                    return indexed.error();
            }
        }
        auto linked = d->execute(QStringLiteral("UPDATE attachment SET file_id = ?, name = ?, size = ?, "
                                                "content_type = ?, problem = NULL WHERE id = ?"),
                                 { fileId, textOrNull(file.name), file.size, textOrNull(file.contentType), attachmentId },
                                 what);
        if (!linked)
            return linked.error();
        if (linked->numRowsAffected() == 0)
            return Error { SqliteMessages::tr("The attachment %1 is no longer in the cache").arg(attachmentId) };
        return Done{};
    });
}

Status SqliteLeadStore::setAttachmentProblem(qint64 attachmentId, const QString& problem)
{
    auto query = d->execute(QStringLiteral("UPDATE attachment SET problem = ? WHERE id = ?"),
                            { textOrNull(problem), attachmentId }, SqliteMessages::tr("storing an attachment"));
    if (!query)
        return query.error();
    return Done{};
}

Status SqliteLeadStore::removeAttachmentFile(const QString& contentHash)
{
    const QString what = SqliteMessages::tr("removing an attachment");
    return withinTransaction(*this, d->inTransaction, [&]() -> Status {
        auto file = d->execute(QStringLiteral("SELECT id FROM attachment_file WHERE content_hash = ?"), { contentHash },
                               what);
        if (!file)
            return file.error();
        if (!file->next())
            return Done{};
        const qint64 fileId = file->value(0).toLongLong();
        file->finish();
        for (const QString& sql : { QStringLiteral("DELETE FROM attachment_fts WHERE rowid = ?"),
                                    QStringLiteral("UPDATE attachment SET file_id = NULL WHERE file_id = ?"),
                                    QStringLiteral("DELETE FROM attachment_file WHERE id = ?") }) {
            if (auto step = d->execute(sql, { fileId }, what); !step)
                return step.error();
        }
        return Done{};
    });
}

Result<QSet<qint64>> SqliteLeadStore::attachmentOnlyMatches(const QString& text, const QList<qint64>& leadIds) const
{
    QSet<qint64> out;
    const QString fts = LeadFilter::ftsQuery(text);
    if (fts.isEmpty() || leadIds.isEmpty())
        return out;
    QVariantList values { fts };
    values += idValues(leadIds);
    values.append(fts);
    return AttachmentRows::leadIds(d->sql(SqliteMessages::tr("searching attachments")),
        QStringLiteral("SELECT DISTINCT a.lead_id FROM attachment_fts JOIN attachment a ON a.file_id = attachment_fts.rowid "
                       "WHERE attachment_fts MATCH ? AND a.lead_id IN (%1) "
                       "AND a.lead_id NOT IN (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ?)")
            .arg(FilterQuery::placeholders(leadIds.size())),
        values);
}

Result<QList<AttachmentPassage>> SqliteLeadStore::attachmentPassages(const QString& text, const QList<qint64>& leadIds,
                                                                     int limit) const
{
    QList<AttachmentPassage> out;
    const QString fts = LeadFilter::ftsQuery(text);
    if (fts.isEmpty() || leadIds.isEmpty())
        return out;
    QVariantList values { QString(AttachmentMarks::kMatchStart), QString(AttachmentMarks::kMatchEnd), fts };
    values += idValues(leadIds);
    values.append(limit);
    return AttachmentRows::passages(d->sql(SqliteMessages::tr("searching attachments")),
        QStringLiteral("SELECT a.id, a.name, a.url, snippet(attachment_fts, 0, ?, ?, '…', 24) "
                       "FROM attachment_fts JOIN attachment a ON a.file_id = attachment_fts.rowid "
                       "WHERE attachment_fts MATCH ? AND a.lead_id IN (%1) ORDER BY rank, a.id LIMIT ?")
            .arg(FilterQuery::placeholders(leadIds.size())),
        values);
}
