#pragma once

#include "SqliteLeadStore.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The local cache's own connection, for tests that look at the SQLite file itself.
inline QSqlDatabase cacheDatabase(const LeadStore& store)
{
    return static_cast<const SqliteLeadStore&>(store).database();
}

// The first column of the first row of `sql`, or -1 when it gives none.
inline qint64 scalar(const LeadStore& store, const QString& sql)
{
    QSqlQuery query(cacheDatabase(store));
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The source ids the cache holds for `source`.
inline QSet<QString> idsOf(const LeadStore& store, const QString& source)
{
    QSqlQuery query(cacheDatabase(store));
    query.prepare(QStringLiteral("SELECT source_id FROM lead WHERE source = ?"));
    query.addBindValue(source);
    QSet<QString> ids;
    if (!query.exec())
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}
