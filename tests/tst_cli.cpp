// Runs the real `tradeleads` binary: import, search in each format, stats, saved, and the
// exit codes and messages of bad usage and bad files.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString fixture(const QString& name)
{
    return QStringLiteral(TRADELEADS_TEST_DATA "/cli/") + name;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importAndSearchJson();
    void reimportIsIdempotentAndAmendmentCounts();
    void importItaAndCsv();
    void importAsksMallocForHugePages_data();
    void importAsksMallocForHugePages();
    void searchFormats();
    void searchFiltersAndSort();
    void dbBeforeOrAfterSubcommandAndFromEnvironment();
    void malformedRecordIsSkippedAndNamed();
    void recordKeptWithFieldsLeftOutIsNotSkipped();
    void badFilesFailAndLeaveCacheAsItWas_data();
    void badFilesFailAndLeaveCacheAsItWas();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void statsJson();
    void checkReportsHealthyAndDamaged();
    void savedSearches();
    void helpAndVersion();

private:
    Run run(const QStringList& arguments, const QProcessEnvironment& extra = {});
    QString db() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    QJsonArray searchJson(const QStringList& extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCli::run(const QStringList& arguments, const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("TRADELEADS_TODAY"), QStringLiteral("2018-05-01"));
    environment.remove(QStringLiteral("TRADELEADS_DB"));
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRADELEADS_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonArray TestCli::searchJson(const QStringList& extra)
{
    const Run result = run(QStringList{QStringLiteral("search"), QStringLiteral("--db"), db(),
                                       QStringLiteral("--format"), QStringLiteral("json")}
                           + extra);
    if (result.exitCode != 0) {
        qWarning("%s", result.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("search did not print a JSON array: %s", result.out.left(200).constData());
    return document.array();
}

void TestCli::importAndSearchJson()
{
    const Run imported = run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page.json")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("2 new"), imported.out.constData());
    QVERIFY2(imported.err.isEmpty(), imported.err.constData());

    const QJsonArray rows = searchJson({"--sort", "deadline"});
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value("source").toString(), QStringLiteral("sam"));
    QCOMPARE(first.value("source_id").toString(), QStringLiteral("9ffb613fb737018740bbbf250cd8292d"));
    QCOMPARE(first.value("deadline_at").toString(), QStringLiteral("2018-05-08T01:00:00Z"));
    QVERIFY(!first.contains("raw"));
    const QJsonObject second = rows.at(1).toObject();
    QCOMPARE(second.value("title").toString(), QStringLiteral("Judge Rice Courtroom Lighting Project"));
    QCOMPARE(second.value("posted_at").toString(), QStringLiteral("2018-05-09T23:45:22Z"));
    QCOMPARE(second.value("country").toString(), QStringLiteral("US"));
    QCOMPARE(second.value("set_aside_code").toString(), QStringLiteral("SBA"));
    QCOMPARE(second.value("naics_code").toString(), QStringLiteral("236220"));
    QVERIFY(second.value("contacts").isArray());
    QCOMPARE(second.value("contacts").toArray().at(0).toObject().value("email").toString(),
             QStringLiteral("jordan.waldschmidt@gsa.gov"));
    for (const char* key : {"source", "source_id", "title", "description", "description_url", "notice_type",
                            "solicitation_number", "agency", "sub_tier", "office", "country", "location", "industry",
                            "naics_code", "classification_code", "set_aside_code", "set_aside", "posted_at",
                            "deadline_at", "amended_at", "value_min", "value_max", "currency", "active", "url",
                            "contacts", "first_seen_at", "last_seen_at", "content_hash"})
        QVERIFY2(second.contains(QLatin1String(key)), key);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                .match(second.value("first_seen_at").toString())
                .hasMatch());
}

void TestCli::reimportIsIdempotentAndAmendmentCounts()
{
    QCOMPARE(run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page.json")}).exitCode, 0);
    const Run again = run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page.json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("0 new, 0 updated, 2 unchanged"), again.out.constData());
    const Run amended = run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page-amended.json")});
    QCOMPARE(amended.exitCode, 0);
    QVERIFY2(amended.out.contains("0 new, 1 updated, 1 unchanged"), amended.out.constData());
    const Run stats = run({"stats", "--json", "--db", db()});
    const QJsonObject object = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(object.value("leads").toInt(), 2);
    QCOMPARE(object.value("amended").toInt(), 1);
}

void TestCli::importItaAndCsv()
{
    const Run ita = run({"import", "--db", db(), "--format", "ita-json", fixture("ita-page.json")});
    QCOMPARE(ita.exitCode, 0);
    QVERIFY2(ita.out.contains("3 new"), ita.out.constData());
    const Run csv = run({"import", "--db", db(), "--format", "sam-csv", fixture("sam.csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.contains("2 new"), csv.out.constData());

    const QJsonArray uk = searchJson({"--source", "ita-uk"});
    QCOMPARE(uk.size(), 1);
    QCOMPARE(uk.at(0).toObject().value("value_max").toDouble(), 120000.0);
    QCOMPARE(uk.at(0).toObject().value("country").toString(), QStringLiteral("GB"));
    const QJsonArray canada = searchJson({"--country", "CA"});
    QCOMPARE(canada.size(), 1);
    QCOMPARE(canada.at(0).toObject().value("url").toString(), QStringLiteral("https://buyandsell.gc.ca/202"));
    const QJsonArray runway = searchJson({"runway"});
    QCOMPARE(runway.size(), 1);
    QCOMPARE(runway.at(0).toObject().value("deadline_at").toString(), QStringLiteral("2026-01-30"));
    QCOMPARE(runway.at(0).toObject().value("posted_at").toString(), QStringLiteral("2026-01-10T14:00:00Z"));
    QVERIFY(runway.at(0).toObject().value("description").toString().contains(QStringLiteral("\"edge\"")));
    const QJsonArray quebec = searchJson({"quebec"});
    QCOMPARE(quebec.size(), 1);
    QCOMPARE(quebec.at(0).toObject().value("title").toString(), QStringLiteral("Snow removal services – Québec"));
}

void TestCli::importAsksMallocForHugePages_data()
{
    QTest::addColumn<QString>("tunables");
    QTest::addColumn<QByteArrayList>("present");
    QTest::addColumn<QByteArray>("absent");
    QTest::newRow("another tunable is kept") << "glibc.malloc.arena_max=4"
                                             << QByteArrayList{"glibc.malloc.arena_max=4", "glibc.malloc.hugetlb=1"}
                                             << QByteArray();
    QTest::newRow("the analyst's own choice stands") << "glibc.malloc.hugetlb=0"
                                                     << QByteArrayList{"glibc.malloc.hugetlb=0"}
                                                     << QByteArray("glibc.malloc.hugetlb=1");
}

// An import starts again with malloc asking for huge pages (HugePageMalloc.h). Reading a pipe,
// it waits for its input, and /proc shows the environment it runs with (glibc cuts
// GLIBC_TUNABLES at each ':' in place as it reads it).
void TestCli::importAsksMallocForHugePages()
{
    QFETCH(QString, tunables);
    QFETCH(QByteArrayList, present);
    QFETCH(QByteArray, absent);
    const QString pipe = m_dir->filePath(QStringLiteral("leads.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    // Held open for writing from the start (O_RDWR does not wait for a reader), so that the
    // import's open returns at once and the program then waits in a read.
    const int writer = ::open(QFile::encodeName(pipe).constData(), O_RDWR | O_CLOEXEC);
    QVERIFY(writer >= 0);
    auto closeWriter = qScopeGuard([writer] { ::close(writer); });
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("GLIBC_TUNABLES"), tunables);
    environment.remove(QStringLiteral("TRADELEADS_DB"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRADELEADS_BINARY), {"import", "--db", db(), "--format", "sam-csv", pipe});
    QVERIFY(process.waitForStarted());
    const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
    // Past its start (and its start again): the program waits on the pipe.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList descriptors = QDir(proc + QStringLiteral("fd")).entryList(QDir::System);
            return std::any_of(descriptors.begin(), descriptors.end(), [&](const QString& fd) {
                return QFile::symLinkTarget(proc + QStringLiteral("fd/") + fd) == pipe;
            });
        }(),
        10000);
    QFile environ(proc + QStringLiteral("environ"));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    const QByteArrayList variables = environ.readAll().split('\0');
    for (const QByteArray& setting : present) {
        QVERIFY2(std::any_of(variables.begin(), variables.end(),
                             [&](const QByteArray& v) { return v.endsWith(setting); }),
                 setting.constData());
    }
    if (!absent.isEmpty())
        QVERIFY(!std::any_of(variables.begin(), variables.end(), [&](const QByteArray& v) { return v.endsWith(absent); }));

    QFile csv(fixture(QStringLiteral("sam.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray leads = csv.readAll();
    QCOMPARE(::write(writer, leads.constData(), size_t(leads.size())), ssize_t(leads.size()));
    closeWriter.dismiss();
    ::close(writer);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(process.readAllStandardOutput().contains("2 new"), "the import read the pipe");
}

void TestCli::searchFormats()
{
    QCOMPARE(run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page.json")}).exitCode, 0);
    const Run table = run({"search", "--db", db()});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("DEADLINE"));
    QCOMPARE(table.out.count('\n'), 3);
    QVERIFY(table.out.contains("Judge Rice Courtroom"));

    const Run csv = run({"search", "--db", db(), "--format", "csv", "--sort", "title"});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("source,source_id,title,"));
    // The title that is a formula leaves as inert text.
    QVERIFY2(csv.out.contains("\"'=HYPERLINK(\"\"http://evil.example\"\""), csv.out.constData());
    QVERIFY(!csv.out.contains(",=HYPERLINK"));

    const QString out = m_dir->filePath(QStringLiteral("leads.json"));
    const Run toFile = run({"search", "--db", db(), "--format", "json", "--out", out});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 2);
}

void TestCli::searchFiltersAndSort()
{
    QCOMPARE(run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page.json")}).exitCode, 0);
    QCOMPARE(run({"import", "--db", db(), "--format", "ita-json", fixture("ita-page.json")}).exitCode, 0);
    QCOMPARE(searchJson({"--limit", "1"}).size(), 1);
    QCOMPARE(searchJson({"--limit", "0"}).size(), 0);
    QCOMPARE(searchJson({"--set-aside", "SBA"}).size(), 1);
    QCOMPARE(searchJson({"--naics", "2362"}).size(), 1);
    QCOMPARE(searchJson({"--source", "ita-state", "--source", "ita-canada"}).size(), 2);
    QCOMPARE(searchJson({"--posted-from", "2026-01-04"}).size(), 2);
    QCOMPARE(searchJson({"--due-from", "2018-05-01", "--due-to", "2018-06-30"}).size(), 2);
    QCOMPARE(searchJson({"--type", "presolicitation"}).size(), 1);
    const QJsonArray byPosted = searchJson({"--sort", "posted", "--desc"});
    QCOMPARE(byPosted.size(), 5);
    QCOMPARE(byPosted.at(0).toObject().value("source_id").toString(), QStringLiteral("uk-303"));
    QCOMPARE(byPosted.at(4).toObject().value("source_id").toString(), QStringLiteral("9ffb613fb737018740bbbf250cd8292d"));
    // Today is pinned to 2018-05-01: only the SAM leads are due within 40 days.
    QCOMPARE(searchJson({"--due-within", "40"}).size(), 2);
    QCOMPARE(searchJson({"--due-within", "5"}).size(), 0);
}

void TestCli::dbBeforeOrAfterSubcommandAndFromEnvironment()
{
    QCOMPARE(run({"--db", db(), "import", "--format", "sam-json", fixture("sam-page.json")}).exitCode, 0);
    QCOMPARE(searchJson().size(), 2);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TRADELEADS_DB"), db());
    const Run fromEnvironment = run({"search", "--format", "json"}, environment);
    QCOMPARE(fromEnvironment.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fromEnvironment.out).array().size(), 2);
}

void TestCli::malformedRecordIsSkippedAndNamed()
{
    const Run result = run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page-bad-record.json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("2 new"), result.out.constData());
    QVERIFY2(result.out.contains("1 skipped"), result.out.constData());
    QVERIFY2(result.err.contains("sam record #1"), result.err.constData());
    QCOMPARE(searchJson().size(), 2);
}

// A CSV record with text beyond the header is stored without it: named, but not skipped.
void TestCli::recordKeptWithFieldsLeftOutIsNotSkipped()
{
    const QString csv = m_dir->filePath("wide.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("NoticeId,Title,PostedDate\nA,Lead A,2026-01-02\nW,Lead W,2026-01-03,surplus\n,No id,2026-01-04\n");
    file.close();
    const Run result = run({"import", "--db", db(), "--format", "sam-csv", csv});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("2 new, 0 updated, 0 unchanged, 1 skipped"), result.out.constData());
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].endsWith(": sam-csv record line 3: 4 fields where the header has 3; the extra fields were ignored"),
             lines[0].constData());
    QVERIFY2(!lines[0].contains("skipped"), lines[0].constData());
    QVERIFY2(lines[1].endsWith(": skipped sam-csv record line 4: no NoticeId; the record was skipped"),
             lines[1].constData());
    QCOMPARE(searchJson().size(), 2);
}

void TestCli::badFilesFailAndLeaveCacheAsItWas_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated JSON") << "sam-json" << fixture("sam-page-truncated.json") << "sam-page-truncated.json";
    QTest::newRow("CSV given as JSON") << "sam-json" << fixture("sam.csv") << "sam.csv";
    QTest::newRow("JSON of the other API") << "ita-json" << fixture("sam-page.json") << "sam-page.json";
    QTest::newRow("binary as CSV") << "sam-csv" << fixture("not-a-csv.csv") << "not-a-csv.csv";
    QTest::newRow("missing file") << "sam-json" << fixture("no-such-file.json") << "no such file";
    QTest::newRow("a directory") << "sam-csv" << QString(TRADELEADS_TEST_DATA "/cli") << "is a directory";
}

void TestCli::badFilesFailAndLeaveCacheAsItWas()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QCOMPARE(run({"import", "--db", db(), "--format", "sam-json", fixture("sam-page.json")}).exitCode, 0);
    const QJsonArray before = searchJson();
    const Run result = run({"import", "--db", db(), "--format", format, file});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QCOMPARE(searchJson(), before);
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown flag") << QStringList{"search", "--no-such-flag"} << "no-such-flag";
    QTest::newRow("bad date") << QStringList{"search", "--posted-from", "05/01/2018"} << "YYYY-MM-DD";
    QTest::newRow("bad limit") << QStringList{"search", "--limit", "many"} << "--limit";
    QTest::newRow("bad sort column") << QStringList{"search", "--sort", "raw; DROP"} << "cannot sort";
    QTest::newRow("bad format") << QStringList{"search", "--format", "pdf"} << "pdf";
    QTest::newRow("bad due-within") << QStringList{"search", "--due-within", "-3"} << "--due-within";
    // Past what a saved filter holds (a century): it would not read back.
    QTest::newRow("due-within past a century") << QStringList{"search", "--due-within", "21474836"} << "--due-within";
    QTest::newRow("bad naics") << QStringList{"search", "--naics", "23x"} << "--naics";
    QTest::newRow("import without format") << QStringList{"import", "x.json"} << "--format";
    QTest::newRow("import unknown format") << QStringList{"import", "--format", "xml", "x"} << "xml";
    QTest::newRow("import without files") << QStringList{"import", "--format", "sam-json"} << "file";
    QTest::newRow("saved without action") << QStringList{"saved"} << "list";
    QTest::newRow("saved add without name") << QStringList{"saved", "add"} << "NAME";
    QTest::newRow("db without path") << QStringList{"search", "--db"} << "--db";
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!arguments.contains(QStringLiteral("--db")))
        arguments << QStringLiteral("--db") << db();
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCli::statsJson()
{
    QCOMPARE(run({"import", "--db", db(), "--format", "ita-json", fixture("ita-page.json")}).exitCode, 0);
    const Run result = run({"stats", "--json", "--db", db()});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(stats.value("leads").toInt(), 3);
    QCOMPARE(stats.value("by_source").toObject().value("ita-uk").toInt(), 1);
    QCOMPARE(stats.value("schema_version").toInt(), 10);
    const Run text = run({"stats", "--db", db()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Leads:"));
}

void TestCli::checkReportsHealthyAndDamaged()
{
    QCOMPARE(run({"import", "--db", db(), "--format", "ita-json", fixture("ita-page.json")}).exitCode, 0);
    const Run text = run({"check", "--db", db()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("is healthy") && text.out.contains("quick_check"), text.out.constData());
    QVERIFY2(text.err.isEmpty(), text.err.constData());

    const Run json = run({"check", "--thorough", "--format", "json", "--db", db()});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value("db").toString(), db());
    QCOMPARE(report.value("check").toString(), QStringLiteral("integrity_check"));
    QCOMPARE(report.value("verdict").toString(), QStringLiteral("healthy"));
    QCOMPARE(report.value("healthy").toBool(), true);
    QVERIFY(report.value("reason").isNull());
    QVERIFY(report.value("file_bytes").toInteger() > 0);
    QVERIFY(report.value("seconds").isDouble());

    // A damaged file: exit 1, one line naming it and saying what happens next; the file stays.
    {
        QFile file(db());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size >= 4 * 4096);
        QVERIFY(file.seek(2 * 4096));
        QCOMPARE(file.write(QByteArray(size - 2 * 4096, '\x5a')), size - 2 * 4096);
    }
    const QByteArray before = [&] {
        QFile file(db());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Run damaged = run({"check", "--db", db()});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY(damaged.out.isEmpty());
    QCOMPARE(damaged.err.count('\n'), 1);
    QVERIFY2(damaged.err.startsWith("tradeleads check: "), damaged.err.constData());
    QVERIFY2(damaged.err.contains(db().toUtf8()) && damaged.err.contains("damaged"), damaged.err.constData());
    QVERIFY2(damaged.err.contains("next start"), damaged.err.constData());
    QFile kept(db());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
    kept.close();
    QVERIFY(QFile::exists(db() + ".check-needed"));

    const Run damagedJson = run({"check", "--format", "json", "--db", db()});
    QCOMPARE(damagedJson.exitCode, 1);
    const QJsonObject bad = QJsonDocument::fromJson(damagedJson.out).object();
    QCOMPARE(bad.value("verdict").toString(), QStringLiteral("damaged"));
    QCOMPARE(bad.value("healthy").toBool(), false);
    QVERIFY(!bad.value("reason").toString().isEmpty());

    // The next command moves it aside and starts afresh, as any start does.
    const Run stats = run({"stats", "--json", "--db", db()});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.contains("moved aside"), stats.err.constData());
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value("leads").toInt(), 0);
    QCOMPARE(run({"check", "--db", db()}).exitCode, 0);

    const Run missing = run({"check", "--db", m_dir->filePath("none.sqlite")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no cache"), missing.err.constData());
    QCOMPARE(run({"check", "--format", "xml", "--db", db()}).exitCode, 2);
}

void TestCli::savedSearches()
{
    QCOMPARE(run({"import", "--db", db(), "--format", "ita-json", fixture("ita-page.json")}).exitCode, 0);
    QCOMPARE(run({"saved", "add", "Mexico water", "water", "--country", "MX", "--db", db()}).exitCode, 0);
    const Run duplicate = run({"saved", "add", "Mexico water", "--db", db()});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.err.contains("already exists"));
    const Run list = run({"saved", "list", "--db", db()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("Mexico water\t1 leads"), list.out.constData());
    const QJsonArray saved = searchJson({"--saved", "Mexico water"});
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).toObject().value("source_id").toString(), QStringLiteral("state-101"));
    QCOMPARE(run({"search", "--saved", "Nope", "--db", db()}).exitCode, 1);
    QCOMPARE(run({"saved", "remove", "Mexico water", "--db", db()}).exitCode, 0);
    QCOMPARE(run({"saved", "remove", "Mexico water", "--db", db()}).exitCode, 1);
}

void TestCli::helpAndVersion()
{
    for (const char* command : {"import", "search", "sync", "saved", "stats", "check"}) {
        const Run help = run({QString::fromLatin1(command), "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Usage: tradeleads"), help.out.constData());
    }
    const Run version = run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("tradeleads "));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
