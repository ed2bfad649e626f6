#include "LeadFilter.h"

#include "KeywordQuery.h"
#include "Lead.h"
#include "LeadFilterFields.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QStringList LeadFilter::sortableColumns()
{
    QStringList columns = LeadColumns::names();
    columns.removeAll(QStringLiteral("contacts"));
    columns << userColumns();
    return columns;
}

QStringList LeadFilter::userColumns()
{
    return { QStringLiteral("starred"), QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("tags") };
}

QString LeadFilter::ftsQuery(const QString& input)
{
    return KeywordQuery::fts5(KeywordQuery::parse(input));
}

QString LeadFilter::sortKey() const
{
    const QString column = LeadColumns::resolve(sortColumn);
    if (column.isEmpty() || column == QLatin1String("contacts"))
        return QStringLiteral("deadline_at");
    return column;
}

QByteArray LeadFilter::toJson() const
{
    QJsonObject o;
    for (const LeadFilterFields::Field& field : LeadFilterFields::all()) {
        if (const QJsonValue value = field.toJson(*this); !value.isUndefined())
            o.insert(field.jsonKey(), value);
    }
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
    for (const LeadFilterFields::Field& field : LeadFilterFields::all()) {
        if (field.key)
            field.readJson(o.value(field.jsonKey()), filter);
    }
    return filter;
}

bool LeadFilter::isEmpty() const
{
    LeadFilter blank;
    blank.sortColumn = sortColumn;
    blank.descending = descending;
    blank.oneRowPerFamily = oneRowPerFamily;
    return *this == blank;
}
