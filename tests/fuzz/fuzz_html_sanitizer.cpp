// libFuzzer target: descriptions as the sources send them (HTML or prose), through
// HtmlSanitizer. The output is checked against the promise in HtmlSanitizer.h: only
// allowed tags, no attributes but a safe href and a cell's span, balanced, and no stray "<".

#include "FuzzSupport.h"
#include "HtmlSanitizer.h"

#include <QSet>

namespace {

// The allow-list of HtmlSanitizer.h, restated here so that the check does not trust the code
// it checks.
const QSet<QString>& allowedTags()
{
    static const QSet<QString> tags = [] {
        const QStringList names = QStringLiteral("p br ul ol li b i em strong u s sub sup small a h1 h2 h3 h4 h5 h6 "
                                                 "table thead tbody tfoot tr td th caption div span blockquote pre "
                                                 "code hr dl dt dd")
                                      .split(u' ');
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    return tags;
}

void checkSafe(const QString& html, const QString& input)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z0-9]+)([^<>]*)>"));
    static const QRegularExpression linkAttributes(
        QStringLiteral("^ href=\"(https?://|mailto:)[^\"]*\"$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spanAttributes(QStringLiteral("^( (colspan|rowspan)=\"[0-9]+\")*$"));
    const QString context = QStringLiteral("input: %1\noutput: %2").arg(input.left(500), html.left(1000));
    QHash<QString, int> open;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool end = !match.captured(1).isEmpty();
        const QString name = match.captured(2);
        const QString attributes = match.captured(3);
        Fuzz::require(allowedTags().contains(name), "only allowed tags come out", context);
        if (end) {
            Fuzz::require(attributes.isEmpty(), "an end tag has no attributes", context);
            Fuzz::require(--open[name] >= 0, "no tag is closed before it opens", context);
        } else if (name == QLatin1String("a")) {
            Fuzz::require(linkAttributes.match(attributes).hasMatch(), "a link keeps a safe href only", context);
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            Fuzz::require(spanAttributes.match(attributes).hasMatch(), "a cell keeps its span only", context);
        } else {
            Fuzz::require(attributes.isEmpty(), "other tags keep no attributes", context);
        }
        if (!end && name != QLatin1String("br") && name != QLatin1String("hr"))
            ++open[name];
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        Fuzz::require(it.value() == 0, "every tag is closed", context);
    // Every "<" and ">" outside those tags was escaped.
    Fuzz::require(html.count(u'<') + html.count(u'>') == 2 * html.count(tag), "no stray < or > comes out", context);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(Fuzz::bytes(data, size));
    checkSafe(HtmlSanitizer::sanitize(input), input);
    checkSafe(HtmlSanitizer::toSafeHtml(input), input);
    HtmlSanitizer::looksLikeHtml(input);
    return 0;
}
