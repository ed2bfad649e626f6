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
};
