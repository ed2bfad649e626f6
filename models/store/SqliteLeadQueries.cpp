// SqliteLeadStore's reads of leads: search, ids in a filter's order, rows by id, one lead,
// its versions, reference records and the whole cache's statistics.
#include "SqliteLeadStorePrivate.h"

#include "FamilyDeadlineHistory.h"
#include "FilterQuery.h"
#include "LeadTallyCounts.h"
#include "ReferenceRecordsSql.h"
#include "StoredLeadRows.h"

#include <QFileInfo>
#include <QHash>

using StoredLeadRows::selectColumns;
using StoredLeadRows::storedLeadFrom;

namespace {

QString fromJoin()
{
    return QStringLiteral(" FROM lead l LEFT JOIN lead_user u ON u.family_id = l.family_id");
}

// Past this many matches, walking an index in order beats reading each match by id.
// A first page of a word so common that the walk meets a match every few leads probes each
// lead instead of gathering every match first (the first 100 of 317,000 matches in 1,000,000
// leads: 10 ms against 35), when the walk's index serves the whole filter: the source, the
// deadline and "open", sorted by the deadline or by an indexed column, and that index is there
// (a bulk load sets the indexes aside until it ends).
FilterQuery::KeywordPlan keywordPlan(const QSqlDatabase& db, const LeadFilter& filter, const QDate& today, int limit,
                                     bool indexesComplete)
{
    constexpr int kManyMatches = 2000;
    constexpr int kLeadsWalked = 2000; // what a probing walk may read for its page
    const QString fts = LeadFilter::ftsQuery(filter.text);
    if (fts.isEmpty())
        return FilterQuery::KeywordPlan::Lookup;
    qint64 denseEnough = 0; // matches that make a probing walk short
    if (indexesComplete && limit > 0 && limit <= 1000
        && (filter.sortKey() == QLatin1String("deadline_at") || FilterQuery::hasSortIndex(filter.sortKey()))
        && FilterQuery::compile(filter, today, FilterQuery::KeywordPlan::Probe, limit)
               .readsOnly({ QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("deadline_at"),
                            QStringLiteral("active") })) {
        QSqlQuery highest(db);
        if (highest.exec(QStringLiteral("SELECT MAX(rowid) FROM lead")) && highest.next())
            denseEnough = highest.value(0).toLongLong() * limit / kLeadsWalked;
    }
    const qint64 counted = qMax<qint64>(kManyMatches, denseEnough);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? LIMIT %1)")
                      .arg(counted));
    query.addBindValue(fts);
    if (!query.exec() || !query.next())
        return FilterQuery::KeywordPlan::Lookup; // the real query reports the error
    const qint64 matches = query.value(0).toLongLong();
    if (denseEnough > kManyMatches && matches >= denseEnough)
        return FilterQuery::KeywordPlan::Probe;
    return matches >= kManyMatches ? FilterQuery::KeywordPlan::Scan : FilterQuery::KeywordPlan::Lookup;
}

Status appendIds(const QSqlDatabase& db, const FilterQuery& compiled, int limit, QList<qint64>& ids)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString limitClause = limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    if (!query.prepare(QStringLiteral("SELECT l.id") + compiled.from() + compiled.where() + compiled.orderBy() + limitClause))
        return sqlError(SqliteMessages::tr("preparing the lead list"), query.lastError());
    bindAll(query, compiled.bindings());
    if (!query.exec())
        return sqlError(SqliteMessages::tr("listing leads"), query.lastError());
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return sqlError(SqliteMessages::tr("listing leads"), query.lastError());
    return Done{};
}

} // namespace

Result<QList<StoredLead>> SqliteLeadStore::search(const LeadFilter& filter, int limit, const QDate& today,
                                                  Detail detail) const
{
    // A page of results: the ids first, by the plan that reads fewest rows (an index walk for a
    // common word), then those rows alone. One statement that selected every column would
    // read, and sort, every match whole: 2,766 leads with their descriptions for the 100 first
    // of "bridge" in 200,000.
    constexpr int kPage = 10000;
    if (limit >= 0 && limit <= kPage) {
        auto page = ids(filter, today, limit);
        if (!page)
            return page.error();
        return leadsByIds(*page, detail);
    }
    const FilterQuery compiled
        = FilterQuery::compile(filter, today, FilterQuery::KeywordPlan::Lookup, limit);
    QString text = QStringLiteral("SELECT ") + selectColumns(detail) + fromJoin() + compiled.where() + compiled.orderBy();
    if (limit >= 0)
        text += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.prepare(text))
        return sqlError(SqliteMessages::tr("preparing the search"), query.lastError());
    bindAll(query, compiled.bindings());
    if (!query.exec())
        return sqlError(SqliteMessages::tr("searching"), query.lastError());
    QList<StoredLead> rows;
    while (query.next())
        rows.append(storedLeadFrom(query));
    if (query.lastError().isValid())
        return sqlError(SqliteMessages::tr("searching"), query.lastError());
    return rows;
}

Result<qint64> SqliteLeadStore::count(const LeadFilter& filter, const QDate& today) const
{
    const FilterQuery compiled = FilterQuery::compile(filter, today);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*)") + compiled.conditionsFrom() + compiled.where()))
        return sqlError(SqliteMessages::tr("preparing the count"), query.lastError());
    bindAll(query, compiled.bindings());
    if (!query.exec() || !query.next())
        return sqlError(SqliteMessages::tr("counting"), query.lastError());
    return query.value(0).toLongLong();
}

Result<QList<qint64>> SqliteLeadStore::ids(const LeadFilter& filter, const QDate& today, int limit,
                                           const std::function<bool()>& replaced) const
{
    const StatementInterrupt interrupt(d->handle, replaced);
    const FilterQuery::KeywordPlan plan = keywordPlan(d->db, filter, today, limit, !d->bulkLoadPending());
    QList<qint64> ids;
    if (!FilterQuery::hasSortIndex(filter.sortKey())) {
        if (auto status = appendIds(d->db, FilterQuery::compile(filter, today, plan, limit), limit, ids); !status)
            return status.error();
        return ids;
    }
    // Leads with a value, then the blank ones: two walks of the sort's index, the order of
    // search() without a sort step.
    for (const bool blankPart : {false, true}) {
        const int remaining = limit < 0 ? -1 : limit - int(ids.size());
        if (remaining == 0)
            break;
        const FilterQuery part = FilterQuery::compileSortedPart(filter, today, plan, blankPart, remaining);
        if (auto status = appendIds(d->db, part, remaining, ids); !status)
            return status.error();
    }
    return ids;
}

Result<QList<StoredLead>> SqliteLeadStore::leadsByIds(const QList<qint64>& ids, Detail detail) const
{
    if (ids.isEmpty())
        return QList<StoredLead>();
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // Integers only, formatted here: no text from outside reaches this statement.
    if (!query.exec(QStringLiteral("SELECT ") + selectColumns(detail) + fromJoin() + QStringLiteral(" WHERE l.id IN (")
                    + numbers.join(u',') + u')'))
        return sqlError(SqliteMessages::tr("reading leads"), query.lastError());
    QHash<qint64, StoredLead> byId;
    while (query.next()) {
        StoredLead row = storedLeadFrom(query);
        byId.insert(row.id, std::move(row));
    }
    if (query.lastError().isValid())
        return sqlError(SqliteMessages::tr("reading leads"), query.lastError());
    QList<StoredLead> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.append(*it);
    }
    return rows;
}

Result<StoredLead> SqliteLeadStore::lead(const QString& source, const QString& sourceId) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT ") + selectColumns() + fromJoin()
                  + QStringLiteral(" WHERE l.source = ? AND l.source_id = ?"));
    query.addBindValue(source);
    query.addBindValue(sourceId);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("reading a lead"), query.lastError());
    if (!query.next())
        return Error { SqliteMessages::tr("No %1 lead with id %2 in the cache").arg(source, sourceId) };
    return storedLeadFrom(query);
}

Result<QList<StoredLead>> SqliteLeadStore::familyNotices(const QString& familyId) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT ") + selectColumns() + fromJoin()
                  + QStringLiteral(" WHERE l.family_id = ? ORDER BY l.posted_at, l.id"));
    query.addBindValue(familyId);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("reading a notice family"), query.lastError());
    QList<StoredLead> rows;
    while (query.next())
        rows.append(storedLeadFrom(query));
    return rows;
}

Result<QHash<QString, FamilyDeadline>> SqliteLeadStore::familyDeadlines(const QStringList& familyIds) const
{
    // Well under SQLite's limit of bound values, whatever the caller's chunk.
    constexpr qsizetype kFamiliesPerStatement = 500;
    QStringList families = familyIds;
    families.removeDuplicates();
    QHash<QString, FamilyDeadline> deadlines;
    for (qsizetype start = 0; start < families.size(); start += kFamiliesPerStatement) {
        const QStringList part = families.mid(start, kFamiliesPerStatement);
        QStringList rows;
        rows.fill(QStringLiteral("(?)"), part.size());
        QVariantList values;
        for (const QString& family : part)
            values.append(family);
        auto query = d->execute(FamilyDeadlineHistory::sql(FilterQuery::Dialect::Sqlite,
                                                           QStringLiteral("VALUES ") + rows.join(u',')),
                                values, SqliteMessages::tr("reading deadline histories"));
        if (!query)
            return query.error();
        while (query->next()) {
            if (query->value(1).isNull())
                continue; // no notice of the family has a deadline
            deadlines.insert(query->value(0).toString(), {query->value(1).toLongLong(), query->value(2).toInt()});
        }
        if (query->lastError().isValid())
            return sqlError(SqliteMessages::tr("reading deadline histories"), query->lastError());
    }
    return deadlines;
}

Result<qint64> SqliteLeadStore::countNewFamilies(const LeadFilter& filter, const QDate& today, const QString& since) const
{
    // The families of the matches first cached after `since` (few, after a sync), less those
    // with a match cached before it. "+family_id" keeps SQLite from walking all of lead_family
    // for the DISTINCT: the filter's own index finds the matches, and only theirs are computed.
    LeadFilter everyNotice = filter;
    everyNotice.oneRowPerFamily = false; // the family's earliest match decides, not its latest notice
    everyNotice.firstSeenAfter = since;
    const FilterQuery fresh = FilterQuery::compile(everyNotice, today);
    everyNotice.firstSeenAfter.clear();
    FilterQuery earlier = FilterQuery::compile(everyNotice, today);
    earlier.addCondition(QStringLiteral("l.family_id = fresh.family_id"), { QStringLiteral("family_id") });
    earlier.addCondition(QStringLiteral("l.first_seen_at <= ?"), { QStringLiteral("first_seen_at") }, { since });
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("WITH fresh AS (SELECT DISTINCT +l.family_id AS family_id") + fresh.conditionsFrom()
                       + fresh.where() + QStringLiteral(") SELECT COUNT(*) FROM fresh WHERE NOT EXISTS (SELECT 1")
                       + earlier.conditionsFrom() + earlier.where() + u')'))
        return sqlError(SqliteMessages::tr("preparing the count"), query.lastError());
    bindAll(query, fresh.bindings() + earlier.bindings());
    if (!query.exec() || !query.next())
        return sqlError(SqliteMessages::tr("counting"), query.lastError());
    return query.value(0).toLongLong();
}

Result<QList<StoredLead>> SqliteLeadStore::trackedFamilyAwards(const QString& since) const
{
    QSqlQuery query(d->db);
    // From the few tracked families to their notices (lead_family), not over every lead: CROSS
    // JOIN keeps that order, which a cache without statistics would otherwise reverse (a scan
    // of every lead after each import, 0.15 s at 200,000).
    query.prepare(QStringLiteral("SELECT ") + selectColumns()
                  + QStringLiteral(" FROM lead_user u CROSS JOIN lead l ON l.family_id = u.family_id"
                                   " WHERE l.first_seen_at >= ? AND lower(l.notice_type) LIKE '%award%' "
                                   "AND (u.starred = 1 OR u.status IS NOT NULL OR u.notes IS NOT NULL "
                                   "OR u.tags IS NOT NULL) ORDER BY l.first_seen_at, l.id"));
    query.addBindValue(since);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("reading awards in tracked families"), query.lastError());
    QList<StoredLead> rows;
    while (query.next())
        rows.append(storedLeadFrom(query));
    if (query.lastError().isValid())
        return sqlError(SqliteMessages::tr("reading awards in tracked families"), query.lastError());
    return rows;
}

Result<QList<LeadVersion>> SqliteLeadStore::versions(const QString& source, const QString& sourceId) const
{
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT v.raw, v.replaced_at FROM lead_version v JOIN lead l ON l.id = v.lead_id "
                                 "WHERE l.source = ? AND l.source_id = ? ORDER BY v.id"));
    query.addBindValue(source);
    query.addBindValue(sourceId);
    if (!query.exec())
        return sqlError(SqliteMessages::tr("reading earlier versions"), query.lastError());
    QList<LeadVersion> out;
    while (query.next())
        out.append({ query.value(0).toByteArray(), query.value(1).toString() });
    if (query.lastError().isValid())
        return sqlError(SqliteMessages::tr("reading earlier versions"), query.lastError());
    return out;
}

Result<QList<ReferenceRecord>> SqliteLeadStore::references(const ReferenceQuery& request) const
{
    return ReferenceRecordsSql::read(d->sql(SqliteMessages::tr("reading reference data")), request,
                                     FilterQuery::Dialect::Sqlite);
}

Result<CacheStats> SqliteLeadStore::stats(const QDate& today) const
{
    CacheStats stats;
    const QString what = SqliteMessages::tr("reading statistics");
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(DISTINCT lead_id) FROM lead_version), "
                                   "(SELECT COUNT(*) FROM lead_user WHERE starred = 1), "
                                   "(SELECT COUNT(*) FROM saved_search), "
                                   "(SELECT MAX(finished_at) FROM sync_run WHERE outcome = 'ok')"))
        || !query.next())
        return sqlError(what, query.lastError());
    stats.amended = query.value(0).toLongLong();
    stats.starred = query.value(1).toLongLong();
    stats.savedSearches = query.value(2).toLongLong();
    stats.lastSyncAt = query.value(3).toString();
    query.finish();
    if (d->bulkLoadPending()) {
        // The kept counts are made again at the load's end: until then the leads are counted.
        if (!query.prepare(QStringLiteral(
                "SELECT source, COUNT(*), SUM(CASE WHEN (deadline_at IS NULL OR deadline_at >= ?) "
                "AND COALESCE(active, 1) = 1 THEN 1 ELSE 0 END) FROM lead GROUP BY source ORDER BY source")))
            return sqlError(what, query.lastError());
        query.addBindValue(today.toString(Qt::ISODate));
        if (!query.exec())
            return sqlError(what, query.lastError());
        while (query.next()) {
            stats.leads += query.value(1).toLongLong();
            stats.open += query.value(2).toLongLong();
            stats.bySource.append({ query.value(0).toString(), query.value(1).toLongLong() });
        }
        if (query.lastError().isValid())
            return sqlError(what, query.lastError());
    } else if (auto status = LeadTallyCounts::countLeads(d->sql(what), QStringLiteral("lead_tally_day"), today, stats);
               !status) {
        return status.error();
    }
    stats.fileBytes = QFileInfo(d->path).size();
    stats.sampleData = info(QStringLiteral("sample_data")) == QLatin1String("1");
    return stats;
}

