#pragma once

#include "LeadStore.h"
#include "CacheDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

// Every column of every row a query returns, a row as "a|b|NULL": what the resilience suites
// compare to say that data is intact. A failed query is one row saying so, never a match.
inline QStringList rowsOf(const LeadStore& store, const QString& sql, const QVariantList& bindings = {})
{
    QSqlQuery query(cacheDatabase(store));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return {QStringLiteral("prepare failed: ") + sql};
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("query failed: ") + sql};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}
