#include "SavedSearchFile.h"

#include "LeadFilter.h"
#include "LeadFilterFields.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace SavedSearchFile {

namespace {

    // The messages of this file. A class, not a free tr(), so that lupdate files them under
    // the context they are looked up with.
    struct Messages
    {
        Q_DECLARE_TR_FUNCTIONS(SavedSearchFile)
    };

constexpr qsizetype kMaxNameLength = 200;

using LeadFilterFields::Kind;

QString valueProblem(const QString& key, Kind kind, const QJsonValue& value)
{
    switch (kind) {
    case Kind::Text:
    case Kind::Timestamp:
        return value.isString() ? QString() : Messages::tr("\"%1\" must be text").arg(key);
    case Kind::List:
        if (!value.isArray())
            return Messages::tr("\"%1\" must be a list of text").arg(key);
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return Messages::tr("\"%1\" must be a list of text").arg(key);
        }
        return {};
    case Kind::Date:
        return value.isString() && QDate::fromString(value.toString(), Qt::ISODate).isValid()
            ? QString()
            : Messages::tr("\"%1\" must be a date (YYYY-MM-DD)").arg(key);
    case Kind::Flag:
        return value.isBool() ? QString() : Messages::tr("\"%1\" must be true or false").arg(key);
    case Kind::Days:
        return value.isDouble() && LeadFilterFields::wholeDays(value)
            ? QString()
            : Messages::tr("\"%1\" must be a whole number of days").arg(key);
    case Kind::Number:
        return value.isDouble() && std::isfinite(value.toDouble()) ? QString()
                                                                   : Messages::tr("\"%1\" must be a number").arg(key);
    case Kind::SortColumn:
        return value.isString() && LeadFilter::sortableColumns().contains(value.toString())
            ? QString()
            : Messages::tr("\"%1\" names no column").arg(key);
    }
    return {};
}

} // namespace

QString filterProblem(const QJsonObject& filter)
{
    for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
        const LeadFilterFields::Field* field = LeadFilterFields::byKey(it.key());
        if (!field)
            return Messages::tr("unknown field \"%1\"").arg(it.key().left(60));
        if (const QString problem = valueProblem(it.key(), field->kind, it.value()); !problem.isEmpty())
            return problem;
    }
    return {};
}

QByteArray write(const QList<SavedSearch>& searches)
{
    QJsonArray entries;
    for (const SavedSearch& search : searches) {
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), search.name);
        entry.insert(QStringLiteral("notify"), search.notify);
        entry.insert(QStringLiteral("filter"), QJsonDocument::fromJson(search.filterJson()).object());
        entries.append(entry);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("searches"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Contents> read(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { Messages::tr("The file is not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error { Messages::tr("The file is not a Trade Leads saved-search file") };
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kVersion)
        return Error { Messages::tr("The file is of saved-search format version %1; this Trade Leads reads version %2")
                           .arg(root.value(QStringLiteral("version")).toVariant().toString())
                           .arg(kVersion) };
    if (!root.value(QStringLiteral("searches")).isArray())
        return Error { Messages::tr("The file has no list of searches") };

    Contents contents;
    QSet<QString> names;
    const QJsonArray entries = root.value(QStringLiteral("searches")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString name = entry.value(QStringLiteral("name")).toString().trimmed();
        auto reject = [&](const QString& reason) {
            contents.problems.append(name.isEmpty()
                    ? Messages::tr("entry %1: %2").arg(i + 1).arg(reason)
                    : Messages::tr("entry %1 (%2): %3").arg(i + 1).arg(name.left(60), reason));
        };
        if (!entries.at(i).isObject()) {
            reject(Messages::tr("not an object"));
            continue;
        }
        if (name.isEmpty() || name.size() > kMaxNameLength) {
            reject(Messages::tr("no name, or a name longer than %1 characters").arg(kMaxNameLength));
            continue;
        }
        QString problem;
        for (auto it = entry.constBegin(); it != entry.constEnd() && problem.isEmpty(); ++it) {
            if (it.key() != QLatin1String("name") && it.key() != QLatin1String("notify")
                && it.key() != QLatin1String("filter"))
                problem = Messages::tr("unknown field \"%1\"").arg(it.key().left(60));
        }
        if (problem.isEmpty() && entry.contains(QStringLiteral("notify")) && !entry.value(QStringLiteral("notify")).isBool())
            problem = Messages::tr("\"notify\" must be true or false");
        if (problem.isEmpty() && !entry.value(QStringLiteral("filter")).isObject())
            problem = Messages::tr("no filter");
        if (problem.isEmpty())
            problem = filterProblem(entry.value(QStringLiteral("filter")).toObject());
        if (problem.isEmpty() && names.contains(name))
            problem = Messages::tr("the name appears twice in the file");
        if (!problem.isEmpty()) {
            reject(problem);
            continue;
        }
        names.insert(name);
        SavedSearch search;
        search.name = name;
        search.notify = entry.value(QStringLiteral("notify")).toBool();
        search.setFilterJson(
            QJsonDocument(entry.value(QStringLiteral("filter")).toObject()).toJson(QJsonDocument::Compact));
        if (search.unreadable) {
            reject(search.unreadable->problem);
            continue;
        }
        contents.searches.append(search);
    }
    return contents;
}

} // namespace SavedSearchFile
