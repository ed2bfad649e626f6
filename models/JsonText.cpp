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

void appendEscape(QByteArray& out, char16_t unit)
{
    out += "\\u";
    out += hexDigit((unit >> 12) & 0xf);
    out += hexDigit((unit >> 8) & 0xf);
    out += hexDigit((unit >> 4) & 0xf);
    out += hexDigit(unit & 0xf);
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

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const char16_t* unit = text.utf16();
    const char16_t* end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case u'"': out += '"'; break;
            case u'\\': out += '\\'; break;
            case 0x08: out += 'b'; break;
            case 0x0c: out += 'f'; break;
            case 0x0a: out += 'n'; break;
            case 0x0d: out += 'r'; break;
            case 0x09: out += 't'; break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t point = QChar::surrogateToUcs4(u, *unit++);
            out += char(0xf0 | (point >> 18));
            out += char(0x80 | ((point >> 12) & 0x3f));
            out += char(0x80 | ((point >> 6) & 0x3f));
            out += char(0x80 | (point & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u); // no UTF-8 for half a pair: Qt writes it as an escape
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
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

} // namespace JsonText
