#include "DetailPane.h"

#include "AttachmentsPanel.h"

#include "Clock.h"
#include "LeadDetailHtml.h"
#include "LeadDetailLoader.h"
#include "LeadDetails.h"
#include "LeadTrackingEditor.h"
#include "StoreWorker.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kSaveDelayMs = 400;

bool descriptionOnRequest(const Lead& lead)
{
    return lead.source == QLatin1String("sam") && !lead.descriptionUrl.isEmpty();
}

// QTextDocument colours links from the application palette; the pane's own palette wins.
// (The pane's, not the browser's: a palette reaches the pane before its children.)
void setBrowserHtml(QTextBrowser* browser, const QString& html, const QPalette& palette, bool ruledTables = false)
{
    browser->document()->setDefaultStyleSheet(LeadDetailHtml::styleSheet(
        palette.color(QPalette::Link).name(), ruledTables ? palette.color(QPalette::Mid).name() : QString()));
    browser->document()->setHtml(html);
    browser->moveCursor(QTextCursor::Start);
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Nothing the process set as a default resource provider gets asked either.
    document()->setResourceProvider([](const QUrl&) { return QVariant(); });
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(name)
    ++m_resourceRequests;
    // Something rather than nothing, so that QTextDocument does not try a fallback of its own
    // (local files, data: URLs) after us.
    if (type == QTextDocument::ImageResource)
        return QImage();
    if (type == QTextDocument::StyleSheetResource || type == QTextDocument::HtmlResource
        || type == QTextDocument::MarkdownResource)
        return QString();
    return QByteArray();
}

DetailPane::DetailPane(StoreWorker& reader, StoreWorker& writer, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(writer)
    , m_network(new QNetworkAccessManager(this))
{
    m_linkHandler = [](const QUrl& url) {
        if (LeadDetails::isOpenableUrl(url))
            QDesktopServices::openUrl(url);
    };
    m_loader = new LeadDetailLoader(reader, this);
    connect(m_loader, &LeadDetailLoader::loaded, this, &DetailPane::showLoaded);
    connect(m_loader, &LeadDetailLoader::failed, this, &DetailPane::showReadError);
    connect(m_loader, &LeadDetailLoader::similarLoaded, this, &DetailPane::showSimilar);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(false); });
    buildUi();
    clear();
}

DetailPane::~DetailPane()
{
    flush();
}

QStringList DetailPane::statuses()
{
    return LeadTrackingEditor::statuses();
}

void DetailPane::setLinkHandler(LinkHandler handler)
{
    m_linkHandler = std::move(handler);
}

void DetailPane::buildUi()
{
    setMinimumWidth(260);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    m_empty = new QLabel(tr("Select a lead to see everything known about it."), m_pages);
    m_empty->setTextFormat(Qt::PlainText); // it may carry a source's id in an error message
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_pages->addWidget(m_empty);

    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->setSpacing(6);

    m_tracking = new LeadTrackingEditor(page);
    connect(m_tracking, &LeadTrackingEditor::markChanged, this, [this] { saveNow(true); });
    connect(m_tracking, &LeadTrackingEditor::textEdited, this, [this] {
        if (!m_source.isEmpty())
            m_saveTimer->start();
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_tracking->starButton(), 0, Qt::AlignTop);
    m_title = new QLabel(page);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Lead title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_meta = new QLabel(page);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setAccessibleName(tr("Source and identifiers"));
    layout->addWidget(m_meta);

    m_message = new QLabel(page);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_message->setAccessibleName(tr("Problem"));
    layout->addWidget(m_message);

    layout->addLayout(m_tracking->statusRow());

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setAccessibleName(tr("Lead details"));

    auto makeBrowser = [this](QWidget* parent, const QString& name) {
        auto* browser = new SafeTextBrowser(parent);
        browser->setAccessibleName(name);
        browser->setFrameShape(QFrame::NoFrame);
        connect(browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
        return browser;
    };
    m_overview = makeBrowser(m_tabs, tr("Overview"));
    m_tabs->addTab(m_overview, tr("Overview"));

    m_descriptionPage = new QWidget(m_tabs);
    auto* descriptionLayout = new QVBoxLayout(m_descriptionPage);
    descriptionLayout->setContentsMargins(0, 4, 0, 0);
    auto* loadRow = new QHBoxLayout;
    m_descriptionNote = new QLabel(m_descriptionPage);
    m_descriptionNote->setWordWrap(true);
    m_descriptionNote->setTextFormat(Qt::PlainText);
    m_descriptionNote->setAccessibleName(tr("Description status"));
    m_loadDescription = new QPushButton(tr("&Load description"), m_descriptionPage);
    m_loadDescription->setAccessibleName(tr("Load description from SAM.gov"));
    m_loadDescription->setToolTip(tr("Fetch this notice's description from SAM.gov (one request of your daily quota)"));
    connect(m_loadDescription, &QPushButton::clicked, this, &DetailPane::requestDescription);
    loadRow->addWidget(m_descriptionNote, 1);
    loadRow->addWidget(m_loadDescription, 0, Qt::AlignTop);
    descriptionLayout->addLayout(loadRow);
    m_description = makeBrowser(m_descriptionPage, tr("Description"));
    descriptionLayout->addWidget(m_description, 1);
    m_tabs->addTab(m_descriptionPage, tr("Description"));

    m_fields = makeBrowser(m_tabs, tr("All fields of the source record"));
    m_tabs->addTab(m_fields, tr("Fields"));
    m_history = makeBrowser(m_tabs, tr("Amendment history"));
    m_tabs->addTab(m_history, tr("History"));
    m_similarView = makeBrowser(m_tabs, tr("Open leads like this one"));
    m_tabs->addTab(m_similarView, tr("Similar"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::askSimilarWhenShown);
    m_attachments = new AttachmentsPanel(m_reader, m_writer, *m_network, m_tabs);
    m_tabs->addTab(m_attachments, tr("Attachments"));
    connect(m_attachments, &AttachmentsPanel::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_attachments),
                           count > 0 ? tr("Attachments (%1)").arg(count) : tr("Attachments"));
    });

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_tracking->notesBox());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 400, 110 });
    layout->addWidget(m_splitter, 1);
    m_pages->addWidget(page);

    // The editor made the notes before the tabs; they come after them. (setTabOrder() on the tab
    // widget would move its pages along with it, as Qt treats a widget with a focus proxy as a
    // compound, and split the chain.)
    setTabOrder(m_similarView, m_attachments->list());
    setTabOrder(m_attachments->list(), m_attachments->passagesView());
    setTabOrder(m_attachments->passagesView(), m_attachments->downloadButton());
    setTabOrder(m_attachments->downloadButton(), m_attachments->downloadAllButton());
    setTabOrder(m_attachments->downloadAllButton(), m_attachments->openButton());
    setTabOrder(m_attachments->openButton(), m_attachments->removeButton());
    setTabOrder(m_attachments->removeButton(), m_tracking->notesEdit());
}

void DetailPane::showLead(const QString& source, const QString& sourceId)
{
    flush();
    m_loader->read(source, sourceId);
}

void DetailPane::warmUp(const QString& source, const QString& sourceId)
{
    if (m_source.isEmpty())
        m_loader->warmUp(source, sourceId);
}

void DetailPane::showLoaded(const QString& source, const QString& sourceId, const LeadView& view)
{
    flush(); // typed while the lead was on its way: it belongs to the lead shown until now
    const bool same = source == m_source && sourceId == m_sourceId;
    m_lead = view.lead;
    m_versions = view.versions;
    m_family = view.family;
    m_related = view.related;
    m_awards = view.awards;
    m_source = source;
    m_sourceId = sourceId;
    if (!same) {
        m_descriptionState.clear();
        m_similar = QList<StoredLead>();
        m_similarPending = false;
        m_similarAsked = false;
    }
    m_message->setVisible(false);
    m_saved = { .starred = m_lead.starred, .status = m_lead.status, .notes = m_lead.notes, .tags = m_lead.tags,
                .assignee = m_lead.assignee };
    m_tracking->setData(m_saved);
    if (!same) {
        QList<qint64> notices;
        if (m_family) {
            for (const NoticeTimeline::FamilyNotice& notice : std::as_const(*m_family))
                notices.append(notice.notice.id);
        }
        if (!notices.contains(m_lead.id))
            notices.append(m_lead.id);
        m_attachments->showNotices(notices);
    }
    render();
    m_pages->setCurrentIndex(1);
    askSimilarWhenShown();
    emit leadShown();
}

void DetailPane::askSimilarWhenShown()
{
    if (m_source.isEmpty() || m_similarAsked || m_tabs->currentWidget() != m_similarView)
        return;
    m_similarAsked = true;
    m_similarPending = true;
    renderSimilar();
    m_loader->readSimilar(m_source, m_sourceId);
}

void DetailPane::showSimilar(const QString& source, const QString& sourceId, const Result<QList<StoredLead>>& similar)
{
    if (source != m_source || sourceId != m_sourceId)
        return;
    m_similar = similar;
    m_similarPending = false;
    renderSimilar();
}

void DetailPane::renderSimilar()
{
    // Until asked (their tab not yet shown for this lead) they are as good as on their way.
    setBrowserHtml(m_similarView,
                   LeadDetailHtml::similar(m_similar, m_similarPending || !m_similarAsked, mutedColour(), Clock::today()),
                   palette());
    const qsizetype found = m_similar ? m_similar->size() : 0;
    m_tabs->setTabText(m_tabs->indexOf(m_similarView), found > 0 ? tr("Similar (%1)").arg(found) : tr("Similar"));
}

void DetailPane::showReadError(const QString& message)
{
    clear();
    m_empty->setText(message);
    emit leadShown();
}

void DetailPane::clear()
{
    flush();
    m_loader->cancel(); // an answer on its way no longer has a place
    m_source.clear();
    m_sourceId.clear();
    m_similarAsked = false;
    m_lead = StoredLead();
    m_saved = LeadUserData();
    m_descriptionState.clear();
    m_attachments->clear();
    m_empty->setText(tr("Select a lead to see everything known about it."));
    m_pages->setCurrentIndex(0);
}

void DetailPane::showPipeline(const QStringList& statusAndAssignee)
{
    if (m_source.isEmpty() || statusAndAssignee.size() != 2)
        return;
    LeadUserData shown = m_tracking->data();
    if (shown.status == statusAndAssignee.at(0) && shown.assignee == statusAndAssignee.at(1))
        return;
    shown.status = statusAndAssignee.at(0);
    shown.assignee = statusAndAssignee.at(1);
    m_saved.status = shown.status;
    m_saved.assignee = shown.assignee;
    m_tracking->setData(shown);
}

void DetailPane::setTeam(const QString& team)
{
    m_tracking->setTeam(team);
}

void DetailPane::flush()
{
    m_saveTimer->stop();
    saveNow(false);
}

void DetailPane::saveNow(bool notify)
{
    const LeadUserData current = m_tracking->data();
    if (m_source.isEmpty() || current == m_saved)
        return;
    const bool tableChanged = current.starred != m_saved.starred || current.status != m_saved.status;
    const auto pipeline = current.status != m_saved.status || current.assignee != m_saved.assignee
        ? LeadStore::Pipeline::Changed
        : LeadStore::Pipeline::Unchanged;
    // Shown as saved at once; the writer writes it in the order of the edits, and a
    // failure (a full disk) is said in the pane.
    m_writer.call(
        this,
        [source = m_source, sourceId = m_sourceId, current, pipeline](
            LeadStore& store) { return store.setUserData(source, sourceId, current, pipeline); },
        [this](const Status& status) {
            if (!status) {
                showMessage(status.errorMessage());
                emit writeFailed(status.errorMessage());
            }
        });
    const LeadUserData before = std::exchange(m_saved, current);
    emit userDataSaved(m_source, m_sourceId, before, m_saved);
    if (tableChanged || notify)
        emit userDataChanged(m_source, m_sourceId);
}

void DetailPane::showUserData(const QString& source, const QString& sourceId, const LeadUserData& data)
{
    if (source != m_source || sourceId != m_sourceId)
        return;
    m_saveTimer->stop();
    m_saved = data;
    m_tracking->setData(data);
}

void DetailPane::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString DetailPane::mutedColour() const
{
    return palette().color(QPalette::PlaceholderText).name();
}

void DetailPane::render()
{
    renderHeader();
    const QString muted = mutedColour();
    setBrowserHtml(m_overview,
        LeadDetailHtml::overview(m_lead, m_related, muted, Clock::today())
            + LeadDetailHtml::awards(m_lead.lead, m_awards, muted),
        palette());
    renderDescription();
    setBrowserHtml(m_fields, LeadDetailHtml::fields(m_lead.lead.raw, muted), palette());
    const LeadDetailHtml::History history = LeadDetailHtml::history(m_versions, m_lead.lead.raw, muted);
    // The family's timeline first: what analysts follow from presolicitation to award.
    const LeadDetailHtml::Timeline timeline = LeadDetailHtml::family(m_family, m_lead.lead.sourceId, muted);
    // Every entry after the first is a change, the lead's own amendments among them.
    const int changes = timeline.entries > 1
        ? timeline.entries - 1
        : history.amendments + (m_lead.noticeCount > 1 ? m_lead.noticeCount - 1 : 0);
    m_tabs->setTabText(m_tabs->indexOf(m_history), changes > 0 ? tr("History (%1)").arg(changes) : tr("History"));
    setBrowserHtml(m_history, timeline.html + history.html, palette());
    renderSimilar();
}

void DetailPane::renderHeader()
{
    const Lead& lead = m_lead.lead;
    m_title->setText(lead.title.isEmpty() ? tr("(untitled)") : lead.title);
    QStringList meta = { LeadDetails::sourceName(lead.source) };
    if (!lead.noticeType.isEmpty())
        meta.append(lead.noticeType);
    // The number people quote; the long notice ID heads the overview below.
    meta.append(lead.solicitationNumber.isEmpty() ? tr("ID %1").arg(lead.sourceId)
                                                  : tr("Solicitation %1").arg(lead.solicitationNumber));
    m_meta->setText(meta.join(QStringLiteral(" \u00B7 ")));
}

void DetailPane::renderDescription()
{
    const Lead& lead = m_lead.lead;
    const bool fetchable = descriptionOnRequest(lead);
    const bool empty = lead.description.trimmed().isEmpty();
    m_loadDescription->setVisible(empty && fetchable);
    m_loadDescription->setEnabled(m_descriptionState != QLatin1String("loading"));
    m_loadDescription->setText(m_descriptionState.isEmpty() || m_descriptionState == QLatin1String("loading")
            ? tr("&Load description")
            : tr("Try &again"));
    m_descriptionNote->setVisible(empty);
    if (empty) {
        if (!fetchable)
            m_descriptionNote->setText(tr("The source gives no description for this lead."));
        else if (m_descriptionState == QLatin1String("loading"))
            m_descriptionNote->setText(tr("Loading the description from SAM.gov…"));
        else if (!m_descriptionState.isEmpty())
            m_descriptionNote->setText(tr("Could not load the description: %1").arg(m_descriptionState));
        else
            m_descriptionNote->setText(tr("SAM.gov gives the description on request; it has not been downloaded yet."));
    }
    setBrowserHtml(m_description, LeadDetailHtml::description(lead, fetchable), palette(), !empty);
}

void DetailPane::requestDescription()
{
    const Lead& lead = m_lead.lead;
    if (!descriptionOnRequest(lead))
        return;
    m_descriptionState = QStringLiteral("loading");
    renderDescription();
    emit descriptionRequested(lead.sourceId, lead.descriptionUrl);
}

void DetailPane::setDescription(const QString& noticeId, const QString& html)
{
    m_writer.call(
        this,
        [noticeId, html](LeadStore& store) { return store.setDescription(QStringLiteral("sam"), noticeId, html); },
        [this](const Status& status) {
            if (!status)
                showMessage(status.errorMessage());
        });
    if (m_source != QLatin1String("sam") || m_sourceId != noticeId)
        return;
    m_lead.lead.description = html;
    m_descriptionState = html.trimmed().isEmpty() ? tr("SAM.gov sent an empty description.") : QString();
    renderDescription();
}

void DetailPane::setDescriptionError(const QString& noticeId, const QString& message)
{
    if (m_source != QLatin1String("sam") || m_sourceId != noticeId)
        return;
    m_descriptionState = message.isEmpty() ? tr("unknown error") : message;
    renderDescription();
}

void DetailPane::openLink(const QUrl& url)
{
    if (const auto lead = LeadDetailHtml::similarLead(url)) { // a lead like this one: shown here
        showLead(lead->first, lead->second);
        return;
    }
    if (!LeadDetails::isOpenableUrl(url))
        return; // nothing but http, https, mailto and tel leaves the pane
    if (m_linkHandler)
        m_linkHandler(url);
}

void DetailPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange) && !m_source.isEmpty())
        render(); // the muted colour and dates come from the palette and the locale
}
