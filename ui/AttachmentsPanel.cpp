#include "AttachmentsPanel.h"

#include "AttachmentFetcher.h"
#include "StoreWorker.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, TypeColumn, SizeColumn, StateColumn };

// Every link once: an amendment repeats its notice's documents.
QList<Attachment> withoutRepeats(const QList<Attachment>& attachments)
{
    QList<Attachment> unique;
    QSet<QString> seen;
    for (const Attachment& attachment : attachments) {
        if (!seen.contains(attachment.url)) {
            seen.insert(attachment.url);
            unique.append(attachment);
        }
    }
    return unique;
}

// The kind of file in a word, from what the server said or else the name's extension. (Not
// QMimeDatabase: loading it the first time holds the UI thread for a tenth of a second.)
QString typeOf(const Attachment& attachment)
{
    static const QList<std::pair<QLatin1String, QLatin1String>> kinds = {
        { QLatin1String("application/pdf"), QLatin1String("PDF") },
        { QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml"), QLatin1String("Word") },
        { QLatin1String("application/msword"), QLatin1String("Word") },
        { QLatin1String("application/vnd.openxmlformats-officedocument.spreadsheetml"), QLatin1String("Excel") },
        { QLatin1String("application/vnd.ms-excel"), QLatin1String("Excel") },
        { QLatin1String("application/zip"), QLatin1String("ZIP") },
        { QLatin1String("text/html"), QLatin1String("HTML") },
        { QLatin1String("text/csv"), QLatin1String("CSV") },
        { QLatin1String("text/plain"), QLatin1String("Text") },
    };
    for (const auto& [prefix, kind] : kinds) {
        if (attachment.contentType.startsWith(prefix, Qt::CaseInsensitive))
            return kind;
    }
    const QString suffix = QFileInfo(attachment.displayName()).suffix();
    return suffix.size() <= 5 ? suffix.toUpper() : QString();
}

} // namespace

AttachmentsPanel::AttachmentsPanel(StoreWorker& reader, StoreWorker& writer, QNetworkAccessManager& network, QWidget* parent)
    : QWidget(parent), m_reader(reader), m_writer(writer), m_network(network)
{
    m_opener = [](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Name"), tr("Type"), tr("Size"), tr("Stored") });
    // The state takes what is left: it carries the reason a file could not be read.
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(NameColumn, 190);
    m_list->setAccessibleName(tr("Attachments"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        const QList<Attachment> chosen = selected();
        if (!chosen.isEmpty() && chosen.first().stored())
            openSelected();
        else
            download(chosen);
    });
    m_passages = new QTextBrowser(splitter);
    m_passages->setOpenLinks(false);
    m_passages->setAccessibleName(tr("Matching passages"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_bar = new QProgressBar(this);
    m_bar->setVisible(false);
    m_bar->setTextVisible(true);
    layout->addWidget(m_bar);

    auto* buttons = new QHBoxLayout;
    m_download = new QPushButton(tr("&Download"), this);
    m_downloadAll = new QPushButton(tr("Download &all"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_download->setToolTip(tr("Download the selected files and search their text"));
    m_open->setToolTip(tr("Open the stored file in the system's viewer"));
    m_remove->setToolTip(tr("Delete the stored file; its text leaves the keyword search"));
    for (QPushButton* button : { m_download, m_downloadAll, m_open, m_remove }) {
        button->setAccessibleName(button->text().remove(u'&'));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_download, &QPushButton::clicked, this, [this] { download(selected()); });
    connect(m_downloadAll, &QPushButton::clicked, this, &AttachmentsPanel::downloadAll);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    clear();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::setFileOpener(FileOpener opener)
{
    m_opener = std::move(opener);
}

AttachmentFetcher& AttachmentsPanel::fetcher()
{
    if (!m_fetcher) {
        m_fetcher = new AttachmentFetcher(m_network, SyncConfig::fromEnvironment(), m_writer.location(),
                                          AttachmentSettings::fromSettings(), this);
        connect(m_fetcher, &AttachmentFetcher::progress, this, [this](qint64 id, qint64 received, qint64 total) {
            m_progress[id] = { received, total };
            showProgress();
        });
        connect(m_fetcher, &AttachmentFetcher::fetched, this, [this](qint64 id, const AttachmentFile& file) {
            m_progress.remove(id);
            m_writer.call(this, [id, file](LeadStore& store) { return store.setAttachmentFile(id, file); },
                          [this](const Status& status) {
                              if (!status)
                                  m_summary->setText(status.errorMessage());
                              emit storedFilesChanged();
                              reload();
                          });
        });
        connect(m_fetcher, &AttachmentFetcher::failed, this, [this](qint64 id, const QString& problem) {
            m_progress.remove(id);
            m_writer.call(this, [id, problem](LeadStore& store) { return store.setAttachmentProblem(id, problem); },
                          [this](const Status&) { reload(); });
        });
    }
    return *m_fetcher;
}

void AttachmentsPanel::showNotices(const QList<qint64>& noticeIds)
{
    m_noticeIds = noticeIds;
    m_attachments.clear();
    m_passageList.clear();
    render();
    reload();
}

void AttachmentsPanel::clear()
{
    m_noticeIds.clear();
    m_attachments.clear();
    m_passageList.clear();
    ++m_generation;
    render();
}

void AttachmentsPanel::setKeyword(const QString& text)
{
    if (text == m_keyword)
        return;
    m_keyword = text;
    reload();
}

void AttachmentsPanel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_noticeIds.isEmpty()) {
        render();
        return;
    }
    struct Answer
    {
        QList<Attachment> attachments;
        QList<AttachmentPassage> passages;
    };
    m_reader.call(
        this,
        [ids = m_noticeIds, keyword = m_keyword, folder = AttachmentFolder(m_writer.location())](
            LeadStore& store) -> Result<Answer> {
            auto attachments = store.attachments(ids);
            if (!attachments)
                return attachments.error();
            auto passages = store.attachmentPassages(keyword, ids, 5);
            if (!passages)
                return passages.error();
            return Answer { folder.onThisComputer(*attachments), *passages };
        },
        [this, generation](const Result<Answer>& answer) {
            if (generation != m_generation)
                return; // another lead is shown by now
            if (!answer) {
                m_summary->setText(answer.errorMessage());
                return;
            }
            m_attachments = withoutRepeats(answer->attachments);
            m_passageList = answer->passages;
            render();
            emit listed();
        });
}

void AttachmentsPanel::render()
{
    const QLocale locale;
    QSet<qint64> keep;
    for (QTreeWidgetItem* item : m_list->selectedItems())
        keep.insert(item->data(NameColumn, Qt::UserRole).toLongLong());
    m_list->clear();
    int stored = 0;
    for (const Attachment& attachment : std::as_const(m_attachments)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, attachment.id);
        item->setText(NameColumn, attachment.displayName());
        item->setToolTip(NameColumn, attachment.url.section(u'?', 0, 0));
        item->setText(TypeColumn, typeOf(attachment));
        item->setText(SizeColumn, attachment.size >= 0 ? locale.formattedDataSize(attachment.size) : QString());
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        QString state;
        if (m_progress.contains(attachment.id) || (m_fetcher && m_fetcher->isFetching(attachment.id))) {
            state = progressText(attachment.id);
        } else if (attachment.stored()) {
            state = attachment.problem.isEmpty() ? tr("On this computer") : tr("Stored; text not searched");
            ++stored;
        } else {
            state = attachment.problem.isEmpty() ? tr("Not downloaded") : tr("Not downloaded: failed");
        }
        item->setText(StateColumn, state);
        if (!attachment.problem.isEmpty()) {
            item->setToolTip(StateColumn, attachment.problem);
            item->setText(StateColumn, state + QStringLiteral(" — ") + attachment.problem);
            item->setForeground(StateColumn, palette().brush(QPalette::PlaceholderText));
        }
        item->setSelected(keep.contains(attachment.id));
    }
    for (int column : { TypeColumn, SizeColumn })
        m_list->resizeColumnToContents(column);
    if (m_noticeIds.isEmpty())
        m_summary->setText(tr("Select a lead to see its documents."));
    else if (m_attachments.isEmpty())
        m_summary->setText(tr("The lead lists no documents."));
    else
        m_summary->setText(tr("%n document(s), %1 on this computer.", nullptr, int(m_attachments.size())).arg(stored));
    showProgress();
    renderPassages();
    updateButtons();
    emit countChanged(int(m_attachments.size()));
}

QString AttachmentsPanel::progressText(qint64 attachmentId) const
{
    const auto [got, total] = m_progress.value(attachmentId);
    return total > 0 ? tr("Downloading %1%").arg(got * 100 / total) : tr("Downloading…");
}

// A download's progress touches its row and the bar only: the list stays as it is.
void AttachmentsPanel::showProgress()
{
    qint64 received = 0, expected = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const qint64 id = item->data(NameColumn, Qt::UserRole).toLongLong();
        if (!m_progress.contains(id))
            continue;
        const auto [got, total] = m_progress.value(id);
        received += got;
        expected += std::max<qint64>(total, got);
        item->setText(StateColumn, progressText(id));
    }
    m_bar->setVisible(!m_progress.isEmpty());
    if (!m_progress.isEmpty()) {
        m_bar->setMaximum(expected > 0 ? 1000 : 0);
        m_bar->setValue(expected > 0 ? int(received * 1000 / expected) : 0);
    }
}

void AttachmentsPanel::renderPassages()
{
    m_passages->setVisible(!m_passageList.isEmpty());
    QString html;
    for (const AttachmentPassage& passage : std::as_const(m_passageList)) {
        QString text = passage.passage.toHtmlEscaped();
        text.replace(AttachmentMarks::kMatchStart, QStringLiteral("<b>")).replace(AttachmentMarks::kMatchEnd, QStringLiteral("</b>"));
        html += QStringLiteral("<p><i>%1</i><br>%2</p>").arg(passage.name.toHtmlEscaped(), text);
    }
    m_passages->setHtml(html);
}

void AttachmentsPanel::updateButtons()
{
    const QList<Attachment> chosen = selected();
    bool anyStored = false, anyMissing = false;
    for (const Attachment& attachment : chosen) {
        anyStored = anyStored || attachment.stored();
        anyMissing = anyMissing || !attachment.stored();
    }
    bool allStored = true;
    for (const Attachment& attachment : std::as_const(m_attachments))
        allStored = allStored && attachment.stored();
    m_download->setEnabled(anyMissing);
    m_downloadAll->setEnabled(!m_attachments.isEmpty() && !allStored);
    m_open->setEnabled(chosen.size() == 1 && anyStored);
    m_remove->setEnabled(anyStored);
}

QList<Attachment> AttachmentsPanel::selected() const
{
    QSet<qint64> ids;
    for (QTreeWidgetItem* item : m_list->selectedItems())
        ids.insert(item->data(NameColumn, Qt::UserRole).toLongLong());
    QList<Attachment> out;
    for (const Attachment& attachment : m_attachments) {
        if (ids.contains(attachment.id))
            out.append(attachment);
    }
    return out;
}

void AttachmentsPanel::downloadAll()
{
    QList<Attachment> missing;
    for (const Attachment& attachment : std::as_const(m_attachments)) {
        if (!attachment.stored())
            missing.append(attachment);
    }
    download(missing);
}

void AttachmentsPanel::download(const QList<Attachment>& attachments)
{
    if (!attachments.isEmpty())
        fetcher().setConfig(SyncConfig::fromEnvironment()); // a key set in Settings since
    for (const Attachment& attachment : attachments) {
        if (!attachment.stored()) {
            m_progress[attachment.id] = { 0, attachment.size };
            fetcher().fetch(attachment);
        }
    }
    render();
}

void AttachmentsPanel::openSelected()
{
    const QList<Attachment> chosen = selected();
    if (chosen.size() != 1 || !chosen.first().stored())
        return;
    const QString path = fetcher().folder().storedFile(chosen.first().contentHash);
    if (path.isEmpty()) {
        m_summary->setText(tr("The file of %1 is gone from %2; download it again")
                               .arg(chosen.first().displayName(), QDir::toNativeSeparators(fetcher().folder().path())));
        return;
    }
    m_opener(path);
}

void AttachmentsPanel::removeSelected()
{
    for (const Attachment& attachment : selected()) {
        if (!attachment.stored())
            continue;
        fetcher().folder().remove(attachment.contentHash);
        const QString hash = attachment.contentHash;
        m_writer.call(this, [hash](LeadStore& store) { return store.removeAttachmentFile(hash); },
                      [this](const Status& status) {
                          if (!status)
                              m_summary->setText(status.errorMessage());
                          emit storedFilesChanged();
                          reload();
                      });
    }
}
