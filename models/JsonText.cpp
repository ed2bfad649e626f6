#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace JsonText {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + (value - 10));
}

constexpr int kCompact = -1;

void appendIndent(QByteArray& out, int indent)
{
    if (indent != kCompact)
        out.append(qsizetype(4) * indent, ' ');
}

int deeper(int indent)
{
    return indent == kCompact ? kCompact : indent + 1;
}

// Writes the units from `unit` up to `sliceEnd` (and the second half of a pair that the slice
// ends inside, up to `end`) at `at`, as Qt escapes them; both move past what they did.
void writeSlice(char*& at, const char16_t*& unit, const char16_t* sliceEnd, const char16_t* end)
{
    auto escape = [&at](char16_t unit) {
        *at++ = '\\';
        *at++ = 'u';
        *at++ = hexDigit((unit >> 12) & 0xf);
        *at++ = hexDigit((unit >> 8) & 0xf);
        *at++ = hexDigit((unit >> 4) & 0xf);
        *at++ = hexDigit(unit & 0xf);
    };
    // A pair's second half may lie past the slice: its four bytes fit in the room of the first.
    while (unit < sliceEnd) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *at++ = char(u);
                continue;
            }
            switch (u) {
            case u'"': *at++ = '\\'; *at++ = '"'; break;
            case u'\\': *at++ = '\\'; *at++ = '\\'; break;
            case 0x08: *at++ = '\\'; *at++ = 'b'; break;
            case 0x0c: *at++ = '\\'; *at++ = 'f'; break;
            case 0x0a: *at++ = '\\'; *at++ = 'n'; break;
            case 0x0d: *at++ = '\\'; *at++ = 'r'; break;
            case 0x09: *at++ = '\\'; *at++ = 't'; break;
            default: escape(u);
            }
        } else if (u < 0x800) {
            *at++ = char(0xc0 | (u >> 6));
            *at++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t point = QChar::surrogateToUcs4(u, *unit++);
            *at++ = char(0xf0 | (point >> 18));
            *at++ = char(0x80 | ((point >> 12) & 0x3f));
            *at++ = char(0x80 | ((point >> 6) & 0x3f));
            *at++ = char(0x80 | (point & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escape(u); // no UTF-8 for half a pair: Qt writes it as an escape
        } else {
            *at++ = char(0xe0 | (u >> 12));
            *at++ = char(0x80 | ((u >> 6) & 0x3f));
            *at++ = char(0x80 | (u & 0x3f));
        }
    }
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    // Written through a pointer into room for the worst case (six bytes a unit, \uXXXX), then
    // cut to what was written: a byte at a time through QByteArray's append took as long as
    // QJsonDocument's whole toJson. The room is made a slice at a time, so that a huge field
    // never asks for six times its size.
    constexpr qsizetype kSlice = 4096;
    out += '"';
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        const char16_t* const sliceEnd = unit + qMin<qsizetype>(kSlice, end - unit);
        const qsizetype start = out.size();
        out.resize(start + 6 * (sliceEnd - unit));
        char* at = out.data() + start;
        writeSlice(at, unit, sliceEnd, end);
        out.truncate(at - out.constData());
    }
    out += '"';
}

void appendValue(QByteArray& out, const QJsonValue& value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong) {
            out += QByteArray::number(variant.toLongLong());
            return;
        }
        const double number = value.toDouble();
        out += std::isfinite(number) ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest)
                                     : QByteArray("null");
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const bool compact = indent == kCompact;
        if (compact && array.isEmpty()) {
            out += "[]";
            return;
        }
        out += compact ? "[" : "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            appendIndent(out, deeper(indent));
            appendValue(out, array.at(i), deeper(indent));
            if (i + 1 < array.size())
                out += compact ? "," : ",\n";
            else if (!compact)
                out += '\n';
        }
        appendIndent(out, indent);
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const bool compact = indent == kCompact;
        if (compact && object.isEmpty()) {
            out += "{}";
            return;
        }
        out += compact ? "{" : "{\n";
        for (auto it = object.begin(); it != object.end(); ++it) {
            appendIndent(out, deeper(indent));
            appendString(out, it.key());
            out += compact ? ":" : ": ";
            appendValue(out, it.value(), deeper(indent));
            if (std::next(it) != object.end())
                out += compact ? "," : ",\n";
            else if (!compact)
                out += '\n';
        }
        appendIndent(out, indent);
        out += '}';
        return;
    }
    }
}

void appendCompact(QByteArray& out, const QJsonValue& value)
{
    appendValue(out, value, kCompact);
}

QByteArray compact(const QJsonObject& object)
{
    QByteArray out;
    out.reserve(4096);
    appendValue(out, object, kCompact);
    return out;
}

} // namespace JsonText
