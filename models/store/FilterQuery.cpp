#include "FilterQuery.h"

#include <algorithm>

#include "KeywordQuery.h"
#include "LeadNormalize.h"
#include "SourceCatalogue.h"

namespace {

// Source keys as SQL string literals: constants of the catalogue, never outside text.
QString literalList(const QStringList& keys)
{
    QStringList literals;
    for (const QString& key : keys)
        literals.append(u'\'' + key + u'\'');
    return literals.join(QStringLiteral(", "));
}

// The terms of lead_sort_<column>'s order: the column, then deadline, source, active and id
// (the NAICS index holds posted date and family before the id, for the backtest). NULL is
// the smallest value in SQLite; PostgreSQL is told so (its indexes are made to match).
QString indexOrder(const QString& column, const QString& direction, FilterQuery::Dialect dialect)
{
    QString tail = QStringLiteral("l.deadline_at %1, l.source %1, l.active %1, l.id %1");
    if (column == QLatin1String("source"))
        tail = QStringLiteral("l.deadline_at %1, l.active %1, l.id %1");
    else if (column == QLatin1String("naics_code"))
        tail = QStringLiteral("l.deadline_at %1, l.source %1, l.active %1, l.posted_at %1, l.family_id %1, l.id %1");
    QString tailDirection = direction;
    if (dialect == FilterQuery::Dialect::Postgres)
        tailDirection += direction == QLatin1String("ASC") ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    return QStringLiteral("l.%1 %2, ").arg(column, direction) + tail.arg(tailDirection);
}

} // namespace

QString FilterQuery::containsPattern(const QString& text)
{
    QString pattern = text.trimmed();
    pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + pattern + u'%';
}

QString FilterQuery::naicsPrefixCondition(const QStringList& prefixes, PrefixPlan plan, QVariantList& bound)
{
    QStringList orParts;
    for (const QString& prefix : prefixes) {
        const QString p = prefix.trimmed();
        const bool digits = !p.isEmpty() && std::all_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
        if (plan == PrefixPlan::RangeScan && digits) {
            // Text sorts by code unit, so every code that starts with "2362" lies in ['2362', '2363').
            QString next = p;
            next.back() = QChar(next.back().unicode() + 1);
            orParts.append(QStringLiteral("(l.naics_code >= ? AND l.naics_code < ?)"));
            bound << p << next;
        } else {
            orParts.append(QStringLiteral("substr(l.naics_code, 1, ?) = ?"));
            bound << int(p.size()) << p;
        }
    }
    return u'(' + orParts.join(QStringLiteral(" OR ")) + u')';
}

QString FilterQuery::latestOfFamily(const QString& familyId)
{
    // lead_family walks the family newest first.
    return QStringLiteral("(SELECT f.id FROM lead f WHERE f.family_id = %1 ORDER BY f.posted_at DESC, f.id DESC LIMIT 1)")
        .arg(familyId);
}

QString FilterQuery::placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

void FilterQuery::addCondition(const QString& condition, const QStringList& leadColumns, const QVariantList& values)
{
    m_conditions.append(condition);
    for (const QString& column : leadColumns)
        m_leadColumns.insert(column);
    m_bindings.append(values);
}

void FilterQuery::addTrackingCondition(const QString& condition, const QVariantList& values)
{
    // The few tracked families lead to their notices through lead_family; a join from every
    // lead to lead_user would compute each lead's family_id on the way.
    addCondition(QStringLiteral("l.family_id IN (SELECT t.family_id FROM %1 t WHERE ").arg(trackingTable(m_dialect))
                     + condition + u')',
                 { QStringLiteral("family_id") }, values);
}

QString FilterQuery::caseFolded(const QString& column) const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral("lower(%1)").arg(column) : column + QStringLiteral(" COLLATE NOCASE");
}

QString FilterQuery::lowered(const QString& placeholder) const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral("lower(%1)").arg(placeholder) : placeholder;
}

QString FilterQuery::like() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral(" ILIKE ") : QStringLiteral(" LIKE ");
}

FilterQuery FilterQuery::compile(const LeadFilter& filter, const QDate& today, KeywordPlan keywordPlan,
                                 int rowsWanted, Dialect dialect)
{
    FilterQuery query;
    query.m_dialect = dialect;
    const bool postgres = dialect == Dialect::Postgres;
    auto loweredList = [&](qsizetype count) {
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks.append(query.lowered(QStringLiteral("?")));
        return marks.join(QStringLiteral(", "));
    };
    auto inList = [&](const QString& column, const QStringList& values, bool caseInsensitive) {
        if (values.isEmpty())
            return;
        QVariantList bound;
        for (const QString& value : values)
            bound.append(value);
        const QString columnTerm = QStringLiteral("l.") + column;
        query.addCondition((caseInsensitive ? query.caseFolded(columnTerm) : columnTerm) + QStringLiteral(" IN (")
                               + (caseInsensitive ? loweredList(values.size()) : placeholders(values.size())) + u')',
                           { column }, bound);
    };
    // Any of the values found in a column (LIKE, case-insensitive for ASCII as SQLite's LIKE is).
    auto containsAny = [&](const QString& column, const QStringList& values, QVariantList& bound) {
        QStringList orParts;
        for (const QString& value : values) {
            orParts.append(column + query.like() + QStringLiteral("? ESCAPE '\\'"));
            bound.append(containsPattern(value));
        }
        return u'(' + orParts.join(QStringLiteral(" OR ")) + u')';
    };

    const QList<KeywordQuery::Token> keywords = KeywordQuery::parse(filter.text);
    if (postgres && !keywords.isEmpty()) {
        // The lead's own text (a stored tsvector with the words as FTS5 splits them), or the
        // text of a file it links to. The attachments' leads are gathered once (an array, not
        // a subquery per row), so the planner still reads lead_fts and the key in one bitmap.
        const QString tsquery = KeywordQuery::tsquery(keywords);
        query.addCondition(QStringLiteral("(l.fts @@ to_tsquery('tl_simple', ?) OR l.id = ANY (ARRAY (SELECT a.lead_id "
                                          "FROM attachment_text t JOIN attachment a ON a.file_id = t.file_id "
                                          "WHERE t.fts @@ to_tsquery('tl_simple', ?))))"),
                           { QStringLiteral("id") }, { tsquery, tsquery });
    }
    const QString fts = postgres ? QString() : KeywordQuery::fts5(keywords);
    if (!fts.isEmpty()) {
        // A unary + keeps SQLite from driving the query by id.
        // The lead's own text, or the text of a file it links to.
        const QString matches = keywordPlan == KeywordPlan::Probe
            ? QStringLiteral("(EXISTS (SELECT 1 FROM lead_fts WHERE lead_fts MATCH ? AND rowid = l.id) OR EXISTS "
                             "(SELECT 1 FROM attachment a JOIN attachment_fts ON attachment_fts.rowid = a.file_id "
                             "WHERE a.lead_id = l.id AND attachment_fts MATCH ?))")
            : QStringLiteral("l.id IN (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? UNION ALL SELECT a.lead_id "
                             "FROM attachment_fts JOIN attachment a ON a.file_id = attachment_fts.rowid "
                             "WHERE attachment_fts MATCH ?)");
        query.addCondition(keywordPlan == KeywordPlan::Scan ? u'+' + matches : matches, { QStringLiteral("id") },
                           { fts, fts });
    }
    if (filter.sources.isEmpty()) {
        // Reference data sets are shown beside leads, not as leads.
        query.addCondition(QStringLiteral("l.source NOT IN (%1)").arg(literalList(SourceCatalogue::referenceSources())),
                           { QStringLiteral("source") });
    } else {
        // "ita" and "ita-leads" name every ITA trade-lead source; "sam-csv" is stored as "sam".
        QStringList exact;
        QStringList orParts;
        QVariantList bound;
        for (const QString& source : filter.sources) {
            const QString key = source.trimmed().toLower();
            if (SourceCatalogue::namesEveryTradeLeadSource(key)) {
                orParts.append(QStringLiteral("(l.source LIKE 'ita-%' AND l.source NOT IN (%1))")
                                   .arg(literalList(SourceCatalogue::itaDatasetSources())));
            } else {
                exact.append(SourceCatalogue::storedSource(key));
            }
        }
        if (!exact.isEmpty()) {
            orParts.append(QStringLiteral("l.source IN (") + placeholders(exact.size()) + u')');
            for (const QString& key : exact)
                bound.append(key);
        }
        query.addCondition(u'(' + orParts.join(QStringLiteral(" OR ")) + u')', { QStringLiteral("source") }, bound);
    }
    if (!filter.countries.isEmpty()) {
        QStringList codes;
        for (const QString& country : filter.countries) {
            const QString code = Normalize::countryCode(country);
            codes.append(code.isEmpty() ? country.trimmed().toUpper() : code);
        }
        inList(QStringLiteral("country"), codes, false);
    }
    if (!filter.industries.isEmpty()) {
        QVariantList bound;
        const QString condition = containsAny(QStringLiteral("l.industry"), filter.industries, bound);
        query.addCondition(condition, { QStringLiteral("industry") }, bound);
    }
    if (!filter.naicsPrefixes.isEmpty()) {
        QVariantList bound;
        const QString condition = naicsPrefixCondition(filter.naicsPrefixes, PrefixPlan::Check, bound);
        query.addCondition(condition, { QStringLiteral("naics_code") }, bound);
    }
    inList(QStringLiteral("set_aside_code"), filter.setAsideCodes, true);
    inList(QStringLiteral("notice_type"), filter.noticeTypes, true);
    if (!filter.statuses.isEmpty()) {
        QVariantList bound;
        for (const QString& status : filter.statuses)
            bound.append(status);
        query.addTrackingCondition(query.caseFolded(QStringLiteral("t.status")) + QStringLiteral(" IN (")
                                       + loweredList(filter.statuses.size()) + u')',
                                   bound);
    }
    if (!filter.tags.isEmpty()) {
        QVariantList bound;
        const QString condition = containsAny(QStringLiteral("t.tags"), filter.tags, bound);
        query.addTrackingCondition(condition, bound);
    }

    auto range = [&](const QString& column, const QDate& from, const QDate& to) {
        if (from.isValid())
            query.addCondition(QStringLiteral("l.%1 >= ?").arg(column), { column }, { from.toString(Qt::ISODate) });
        // Dates and timestamps compare as text: everything on `to` sorts before the next day.
        if (to.isValid())
            query.addCondition(QStringLiteral("l.%1 < ?").arg(column), { column }, { to.addDays(1).toString(Qt::ISODate) });
    };
    range(QStringLiteral("posted_at"), filter.postedFrom, filter.postedTo);
    range(QStringLiteral("deadline_at"), filter.dueFrom, filter.dueTo);

    const QString todayText = today.toString(Qt::ISODate);
    if (filter.openOnly) {
        // Written so that lead_deadline_open serves it: an undated lead (NULL, as a blob) is open.
        // PostgreSQL's text is COLLATE "C": '~' sorts after every date as the blob does in SQLite.
        query.addCondition(postgres ? QStringLiteral("COALESCE(l.deadline_at, '~') >= ? AND COALESCE(l.active, 1) = 1")
                                    : QStringLiteral("COALESCE(l.deadline_at, x'') >= ? AND COALESCE(l.active, 1) = 1"),
                           { QStringLiteral("deadline_at"), QStringLiteral("active") }, { todayText });
    }
    if (filter.dueWithinDays) {
        query.addCondition(QStringLiteral("l.deadline_at >= ? AND l.deadline_at < ?"), { QStringLiteral("deadline_at") },
                           { todayText, today.addDays(qint64(qMax(0, *filter.dueWithinDays)) + 1).toString(Qt::ISODate) });
    }
    if (filter.starredOnly)
        query.addTrackingCondition(QStringLiteral("t.starred = 1"));
    if (!filter.firstSeenAfter.isEmpty())
        query.addCondition(QStringLiteral("l.first_seen_at > ?"), { QStringLiteral("first_seen_at") }, { filter.firstSeenAfter });
    if (filter.valueMin) {
        query.addCondition(QStringLiteral("COALESCE(l.value_max, l.value_min) >= ?"),
                           { QStringLiteral("value_min"), QStringLiteral("value_max") }, { *filter.valueMin });
    }
    if (filter.valueMax) {
        query.addCondition(QStringLiteral("COALESCE(l.value_min, l.value_max) <= ?"),
                           { QStringLiteral("value_min"), QStringLiteral("value_max") }, { *filter.valueMax });
    }
    if (filter.oneRowPerFamily) {
        // The family's latest notice stands for it (lead_family walks the family newest first).
        // Checked lead by lead, each lead's row is read for its family: right for a screenful
        // or a keyword's matches, but all of a million leads take 33 s. Checked against the
        // latest notice of every family, found from lead_family alone, they take 4.6 s; "+l.id"
        // keeps the sort's index walk rather than a lookup per family and a sort.
        constexpr int kFewRows = 100000; // about where the two cost the same, at a million leads
        const bool few = (rowsWanted >= 0 && rowsWanted <= kFewRows) || !filter.text.trimmed().isEmpty();
        if (few) {
            query.addCondition(QStringLiteral("l.id = ") + latestOfFamily(QStringLiteral("l.family_id")),
                               { QStringLiteral("id"), QStringLiteral("family_id") });
        } else {
            query.addCondition((postgres ? QStringLiteral("l.id IN (SELECT ") : QStringLiteral("+l.id IN (SELECT "))
                                   + latestOfFamily(QStringLiteral("g.family_id"))
                                   + QStringLiteral(" FROM lead g GROUP BY g.family_id)"),
                               { QStringLiteral("id") });
        }
    }
    query.compileSort(filter);
    return query;
}

void FilterQuery::compileSort(const LeadFilter& filter)
{
    const QString direction = filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString& sortColumn = filter.sortColumn;
    if (LeadFilter::userColumns().contains(sortColumn)) {
        // The analyst's own columns live in lead_user.
        const QString userColumn = sortColumn == QLatin1String("starred") ? QStringLiteral("COALESCE(u.starred, 0)")
                                                                          : QStringLiteral("u.") + sortColumn;
        m_orderBy = QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, l.id %2").arg(userColumn, direction);
        m_sortReadsUserData = true;
        return;
    }
    const QString column = filter.sortKey();
    if (hasSortIndex(column)) {
        m_orderBy = QStringLiteral(" ORDER BY l.%1 IS NULL, ").arg(column) + indexOrder(column, direction, m_dialect);
        return;
    }
    // Leads without a value sort last in either direction: NULL sorts first, a blob last.
    if (m_dialect == Dialect::Postgres && column == QLatin1String("deadline_at") && !filter.descending)
        m_orderBy = QStringLiteral(" ORDER BY COALESCE(l.deadline_at, '~') ASC, l.id ASC"); // lead_deadline_open's order
    else if (m_dialect == Dialect::Postgres)
        m_orderBy = QStringLiteral(" ORDER BY l.%1 %2 NULLS LAST, l.id %2").arg(column, direction);
    else if (filter.descending)
        m_orderBy = QStringLiteral(" ORDER BY l.%1 DESC, l.id DESC").arg(column);
    else
        m_orderBy = QStringLiteral(" ORDER BY COALESCE(l.%1, x'') ASC, l.id ASC").arg(column);
}

bool FilterQuery::hasSortIndex(const QString& column)
{
    static const QStringList indexed = {
        QStringLiteral("title"),          QStringLiteral("agency"),      QStringLiteral("country"),
        QStringLiteral("notice_type"),    QStringLiteral("set_aside_code"), QStringLiteral("naics_code"),
        QStringLiteral("value_max"),      QStringLiteral("source"),      QStringLiteral("posted_at"),
    };
    return indexed.contains(column);
}

FilterQuery FilterQuery::compileSortedPart(const LeadFilter& filter, const QDate& today, KeywordPlan keywordPlan,
                                           bool blankPart, int rowsWanted, Dialect dialect)
{
    FilterQuery query = compile(filter, today, keywordPlan, rowsWanted, dialect);
    const QString column = filter.sortKey();
    Q_ASSERT(hasSortIndex(column));
    query.addCondition(QStringLiteral("l.%1 IS %2NULL").arg(column, blankPart ? QString() : QStringLiteral("NOT ")),
                       { column });
    query.m_orderBy = QStringLiteral(" ORDER BY ")
        + indexOrder(column, filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"), dialect);
    return query;
}

QString FilterQuery::where() const
{
    return m_conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

QString FilterQuery::trackingTable(Dialect dialect)
{
    // A team server merges the reader's own row with their team's pipeline (lead_user_view).
    return dialect == Dialect::Postgres ? QStringLiteral("lead_user_view") : QStringLiteral("lead_user");
}

QString FilterQuery::from() const
{
    return m_sortReadsUserData
        ? QStringLiteral(" FROM lead l LEFT JOIN %1 u ON u.family_id = l.family_id").arg(trackingTable(m_dialect))
        : QStringLiteral(" FROM lead l");
}

QString FilterQuery::conditionsFrom() const
{
    return QStringLiteral(" FROM lead l");
}

bool FilterQuery::readsOnly(const QStringList& leadColumns) const
{
    for (const QString& column : m_leadColumns) {
        if (!leadColumns.contains(column))
            return false;
    }
    return true;
}
