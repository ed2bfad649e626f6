#include "SamCsvRows.h"

#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SamCsvRows)
};

QString cellText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return Normalize::text(value);
}

void appendCell(QByteArray& out, const QString& text)
{
    out += '"';
    out += text.toUtf8().replace('"', "\"\"");
    out += '"';
}

} // namespace

namespace SamCsvRows {

bool looksLikeJsonRows(const QByteArray& head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\r' || head.at(i) == '\n'))
        ++i;
    return i < head.size() && head.at(i) == '[';
}

Result<QByteArray> toCsv(const QByteArray& json)
{
    const auto parsed = Normalize::jsonResponse(json, [](const QString& reason, qint64 offset) {
        return Messages::tr("the bulk CSV's rows as JSON are not valid JSON: %1 at offset %2").arg(reason).arg(offset);
    });
    if (!parsed)
        return parsed.error();
    if (!parsed->isArray())
        return Error { Messages::tr("the bulk CSV's rows as JSON are not an array") };
    const QJsonArray rows = parsed->array();

    QStringList header;
    QHash<QString, qsizetype> columnOf;
    for (const QJsonValue& row : rows) {
        if (!row.isObject())
            continue;
        const QJsonObject object = row.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!columnOf.contains(it.key())) {
                columnOf.insert(it.key(), header.size());
                header.append(it.key());
            }
        }
    }
    // QJsonObject keeps keys sorted: put NoticeId first, as the file has it, for the reader's
    // messages; the reader finds every other column by name.
    if (const qsizetype notice = header.indexOf(QStringLiteral("NoticeId")); notice > 0)
        header.move(notice, 0);
    if (!header.contains(QStringLiteral("NoticeId")))
        return Error { Messages::tr("the JSON rows have no NoticeId: they are not the bulk CSV's rows") };

    QByteArray out;
    out.reserve(json.size() + json.size() / 4);
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (c > 0)
            out += ',';
        appendCell(out, header.at(c));
    }
    out += '\n';
    for (const QJsonValue& row : rows) {
        // A row that is no object keeps its place as an empty record, which the reader
        // reports by line ("no NoticeId") instead of it vanishing unnoticed.
        const QJsonObject object = row.toObject();
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (c > 0)
                out += ',';
            appendCell(out, cellText(object.value(header.at(c))));
        }
        out += '\n';
    }
    // "\u0000" in a JSON string: binary data the CSV reader refuses, said here in its terms.
    if (out.contains('\0'))
        return Error { Messages::tr("the bulk CSV's rows as JSON hold a NUL character: binary data, not text") };
    return out;
}

} // namespace SamCsvRows
