#include "LeadFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LeadFormat {

QStringList exportColumns()
{
    return LeadColumns::names();
}

QVariant columnValue(const StoredLead& row, const QString& column)
{
    const Lead& l = row.lead;
    auto text = [](const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        const QStringList names = LeadColumns::names();
        for (int i = 0; i < names.size(); ++i)
            map.insert(names[i], i);
        return map;
    }();
    switch (index.value(column, -1)) {
    case 0: return text(l.source);
    case 1: return text(l.sourceId);
    case 2: return text(l.title);
    case 3: return text(l.description);
    case 4: return text(l.descriptionUrl);
    case 5: return text(l.noticeType);
    case 6: return text(l.solicitationNumber);
    case 7: return text(l.agency);
    case 8: return text(l.subTier);
    case 9: return text(l.office);
    case 10: return text(l.country);
    case 11: return text(l.location);
    case 12: return text(l.industry);
    case 13: return text(l.naicsCode);
    case 14: return text(l.classificationCode);
    case 15: return text(l.setAsideCode);
    case 16: return text(l.setAside);
    case 17: return text(l.postedAt);
    case 18: return text(l.deadlineAt);
    case 19: return text(l.amendedAt);
    case 20: return l.valueMin ? QVariant(*l.valueMin) : QVariant();
    case 21: return l.valueMax ? QVariant(*l.valueMax) : QVariant();
    case 22: return text(l.currency);
    case 23: return l.active ? QVariant(*l.active) : QVariant();
    case 24: return text(l.url);
    case 25: return QVariant(l.contacts);
    case 26: return text(row.firstSeenAt);
    case 27: return text(row.lastSeenAt);
    case 28: return text(row.contentHash);
    default: return {};
    }
}

QJsonObject toJson(const StoredLead& row)
{
    QJsonObject object;
    for (const QString& column : exportColumns()) {
        const QVariant value = columnValue(row, column);
        if (column == QLatin1String("contacts"))
            object.insert(column, row.lead.contacts);
        else
            object.insert(column, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
    }
    return object;
}

QString neutraliseFormula(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

QByteArray csvField(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvHeader(const QStringList& columns)
{
    QByteArrayList fields;
    for (const QString& column : columns)
        fields.append(csvField(column));
    return fields.join(',') + "\r\n";
}

QByteArray csvRow(const StoredLead& row, const QStringList& columns)
{
    QByteArrayList fields;
    for (const QString& column : columns) {
        const QVariant value = columnValue(row, column);
        if (value.isNull()) {
            fields.append(QByteArray());
        } else if (column == QLatin1String("contacts")) {
            fields.append(csvField(neutraliseFormula(
                QString::fromUtf8(QJsonDocument(row.lead.contacts).toJson(QJsonDocument::Compact)))));
        } else if (value.typeId() == QMetaType::Double) {
            fields.append(QByteArray::number(value.toDouble(), 'g', 15));
        } else if (value.typeId() == QMetaType::Bool) {
            fields.append(value.toBool() ? "true" : "false");
        } else {
            fields.append(csvField(neutraliseFormula(value.toString())));
        }
    }
    return fields.join(',') + "\r\n";
}

} // namespace LeadFormat
