#include "LeadFormat.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace LeadFormat {

QStringList exportColumns()
{
    static const QStringList columns
        = LeadColumns::names() + QStringList { QStringLiteral("family_id"), QStringLiteral("notice_count") };
    return columns;
}

QStringList trackingColumns()
{
    return {QStringLiteral("starred"), QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("tags")};
}

QStringList allColumns()
{
    return exportColumns() + trackingColumns();
}

int columnIndex(const QString& column)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        const QStringList names = allColumns();
        for (int i = 0; i < names.size(); ++i)
            map.insert(names[i], i);
        return map;
    }();
    return index.value(column, -1);
}

QVariant columnValue(const StoredLead& row, const QString& column)
{
    return columnValue(row, columnIndex(column));
}

const QString* columnText(const StoredLead& row, int index)
{
    const Lead& l = row.lead;
    switch (index) {
    case 0: return &l.source;
    case 1: return &l.sourceId;
    case 2: return &l.title;
    case 3: return &l.description;
    case 4: return &l.descriptionUrl;
    case 5: return &l.noticeType;
    case 6: return &l.solicitationNumber;
    case 7: return &l.agency;
    case 8: return &l.subTier;
    case 9: return &l.office;
    case 10: return &l.country;
    case 11: return &l.location;
    case 12: return &l.industry;
    case 13: return &l.naicsCode;
    case 14: return &l.classificationCode;
    case 15: return &l.setAsideCode;
    case 16: return &l.setAside;
    case 17: return &l.postedAt;
    case 18: return &l.deadlineAt;
    case 19: return &l.amendedAt;
    case 22: return &l.currency;
    case 24: return &l.url;
    case 26: return &row.firstSeenAt;
    case 27: return &row.lastSeenAt;
    case 28: return &row.contentHash;
    case 29: return &row.familyId;
    case 32: return &row.status;
    case 33: return &row.notes;
    case 34: return &row.tags;
    default: return nullptr;
    }
}

QVariant columnValue(const StoredLead& row, int index)
{
    if (const QString* text = columnText(row, index))
        return text->isEmpty() ? QVariant() : QVariant(*text);
    const Lead& l = row.lead;
    switch (index) {
    case 20: return l.valueMin ? QVariant(*l.valueMin) : QVariant();
    case 21: return l.valueMax ? QVariant(*l.valueMax) : QVariant();
    case 23: return l.active ? QVariant(*l.active) : QVariant();
    case 25: return QVariant(l.contacts);
    case 30: return QVariant(double(row.noticeCount));
    case 31: return QVariant(row.starred);
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
    QList<int> indexes;
    indexes.reserve(columns.size());
    for (const QString& column : columns)
        indexes.append(columnIndex(column));
    return csvRow(row, indexes);
}

QByteArray csvRow(const StoredLead& row, const QList<int>& columnIndexes)
{
    static const int contacts = columnIndex(QStringLiteral("contacts"));
    QByteArray line;
    line.reserve(1024);
    bool first = true;
    for (const int column : columnIndexes) {
        if (!first)
            line += ',';
        first = false;
        if (const QString* text = columnText(row, column)) {
            if (!text->isEmpty())
                line += csvField(neutraliseFormula(*text));
            continue;
        }
        const QVariant value = columnValue(row, column);
        if (value.isNull())
            continue;
        if (column == contacts) {
            line += csvField(neutraliseFormula(
                QString::fromUtf8(QJsonDocument(row.lead.contacts).toJson(QJsonDocument::Compact))));
        } else if (value.typeId() == QMetaType::Double) {
            line += QByteArray::number(value.toDouble(), 'g', 15);
        } else if (value.typeId() == QMetaType::Bool) {
            line += value.toBool() ? "true" : "false";
        } else {
            line += csvField(neutraliseFormula(value.toString()));
        }
    }
    return line + "\r\n";
}

QJsonArray attachmentsJson(const QList<Attachment>& attachments, AttachmentProblems problems)
{
    QJsonArray array;
    for (const Attachment& attachment : attachments) {
        QJsonObject object {
            { QStringLiteral("name"), attachment.displayName() },
            { QStringLiteral("url"), attachment.url },
            { QStringLiteral("size"), attachment.size >= 0 ? QJsonValue(attachment.size) : QJsonValue() },
            { QStringLiteral("stored"), attachment.stored() },
        };
        if (problems == AttachmentProblems::Included)
            object.insert(QStringLiteral("problem"),
                          attachment.problem.isEmpty() ? QJsonValue() : QJsonValue(attachment.problem));
        array.append(object);
    }
    return array;
}

QByteArray jsonText(const QList<StoredLead>& rows, const QHash<qint64, QList<Attachment>>& attachmentsByLead)
{
    // The keys in the order a QJsonObject keeps them (sorted); -1 stands for the attachments.
    static const QList<QPair<QString, int>> keys = [] {
        QList<QPair<QString, int>> sorted;
        const QStringList columns = exportColumns();
        for (const QString& column : columns)
            sorted.append({ column, columnIndex(column) });
        sorted.append({ QStringLiteral("attachments"), -1 });
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    static const int contacts = columnIndex(QStringLiteral("contacts"));
    QByteArray out;
    out.reserve(rows.size() * 4096 + 4);
    out += "[\n";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const StoredLead& row = rows.at(r);
        out += "    {\n";
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const auto& [key, index] = keys.at(k);
            out += "        ";
            JsonText::appendString(out, key);
            out += ": ";
            if (index < 0) {
                JsonText::appendValue(out, attachmentsJson(attachmentsByLead.value(row.id)), 2);
            } else if (index == contacts) {
                JsonText::appendValue(out, row.lead.contacts, 2);
            } else if (const QString* text = columnText(row, index)) {
                if (text->isEmpty())
                    out += "null";
                else
                    JsonText::appendString(out, *text);
            } else {
                const QVariant value = columnValue(row, index);
                JsonText::appendValue(out, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value), 2);
            }
            out += k + 1 < keys.size() ? ",\n" : "\n";
        }
        out += r + 1 < rows.size() ? "    },\n" : "    }\n";
    }
    out += "]\n";
    return out;
}

} // namespace LeadFormat
