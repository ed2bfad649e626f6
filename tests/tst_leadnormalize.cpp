#include "LeadNormalize.h"
#include "Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

// nullopt reads "<nullopt>", so that "no date" and "empty" are told apart in one column.
QString shown(const std::optional<QString>& value)
{
    return value ? *value : QString("<nullopt>");
}

QString shown(const std::optional<bool>& value)
{
    return value ? QString(*value ? "true" : "false") : QString("<nullopt>");
}

QString shown(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 17) : QString("<nullopt>");
}

} // namespace

class TestLeadNormalize : public QObject
{
    Q_OBJECT
private slots:
    void timestamp_data();
    void timestamp();
    void timestampJson_data();
    void timestampJson();
    void countryCode_data();
    void countryCode();
    void number_data();
    void number();
    void numberJson_data();
    void numberJson();
    void text_data();
    void text();
    void yesNo_data();
    void yesNo();
    void link_data();
    void link();
    void nowUtc();
};

void TestLeadNormalize::timestamp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // "<nullopt>": text present but no date

    // The formats of FIELD-NOTES and the SAM.gov examples.
    QTest::newRow("CSV: milliseconds and -04") << "2026-04-25 22:22:47.454-04"
                                               << "2026-04-26T02:22:47Z";
    QTest::newRow("CSV: ISO with -04:00") << "2026-05-29T12:30:00-04:00"
                                          << "2026-05-29T16:30:00Z";
    QTest::newRow("CSV: MM/dd/yyyy") << "01/15/2024"
                                     << "2024-01-15";
    QTest::newRow("SAM: +00") << "2018-05-09 23:45:22+00"
                              << "2018-05-09T23:45:22Z";
    QTest::newRow("SAM: -05:00 crosses midnight") << "2018-05-07T20:00:00-05:00"
                                                  << "2018-05-08T01:00:00Z";
    QTest::newRow("Z") << "2024-01-15T10:00:00Z"
                       << "2024-01-15T10:00:00Z";
    QTest::newRow("lower-case z") << "2024-01-15T10:00:00z"
                                  << "2024-01-15T10:00:00Z";
    QTest::newRow("UTC suffix") << "2024-01-15T10:00:00 UTC"
                                << "2024-01-15T10:00:00Z";
    QTest::newRow("GMT suffix") << "2024-01-15 10:00:00 GMT"
                                << "2024-01-15T10:00:00Z";
    QTest::newRow("no zone is UTC") << "2024-01-15T10:00:00"
                                    << "2024-01-15T10:00:00Z";
    QTest::newRow("no zone, space") << "2024-01-15 10:00:00"
                                    << "2024-01-15T10:00:00Z";
    QTest::newRow("no seconds") << "2024-01-15T10:00Z"
                                << "2024-01-15T10:00:00Z";
    QTest::newRow("date only") << "2024-01-15"
                               << "2024-01-15";
    QTest::newRow("surrounding spaces") << "  2024-01-15  "
                                        << "2024-01-15";
    QTest::newRow("+0530 without colon") << "2024-01-15T10:00:00+0530"
                                         << "2024-01-15T04:30:00Z";
    QTest::newRow("nanoseconds and +05:30") << "2024-01-15T10:00:00.123456789+05:30"
                                            << "2024-01-15T04:30:00Z";
    QTest::newRow("offset crosses a year") << "2024-12-31T23:30:00-01:00"
                                           << "2025-01-01T00:30:00Z";
    QTest::newRow("M/d/yyyy") << "1/5/2024"
                              << "2024-01-05";
    QTest::newRow("MM/dd/yyyy HH:mm") << "01/15/2024 10:30"
                                      << "2024-01-15T10:30:00Z";
    QTest::newRow("MM/dd/yyyy with PM") << "01/15/2024 02:30 PM"
                                        << "2024-01-15T14:30:00Z";
    QTest::newRow("12 AM is midnight") << "01/15/2024 12:00 AM"
                                       << "2024-01-15T00:00:00Z";
    QTest::newRow("12 PM is noon") << "01/15/2024 12:00:00 pm"
                                   << "2024-01-15T12:00:00Z";
    QTest::newRow("MM/dd/yyyy with zone") << "01/15/2024 10:30:00-05:00"
                                          << "2024-01-15T15:30:00Z";
    QTest::newRow("RFC 2822") << "Mon, 15 Jan 2024 10:00:00 GMT"
                              << "2024-01-15T10:00:00Z";
    QTest::newRow("RFC 2822 with offset") << "15 Jan 2024 10:00:00 +0200"
                                          << "2024-01-15T08:00:00Z";
    QTest::newRow("leap day") << "2024-02-29"
                              << "2024-02-29";
    QTest::newRow("24:00 is the next midnight") << "2024-01-15T24:00:00Z"
                                                << "2024-01-16T00:00:00Z";
    QTest::newRow("leap second") << "2016-12-31T23:59:60Z"
                                 << "2016-12-31T23:59:59Z";
    QTest::newRow("year 9999") << "9999-12-31"
                               << "9999-12-31";
    QTest::newRow("year 9999 last second") << "9999-12-31T23:59:59Z"
                                           << "9999-12-31T23:59:59Z";
    QTest::newRow("year 0001") << "0001-01-01"
                               << "0001-01-01";
    QTest::newRow("year 0001 first second") << "0001-01-01T00:00:00Z"
                                            << "0001-01-01T00:00:00Z";

    QTest::newRow("null") << "null"
                          << "";
    QTest::newRow("NULL") << "NULL"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";

    QTest::newRow("February 30") << "2024-02-30"
                                 << "<nullopt>";
    QTest::newRow("February 30, MM/dd/yyyy") << "02/30/2024"
                                             << "<nullopt>";
    QTest::newRow("February 29 of a common year") << "2023-02-29T10:00:00Z"
                                                  << "<nullopt>";
    QTest::newRow("month 13") << "2024-13-01"
                              << "<nullopt>";
    QTest::newRow("month 0") << "2024-00-10"
                             << "<nullopt>";
    QTest::newRow("day 32, MM/dd/yyyy") << "01/32/2024"
                                        << "<nullopt>";
    QTest::newRow("year 0000") << "0000-01-01"
                               << "<nullopt>";
    QTest::newRow("beyond year 9999 in UTC") << "9999-12-31T23:00:00-05:00"
                                             << "<nullopt>";
    QTest::newRow("before year 0001 in UTC") << "0001-01-01T00:30:00+01:00"
                                             << "<nullopt>";
    QTest::newRow("24:00:01") << "2024-01-15T24:00:01"
                              << "<nullopt>";
    QTest::newRow("hour 25") << "2024-01-15T25:00:00"
                             << "<nullopt>";
    QTest::newRow("minute 60") << "2024-01-15T10:60"
                               << "<nullopt>";
    QTest::newRow("13 PM") << "01/15/2024 13:00 PM"
                           << "<nullopt>";
    QTest::newRow("zone +25:00") << "2024-01-15T10:00:00+25:00"
                                 << "<nullopt>";
    QTest::newRow("zone cut after colon") << "2024-01-15T10:00:00+05:"
                                          << "<nullopt>";
    QTest::newRow("named zone not guessed") << "2024-01-15T10:00:00 EST"
                                            << "<nullopt>";
    QTest::newRow("dot with no fraction") << "2024-01-15T10:00:00.Z"
                                          << "<nullopt>";
    QTest::newRow("T and nothing") << "2024-01-15T"
                                   << "<nullopt>";
    QTest::newRow("date and garbage") << "2024-01-15garbage"
                                      << "<nullopt>";
    QTest::newRow("two-digit year") << "1/15/24"
                                    << "<nullopt>";
    QTest::newRow("garbage") << "garbage"
                             << "<nullopt>";
    QTest::newRow("words") << "next Tuesday"
                           << "<nullopt>";
    QTest::newRow("digits only") << "20240115"
                                 << "<nullopt>";
}

void TestLeadNormalize::timestamp()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(shown(Normalize::timestamp(QStringView(input))), expected);
    // The JSON overload reads strings the same way.
    QCOMPARE(shown(Normalize::timestamp(QJsonValue(input))), expected);
}

void TestLeadNormalize::timestampJson_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "";
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << "";
    QTest::newRow("string") << QJsonValue("2024-01-15T10:00:00-05:00") << "2024-01-15T15:00:00Z";
    QTest::newRow("epoch milliseconds") << QJsonValue(1704067200000.0) << "2024-01-01T00:00:00Z";
    QTest::newRow("epoch seconds") << QJsonValue(1704067200.0) << "2024-01-01T00:00:00Z";
    QTest::newRow("beyond year 9999") << QJsonValue(1e20) << "<nullopt>";
    QTest::newRow("boolean") << QJsonValue(true) << "<nullopt>";
    QTest::newRow("object") << QJsonValue(QJsonObject { { "date", "2024-01-15" } }) << "<nullopt>";
    QTest::newRow("array") << QJsonValue(QJsonArray { "2024-01-15" }) << "<nullopt>";
}

void TestLeadNormalize::timestampJson()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, expected);
    QCOMPARE(shown(Normalize::timestamp(input)), expected);
}

void TestLeadNormalize::countryCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("USA") << "USA"
                         << "US";
    QTest::newRow("usa") << "usa"
                         << "US";
    QTest::newRow("US") << "US"
                        << "US";
    QTest::newRow("United States") << "United States"
                                   << "US";
    QTest::newRow("UNITED STATES") << "UNITED STATES"
                                   << "US";
    QTest::newRow("united states of america") << "united states of america"
                                              << "US";
    QTest::newRow("U.S.") << "U.S."
                          << "US";
    QTest::newRow("extra spaces") << "  united   states "
                                  << "US";
    QTest::newRow("GB") << "GB"
                        << "GB";
    QTest::newRow("gb") << "gb"
                        << "GB";
    QTest::newRow("UK") << "UK"
                        << "GB";
    QTest::newRow("GBR") << "GBR"
                         << "GB";
    QTest::newRow("United Kingdom") << "United Kingdom"
                                    << "GB";
    QTest::newRow("England") << "England"
                             << "GB";
    QTest::newRow("CA") << "CA"
                        << "CA";
    QTest::newRow("Canada") << "Canada"
                            << "CA";
    QTest::newRow("Côte d'Ivoire") << "Côte d'Ivoire"
                                   << "CI";
    QTest::newRow("Cote d'Ivoire without accent") << "Cote d'Ivoire"
                                                  << "CI";
    QTest::newRow("Côte d’Ivoire with curly apostrophe") << "Côte d’Ivoire"
                                                         << "CI";
    QTest::newRow("CÔTE D'IVOIRE") << "CÔTE D'IVOIRE"
                                   << "CI";
    QTest::newRow("Ivory Coast") << "Ivory Coast"
                                 << "CI";
    QTest::newRow("Côte d'Ivoire decomposed") << QString::fromUtf8("Co\xcc\x82te d'Ivoire") << "CI";
    QTest::newRow("Türkiye") << "Türkiye"
                             << "TR";
    QTest::newRow("Turkey") << "Turkey"
                            << "TR";
    QTest::newRow("Åland Islands") << "Åland Islands"
                                   << "AX";
    QTest::newRow("Korea, Republic of") << "Korea, Republic of"
                                        << "KR";
    QTest::newRow("South Korea") << "South Korea"
                                 << "KR";
    QTest::newRow("Korea, South") << "Korea, South"
                                  << "KR";
    QTest::newRow("Viet Nam") << "Viet Nam"
                              << "VN";
    QTest::newRow("Vietnam") << "Vietnam"
                             << "VN";
    QTest::newRow("The Bahamas") << "The Bahamas"
                                 << "BS";
    QTest::newRow("Bahamas, The") << "Bahamas, The"
                                  << "BS";
    QTest::newRow("Czech Republic") << "Czech Republic"
                                    << "CZ";
    QTest::newRow("Democratic Republic of the Congo") << "Democratic Republic of the Congo"
                                                      << "CD";
    QTest::newRow("Congo") << "Congo"
                           << "CG";
    QTest::newRow("Kosovo") << "Kosovo"
                            << "XK";
    QTest::newRow("JPN") << "JPN"
                         << "JP";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("null") << "null"
                          << "";
    QTest::newRow("unknown name") << "Atlantis"
                                  << "";
    QTest::newRow("unknown code") << "XX"
                                  << "";
    QTest::newRow("one letter") << "U"
                                << "";
}

void TestLeadNormalize::countryCode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Normalize::countryCode(input), expected);
}

void TestLeadNormalize::number_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // 17 significant digits, or "<nullopt>"

    QTest::newRow("UK string value") << "35000.0"
                                     << "35000";
    QTest::newRow("integer") << "0"
                             << "0";
    QTest::newRow("dollars with a comma") << "$1,200"
                                          << "1200";
    QTest::newRow("commas and decimals") << "1,200.50"
                                         << "1200.5";
    QTest::newRow("two commas") << "12,345,678"
                                << "12345678";
    QTest::newRow("space grouping") << "1 200"
                                    << "1200";
    QTest::newRow("no-break space grouping") << "1\u00a0200"
                                             << "1200";
    QTest::newRow("pounds") << "£35,000"
                            << "35000";
    QTest::newRow("euros and a space") << "€ 99.95"
                                       << "99.950000000000003";
    QTest::newRow("currency code before") << "GBP 35,000"
                                          << "35000";
    QTest::newRow("currency code after") << "35000 USD"
                                         << "35000";
    QTest::newRow("negative") << "-1,200"
                              << "-1200";
    QTest::newRow("negative dollars") << "-$5"
                                      << "-5";
    QTest::newRow("plus sign") << "+5"
                               << "5";
    QTest::newRow("leading point") << ".5"
                                   << "0.5";
    QTest::newRow("exponent") << "1e6"
                              << "1000000";
    QTest::newRow("surrounding spaces") << "  42  "
                                        << "42";

    QTest::newRow("decimal comma with space grouping") << "1 200,50"
                                                       << "<nullopt>";
    QTest::newRow("decimal comma with point grouping") << "1.200,50"
                                                       << "<nullopt>";
    QTest::newRow("ambiguous comma") << "1,2"
                                     << "<nullopt>";
    QTest::newRow("bad grouping") << "1,000,00"
                                  << "<nullopt>";
    QTest::newRow("words") << "about five million"
                           << "<nullopt>";
    QTest::newRow("trailing letters") << "12abc"
                                      << "<nullopt>";
    QTest::newRow("inf") << "inf"
                         << "<nullopt>";
    QTest::newRow("nan") << "nan"
                         << "<nullopt>";
    QTest::newRow("overflow") << "1e999"
                              << "<nullopt>";
    QTest::newRow("currency symbol only") << "$"
                                          << "<nullopt>";
    QTest::newRow("sign only") << "-"
                               << "<nullopt>";
    QTest::newRow("empty") << ""
                           << "<nullopt>";
    QTest::newRow("null") << "null"
                          << "<nullopt>";
}

void TestLeadNormalize::number()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(shown(Normalize::number(QStringView(input))), expected);
    QCOMPARE(shown(Normalize::number(QJsonValue(input))), expected);
}

void TestLeadNormalize::numberJson_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << QJsonValue(42) << "42";
    QTest::newRow("fraction") << QJsonValue(3.5) << "3.5";
    QTest::newRow("State project size") << QJsonValue(25000000) << "25000000";
    QTest::newRow("string") << QJsonValue("35000.0") << "35000";
    QTest::newRow("boolean") << QJsonValue(true) << "<nullopt>";
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "<nullopt>";
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << "<nullopt>";
    QTest::newRow("object") << QJsonValue(QJsonObject { { "amount", 5 } }) << "<nullopt>";
    QTest::newRow("array") << QJsonValue(QJsonArray { 5 }) << "<nullopt>";
}

void TestLeadNormalize::numberJson()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, expected);
    QCOMPARE(shown(Normalize::number(input)), expected);
}

void TestLeadNormalize::text_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trimmed string") << QJsonValue("  Hello  ") << "Hello";
    QTest::newRow("non-ASCII") << QJsonValue("Café – Zürich 東京") << "Café – Zürich 東京";
    QTest::newRow("HTML kept") << QJsonValue("<p>a &amp; b</p>") << "<p>a &amp; b</p>";
    QTest::newRow("literal null") << QJsonValue("null") << "";
    QTest::newRow("padded literal null") << QJsonValue(" null ") << "";
    QTest::newRow("word containing null") << QJsonValue("nullable") << "nullable";
    QTest::newRow("empty string") << QJsonValue("") << "";
    QTest::newRow("JSON null") << QJsonValue(QJsonValue::Null) << "";
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << "";
    QTest::newRow("integer") << QJsonValue(236220) << "236220";
    QTest::newRow("negative integer") << QJsonValue(-7) << "-7";
    QTest::newRow("fraction") << QJsonValue(3.25) << "3.25";
    QTest::newRow("largest exact integer shown whole") << QJsonValue(123456789012345.0) << "123456789012345";
    QTest::newRow("1e15") << QJsonValue(1e15) << "1e+15";
    QTest::newRow("beyond qint64") << QJsonValue(1e20) << "1e+20";
    QTest::newRow("far beyond qint64") << QJsonValue(-1e300) << "-1e+300";
    QTest::newRow("true") << QJsonValue(true) << "true";
    QTest::newRow("false") << QJsonValue(false) << "false";
    QTest::newRow("array of scalars") << QJsonValue(QJsonArray { "a", " b ", QJsonValue(), 3, "null" }) << "a; b; 3";
    QTest::newRow("nested arrays") << QJsonValue(QJsonArray { QJsonArray { "x", "y" }, "z" }) << "x; y; z";
    QTest::newRow("array of objects") << QJsonValue(QJsonArray { QJsonObject { { "a", 1 } } }) << "";
    QTest::newRow("object") << QJsonValue(QJsonObject { { "name", "x" } }) << "";
}

void TestLeadNormalize::text()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, expected);
    QCOMPARE(Normalize::text(input), expected);
}

void TestLeadNormalize::yesNo_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Yes") << QJsonValue("Yes") << "true";
    QTest::newRow("yes") << QJsonValue("yes") << "true";
    QTest::newRow("Y") << QJsonValue("Y") << "true";
    QTest::newRow("true text") << QJsonValue("TRUE") << "true";
    QTest::newRow("1 text") << QJsonValue("1") << "true";
    QTest::newRow("Active") << QJsonValue("Active") << "true";
    QTest::newRow("Open") << QJsonValue(" Open ") << "true";
    QTest::newRow("No") << QJsonValue("No") << "false";
    QTest::newRow("n") << QJsonValue("n") << "false";
    QTest::newRow("false text") << QJsonValue("false") << "false";
    QTest::newRow("0 text") << QJsonValue("0") << "false";
    QTest::newRow("Closed") << QJsonValue("Closed") << "false";
    QTest::newRow("Inactive") << QJsonValue("Inactive") << "false";
    QTest::newRow("maybe") << QJsonValue("maybe") << "<nullopt>";
    QTest::newRow("pending") << QJsonValue("pending") << "<nullopt>";
    QTest::newRow("empty") << QJsonValue("") << "<nullopt>";
    QTest::newRow("literal null") << QJsonValue("null") << "<nullopt>";
    QTest::newRow("JSON true") << QJsonValue(true) << "true";
    QTest::newRow("JSON false") << QJsonValue(false) << "false";
    QTest::newRow("JSON 1") << QJsonValue(1) << "true";
    QTest::newRow("JSON 0") << QJsonValue(0) << "false";
    QTest::newRow("JSON null") << QJsonValue(QJsonValue::Null) << "<nullopt>";
    QTest::newRow("object") << QJsonValue(QJsonObject { { "active", true } }) << "<nullopt>";
}

void TestLeadNormalize::yesNo()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, expected);
    QCOMPARE(shown(Normalize::yesNo(input)), expected);
    if (input.isString())
        QCOMPARE(shown(Normalize::yesNo(QStringView(input.toString()))), expected);
}

void TestLeadNormalize::link_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("SAM link with stray spaces")
        << QJsonValue(" https://api-alpha.sam.gov/prodlike /opportunities/v1/noticedesc?noticeid=ea55")
        << "https://api-alpha.sam.gov/prodlike/opportunities/v1/noticedesc?noticeid=ea55";
    QTest::newRow("plain link") << QJsonValue("https://sam.gov/opp/1/view") << "https://sam.gov/opp/1/view";
    QTest::newRow("HTTP upper case") << QJsonValue("HTTP://EXAMPLE.GOV/ a") << "HTTP://EXAMPLE.GOV/a";
    QTest::newRow("not http: only trimmed") << QJsonValue("  see the notice board  ") << "see the notice board";
    QTest::newRow("literal null") << QJsonValue("null") << "";
    QTest::newRow("JSON null") << QJsonValue(QJsonValue::Null) << "";
    QTest::newRow("array: first non-empty")
        << QJsonValue(QJsonArray { "", "null", " https://a.example/x " }) << "https://a.example/x";
    QTest::newRow("object with href") << QJsonValue(
        QJsonObject { { "rel", "self" }, { "href", " https://b.example " } })
                                      << "https://b.example";
    QTest::newRow("number") << QJsonValue(5) << "";
}

void TestLeadNormalize::link()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, expected);
    QCOMPARE(Normalize::link(input), expected);
    if (input.isString())
        QCOMPARE(Normalize::link(QStringView(input.toString())), expected);
}

void TestLeadNormalize::nowUtc()
{
    const QString now = Clock::nowUtcText();
    QVERIFY2(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$").match(now).hasMatch(), qPrintable(now));
    // What the cache writes, it reads back unchanged.
    QCOMPARE(shown(Normalize::timestamp(QStringView(now))), now);

    // Stopped, the clock moves only when told; both "now" and "today" read it.
    {
        Clock::Fake fake(QDateTime(QDate(2026, 3, 1), QTime(23, 59, 59), Qt::UTC));
        QCOMPARE(Clock::nowUtcText(), QStringLiteral("2026-03-01T23:59:59Z"));
        QCOMPARE(Clock::today(), QDate(2026, 3, 1));
        fake.advance(1);
        QCOMPARE(Clock::nowUtcText(), QStringLiteral("2026-03-02T00:00:00Z"));
        QCOMPARE(Clock::today(), QDate(2026, 3, 2));
    }
    // A pinned day keeps the time of day running, so "now" falls on "today".
    qputenv("TRADELEADS_TODAY", "2031-05-06");
    QCOMPARE(Clock::today(), QDate(2031, 5, 6));
    QCOMPARE(Clock::nowUtc().date(), QDate(2031, 5, 6));
    qunsetenv("TRADELEADS_TODAY");
    QVERIFY(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc()) < 5);
}

QTEST_GUILESS_MAIN(TestLeadNormalize)
#include "tst_leadnormalize.moc"
