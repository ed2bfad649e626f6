#include "LeadFilter.h"

#include "Lead.h"
#include "LeadFilterFields.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
