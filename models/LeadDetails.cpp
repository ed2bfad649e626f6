#include "LeadDetails.h"

#include "LeadStore.h"
#include "SourceCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadDetails)
};

const QString kPathSeparator = QStringLiteral(" \u203A ");

// Labels the generic splitting would get wrong or leave cryptic, translated when shown.
const QHash<QString, const char*>& knownLabels()
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("uiLink"), QT_TRANSLATE_NOOP("LeadDetails", "SAM.gov page") },
        { QStringLiteral("typeOfSetAside"), QT_TRANSLATE_NOOP("LeadDetails", "Set-aside code") },
        { QStringLiteral("typeOfSetAsideDescription"), QT_TRANSLATE_NOOP("LeadDetails", "Set-aside") },
        { QStringLiteral("responseDeadLine"), QT_TRANSLATE_NOOP("LeadDetails", "Response deadline") },
        { QStringLiteral("ueiSAM"), QT_TRANSLATE_NOOP("LeadDetails", "UEI (SAM)") },
        { QStringLiteral("fullParentPathName"), QT_TRANSLATE_NOOP("LeadDetails", "Organisation path") },
        { QStringLiteral("fullParentPathCode"), QT_TRANSLATE_NOOP("LeadDetails", "Organisation path codes") },
        { QStringLiteral("pointOfContact"), QT_TRANSLATE_NOOP("LeadDetails", "Point of contact") },
        { QStringLiteral("pointofContact"), QT_TRANSLATE_NOOP("LeadDetails", "Point of contact") },
        { QStringLiteral("fullName"), QT_TRANSLATE_NOOP("LeadDetails", "Name") },
        { QStringLiteral("min_contract_value"), QT_TRANSLATE_NOOP("LeadDetails", "Minimum contract value") },
        { QStringLiteral("max_contract_value"), QT_TRANSLATE_NOOP("LeadDetails", "Maximum contract value") },
        { QStringLiteral("end_date"), QT_TRANSLATE_NOOP("LeadDetails", "End date") },
        { QStringLiteral("publish_date"), QT_TRANSLATE_NOOP("LeadDetails", "Publish date") },
    };
    return labels;
}

// Words written in capitals whatever the source's spelling.
const QSet<QString>& acronyms()
{
    static const QSet<QString> words = {
        QStringLiteral("id"),
        QStringLiteral("ids"),
        QStringLiteral("url"),
        QStringLiteral("urls"),
        QStringLiteral("uri"),
        QStringLiteral("naics"),
        QStringLiteral("uei"),
        QStringLiteral("cage"),
        QStringLiteral("zip"),
        QStringLiteral("psc"),
        QStringLiteral("sam"),
        QStringLiteral("ita"),
        QStringLiteral("fbo"),
        QStringLiteral("usa"),
        QStringLiteral("us"),
        QStringLiteral("uk"),
        QStringLiteral("eu"),
        QStringLiteral("api"),
        QStringLiteral("iso"),
        QStringLiteral("duns"),
        QStringLiteral("mrl"),
        QStringLiteral("faq"),
        QStringLiteral("html"),
        QStringLiteral("pdf"),
        QStringLiteral("gsa"),
        QStringLiteral("dod"),
        QStringLiteral("bids"),
        QStringLiteral("fax"),
    };
    return words;
}

// One key of a record: camelCase, snake_case and kebab-case split into a sentence.
QString segmentLabel(const QString& key)
{
    if (const auto it = knownLabels().constFind(key); it != knownLabels().constEnd())
        return Messages::tr(*it);
    QStringList words;
    QString word;
    auto push = [&] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c == u'_' || c == u'-' || c == u' ' || c == u'.') {
            push();
            continue;
        }
        if (!word.isEmpty()) {
            const QChar previous = word.back();
            const bool next = i + 1 < key.size() && key[i + 1].isLower();
            if ((c.isUpper() && previous.isLower()) || (c.isUpper() && previous.isUpper() && next)
                || (c.isDigit() != previous.isDigit()))
                push();
        }
        word.append(c);
    }
    push();
    if (words.isEmpty())
        return key;
    QStringList out;
    for (const QString& w : std::as_const(words)) {
        const QString lower = w.toLower();
        const bool allUpper = w.size() > 1 && w == w.toUpper() && w != lower;
        out.append(acronyms().contains(lower) || allUpper ? w.toUpper() : lower);
    }
    QString sentence = out.join(u' ');
    sentence.replace(QStringLiteral("dead line"), QStringLiteral("deadline"));
    sentence[0] = sentence[0].toUpper();
    return sentence;
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    default:
        return {};
    }
}

void flattenInto(const QJsonValue& value, const QString& path, const QString& label, QList<LeadDetails::FieldRow>& rows)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            rows.append({ path, label, {} });
            return;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            flattenInto(it.value(), path.isEmpty() ? key : path + u'.' + key,
                label.isEmpty() ? segmentLabel(key) : label + kPathSeparator + segmentLabel(key), rows);
        }
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool scalars = std::all_of(array.begin(), array.end(),
            [](const QJsonValue& element) { return !element.isObject() && !element.isArray(); });
        if (scalars) {
            QStringList parts;
            for (const QJsonValue& element : array) {
                const QString text = scalarText(element);
                if (!text.isEmpty())
                    parts.append(text);
            }
            rows.append({ path, label, parts.join(QStringLiteral("; ")) });
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = path + u'[' + QString::number(i) + u']';
            // One element needs no number.
            const QString elementLabel = array.size() == 1 ? label : label + u' ' + QString::number(i + 1);
            flattenInto(array.at(i), elementPath, elementLabel, rows);
        }
        return;
    }
    rows.append({ path, label, scalarText(value) });
}

} // namespace

namespace LeadDetails {

QString fieldLabel(const QString& path)
{
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QStringList labels;
    for (const QString& segment : path.split(u'.', Qt::SkipEmptyParts)) {
        const qsizetype bracket = segment.indexOf(u'[');
        QString label = segmentLabel(bracket < 0 ? segment : segment.left(bracket));
        if (bracket >= 0) {
            auto it = index.globalMatch(segment.mid(bracket));
            while (it.hasNext())
                label += u' ' + QString::number(it.next().captured(1).toLongLong() + 1);
        }
        labels.append(label);
    }
    return labels.join(kPathSeparator);
}

QList<FieldRow> flatten(const QByteArray& rawJson)
{
    QList<FieldRow> rows;
    const QJsonDocument document = QJsonDocument::fromJson(rawJson);
    if (!document.isObject())
        return rows;
    flattenInto(document.object(), {}, {}, rows);
    return rows;
}

QString elide(const QString& text, int maxChars)
{
    QString flat = text.simplified();
    if (flat.size() <= maxChars)
        return flat;
    return flat.left(qMax(1, maxChars - 1)) + QStringLiteral("\u2026");
}

QList<FieldChange> diff(const QByteArray& olderRaw, const QByteArray& newerRaw)
{
    QMap<QString, FieldRow> older;
    for (FieldRow& row : flatten(olderRaw))
        older.insert(row.path, std::move(row));
    QMap<QString, FieldRow> newer;
    for (FieldRow& row : flatten(newerRaw))
        newer.insert(row.path, std::move(row));

    QList<FieldChange> changes;
    auto o = older.constBegin();
    auto n = newer.constBegin();
    while (o != older.constEnd() || n != newer.constEnd()) {
        if (n == newer.constEnd() || (o != older.constEnd() && o.key() < n.key())) {
            if (!o->value.isEmpty())
                changes.append({ FieldChange::Removed, o->path, o->label, elide(o->value), {} });
            ++o;
        } else if (o == older.constEnd() || n.key() < o.key()) {
            if (!n->value.isEmpty())
                changes.append({ FieldChange::Added, n->path, n->label, {}, elide(n->value) });
            ++n;
        } else {
            if (o->value != n->value) {
                const FieldChange::Kind kind = o->value.isEmpty() ? FieldChange::Added
                    : n->value.isEmpty()                          ? FieldChange::Removed
                                                                  : FieldChange::Changed;
                changes.append({ kind, n->path, n->label, elide(o->value), elide(n->value) });
            }
            ++o;
            ++n;
        }
    }
    return changes;
}

Result<QList<Version>> versions(const LeadStore& store, const QString& source, const QString& sourceId)
{
    auto earlier = store.versions(source, sourceId);
    if (!earlier)
        return Error { Messages::tr("Could not read the earlier versions of %1 lead %2: %3")
                           .arg(source, sourceId, earlier.errorMessage()) };
    return *earlier;
}

QList<Amendment> amendments(const QList<Version>& earlier, const QByteArray& currentRaw)
{
    QList<Amendment> out;
    for (qsizetype i = earlier.size() - 1; i >= 0; --i) {
        const QByteArray& newer = i + 1 < earlier.size() ? earlier.at(i + 1).raw : currentRaw;
        out.append({ earlier.at(i).replacedAt, diff(earlier.at(i).raw, newer) });
    }
    return out;
}

QStringList referenceSources()
{
    return SourceCatalogue::referenceSources();
}

QStringList industryWords(const QString& industry)
{
    static const QSet<QString> common = {
        QStringLiteral("and"),
        QStringLiteral("other"),
        QStringLiteral("others"),
        QStringLiteral("services"),
        QStringLiteral("service"),
        QStringLiteral("products"),
        QStringLiteral("product"),
        QStringLiteral("general"),
        QStringLiteral("related"),
        QStringLiteral("industry"),
        QStringLiteral("industries"),
        QStringLiteral("except"),
        QStringLiteral("miscellaneous"),
        QStringLiteral("equipment"),
        QStringLiteral("supplies"),
        QStringLiteral("with"),
        QStringLiteral("from"),
        QStringLiteral("including"),
    };
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString& part : industry.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (part.size() < 4 || common.contains(part) || words.contains(part))
            continue;
        words.append(part);
        if (words.size() == 6)
            break;
    }
    return words;
}

Result<QList<Reference>> related(const LeadStore& store, const Lead& lead, int limit)
{
    ReferenceQuery query;
    query.country = lead.country.trimmed().toUpper();
    query.words = industryWords(lead.industry);
    if ((query.country.isEmpty() && query.words.isEmpty()) || limit <= 0)
        return QList<Reference>();
    query.sources = referenceSources();
    query.excludeSource = lead.source;
    query.excludeSourceId = lead.sourceId;
    query.limit = limit;
    auto found = store.references(query);
    if (!found)
        return Error { Messages::tr("Could not read the ITA reference data for %1 lead %2: %3")
                           .arg(lead.source, lead.sourceId, found.errorMessage()) };
    return *found;
}

QString formatTimestamp(const QString& iso, const QLocale& locale, const QTimeZone& zone)
{
    const QString text = iso.trimmed();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::LongFormat) : text;
    }
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        return text;
    moment = moment.toTimeZone(zone);
    return locale.toString(moment.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + locale.toString(moment.time(), QLocale::ShortFormat) + u' ' + moment.timeZoneAbbreviation();
}

QString relativeDay(const QString& iso, const QDate& today, const QTimeZone& zone)
{
    const QString text = iso.trimmed();
    QDate date;
    if (text.size() == 10) {
        date = QDate::fromString(text, Qt::ISODate);
    } else {
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        if (moment.isValid())
            date = moment.toTimeZone(zone).date();
    }
    if (!date.isValid() || !today.isValid())
        return {};
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return Messages::tr("today");
    // Spelled out in English too: the numerus forms need a translation loaded to read well.
    const int n = int(qMin<qint64>(qAbs(days), 1000000));
    if (days > 0)
        return n == 1 ? Messages::tr("tomorrow") : Messages::tr("in %n days", nullptr, n);
    return n == 1 ? Messages::tr("yesterday") : Messages::tr("%n days ago", nullptr, n);
}

QString formatValue(
    std::optional<double> min, std::optional<double> max, const QString& currency, const QLocale& locale)
{
    auto number = [&](double value) {
        return locale.toString(value, 'f', std::fabs(value) >= 1000 || value == std::floor(value) ? 0 : 2);
    };
    QString text;
    if (min && max && *min != *max)
        text = number(*min) + QStringLiteral(" \u2013 ") + number(*max);
    else if (min || max)
        text = number(min ? *min : *max);
    else
        return {};
    return currency.isEmpty() ? text : text + u' ' + currency;
}

QString countryName(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.size() != 2)
        return code;
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    if (territory == QLocale::AnyTerritory)
        return upper;
    return QLocale::territoryToString(territory) + QStringLiteral(" (") + upper + u')';
}

QString sourceName(const QString& source)
{
    return SourceCatalogue::displayName(source);
}

QList<Contact> contacts(const Lead& lead)
{
    QList<Contact> out;
    for (const QJsonValue& value : lead.contacts) {
        const QJsonObject object = value.toObject();
        auto field = [&](const char* key) { return scalarText(object.value(QLatin1String(key))); };
        Contact contact { field("type"), field("name"), field("title"), field("email"), field("phone"), field("fax") };
        if (!contact.name.isEmpty() || !contact.email.isEmpty() || !contact.phone.isEmpty() || !contact.title.isEmpty())
            out.append(contact);
    }
    return out;
}

bool isOpenableUrl(const QUrl& url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme == QLatin1String("mailto") || scheme == QLatin1String("tel"))
        return !url.path().isEmpty();
    return false;
}

QUrl mailtoUrl(const QString& email)
{
    static const QRegularExpression address(
        QStringLiteral("^[^\\s@<>\"(),;:?&/\\\\]+@[^\\s@<>\"(),;:?&/\\\\]+\\.[^\\s@<>\"(),;:?&/\\\\]+$"));
    const QString trimmed = email.trimmed();
    if (!address.match(trimmed).hasMatch())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(trimmed);
    return url;
}

QUrl telUrl(const QString& phone)
{
    QString digits;
    const QString trimmed = phone.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
        else if (c.isLetter())
            break; // "x123", "ext. 4": an extension the dialler cannot use
    }
    if (digits.count(u'+') == digits.size() || digits.size() - digits.count(u'+') < 5)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("tel"));
    url.setPath(digits);
    return url;
}

QUrl webUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    return url;
}

} // namespace LeadDetails
