#include "LeadNormalize.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <array>
#include <cmath>

namespace {

struct CountryRow
{
    const char* alpha2;
    const char* alpha3;
    const char* name;
    const char* commonName;
};

constexpr CountryRow kCountries[] = {
#include "CountryTable.inc"
};

QString lowerKey(QStringView text)
{
    return text.trimmed().toString().toLower();
}

const QHash<QString, QString>& countryIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> map;
        for (const auto& row : kCountries) {
            const QString alpha2 = QString::fromLatin1(row.alpha2);
            map.insert(alpha2.toLower(), alpha2);
            map.insert(QString::fromLatin1(row.alpha3).toLower(), alpha2);
            map.insert(QString::fromUtf8(row.name).toLower(), alpha2);
            if (*row.commonName)
                map.insert(QString::fromUtf8(row.commonName).toLower(), alpha2);
        }
        // Spellings the sources use that ISO does not.
        const std::array<std::pair<const char*, const char*>, 12> aliases = {{
            {"uk", "GB"},
            {"united kingdom", "GB"},
            {"great britain", "GB"},
            {"england", "GB"},
            {"united states", "US"},
            {"united states of america", "US"},
            {"u.s.", "US"},
            {"u.s.a.", "US"},
            {"russia", "RU"},
            {"south korea", "KR"},
            {"vietnam", "VN"},
            {"ivory coast", "CI"},
        }};
        for (const auto& [alias, code] : aliases)
            map.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        return map;
    }();
    return index;
}

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString dateOnly(int y, int m, int d)
{
    if (!QDate::isValid(y, m, d))
        return {};
    return QDate(y, m, d).toString(Qt::ISODate);
}

// Parses the time and zone part after a date; returns seconds offset from UTC via out params.
bool parseTimeAndZone(QStringView s, qsizetype pos, int& hh, int& mm, int& ss, int& offsetSeconds, bool& hasZone)
{
    hh = digits(s, pos, 2);
    if (hh < 0 || pos + 2 >= s.size() || s[pos + 2] != u':')
        return false;
    mm = digits(s, pos + 3, 2);
    if (mm < 0)
        return false;
    pos += 5;
    ss = 0;
    if (pos < s.size() && s[pos] == u':') {
        ss = digits(s, pos + 1, 2);
        if (ss < 0)
            return false;
        pos += 3;
    }
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        while (pos < s.size() && s[pos].isDigit())
            ++pos;
    }
    while (pos < s.size() && s[pos] == u' ')
        ++pos;
    offsetSeconds = 0;
    hasZone = false;
    if (pos == s.size())
        return true;
    const QStringView zone = s.mid(pos);
    if (zone == u"Z" || zone == u"z" || zone.compare(u"UTC", Qt::CaseInsensitive) == 0
        || zone.compare(u"GMT", Qt::CaseInsensitive) == 0) {
        hasZone = true;
        return true;
    }
    if (zone[0] != u'+' && zone[0] != u'-')
        return false;
    const int sign = zone[0] == u'-' ? -1 : 1;
    const int zh = digits(zone, 1, 2);
    if (zh < 0)
        return false;
    int zm = 0;
    qsizetype rest = 3;
    if (rest < zone.size() && zone[rest] == u':')
        ++rest;
    if (rest < zone.size()) {
        zm = digits(zone, rest, 2);
        if (zm < 0 || rest + 2 != zone.size())
            return false;
    }
    offsetSeconds = sign * (zh * 3600 + zm * 60);
    hasZone = true;
    return true;
}

} // namespace

namespace Normalize {

std::optional<QString> timestamp(QStringView raw)
{
    const QStringView s = raw.trimmed();
    if (s.isEmpty() || s.compare(u"null", Qt::CaseInsensitive) == 0)
        return QString();

    int year = -1, month = -1, day = -1;
    qsizetype timePos = -1;
    if (s.size() >= 10 && s[4] == u'-' && s[7] == u'-') {
        year = digits(s, 0, 4);
        month = digits(s, 5, 2);
        day = digits(s, 8, 2);
        timePos = 10;
    } else if (s.size() >= 8 && (s[2] == u'/' || s[1] == u'/')) {
        // MM/dd/yyyy, also M/d/yyyy
        const auto parts = s.split(u' ', Qt::SkipEmptyParts);
        const auto dateParts = parts.isEmpty() ? QList<QStringView>() : parts[0].split(u'/');
        if (dateParts.size() != 3 || dateParts[2].size() != 4)
            return std::nullopt;
        bool okM = false, okD = false, okY = false;
        month = dateParts[0].toInt(&okM);
        day = dateParts[1].toInt(&okD);
        year = dateParts[2].toInt(&okY);
        if (!okM || !okD || !okY)
            return std::nullopt;
        if (parts.size() == 1) {
            const QString d = dateOnly(year, month, day);
            return d.isEmpty() ? std::nullopt : std::optional<QString>(d);
        }
        timePos = s.indexOf(parts[1]);
        const QString rebuilt = dateOnly(year, month, day);
        if (rebuilt.isEmpty())
            return std::nullopt;
        const QString withTime = rebuilt + u'T' + s.mid(timePos).toString();
        return timestamp(QStringView(withTime));
    } else {
        return std::nullopt;
    }
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    if (timePos == s.size())
        return dateOnly(year, month, day);
    if (s[timePos] != u'T' && s[timePos] != u't' && s[timePos] != u' ')
        return std::nullopt;
    int hh = 0, mm = 0, ss = 0, offset = 0;
    bool hasZone = false;
    if (!parseTimeAndZone(s, timePos + 1, hh, mm, ss, offset, hasZone))
        return std::nullopt;
    if (hh > 24 || mm > 59 || ss > 60)
        return std::nullopt;
    if (hh == 24) {
        if (mm != 0 || ss != 0)
            return std::nullopt;
        hh = 23;
        mm = 59;
        ss = 59;
    }
    if (ss == 60)
        ss = 59;
    // A wall-clock time with no zone is taken as UTC: it is what SAM.gov means by "YYYY-MM-DD HH:MM:SS".
    const QDateTime local(QDate(year, month, day), QTime(hh, mm, ss), Qt::OffsetFromUTC, offset);
    const QDateTime utc = local.toUTC();
    if (!utc.isValid())
        return std::nullopt;
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QString> timestamp(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isString())
        return timestamp(QStringView(value.toString()));
    if (value.isDouble()) {
        // Epoch milliseconds, as some feeds send.
        const double ms = value.toDouble();
        if (ms < -62135596800000.0 || ms > 253402300799000.0)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    }
    return std::nullopt;
}

QString countryCode(QStringView text)
{
    const QString key = lowerKey(text);
    if (key.isEmpty() || key == QLatin1String("null"))
        return {};
    return countryIndex().value(key);
}

std::optional<double> number(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u',' || c == u'$' || c == u'£' || c == u'€' || c == u' ')
            continue;
        cleaned.append(c);
    }
    if (cleaned.isEmpty() || cleaned.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> number(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return number(QStringView(value.toString()));
    return std::nullopt;
}

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString s = value.toString().trimmed();
        return s == QLatin1String("null") ? QString() : s;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            const QString part = text(item);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

std::optional<bool> yesNo(QStringView raw)
{
    const QStringView s = raw.trimmed();
    if (s.compare(u"yes", Qt::CaseInsensitive) == 0 || s.compare(u"y", Qt::CaseInsensitive) == 0
        || s.compare(u"true", Qt::CaseInsensitive) == 0 || s == u"1" || s.compare(u"active", Qt::CaseInsensitive) == 0
        || s.compare(u"open", Qt::CaseInsensitive) == 0)
        return true;
    if (s.compare(u"no", Qt::CaseInsensitive) == 0 || s.compare(u"n", Qt::CaseInsensitive) == 0
        || s.compare(u"false", Qt::CaseInsensitive) == 0 || s == u"0" || s.compare(u"inactive", Qt::CaseInsensitive) == 0
        || s.compare(u"closed", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<bool> yesNo(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return yesNo(QStringView(value.toString()));
    return std::nullopt;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace Normalize
