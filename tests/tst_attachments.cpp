// Attachments end to end over loopback: the fake SAM.gov lists documents in a notice's
// resourceLinks, `tradeleads sync` lists them, `tradeleads attachments --download` fetches
// them (key rules, redirects, bad files), `tradeleads search` finds a lead by a word only its
// attachment holds, and removing the file takes it out of the search again. On a local cache
// and on a team server.
#include "AttachmentText.h"
#include "FakeApiServer.h"
#include "LeadExport.h"
#include "LeadStore.h"
#include "TwoBackends.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QTemporaryFile>

#include <minizip/zip.h>

namespace {

const QDate kLastDay(2018, 4, 30);
const QString kServerDatabase = QStringLiteral("tl_test_attachments");
const QString kSamKey = QStringLiteral("attach-sam-key-5d41402abc4b2a76");

QByteArray pdfWith(const QStringList& lines, int pages = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("Statement of work"));
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(12);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        int y = 400;
        for (const QString& line : lines) {
            painter.drawText(400, y, line);
            y += 300;
        }
    }
    painter.end();
    return bytes;
}

// A zip holding `parts` (name, content): Word and Excel files, and a bomb.
QByteArray zipOf(const QList<QPair<QString, QByteArray>>& parts)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    const QByteArray path = QFile::encodeName(file.fileName());
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return {};
    for (const auto& [name, content] : parts) {
        zip_fileinfo info {};
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_BEST_COMPRESSION, content.size() > 0xffffffffLL ? 1 : 0)
                != ZIP_OK
            || zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) != ZIP_OK
            || zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return {};
        }
    }
    zipClose(zip, nullptr);
    file.seek(0);
    return file.readAll();
}

QByteArray docxWith(const QString& text)
{
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                "<w:body><w:p><w:r><w:t>"
        + text.toUtf8() + "</w:t></w:r></w:p></w:body></w:document>";
    return zipOf({ { QStringLiteral("[Content_Types].xml"), "<Types/>" }, { QStringLiteral("word/document.xml"), document } });
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void extractorsReadEachKindAndNameWhatTheyCannot();
    void listDownloadSearchAndRemoveOverLoopback();
    void killedDownloadLeavesNoWholeFileAndResumes();
    void capsAndStarredLeadsAfterSync();
    void fileGoneFromThisComputerIsFetchedAgain();

private:
    Run run(const QStringList& arguments);
    QJsonArray searchJson(const QString& query);
    // Where the commands keep downloaded files: beside the cache file, or (team server) in the
    // data folder the commands were given.
    QDir attachmentFolder() const;
    // Whether the API key is anywhere in the cache: its file, or every table on the server.
    bool cacheHoldsKey();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeApiServer> m_sam;
    std::unique_ptr<FakeApiServer> m_elsewhere;
    QString m_cache;
    QProcessEnvironment m_extra; // more variables for the commands run
    QString m_serverProblem;
};

void TestAttachments::initTestCase_data()
{
    TwoBackends::addRows();
}

void TestAttachments::initTestCase()
{
    m_serverProblem = TwoBackends::createDatabase(kServerDatabase);
}

void TestAttachments::cleanupTestCase()
{
    if (m_serverProblem.isEmpty())
        PgTestServer::dropDatabase(kServerDatabase);
}

void TestAttachments::init()
{
    TWO_BACKENDS_INIT(kServerDatabase, m_serverProblem);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = TwoBackends::location(*m_dir, kServerDatabase);
    m_extra = QProcessEnvironment();
}

QDir TestAttachments::attachmentFolder() const
{
    if (!TwoBackends::onServer())
        return QDir(m_dir->filePath(QStringLiteral("cache-attachments")));
    const QDir servers(m_dir->filePath(QStringLiteral("data/TradeLeads/tradeleads/team-attachments")));
    const QStringList made = servers.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return made.size() == 1 ? QDir(servers.filePath(made.first())) : QDir(servers.filePath(QStringLiteral("none")));
}

bool TestAttachments::cacheHoldsKey()
{
    if (TwoBackends::onServer()) {
        // Every row of every table as text: the statement fails when one holds the key.
        const QString error = PgTestServer::exec(
            kServerDatabase,
            QStringLiteral("DO $$ DECLARE t text; found boolean; BEGIN FOR t IN SELECT tablename FROM pg_tables "
                           "WHERE schemaname = 'tradeleads' LOOP EXECUTE format('SELECT EXISTS (SELECT 1 FROM "
                           "tradeleads.%I r WHERE r::text LIKE %L)', t, '%%%1%%') INTO found; IF found THEN "
                           "RAISE EXCEPTION 'the key is in %', t; END IF; END LOOP; END $$")
                .arg(kSamKey));
        if (!error.isEmpty())
            qWarning() << error;
        return !error.isEmpty();
    }
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!path.contains(QStringLiteral("cache.sqlite")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll().contains(kSamKey.toLatin1()))
            return true;
    }
    return false;
}

Run TestAttachments::run(const QStringList& arguments)
{
    // The fake servers answer on this thread: wait with the event loop running.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("TRADELEADS_TODAY"), QStringLiteral("2018-05-01"));
    environment.insert(QStringLiteral("TRADELEADS_DB"), m_cache);
    environment.insert(QStringLiteral("TRADELEADS_SAM_URL"), m_sam->baseUrl().toString());
    environment.insert(QStringLiteral("TRADELEADS_SAM_API_KEY"), kSamKey);
    environment.insert(QStringLiteral("TRADELEADS_SAM_DAILY_QUOTA"), QStringLiteral("100000"));
    environment.insert(QStringLiteral("TRADELEADS_TIMEOUT_MS"), QStringLiteral("20000"));
    environment.insert(QStringLiteral("TRADELEADS_RETRY_BASE_MS"), QStringLiteral("5"));
    for (const QString& key : m_extra.keys())
        environment.insert(key, m_extra.value(key));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRADELEADS_BINARY), arguments);
    if (!finished.wait(180000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

QJsonArray TestAttachments::searchJson(const QString& query)
{
    const Run result = run({ QStringLiteral("search"), query, QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--limit"), QStringLiteral("1000") });
    if (result.exitCode != 0)
        qWarning() << result.err;
    return QJsonDocument::fromJson(result.out).array();
}

void TestAttachments::extractorsReadEachKindAndNameWhatTheyCannot()
{
    const auto pdf = AttachmentText::read(pdfWith({ QStringLiteral("Zeolite cryoprecipitator maintenance") }),
                                          QStringLiteral("sow.pdf"));
    QCOMPARE(pdf.kind, QStringLiteral("PDF"));
    QVERIFY2(pdf.text.contains(QStringLiteral("cryoprecipitator")), qPrintable(pdf.text));
    QVERIFY(pdf.problem.isEmpty());

    const auto docx = AttachmentText::read(docxWith(QStringLiteral("Ferrofluid seals &amp; bearings")),
                                           QStringLiteral("spec.docx"));
    QCOMPARE(docx.kind, QStringLiteral("Word"));
    QVERIFY2(docx.text.contains(QStringLiteral("Ferrofluid seals & bearings")), qPrintable(docx.text));

    const auto html = AttachmentText::read("<html><body><script>alert('xylophonist')</script><p>Brazing alloy "
                                           "&amp; flux</p></body></html>",
                                           QStringLiteral("notice.html"));
    QCOMPARE(html.kind, QStringLiteral("HTML"));
    QVERIFY2(html.text.contains(QStringLiteral("Brazing alloy & flux")), qPrintable(html.text));
    QVERIFY(!html.text.contains(QStringLiteral("xylophonist")));

    const auto damaged = AttachmentText::read("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", QStringLiteral("x.pdf"));
    QVERIFY(damaged.text.isEmpty());
    QVERIFY2(damaged.problem.contains(QStringLiteral("Damaged PDF")), qPrintable(damaged.problem));

    const auto disguised = AttachmentText::read("<html><body>Access denied</body></html>", QStringLiteral("sow.pdf"));
    QVERIFY(disguised.text.isEmpty());
    QVERIFY2(disguised.problem.contains(QStringLiteral("not a PDF")), qPrintable(disguised.problem));

    const QByteArray bomb = zipOf({ { QStringLiteral("word/document.xml"),
                                      QByteArray(AttachmentText::kMaxUnzippedBytes + 1024, ' ') } });
    QVERIFY(bomb.size() < 1024 * 1024);
    const auto exploded = AttachmentText::read(bomb, QStringLiteral("bomb.docx"));
    QVERIFY(exploded.text.isEmpty());
    QVERIFY2(exploded.problem.contains(QStringLiteral("zip bomb")), qPrintable(exploded.problem));

    const auto binary = AttachmentText::read(QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10), QStringLiteral("tool"));
    QVERIFY(binary.text.isEmpty());
    QVERIFY(!binary.problem.isEmpty());
}

void TestAttachments::listDownloadSearchAndRemoveOverLoopback()
{
    m_sam = std::make_unique<FakeApiServer>();
    m_elsewhere = std::make_unique<FakeApiServer>();
    QVERIFY(m_sam->listen());
    QVERIFY(m_elsewhere->listen());
    m_sam->setSamKey(kSamKey);
    m_sam->setSamRecords(12, kLastDay, 20);
    const QString notice = m_sam->samNoticeIds().first();

    // The documents: real files of each kind, and each way a file goes wrong.
    const QByteArray pdf = pdfWith({ QStringLiteral("Statement of work"),
                                     QStringLiteral("The contractor services the zeolite cryoprecipitator weekly.") },
                                   10);
    QByteArray xlsx;
    {
        auto store = LeadStore::open(m_dir->filePath(QStringLiteral("pricing-source.sqlite")));
        QVERIFY(store);
        Lead lead;
        lead.source = QStringLiteral("sam");
        lead.sourceId = QStringLiteral("pricing");
        lead.title = QStringLiteral("Quasicrystal spectrometer pricing sheet");
        lead.raw = R"({"noticeId":"pricing"})";
        QVERIFY((*store)->upsert({ lead }));
        const auto ids = (*store)->ids(LeadFilter(), QDate(2018, 5, 1));
        QVERIFY(ids && !ids->isEmpty());
        LeadExport::Options options;
        options.format = LeadExport::Format::Xlsx;
        const QString path = m_dir->filePath(QStringLiteral("pricing.xlsx"));
        QVERIFY((LeadExport::write(**store, *ids, path, options)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        xlsx = file.readAll();
    }
    using File = FakeApiServer::ServedFile;
    auto served = [&](const char* id, const QByteArray& body, const char* name, File::Delivery delivery = File::Whole) {
        File file;
        file.path = QByteArray("/files/") + id + "/download";
        file.body = body;
        file.fileName = name;
        file.delivery = delivery;
        file.needsKey = true;
        return file;
    };
    // SAM.gov's own links say api_key=null: the key replaces it on the SAM host.
    m_sam->serveFile(served("sow", pdf, "Statement of Work.pdf"), notice,
                     m_sam->baseUrl().toString() + QStringLiteral("/files/sow/download?api_key=null&token="));
    m_sam->serveFile(served("pricing", xlsx, "pricing.xlsx"), notice);
    m_sam->serveFile(served("spec", docxWith(QStringLiteral("Ferrofluid seals for the pump")), "spec.docx"), notice);
    m_sam->serveFile(served("page", "<html><body><script>document.write('xylophonist')</script>"
                                    "<p>Brazing alloy and flux</p></body></html>", "notice.html"),
                     notice);
    m_sam->serveFile(served("slow", QByteArray("Tessellation of the floor tiles. ").repeated(600), "slow.txt",
                            File::Slow),
                     notice);
    m_sam->serveFile(served("damaged", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "damaged.pdf"), notice);
    m_sam->serveFile(served("bomb",
                            zipOf({ { QStringLiteral("word/document.xml"),
                                      QByteArray(AttachmentText::kMaxUnzippedBytes + 1024, ' ') } }),
                            "bomb.docx"),
                     notice);
    m_sam->serveFile(served("truncated", pdf, "truncated.pdf", File::Truncated), notice);
    File moved = served("moved", {}, "moved.txt", File::Redirect);
    moved.redirectTo = QUrl(m_elsewhere->baseUrl().toString() + QStringLiteral("/files/elsewhere/download?token=1"));
    m_sam->serveFile(moved, notice);
    File elsewhere;
    elsewhere.path = "/files/elsewhere/download";
    elsewhere.body = "Marmoset enclosure netting";
    elsewhere.fileName = "netting.txt";
    m_elsewhere->serveFile(elsewhere);
    // A link on another host from the start, with api_key=null in it.
    File foreign = elsewhere;
    foreign.path = "/files/foreign/download";
    foreign.body = "Quetzal feather cleaning";
    foreign.fileName = "foreign.txt";
    m_elsewhere->serveFile(foreign);
    m_sam->addResourceLink(notice, m_elsewhere->baseUrl().toString()
                                       + QStringLiteral("/files/foreign/download?api_key=null&token="));

    const Run synced = run({ QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                             QStringLiteral("--posted-from"), QStringLiteral("2017-06-01"), QStringLiteral("--posted-to"),
                             QStringLiteral("2018-04-30") });
    QVERIFY2(synced.exitCode == 0, synced.err.constData());

    // Listed before anything is downloaded.
    const QString lead = QStringLiteral("sam:") + notice;
    QJsonArray rows = searchJson(QString());
    QJsonObject row;
    for (const QJsonValue value : rows) {
        if (value[QStringLiteral("source_id")].toString() == notice)
            row = value.toObject();
    }
    QJsonArray listed = row.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(listed.size(), 10);
    for (const QJsonValue attachment : listed) {
        // The keys DESIGN.md names, no more.
        QCOMPARE(attachment.toObject().keys(), QStringList({ "name", "size", "stored", "url" }));
        QCOMPARE(attachment[QStringLiteral("stored")].toBool(true), false);
        QVERIFY(attachment[QStringLiteral("size")].isNull());
        QVERIFY(!attachment[QStringLiteral("name")].toString().isEmpty());
    }
    QVERIFY(searchJson(QStringLiteral("cryoprecipitator")).isEmpty());

    const Run downloaded = run({ QStringLiteral("attachments"), lead, QStringLiteral("--download"),
                                 QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(downloaded.exitCode, 1); // the damaged, the bomb, the truncated: named, the rest kept
    QVERIFY2(downloaded.err.contains("truncated: The download broke off"), downloaded.err.constData());
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue attachment : QJsonDocument::fromJson(downloaded.out).array())
        byName.insert(attachment[QStringLiteral("name")].toString(), attachment.toObject());
    QCOMPARE(byName.size(), 10);
    const QStringList whole = { QStringLiteral("Statement of Work.pdf"), QStringLiteral("pricing.xlsx"),
                                QStringLiteral("spec.docx"), QStringLiteral("notice.html"), QStringLiteral("slow.txt"),
                                QStringLiteral("netting.txt"), QStringLiteral("foreign.txt"),
                                QStringLiteral("damaged.pdf"), QStringLiteral("bomb.docx") };
    for (const QString& name : whole) {
        QVERIFY2(byName.contains(name), qPrintable(name));
        QVERIFY2(byName[name][QStringLiteral("stored")].toBool(), qPrintable(name));
    }
    QCOMPARE(byName[QStringLiteral("Statement of Work.pdf")][QStringLiteral("size")].toInteger(), pdf.size());
    QVERIFY(byName[QStringLiteral("damaged.pdf")][QStringLiteral("problem")].toString().contains(QStringLiteral("Damaged")));
    QVERIFY(byName[QStringLiteral("bomb.docx")][QStringLiteral("problem")].toString().contains(QStringLiteral("zip bomb")));
    const QJsonObject truncated = byName.value(QStringLiteral("truncated")); // no name until the server gives one
    QVERIFY(!truncated.isEmpty());
    QCOMPARE(truncated[QStringLiteral("stored")].toBool(true), false);
    QVERIFY2(truncated[QStringLiteral("problem")].toString().contains(QStringLiteral("broke off")),
             qPrintable(truncated[QStringLiteral("problem")].toString()));

    // The stored file is byte for byte what the server sent, named by its hash; the cut-off
    // download is kept only under a temporary name.
    const QDir folder = attachmentFolder();
    const QString pdfHash = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QFile storedPdf(folder.filePath(pdfHash + QStringLiteral(".pdf")));
    QVERIFY2(storedPdf.open(QIODevice::ReadOnly), qPrintable(storedPdf.fileName()));
    QCOMPARE(storedPdf.readAll(), pdf);
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden)) {
        QVERIFY2(name.startsWith(u'.') ? name.endsWith(QStringLiteral(".partial"))
                                       : QRegularExpression(QStringLiteral("^[0-9a-f]{64}(\\.[a-z0-9]+)?$")).match(name).hasMatch(),
                 qPrintable(name));
    }
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial")).size(), 1);

    // Words only the attachments hold find the lead; a script's text does not.
    for (const char* word : { "cryoprecipitator", "quasicrystal", "ferrofluid", "brazing", "tessellation", "marmoset",
                              "quetzal" }) {
        const QJsonArray found = searchJson(QString::fromLatin1(word));
        QVERIFY2(found.size() == 1 && found.first()[QStringLiteral("source_id")].toString() == notice, word);
    }
    QVERIFY(searchJson(QStringLiteral("xylophonist")).isEmpty());
    {
        // The window's filter: the same LeadFilter over the same store.
        auto store = LeadStore::open(m_cache);
        QVERIFY(store);
        LeadFilter filter;
        filter.text = QStringLiteral("\"zeolite cryoprecipitator\"");
        const auto ids = (*store)->ids(filter, QDate(2018, 5, 1));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 1);
        const auto only = (*store)->attachmentOnlyMatches(filter.text, *ids);
        QVERIFY(only);
        QVERIFY(only->contains(ids->first()));
        const auto passages = (*store)->attachmentPassages(filter.text, *ids, 5);
        QVERIFY(passages && !passages->isEmpty());
        QCOMPARE(passages->first().name, QStringLiteral("Statement of Work.pdf"));
        QVERIFY2(passages->first().passage.contains(AttachmentMarks::kMatchStart), qPrintable(passages->first().passage));
    }

    // The key reached the SAM host only, in place of api_key=null, never through the redirect
    // or to the other host, and is in no file name, cache byte or output.
    bool keySent = false;
    for (const FakeApiServer::Request& request : m_sam->requests()) {
        QVERIFY2(!request.target.contains("api_key=null"), request.target.constData());
        if (request.url.path().startsWith(QStringLiteral("/files/")))
            keySent = keySent || request.target.contains(kSamKey.toLatin1());
    }
    QVERIFY(keySent);
    QVERIFY(m_elsewhere->requestCount(QStringLiteral("/files/elsewhere")) >= 1);
    QVERIFY(m_elsewhere->requestCount(QStringLiteral("/files/foreign")) >= 1);
    for (const FakeApiServer::Request& request : m_elsewhere->requests()) {
        QVERIFY2(!request.head.contains(kSamKey.toLatin1()), request.head.constData());
        QVERIFY2(!request.target.contains("api_key"), request.target.constData());
    }
    QDirIterator everything(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (everything.hasNext()) {
        const QString path = everything.next();
        QVERIFY2(!path.contains(kSamKey), qPrintable(path));
    }
    QVERIFY(!cacheHoldsKey());
    QVERIFY(!downloaded.out.contains(kSamKey.toLatin1()));
    QVERIFY(!downloaded.err.contains(kSamKey.toLatin1()));

    // Removing the files takes their words out of the search.
    const Run removed = run({ QStringLiteral("attachments"), lead, QStringLiteral("--remove") });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY(searchJson(QStringLiteral("cryoprecipitator")).isEmpty());
    QVERIFY(searchJson(QStringLiteral("marmoset")).isEmpty());
    QVERIFY(!QFile::exists(storedPdf.fileName()));
    int listedAfter = 0;
    for (const QJsonValue value : searchJson(QString())) {
        if (value[QStringLiteral("source_id")].toString() != notice)
            continue;
        for (const QJsonValue attachment : value[QStringLiteral("attachments")].toArray()) {
            QVERIFY(!attachment[QStringLiteral("stored")].toBool());
            ++listedAfter;
        }
    }
    QCOMPARE(listedAfter, 10);
}

void TestAttachments::killedDownloadLeavesNoWholeFileAndResumes()
{
    m_sam = std::make_unique<FakeApiServer>();
    QVERIFY(m_sam->listen());
    m_sam->setSamKey(kSamKey);
    m_sam->setSamRecords(12, kLastDay, 20);
    const QString notice = m_sam->samNoticeIds().first();
    FakeApiServer::ServedFile slow;
    slow.path = "/files/large/download";
    slow.body = QByteArray("Hydrographic survey of the harbour approaches. ").repeated(4000); // ~190 KB, ~5 s
    slow.fileName = "survey.txt";
    slow.delivery = FakeApiServer::ServedFile::Slow;
    m_sam->serveFile(slow, notice);
    const Run synced = run({ QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                             QStringLiteral("--posted-from"), QStringLiteral("2017-06-01"), QStringLiteral("--posted-to"),
                             QStringLiteral("2018-04-30") });
    QVERIFY2(synced.exitCode == 0, synced.err.constData());

    // Killed halfway: only the temporary file is there, never one named as whole.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("TRADELEADS_DB"), m_cache);
    environment.insert(QStringLiteral("TRADELEADS_SAM_URL"), m_sam->baseUrl().toString());
    environment.insert(QStringLiteral("TRADELEADS_SAM_API_KEY"), kSamKey);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRADELEADS_BINARY),
                  { QStringLiteral("attachments"), QStringLiteral("sam:") + notice, QStringLiteral("--download") });
    const auto partialSize = [this] {
        const QDir folder = attachmentFolder();
        const QStringList partial = folder.entryList({ QStringLiteral("*.partial") }, QDir::Files | QDir::Hidden);
        return partial.isEmpty() ? qint64(-1) : QFileInfo(folder.filePath(partial.first())).size();
    };
    if (!QTest::qWaitFor([&] { return partialSize() > 20000 || process.state() == QProcess::NotRunning; }, 30000)
        || process.state() == QProcess::NotRunning) {
        QFAIL(qPrintable(QStringLiteral("no partial download (%1 bytes): %2")
                             .arg(partialSize())
                             .arg(QString::fromUtf8(process.readAllStandardError()))));
    }
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    const QDir folder = attachmentFolder();
    const QStringList left = folder.entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().endsWith(QStringLiteral(".partial")), qPrintable(left.first()));
    QVERIFY(QFileInfo(folder.filePath(left.first())).size() < slow.body.size());

    // Run again: it resumes where it stopped, and the whole file is what the server holds.
    const Run resumed = run({ QStringLiteral("attachments"), QStringLiteral("sam:") + notice, QStringLiteral("--download"),
                              QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(resumed.out).array();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first()[QStringLiteral("stored")].toBool());
    bool ranged = false;
    for (const FakeApiServer::Request& request : m_sam->requests())
        ranged = ranged || request.head.contains("Range: bytes=");
    QVERIFY(ranged);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(slow.body, QCryptographicHash::Sha256).toHex());
    QFile whole(folder.filePath(hash + QStringLiteral(".txt")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QCOMPARE(whole.readAll(), slow.body);
    QCOMPARE(folder.entryList({ QStringLiteral("*.partial") }, QDir::Files | QDir::Hidden).size(), 0);
    const QJsonArray found = searchJson(QStringLiteral("hydrographic"));
    QCOMPARE(found.size(), 1);
}

void TestAttachments::capsAndStarredLeadsAfterSync()
{
    m_sam = std::make_unique<FakeApiServer>();
    QVERIFY(m_sam->listen());
    m_sam->setSamKey(kSamKey);
    m_sam->setSamRecords(12, kLastDay, 20);
    const QStringList notices = m_sam->samNoticeIds();
    FakeApiServer::ServedFile large;
    large.path = "/files/large/download";
    large.body = QByteArray(3 * 1024 * 1024, 'x');
    large.fileName = "large.txt";
    m_sam->serveFile(large, notices.at(0));
    FakeApiServer::ServedFile small;
    small.path = "/files/small/download";
    small.body = "Pelican crossing signals";
    small.fileName = "small.txt";
    m_sam->serveFile(small, notices.at(1));
    m_extra.insert(QStringLiteral("TRADELEADS_ATTACHMENT_MAX_FILE_MB"), QStringLiteral("1"));
    const QStringList syncArguments = { QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                                        QStringLiteral("--posted-from"), QStringLiteral("2017-06-01"),
                                        QStringLiteral("--posted-to"), QStringLiteral("2018-04-30") };
    const Run synced = run(syncArguments);
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(!synced.out.contains("attachments of starred leads"));

    // A file over the cap is refused with the cap named, and nothing of it is kept.
    const Run capped = run({ QStringLiteral("attachments"), QStringLiteral("sam:") + notices.at(0),
                             QStringLiteral("--download"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(capped.exitCode, 1);
    QVERIFY2(capped.err.contains("larger than the 1 MB a file may have (Settings)"), capped.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(capped.out).array();
    QCOMPARE(listed.size(), 1);
    QVERIFY(!listed.first()[QStringLiteral("stored")].toBool());
    QVERIFY(listed.first()[QStringLiteral("problem")].toString().contains(QStringLiteral("1 MB")));
    const QDir folder = attachmentFolder();
    for (const QFileInfo& file : folder.entryInfoList(QDir::Files | QDir::Hidden))
        QCOMPARE(file.size(), 0); // at most an emptied temporary file

    // With the setting on, a sync downloads the attachments of starred leads (the family's).
    {
        auto store = LeadStore::open(m_cache);
        QVERIFY(store);
        LeadUserData starred;
        starred.starred = true;
        QVERIFY((*store)->setUserData(QStringLiteral("sam"), notices.at(1), starred));
    }
    QDir().mkpath(m_dir->filePath(QStringLiteral("config/TradeLeads")));
    QFile settings(m_dir->filePath(QStringLiteral("config/TradeLeads/tradeleads.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Append));
    settings.write("\n[attachments]\nfetchStarred=true\n");
    settings.close();
    const Run again = run(syncArguments);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("attachments of starred leads: 1 downloaded, 0 failed"), again.out.constData());
    const QJsonArray found = searchJson(QStringLiteral("pelican"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()[QStringLiteral("source_id")].toString(), notices.at(1));
}

void TestAttachments::fileGoneFromThisComputerIsFetchedAgain()
{
    // A teammate's desktop (on a team server) or a file deleted by hand: the text is still
    // searched, the file is listed as not downloaded, and a download brings it back without
    // keeping its text twice.
    m_sam = std::make_unique<FakeApiServer>();
    QVERIFY(m_sam->listen());
    m_sam->setSamKey(kSamKey);
    m_sam->setSamRecords(12, kLastDay, 20);
    const QString notice = m_sam->samNoticeIds().first();
    FakeApiServer::ServedFile memo;
    memo.path = "/files/memo/download";
    memo.body = "Pelican crossing signals for the quay";
    memo.fileName = "memo.txt";
    m_sam->serveFile(memo, notice);
    const Run synced = run({ QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("sam"),
                             QStringLiteral("--posted-from"), QStringLiteral("2017-06-01"), QStringLiteral("--posted-to"),
                             QStringLiteral("2018-04-30") });
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const QStringList download = { QStringLiteral("attachments"), QStringLiteral("sam:") + notice,
                                   QStringLiteral("--download"), QStringLiteral("--format"), QStringLiteral("json") };
    const Run first = run(download);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(memo.body, QCryptographicHash::Sha256).toHex());
    const QString file = attachmentFolder().filePath(hash + QStringLiteral(".txt"));
    QVERIFY2(QFile::remove(file), qPrintable(file));

    const Run listed = run({ QStringLiteral("attachments"), QStringLiteral("sam:") + notice, QStringLiteral("--format"),
                             QStringLiteral("json") });
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[QStringLiteral("stored")].toBool(true), false);
    QCOMPARE(searchJson(QStringLiteral("pelican")).size(), 1);

    const Run again = run(download);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(QJsonDocument::fromJson(again.out).array().first()[QStringLiteral("stored")].toBool());
    QVERIFY(QFile::exists(file));
    QCOMPARE(m_sam->requestCount(QStringLiteral("/files/memo")), 2);
    QCOMPARE(searchJson(QStringLiteral("pelican")).size(), 1);
    auto store = LeadStore::open(m_cache);
    QVERIFY(store);
    LeadFilter filter;
    filter.text = QStringLiteral("pelican");
    const auto ids = (*store)->ids(filter, QDate(2018, 5, 1));
    QVERIFY(ids && ids->size() == 1);
    const auto passages = (*store)->attachmentPassages(filter.text, *ids, 5);
    QVERIFY(passages);
    QCOMPARE(passages->size(), 1); // one file, one text
}

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
