#pragma once

#include "Attachment.h"

#include <QWidget>

#include <functional>

class AttachmentFetcher;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class StoreWorker;

// The detail pane's Attachments tab: every document of the lead's notice family with its
// name, type, size and whether it is kept on this machine (or why it is not), Download,
// Download all, Open (in the system's viewer, never in-process) and Remove, and the passages
// of the stored files that the keyword search matched. Reads through `reader`, writes through
// `writer`; downloads and text extraction never hold up the UI thread.
class AttachmentsPanel final : public QWidget
{
    Q_OBJECT
public:
    AttachmentsPanel(StoreWorker& reader, StoreWorker& writer, QNetworkAccessManager& network, QWidget* parent = nullptr);
    ~AttachmentsPanel() override;

    // The notices whose attachments are shown (a family, oldest first); replaces what was shown.
    void showNotices(const QList<qint64>& noticeIds);
    void clear();
    // The keyword search in force: the passages of the attachments it matches are shown.
    void setKeyword(const QString& text);
    // Downloads every attachment not stored yet, of the notices shown.
    void downloadAll();
    // Downloads these (of any lead: the starred leads' after a sync) and records them.
    void download(const QList<Attachment>& attachments);

    // How "Open" hands a file over; the default is QDesktopServices. Tests replace it.
    using FileOpener = std::function<void(const QString& path)>;
    void setFileOpener(FileOpener opener);

    QTreeWidget* list() const { return m_list; }
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* downloadAllButton() const { return m_downloadAll; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* removeButton() const { return m_remove; }
    QTextBrowser* passagesView() const { return m_passages; }
    const QList<Attachment>& attachments() const { return m_attachments; }

signals:
    void countChanged(int count);
    // Shown once a read answered (tests wait for it).
    void listed();
    // A file was stored or removed: keyword searches may now match differently.
    void storedFilesChanged();

private:
    void reload();
    void render();
    void renderPassages();
    void showProgress();
    QString progressText(qint64 attachmentId) const;
    void updateButtons();
    void openSelected();
    void removeSelected();
    QList<Attachment> selected() const;
    AttachmentFetcher& fetcher();

    StoreWorker& m_reader;
    StoreWorker& m_writer;
    QNetworkAccessManager& m_network;
    AttachmentFetcher* m_fetcher = nullptr;
    FileOpener m_opener;
    QList<qint64> m_noticeIds;
    QList<Attachment> m_attachments;
    QList<AttachmentPassage> m_passageList;
    QHash<qint64, QPair<qint64, qint64>> m_progress; // received, total, by attachment
    QString m_keyword;
    quint64 m_generation = 0;

    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_downloadAll = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    QTextBrowser* m_passages = nullptr;
};
