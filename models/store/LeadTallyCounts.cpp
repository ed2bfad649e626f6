#include "LeadTallyCounts.h"

#include <climits>

namespace {

// The counted columns. Every lead has one row per column, so the rows of one of them (any)
// also count the leads by source and by deadline day.
const QStringList kCountedColumns = { QStringLiteral("country"), QStringLiteral("set_aside_code"),
    QStringLiteral("notice_type"), QStringLiteral("industry"), QStringLiteral("naics_code") };
const QString kEveryLead = QStringLiteral("notice_type");

// What the kept rows are filtered by: their key besides the counted value.
const QStringList kKeyColumns = { QStringLiteral("source"), QStringLiteral("deadline_at"), QStringLiteral("active") };

} // namespace

namespace LeadTallyCounts {

bool answer(const LeadTallyRequest& request, const FilterQuery& compiled)
{
    for (const QString& column : request.facetColumns) {
        if (column != QLatin1String("source") && !kCountedColumns.contains(column))
            return false;
    }
    return compiled.readsOnly(kKeyColumns);
}

Result<LeadTally> read(const StoreSql& sql, const QString& relation, const LeadTallyRequest& request,
                       const FilterQuery& compiled)
{
    const QString from = QStringLiteral(" FROM ") + relation + QStringLiteral(" l")
        + (compiled.where().isEmpty() ? QStringLiteral(" WHERE ") : compiled.where() + QStringLiteral(" AND "));
    LeadTally result;
    result.facets.resize(request.facetColumns.size());
    auto addTo = [&](const QString& column, const QString& value, qint64 leads) {
        for (qsizetype f = 0; f < request.facetColumns.size(); ++f) {
            if (request.facetColumns[f] == column)
                result.facets[f][value] += leads;
        }
    };

    QStringList counted;
    for (const QString& column : request.facetColumns) {
        if (kCountedColumns.contains(column) && !counted.contains(column))
            counted.append(column);
    }
    if (!counted.isEmpty()) {
        QVariantList values = compiled.bindings();
        for (const QString& column : std::as_const(counted))
            values.append(column);
        auto query = sql.execute(QStringLiteral("SELECT l.facet, l.value, SUM(l.leads)") + from
                                     + QStringLiteral("l.value <> '' AND l.facet IN (")
                                     + FilterQuery::placeholders(counted.size())
                                     + QStringLiteral(") GROUP BY l.facet, l.value HAVING SUM(l.leads) <> 0"),
                                 values);
        if (!query)
            return query.error();
        while (query->next())
            addTo(query->value(0).toString(), query->value(1).toString(), query->value(2).toLongLong());
        if (query->lastError().isValid())
            return sql.error(query->lastError());
    }
    if (request.facetColumns.contains(QLatin1String("source"))) {
        auto query = sql.execute(QStringLiteral("SELECT l.source, SUM(l.leads)") + from
                                     + QStringLiteral("l.source <> '' AND l.facet = ? GROUP BY l.source HAVING SUM(l.leads) <> 0"),
                                 compiled.bindings() + QVariantList { kEveryLead });
        if (!query)
            return query.error();
        while (query->next())
            addTo(QStringLiteral("source"), query->value(0).toString(), query->value(1).toLongLong());
        if (query->lastError().isValid())
            return sql.error(query->lastError());
    }
    if (request.countWeeks && request.weekCount > 0) {
        const QByteArray firstDay = request.firstWeek.toString(Qt::ISODate).toLatin1();
        const QString end = request.firstWeek.addDays(7 * qint64(request.weekCount)).toString(Qt::ISODate);
        const int firstDayNumber = dayNumber(firstDay.constData(), int(firstDay.size()));
        auto query = sql.execute(QStringLiteral("SELECT l.source, l.deadline_at, SUM(l.leads)") + from
                                     + QStringLiteral("l.facet = ? AND l.deadline_at >= ? AND l.deadline_at < ? "
                                                      "GROUP BY l.source, l.deadline_at HAVING SUM(l.leads) <> 0"),
                                 compiled.bindings() + QVariantList { kEveryLead, QString::fromLatin1(firstDay), end });
        if (!query)
            return query.error();
        while (query->next()) {
            const QByteArray day = query->value(1).toString().toLatin1();
            const int days = dayNumber(day.constData(), int(day.size()));
            if (days == INT_MIN || days < firstDayNumber || days >= firstDayNumber + 7 * request.weekCount)
                continue; // not a date, or outside the range
            const QString source = query->value(0).toString();
            auto layer = result.weeksBySource.find(source);
            if (layer == result.weeksBySource.end())
                layer = result.weeksBySource.insert(source, QList<qint64>(request.weekCount, 0));
            (*layer)[(days - firstDayNumber) / 7] += query->value(2).toLongLong();
        }
        if (query->lastError().isValid())
            return sql.error(query->lastError());
    }
    return result;
}

Status countLeads(const StoreSql& sql, const QString& relation, const QDate& today, CacheStats& stats)
{
    auto query = sql.execute(QStringLiteral("SELECT l.source, SUM(l.leads), SUM(CASE WHEN (l.deadline_at IS NULL OR "
                                            "l.deadline_at >= ?) AND l.active = 1 THEN l.leads ELSE 0 END) FROM ")
                                 + relation + QStringLiteral(" l WHERE l.facet = ? GROUP BY l.source ORDER BY l.source"),
                             { today.toString(Qt::ISODate), kEveryLead });
    if (!query)
        return query.error();
    stats.leads = 0;
    stats.open = 0;
    stats.bySource.clear();
    while (query->next()) {
        const qint64 leads = query->value(1).toLongLong();
        stats.leads += leads;
        stats.open += query->value(2).toLongLong();
        if (leads != 0)
            stats.bySource.append({ query->value(0).toString(), leads });
    }
    if (query->lastError().isValid())
        return sql.error(query->lastError());
    return Done {};
}

int dayNumber(const char* text, int size)
{
    if (size < 10 || text[4] != '-' || text[7] != '-')
        return INT_MIN;
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return INT_MIN;
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace LeadTallyCounts
