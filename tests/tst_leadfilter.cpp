#include "LeadFilter.h"
#include "LeadFilterFields.h"
#include "LeadStore.h"
#include "SavedSearchFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <type_traits>

namespace {

Lead lead(const QString& id, const QString& source, const QString& country, const QString& naics,
          const QString& deadline, const QString& setAside = {})
{
    Lead l;
    l.source = source;
    l.sourceId = id;
    l.title = QStringLiteral("Lead ") + id;
    l.country = country;
    l.naicsCode = naics;
    l.deadlineAt = deadline;
    l.setAsideCode = setAside;
    l.industry = QStringLiteral("Aerospace and Defense");
    l.postedAt = QStringLiteral("2026-01-05");
    l.raw = id.toUtf8();
    return l;
}

// A value for any field: what an analyst might have set.
void setSample(const LeadFilterFields::Field& field, LeadFilter& filter)
{
    std::visit(
        [&](auto member) {
            auto& value = filter.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>)
                value = field.kind == LeadFilterFields::Kind::SortColumn ? QStringLiteral("posted_at")
                    : field.kind == LeadFilterFields::Kind::Timestamp    ? QStringLiteral("2026-01-05T10:00:00Z")
                                                                         : QStringLiteral("road repair");
            else if constexpr (std::is_same_v<T, QStringList>)
                value = QStringList{"23", "midwest"};
            else if constexpr (std::is_same_v<T, QDate>)
                value = QDate(2026, 2, 3);
            else if constexpr (std::is_same_v<T, bool>)
                value = true;
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                value = 21;
            else
                value = 1250000.5;
        },
        field.member);
}

} // namespace

class TestLeadFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ftsQuery_data();
    void ftsQuery();
    void jsonRoundTrip();
    void badJsonIsAnError();
    void jsonKeepsItsBytes();
    void everyFieldRoundTripsAndIsDescribed();
    void fieldTableIsConsistent();
    void valueRangeIsDescribedAndChipped();
    void descriptionListsEveryCriterion();
    void matches_data();
    void matches();
    void sortsWithMissingValuesLast();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LeadStore> m_store;
};

void TestLeadFilter::initTestCase()
{
    auto store = LeadStore::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    const QList<Lead> leads = {
        lead(QStringLiteral("1"), QStringLiteral("sam"), QStringLiteral("US"), QStringLiteral("236220"),
             QStringLiteral("2026-01-09T12:00:00Z"), QStringLiteral("SBA")),
        lead(QStringLiteral("2"), QStringLiteral("sam"), QStringLiteral("US"), QStringLiteral("541512"),
             QStringLiteral("2026-01-20T12:00:00Z"), QStringLiteral("8A")),
        lead(QStringLiteral("3"), QStringLiteral("ita-uk"), QStringLiteral("GB"), QString(), QStringLiteral("2026-01-12")),
        lead(QStringLiteral("4"), QStringLiteral("ita-canada"), QStringLiteral("CA"), QString(), QString()),
        lead(QStringLiteral("5"), QStringLiteral("ita-state"), QStringLiteral("MX"), QString(),
             QStringLiteral("2026-03-01")),
    };
    QVERIFY(m_store->upsert(leads).ok());
    LeadUserData starred;
    starred.starred = true;
    starred.status = QStringLiteral("bidding");
    starred.tags = QStringLiteral("Lighting, midwest");
    QVERIFY(m_store->setUserData(QStringLiteral("ita-uk"), QStringLiteral("3"), starred).ok());
    LeadUserData reviewing;
    reviewing.status = QStringLiteral("reviewing");
    reviewing.tags = QStringLiteral("roads_2026");
    reviewing.notes = QStringLiteral("Call the contracting officer");
    QVERIFY(m_store->setUserData(QStringLiteral("sam"), QStringLiteral("1"), reviewing).ok());
    // Re-synced, even amended: the analyst's data stays with the lead.
    QList<Lead> again = leads;
    again[0].title += QStringLiteral(" (amended)");
    QVERIFY(m_store->upsert(again).ok());
}

void TestLeadFilter::ftsQuery_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain words") << QStringLiteral("road repair") << QStringLiteral("\"road\" \"repair\"");
    QTest::newRow("phrase") << QStringLiteral("\"road repair\" bridge") << QStringLiteral("\"road repair\" \"bridge\"");
    QTest::newRow("prefix") << QStringLiteral("constr*") << QStringLiteral("\"constr\"*");
    QTest::newRow("operators") << QStringLiteral("road OR bridge NOT rail")
                               << QStringLiteral("\"road\" OR \"bridge\" NOT \"rail\"");
    QTest::newRow("lower-case or is a word") << QStringLiteral("road or bridge")
                                             << QStringLiteral("\"road\" \"or\" \"bridge\"");
    QTest::newRow("leading and trailing operators dropped") << QStringLiteral("OR road AND")
                                                            << QStringLiteral("\"road\"");
    QTest::newRow("fts syntax made safe") << QStringLiteral("title:road NEAR(a b) ^x")
                                          << QStringLiteral("\"title\" \"road\" \"NEAR\" \"a\" \"b\" \"x\"");
    QTest::newRow("unterminated quote") << QStringLiteral("\"road rep") << QStringLiteral("\"road rep\"");
    QTest::newRow("hyphenated number") << QStringLiteral("W912-24-R-0001")
                                       << QStringLiteral("\"W912-24-R-0001\"");
    QTest::newRow("only punctuation") << QStringLiteral("\"\" ( ) * :") << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich café") << QStringLiteral("\"Zürich\" \"café\"");
}

void TestLeadFilter::ftsQuery()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(LeadFilter::ftsQuery(typed), expected);
}

void TestLeadFilter::jsonRoundTrip()
{
    LeadFilter filter;
    filter.text = QStringLiteral("\"road repair\" OR bridge");
    filter.sources = {QStringLiteral("sam"), QStringLiteral("ita-uk")};
    filter.countries = {QStringLiteral("US")};
    filter.naicsPrefixes = {QStringLiteral("23")};
    filter.setAsideCodes = {QStringLiteral("SBA")};
    filter.noticeTypes = {QStringLiteral("Presolicitation")};
    filter.postedFrom = QDate(2026, 1, 1);
    filter.dueTo = QDate(2026, 6, 30);
    filter.openOnly = true;
    filter.dueWithinDays = 14;
    filter.starredOnly = true;
    filter.statuses = {QStringLiteral("bidding")};
    filter.tags = {QStringLiteral("midwest")};
    filter.valueMin = 5000;
    filter.sortColumn = QStringLiteral("posted_at");
    filter.descending = true;
    auto parsed = LeadFilter::fromJson(filter.toJson());
    QVERIFY(parsed.ok());
    QVERIFY(*parsed == filter);
    QVERIFY(!filter.isEmpty());
    QVERIFY(LeadFilter().isEmpty());
}

void TestLeadFilter::badJsonIsAnError()
{
    QVERIFY(!LeadFilter::fromJson("{\"text\": ").ok());
    QVERIFY(!LeadFilter::fromJson("[1,2]").ok());
    auto wrongTypes = LeadFilter::fromJson(R"({"sources": "sam", "open": "yes", "dueWithinDays": "x"})");
    QVERIFY(wrongTypes.ok());
    QVERIFY(wrongTypes->sources.isEmpty());
    QVERIFY(!wrongTypes->dueWithinDays);
    // Days that are not a whole number from 0 to a century are ignored, not read as 0.
    for (const char* days : {"-3.5", "3.5", "-1", "1e12", "36501"}) {
        auto odd = LeadFilter::fromJson(QByteArray("{\"dueWithinDays\": ") + days + "}");
        QVERIFY(odd.ok());
        QVERIFY2(!odd->dueWithinDays, days);
    }
    QCOMPARE(LeadFilter::fromJson(R"({"dueWithinDays": 36500})")->dueWithinDays, 36500);
    QCOMPARE(LeadFilter::fromJson(R"({"dueWithinDays": 0})")->dueWithinDays, 0);
}

// What existing caches and shared files hold reads and writes byte for byte as before.
void TestLeadFilter::jsonKeepsItsBytes()
{
    const QByteArray saved
        = R"({"countries":["US"],"descending":true,"dueFrom":"2026-01-09","dueTo":"2026-06-30",)"
          R"("dueWithinDays":14,"industries":["Energy"],"naics":["23"],"open":true,)"
          R"("postedFrom":"2026-01-01","postedTo":"2026-01-31","setAsides":["SBA"],"sort":"posted_at",)"
          R"("sources":["sam","ita-uk"],"starred":true,"statuses":["bidding"],"tags":["midwest"],)"
          R"("text":"road","types":["Presolicitation"],"valueMax":250000.5,"valueMin":5000})";
    const auto filter = LeadFilter::fromJson(saved);
    QVERIFY(filter.ok());
    QCOMPARE(filter->countries, QStringList{"US"});
    QCOMPARE(filter->naicsPrefixes, QStringList{"23"});
    QCOMPARE(filter->dueWithinDays, 14);
    QCOMPARE(filter->valueMax, 250000.5);
    QCOMPARE(filter->sortColumn, QStringLiteral("posted_at"));
    QCOMPARE(filter->toJson(), saved);
    LeadFilter unsaved;
    unsaved.firstSeenAfter = QStringLiteral("2026-01-05T10:00:00Z");
    QCOMPARE(unsaved.toJson(), QByteArray("{}"));
}

// Each field of the table on its own: it is saved (or deliberately not), described, shown as
// chips, accepted by the saved-search file's check, and cleared.
void TestLeadFilter::everyFieldRoundTripsAndIsDescribed()
{
    for (const LeadFilterFields::Field& field : LeadFilterFields::all()) {
        const QByteArray name = field.key ? QByteArray(field.key) : QByteArray("(not saved)");
        LeadFilter filter;
        setSample(field, filter);
        QVERIFY2(field.isSet(filter), name);
        QVERIFY2(!(filter == LeadFilter()), name);

        const QByteArray json = filter.toJson();
        const auto parsed = LeadFilter::fromJson(json);
        QVERIFY2(parsed.ok(), name);
        if (field.key) {
            QVERIFY2(*parsed == filter, json);
            QVERIFY2(json.contains('"' + name + "\":"), json);
            const QString problem = SavedSearchFile::filterProblem(QJsonDocument::fromJson(json).object());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QCOMPARE(json, QByteArray("{}"));
            QVERIFY2(*parsed == LeadFilter(), name);
        }

        const QStringList lines = LeadFilterFields::describe(filter);
        const QList<LeadFilterFields::Chip> chips = LeadFilterFields::chips(filter);
        if (field.role == LeadFilterFields::Role::Criterion) {
            QVERIFY2(!filter.isEmpty(), name);
            QVERIFY2(!field.describe(filter).isEmpty(), name);
            QCOMPARE(lines, QStringList{field.describe(filter)});
            QVERIFY2(!chips.isEmpty(), name);
            for (const LeadFilterFields::Chip& chip : chips) {
                QVERIFY2(!chip.text.isEmpty(), name);
                chip.remove(filter);
            }
            QVERIFY2(filter == LeadFilter(), name); // the chips together remove the whole field
            setSample(field, filter);
        } else {
            QVERIFY2(lines.isEmpty(), name);
            QVERIFY2(chips.isEmpty(), name);
            QCOMPARE(filter.isEmpty(), field.role == LeadFilterFields::Role::Sort);
        }

        field.clear(filter);
        QVERIFY2(!field.isSet(filter), name);
        QVERIFY2(filter == LeadFilter(), name);
    }
}

void TestLeadFilter::fieldTableIsConsistent()
{
    const auto fields = LeadFilterFields::all();
    QSet<QString> keys;
    QSet<QString> flags;
    for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
        const LeadFilterFields::Field& field = fields[i];
        if (field.key) {
            QVERIFY2(!keys.contains(field.jsonKey()), field.key);
            keys.insert(field.jsonKey());
            QCOMPARE(LeadFilterFields::byKey(QString(field.jsonKey())), &field);
        }
        if (field.cli.name) {
            QVERIFY2(!flags.contains(QLatin1String(field.cli.name)), field.cli.name);
            flags.insert(QLatin1String(field.cli.name));
            QVERIFY2(field.cli.help, field.cli.name);
        }
        if (field.role == LeadFilterFields::Role::Criterion) {
            QVERIFY2(field.description && field.chip, field.key);
        }
        if (field.bound == LeadFilterFields::Bound::From) {
            QVERIFY(i + 1 < qsizetype(fields.size()));
            QCOMPARE(fields[i + 1].bound, LeadFilterFields::Bound::To);
            QCOMPARE(fields[i + 1].kind, field.kind);
            QCOMPARE(QByteArray(fields[i + 1].description), QByteArray(field.description));
        }
    }
    QVERIFY(!LeadFilterFields::byKey(u"firstSeenAfter"));
    QVERIFY(!LeadFilterFields::byKey(u"radiusKm"));
    // The keys saved filters have always had, and the command line's flags as they were spelled.
    QCOMPARE(keys, (QSet<QString>{"text", "sources", "countries", "industries", "naics", "setAsides", "types",
                                  "statuses", "tags", "postedFrom", "postedTo", "dueFrom", "dueTo", "open",
                                  "dueWithinDays", "starred", "valueMin", "valueMax", "families", "sort", "descending"}));
    QCOMPARE(flags, (QSet<QString>{"source", "country", "industry", "naics", "set-aside", "type", "status", "tag",
                                   "posted-from", "posted-to", "due-from", "due-to", "open", "due-within",
                                   "starred", "families"}));
}

// A value range filters leads: the export says so, and the filter bar shows it as chips.
void TestLeadFilter::valueRangeIsDescribedAndChipped()
{
    LeadFilter filter;
    filter.valueMin = 1000;
    filter.valueMax = 250000.5;
    QCOMPARE(LeadFilterFields::describe(filter), QStringList{"Value: from 1000 to 250000.5"});
    QList<LeadFilterFields::Chip> chips = LeadFilterFields::chips(filter);
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips[0].text, "Value at least " + QLocale().toString(1000.0, 'g', 15));
    QCOMPARE(chips[1].text, "Value at most " + QLocale().toString(250000.5, 'g', 15));
    chips[1].remove(filter);
    QCOMPARE(filter.valueMin, 1000.0);
    QVERIFY(!filter.valueMax);
    QCOMPARE(LeadFilterFields::describe(filter), QStringList{"Value: from 1000"});
    filter.valueMin.reset();
    filter.valueMax = 5000;
    QCOMPARE(LeadFilterFields::describe(filter), QStringList{"Value: up to 5000"});
    QCOMPARE(LeadFilterFields::chips(filter).size(), 1);
}

void TestLeadFilter::descriptionListsEveryCriterion()
{
    LeadFilter filter;
    filter.text = QStringLiteral("road");
    filter.sources = {QStringLiteral("sam"), QStringLiteral("ita-uk")};
    filter.naicsPrefixes = {QStringLiteral("23")};
    filter.statuses = {QStringLiteral("bidding")};
    filter.tags = {QStringLiteral("midwest"), QStringLiteral("roads")};
    filter.postedFrom = QDate(2026, 1, 1);
    filter.postedTo = QDate(2026, 1, 31);
    filter.dueTo = QDate(2026, 6, 30);
    filter.openOnly = true;
    filter.dueWithinDays = 14;
    filter.starredOnly = true;
    filter.valueMin = 5000;
    filter.sortColumn = QStringLiteral("posted_at");
    filter.descending = true;
    QCOMPARE(LeadFilterFields::describe(filter),
             (QStringList{"Text: road", "Sources: sam, ita-uk", "NAICS prefixes: 23", "Pipeline status: bidding",
                          "Tags: midwest, roads", "Posted: from 2026-01-01 to 2026-01-31",
                          "Deadline: up to 2026-06-30", "Open leads only", "Due within 14 days",
                          "Starred leads only", "Value: from 5000"}));
    QStringList chips;
    for (const LeadFilterFields::Chip& chip : LeadFilterFields::chips(filter))
        chips.append(chip.text);
    QCOMPARE(chips.size(), 14);
    QCOMPARE(chips.first(), QStringLiteral("Keywords: road"));
    QVERIFY(chips.contains("NAICS: 23* Construction")); // the prefix in words
    QVERIFY(chips.contains("Tag: roads"));
    QVERIFY(chips.contains("Due within 14 day(s)") || chips.contains("Due within 14 days"));
    QCOMPARE(chips.last(), "Value at least " + QLocale().toString(5000.0, 'g', 15));
}

void TestLeadFilter::matches_data()
{
    QTest::addColumn<QByteArray>("filterJson");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("everything") << QByteArray("{}") << QStringList{"1", "3", "2", "5", "4"};
    QTest::newRow("source") << QByteArray(R"({"sources":["sam"]})") << QStringList{"1", "2"};
    QTest::newRow("all ITA leads") << QByteArray(R"({"sources":["ita-leads"]})") << QStringList{"3", "5", "4"};
    QTest::newRow("country by name") << QByteArray(R"({"countries":["United Kingdom"]})") << QStringList{"3"};
    QTest::newRow("country alpha-3") << QByteArray(R"({"countries":["MEX"]})") << QStringList{"5"};
    QTest::newRow("naics prefix") << QByteArray(R"({"naics":["54"]})") << QStringList{"2"};
    QTest::newRow("set-aside any case") << QByteArray(R"({"setAsides":["sba"]})") << QStringList{"1"};
    QTest::newRow("open") << QByteArray(R"({"open":true})") << QStringList{"3", "2", "5", "4"};
    QTest::newRow("due within 10 days") << QByteArray(R"({"dueWithinDays":10})") << QStringList{"3", "2"};
    QTest::newRow("due range") << QByteArray(R"({"dueFrom":"2026-01-09","dueTo":"2026-01-12"})")
                               << QStringList{"1", "3"};
    QTest::newRow("starred") << QByteArray(R"({"starred":true})") << QStringList{"3"};
    QTest::newRow("pipeline status") << QByteArray(R"({"statuses":["bidding"]})") << QStringList{"3"};
    QTest::newRow("statuses any case") << QByteArray(R"({"statuses":["Reviewing","bidding"]})")
                                       << QStringList{"1", "3"};
    QTest::newRow("tag part any case") << QByteArray(R"({"tags":["lighting"]})") << QStringList{"3"};
    QTest::newRow("tags any of") << QByteArray(R"({"tags":["midwest","roads"]})") << QStringList{"1", "3"};
    QTest::newRow("tag wildcard is literal") << QByteArray(R"({"tags":["roads%2026"]})") << QStringList{};
    QTest::newRow("tag underscore is literal") << QByteArray(R"({"tags":["s_2"]})") << QStringList{"1"};
    QTest::newRow("sorted by status") << QByteArray(R"({"sort":"status"})") << QStringList{"3", "1", "2", "4", "5"};
    QTest::newRow("sorted by tags") << QByteArray(R"({"sort":"tags"})") << QStringList{"3", "1", "2", "4", "5"};
    QTest::newRow("industry part") << QByteArray(R"({"industries":["aerospace"]})")
                                   << QStringList{"1", "3", "2", "5", "4"};
    QTest::newRow("industry wildcard is literal") << QByteArray(R"({"industries":["%"]})") << QStringList{};
}

void TestLeadFilter::matches()
{
    QFETCH(QByteArray, filterJson);
    QFETCH(QStringList, ids);
    auto filter = LeadFilter::fromJson(filterJson);
    QVERIFY(filter.ok());
    auto rows = m_store->search(*filter, 100, QDate(2026, 1, 10));
    QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
    QStringList found;
    for (const StoredLead& row : *rows)
        found.append(row.lead.sourceId);
    QCOMPARE(found, ids);
    QCOMPARE(m_store->count(*filter, QDate(2026, 1, 10)).value(), qint64(ids.size()));
}

void TestLeadFilter::sortsWithMissingValuesLast()
{
    LeadFilter filter;
    filter.sortColumn = QStringLiteral("deadline");
    filter.descending = true;
    auto rows = m_store->search(filter, 100, QDate(2026, 1, 10));
    QVERIFY(rows.ok());
    QStringList found;
    for (const StoredLead& row : *rows)
        found.append(row.lead.sourceId);
    QCOMPARE(found, (QStringList{"5", "2", "3", "1", "4"}));
}

QTEST_GUILESS_MAIN(TestLeadFilter)
#include "tst_leadfilter.moc"
