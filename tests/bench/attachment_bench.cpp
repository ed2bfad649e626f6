// Attachment text at volume, as whole processes (attachment_bench.py drives it):
//   tradeleads-attachment-bench generate DIR COUNT PAGES   writes COUNT PDFs of PAGES pages
//   tradeleads-attachment-bench index DIR CACHE            lists one lead per PDF in CACHE and
//       reads, hashes and indexes every PDF as a download is (AttachmentText on the worker
//       pool, the store's setAttachmentFile in transactions of 100), then checks a word
// The first is not timed; the second prints files/s and peak RSS.
#include "AttachmentText.h"
#include "BenchOutput.h"
#include "LeadStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentMap>

namespace {

const QStringList kWords = QStringLiteral(
    "contractor shall provide maintenance repair services facility equipment inspection schedule delivery "
    "government requirements performance period option quality assurance surveillance plan safety "
    "personnel training reports invoices warranty materials labor supervision compliance standards "
    "pavement runway lighting hangar electrical mechanical plumbing roofing painting janitorial")
                                  .split(u' ');

int generate(const QString& dir, int count, int pages)
{
    QDir().mkpath(dir);
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        QPdfWriter writer(QDir(dir).filePath(QStringLiteral("doc-%1.pdf").arg(i, 5, 10, QLatin1Char('0'))));
        writer.setResolution(150);
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            int y = 100;
            for (int line = 0; line < 45; ++line) {
                QStringList words;
                for (int w = 0; w < 12; ++w)
                    words.append(kWords[random.bounded(int(kWords.size()))]);
                if (line == 0 && page == pages - 1)
                    words.append(QStringLiteral("marker%1").arg(i));
                painter.drawText(100, y, words.join(u' '));
                y += 35;
            }
        }
        painter.end();
        if (i % 100 == 99)
            err() << "generated " << i + 1 << '\n' << Qt::flush;
    }
    return 0;
}

struct Read
{
    qint64 index = 0;
    AttachmentFile file;
};

int index(const QString& dir, const QString& cache)
{
    const QStringList names = QDir(dir).entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name);
    auto opened = LeadStore::open(cache);
    if (!opened) {
        err() << opened.errorMessage() << '\n';
        return 1;
    }
    LeadStore& store = **opened;
    store.setLifetime(LeadStore::Lifetime::OneCommand);
    QList<Lead> leads;
    for (const QString& name : names) {
        Lead lead;
        lead.source = QStringLiteral("sam");
        lead.sourceId = name;
        lead.title = QStringLiteral("Lead with ") + name;
        lead.raw = "{}";
        lead.attachmentUrls = { QStringLiteral("https://sam.gov/files/") + name + QStringLiteral("/download") };
        leads.append(lead);
    }
    if (!store.upsert(leads))
        return 1;
    auto ids = store.ids(LeadFilter(), QDate(2026, 1, 1));
    auto attachments = ids ? store.attachments(*ids) : Result<QList<Attachment>>(Error { QStringLiteral("no ids") });
    if (!attachments || attachments->size() != names.size()) {
        err() << "listing failed\n";
        return 1;
    }
    QHash<QString, qint64> attachmentOf;
    for (const Attachment& attachment : std::as_const(*attachments))
        attachmentOf.insert(attachment.url.section(u'/', -2, -2), attachment.id);

    QElapsedTimer timer;
    timer.start();
    qint64 pages = 0, chars = 0;
    constexpr int kBatch = 100;
    for (qsizetype first = 0; first < names.size(); first += kBatch) {
        const QStringList batch = names.mid(first, kBatch);
        const QList<AttachmentFile> files = QtConcurrent::blockingMapped(batch, [&dir](const QString& name) {
            QFile file(QDir(dir).filePath(name));
            file.open(QIODevice::ReadOnly);
            const QByteArray bytes = file.readAll();
            AttachmentFile out;
            out.name = name;
            out.contentType = QStringLiteral("application/pdf");
            out.size = bytes.size();
            out.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            const AttachmentText::Extracted text = AttachmentText::read(bytes, name);
            out.text = text.text;
            out.problem = text.problem;
            return out;
        });
        if (!store.beginTransaction())
            return 1;
        for (const AttachmentFile& file : files) {
            chars += file.text.size();
            pages += file.text.count(u'\n');
            if (!store.setAttachmentFile(attachmentOf.value(file.name), file)) {
                err() << "storing " << file.name << " failed\n";
                return 1;
            }
        }
        if (!store.commit())
            return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    LeadFilter filter;
    filter.text = QStringLiteral("marker%1").arg(names.size() / 2);
    auto found = store.count(filter, QDate(2026, 1, 1));
    if (!found || *found != 1) {
        err() << "the marker word of the middle file was not found\n";
        return 1;
    }
    out() << "files " << names.size() << " seconds " << seconds << " files/s " << names.size() / seconds
          << " chars " << chars << " peak-rss-mb " << peakRssMb() << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // QPdfWriter draws text with the platform's fonts
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == u"generate")
        return generate(args[2], args[3].toInt(), args[4].toInt());
    if (args.size() == 4 && args[1] == u"index")
        return index(args[2], args[3]);
    err() << "usage: tradeleads-attachment-bench generate DIR COUNT PAGES | index DIR CACHE\n";
    return 2;
}
