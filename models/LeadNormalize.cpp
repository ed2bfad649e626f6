#include "LeadNormalize.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

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

// The form in which country names are compared: lower case, no accents, straight
// apostrophes, single spaces, no leading "the" nor trailing ", the".
QString countryKey(QStringView text)
{
    const QString decomposed = text.trimmed().toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'\u2019' || c == u'\u2018' || c == u'`' || c == u'\u00b4')
            c = u'\'';
        if (c.isSpace()) {
            if (!key.isEmpty() && !key.endsWith(u' '))
                key.append(u' ');
            continue;
        }
        key.append(c.toLower());
    }
    if (key.endsWith(u' '))
        key.chop(1);
    if (key.startsWith(QLatin1String("the ")))
        key.remove(0, 4);
    if (key.endsWith(QLatin1String(", the")))
        key.chop(5);
    return key;
}

const QHash<QString, QString>& countryIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> map;
        for (const auto& row : kCountries) {
            const QString alpha2 = QString::fromLatin1(row.alpha2);
            map.insert(alpha2.toLower(), alpha2);
            map.insert(QString::fromLatin1(row.alpha3).toLower(), alpha2);
            map.insert(countryKey(QString::fromUtf8(row.name)), alpha2);
            if (*row.commonName)
                map.insert(countryKey(QString::fromUtf8(row.commonName)), alpha2);
        }
        // Spellings the sources use that ISO does not.
        const std::pair<const char*, const char*> aliases[] = {
            { "uk", "GB" }, { "great britain", "GB" }, { "britain", "GB" }, { "england", "GB" }, { "scotland", "GB" },
            { "wales", "GB" }, { "northern ireland", "GB" }, { "united states of america", "US" }, { "u.s.", "US" },
            { "u.s.a.", "US" }, { "russia", "RU" }, { "korea, south", "KR" }, { "republic of korea", "KR" },
            { "korea, north", "KP" }, { "ivory coast", "CI" }, { "turkey", "TR" }, { "czech republic", "CZ" },
            { "burma", "MM" }, { "cape verde", "CV" }, { "swaziland", "SZ" }, { "east timor", "TL" },
            { "macedonia", "MK" }, { "democratic republic of the congo", "CD" },
            { "congo, democratic republic of the", "CD" }, { "congo (kinshasa)", "CD" },
            { "republic of the congo", "CG" }, { "congo, republic of the", "CG" }, { "congo (brazzaville)", "CG" },
            { "brunei", "BN" }, { "micronesia", "FM" }, { "palestine", "PS" }, { "vatican", "VA" },
            { "vatican city", "VA" }, { "holy see", "VA" }, { "holland", "NL" }, { "uae", "AE" }, { "macau", "MO" },
            { "kosovo", "XK" }, // not ISO, but the code the EU and ITA use
        };
        for (const auto& [alias, code] : aliases)
            map.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        return map;
    }();
    return index;
}

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos < 0 || pos + count > s.size())
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

// Reads one or two digits at `pos`, advancing it; -1 when there are none.
int oneOrTwoDigits(QStringView s, qsizetype& pos)
{
    if (digits(s, pos, 2) >= 0) {
        pos += 2;
        return digits(s, pos - 2, 2);
    }
    if (digits(s, pos, 1) >= 0) {
        pos += 1;
        return digits(s, pos - 1, 1);
    }
    return -1;
}

// "yyyy-MM-dd", or "yyyy-MM-ddTHH:mm:ssZ" with a time of day: written digit by digit, as
// QDate::toString and QDateTime::toString went through the locale's formatter (a sixth of a
// bulk CSV's parsing).
QString isoText(int y, int m, int d, std::optional<int> secondsOfDay = std::nullopt)
{
    char16_t text[20];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, y, 4);
    text[4] = u'-';
    put(5, m, 2);
    text[7] = u'-';
    put(8, d, 2);
    if (!secondsOfDay)
        return QString(reinterpret_cast<const QChar*>(text), 10);
    text[10] = u'T';
    put(11, *secondsOfDay / 3600, 2);
    text[13] = u':';
    put(14, *secondsOfDay / 60 % 60, 2);
    text[16] = u':';
    put(17, *secondsOfDay % 60, 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

QString dateOnly(int y, int m, int d)
{
    if (!QDate::isValid(y, m, d) || y < 1 || y > 9999)
        return {};
    return isoText(y, m, d);
}

// The UTC time of a day's `secondsOfDay` at `offsetSeconds` east of UTC; empty outside the years
// "yyyy" can spell (a zone can push 9999-12-31 into year 10000).
QString utcText(const QDate& date, int secondsOfDay, int offsetSeconds)
{
    constexpr qint64 kDay = 86400;
    const qint64 local = date.toJulianDay() * kDay + secondsOfDay - offsetSeconds;
    const qint64 julianDay = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    const QDate utc = QDate::fromJulianDay(julianDay);
    if (!utc.isValid() || utc.year() < 1 || utc.year() > 9999)
        return {};
    return isoText(utc.year(), utc.month(), utc.day(), int(local - julianDay * kDay));
}

QString utcText(const QDateTime& dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    if (!utc.isValid())
        return {};
    return utcText(utc.date(), utc.time().msecsSinceStartOfDay() / 1000, 0);
}

struct TimeOfDay
{
    int hh = 0;
    int mm = 0;
    int ss = 0;
    int offsetSeconds = 0;
};

// "HH:MM[:SS[.fff]][ AM|PM][ ][Z|UTC|GMT|+HH[[:]MM]]"; a time with no zone is UTC.
std::optional<TimeOfDay> parseTimeAndZone(QStringView s)
{
    TimeOfDay t;
    qsizetype pos = 0;
    t.hh = oneOrTwoDigits(s, pos);
    if (t.hh < 0 || pos >= s.size() || s[pos] != u':')
        return std::nullopt;
    t.mm = digits(s, pos + 1, 2);
    if (t.mm < 0)
        return std::nullopt;
    pos += 3;
    if (pos < s.size() && s[pos] == u':') {
        t.ss = digits(s, pos + 1, 2);
        if (t.ss < 0)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            const qsizetype fraction = ++pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9')
                ++pos;
            if (pos == fraction)
                return std::nullopt;
        }
    }
    if (t.hh > 24 || t.mm > 59 || t.ss > 60)
        return std::nullopt;
    while (pos < s.size() && s[pos] == u' ')
        ++pos;
    const QStringView meridiem = s.mid(pos, 2);
    if (meridiem.compare(u"AM", Qt::CaseInsensitive) == 0 || meridiem.compare(u"PM", Qt::CaseInsensitive) == 0) {
        if (t.hh < 1 || t.hh > 12)
            return std::nullopt;
        t.hh = t.hh % 12 + (meridiem.compare(u"PM", Qt::CaseInsensitive) == 0 ? 12 : 0);
        pos += 2;
        while (pos < s.size() && s[pos] == u' ')
            ++pos;
    }
    if (pos == s.size())
        return t;
    const QStringView zone = s.mid(pos);
    if (zone == u"Z" || zone == u"z" || zone.compare(u"UTC", Qt::CaseInsensitive) == 0
        || zone.compare(u"GMT", Qt::CaseInsensitive) == 0)
        return t;
    if (zone[0] != u'+' && zone[0] != u'-')
        return std::nullopt;
    const int sign = zone[0] == u'-' ? -1 : 1;
    const int zh = digits(zone, 1, 2);
    if (zh < 0)
        return std::nullopt;
    int zm = 0;
    qsizetype rest = 3;
    if (rest < zone.size() && zone[rest] == u':')
        ++rest;
    if (rest < zone.size()) {
        zm = digits(zone, rest, 2);
        if (zm < 0 || rest + 2 != zone.size())
            return std::nullopt;
    } else if (rest != 3) {
        return std::nullopt; // "+05:" with nothing after the colon
    }
    if (zh > 18 || zm > 59)
        return std::nullopt;
    t.offsetSeconds = sign * (zh * 3600 + zm * 60);
    return t;
}

// "M/D/YYYY" at the start of `s`; the position after it in `end`.
bool parseSlashDate(QStringView s, int& year, int& month, int& day, qsizetype& end)
{
    qsizetype pos = 0;
    month = oneOrTwoDigits(s, pos);
    if (month < 0 || pos >= s.size() || s[pos] != u'/')
        return false;
    ++pos;
    day = oneOrTwoDigits(s, pos);
    if (day < 0 || pos >= s.size() || s[pos] != u'/')
        return false;
    year = digits(s, pos + 1, 4);
    if (year < 0)
        return false;
    end = pos + 5;
    return true;
}

// The length of the valid UTF-8 sequence at `p`, or 0 when the byte there starts none
// (stray continuation bytes, overlong forms, surrogates, beyond U+10FFFF, cut short).
int utf8SequenceLength(const uchar* p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return 1;
    int length = 0;
    char32_t codePoint = 0;
    char32_t smallest = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
        smallest = 0x10000;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (p[i] & 0x3F);
    }
    if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

// Valid UTF-8 sequences as they are; every other byte as its Windows-1252 character.
QByteArray utf8WithWindows1252Bytes(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        if (const int length = utf8SequenceLength(p + i, n - i); length > 0) {
            out.append(bytes.constData() + i, length);
            i += length;
            continue;
        }
        const uchar byte = p[i++];
        const char16_t character = byte >= 0x80 && byte <= 0x9F ? Normalize::kWindows1252High[byte - 0x80] : byte;
        out.append(QString(QChar(character)).toUtf8());
    }
    return out;
}

} // namespace

namespace Normalize {

QJsonDocument json(const QByteArray& bytes, QJsonParseError* error)
{
    QJsonDocument document = QJsonDocument::fromJson(bytes, error);
    if (error->error == QJsonParseError::IllegalUTF8String)
        document = QJsonDocument::fromJson(utf8WithWindows1252Bytes(bytes), error);
    return document;
}

std::optional<qint64> count(const QJsonValue& value)
{
    const auto found = number(value);
    // Beyond 2^53 a double no longer holds every whole number, and beyond qint64 the
    // conversion itself is undefined.
    if (!found || *found < 0 || *found > 9007199254740992.0 || *found != std::floor(*found))
        return std::nullopt;
    return qint64(*found);
}

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
    } else if (!parseSlashDate(s, year, month, day, timePos)) {
        // Mail-style dates ("Mon, 15 Jan 2024 10:00:00 GMT") appear in some feeds.
        // Qt wants a numeric zone there; RFC 2822 also allows "GMT" and "UT".
        static const QRegularExpression universal(
            QStringLiteral("\\s+(GMT|UTC?|Z)$"), QRegularExpression::CaseInsensitiveOption);
        const QDateTime rfc
            = QDateTime::fromString(s.toString().replace(universal, QStringLiteral(" +0000")), Qt::RFC2822Date);
        if (!rfc.isValid())
            return std::nullopt;
        const QString text = utcText(rfc);
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    }
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    if (timePos == s.size())
        return dateOnly(year, month, day);
    if (s[timePos] != u'T' && s[timePos] != u't' && s[timePos] != u' ')
        return std::nullopt;
    ++timePos;
    while (timePos < s.size() && s[timePos] == u' ')
        ++timePos;
    const auto time = parseTimeAndZone(s.mid(timePos));
    if (!time)
        return std::nullopt;
    QDate date(year, month, day);
    int hh = time->hh, mm = time->mm, ss = time->ss;
    if (hh == 24) {
        // 24:00 is the end of the day, that is midnight of the next one.
        if (mm != 0 || ss != 0)
            return std::nullopt;
        hh = 0;
        date = date.addDays(1);
    }
    if (ss == 60)
        ss = 59; // a leap second; QTime has none
    // A wall-clock time with no zone is taken as UTC: it is what SAM.gov means by "YYYY-MM-DD HH:MM:SS".
    const QString text = utcText(date, hh * 3600 + mm * 60 + ss, time->offsetSeconds);
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::optional<int> zoneOffsetMinutes(QStringView name)
{
    struct Zone
    {
        const char* name;
        const char* abbreviation;
        int minutes;
    };
    static constexpr Zone kZones[] = {
        { "Newfoundland Standard Time", "NST", -210 }, { "Newfoundland Daylight Time", "NDT", -150 },
        { "Atlantic Standard Time", "AST", -240 },     { "Atlantic Daylight Time", "ADT", -180 },
        { "Eastern Standard Time", "EST", -300 },      { "Eastern Daylight Time", "EDT", -240 },
        { "Central Standard Time", "CST", -360 },      { "Central Daylight Time", "CDT", -300 },
        { "Mountain Standard Time", "MST", -420 },     { "Mountain Daylight Time", "MDT", -360 },
        { "Pacific Standard Time", "PST", -480 },      { "Pacific Daylight Time", "PDT", -420 },
        { "Alaska Standard Time", "AKST", -540 },      { "Alaska Daylight Time", "AKDT", -480 },
        { "Hawaii-Aleutian Standard Time", "HST", -600 }, { "Hawaii Standard Time", "HST", -600 },
        { "Coordinated Universal Time", "UTC", 0 },    { "Greenwich Mean Time", "GMT", 0 },
    };
    // "Central Standard Time (CST)": the name before the bracket decides.
    QStringView text = name.trimmed();
    if (const qsizetype bracket = text.indexOf(u'('); bracket > 0)
        text = text.left(bracket).trimmed();
    for (const Zone& zone : kZones) {
        if (text.compare(QLatin1String(zone.name), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String(zone.abbreviation), Qt::CaseInsensitive) == 0)
            return zone.minutes;
    }
    if (text.compare(u"Z", Qt::CaseInsensitive) == 0 || text.compare(u"UT", Qt::CaseInsensitive) == 0)
        return 0;
    return std::nullopt;
}

std::optional<QString> timestamp(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isString())
        return timestamp(QStringView(value.toString()));
    if (value.isDouble()) {
        // Epoch milliseconds, as some feeds send; below 1e11 it can only be seconds (1e11 ms is 1973).
        double ms = value.toDouble();
        if (std::abs(ms) < 1e11)
            ms *= 1000.0;
        if (ms < -62135596800000.0 || ms > 253402300799000.0)
            return std::nullopt;
        return utcText(QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC));
    }
    return std::nullopt;
}

QString countryCode(QStringView text)
{
    const QString key = countryKey(text);
    if (key.isEmpty() || key == QLatin1String("null"))
        return {};
    return countryIndex().value(key);
}

std::optional<double> number(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'$' || c == u'\u00a3' || c == u'\u20ac' || c == u'\u00a5')
            continue;
        cleaned.append(c);
    }
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty() || cleaned.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    // A currency code before or after the amount ("GBP 35,000", "35000 USD").
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}\\s*|\\s*[A-Z]{3}$"));
    cleaned.remove(currencyCode);
    // Digits grouped by thousands with commas or spaces, then an optional decimal point:
    // "1,200.50" and "1 200" are read, "1 200,50" and "1.200,50" are left alone.
    static const QRegularExpression shape(
        QStringLiteral("^[+-]?(?:\\d{1,3}(?:[, \\x{00A0}\\x{202F}]\\d{3})+|\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?$"));
    static const QRegularExpression startsWithDigit(QStringLiteral("^[+-]?\\.?\\d"));
    if (!shape.match(cleaned).hasMatch() || !startsWithDigit.match(cleaned).hasMatch())
        return std::nullopt;
    static const QRegularExpression separators(QStringLiteral("[, \\x{00A0}\\x{202F}]"));
    cleaned.remove(separators);
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
        // The range check comes first: converting a double beyond qint64 is undefined.
        if (std::abs(d) < 1e15 && d == double(qint64(d)))
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
        || s.compare(u"false", Qt::CaseInsensitive) == 0 || s == u"0"
        || s.compare(u"inactive", Qt::CaseInsensitive) == 0 || s.compare(u"closed", Qt::CaseInsensitive) == 0)
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

QString link(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"null")
        return {};
    if (!trimmed.startsWith(u"http://", Qt::CaseInsensitive) && !trimmed.startsWith(u"https://", Qt::CaseInsensitive))
        return trimmed.toString();
    QString url;
    url.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (!c.isSpace())
            url.append(c);
    }
    return url;
}

QString link(const QJsonValue& value)
{
    if (value.isString())
        return link(QStringView(value.toString()));
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            const QString url = link(item);
            if (!url.isEmpty())
                return url;
        }
        return {};
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString url = link(object.value(QStringLiteral("url")));
        return url.isEmpty() ? link(object.value(QStringLiteral("href"))) : url;
    }
    return {};
}

QString firstText(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QString found = text(object.value(QLatin1String(key)));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString firstDate(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const auto date = timestamp(object.value(QLatin1String(key)));
        if (date && !date->isEmpty())
            return *date;
    }
    return {};
}

Result<QJsonDocument> jsonResponse(const QByteArray& bytes,
                                   const std::function<QString(const QString& reason, qint64 offset)>& invalid)
{
    QJsonParseError parseError;
    QJsonDocument document = json(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { invalid(parseError.errorString(), parseError.offset) };
    return document;
}

QString recordName(const QJsonObject& record, QLatin1StringView idKey, qsizetype index)
{
    const QJsonValue value = record.value(idKey);
    const QString id = value.isString() || value.isDouble() ? text(value) : QString();
    return id.isEmpty() ? QStringLiteral("#%1").arg(index) : QStringLiteral("id %1").arg(id);
}

QString serverMessage(const QJsonObject& object)
{
    QString message = firstText(object, { "message", "errorMessage", "error_message", "title", "detail" });
    if (message.isEmpty())
        message = firstText(object.value(QStringLiteral("error")).toObject(), { "message", "code" });
    if (message.isEmpty())
        message = text(object.value(QStringLiteral("error")));
    return message.left(200);
}

QString unlisted(const QString& code)
{
    static const QRegularExpression listed(QStringLiteral("^\\[\\s*\"?([^\"\\]]*)\"?\\s*\\]$"));
    if (!code.startsWith(u'['))
        return code;
    const QRegularExpressionMatch match = listed.match(code);
    return match.hasMatch() ? match.captured(1).trimmed() : code;
}

QJsonArray tidyContacts(const QJsonArray& contacts)
{
    static const QRegularExpression email(QStringLiteral("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}$"));
    static const QRegularExpression labelledPhone(
        QStringLiteral("^(?:tel(?:ephone)?|phone|ph)\\.?\\s*:?\\s*(\\+?[0-9][0-9()./ -]{5,}[0-9](?:\\s*(?:x|ext\\.?)\\s*[0-9]+)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression barePhone(QStringLiteral("^\\+?[0-9][0-9()./ -]{6,}[0-9]$"));
    // Longer than any name, or sentences: what the buyer wrote in the name box.
    constexpr qsizetype kLongestName = 80;
    const QString kName = QStringLiteral("name");
    const QString kEmail = QStringLiteral("email");
    const QString kPhone = QStringLiteral("phone");

    QJsonArray out;
    for (const QJsonValue& value : contacts) {
        if (!value.isObject()) {
            out.append(value);
            continue;
        }
        QJsonObject contact = value.toObject();
        const QString name = contact.value(kName).toString();
        // Most contacts are plain: a name without '@', digits or sentences, a phone without '@'.
        const bool oddName = name.contains(u'@') || name.size() > 40 || name.contains(u'\n')
            || std::any_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); });
        if (!oddName && !contact.value(kPhone).toString().contains(u'@')) {
            out.append(contact);
            continue;
        }
        QJsonObject extra;
        if (!name.isEmpty()) {
            const QString ownEmail = contact.value(kEmail).toString();
            if (email.match(name).hasMatch()) {
                contact.remove(kName);
                if (ownEmail.isEmpty())
                    contact.insert(kEmail, name);
                else if (ownEmail.compare(name, Qt::CaseInsensitive) != 0)
                    extra.insert(kEmail, name);
            } else if (const QRegularExpressionMatch phone = labelledPhone.match(name); phone.hasMatch() || barePhone.match(name).hasMatch()) {
                contact.remove(kName);
                if (contact.value(kPhone).toString().isEmpty())
                    contact.insert(kPhone, phone.hasMatch() ? phone.captured(1).trimmed() : name);
            } else if (name.size() > kLongestName || name.contains(u'\n') || (name.contains(QLatin1String(". ")) && name.size() > 40)) {
                contact.remove(kName);
                contact.insert(QStringLiteral("note"), name.simplified());
            }
        }
        const QString phone = contact.value(kPhone).toString();
        if (email.match(phone).hasMatch()) {
            contact.remove(kPhone);
            const QString ownEmail = contact.value(kEmail).toString();
            if (ownEmail.isEmpty())
                contact.insert(kEmail, phone);
            else if (ownEmail.compare(phone, Qt::CaseInsensitive) != 0 && !extra.contains(kEmail))
                extra.insert(kEmail, phone);
        }
        out.append(contact);
        if (!extra.isEmpty()) {
            if (contact.contains(QStringLiteral("type")))
                extra.insert(QStringLiteral("type"), contact.value(QStringLiteral("type")));
            out.append(extra);
        }
    }
    return out;
}

} // namespace Normalize
