// PgLeadStore: attachments. The links are listed by upsert(); a file downloaded by one analyst
// is the team's: its text is kept in attachment_text, in parts, and the keyword search finds a
// lead through it. Analysts record downloads through the schema's SECURITY DEFINER functions
// (they may not write the tables); the files themselves stay on each desktop.
#include "PgLeadStorePrivate.h"

#include "AttachmentRows.h"
#include "Clock.h"
#include "KeywordQuery.h"

namespace {

// A tsvector holds at most 1 MB and word positions up to 16,383: a long document is kept in
// parts of about this many characters, cut between words.
constexpr qsizetype kPartCharacters = 100000;

QString idArray(const QList<qint64>& ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u'{' + numbers.join(u',') + u'}';
}

// PostgreSQL's text cannot hold U+0000.
QString storable(QString text)
{
    text.replace(QChar(0), u' ');
    return text;
}

// An array literal of the text's parts for a text[] parameter.
QString partsArray(const QString& text)
{
    QStringList quoted;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = std::min(start + kPartCharacters, text.size());
        if (end < text.size()) {
            const qsizetype space = text.lastIndexOf(u' ', end);
            if (space > start + kPartCharacters / 2)
                end = space + 1;
            else if (text.at(end - 1).isHighSurrogate())
                --end;
        }
        QString part = text.mid(start, end - start);
        part.replace(u'\\', QStringLiteral("\\\\"));
        part.replace(u'"', QStringLiteral("\\\""));
        quoted.append(u'"' + part + u'"');
        start = end;
    }
    return u'{' + quoted.join(u',') + u'}';
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The typed keyword search as to_tsquery() text; empty when it has no words.
QString tsqueryOf(const QString& text)
{
    return KeywordQuery::tsquery(KeywordQuery::parse(text));
}

} // namespace

Result<QList<Attachment>> PgLeadStore::attachments(const QList<qint64>& leadIds) const
{
    if (leadIds.isEmpty())
        return QList<Attachment>();
    return AttachmentRows::read(d->sql(PgMessages::tr("listing attachments")),
                                QStringLiteral("WHERE a.lead_id = ANY (?::bigint[]) ORDER BY a.lead_id, a.id"),
                                { idArray(leadIds) });
}

Result<QList<Attachment>> PgLeadStore::attachmentsOfStarredLeads() const
{
    return AttachmentRows::ofStarredLeads(d->sql(PgMessages::tr("listing attachments")));
}

Status PgLeadStore::setAttachmentFile(qint64 attachmentId, const AttachmentFile& file)
{
    auto kept = d->execute(QStringLiteral("SELECT keep_attachment_file(?, ?, ?, ?, ?, ?, ?, ?::text[])"),
                           { attachmentId, file.contentHash, file.size, textOrNull(file.contentType),
                             textOrNull(file.problem), textOrNull(storable(file.name)), Clock::nowUtcText(),
                             partsArray(storable(file.text)) },
                           PgMessages::tr("storing an attachment"));
    if (!kept)
        return kept.error();
    if (!kept->next() || kept->value(0).toLongLong() == 0)
        return Error { PgMessages::tr("The attachment %1 is no longer in the cache").arg(attachmentId) };
    return Done{};
}

Status PgLeadStore::setAttachmentProblem(qint64 attachmentId, const QString& problem)
{
    auto set = d->execute(QStringLiteral("SELECT set_attachment_problem(?, ?)"),
                          { attachmentId, textOrNull(storable(problem)) }, PgMessages::tr("storing an attachment"));
    if (!set)
        return set.error();
    return Done{};
}

Status PgLeadStore::removeAttachmentFile(const QString& contentHash)
{
    auto removed = d->execute(QStringLiteral("SELECT remove_attachment_file(?)"), { contentHash },
                              PgMessages::tr("removing an attachment"));
    if (!removed)
        return removed.error();
    return Done{};
}

Result<QSet<qint64>> PgLeadStore::attachmentOnlyMatches(const QString& text, const QList<qint64>& leadIds) const
{
    QSet<qint64> out;
    const QString tsquery = tsqueryOf(text);
    if (tsquery.isEmpty() || leadIds.isEmpty())
        return out;
    return AttachmentRows::leadIds(d->sql(PgMessages::tr("searching attachments")),
        QStringLiteral("SELECT DISTINCT a.lead_id FROM to_tsquery('tl_simple', ?) q, attachment_text t "
                       "JOIN attachment a ON a.file_id = t.file_id JOIN lead l ON l.id = a.lead_id "
                       "WHERE t.fts @@ q AND a.lead_id = ANY (?::bigint[]) AND NOT l.fts @@ q"),
        { tsquery, idArray(leadIds) });
}

Result<QList<AttachmentPassage>> PgLeadStore::attachmentPassages(const QString& text, const QList<qint64>& leadIds,
                                                                 int limit) const
{
    QList<AttachmentPassage> out;
    const QString tsquery = tsqueryOf(text);
    if (tsquery.isEmpty() || leadIds.isEmpty())
        return out;
    // The best part of each matching attachment, best first; the words around its match are
    // found only for the attachments shown.
    const QString options = QStringLiteral("StartSel=\"%1\", StopSel=\"%2\", MaxWords=24, MinWords=12, ShortWord=0, "
                                           "MaxFragments=1, FragmentDelimiter=\"…\"")
                                .arg(AttachmentMarks::kMatchStart)
                                .arg(AttachmentMarks::kMatchEnd);
    return AttachmentRows::passages(d->sql(PgMessages::tr("searching attachments")),
        QStringLiteral("SELECT best.id, best.name, best.url, ts_headline('tl_simple', t.body, q, ?) "
                       "FROM (SELECT DISTINCT ON (a.id) a.id, a.name, a.url, t.file_id, t.part, ts_rank(t.fts, q) AS rank "
                       "FROM to_tsquery('tl_simple', ?) q, attachment_text t JOIN attachment a ON a.file_id = t.file_id "
                       "WHERE t.fts @@ q AND a.lead_id = ANY (?::bigint[]) ORDER BY a.id, rank DESC) best "
                       "JOIN attachment_text t ON t.file_id = best.file_id AND t.part = best.part, "
                       "to_tsquery('tl_simple', ?) q ORDER BY best.rank DESC, best.id LIMIT ?"),
        { options, tsquery, idArray(leadIds), tsquery, limit });
}
