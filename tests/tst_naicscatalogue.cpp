#include "NaicsCatalogue.h"

#include <QTest>

using NaicsCatalogue::Level;

class TestNaicsCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void titlesAtEveryLevel_data();
    void titlesAtEveryLevel();
    void sectorsThatSpanCodes();
    void censusFootnoteMarksAreNoPartOfTitles();
    void unknownCodesShowAlone();
    void pathFromSectorDown();
    void treeRollsCountsUp();
    void treeKeepsUnknownCodesUnderTheirKnownAncestor();
};

void TestNaicsCatalogue::titlesAtEveryLevel_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    // Checked against the Census Bureau's 2017 NAICS descriptions.
    QTest::newRow("sector") << "23" << "Construction";
    QTest::newRow("subsector") << "237" << "Heavy and Civil Engineering Construction";
    QTest::newRow("industry group") << "2373" << "Highway, Street, and Bridge Construction";
    QTest::newRow("NAICS industry") << "23622" << "Commercial and Institutional Building Construction";
    QTest::newRow("national industry") << "236220" << "Commercial and Institutional Building Construction";
    QTest::newRow("services") << "541512" << "Computer Systems Design Services";
    QTest::newRow("curly apostrophe") << "31522" << QString::fromUtf8("Men\u2019s and Boys\u2019 Cut and Sew Apparel Manufacturing");
}

void TestNaicsCatalogue::titlesAtEveryLevel()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QCOMPARE(NaicsCatalogue::title(code), title);
    QCOMPARE(NaicsCatalogue::label(code), code + u' ' + title);
}

void TestNaicsCatalogue::sectorsThatSpanCodes()
{
    // Manufacturing is 31-33: each of its two-digit codes is the sector.
    for (const char* code : { "31", "32", "33", "31-33" })
        QCOMPARE(NaicsCatalogue::title(QString::fromLatin1(code)), QStringLiteral("Manufacturing"));
    QCOMPARE(NaicsCatalogue::title(QStringLiteral("44")), QStringLiteral("Retail Trade"));
    QCOMPARE(NaicsCatalogue::title(QStringLiteral("49")), QStringLiteral("Transportation and Warehousing"));
    QCOMPARE(NaicsCatalogue::path(QStringLiteral("332710")).first().code, QStringLiteral("31-33"));
}

void TestNaicsCatalogue::censusFootnoteMarksAreNoPartOfTitles()
{
    // The Census files end some titles with "T" (alike in Canada, Mexico and the US).
    QCOMPARE(NaicsCatalogue::title(QStringLiteral("11")), QStringLiteral("Agriculture, Forestry, Fishing and Hunting"));
    QCOMPARE(NaicsCatalogue::title(QStringLiteral("7224")), QStringLiteral("Drinking Places (Alcoholic Beverages)"));
    QCOMPARE(NaicsCatalogue::title(QStringLiteral("81")), QStringLiteral("Other Services (except Public Administration)"));
    QCOMPARE(NaicsCatalogue::edition(), QStringLiteral("NAICS 2017"));
}

void TestNaicsCatalogue::unknownCodesShowAlone()
{
    // 513210 (software publishers) came with NAICS 2022; 99 is no sector at all.
    for (const char* code : { "513210", "999999", "99", "1234567", "23a", "" }) {
        const QString text = QString::fromLatin1(code);
        QVERIFY2(NaicsCatalogue::title(text).isEmpty(), code);
        QCOMPARE(NaicsCatalogue::label(text), text);
    }
    QVERIFY(NaicsCatalogue::path(QStringLiteral("1234567")).isEmpty());
    QVERIFY(NaicsCatalogue::path(QStringLiteral("23a")).isEmpty());
}

void TestNaicsCatalogue::pathFromSectorDown()
{
    const QList<NaicsCatalogue::Entry> path = NaicsCatalogue::path(QStringLiteral("236220"));
    QStringList codes;
    QList<Level> levels;
    for (const auto& entry : path) {
        codes.append(entry.code);
        levels.append(entry.level);
    }
    QCOMPARE(codes, QStringList({ "23", "236", "2362", "23622", "236220" }));
    QCOMPARE(levels, QList<Level>({ Level::Sector, Level::Subsector, Level::IndustryGroup, Level::Industry,
                                    Level::NationalIndustry }));
    QCOMPARE(path.at(1).title, QStringLiteral("Construction of Buildings"));
    QCOMPARE(path.at(2).title, QStringLiteral("Nonresidential Building Construction"));

    // A 2022 code under a 2017 subsector: the levels the table knows, then the code alone.
    const QList<NaicsCatalogue::Entry> newer = NaicsCatalogue::path(QStringLiteral("513210"));
    QCOMPARE(newer.first().title, QStringLiteral("Information"));
    QCOMPARE(newer.last().code, QStringLiteral("513210"));
    QVERIFY(newer.last().title.isEmpty());
}

void TestNaicsCatalogue::treeRollsCountsUp()
{
    const QHash<QString, qint64> counts = {
        { "237310", 5 }, { "237110", 2 }, { "236220", 4 }, { "332710", 3 }, { "541512", 1 }, { "", 9 } };
    const QList<NaicsCatalogue::Node> tree = NaicsCatalogue::tree(counts);
    QCOMPARE(tree.size(), 3); // Construction, Manufacturing, Professional services; no empty code
    const NaicsCatalogue::Node& construction = tree.at(0);
    QCOMPARE(construction.entry.code, QStringLiteral("23"));
    QCOMPARE(construction.count, qint64(11));
    QCOMPARE(construction.prefixes, QStringList { "23" });
    QCOMPARE(construction.children.size(), 2);
    QCOMPARE(construction.children.at(0).entry.code, QStringLiteral("237")); // 7 leads before 4
    QCOMPARE(construction.children.at(0).count, qint64(7));
    QCOMPARE(construction.children.at(1).count, qint64(4));
    const NaicsCatalogue::Node& highways = construction.children.at(0).children.at(0);
    QCOMPARE(highways.entry.code, QStringLiteral("2373"));
    QCOMPARE(highways.entry.level, Level::IndustryGroup);
    QCOMPARE(highways.children.at(0).children.at(0).entry.code, QStringLiteral("237310"));
    QCOMPARE(highways.children.at(0).children.at(0).count, qint64(5));

    const NaicsCatalogue::Node& manufacturing = tree.at(1);
    QCOMPARE(manufacturing.entry.code, QStringLiteral("31-33"));
    QCOMPARE(manufacturing.entry.title, QStringLiteral("Manufacturing"));
    QCOMPARE(manufacturing.prefixes, QStringList({ "31", "32", "33" }));
    QCOMPARE(manufacturing.count, qint64(3));
    QCOMPARE(tree.at(2).count, qint64(1));
}

void TestNaicsCatalogue::treeKeepsUnknownCodesUnderTheirKnownAncestor()
{
    const QHash<QString, qint64> counts = { { "513210", 2 }, { "511210", 1 }, { "990000", 4 }, { "N/A", 1 } };
    const QList<NaicsCatalogue::Node> tree = NaicsCatalogue::tree(counts);
    QCOMPARE(tree.size(), 3);
    // 99 is no sector: a node of its own at the top, with its code alone.
    QCOMPARE(tree.at(0).entry.code, QStringLiteral("99"));
    QVERIFY(tree.at(0).entry.title.isEmpty());
    QCOMPARE(tree.at(0).children.at(0).entry.code, QStringLiteral("990000"));
    // Information holds both its 2017 code and the newer one.
    QCOMPARE(tree.at(1).entry.code, QStringLiteral("51"));
    QCOMPARE(tree.at(1).count, qint64(3));
    QCOMPARE(tree.at(2).entry.code, QStringLiteral("N/A")); // no code at all, kept as written
}

QTEST_GUILESS_MAIN(TestNaicsCatalogue)
#include "tst_naicscatalogue.moc"
