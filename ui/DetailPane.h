#pragma once

#include "AwardHistory.h"
#include "LeadDetails.h"
#include "LeadTrackingEditor.h"
#include "NoticeTimeline.h"
#include "StoredLead.h"

#include <QTextBrowser>
#include <QWidget>

#include <functional>

class AttachmentsPanel;
class LeadDetailLoader;
class QNetworkAccessManager;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class StoreWorker;
struct LeadView;

// A QTextBrowser that never fetches anything: every resource a document asks for (images,
// style sheets, pages) is answered with nothing, and links are only reported by
// anchorClicked, never followed. Text from the APIs is shown through it.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;
    int resourceRequests() const { return m_resourceRequests; } // how many were refused

private:
    int m_resourceRequests = 0;
};

// Everything known about one lead, for the right side of the main window: title, ids and
// canonical fields, every field of the source record, contacts, the description (sanitised,
// fetched on demand for SAM.gov), amendments field by field, related ITA reference data, and
// the analyst's star, pipeline status, tags and notes, saved as they are typed.
class DetailPane final : public QWidget
{
    Q_OBJECT
public:
    // Reads the lead shown on `reader`, writes the analyst's data through `writer`: the UI
    // thread never runs SQL and never waits.
    DetailPane(StoreWorker& reader, StoreWorker& writer, QWidget* parent = nullptr);
    ~DetailPane() override; // saves what was typed last

    // Saves pending user data of the lead shown, then reads this one and shows it when read
    // (leadShown); a newer call replaces an answer still on its way.
    void showLead(const QString& source, const QString& sourceId);
    // Before any lead is shown: reads a lead's view without showing it (LeadDetailLoader::warmUp).
    void warmUp(const QString& source, const QString& sourceId);
    // Saves pending user data and shows nothing.
    void clear();
    // Writes pending user data now; the debounce would have done it within 400 ms.
    void flush();
    // Shows user data that was written elsewhere (an undo), when that lead is shown.
    void showUserData(const QString& source, const QString& sourceId, const LeadUserData& data);

    QString source() const { return m_source; }
    QString sourceId() const { return m_sourceId; }

    // Pipeline statuses as stored: new, reviewing, bidding, submitted, won, lost, no bid.
    static QStringList statuses();

    // Where clicked links go; the default hands http, https, mailto and tel links to the
    // system browser (QDesktopServices) and refuses every other. Tests replace it.
    using LinkHandler = std::function<void(const QUrl&)>;
    void setLinkHandler(LinkHandler handler);

    // The parts, for tests and for the window's keyboard handling.
    QTextBrowser* overviewView() const { return m_overview; }
    QTextBrowser* descriptionView() const { return m_description; }
    QTextBrowser* fieldsView() const { return m_fields; }
    QTextBrowser* historyView() const { return m_history; }
    QTextBrowser* similarView() const { return m_similarView; }
    AttachmentsPanel* attachmentsPanel() const { return m_attachments; }
    QTabWidget* tabs() const { return m_tabs; }
    QToolButton* starButton() const { return m_tracking->starButton(); }
    // The shown lead's status and assignee as read again ({status, assignee}): a teammate's
    // change shows; the analyst's own star, tags and notes stay as typed.
    void showPipeline(const QStringList& statusAndAssignee);
    // On a team server, the team that shares the pipeline (LeadTrackingEditor::setTeam).
    void setTeam(const QString& team);
    QComboBox* statusBox() const { return m_tracking->statusBox(); }
    QLineEdit* tagsEdit() const { return m_tracking->tagsEdit(); }
    QLineEdit* assigneeEdit() const { return m_tracking->assigneeEdit(); }
    QPlainTextEdit* notesEdit() const { return m_tracking->notesEdit(); }
    QPushButton* loadDescriptionButton() const { return m_loadDescription; }

public slots:
    // From DescriptionFetcher::fetched: stored in the cache, and shown when that lead is shown.
    void setDescription(const QString& noticeId, const QString& html);
    void setDescriptionError(const QString& noticeId, const QString& message);

signals:
    // The star or pipeline status of a lead changed: what marks a lead in lists. Notes and
    // tags are saved without it (userDataSaved tells of every write).
    void userDataChanged(const QString& source, const QString& sourceId);
    // Whatever of the lead's user data was written, with what it was before: for undo.
    void userDataSaved(
        const QString& source, const QString& sourceId, const LeadUserData& before, const LeadUserData& after);
    // The answer to the latest showLead() is on screen (or, when it failed, its message).
    void leadShown();
    // A write of the analyst's data failed; what was written before stays.
    void writeFailed(const QString& message);
    // The analyst asked for a SAM.gov description that the cache does not hold yet.
    void descriptionRequested(const QString& noticeId, const QString& descriptionUrl);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void showLoaded(const QString& source, const QString& sourceId, const LeadView& view);
    void showReadError(const QString& message);
    void showSimilar(const QString& source, const QString& sourceId, const Result<QList<StoredLead>>& similar);
    // Asks for the leads like the one shown when their tab is current and they were not asked.
    void askSimilarWhenShown();
    void renderSimilar();
    void render();
    void renderHeader();
    void renderDescription();
    void saveNow(bool notify);
    void requestDescription();
    void openLink(const QUrl& url);
    void showMessage(const QString& message);
    QString mutedColour() const;

    StoreWorker& m_reader;
    StoreWorker& m_writer;
    QNetworkAccessManager* m_network;
    LeadDetailLoader* m_loader = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    LeadTrackingEditor* m_tracking = nullptr;
    QString m_source;
    QString m_sourceId;
    StoredLead m_lead;
    Result<QList<LeadDetails::Version>> m_versions = QList<LeadDetails::Version>();
    Result<QList<NoticeTimeline::FamilyNotice>> m_family = QList<NoticeTimeline::FamilyNotice>();
    Result<QList<LeadDetails::Reference>> m_related = QList<LeadDetails::Reference>();
    Result<AwardHistory> m_awards = AwardHistory();
    Result<QList<StoredLead>> m_similar = QList<StoredLead>();
    bool m_similarPending = false; // still being looked for
    bool m_similarAsked = false;   // for the lead shown: asked when their tab was first current
    LeadUserData m_saved; // what the cache holds; the editor holds what the controls say
    QString m_descriptionState; // "", "loading", or an error message
    LinkHandler m_linkHandler;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    SafeTextBrowser* m_overview = nullptr;
    QWidget* m_descriptionPage = nullptr;
    QLabel* m_descriptionNote = nullptr;
    QPushButton* m_loadDescription = nullptr;
    SafeTextBrowser* m_description = nullptr;
    SafeTextBrowser* m_fields = nullptr;
    SafeTextBrowser* m_history = nullptr;
    SafeTextBrowser* m_similarView = nullptr;
    QTimer* m_saveTimer = nullptr;
};
