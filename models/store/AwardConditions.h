#pragma once

// What both stores ask of the award notices for an award history (AwardHistory.h): the
// conditions of a query, the columns of an award and how one is read from a row.

#include "AwardHistory.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

struct AwardConditions
{
    // A WHERE clause, the notice type first so that the partial indexes apply, and its values.
    QString where;
    QVariantList values;
    // True when an industry narrows the query more than an agency: its index should lead.
    bool byIndustry = false;

    static AwardConditions of(const AwardQuery& query);
    // The columns awardFrom() reads, in its order.
    static QString columns();
    static Award awardFrom(const QSqlQuery& query);
};
