#include "HtmlSanitizer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

// Kept as they are (without attributes unless listed in attributeAllowed()).
const QSet<QString>& allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),
        QStringLiteral("br"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("li"),
        QStringLiteral("b"),
        QStringLiteral("i"),
        QStringLiteral("em"),
        QStringLiteral("strong"),
        QStringLiteral("u"),
        QStringLiteral("s"),
        QStringLiteral("sub"),
        QStringLiteral("sup"),
        QStringLiteral("small"),
        QStringLiteral("a"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("table"),
        QStringLiteral("thead"),
        QStringLiteral("tbody"),
        QStringLiteral("tfoot"),
        QStringLiteral("tr"),
        QStringLiteral("td"),
        QStringLiteral("th"),
        QStringLiteral("caption"),
        QStringLiteral("div"),
        QStringLiteral("span"),
        QStringLiteral("blockquote"),
        QStringLiteral("pre"),
        QStringLiteral("code"),
        QStringLiteral("hr"),
        QStringLiteral("dl"),
        QStringLiteral("dt"),
        QStringLiteral("dd"),
    };
    return tags;
}

// Structural tags that are not on the list but whose boundaries matter for reading.
const QSet<QString>& blockAliases()
{
    static const QSet<QString> tags = {
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("header"),
        QStringLiteral("footer"),
        QStringLiteral("main"),
        QStringLiteral("nav"),
        QStringLiteral("aside"),
        QStringLiteral("center"),
        QStringLiteral("address"),
        QStringLiteral("figure"),
        QStringLiteral("figcaption"),
        QStringLiteral("details"),
        QStringLiteral("summary"),
        QStringLiteral("fieldset"),
        QStringLiteral("legend"),
    };
    return tags;
}

// Their text is not markup: everything up to the matching end tag goes.
const QSet<QString>& rawTextTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("script"),
        QStringLiteral("style"),
        QStringLiteral("xmp"),
        QStringLiteral("textarea"),
        QStringLiteral("title"),
        QStringLiteral("noscript"),
        QStringLiteral("noembed"),
        QStringLiteral("noframes"),
        QStringLiteral("iframe"),
    };
    return tags;
}

// Dropped with everything inside them.
const QSet<QString>& droppedContainers()
{
    static const QSet<QString> tags = {
        QStringLiteral("svg"),
        QStringLiteral("math"),
        QStringLiteral("object"),
        QStringLiteral("applet"),
        QStringLiteral("template"),
        QStringLiteral("head"),
        QStringLiteral("select"),
        QStringLiteral("frameset"),
        QStringLiteral("video"),
        QStringLiteral("audio"),
        QStringLiteral("canvas"),
        QStringLiteral("picture"),
        QStringLiteral("datalist"),
        QStringLiteral("map"),
    };
    return tags;
}

bool isVoid(const QString& tag)
{
    return tag == QLatin1String("br") || tag == QLatin1String("hr");
}

constexpr int kMaxDepth = 100; // deeper nesting is flattened: QTextDocument gains nothing from it

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The length of a well-formed character reference at `pos` ("&amp;", "&#233;", "&#xE9;"), or 0.
qsizetype entityLength(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    if (pos + 2 >= n || text[pos] != u'&')
        return 0;
    qsizetype i = pos + 1;
    if (text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype start = i;
        while (i < n && i - start < 8 && (hex ? isHexDigit(text[i]) : isAsciiDigit(text[i])))
            ++i;
        if (i == start || i >= n || text[i] != u';')
            return 0;
        return i - pos + 1;
    }
    if (!isAsciiLetter(text[i]))
        return 0;
    const qsizetype start = i;
    while (i < n && i - start < 32 && (isAsciiLetter(text[i]) || isAsciiDigit(text[i])))
        ++i;
    if (i >= n || text[i] != u';')
        return 0;
    return i - pos + 1;
}

// Character references decoded, as a browser would before reading a URL.
QString decodeEntities(QStringView text)
{
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("colon"), QStringLiteral(":") },
        { QStringLiteral("Tab"), QStringLiteral("\t") },
        { QStringLiteral("NewLine"), QStringLiteral("\n") },
        { QStringLiteral("sol"), QStringLiteral("/") },
        { QStringLiteral("lpar"), QStringLiteral("(") },
        { QStringLiteral("rpar"), QStringLiteral(")") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("period"), QStringLiteral(".") },
        { QStringLiteral("quest"), QStringLiteral("?") },
        { QStringLiteral("num"), QStringLiteral("#") },
        { QStringLiteral("equals"), QStringLiteral("=") },
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text[i] == u'&' ? entityLength(text, i) : 0;
        if (length == 0) {
            out.append(text[i]);
            ++i;
            continue;
        }
        const QStringView body = text.sliced(i + 1, length - 2);
        if (body.startsWith(u'#')) {
            bool ok = false;
            const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
            const uint code = hex ? body.sliced(2).toUInt(&ok, 16) : body.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
            }
        } else {
            const auto it = named.constFind(body.toString());
            out.append(it == named.constEnd() ? text.sliced(i, length).toString() : *it);
        }
        i += length;
    }
    return out;
}

struct Tag
{
    QString name; // lower case
    bool end = false;
    bool selfClosing = false;
    QList<QPair<QString, QString>> attributes; // names lower case, values as written
};

class Sanitizer
{
public:
    explicit Sanitizer(QStringView in)
        : m_in(in)
    {
        m_out.reserve(in.size() + in.size() / 8);
    }

    QString run()
    {
        const qsizetype n = m_in.size();
        while (m_pos < n) {
            const QChar c = m_in[m_pos];
            if (c == u'<' && !m_noMoreTags) {
                markup();
                continue;
            }
            text();
        }
        while (!m_open.isEmpty())
            closeTop();
        return m_out;
    }

private:
    // Text up to the next "<": entities kept, everything else that means something escaped.
    void text()
    {
        const qsizetype n = m_in.size();
        qsizetype runStart = m_pos;
        auto flush = [&](qsizetype upTo) {
            if (m_dropDepth == 0 && upTo > runStart)
                m_out.append(m_in.sliced(runStart, upTo - runStart));
        };
        while (m_pos < n) {
            const QChar c = m_in[m_pos];
            if (c == u'<' && !m_noMoreTags)
                break;
            if (c == u'&' || c == u'<' || c == u'>' || c == u'"' || c.unicode() == 0) {
                flush(m_pos);
                if (m_dropDepth == 0)
                    emitSpecial(c);
                ++m_pos;
                runStart = m_pos;
                continue;
            }
            ++m_pos;
        }
        flush(m_pos);
    }

    void emitSpecial(QChar c)
    {
        if (c == u'&') {
            const qsizetype length = entityLength(m_in, m_pos);
            if (length > 0) {
                m_out.append(m_in.sliced(m_pos, length));
                m_pos += length - 1;
            } else {
                m_out.append(QLatin1String("&amp;"));
            }
        } else if (c == u'<') {
            m_out.append(QLatin1String("&lt;"));
        } else if (c == u'>') {
            m_out.append(QLatin1String("&gt;"));
        } else if (c == u'"') {
            m_out.append(QLatin1String("&quot;"));
        } // NUL: dropped
    }

    void literalLessThan()
    {
        if (m_dropDepth == 0)
            m_out.append(QLatin1String("&lt;"));
        ++m_pos;
    }

    // At "<": a comment, a declaration, a tag, or a "<" that is just text.
    void markup()
    {
        const qsizetype n = m_in.size();
        const qsizetype next = m_pos + 1;
        if (next >= n) {
            literalLessThan();
            return;
        }
        const QChar c = m_in[next];
        if (c == u'!') {
            if (m_in.sliced(next).startsWith(u"!--")) {
                const qsizetype end = m_in.indexOf(u"-->", next + 3);
                m_pos = end < 0 ? n : end + 3;
            } else {
                skipPast(u'>'); // <!DOCTYPE ...>, <![CDATA[ ... ]]>
            }
            return;
        }
        if (c == u'?') {
            skipPast(u'>');
            return;
        }
        if (c == u'/' && next + 1 < n && isAsciiLetter(m_in[next + 1])) {
            Tag tag;
            tag.end = true;
            qsizetype i = next + 1;
            tag.name = readName(i);
            const qsizetype end = m_in.indexOf(u'>', i);
            if (end < 0) {
                giveUpOnTags();
                return;
            }
            m_pos = end + 1;
            handle(tag);
            return;
        }
        if (!isAsciiLetter(c)) {
            literalLessThan();
            return;
        }
        Tag tag;
        qsizetype i = next;
        tag.name = readName(i);
        if (!readAttributes(i, tag)) {
            giveUpOnTags();
            return;
        }
        m_pos = i;
        handle(tag);
    }

    // A tag that never ends: what follows is shown as text, escaped. Later "<" cannot start
    // a tag either (they would fail the same way), which keeps the pass linear.
    void giveUpOnTags()
    {
        m_noMoreTags = true;
        literalLessThan();
    }

    void skipPast(QChar c)
    {
        const qsizetype end = m_in.indexOf(c, m_pos);
        m_pos = end < 0 ? m_in.size() : end + 1;
    }

    QString readName(qsizetype& i) const
    {
        const qsizetype start = i;
        while (i < m_in.size()) {
            const QChar c = m_in[i];
            if (isSpace(c) || c == u'/' || c == u'>' || c == u'<')
                break;
            ++i;
        }
        return m_in.sliced(start, i - start).toString().toLower();
    }

    // Reads attributes up to and including ">"; false when the input ends first.
    bool readAttributes(qsizetype& i, Tag& tag) const
    {
        const qsizetype n = m_in.size();
        while (i < n) {
            while (i < n && (isSpace(m_in[i]) || m_in[i] == u'/')) {
                if (m_in[i] == u'/' && i + 1 < n && m_in[i + 1] == u'>')
                    tag.selfClosing = true;
                ++i;
            }
            if (i >= n)
                return false;
            if (m_in[i] == u'>') {
                ++i;
                return true;
            }
            const qsizetype nameStart = i;
            while (
                i < n && !isSpace(m_in[i]) && m_in[i] != u'/' && m_in[i] != u'>' && (m_in[i] != u'=' || i == nameStart))
                ++i;
            const QString name = m_in.sliced(nameStart, i - nameStart).toString().toLower();
            qsizetype j = i;
            while (j < n && isSpace(m_in[j]))
                ++j;
            QString value;
            if (j < n && m_in[j] == u'=') {
                ++j;
                while (j < n && isSpace(m_in[j]))
                    ++j;
                if (j >= n)
                    return false;
                const QChar quote = m_in[j];
                if (quote == u'"' || quote == u'\'') {
                    const qsizetype close = m_in.indexOf(quote, j + 1);
                    if (close < 0)
                        return false;
                    value = m_in.sliced(j + 1, close - j - 1).toString();
                    j = close + 1;
                } else {
                    const qsizetype start = j;
                    while (j < n && !isSpace(m_in[j]) && m_in[j] != u'>')
                        ++j;
                    value = m_in.sliced(start, j - start).toString();
                }
                i = j;
            }
            tag.attributes.append({ name, value });
        }
        return false;
    }

    void handle(const Tag& tag)
    {
        if (m_dropDepth > 0) {
            // Inside a dropped container: only its own nesting matters.
            if (tag.name == m_dropName) {
                if (tag.end)
                    --m_dropDepth;
                else if (!tag.selfClosing)
                    ++m_dropDepth;
            }
            return;
        }
        if (tag.end) {
            closeTag(tag.name);
            return;
        }
        if (rawTextTags().contains(tag.name)) {
            skipRawText(tag.name); // "<script/>" opens a script all the same
            return;
        }
        if (tag.name == QLatin1String("plaintext")) {
            m_pos = m_in.size();
            return;
        }
        if (droppedContainers().contains(tag.name)) {
            if (!tag.selfClosing) {
                m_dropName = tag.name;
                m_dropDepth = 1;
            }
            return;
        }
        QString name = tag.name;
        if (blockAliases().contains(name))
            name = QStringLiteral("div");
        if (!allowedTags().contains(name))
            return; // img, form, input, font, body, unknown: the tag goes, its text stays
        openTag(name, tag);
    }

    void skipRawText(const QString& name)
    {
        const QString endTag = QStringLiteral("</") + name;
        const qsizetype n = m_in.size();
        qsizetype from = m_pos;
        while (true) {
            const qsizetype at = m_in.indexOf(endTag, from, Qt::CaseInsensitive);
            if (at < 0) {
                m_pos = n;
                return;
            }
            const qsizetype after = at + endTag.size();
            if (after >= n || isSpace(m_in[after]) || m_in[after] == u'>' || m_in[after] == u'/') {
                const qsizetype close = m_in.indexOf(u'>', after);
                m_pos = close < 0 ? n : close + 1;
                return;
            }
            from = after; // "</scripts": not the end
        }
    }

    void openTag(const QString& name, const Tag& tag)
    {
        QString attributes;
        if (name == QLatin1String("a")) {
            for (const auto& [attribute, value] : tag.attributes) {
                if (attribute != QLatin1String("href"))
                    continue;
                const QString decoded = decodeEntities(value);
                if (!HtmlSanitizer::isSafeLinkUrl(decoded))
                    break;
                const QUrl url(decoded.trimmed(), QUrl::TolerantMode);
                const QString href = url.toString(QUrl::FullyEncoded);
                // What goes out is checked too: a URL that QUrl cannot read (a NUL before the
                // scheme) comes out empty, and an empty href is no http, https or mailto link.
                if (HtmlSanitizer::isSafeLinkUrl(href))
                    attributes = QStringLiteral(" href=\"") + href.toHtmlEscaped() + u'"';
                break;
            }
            if (attributes.isEmpty())
                return; // a link to nowhere safe is just its text
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            for (const auto& [attribute, value] : tag.attributes) {
                if (attribute != QLatin1String("colspan") && attribute != QLatin1String("rowspan"))
                    continue;
                bool ok = false;
                const int span = value.trimmed().toInt(&ok);
                if (ok && span > 1 && span <= 100)
                    attributes += u' ' + attribute + QStringLiteral("=\"") + QString::number(span) + u'"';
            }
        }
        if (isVoid(name)) {
            m_out += u'<' + name + QStringLiteral(">");
            return;
        }
        if (m_open.size() >= kMaxDepth)
            return;
        if (name == QLatin1String("a") && m_open.contains(name))
            closeTag(name); // links do not nest
        m_out += u'<' + name + attributes + u'>';
        m_open.append(name);
    }

    void closeTag(const QString& name)
    {
        QString target = name;
        if (blockAliases().contains(target))
            target = QStringLiteral("div");
        if (!allowedTags().contains(target) || isVoid(target))
            return;
        const qsizetype at = m_open.lastIndexOf(target);
        if (at < 0)
            return; // never opened (or dropped as too deep): nothing to close
        while (m_open.size() > at)
            closeTop();
    }

    void closeTop() { m_out += QStringLiteral("</") + m_open.takeLast() + u'>'; }

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_out;
    QStringList m_open;
    bool m_noMoreTags = false;
    QString m_dropName;
    int m_dropDepth = 0;
};

QString escapePlain(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// Plain text with its http(s) addresses as links.
QString linkify(QStringView text)
{
    static const QRegularExpression address(
        QStringLiteral("https?://[^\\s<>\"]+"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = address.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype start = match.capturedStart();
        qsizetype length = match.capturedLength();
        while (length > 0 && QStringView(u".,;:!?)]}'").contains(text[start + length - 1]))
            --length;
        const QString candidate = text.sliced(start, length).toString();
        const QUrl url(candidate, QUrl::TolerantMode);
        if (!HtmlSanitizer::isSafeLinkUrl(candidate) || !url.isValid())
            continue;
        out += escapePlain(text.sliced(last, start - last));
        out += QStringLiteral("<a href=\"") + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + QStringLiteral("\">")
            + escapePlain(candidate) + QStringLiteral("</a>");
        last = start + length;
    }
    out += escapePlain(text.sliced(last));
    return out;
}

} // namespace

namespace HtmlSanitizer {

QString sanitize(const QString& html)
{
    return Sanitizer(html).run();
}

bool looksLikeHtml(const QString& text)
{
    static const QRegularExpression markup(QStringLiteral(
        "<(/?[a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?/?>|<!--|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"));
    return markup.match(text).hasMatch();
}

QString toSafeHtml(const QString& text)
{
    if (looksLikeHtml(text))
        return sanitize(text);
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    const QStringList paragraphs = normalised.trimmed().split(blankLines, Qt::SkipEmptyParts);
    QString out;
    for (const QString& paragraph : paragraphs) {
        QStringList lines;
        for (const QString& line : paragraph.split(u'\n'))
            lines.append(linkify(line));
        out += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return out;
}

bool isSafeLinkUrl(const QString& decodedHref)
{
    // Browsers drop tabs and newlines anywhere in a URL and trim controls and spaces around it,
    // so "java\tscript:" and " javascript:" are javascript: and must be read the same way here.
    QString cleaned;
    cleaned.reserve(decodedHref.size());
    for (QChar c : decodedHref) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned.append(c);
    }
    qsizetype begin = 0;
    qsizetype end = cleaned.size();
    while (begin < end && cleaned[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && cleaned[end - 1].unicode() <= 0x20)
        --end;
    cleaned = cleaned.sliced(begin, end - begin);
    const qsizetype colon = cleaned.indexOf(u':');
    if (colon <= 0)
        return false; // relative: there is no page to resolve it against
    const QString scheme = cleaned.left(colon).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return false;
    const QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().toLower() != scheme)
        return false;
    if (scheme != QLatin1String("mailto") && url.host().isEmpty())
        return false;
    if (scheme == QLatin1String("mailto") && url.path().isEmpty())
        return false;
    return true;
}

} // namespace HtmlSanitizer
