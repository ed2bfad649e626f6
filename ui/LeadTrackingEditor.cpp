#include "LeadTrackingEditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The strings were DetailPane's; its context keeps their translations.
struct PaneText
{
    Q_DECLARE_TR_FUNCTIONS(DetailPane)
};

} // namespace

LeadTrackingEditor::LeadTrackingEditor(QWidget* page)
    : QObject(page)
{
    buildStar(page);
    buildStatusRow(page);
    buildNotes(page);
}

QStringList LeadTrackingEditor::statuses()
{
    return { QStringLiteral("new"), QStringLiteral("reviewing"), QStringLiteral("bidding"), QStringLiteral("submitted"),
        QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("no bid") };
}

void LeadTrackingEditor::buildStar(QWidget* page)
{
    m_star = new QToolButton(page);
    m_star->setCheckable(true);
    m_star->setAutoRaise(true);
    m_star->setText(QStringLiteral("\u2606"));
    m_star->setAccessibleName(PaneText::tr("Star this lead"));
    m_star->setToolTip(PaneText::tr("Star this lead"));
    QFont starFont = m_star->font();
    starFont.setPointSizeF(starFont.pointSizeF() * 1.5);
    m_star->setFont(starFont);
    connect(m_star, &QToolButton::toggled, this, [this](bool on) {
        m_star->setText(on ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
        m_star->setToolTip(on ? PaneText::tr("Starred — click to unstar") : PaneText::tr("Star this lead"));
        if (m_settingData)
            return;
        m_data.starred = on;
        emit markChanged();
    });
}

void LeadTrackingEditor::buildStatusRow(QWidget* page)
{
    // The controls before their labels: next in the focus chain is the next control.
    m_status = new QComboBox(page);
    m_assignee = new QLineEdit(page);
    m_tags = new QLineEdit(page);
    auto* statusLabel = new QLabel(PaneText::tr("&Status"), page);
    m_assigneeLabel = new QLabel(PaneText::tr("Assi&gned to"), page);
    auto* tagsLabel = new QLabel(PaneText::tr("&Tags"), page);
    const QStringList names = { PaneText::tr("New"), PaneText::tr("Reviewing"), PaneText::tr("Bidding"),
        PaneText::tr("Submitted"), PaneText::tr("Won"), PaneText::tr("Lost"), PaneText::tr("No bid") };
    const QStringList keys = statuses();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_status->addItem(names.at(i), keys.at(i));
    m_status->setAccessibleName(PaneText::tr("Pipeline status"));
    m_status->setToolTip(PaneText::tr("Where this lead stands in your pipeline"));
    statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        m_data.status = m_status->itemData(index).toString();
        emit markChanged();
    });
    m_assignee->setPlaceholderText(PaneText::tr("a teammate's login"));
    m_assignee->setAccessibleName(PaneText::tr("Assigned to"));
    m_assignee->setClearButtonEnabled(true);
    m_assignee->setMaximumWidth(m_assignee->fontMetrics().horizontalAdvance(u'M') * 10);
    m_assigneeLabel->setBuddy(m_assignee);
    // Written when the analyst leaves the field: each write tells the whole team.
    connect(m_assignee, &QLineEdit::editingFinished, this, [this] {
        const QString assignee = m_assignee->text().trimmed();
        if (m_settingData || assignee == m_data.assignee)
            return;
        m_data.assignee = assignee;
        emit markChanged();
    });
    m_assignee->setVisible(false);
    m_assigneeLabel->setVisible(false);
    m_tags->setPlaceholderText(PaneText::tr("e.g. lighting, midwest"));
    m_tags->setAccessibleName(PaneText::tr("Tags"));
    m_tags->setClearButtonEnabled(true);
    tagsLabel->setBuddy(m_tags);
    connect(m_tags, &QLineEdit::textEdited, this, &LeadTrackingEditor::typed);

    m_statusRow = new QHBoxLayout;
    m_statusRow->addWidget(statusLabel);
    m_statusRow->addWidget(m_status);
    m_statusRow->addSpacing(8);
    m_statusRow->addWidget(m_assigneeLabel);
    m_statusRow->addWidget(m_assignee);
    m_statusRow->addSpacing(8);
    m_statusRow->addWidget(tagsLabel);
    m_statusRow->addWidget(m_tags, 1);
}

void LeadTrackingEditor::buildNotes(QWidget* page)
{
    m_notesBox = new QWidget(page);
    auto* notesLayout = new QVBoxLayout(m_notesBox);
    notesLayout->setContentsMargins(0, 4, 0, 0);
    notesLayout->setSpacing(2);
    auto* notesLabel = new QLabel(PaneText::tr("&Notes"), m_notesBox);
    m_notes = new QPlainTextEdit(m_notesBox);
    m_notes->setAccessibleName(PaneText::tr("Notes"));
    m_notes->setPlaceholderText(PaneText::tr("Your notes on this lead, saved as you type"));
    m_notes->setTabChangesFocus(true);
    notesLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &LeadTrackingEditor::typed);
    notesLayout->addWidget(notesLabel);
    notesLayout->addWidget(m_notes, 1);
}

void LeadTrackingEditor::setTeam(const QString& team)
{
    m_assignee->setVisible(!team.isEmpty());
    m_assigneeLabel->setVisible(!team.isEmpty());
    m_status->setToolTip(team.isEmpty() ? PaneText::tr("Where this lead stands in your pipeline")
                                        : PaneText::tr("Where this lead stands in the pipeline of your team, %1").arg(team));
    m_assignee->setToolTip(PaneText::tr("Who in %1 pursues this lead; the team sees it").arg(team));
}

void LeadTrackingEditor::setData(const LeadUserData& data)
{
    m_settingData = true;
    m_data = data;
    m_star->setChecked(data.starred);
    const int index = m_status->findData(data.status);
    m_status->setCurrentIndex(index < 0 ? 0 : index); // no status yet reads as "New"
    if (m_assignee->text() != data.assignee)
        m_assignee->setText(data.assignee);
    if (m_tags->text() != data.tags)
        m_tags->setText(data.tags);
    if (m_notes->toPlainText() != data.notes)
        m_notes->setPlainText(data.notes); // left alone when equal: the cursor stays where it is
    m_settingData = false;
}

void LeadTrackingEditor::typed()
{
    if (m_settingData)
        return;
    m_data.tags = m_tags->text();
    m_data.notes = m_notes->toPlainText();
    emit textEdited();
}
