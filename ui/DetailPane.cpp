#include "DetailPane.h"

#include "StoreWorker.h"

#include "Clock.h"
#include "HtmlSanitizer.h"
#include "LeadDetails.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kSaveDelayMs = 400;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the line breaks of the source kept.
QString escMultiline(const QString& text)
{
    QString out = text.trimmed().toHtmlEscaped();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

QString link(const QUrl& url, const QString& text)
{
    return QStringLiteral("<a href=\"") + esc(url.toString(QUrl::FullyEncoded)) + QStringLiteral("\">") + esc(text)
        + QStringLiteral("</a>");
}

// A value of a field: a link when it is an http(s) address or an e-mail address.
QString valueHtml(const QString& value)
{
    if (const QUrl web = LeadDetails::webUrl(value); web.isValid() && !value.trimmed().contains(u' '))
        return link(web, value.trimmed());
    if (const QUrl mail = LeadDetails::mailtoUrl(value); mail.isValid())
        return link(mail, value.trimmed());
    return escMultiline(value);
}

class HtmlTable
{
public:
    explicit HtmlTable(QString muted)
        : m_muted(std::move(muted))
    {
    }

    void row(const QString& label, const QString& valueHtml)
    {
        if (valueHtml.isEmpty())
            return;
        m_html += QStringLiteral("<tr><td width=\"38%\" valign=\"top\"><span style=\"color:") + m_muted
            + QStringLiteral("\">") + esc(label) + QStringLiteral("</span></td><td valign=\"top\">") + valueHtml
            + QStringLiteral("</td></tr>");
        ++m_rows;
    }
    void textRow(const QString& label, const QString& text)
    {
        if (!text.trimmed().isEmpty())
            row(label, escMultiline(text));
    }
    QString html() const
    {
        if (m_rows == 0)
            return {};
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">") + m_html
            + QStringLiteral("</table>");
    }

private:
    QString m_muted;
    QString m_html;
    int m_rows = 0;
};

QString heading(const QString& text)
{
    return QStringLiteral("<h4>") + esc(text) + QStringLiteral("</h4>");
}

QString paragraph(const QString& text, const QString& colour = {})
{
    if (colour.isEmpty())
        return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
    return QStringLiteral("<p><span style=\"color:") + colour + QStringLiteral("\">") + esc(text)
        + QStringLiteral("</span></p>");
}

// QTextDocument colours links from the application palette; the pane's own palette wins.
// (The pane's, not the browser's: a palette reaches the pane before its children.)
void setBrowserHtml(QTextBrowser* browser, const QString& html, const QPalette& palette, bool ruledTables = false)
{
    QString css = QStringLiteral("a { color: %1; }").arg(palette.color(QPalette::Link).name());
    if (ruledTables) // the sanitiser drops border attributes; tables from the source still read as tables
        css += QStringLiteral(" table { border-collapse: collapse; } th, td { border: 1px solid %1; padding: 3px; }")
                   .arg(palette.color(QPalette::Mid).name());
    browser->document()->setDefaultStyleSheet(css);
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
{
    m_linkHandler = [](const QUrl& url) {
        if (LeadDetails::isOpenableUrl(url))
            QDesktopServices::openUrl(url);
    };
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
    return { QStringLiteral("new"), QStringLiteral("reviewing"), QStringLiteral("bidding"), QStringLiteral("submitted"),
        QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("no bid") };
}

void DetailPane::setLinkHandler(LinkHandler handler)
{
    m_linkHandler = std::move(handler);
}

QTextBrowser* DetailPane::overviewView() const
{
    return m_overview;
}

QTextBrowser* DetailPane::descriptionView() const
{
    return m_description;
}

QTextBrowser* DetailPane::fieldsView() const
{
    return m_fields;
}

QTextBrowser* DetailPane::historyView() const
{
    return m_history;
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

    auto* header = new QHBoxLayout;
    m_star = new QToolButton(page);
    m_star->setCheckable(true);
    m_star->setAutoRaise(true);
    m_star->setText(QStringLiteral("\u2606"));
    m_star->setAccessibleName(tr("Star this lead"));
    m_star->setToolTip(tr("Star this lead"));
    QFont starFont = m_star->font();
    starFont.setPointSizeF(starFont.pointSizeF() * 1.5);
    m_star->setFont(starFont);
    connect(m_star, &QToolButton::toggled, this, [this](bool on) {
        m_star->setText(on ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
        m_star->setToolTip(on ? tr("Starred — click to unstar") : tr("Star this lead"));
        if (m_loadingUserData)
            return;
        m_current.starred = on;
        saveNow(true);
    });
    header->addWidget(m_star, 0, Qt::AlignTop);
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

    auto* userRow = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("&Status"), page);
    m_status = new QComboBox(page);
    const QStringList names
        = { tr("New"), tr("Reviewing"), tr("Bidding"), tr("Submitted"), tr("Won"), tr("Lost"), tr("No bid") };
    const QStringList keys = statuses();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_status->addItem(names.at(i), keys.at(i));
    m_status->setAccessibleName(tr("Pipeline status"));
    m_status->setToolTip(tr("Where this lead stands in your pipeline"));
    statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        m_current.status = m_status->itemData(index).toString();
        saveNow(true);
    });
    auto* tagsLabel = new QLabel(tr("&Tags"), page);
    m_tags = new QLineEdit(page);
    m_tags->setPlaceholderText(tr("e.g. lighting, midwest"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setClearButtonEnabled(true);
    tagsLabel->setBuddy(m_tags);
    connect(m_tags, &QLineEdit::textEdited, this, &DetailPane::userDataEdited);
    userRow->addWidget(statusLabel);
    userRow->addWidget(m_status);
    userRow->addSpacing(8);
    userRow->addWidget(tagsLabel);
    userRow->addWidget(m_tags, 1);
    layout->addLayout(userRow);

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
    m_tabs->addTab(m_fields, tr("All fields"));
    m_history = makeBrowser(m_tabs, tr("Amendment history"));
    m_tabs->addTab(m_history, tr("History"));

    auto* notesBox = new QWidget(m_splitter);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 4, 0, 0);
    notesLayout->setSpacing(2);
    auto* notesLabel = new QLabel(tr("&Notes"), notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Your notes on this lead, saved as you type"));
    m_notes->setTabChangesFocus(true);
    notesLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DetailPane::userDataEdited);
    notesLayout->addWidget(notesLabel);
    notesLayout->addWidget(m_notes, 1);

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(notesBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 400, 110 });
    layout->addWidget(m_splitter, 1);
    m_pages->addWidget(page);

    // Star, status and tags first; then the order these were made in: the tabs, the page
    // shown, the notes. (setTabOrder() on the tab widget would move its pages along with it,
    // as Qt treats a widget with a focus proxy as a compound, and split the chain.)
    setTabOrder(m_star, m_status);
    setTabOrder(m_status, m_tags);
}

namespace {

// Everything the pane shows of one lead, read in one job off the UI thread.
struct LeadView
{
    StoredLead lead;
    Result<QList<LeadDetails::Version>> versions = QList<LeadDetails::Version>();
    Result<QList<LeadDetails::Reference>> related = QList<LeadDetails::Reference>();
};

Result<LeadView> readLeadView(const LeadStore& store, const QString& source, const QString& sourceId)
{
    auto row = store.lead(source, sourceId);
    if (!row)
        return row.error();
    LeadView view;
    view.lead = std::move(*row);
    view.versions = LeadDetails::versions(store, source, sourceId);
    view.related = LeadDetails::related(store, view.lead.lead);
    return view;
}

} // namespace

void DetailPane::showLead(const QString& source, const QString& sourceId)
{
    flush();
    const quint64 generation = ++m_generation;
    m_reader.call(
        this, [source, sourceId](LeadStore& store) { return readLeadView(store, source, sourceId); },
        [this, generation, source, sourceId](const Result<LeadView>& view) {
            if (generation != m_generation)
                return; // a newer lead was asked for
            if (!view) {
                clear();
                m_empty->setText(view.errorMessage());
                emit leadShown();
                return;
            }
            flush(); // typed while the lead was on its way: it belongs to the lead shown until now
            const bool same = source == m_source && sourceId == m_sourceId;
            m_lead = view->lead;
            m_versions = view->versions;
            m_related = view->related;
            m_source = source;
            m_sourceId = sourceId;
            if (!same)
                m_descriptionState.clear();
            m_message->setVisible(false);
            loadUserData();
            render();
            m_pages->setCurrentIndex(1);
            emit leadShown();
        });
}

void DetailPane::clear()
{
    flush();
    ++m_generation; // an answer on its way no longer has a place
    m_source.clear();
    m_sourceId.clear();
    m_lead = StoredLead();
    m_saved = LeadUserData();
    m_current = LeadUserData();
    m_descriptionState.clear();
    m_empty->setText(tr("Select a lead to see everything known about it."));
    m_pages->setCurrentIndex(0);
}

void DetailPane::flush()
{
    m_saveTimer->stop();
    saveNow(false);
}

void DetailPane::loadUserData()
{
    m_loadingUserData = true;
    m_saved.starred = m_lead.starred;
    m_saved.status = m_lead.status;
    m_saved.notes = m_lead.notes;
    m_saved.tags = m_lead.tags;
    m_current = m_saved;
    m_star->setChecked(m_saved.starred);
    const int index = m_status->findData(m_saved.status);
    m_status->setCurrentIndex(index < 0 ? 0 : index); // no status yet reads as "New"
    if (m_tags->text() != m_saved.tags)
        m_tags->setText(m_saved.tags);
    if (m_notes->toPlainText() != m_saved.notes)
        m_notes->setPlainText(m_saved.notes); // left alone when equal: the cursor stays where it is
    m_loadingUserData = false;
}

void DetailPane::userDataEdited()
{
    if (m_loadingUserData || m_source.isEmpty())
        return;
    m_current.tags = m_tags->text();
    m_current.notes = m_notes->toPlainText();
    m_saveTimer->start();
}

void DetailPane::saveNow(bool notify)
{
    if (m_source.isEmpty())
        return;
    if (m_current.starred == m_saved.starred && m_current.status == m_saved.status && m_current.notes == m_saved.notes
        && m_current.tags == m_saved.tags)
        return;
    const bool tableChanged = m_current.starred != m_saved.starred || m_current.status != m_saved.status;
    // Shown as saved at once; the writer writes it in the order of the edits, and a
    // failure (a full disk) is said in the pane.
    m_writer.call(
        this,
        [source = m_source, sourceId = m_sourceId, data = m_current](LeadStore& store) {
            return store.setUserData(source, sourceId, data);
        },
        [this](const Status& status) {
            if (!status) {
                showMessage(status.errorMessage());
                emit writeFailed(status.errorMessage());
            }
        });
    const LeadUserData before = m_saved;
    m_saved = m_current;
    m_lead.starred = m_saved.starred;
    m_lead.status = m_saved.status;
    m_lead.notes = m_saved.notes;
    m_lead.tags = m_saved.tags;
    emit userDataSaved(m_source, m_sourceId, before, m_saved);
    if (tableChanged || notify)
        emit userDataChanged(m_source, m_sourceId);
}

void DetailPane::showUserData(const QString& source, const QString& sourceId, const LeadUserData& data)
{
    if (source != m_source || sourceId != m_sourceId)
        return;
    m_saveTimer->stop();
    m_lead.starred = data.starred;
    m_lead.status = data.status;
    m_lead.notes = data.notes;
    m_lead.tags = data.tags;
    loadUserData();
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
    renderOverview();
    renderDescription();
    renderFields();
    renderHistory();
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

void DetailPane::renderOverview()
{
    const Lead& lead = m_lead.lead;
    const QString muted = mutedColour();
    QString html;

    HtmlTable facts(muted);
    facts.textRow(tr("Source"), LeadDetails::sourceName(lead.source));
    facts.textRow(lead.source == QLatin1String("sam") ? tr("Notice ID") : tr("Record ID"), lead.sourceId);
    facts.textRow(tr("Solicitation number"), lead.solicitationNumber);
    facts.textRow(tr("Notice type"), lead.noticeType);
    facts.textRow(tr("Agency"), lead.agency);
    facts.textRow(tr("Sub-tier"), lead.subTier);
    facts.textRow(tr("Office"), lead.office);
    facts.textRow(tr("Location"), lead.location);
    facts.textRow(tr("Country"), lead.country.isEmpty() ? QString() : LeadDetails::countryName(lead.country));
    facts.textRow(tr("Industry"), lead.industry);
    facts.textRow(tr("NAICS"), lead.naicsCode);
    facts.textRow(tr("Classification"), lead.classificationCode);
    QString setAside = lead.setAside;
    if (!lead.setAsideCode.isEmpty())
        setAside = setAside.isEmpty() ? lead.setAsideCode : setAside + QStringLiteral(" (") + lead.setAsideCode + u')';
    facts.textRow(tr("Set-aside"), setAside);
    if (!lead.postedAt.isEmpty())
        facts.textRow(tr("Posted"), LeadDetails::formatTimestamp(lead.postedAt));
    if (!lead.deadlineAt.isEmpty()) {
        const QString relative = LeadDetails::relativeDay(lead.deadlineAt, Clock::today());
        facts.row(tr("Response deadline"),
            QStringLiteral("<b>") + esc(LeadDetails::formatTimestamp(lead.deadlineAt)) + QStringLiteral("</b>")
                + (relative.isEmpty() ? QString() : QStringLiteral(" (") + esc(relative) + u')'));
    }
    if (!lead.amendedAt.isEmpty())
        facts.textRow(tr("Amended"), LeadDetails::formatTimestamp(lead.amendedAt));
    facts.textRow(tr("Value"), LeadDetails::formatValue(lead.valueMin, lead.valueMax, lead.currency));
    if (lead.active)
        facts.textRow(tr("Active"), *lead.active ? tr("Yes") : tr("No"));
    if (const QUrl url = LeadDetails::webUrl(lead.url); url.isValid())
        facts.row(tr("Link"), link(url, lead.url.trimmed()));
    else
        facts.textRow(tr("Link"), lead.url);
    if (!m_lead.firstSeenAt.isEmpty())
        facts.textRow(tr("In the cache since"), LeadDetails::formatTimestamp(m_lead.firstSeenAt));
    if (!m_lead.lastSeenAt.isEmpty() && m_lead.lastSeenAt != m_lead.firstSeenAt)
        facts.textRow(tr("Last seen in a sync"), LeadDetails::formatTimestamp(m_lead.lastSeenAt));
    html += facts.html();

    html += heading(tr("Contacts"));
    QString contacts;
    for (const LeadDetails::Contact& contact : LeadDetails::contacts(lead)) {
        QStringList lines;
        QString who
            = contact.name.isEmpty() ? QString() : QStringLiteral("<b>") + esc(contact.name) + QStringLiteral("</b>");
        QStringList role;
        if (!contact.title.isEmpty())
            role.append(esc(contact.title));
        if (!contact.type.isEmpty())
            role.append(QStringLiteral("<span style=\"color:") + muted + QStringLiteral("\">") + esc(contact.type)
                + QStringLiteral("</span>"));
        if (!role.isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral(" \u2014 ")) + role.join(QStringLiteral(", "));
        if (!who.isEmpty())
            lines.append(who);
        if (!contact.email.isEmpty()) {
            const QUrl url = LeadDetails::mailtoUrl(contact.email);
            lines.append(url.isValid() ? link(url, contact.email) : esc(contact.email));
        }
        QStringList phones;
        if (!contact.phone.isEmpty()) {
            const QUrl url = LeadDetails::telUrl(contact.phone);
            phones.append(url.isValid() ? link(url, contact.phone) : esc(contact.phone));
        }
        if (!contact.fax.isEmpty())
            phones.append(esc(tr("fax %1").arg(contact.fax)));
        if (!phones.isEmpty())
            lines.append(phones.join(QStringLiteral(" \u00B7 ")));
        if (!lines.isEmpty())
            contacts += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    html += contacts.isEmpty() ? paragraph(tr("The source names no contact."), muted) : contacts;

    html += heading(tr("Related from ITA"));
    const bool isReference = LeadDetails::referenceSources().contains(lead.source);
    const auto& related = m_related;
    if (!related) {
        html += paragraph(related.errorMessage(), muted);
    } else if (related->isEmpty()) {
        const QString where
            = lead.country.isEmpty() ? tr("this lead's industry") : LeadDetails::countryName(lead.country);
        html += paragraph(isReference ? tr("No other ITA reference data for %1 in the cache.").arg(where)
                                      : tr("No ITA market research, articles, offices or programs for %1 in the "
                                           "cache yet.")
                                            .arg(where),
            muted);
    } else {
        html += QStringLiteral("<ul>");
        for (const LeadDetails::Reference& reference : std::as_const(*related)) {
            const QString title = reference.title.isEmpty() ? reference.sourceId : reference.title;
            const QUrl url = LeadDetails::webUrl(reference.url);
            html += QStringLiteral("<li>") + (url.isValid() ? link(url, title) : esc(title))
                + QStringLiteral(" <span style=\"color:") + muted + QStringLiteral("\">")
                + esc(LeadDetails::sourceName(reference.source)) + QStringLiteral("</span></li>");
        }
        html += QStringLiteral("</ul>");
    }
    setBrowserHtml(m_overview, html, palette());
}

void DetailPane::renderDescription()
{
    const Lead& lead = m_lead.lead;
    const bool fetchable = lead.source == QLatin1String("sam") && !lead.descriptionUrl.isEmpty();
    const bool empty = lead.description.trimmed().isEmpty();
    const QString muted = mutedColour();
    m_loadDescription->setVisible(empty && fetchable);
    m_loadDescription->setEnabled(m_descriptionState != QLatin1String("loading"));
    m_loadDescription->setText(m_descriptionState.isEmpty() || m_descriptionState == QLatin1String("loading")
            ? tr("&Load description")
            : tr("Try &again"));
    if (!empty) {
        m_descriptionNote->setVisible(false);
        setBrowserHtml(m_description, HtmlSanitizer::toSafeHtml(lead.description), palette(), true);
        return;
    }
    m_descriptionNote->setVisible(true);
    if (!fetchable)
        m_descriptionNote->setText(tr("The source gives no description for this lead."));
    else if (m_descriptionState == QLatin1String("loading"))
        m_descriptionNote->setText(tr("Loading the description from SAM.gov…"));
    else if (!m_descriptionState.isEmpty())
        m_descriptionNote->setText(tr("Could not load the description: %1").arg(m_descriptionState));
    else
        m_descriptionNote->setText(tr("SAM.gov gives the description on request; it has not been downloaded yet."));
    QString notice;
    if (const QUrl url = LeadDetails::webUrl(lead.url); fetchable && url.isValid())
        notice = QStringLiteral("<p>") + esc(tr("The notice on SAM.gov:")) + QStringLiteral("<br>")
            + link(url, lead.url) + QStringLiteral("</p>");
    setBrowserHtml(m_description, notice, palette());
}

void DetailPane::renderFields()
{
    const QList<LeadDetails::FieldRow> rows = LeadDetails::flatten(m_lead.lead.raw);
    const QString muted = mutedColour();
    HtmlTable table(muted);
    QStringList empty;
    for (const LeadDetails::FieldRow& row : rows) {
        if (row.value.trimmed().isEmpty())
            empty.append(row.label);
        else
            table.row(row.label, valueHtml(row.value));
    }
    QString html = paragraph(rows.size() == 1 ? tr("One field as the source sent it.")
                                              : tr("%n fields as the source sent them.", nullptr, int(rows.size())),
        muted);
    html += table.html();
    if (!empty.isEmpty())
        html += heading(tr("Empty in the source record")) + paragraph(empty.join(QStringLiteral(", ")), muted);
    if (rows.isEmpty())
        html = paragraph(tr("The source record is not available."), muted);
    setBrowserHtml(m_fields, html, palette());
}

void DetailPane::renderHistory()
{
    const QString muted = mutedColour();
    const auto& earlier = m_versions;
    QString html;
    int count = 0;
    if (!earlier) {
        html = paragraph(earlier.errorMessage(), muted);
    } else if (earlier->isEmpty()) {
        html = paragraph(tr("No amendments seen since this lead entered the cache. Each time the source changes "
                            "it, the earlier version is kept and the changes are listed here."),
            muted);
    } else {
        const QList<LeadDetails::Amendment> amendments = LeadDetails::amendments(*earlier, m_lead.lead.raw);
        count = int(amendments.size());
        html = paragraph(
            count == 1 ? tr("One earlier version kept.") : tr("%n earlier versions kept.", nullptr, count), muted);
        for (const LeadDetails::Amendment& amendment : amendments) {
            html += heading(amendment.at.isEmpty() ? tr("Changed")
                                                   : tr("Changed %1").arg(LeadDetails::formatTimestamp(amendment.at)));
            if (amendment.changes.isEmpty()) {
                html += paragraph(tr("No field changed."), muted);
                continue;
            }
            HtmlTable table(muted);
            for (const LeadDetails::FieldChange& change : amendment.changes) {
                QString value;
                switch (change.kind) {
                case LeadDetails::FieldChange::Added:
                    value = QStringLiteral("<span style=\"color:") + muted + QStringLiteral("\">") + esc(tr("added"))
                        + QStringLiteral("</span> \u2192 ") + esc(change.newValue);
                    break;
                case LeadDetails::FieldChange::Removed:
                    value = QStringLiteral("<s>") + esc(change.oldValue)
                        + QStringLiteral("</s> \u2192 <span style=\"color:") + muted + QStringLiteral("\">")
                        + esc(tr("removed")) + QStringLiteral("</span>");
                    break;
                case LeadDetails::FieldChange::Changed:
                    value = QStringLiteral("<s>") + esc(change.oldValue) + QStringLiteral("</s> \u2192 ")
                        + esc(change.newValue);
                    break;
                }
                table.row(change.label, value);
            }
            html += table.html();
        }
    }
    m_tabs->setTabText(m_tabs->indexOf(m_history), count > 0 ? tr("History (%1)").arg(count) : tr("History"));
    setBrowserHtml(m_history, html, palette());
}

void DetailPane::requestDescription()
{
    const Lead& lead = m_lead.lead;
    if (lead.source != QLatin1String("sam") || lead.descriptionUrl.isEmpty())
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
