#include "LeadFilter.h"

#include "Lead.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.category() == QChar::Mark_NonSpacing;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

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
    // Nobody types more: a longer text (pasted by mistake) would make a query of millions of
    // terms that runs for minutes. Control characters are spaces: a NUL ends FTS5's query.
    constexpr qsizetype kMaxLength = 4000;
    constexpr qsizetype kMaxTerms = 64;
    QString typed = input.left(kMaxLength);
    for (QChar& c : typed) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList parts;
    bool lastWasOperator = true; // no operator may start the query
    const qsizetype n = typed.size();
    qsizetype i = 0;
    auto addTerm = [&](const QString& term) {
        parts.append(term);
        lastWasOperator = false;
    };
    while (i < n && parts.size() < kMaxTerms) {
        const QChar c = typed[i];
        if (c == u'"') {
            const qsizetype end = typed.indexOf(u'"', i + 1);
            const QString phrase = typed.mid(i + 1, (end < 0 ? n : end) - i - 1).simplified();
            i = end < 0 ? n : end + 1;
            bool hasWord = false;
            for (const QChar pc : phrase)
                hasWord = hasWord || isWordChar(pc);
            if (hasWord)
                addTerm(quoted(phrase));
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (isWordChar(typed[end]) || ((typed[end] == u'-' || typed[end] == u'.' || typed[end] == u'\'')
                                                       && end + 1 < n && isWordChar(typed[end + 1]))))
            ++end;
        const QString word = typed.mid(i, end - i);
        const bool prefix = end < n && typed[end] == u'*';
        i = prefix ? end + 1 : end;
        if (word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT")) {
            if (!lastWasOperator) {
                parts.append(word);
                lastWasOperator = true;
            }
            continue;
        }
        addTerm(prefix ? quoted(word) + u'*' : quoted(word));
    }
    while (!parts.isEmpty() && lastWasOperator) {
        parts.removeLast();
        lastWasOperator = !parts.isEmpty()
            && (parts.last() == QLatin1String("AND") || parts.last() == QLatin1String("OR")
                || parts.last() == QLatin1String("NOT"));
    }
    return parts.join(u' ');
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
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    auto list = [&](const char* key, const QStringList& values) {
        if (!values.isEmpty())
            o.insert(QLatin1String(key), toArray(values));
    };
    list("sources", sources);
    list("countries", countries);
    list("industries", industries);
    list("naics", naicsPrefixes);
    list("setAsides", setAsideCodes);
    list("types", noticeTypes);
    list("statuses", statuses);
    list("tags", tags);
    auto date = [&](const char* key, const QDate& value) {
        if (value.isValid())
            o.insert(QLatin1String(key), value.toString(Qt::ISODate));
    };
    date("postedFrom", postedFrom);
    date("postedTo", postedTo);
    date("dueFrom", dueFrom);
    date("dueTo", dueTo);
    if (openOnly)
        o.insert(QStringLiteral("open"), true);
    if (dueWithinDays)
        o.insert(QStringLiteral("dueWithinDays"), *dueWithinDays);
    if (starredOnly)
        o.insert(QStringLiteral("starred"), true);
    if (valueMin)
        o.insert(QStringLiteral("valueMin"), *valueMin);
    if (valueMax)
        o.insert(QStringLiteral("valueMax"), *valueMax);
    if (!sortColumn.isEmpty())
        o.insert(QStringLiteral("sort"), sortColumn);
    if (descending)
        o.insert(QStringLiteral("descending"), true);
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
    filter.text = o.value(QStringLiteral("text")).toString();
    filter.sources = fromArray(o.value(QStringLiteral("sources")));
    filter.countries = fromArray(o.value(QStringLiteral("countries")));
    filter.industries = fromArray(o.value(QStringLiteral("industries")));
    filter.naicsPrefixes = fromArray(o.value(QStringLiteral("naics")));
    filter.setAsideCodes = fromArray(o.value(QStringLiteral("setAsides")));
    filter.noticeTypes = fromArray(o.value(QStringLiteral("types")));
    filter.statuses = fromArray(o.value(QStringLiteral("statuses")));
    filter.tags = fromArray(o.value(QStringLiteral("tags")));
    auto date = [&](const char* key) {
        return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    filter.postedFrom = date("postedFrom");
    filter.postedTo = date("postedTo");
    filter.dueFrom = date("dueFrom");
    filter.dueTo = date("dueTo");
    filter.openOnly = o.value(QStringLiteral("open")).toBool();
    // A whole number of days up to a century, as the share file demands; anything else is
    // ignored like a value of the wrong type (QJsonValue::toInt() would read -3.5 or 1e12 as 0).
    if (const double days = o.value(QStringLiteral("dueWithinDays")).toDouble(-1);
        days >= 0 && days <= LeadFilter::kMaxDueWithinDays && std::floor(days) == days)
        filter.dueWithinDays = int(days);
    filter.starredOnly = o.value(QStringLiteral("starred")).toBool();
    if (o.value(QStringLiteral("valueMin")).isDouble())
        filter.valueMin = o.value(QStringLiteral("valueMin")).toDouble();
    if (o.value(QStringLiteral("valueMax")).isDouble())
        filter.valueMax = o.value(QStringLiteral("valueMax")).toDouble();
    filter.sortColumn = o.value(QStringLiteral("sort")).toString();
    filter.descending = o.value(QStringLiteral("descending")).toBool();
    return filter;
}

bool LeadFilter::isEmpty() const
{
    LeadFilter blank;
    blank.sortColumn = sortColumn;
    blank.descending = descending;
    return *this == blank;
}
