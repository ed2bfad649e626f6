// "Leads like this one": a planted group of leads that share distinctive words comes before
// unrelated leads; the lead's own family, closed leads and leads outside the filter never come.
// One suite, two fixtures: each test runs on a local cache and on a team server.
#include "LeadStore.h"
#include "LeadTerms.h"
#include "TwoBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate kToday(2026, 3, 2);
const QString kServerDatabase = QStringLiteral("tl_similarleads");

// Everyday procurement words, shared by every lead, so that only the planted words tell.
const QStringList kCommonWords = { "services", "support", "contract", "requirement", "government", "delivery",
                                   "facility", "maintenance", "equipment", "repair", "office", "regional" };
const QStringList kOtherTopics = { "janitorial", "landscaping", "catering", "fuel", "printing", "laundry",
                                   "elevator", "roofing", "paving", "security", "courier", "translation" };

Lead makeLead(const QString& id, const QString& title, const QString& description, const QString& naics = {},
              const QString& deadline = QStringLiteral("2026-04-15"))
{
    Lead lead;
    lead.source = QStringLiteral("sam");
    lead.sourceId = id;
    lead.title = title;
    lead.description = description;
    lead.agency = QStringLiteral("DEPT OF THE NAVY");
    lead.naicsCode = naics;
    lead.noticeType = QStringLiteral("Solicitation");
    lead.solicitationNumber = QStringLiteral("SOL-") + id; // a family of its own
    lead.postedAt = QStringLiteral("2026-02-01");
    lead.deadlineAt = deadline;
    lead.active = true;
    lead.raw = QByteArrayLiteral("{\"noticeId\":\"") + id.toUtf8() + "\"}";
    return lead;
}

} // namespace

class TestSimilarLeads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void termsAreSpelledAsTheIndexSpellsThem();
    void plantedNeighboursComeFirst();
    void plantedNeighboursComeFirstWithTheServersStatistics();
    void ownFamilyClosedAndFilteredLeadsStayOut();
    void sharedNaicsCodeLiftsALead();
    void leadWithoutTellingWordsHasNoNeighbours();
    void commandLine();

private:
    qint64 idOf(const QString& sourceId) const;
    QStringList similarTo(const QString& sourceId, const LeadFilter& candidates = {}, int limit = 20) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LeadStore> m_store;
    QString m_serverProblem; // why the server's database was not made
};

void TestSimilarLeads::initTestCase_data()
{
    TwoBackends::addRows();
}

void TestSimilarLeads::initTestCase()
{
    m_serverProblem = TwoBackends::createDatabase(kServerDatabase);
}

void TestSimilarLeads::cleanupTestCase()
{
    if (m_serverProblem.isEmpty())
        PgTestServer::dropDatabase(kServerDatabase);
}

void TestSimilarLeads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TWO_BACKENDS_INIT(kServerDatabase, m_serverProblem);
    auto store = LeadStore::open(TwoBackends::location(*m_dir, kServerDatabase));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);

    QList<Lead> leads;
    // 120 unrelated leads: the common words, and a topic of their own.
    for (int i = 0; i < 120; ++i) {
        const QString topic = kOtherTopics.at(i % kOtherTopics.size());
        QStringList words;
        for (int w = 0; w < 8; ++w)
            words.append(kCommonWords.at((i + w) % kCommonWords.size()));
        leads.append(makeLead(QStringLiteral("other-%1").arg(i), topic + QStringLiteral(" services ") + QString::number(i),
                              words.join(u' ') + u' ' + topic, QStringLiteral("561720")));
    }
    // The planted group: the common words, plus words no other lead has.
    const QString planted = QStringLiteral("cryogenic zeolite adsorber refurbishment");
    for (int i = 0; i < 5; ++i)
        leads.append(makeLead(QStringLiteral("planted-%1").arg(i),
                              QStringLiteral("Cryogenic zeolite adsorber refurbishment, hull %1").arg(i),
                              kCommonWords.join(u' ') + u' ' + planted, QStringLiteral("333912")));
    // One planted word only: related, but less than the group.
    leads.append(makeLead(QStringLiteral("half"), QStringLiteral("Zeolite media supply"),
                          kCommonWords.join(u' ') + QStringLiteral(" zeolite media"), QStringLiteral("424690")));
    auto upserted = m_store->upsert(leads);
    QVERIFY2(upserted.ok(), qPrintable(upserted.errorMessage()));
}

void TestSimilarLeads::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestSimilarLeads::idOf(const QString& sourceId) const
{
    auto lead = m_store->lead(QStringLiteral("sam"), sourceId);
    return lead ? lead->id : -1;
}

QStringList TestSimilarLeads::similarTo(const QString& sourceId, const LeadFilter& candidates, int limit) const
{
    LeadFilter open = candidates;
    open.openOnly = true;
    auto similar = m_store->similarLeads(idOf(sourceId), open, kToday, limit);
    if (!similar) {
        qWarning("%s", qPrintable(similar.errorMessage()));
        return { QStringLiteral("error") };
    }
    QStringList ids;
    for (const StoredLead& row : *similar)
        ids.append(row.lead.sourceId);
    return ids;
}

void TestSimilarLeads::termsAreSpelledAsTheIndexSpellsThem()
{
    Lead lead;
    lead.title = QStringLiteral("Réfection du Quai — QUAI 7, the pier");
    lead.description = QStringLiteral("Quai quai 2026 de");
    const QHash<QString, double> terms = LeadTerms::weighted(lead);
    // Accents and case go, a title word weighs three, a description word one; short words,
    // numbers and "the" are no terms.
    QCOMPARE(terms.value(QStringLiteral("quai")), 2 * 3.0 + 2 * 1.0);
    QCOMPARE(terms.value(QStringLiteral("refection")), 3.0);
    QCOMPARE(terms.value(QStringLiteral("pier")), 3.0);
    QVERIFY(!terms.contains(QStringLiteral("the")));
    QVERIFY(!terms.contains(QStringLiteral("2026")));
    QVERIFY(!terms.contains(QStringLiteral("du")));
    QCOMPARE(LeadTerms::indexSpelling(QStringLiteral("Çà Ü")), QStringLiteral("ca u"));
}

void TestSimilarLeads::plantedNeighboursComeFirst()
{
    const QStringList similar = similarTo(QStringLiteral("planted-0"));
    QVERIFY2(similar.size() >= 5, qPrintable(similar.join(u' ')));
    // The four other planted leads, then the one that shares a single planted word.
    QStringList firstFour = similar.mid(0, 4);
    firstFour.sort();
    QCOMPARE(firstFour, QStringList({ "planted-1", "planted-2", "planted-3", "planted-4" }));
    QCOMPARE(similar.at(4), QStringLiteral("half"));
    QVERIFY(!similar.contains(QStringLiteral("planted-0"))); // never itself
    // A limit is a limit.
    QCOMPARE(similarTo(QStringLiteral("planted-0"), {}, 2).size(), 2);
}

// With the planner's statistics of the keyword vector (after ANALYZE), the server reads how
// common each word is from them: the same neighbours come first.
void TestSimilarLeads::plantedNeighboursComeFirstWithTheServersStatistics()
{
    if (TwoBackends::onServer()) {
        const QString analysed = PgTestServer::exec(kServerDatabase, QStringLiteral("ANALYZE tradeleads.lead"));
        QVERIFY2(analysed.isEmpty(), qPrintable(analysed));
        const QString listed = PgTestServer::exec(
            kServerDatabase, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_stats WHERE tablename = 'lead' "
                                            "AND attname = 'fts' AND most_common_elems IS NOT NULL) THEN "
                                            "RAISE 'no statistics of the keyword vector'; END IF; END $$"));
        QVERIFY2(listed.isEmpty(), qPrintable(listed));
    }
    plantedNeighboursComeFirst();
}

void TestSimilarLeads::ownFamilyClosedAndFilteredLeadsStayOut()
{
    // planted-1 closes before today; planted-2 becomes a notice of planted-0's family.
    QList<Lead> changes;
    Lead closed = makeLead(QStringLiteral("planted-1"), QStringLiteral("Cryogenic zeolite adsorber refurbishment, hull 1"),
                           kCommonWords.join(u' ') + QStringLiteral(" cryogenic zeolite adsorber refurbishment"),
                           QStringLiteral("333912"), QStringLiteral("2026-02-20"));
    Lead sameFamily = makeLead(QStringLiteral("planted-2"), QStringLiteral("Cryogenic zeolite adsorber refurbishment, hull 2"),
                               kCommonWords.join(u' ') + QStringLiteral(" cryogenic zeolite adsorber refurbishment"),
                               QStringLiteral("333912"));
    sameFamily.solicitationNumber = QStringLiteral("SOL-planted-0");
    closed.raw = QByteArrayLiteral("{\"noticeId\":\"planted-1\",\"responseDeadLine\":\"2026-02-20\"}");
    sameFamily.raw = QByteArrayLiteral("{\"noticeId\":\"planted-2\",\"solicitationNumber\":\"SOL-planted-0\"}");
    // An award notice of the same work: nothing left to bid on.
    Lead award = makeLead(QStringLiteral("planted-award"), QStringLiteral("Award: cryogenic zeolite adsorber refurbishment"),
                          kCommonWords.join(u' ') + QStringLiteral(" cryogenic zeolite adsorber refurbishment"),
                          QStringLiteral("333912"), QString());
    award.noticeType = QStringLiteral("Award Notice");
    changes << closed << sameFamily << award;
    QVERIFY(m_store->upsert(changes).ok());
    QCOMPARE(m_store->lead(QStringLiteral("sam"), QStringLiteral("planted-2"))->familyId,
             m_store->lead(QStringLiteral("sam"), QStringLiteral("planted-0"))->familyId);

    QStringList similar = similarTo(QStringLiteral("planted-0"));
    QVERIFY(!similar.contains(QStringLiteral("planted-1")));
    QVERIFY(!similar.contains(QStringLiteral("planted-2")));
    QVERIFY(!similar.contains(QStringLiteral("planted-award")));
    QVERIFY(similar.contains(QStringLiteral("planted-3")));

    // The caller's filter narrows the candidates.
    LeadFilter naics;
    naics.naicsPrefixes = { QStringLiteral("4246") };
    QCOMPARE(similarTo(QStringLiteral("planted-0"), naics), QStringList { QStringLiteral("half") });
}

void TestSimilarLeads::sharedNaicsCodeLiftsALead()
{
    // Two leads that share the same planted words equally; the one in the lead's NAICS code first.
    QList<Lead> twins;
    twins << makeLead(QStringLiteral("twin-other-naics"), QStringLiteral("Borescope overhaul kit"),
                      QStringLiteral("borescope overhaul kit"), QStringLiteral("541330"))
          << makeLead(QStringLiteral("twin-same-naics"), QStringLiteral("Borescope overhaul kit"),
                      QStringLiteral("borescope overhaul kit"), QStringLiteral("333912"))
          << makeLead(QStringLiteral("asker"), QStringLiteral("Borescope overhaul kit"),
                      QStringLiteral("borescope overhaul kit"), QStringLiteral("333912"));
    QVERIFY(m_store->upsert(twins).ok());
    const QStringList similar = similarTo(QStringLiteral("asker"));
    QVERIFY2(similar.size() >= 2, qPrintable(similar.join(u' ')));
    QCOMPARE(similar.mid(0, 2), QStringList({ "twin-same-naics", "twin-other-naics" }));
}

void TestSimilarLeads::leadWithoutTellingWordsHasNoNeighbours()
{
    QVERIFY(m_store->upsert({ makeLead(QStringLiteral("plain"), QStringLiteral("Services"), QStringLiteral("the 2026")) }).ok());
    QCOMPARE(similarTo(QStringLiteral("plain")), QStringList());
    auto missing = m_store->similarLeads(987654321, LeadFilter(), kToday, 20);
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorMessage().contains(QStringLiteral("987654321")));
}

void TestSimilarLeads::commandLine()
{
    m_store.reset(); // the command opens the cache itself
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("TRADELEADS_TODAY"), kToday.toString(Qt::ISODate));
    environment.remove(QStringLiteral("TRADELEADS_DB"));
    process.setProcessEnvironment(environment);
    const QString cache = TwoBackends::location(*m_dir, kServerDatabase);
    process.start(QStringLiteral(TRADELEADS_BINARY),
                  { "search", "--db", cache, "--like", "sam:planted-0", "--limit", "4", "--format", "json" });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QStringList ids;
    for (const QJsonValue& row : rows)
        ids.append(row.toObject().value(QStringLiteral("source_id")).toString());
    ids.sort();
    QCOMPARE(ids, QStringList({ "planted-1", "planted-2", "planted-3", "planted-4" }));

    // A lead the cache does not hold, and a value that names none.
    process.start(QStringLiteral(TRADELEADS_BINARY), { "search", "--db", cache, "--like", "sam:nothing-here" });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("nothing-here"));
    process.start(QStringLiteral(TRADELEADS_BINARY), { "search", "--db", cache, "--like", "planted-0" });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--like takes SOURCE:ID"));
}

QTEST_GUILESS_MAIN(TestSimilarLeads)
#include "tst_similarleads.moc"
