// PgLeadStore's reads of leads (search, ids in a filter's order, rows by id, one lead, its
// family and versions, statistics) and the analyst's own tracking.
#include "PgLeadStorePrivate.h"

#include "Clock.h"
#include "FamilyDeadlineHistory.h"
#include "FilterQuery.h"
#include "LeadTallyCounts.h"
#include "PgQueryCancel.h"
#include "ReferenceRecordsSql.h"
#include "StoredLeadRows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// "Last seen" is the later of the last change (in the row) and the last sight (lead_seen).
const QString kLastSeen = QStringLiteral("GREATEST(l.last_seen_at, (SELECT s.last_seen_at FROM lead_seen s "
                                         "WHERE s.lead_id = l.id))");

QString selectColumns(LeadStore::Detail detail = LeadStore::Detail::Full)
{
    return StoredLeadRows::selectColumns(detail, kLastSeen, QStringLiteral("u.assignee"));
}

QString fromJoin()
{
    return QStringLiteral(" FROM lead l LEFT JOIN lead_user_view u ON u.family_id = l.family_id");
}

FilterQuery compile(const LeadFilter& filter, const QDate& today, int rowsWanted = -1)
{
    // The keyword plan is the planner's to choose: it walks lead_deadline_open for a common
    // word and reads the GIN bitmap for a rare one.
    return FilterQuery::compile(filter, today, FilterQuery::KeywordPlan::Lookup, rowsWanted,
                                FilterQuery::Dialect::Postgres);
}

Result<QList<StoredLead>> readLeads(Result<QSqlQuery> query, const QString& what)
{
    if (!query)
        return query.error();
    QList<StoredLead> rows;
    while (query->next())
        rows.append(StoredLeadRows::storedLeadFrom(*query));
    if (query->lastError().isValid())
        return pgError(what, query->lastError());
    return rows;
}

} // namespace

Result<QList<StoredLead>> PgLeadStore::search(const LeadFilter& filter, int limit, const QDate& today,
                                              Detail detail) const
{
    // As the local cache does it: the page of ids first, then those rows alone.
    constexpr int kPage = 10000;
    if (limit >= 0 && limit <= kPage) {
        auto page = ids(filter, today, limit);
        if (!page)
            return page.error();
        return leadsByIds(*page, detail);
    }
    const FilterQuery compiled = compile(filter, today, limit);
    QString text = QStringLiteral("SELECT ") + selectColumns(detail) + fromJoin() + compiled.where() + compiled.orderBy();
    if (limit >= 0)
        text += QStringLiteral(" LIMIT %1").arg(limit);
    return readLeads(d->execute(text, compiled.bindings(), PgMessages::tr("searching")), PgMessages::tr("searching"));
}

Result<qint64> PgLeadStore::count(const LeadFilter& filter, const QDate& today) const
{
    const FilterQuery compiled = compile(filter, today);
    auto query = d->execute(QStringLiteral("SELECT COUNT(*)") + compiled.conditionsFrom() + compiled.where(),
                            compiled.bindings(), PgMessages::tr("counting"));
    if (!query)
        return query.error();
    if (!query->next())
        return pgError(PgMessages::tr("counting"), query->lastError());
    return query->value(0).toLongLong();
}

Result<QList<qint64>> PgLeadStore::ids(const LeadFilter& filter, const QDate& today, int limit,
                                       const std::function<bool()>& replaced) const
{
    const PgQueryCancel cancel(d->db, replaced);
    QList<qint64> out;
    auto append = [&](const FilterQuery& compiled, int wanted) -> Status {
        const QString limitClause = wanted >= 0 ? QStringLiteral(" LIMIT %1").arg(wanted) : QString();
        auto query = d->execute(QStringLiteral("SELECT l.id") + compiled.from() + compiled.where() + compiled.orderBy()
                                    + limitClause,
                                compiled.bindings(), PgMessages::tr("listing leads"));
        if (!query)
            return query.error();
        while (query->next())
            out.append(query->value(0).toLongLong());
        if (query->lastError().isValid())
            return pgError(PgMessages::tr("listing leads"), query->lastError());
        return Done{};
    };
    if (!FilterQuery::hasSortIndex(filter.sortKey())) {
        if (auto status = append(compile(filter, today, limit), limit); !status)
            return status.error();
        return out;
    }
    // Leads with a value, then the blank ones: two walks of the sort's index, as in the local cache.
    for (const bool blankPart : { false, true }) {
        const int remaining = limit < 0 ? -1 : limit - int(out.size());
        if (remaining == 0)
            break;
        const FilterQuery part = FilterQuery::compileSortedPart(filter, today, FilterQuery::KeywordPlan::Lookup, blankPart,
                                                                remaining, FilterQuery::Dialect::Postgres);
        if (auto status = append(part, remaining); !status)
            return status.error();
    }
    return out;
}

Result<QList<StoredLead>> PgLeadStore::leadsByIds(const QList<qint64>& ids, Detail detail) const
{
    if (ids.isEmpty())
        return QList<StoredLead>();
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    // Integers only, formatted here, as one array parameter.
    auto rows = readLeads(d->execute(QStringLiteral("SELECT ") + selectColumns(detail) + fromJoin()
                                         + QStringLiteral(" WHERE l.id = ANY (?::bigint[])"),
                                     { u'{' + numbers.join(u',') + u'}' }, PgMessages::tr("reading leads")),
                          PgMessages::tr("reading leads"));
    if (!rows)
        return rows.error();
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < rows->size(); ++i)
        byId.insert(rows->at(i).id, i);
    QList<StoredLead> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            ordered.append(rows->at(*it));
    }
    return ordered;
}

Result<StoredLead> PgLeadStore::lead(const QString& source, const QString& sourceId) const
{
    auto rows = readLeads(d->execute(QStringLiteral("SELECT ") + selectColumns() + fromJoin()
                                         + QStringLiteral(" WHERE l.source = ? AND l.source_id = ?"),
                                     { source, sourceId }, PgMessages::tr("reading a lead")),
                          PgMessages::tr("reading a lead"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error { PgMessages::tr("No %1 lead with id %2 in the cache").arg(source, sourceId) };
    return rows->first();
}

Result<QList<StoredLead>> PgLeadStore::familyNotices(const QString& familyId) const
{
    return readLeads(d->execute(QStringLiteral("SELECT ") + selectColumns() + fromJoin()
                                    + QStringLiteral(" WHERE l.family_id = ? ORDER BY l.posted_at NULLS FIRST, l.id"),
                                { familyId }, PgMessages::tr("reading a notice family")),
                     PgMessages::tr("reading a notice family"));
}

Result<QHash<QString, FamilyDeadline>> PgLeadStore::familyDeadlines(const QStringList& familyIds) const
{
    // The families travel as one JSON array: any text, any number of them, one statement.
    QJsonArray families;
    for (const QString& family : familyIds)
        families.append(family);
    const QString what = PgMessages::tr("reading deadline histories");
    auto query = d->execute(FamilyDeadlineHistory::sql(FilterQuery::Dialect::Postgres,
                                                       QStringLiteral("SELECT DISTINCT json_array_elements_text(?::json)")),
                            { QString::fromUtf8(QJsonDocument(families).toJson(QJsonDocument::Compact)) }, what);
    if (!query)
        return query.error();
    QHash<QString, FamilyDeadline> deadlines;
    while (query->next()) {
        if (query->value(1).isNull())
            continue; // no notice of the family has a deadline
        deadlines.insert(query->value(0).toString(), { query->value(1).toLongLong(), query->value(2).toInt() });
    }
    if (query->lastError().isValid())
        return pgError(what, query->lastError());
    return deadlines;
}

Result<qint64> PgLeadStore::countNewFamilies(const LeadFilter& filter, const QDate& today, const QString& since) const
{
    // The families of the matches first cached after `since`, less those with a match cached before it.
    LeadFilter everyNotice = filter;
    everyNotice.oneRowPerFamily = false;
    everyNotice.firstSeenAfter = since;
    const FilterQuery fresh = compile(everyNotice, today);
    everyNotice.firstSeenAfter.clear();
    FilterQuery earlier = compile(everyNotice, today);
    earlier.addCondition(QStringLiteral("l.family_id = fresh.family_id"), { QStringLiteral("family_id") });
    earlier.addCondition(QStringLiteral("l.first_seen_at <= ?"), { QStringLiteral("first_seen_at") }, { since });
    auto query = d->execute(QStringLiteral("WITH fresh AS (SELECT DISTINCT l.family_id AS family_id") + fresh.conditionsFrom()
                                + fresh.where() + QStringLiteral(") SELECT COUNT(*) FROM fresh WHERE NOT EXISTS (SELECT 1")
                                + earlier.conditionsFrom() + earlier.where() + u')',
                            fresh.bindings() + earlier.bindings(), PgMessages::tr("counting"));
    if (!query)
        return query.error();
    if (!query->next())
        return pgError(PgMessages::tr("counting"), query->lastError());
    return query->value(0).toLongLong();
}

Result<SearchBacktest> PgLeadStore::backtest(const LeadFilter& filter, const QDate& today, int weeks) const
{
    // Every notice the filter matches in the weeks, with its family and whether that family
    // matched before them; the planner picks the index (lead_sort_posted_at, the keyword's GIN
    // or the codes').
    BacktestTally tally(today, weeks);
    if (weeks <= 0)
        return tally.result();
    LeadFilter everyNotice = filter;
    everyNotice.oneRowPerFamily = false;
    everyNotice.postedFrom = {};
    everyNotice.postedTo = {};
    FilterQuery inWeeks = compile(everyNotice, today);
    inWeeks.addCondition(QStringLiteral("l.posted_at >= ? AND l.posted_at < ?"), { QStringLiteral("posted_at") },
                         { tally.firstMonday(), tally.afterLastSunday() });
    FilterQuery earlier = compile(everyNotice, today);
    earlier.addCondition(QStringLiteral("l.family_id = m.family_id"), { QStringLiteral("family_id") });
    earlier.addCondition(QStringLiteral("l.posted_at < ?"), { QStringLiteral("posted_at") }, { tally.firstMonday() });
    // With one row per family, a notice in the weeks is a match when it is its family's newest.
    const QString counted = filter.oneRowPerFamily
        ? QStringLiteral("l.id = ") + FilterQuery::latestOfFamily(QStringLiteral("l.family_id"))
        : QStringLiteral("true");
    const QString what = PgMessages::tr("trying the search on past weeks");
    auto rows = d->execute(QStringLiteral("SELECT m.posted_at, m.family_id, m.counted, EXISTS (SELECT 1")
                               + earlier.conditionsFrom() + earlier.where()
                               + QStringLiteral(") FROM (SELECT l.posted_at AS posted_at, l.family_id AS family_id, ")
                               + counted + QStringLiteral(" AS counted") + inWeeks.conditionsFrom() + inWeeks.where()
                               + QStringLiteral(") m"),
                           earlier.bindings() + inWeeks.bindings(), what);
    if (!rows)
        return rows.error();
    while (rows->next())
        tally.add(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toBool(), rows->value(3).toBool());
    if (rows->lastError().isValid())
        return pgError(what, rows->lastError());
    return tally.result();
}

Result<QList<StoredLead>> PgLeadStore::trackedFamilyAwards(const QString& since) const
{
    return readLeads(d->execute(QStringLiteral("SELECT ") + selectColumns()
                                    + QStringLiteral(" FROM lead_user_view u JOIN lead l ON l.family_id = u.family_id"
                                                     " WHERE l.first_seen_at >= ? AND lower(l.notice_type) LIKE '%award%' "
                                                     "AND (u.starred = 1 OR u.status IS NOT NULL OR u.notes IS NOT NULL "
                                                     "OR u.tags IS NOT NULL) ORDER BY l.first_seen_at, l.id"),
                                { since }, PgMessages::tr("reading awards in tracked families")),
                     PgMessages::tr("reading awards in tracked families"));
}

Result<QList<LeadVersion>> PgLeadStore::versions(const QString& source, const QString& sourceId) const
{
    auto query = d->execute(QStringLiteral("SELECT v.raw, v.replaced_at FROM lead_version v JOIN lead l ON l.id = v.lead_id "
                                           "WHERE l.source = ? AND l.source_id = ? ORDER BY v.id"),
                            { source, sourceId }, PgMessages::tr("reading earlier versions"));
    if (!query)
        return query.error();
    QList<LeadVersion> out;
    while (query->next())
        out.append({ query->value(0).toByteArray(), query->value(1).toString() });
    return out;
}

Result<QList<ReferenceRecord>> PgLeadStore::references(const ReferenceQuery& request) const
{
    return ReferenceRecordsSql::read(d->sql(PgMessages::tr("reading reference data")), request,
                                     FilterQuery::Dialect::Postgres);
}

Result<LeadTally> PgLeadStore::tally(const LeadTallyRequest& request, const std::function<bool()>& replaced) const
{
    // Counted on the server: one GROUPING SETS pass for the facets (streaming the rows to count
    // them here would move every open lead over the connection), one GROUP BY for the weeks.
    const PgQueryCancel cancel(d->db, replaced);
    const QString what = PgMessages::tr("counting leads");
    for (const QString& column : request.facetColumns) {
        if (!LeadColumns::names().contains(column))
            return Error { PgMessages::tr("No lead column named %1").arg(column) };
    }
    if (!request.countEveryLead) {
        const FilterQuery compiled = compile(request.filter, request.today);
        if (LeadTallyCounts::answer(request, compiled))
            return LeadTallyCounts::read(d->sql(what), QStringLiteral("lead_tally"), request, compiled);
    }
    LeadTally result;
    result.facets.resize(request.facetColumns.size());
    if (!request.facetColumns.isEmpty()) {
        const FilterQuery compiled = compile(request.filter, request.today);
        QStringList columns = request.facetColumns;
        columns.removeDuplicates();
        QStringList grouping, selected, sets;
        for (const QString& column : std::as_const(columns)) {
            grouping.append(QStringLiteral("GROUPING(l.%1)").arg(column));
            selected.append(QStringLiteral("l.%1::text").arg(column));
            sets.append(QStringLiteral("(l.%1)").arg(column));
        }
        auto query = d->execute(QStringLiteral("SELECT ") + grouping.join(QStringLiteral(", ")) + QStringLiteral(", ")
                                    + selected.join(QStringLiteral(", ")) + QStringLiteral(", COUNT(*)")
                                    + compiled.conditionsFrom() + compiled.where() + QStringLiteral(" GROUP BY GROUPING SETS (")
                                    + sets.join(QStringLiteral(", ")) + u')',
                                compiled.bindings(), what);
        if (!query)
            return query.error();
        const int n = int(columns.size());
        while (query->next()) {
            for (int i = 0; i < n; ++i) {
                if (query->value(i).toInt() != 0)
                    continue; // not this row's set
                const QString value = query->value(n + i).toString();
                if (value.isEmpty())
                    break;
                const qint64 count = query->value(2 * n).toLongLong();
                for (qsizetype f = 0; f < request.facetColumns.size(); ++f) {
                    if (request.facetColumns[f] == columns[i])
                        result.facets[f][value] += count;
                }
                break;
            }
        }
        if (query->lastError().isValid())
            return pgError(what, query->lastError());
    }
    if (request.countWeeks && request.weekCount > 0) {
        // Week n holds the deadlines from the n-th Monday on: width_bucket over the weeks' first
        // days as text, compared as the ISO deadlines are stored.
        FilterQuery compiled = compile(request.filter, request.today);
        QStringList bounds;
        for (int week = 0; week <= request.weekCount; ++week)
            bounds.append(request.firstWeek.addDays(7 * qint64(week)).toString(Qt::ISODate));
        compiled.addCondition(QStringLiteral("l.deadline_at >= ? AND l.deadline_at < ?"), { QStringLiteral("deadline_at") },
                              { bounds.first(), bounds.last() });
        auto query = d->execute(QStringLiteral("SELECT l.source, width_bucket(l.deadline_at, ?::text[]), COUNT(*)")
                                    + compiled.conditionsFrom() + compiled.where() + QStringLiteral(" GROUP BY 1, 2"),
                                QVariantList { u'{' + bounds.join(u',') + u'}' } + compiled.bindings(), what);
        if (!query)
            return query.error();
        while (query->next()) {
            const int week = query->value(1).toInt() - 1;
            if (week < 0 || week >= request.weekCount)
                continue;
            auto layer = result.weeksBySource.find(query->value(0).toString());
            if (layer == result.weeksBySource.end())
                layer = result.weeksBySource.insert(query->value(0).toString(), QList<qint64>(request.weekCount, 0));
            (*layer)[week] += query->value(2).toLongLong();
        }
        if (query->lastError().isValid())
            return pgError(what, query->lastError());
    }
    return result;
}

Result<CacheStats> PgLeadStore::stats(const QDate& today) const
{
    CacheStats stats;
    const QString what = PgMessages::tr("reading statistics");
    auto query = d->execute(QStringLiteral("SELECT (SELECT COUNT(DISTINCT lead_id) FROM lead_version), "
                                           "(SELECT COUNT(*) FROM lead_user WHERE starred = 1), "
                                           "(SELECT COUNT(*) FROM saved_search), "
                                           "(SELECT MAX(finished_at) FROM sync_run WHERE outcome = 'ok'), "
                                           "pg_database_size(current_database())"),
                            {}, what);
    if (!query)
        return query.error();
    if (!query->next())
        return pgError(what, query->lastError());
    stats.amended = query->value(0).toLongLong();
    stats.starred = query->value(1).toLongLong();
    stats.savedSearches = query->value(2).toLongLong();
    stats.lastSyncAt = query->value(3).toString();
    stats.fileBytes = query->value(4).toLongLong();
    if (auto status = LeadTallyCounts::countLeads(d->sql(what), QStringLiteral("lead_tally"), today, stats); !status)
        return status.error();
    stats.sampleData = info(QStringLiteral("sample_data")) == QLatin1String("1");
    return stats;
}

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Status PgLeadStore::setUserData(const QString& source, const QString& sourceId, const LeadUserData& data,
                                Pipeline pipeline)
{
    const QString what = PgMessages::tr("saving your notes");
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status.error();
    }
    auto fail = [&](const Error& error) -> Status {
        if (ownTransaction)
            rollback();
        return error;
    };
    // Tracking belongs to the family of the notice it was set on.
    const QString family = QStringLiteral("COALESCE((SELECT family_id FROM lead WHERE source = ? AND source_id = ?), "
                                          "?::text || '|' || ?::text)");
    if (!d->team.isEmpty() && pipeline == Pipeline::Changed) {
        // The team's row, when the status or the assignee differs from what the team has.
        auto shared = d->execute(
            QStringLiteral("INSERT INTO lead_team AS t (team, family_id, status, assignee) "
                           "SELECT ?, f.id, ?::text, ?::name FROM (SELECT %1 AS id) f "
                           "WHERE COALESCE((SELECT v.status IS DISTINCT FROM ?::text OR v.assignee IS DISTINCT FROM ?::name "
                           "FROM lead_user_view v WHERE v.family_id = f.id), ?::text IS NOT NULL OR ?::name IS NOT NULL) "
                           "ON CONFLICT (team, family_id) DO UPDATE SET status = excluded.status, "
                           "assignee = excluded.assignee, updated_by = current_user, updated_at = now()")
                .arg(family),
            { d->team, textOrNull(data.status), textOrNull(data.assignee), source, sourceId, source, sourceId,
              textOrNull(data.status), textOrNull(data.assignee), textOrNull(data.status), textOrNull(data.assignee) },
            what);
        if (!shared)
            return fail(shared.error());
    }
    // The analyst's own row (owner defaults to the login).
    auto saved = d->execute(
        QStringLiteral("INSERT INTO lead_user (family_id, source, source_id, starred, status, notes, tags, updated_at) "
                       "VALUES (%1, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (owner, family_id) DO UPDATE SET starred = excluded.starred, status = excluded.status, "
                       "notes = excluded.notes, tags = excluded.tags, updated_at = excluded.updated_at")
            .arg(family),
        { source, sourceId, source, sourceId, source, sourceId, data.starred ? 1 : 0, textOrNull(data.status),
          textOrNull(data.notes), textOrNull(data.tags), Clock::nowUtcText() },
        what);
    if (!saved)
        return fail(saved.error());
    if (ownTransaction) {
        if (auto status = commit(); !status)
            return fail(status.error());
    }
    return Done{};
}
