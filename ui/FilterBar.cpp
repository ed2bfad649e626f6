#include "FilterBar.h"

#include "Clock.h"
#include "LeadFilterFields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QStringList listFrom(const QLineEdit* edit)
{
    QStringList values;
    for (const QString& part : edit->text().split(u',', Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

// The locale's short date with the year in full: "M/d/yy" would make 2030 and 1930 alike.
QString editableDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDateEdit* dateEditor(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(Clock::today(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(editableDateFormat());
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("keywordSearch"));
    m_search->setPlaceholderText(tr("Search titles, descriptions, agencies, places, solicitation numbers…  "
                                    "(\"phrase\", prefix*, OR, NOT)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Keyword search"));
    top->addWidget(m_search, 1);
    m_more = new QToolButton(this);
    m_more->setText(tr("Filters"));
    m_more->setCheckable(true);
    m_more->setAccessibleName(tr("Show more filters"));
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_more);
    auto* clear = new QPushButton(tr("Clear all"), this);
    clear->setAccessibleName(tr("Clear all filters"));
    top->addWidget(clear);
    layout->addLayout(top);

    m_panel = new QWidget(this);
    auto* grid = new QGridLayout(m_panel);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addEdit = [&](int row, int column, const QString& label, const QString& hint) {
        auto* edit = new QLineEdit(m_panel);
        edit->setPlaceholderText(hint);
        edit->setAccessibleName(label);
        auto* caption = new QLabel(label, m_panel);
        caption->setBuddy(edit);
        grid->addWidget(caption, row, column * 2);
        grid->addWidget(edit, row, column * 2 + 1);
        return edit;
    };
    m_sources = addEdit(0, 0, tr("&Sources"), tr("sam, ita-uk, …"));
    m_countries = addEdit(0, 1, tr("C&ountries"), tr("US, Mexico, GB, …"));
    m_industries = addEdit(0, 2, tr("&Industries"), tr("Energy, …"));
    m_naics = addEdit(1, 0, tr("&NAICS"), tr("2362, 54, …"));
    m_setAsides = addEdit(1, 1, tr("Set-&asides"), tr("SBA, 8A, …"));
    m_types = addEdit(1, 2, tr("Notice &types"), tr("Solicitation, …"));
    m_statuses = addEdit(4, 0, tr("Stat&us"), tr("reviewing, bidding, …"));
    m_tags = addEdit(4, 1, tr("Ta&gs"), tr("lighting, …"));

    auto dateRange = [&](int row, const QString& label, QCheckBox*& fromOn, QDateEdit*& from, QCheckBox*& toOn,
                         QDateEdit*& to) {
        auto* box = new QHBoxLayout;
        fromOn = new QCheckBox(tr("from"), m_panel);
        from = dateEditor(m_panel, label + u' ' + tr("from"));
        toOn = new QCheckBox(tr("to"), m_panel);
        to = dateEditor(m_panel, label + u' ' + tr("to"));
        box->addWidget(fromOn);
        box->addWidget(from);
        box->addWidget(toOn);
        box->addWidget(to);
        box->addStretch();
        grid->addWidget(new QLabel(label, m_panel), row, 0);
        grid->addLayout(box, row, 1, 1, 3);
    };
    dateRange(2, tr("Posted"), m_postedFromOn, m_postedFrom, m_postedToOn, m_postedTo);
    dateRange(3, tr("Deadline"), m_dueFromOn, m_dueFrom, m_dueToOn, m_dueTo);
    auto* flags = new QHBoxLayout;
    m_open = new QCheckBox(tr("Open &only"), m_panel);
    m_dueWithinOn = new QCheckBox(tr("Due &within"), m_panel);
    m_dueWithin = new QSpinBox(m_panel);
    m_dueWithin->setRange(0, 3650);
    m_dueWithin->setValue(14);
    m_dueWithin->setSuffix(tr(" days"));
    m_dueWithin->setAccessibleName(tr("Due within days"));
    m_starred = new QCheckBox(tr("Sta&rred"), m_panel);
    flags->addWidget(m_open);
    flags->addWidget(m_dueWithinOn);
    flags->addWidget(m_dueWithin);
    flags->addWidget(m_starred);
    flags->addStretch();
    grid->addLayout(flags, 2, 4, 2, 2);
    m_panel->setVisible(false);
    layout->addWidget(m_panel);

    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipLayout->addStretch();
    layout->addWidget(m_chips);
    m_chips->setVisible(false);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_delay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::changed);
    connect(m_more, &QToolButton::toggled, m_panel, &QWidget::setVisible);
    connect(clear, &QPushButton::clicked, this, [this] {
        setFilter(LeadFilter());
        emit filterChanged(m_filter);
    });
    for (QLineEdit* edit : {m_sources, m_countries, m_industries, m_naics, m_setAsides, m_types, m_statuses, m_tags})
        connect(edit, &QLineEdit::editingFinished, this, &FilterBar::changed);
    for (QCheckBox* box : {m_postedFromOn, m_postedToOn, m_dueFromOn, m_dueToOn, m_open, m_dueWithinOn, m_starred})
        connect(box, &QCheckBox::toggled, this, &FilterBar::changed);
    for (QDateEdit* edit : {m_postedFrom, m_postedTo, m_dueFrom, m_dueTo})
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::changed);
    connect(m_dueWithin, &QSpinBox::valueChanged, this, &FilterBar::changed);
    setTabOrder(m_search, m_more);
    setTabOrder(m_more, clear);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

LeadFilter FilterBar::filter() const
{
    return m_filter;
}

void FilterBar::setFilter(const LeadFilter& filter)
{
    m_filter = filter;
    // The sort and the grouping are the table's own (its header, View › One row per family):
    // what the bar sends never changes them.
    m_filter.sortColumn.clear();
    m_filter.descending = false;
    m_filter.oneRowPerFamily = false;
    writeEditors();
    rebuildChips();
}

void FilterBar::readEditors()
{
    m_filter.text = m_search->text().trimmed();
    m_filter.sources = listFrom(m_sources);
    m_filter.countries = listFrom(m_countries);
    m_filter.industries = listFrom(m_industries);
    m_filter.naicsPrefixes = listFrom(m_naics);
    m_filter.setAsideCodes = listFrom(m_setAsides);
    m_filter.noticeTypes = listFrom(m_types);
    m_filter.statuses = listFrom(m_statuses);
    m_filter.tags = listFrom(m_tags);
    m_filter.postedFrom = m_postedFromOn->isChecked() ? m_postedFrom->date() : QDate();
    m_filter.postedTo = m_postedToOn->isChecked() ? m_postedTo->date() : QDate();
    m_filter.dueFrom = m_dueFromOn->isChecked() ? m_dueFrom->date() : QDate();
    m_filter.dueTo = m_dueToOn->isChecked() ? m_dueTo->date() : QDate();
    m_filter.openOnly = m_open->isChecked();
    m_filter.dueWithinDays = m_dueWithinOn->isChecked() ? std::optional<int>(m_dueWithin->value()) : std::nullopt;
    m_filter.starredOnly = m_starred->isChecked();
}

void FilterBar::writeEditors()
{
    m_updating = true;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_sources),     QSignalBlocker(m_countries),  QSignalBlocker(m_industries),
        QSignalBlocker(m_naics),       QSignalBlocker(m_setAsides),  QSignalBlocker(m_types),
        QSignalBlocker(m_statuses),    QSignalBlocker(m_tags),
        QSignalBlocker(m_postedFromOn), QSignalBlocker(m_postedFrom), QSignalBlocker(m_postedToOn),
        QSignalBlocker(m_postedTo),    QSignalBlocker(m_dueFromOn),  QSignalBlocker(m_dueFrom),
        QSignalBlocker(m_dueToOn),     QSignalBlocker(m_dueTo),      QSignalBlocker(m_open),
        QSignalBlocker(m_dueWithinOn), QSignalBlocker(m_dueWithin),  QSignalBlocker(m_starred),
    };
    m_search->setText(m_filter.text);
    m_sources->setText(m_filter.sources.join(QStringLiteral(", ")));
    m_countries->setText(m_filter.countries.join(QStringLiteral(", ")));
    m_industries->setText(m_filter.industries.join(QStringLiteral(", ")));
    m_naics->setText(m_filter.naicsPrefixes.join(QStringLiteral(", ")));
    m_setAsides->setText(m_filter.setAsideCodes.join(QStringLiteral(", ")));
    m_types->setText(m_filter.noticeTypes.join(QStringLiteral(", ")));
    m_statuses->setText(m_filter.statuses.join(QStringLiteral(", ")));
    m_tags->setText(m_filter.tags.join(QStringLiteral(", ")));
    auto date = [](QCheckBox* on, QDateEdit* edit, const QDate& value) {
        on->setChecked(value.isValid());
        if (value.isValid())
            edit->setDate(value);
    };
    date(m_postedFromOn, m_postedFrom, m_filter.postedFrom);
    date(m_postedToOn, m_postedTo, m_filter.postedTo);
    date(m_dueFromOn, m_dueFrom, m_filter.dueFrom);
    date(m_dueToOn, m_dueTo, m_filter.dueTo);
    m_open->setChecked(m_filter.openOnly);
    m_dueWithinOn->setChecked(m_filter.dueWithinDays.has_value());
    if (m_filter.dueWithinDays)
        m_dueWithin->setValue(*m_filter.dueWithinDays);
    m_starred->setChecked(m_filter.starredOnly);
    m_updating = false;
}

void FilterBar::changed()
{
    if (m_updating)
        return;
    m_delay->stop();
    const LeadFilter before = m_filter;
    readEditors();
    rebuildChips();
    if (!(before == m_filter))
        emit filterChanged(m_filter);
}

void FilterBar::addValue(const QString& dimension, const QString& value)
{
    QStringList* list = nullptr;
    if (dimension == QLatin1String("source"))
        list = &m_filter.sources;
    else if (dimension == QLatin1String("country"))
        list = &m_filter.countries;
    else if (dimension == QLatin1String("set_aside"))
        list = &m_filter.setAsideCodes;
    else if (dimension == QLatin1String("notice_type"))
        list = &m_filter.noticeTypes;
    else if (dimension == QLatin1String("industry"))
        list = &m_filter.industries;
    else if (dimension == QLatin1String("naics"))
        list = &m_filter.naicsPrefixes;
    if (!list)
        return;
    // A NAICS sector such as 31-33 comes as several prefixes; other values may hold commas.
    const QStringList parts = list == &m_filter.naicsPrefixes ? value.split(u',', Qt::SkipEmptyParts)
                                                              : QStringList { value };
    bool added = false;
    for (const QString& part : parts) {
        if (part.isEmpty())
            continue;
        if (!list->contains(part)) {
            list->append(part);
            added = true;
        }
    }
    if (!added)
        return;
    writeEditors();
    rebuildChips();
    emit filterChanged(m_filter);
}

void FilterBar::setDueWeek(const QDate& weekStart)
{
    m_filter.dueFrom = weekStart;
    m_filter.dueTo = weekStart.addDays(6);
    writeEditors();
    rebuildChips();
    emit filterChanged(m_filter);
}

void FilterBar::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem* item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    auto chip = [this](const QString& text, std::function<void(LeadFilter&)> remove) {
        auto* button = new QToolButton(m_chips);
        button->setText(text + QStringLiteral("  \u2715"));
        button->setToolTip(tr("Remove this filter"));
        button->setAccessibleName(tr("Remove filter %1").arg(text));
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, remove] {
            remove(m_filter);
            writeEditors();
            // Rebuilt from the event loop: this button is being clicked.
            QTimer::singleShot(0, this, &FilterBar::rebuildChips);
            emit filterChanged(m_filter);
        });
        m_chipLayout->insertWidget(m_chipLayout->count() - 1, button);
    };
    for (LeadFilterFields::Chip& criterion : LeadFilterFields::chips(m_filter))
        chip(criterion.text, std::move(criterion.remove));
    // New buttons join the end of the window's tab chain; Tab reaches them after the other
    // filters instead, before the table.
    QWidget* previous = m_starred;
    for (int i = 0; i < m_chipLayout->count() - 1; ++i) {
        if (QWidget* button = m_chipLayout->itemAt(i)->widget()) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    m_chips->setVisible(m_chipLayout->count() > 1);
}
