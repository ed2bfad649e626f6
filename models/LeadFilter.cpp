#include "LeadFilter.h"

#include "Lead.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.category() == QChar::Mark_NonSpacing;
}

// The terms of lead_sort_<column>'s order: the column, then deadline, source, active and id.
QString indexOrder(const QString& column, const QString& direction)
{
    const QString tail = column == QLatin1String("source") ? QStringLiteral("l.deadline_at %1, l.active %1, l.id %1")
                                                           : QStringLiteral("l.deadline_at %1, l.source %1, l.active %1, l.id %1");
    return QStringLiteral("l.%1 %2, ").arg(column, direction) + tail.arg(direction);
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

QStringList LeadFilter::sortableColumns()
{
    QStringList columns = LeadColumns::names();
    columns.removeAll(QStringLiteral("contacts"));
    columns << QStringLiteral("starred") << QStringLiteral("status") << QStringLiteral("notes") << QStringLiteral("tags");
    return columns;
}

QString LeadFilter::ftsQuery(const QString& input)
{
    // Nobody types more: a longer text (pasted by mistake) would make a query of millions of
    // terms that runs for minutes. Control characters are spaces: a NUL ends FTS5's query.
    constexpr qsizetype kMaxLength = 4000;
    constexpr qsizetype kMaxTerms = 64;
    QString typed = input.left(kMaxLength);
    for (QChar& c : typed) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList parts;
    bool lastWasOperator = true; // no operator may start the query
    const qsizetype n = typed.size();
    qsizetype i = 0;
    auto addTerm = [&](const QString& term) {
        parts.append(term);
        lastWasOperator = false;
    };
    while (i < n && parts.size() < kMaxTerms) {
        const QChar c = typed[i];
        if (c == u'"') {
            const qsizetype end = typed.indexOf(u'"', i + 1);
            const QString phrase = typed.mid(i + 1, (end < 0 ? n : end) - i - 1).simplified();
            i = end < 0 ? n : end + 1;
            bool hasWord = false;
            for (const QChar pc : phrase)
                hasWord = hasWord || isWordChar(pc);
            if (hasWord)
                addTerm(quoted(phrase));
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (isWordChar(typed[end]) || ((typed[end] == u'-' || typed[end] == u'.' || typed[end] == u'\'')
                                                       && end + 1 < n && isWordChar(typed[end + 1]))))
            ++end;
        const QString word = typed.mid(i, end - i);
        const bool prefix = end < n && typed[end] == u'*';
        i = prefix ? end + 1 : end;
        if (word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT")) {
            if (!lastWasOperator) {
                parts.append(word);
                lastWasOperator = true;
            }
            continue;
        }
        addTerm(prefix ? quoted(word) + u'*' : quoted(word));
    }
    while (!parts.isEmpty() && lastWasOperator) {
        parts.removeLast();
        lastWasOperator = !parts.isEmpty()
            && (parts.last() == QLatin1String("AND") || parts.last() == QLatin1String("OR")
                || parts.last() == QLatin1String("NOT"));
    }
    return parts.join(u' ');
}

LeadFilter::Sql LeadFilter::toSql(const QDate& today, KeywordPlan keywordPlan) const
{
    Sql sql;
    QStringList conditions;
    auto inList = [&](const QString& column, const QStringList& values, bool caseInsensitive = false) {
        if (values.isEmpty())
            return;
        conditions.append(column + (caseInsensitive ? QStringLiteral(" COLLATE NOCASE") : QString())
                          + QStringLiteral(" IN (") + placeholders(values.size()) + u')');
        for (const QString& value : values)
            sql.bindings.append(value);
    };

    const QString fts = ftsQuery(text);
    if (!fts.isEmpty()) {
        // A unary + keeps SQLite from driving the query by id.
        conditions.append(keywordPlan == KeywordPlan::Scan
                              ? QStringLiteral("+l.id IN (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ?)")
                              : QStringLiteral("l.id IN (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ?)"));
        sql.bindings.append(fts);
    }
    if (sources.isEmpty()) {
        // Reference data sets are shown beside leads, not as leads.
        conditions.append(QStringLiteral("l.source NOT IN ('ita-offices', 'ita-programs', 'ita-mrl', 'ita-articles', "
                                         "'ita-etoolkit')"));
    } else {
        // "ita" and "ita-leads" name every ITA trade-lead source; "sam-csv" is stored as "sam".
        QStringList exact;
        QStringList orParts;
        for (const QString& source : sources) {
            const QString key = source.trimmed().toLower();
            if (key == QLatin1String("ita") || key == QLatin1String("ita-leads")) {
                orParts.append(QStringLiteral("(l.source LIKE 'ita-%' AND l.source NOT IN ('ita-events', 'ita-offices', "
                                              "'ita-programs', 'ita-mrl', 'ita-articles', 'ita-etoolkit'))"));
            } else {
                exact.append(key == QLatin1String("sam-csv") ? QStringLiteral("sam") : key);
            }
        }
        if (!exact.isEmpty()) {
            orParts.append(QStringLiteral("l.source IN (") + placeholders(exact.size()) + u')');
            for (const QString& key : exact)
                sql.bindings.append(key);
        }
        conditions.append(u'(' + orParts.join(QStringLiteral(" OR ")) + u')');
    }
    if (!countries.isEmpty()) {
        QStringList codes;
        for (const QString& country : countries) {
            const QString code = Normalize::countryCode(country);
            codes.append(code.isEmpty() ? country.trimmed().toUpper() : code);
        }
        inList(QStringLiteral("l.country"), codes);
    }
    if (!industries.isEmpty()) {
        QStringList orParts;
        for (const QString& industry : industries) {
            orParts.append(QStringLiteral("l.industry LIKE ? ESCAPE '\\'"));
            QString pattern = industry.trimmed();
            pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
            sql.bindings.append(u'%' + pattern + u'%');
        }
        conditions.append(u'(' + orParts.join(QStringLiteral(" OR ")) + u')');
    }
    if (!naicsPrefixes.isEmpty()) {
        QStringList orParts;
        for (const QString& prefix : naicsPrefixes) {
            orParts.append(QStringLiteral("substr(l.naics_code, 1, ?) = ?"));
            const QString p = prefix.trimmed();
            sql.bindings.append(int(p.size()));
            sql.bindings.append(p);
        }
        conditions.append(u'(' + orParts.join(QStringLiteral(" OR ")) + u')');
    }
    inList(QStringLiteral("l.set_aside_code"), setAsideCodes, true);
    inList(QStringLiteral("l.notice_type"), noticeTypes, true);
    inList(QStringLiteral("u.status"), statuses, true);
    if (!tags.isEmpty()) {
        QStringList orParts;
        for (const QString& tag : tags) {
            orParts.append(QStringLiteral("u.tags LIKE ? ESCAPE '\\'"));
            QString pattern = tag.trimmed();
            pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
            sql.bindings.append(u'%' + pattern + u'%');
        }
        conditions.append(u'(' + orParts.join(QStringLiteral(" OR ")) + u')');
    }

    auto range = [&](const QString& column, const QDate& from, const QDate& to) {
        if (from.isValid()) {
            conditions.append(column + QStringLiteral(" >= ?"));
            sql.bindings.append(from.toString(Qt::ISODate));
        }
        if (to.isValid()) {
            // Dates and timestamps compare as text: everything on `to` sorts before the next day.
            conditions.append(column + QStringLiteral(" < ?"));
            sql.bindings.append(to.addDays(1).toString(Qt::ISODate));
        }
    };
    range(QStringLiteral("l.posted_at"), postedFrom, postedTo);
    range(QStringLiteral("l.deadline_at"), dueFrom, dueTo);

    const QString todayText = today.toString(Qt::ISODate);
    if (openOnly) {
        // Written so that lead_deadline_open serves it: an undated lead (NULL, as a blob) is open.
        conditions.append(QStringLiteral("COALESCE(l.deadline_at, x'') >= ? AND COALESCE(l.active, 1) = 1"));
        sql.bindings.append(todayText);
    }
    if (dueWithinDays) {
        conditions.append(QStringLiteral("l.deadline_at >= ? AND l.deadline_at < ?"));
        sql.bindings.append(todayText);
        sql.bindings.append(today.addDays(qint64(qMax(0, *dueWithinDays)) + 1).toString(Qt::ISODate));
    }
    if (starredOnly)
        conditions.append(QStringLiteral("u.starred = 1"));
    if (!firstSeenAfter.isEmpty()) {
        conditions.append(QStringLiteral("l.first_seen_at > ?"));
        sql.bindings.append(firstSeenAfter);
    }
    if (valueMin) {
        conditions.append(QStringLiteral("COALESCE(l.value_max, l.value_min) >= ?"));
        sql.bindings.append(*valueMin);
    }
    if (valueMax) {
        conditions.append(QStringLiteral("COALESCE(l.value_min, l.value_max) <= ?"));
        sql.bindings.append(*valueMax);
    }

    if (!conditions.isEmpty())
        sql.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (sortColumn == QLatin1String("starred") || sortColumn == QLatin1String("status")
        || sortColumn == QLatin1String("notes") || sortColumn == QLatin1String("tags")) {
        // The analyst's own columns live in lead_user.
        const QString userColumn = sortColumn == QLatin1String("starred") ? QStringLiteral("COALESCE(u.starred, 0)")
                                                                          : QStringLiteral("u.") + sortColumn;
        sql.orderBy = QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, l.id %2").arg(userColumn, direction);
        return sql;
    }
    const QString column = sortKey();
    if (hasSortIndex(column)) {
        sql.orderBy = QStringLiteral(" ORDER BY l.%1 IS NULL, ").arg(column) + indexOrder(column, direction);
        return sql;
    }
    // Leads without a value sort last in either direction: NULL sorts first, a blob last.
    if (descending)
        sql.orderBy = QStringLiteral(" ORDER BY l.%1 DESC, l.id DESC").arg(column);
    else
        sql.orderBy = QStringLiteral(" ORDER BY COALESCE(l.%1, x'') ASC, l.id ASC").arg(column);
    return sql;
}

QString LeadFilter::sortKey() const
{
    const QString column = LeadColumns::resolve(sortColumn);
    if (column.isEmpty() || column == QLatin1String("contacts"))
        return QStringLiteral("deadline_at");
    return column;
}

bool LeadFilter::hasSortIndex(const QString& column)
{
    static const QStringList indexed = {
        QStringLiteral("title"),          QStringLiteral("agency"),      QStringLiteral("country"),
        QStringLiteral("notice_type"),    QStringLiteral("set_aside_code"), QStringLiteral("naics_code"),
        QStringLiteral("value_max"),      QStringLiteral("source"),      QStringLiteral("posted_at"),
    };
    return indexed.contains(column);
}

LeadFilter::Sql LeadFilter::toSortedPartSql(const QDate& today, KeywordPlan keywordPlan, bool blankPart) const
{
    Sql sql = toSql(today, keywordPlan);
    const QString column = sortKey();
    Q_ASSERT(hasSortIndex(column));
    const QString condition = QStringLiteral("l.%1 IS %2NULL").arg(column, blankPart ? QString() : QStringLiteral("NOT "));
    sql.where = sql.where.isEmpty() ? QStringLiteral(" WHERE ") + condition : sql.where + QStringLiteral(" AND ") + condition;
    sql.orderBy = QStringLiteral(" ORDER BY ") + indexOrder(column, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    return sql;
}

QByteArray LeadFilter::toJson() const
{
    QJsonObject o;
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    auto list = [&](const char* key, const QStringList& values) {
        if (!values.isEmpty())
            o.insert(QLatin1String(key), toArray(values));
    };
    list("sources", sources);
    list("countries", countries);
    list("industries", industries);
    list("naics", naicsPrefixes);
    list("setAsides", setAsideCodes);
    list("types", noticeTypes);
    list("statuses", statuses);
    list("tags", tags);
    auto date = [&](const char* key, const QDate& value) {
        if (value.isValid())
            o.insert(QLatin1String(key), value.toString(Qt::ISODate));
    };
    date("postedFrom", postedFrom);
    date("postedTo", postedTo);
    date("dueFrom", dueFrom);
    date("dueTo", dueTo);
    if (openOnly)
        o.insert(QStringLiteral("open"), true);
    if (dueWithinDays)
        o.insert(QStringLiteral("dueWithinDays"), *dueWithinDays);
    if (starredOnly)
        o.insert(QStringLiteral("starred"), true);
    if (valueMin)
        o.insert(QStringLiteral("valueMin"), *valueMin);
    if (valueMax)
        o.insert(QStringLiteral("valueMax"), *valueMax);
    if (!sortColumn.isEmpty())
        o.insert(QStringLiteral("sort"), sortColumn);
    if (descending)
        o.insert(QStringLiteral("descending"), true);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<LeadFilter> LeadFilter::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{QCoreApplication::translate("LeadFilter", "A saved filter is not valid JSON: %1")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QStringLiteral("not an object"))};
    const QJsonObject o = document.object();
    LeadFilter filter;
    filter.text = o.value(QStringLiteral("text")).toString();
    filter.sources = fromArray(o.value(QStringLiteral("sources")));
    filter.countries = fromArray(o.value(QStringLiteral("countries")));
    filter.industries = fromArray(o.value(QStringLiteral("industries")));
    filter.naicsPrefixes = fromArray(o.value(QStringLiteral("naics")));
    filter.setAsideCodes = fromArray(o.value(QStringLiteral("setAsides")));
    filter.noticeTypes = fromArray(o.value(QStringLiteral("types")));
    filter.statuses = fromArray(o.value(QStringLiteral("statuses")));
    filter.tags = fromArray(o.value(QStringLiteral("tags")));
    auto date = [&](const char* key) {
        return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    filter.postedFrom = date("postedFrom");
    filter.postedTo = date("postedTo");
    filter.dueFrom = date("dueFrom");
    filter.dueTo = date("dueTo");
    filter.openOnly = o.value(QStringLiteral("open")).toBool();
    // A whole number of days up to a century, as the share file demands; anything else is
    // ignored like a value of the wrong type (QJsonValue::toInt() would read -3.5 or 1e12 as 0).
    if (const double days = o.value(QStringLiteral("dueWithinDays")).toDouble(-1);
        days >= 0 && days <= LeadFilter::kMaxDueWithinDays && std::floor(days) == days)
        filter.dueWithinDays = int(days);
    filter.starredOnly = o.value(QStringLiteral("starred")).toBool();
    if (o.value(QStringLiteral("valueMin")).isDouble())
        filter.valueMin = o.value(QStringLiteral("valueMin")).toDouble();
    if (o.value(QStringLiteral("valueMax")).isDouble())
        filter.valueMax = o.value(QStringLiteral("valueMax")).toDouble();
    filter.sortColumn = o.value(QStringLiteral("sort")).toString();
    filter.descending = o.value(QStringLiteral("descending")).toBool();
    return filter;
}

bool LeadFilter::isEmpty() const
{
    LeadFilter blank;
    blank.sortColumn = sortColumn;
    blank.descending = descending;
    return *this == blank;
}
