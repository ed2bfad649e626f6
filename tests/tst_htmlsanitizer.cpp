#include "HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private slots:
    void sanitize_data();
    void sanitize();
    void renderedDocumentHasOnlySafeAnchors_data();
    void renderedDocumentHasOnlySafeAnchors();
    void safeLinkUrl_data();
    void safeLinkUrl();
    void plainText_data();
    void plainText();
    void megabyteIsFast_data();
    void megabyteIsFast();
};

namespace {

// Every href the document would turn into a link.
QStringList anchors(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList hrefs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                hrefs.append(format.anchorHref());
        }
    }
    return hrefs;
}

QStringList tagNames(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z0-9]+)"));
    QStringList names;
    auto it = tag.globalMatch(html);
    while (it.hasNext())
        names.append(it.next().captured(1).toLower());
    return names;
}

} // namespace

void TestHtmlSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("excludes");

    QTest::newRow("script tag") << "<p>before<script>alert(1)</script>after</p>"
                                << QStringList { "<p>before", "after</p>" } << QStringList { "script", "alert" };
    QTest::newRow("script with attributes and odd case")
        << "a<ScRiPt type='text/javascript'>x=1</sCrIpT >b" << QStringList { "ab" } << QStringList { "script", "x=1" };
    QTest::newRow("unclosed script drops the rest")
        << "ok<script>alert(1)<p>more" << QStringList { "ok" } << QStringList { "alert", "more" };
    QTest::newRow("script end tag inside a string")
        << "<script>var s = '</scripts>'; evil()</script>after" << QStringList { "after" } << QStringList { "evil" };
    QTest::newRow("self-closing script") << "<script src=x.js />gone</script>kept" << QStringList { "kept" }
                                         << QStringList { "gone", "x.js" };
    QTest::newRow("onclick handler") << "<p onclick=\"alert(1)\" class=x>hi</p>" << QStringList { "<p>hi</p>" }
                                     << QStringList { "onclick", "alert", "class" };
    QTest::newRow("onerror unquoted") << "<b onmouseover=alert(1)>bold</b>" << QStringList { "<b>bold</b>" }
                                      << QStringList { "onmouseover", "alert" };
    QTest::newRow("javascript href") << "<a href=\"javascript:alert(1)\">x</a>" << QStringList { "x" }
                                     << QStringList { "javascript", "href", "<a" };
    QTest::newRow("javascript href with entities")
        << "<a href=\"&#106;avascript&#58;alert(1)\">x</a><a href='java&Tab;script:alert(2)'>y</a>"
        << QStringList { "x", "y" } << QStringList { "href", "alert", "<a" };
    QTest::newRow("javascript href with spaces and case")
        << "<a href=\"  JaVa\nScRiPt:alert(1)\">x</a>" << QStringList { "x" } << QStringList { "href", "alert" };
    QTest::newRow("vbscript href") << "<a href=vbscript:msgbox(1)>x</a>" << QStringList { "x" }
                                   << QStringList { "vbscript", "href" };
    QTest::newRow("data href") << "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>" << QStringList { "x" }
                               << QStringList { "data:", "href" };
    QTest::newRow("relative href dropped")
        << "<a href=\"/opp/123\">rel</a>" << QStringList { "rel" } << QStringList { "href" };
    QTest::newRow("http link kept") << "<a href=\"https://sam.gov/opp/1?a=1&amp;b=2\" target=_blank>SAM</a>"
                                    << QStringList { "<a href=\"https://sam.gov/opp/1?a=1&amp;b=2\">SAM</a>" }
                                    << QStringList { "target" };
    QTest::newRow("mailto link kept") << "<a href='mailto:jo@gsa.gov'>Jo</a>"
                                      << QStringList { "<a href=\"mailto:jo@gsa.gov\">Jo</a>" } << QStringList {};
    QTest::newRow("img") << "<p>x<img src=\"http://127.0.0.1:9/x.png\" onerror=alert(1)>y</p>"
                         << QStringList { "<p>xy</p>" } << QStringList { "img", "src", "127.0.0.1" };
    QTest::newRow("iframe") << "<iframe src=\"https://evil.example\">inside</iframe>after" << QStringList { "after" }
                            << QStringList { "iframe", "evil", "inside" };
    QTest::newRow("style element and attribute")
        << "<style>body{background:url(http://x/y)}</style><p style=\"background:url(http://x/z)\">t</p>"
        << QStringList { "<p>t</p>" } << QStringList { "style", "url(", "background" };
    QTest::newRow("svg with script inside") << "<svg onload=alert(1)><script>alert(2)</script><text>t</text></svg>ok"
                                            << QStringList { "ok" } << QStringList { "svg", "alert", "<text" };
    QTest::newRow("nested svg") << "<svg><svg></svg>still svg</svg>out" << QStringList { "out" }
                                << QStringList { "still", "svg" };
    QTest::newRow("object and embed") << "<object data=\"x.swf\"><param name=a>o</object><embed src=y.swf>e"
                                      << QStringList { "e" } << QStringList { "object", "embed", "swf", "param" };
    QTest::newRow("form and input") << "<form action=\"http://evil\"><input name=q value=v>Label</form>"
                                    << QStringList { "Label" } << QStringList { "form", "input", "action", "evil" };
    QTest::newRow("meta refresh and base")
        << "<meta http-equiv=refresh content=\"0;url=http://e\"><base href=http://e>t" << QStringList { "t" }
        << QStringList { "meta", "base", "http://e" };
    QTest::newRow("link stylesheet") << "<link rel=stylesheet href=http://e/s.css>t" << QStringList { "t" }
                                     << QStringList { "link", "s.css" };
    QTest::newRow("comment") << "a<!-- <script>alert(1)</script> -->b" << QStringList { "ab" }
                             << QStringList { "alert", "<!--" };
    QTest::newRow("conditional comment") << "a<!--[if IE]><script>x</script><![endif]-->b" << QStringList { "ab" }
                                         << QStringList { "script" };
    QTest::newRow("doctype and processing instruction")
        << "<!DOCTYPE html><?xml version=1?><p>t</p>" << QStringList { "<p>t</p>" } << QStringList { "DOCTYPE", "xml" };
    QTest::newRow("nested allowed tags") << "<ul><li><b><i>x</i></b></li><li>y</ul>"
                                         << QStringList { "<ul><li><b><i>x</i></b></li><li>y</li></ul>" }
                                         << QStringList {};
    QTest::newRow("misnested tags are balanced")
        << "<b><i>x</b>y</i>" << QStringList { "<b><i>x</i></b>y" } << QStringList {};
    QTest::newRow("stray end tags") << "</table></p>x</div>" << QStringList { "x" }
                                    << QStringList { "</table>", "</div>" };
    QTest::newRow("unclosed tags closed at the end")
        << "<p><strong>x" << QStringList { "<p><strong>x</strong></p>" } << QStringList {};
    QTest::newRow("tag split by another tag") << "<scr<script>ipt>alert(1)</script>"
                                              << QStringList { "ipt&gt;alert(1)" } << QStringList { "<script", "<scr" };
    QTest::newRow("malformed tag never closed")
        << "text <b title=\"oops>more and more" << QStringList { "text &lt;b" } << QStringList { "<b" };
    QTest::newRow("lone less-than") << "a < b and c<d" << QStringList { "a &lt; b and c" } << QStringList {};
    QTest::newRow("table basics")
        << "<table border=1 onclick=x><tr><th colspan=\"2\">H</th></tr>"
           "<tr><td rowspan=3 style=x>1</td><td>2</td></tr></table>"
        << QStringList { "<table><tr><th colspan=\"2\">H</th></tr><tr><td rowspan=\"3\">1</td>" }
        << QStringList { "border", "onclick", "style" };
    QTest::newRow("headings kept") << "<h1>One</h1><h6>Six</h6>" << QStringList { "<h1>One</h1>", "<h6>Six</h6>" }
                                   << QStringList {};
    QTest::newRow("entities kept") << "<p>&amp; &lt;script&gt; &eacute; &#233; &#xE9; &nbsp;</p>"
                                   << QStringList { "&amp; &lt;script&gt; &eacute; &#233; &#xE9; &nbsp;" }
                                   << QStringList { "<script" };
    QTest::newRow("bare ampersand escaped")
        << "<p>AT&T & Co</p>" << QStringList { "AT&amp;T &amp; Co" } << QStringList {};
    QTest::newRow("non-ASCII kept") << QString::fromUtf8("<p>Côte d’Ivoire — 北京 — 🚢</p>")
                                    << QStringList { QString::fromUtf8("Côte d’Ivoire — 北京 — 🚢") } << QStringList {};
    QTest::newRow("NUL characters dropped")
        << QString::fromUtf16(u"<p>a\0b</p>", 10) << QStringList { "<p>ab</p>" } << QStringList {};
    QTest::newRow("unknown tags keep their text")
        << "<font color=red><blink>Hi</blink></font>" << QStringList { "Hi" } << QStringList { "font", "blink", "red" };
    QTest::newRow("section becomes div") << "<section>s</section>" << QStringList { "<div>s</div>" }
                                         << QStringList { "section" };
}

void TestHtmlSanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, excludes);
    const QString output = HtmlSanitizer::sanitize(input);
    for (const QString& part : contains)
        QVERIFY2(output.contains(part), qPrintable(QStringLiteral("missing %1 in %2").arg(part, output)));
    for (const QString& part : excludes)
        QVERIFY2(!output.contains(part, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("unexpected %1 in %2").arg(part, output)));
    static const QStringList allowed = { "p", "br", "ul", "ol", "li", "b", "i", "em", "strong", "u", "s", "sub", "sup",
        "small", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "div", "span", "blockquote", "pre", "code", "hr", "dl", "dt", "dd" };
    for (const QString& name : tagNames(output))
        QVERIFY2(allowed.contains(name), qPrintable(QStringLiteral("tag %1 in %2").arg(name, output)));
    // Sanitising twice changes nothing: the output is already in its safe form.
    QCOMPARE(HtmlSanitizer::sanitize(output), output);
}

void TestHtmlSanitizer::renderedDocumentHasOnlySafeAnchors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("mixed") << "<a href=\"javascript:alert(1)\">x</a> <a href=\"https://sam.gov/\">ok</a> "
                              "<a href=\"data:text/html,hi\">d</a> <a href=mailto:a@b.gov>m</a>"
                           << QStringList { "https://sam.gov/", "mailto:a@b.gov" };
    QTest::newRow("nested anchors") << "<a href=https://a.gov/><a href=javascript:x>in</a>out</a>"
                                    << QStringList { "https://a.gov/" };
    QTest::newRow("entity-encoded scheme") << "<a href=\"&#x6A;avascript:alert(1)\">x</a>" << QStringList {};
}

void TestHtmlSanitizer::renderedDocumentHasOnlySafeAnchors()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QStringList hrefs = anchors(HtmlSanitizer::sanitize(input));
    hrefs.removeDuplicates();
    QCOMPARE(hrefs, expected);
}

void TestHtmlSanitizer::safeLinkUrl_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << "https://sam.gov/opp/1" << true;
    QTest::newRow("http") << "http://trade.gov" << true;
    QTest::newRow("mailto") << "mailto:someone@gsa.gov" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("javascript with tab") << "java\tscript:alert(1)" << false;
    QTest::newRow("javascript with leading control") << QString::fromUtf16(u"\x01javascript:alert(1)") << false;
    QTest::newRow("vbscript") << "VBScript:msgbox" << false;
    QTest::newRow("data") << "data:text/html;base64,AAAA" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("tel not for descriptions") << "tel:123" << false;
    QTest::newRow("relative") << "/x/y" << false;
    QTest::newRow("protocol-relative") << "//evil.example/x" << false;
    QTest::newRow("http without host") << "http:/x" << false;
    QTest::newRow("empty") << "" << false;
}

void TestHtmlSanitizer::safeLinkUrl()
{
    QFETCH(QString, href);
    QFETCH(bool, safe);
    QCOMPARE(HtmlSanitizer::isSafeLinkUrl(href), safe);
}

void TestHtmlSanitizer::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("less-than and ampersand") << "Budget < $5M & scope > 2 sites"
                                             << "<p>Budget &lt; $5M &amp; scope &gt; 2 sites</p>";
    QTest::newRow("paragraphs and lines") << "One\nline two\n\nPara two"
                                          << "<p>One<br>line two</p><p>Para two</p>";
    QTest::newRow("address becomes a link")
        << "See https://sam.gov/opp/1."
        << "<p>See <a href=\"https://sam.gov/opp/1\">https://sam.gov/opp/1</a>.</p>";
    QTest::newRow("javascript text stays text") << "javascript:alert(1)"
                                                << "<p>javascript:alert(1)</p>";
}

void TestHtmlSanitizer::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QVERIFY(!HtmlSanitizer::looksLikeHtml(input));
    QCOMPARE(HtmlSanitizer::toSafeHtml(input), expected);
}

void TestHtmlSanitizer::megabyteIsFast_data()
{
    QTest::addColumn<QString>("input");
    const QString paragraph = QStringLiteral("<p onclick=x>Lorem <b>ipsum</b> &amp; dolor <a href=\"https://sam.gov/\">"
                                             "sit</a> <script>alert(1)</script> amet &lt; &#233; <img src=x></p>\n");
    QTest::newRow("realistic markup") << paragraph.repeated(1024 * 1024 / paragraph.size() + 1);
    QTest::newRow("unterminated tags") << QStringLiteral("<a ").repeated(350000);
    QTest::newRow("less-than signs") << QStringLiteral("<<<<").repeated(262144);
    QTest::newRow("deep nesting") << QStringLiteral("<b><i>").repeated(100000) + QStringLiteral("x");
    QTest::newRow("many unclosed svg") << QStringLiteral("<svg>").repeated(200000);
    QTest::newRow("comments never closed") << QStringLiteral("<!--").repeated(262144);
    QTest::newRow("script never closed") << QStringLiteral("<script>").repeated(131072);
}

void TestHtmlSanitizer::megabyteIsFast()
{
    QFETCH(QString, input);
    QVERIFY(input.size() >= 512 * 1024);
    QElapsedTimer timer;
    timer.start();
    const QString output = HtmlSanitizer::sanitize(input);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld characters in %lld ms -> %lld characters", qlonglong(input.size()), elapsed, qlonglong(output.size()));
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(!output.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!output.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(!output.contains(QLatin1String("onclick")));
}

QTEST_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
