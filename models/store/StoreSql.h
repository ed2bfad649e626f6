#pragma once

// A store's connection as the queries both stores share see it (AwardHistorySql.cpp,
// SimilarLeads.cpp): a statement run with its values, and a driver's error in the store's words.

#include "Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

struct StoreSql
{
    std::function<Result<QSqlQuery>(const QString& sql, const QVariantList& values)> execute;
    std::function<Error(const QSqlError& error)> error;

    // Runs a statement and hands each of its rows to `row`: the error of the statement, or of a
    // row that could not be read (the rows before it were handed over), or Done.
    template<typename RowFunction>
    Status eachRow(const QString& sql, const QVariantList& values, RowFunction row) const
    {
        auto query = execute(sql, values);
        if (!query)
            return query.error();
        while (query->next())
            row(*query);
        if (query->lastError().isValid())
            return error(query->lastError());
        return Done{};
    }
};
