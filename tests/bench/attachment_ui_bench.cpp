// The window while a lead's attachments download and their text is read: the real window on
// a cache with one lead linking to N PDFs of P pages and a large text file, served by the fake
// SAM.gov on loopback. "Download all" is clicked and the UI thread's longest stall is
// measured with a 1 ms timer until every file is kept; prints it with the time taken.
//
//   QT_QPA_PLATFORM=offscreen tradeleads-attachment-ui-bench [FILES] [PAGES]
#include "AttachmentsPanel.h"
#include "BenchOutput.h"
#include "DetailPane.h"
#include "FakeApiServer.h"
#include "FilterBar.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

QByteArray pdf(int index, int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (int line = 0; line < 40; ++line)
            painter.drawText(300, 300 + line * 250,
                             QStringLiteral("Document %1 page %2 line %3: the contractor shall maintain the equipment")
                                 .arg(index)
                                 .arg(page)
                                 .arg(line));
    }
    painter.end();
    return bytes;
}

bool waitFor(const std::function<bool()>& done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > milliseconds)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsBench"));
    const int files = argc > 1 ? std::atoi(argv[1]) : 20;
    const int pages = argc > 2 ? std::atoi(argv[2]) : 10;
    QSettings().clear();
    QTemporaryDir dir;
    // The server runs on a thread of its own so that its work never counts as the window's stall.
    QThread serverThread;
    serverThread.start();
    QObject holder;
    holder.moveToThread(&serverThread);
    FakeApiServer* served = nullptr;
    QMetaObject::invokeMethod(
        &holder,
        [&] {
            served = new FakeApiServer;
            served->listen();
        },
        Qt::BlockingQueuedConnection);
    FakeApiServer& server = *served;
    const QString key = QStringLiteral("bench-key");
    server.setSamKey(key);
    qputenv("TRADELEADS_SAM_URL", server.baseUrl().toString().toUtf8());
    qputenv("TRADELEADS_SAM_API_KEY", key.toUtf8());
    qputenv("TRADELEADS_SAM_DAILY_QUOTA", "10000");

    Lead lead;
    lead.source = QStringLiteral("sam");
    lead.sourceId = QStringLiteral("benchattachments0000000000000001");
    lead.title = QStringLiteral("Equipment maintenance with many documents");
    lead.deadlineAt = QStringLiteral("2030-01-01");
    lead.active = true;
    lead.raw = "{}";
    for (int i = 0; i < files; ++i) {
        FakeApiServer::ServedFile file;
        file.path = "/files/" + QByteArray::number(i) + "/download";
        file.body = pdf(i, pages);
        file.fileName = "document-" + QByteArray::number(i) + ".pdf";
        file.needsKey = true;
        server.serveFile(file);
        lead.attachmentUrls.append(server.baseUrl().toString() + QString::fromLatin1(file.path));
    }
    {
        // A large text file too: 8 MB to read, cut to the index's limit and index.
        FakeApiServer::ServedFile large;
        large.path = "/files/large/download";
        large.fileName = "large.txt";
        large.body = QByteArray("the contractor shall maintain the equipment ").repeated(190000);
        server.serveFile(large);
        lead.attachmentUrls.append(server.baseUrl().toString() + QStringLiteral("/files/large/download"));
    }
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        auto store = LeadStore::open(cache);
        if (!store || !(*store)->upsert({ lead }))
            return 1;
    }

    MainWindow window(cache);
    window.resize(1280, 800);
    window.show();
    if (!waitFor([&] { return window.leadModel()->isComplete() && window.leadModel()->rowCount() == 1; }, 20000))
        return 1;
    window.leadTable()->selectRow(0);
    AttachmentsPanel* panel = window.detailPane()->attachmentsPanel();
    if (!waitFor([&] { return panel->attachments().size() == files + 1; }, 20000))
        return 1;

    double longest = 0;
    qint64 longestEndedNs = 0; // CLOCK_MONOTONIC, to find the stall in a profile
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double stall = double(sinceTick.nsecsElapsed()) / 1e6;
        if (stall > longest) {
            longest = stall;
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            longestEndedNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
        }
        sinceTick.restart();
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    panel->downloadAllButton()->click();
    const bool done = waitFor(
        [&] {
            int stored = 0;
            for (const Attachment& attachment : panel->attachments())
                stored += attachment.stored() ? 1 : 0;
            return stored == files + 1;
        },
        600000);
    ticker.stop();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QMetaObject::invokeMethod(&holder, [&] { delete served; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    std::fprintf(stderr, "longest stall ended at CLOCK_MONOTONIC %.6f s\n", double(longestEndedNs) / 1e9);
    std::printf("attachments %d PDFs of %d pages + 8 MB text: %s in %.2f s, longest UI stall %.1f ms (goal < 50), peak RSS %.0f MB\n",
                files, pages, done ? "all kept" : "NOT ALL KEPT", seconds, longest, peakRssMb());
    return done ? 0 : 1;
}
