#pragma once

#include <QString>

class QUrl;

// Text from the APIs is untrusted. The sanitiser turns it into HTML that QTextDocument can
// show and that carries nothing active: an allow-list of tags (paragraphs, line breaks,
// lists, emphasis, headings, simple tables, links), no attributes but a link's href
// (http, https or mailto only) and a cell's span, no script/style/iframe/object/img/svg/form,
// no comments. Entities are kept, stray < > & are escaped, tags are balanced.
// One pass over the input: a megabyte takes milliseconds.
namespace HtmlSanitizer {

// `html` made safe; plain text comes out escaped.
QString sanitize(const QString& html);

// Either kind of description made safe: HTML through sanitize(), plain text escaped with
// its paragraphs and line breaks kept and its http(s) addresses made links.
QString toSafeHtml(const QString& text);

// Whether the text holds markup rather than prose that happens to contain "<".
bool looksLikeHtml(const QString& text);

// Whether a description link may be kept: absolute http, https or mailto, after entity
// decoding and with control characters and spaces in the scheme ignored (as browsers do).
bool isSafeLinkUrl(const QString& decodedHref);

} // namespace HtmlSanitizer
