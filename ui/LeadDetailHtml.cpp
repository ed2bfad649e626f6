#include "LeadDetailHtml.h"

#include "HtmlSanitizer.h"
#include "NaicsCatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The strings were DetailPane's; its context keeps their translations.
struct PaneText
{
    Q_DECLARE_TR_FUNCTIONS(DetailPane)
};

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

QString muted(const QString& colour, const QString& html)
{
    return QStringLiteral("<span style=\"color:") + colour + QStringLiteral("\">") + html + QStringLiteral("</span>");
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
        m_html += QStringLiteral("<tr><td width=\"38%\" valign=\"top\">") + muted(m_muted, esc(label))
            + QStringLiteral("</td><td valign=\"top\">") + valueHtml + QStringLiteral("</td></tr>");
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
    return QStringLiteral("<p>") + muted(colour, esc(text)) + QStringLiteral("</p>");
}

// "236220 Commercial and Institutional Building Construction", and under it the levels above
// ("Construction › Construction of Buildings › Nonresidential Building Construction").
QString naics(const QString& code, const QString& mutedColour)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString html = esc(NaicsCatalogue::label(trimmed));
    QStringList above;
    for (const NaicsCatalogue::Entry& entry : NaicsCatalogue::path(trimmed)) {
        if (entry.code != trimmed && !entry.title.isEmpty())
            above.append(entry.title);
    }
    if (!above.isEmpty())
        html += QStringLiteral("<br>") + muted(mutedColour, esc(above.join(QStringLiteral(" \u203a "))));
    return html;
}

QString facts(const StoredLead& stored, const QDate& today, const QString& mutedColour)
{
    const Lead& lead = stored.lead;
    HtmlTable facts(mutedColour);
    facts.textRow(PaneText::tr("Source"), LeadDetails::sourceName(lead.source));
    facts.textRow(
        lead.source == QLatin1String("sam") ? PaneText::tr("Notice ID") : PaneText::tr("Record ID"), lead.sourceId);
    facts.textRow(PaneText::tr("Solicitation number"), lead.solicitationNumber);
    facts.textRow(PaneText::tr("Notice type"), lead.noticeType);
    facts.textRow(PaneText::tr("Agency"), lead.agency);
    facts.textRow(PaneText::tr("Sub-tier"), lead.subTier);
    facts.textRow(PaneText::tr("Office"), lead.office);
    facts.textRow(PaneText::tr("Location"), lead.location);
    facts.textRow(PaneText::tr("Country"), lead.country.isEmpty() ? QString() : LeadDetails::countryName(lead.country));
    facts.textRow(PaneText::tr("Industry"), lead.industry);
    facts.row(PaneText::tr("NAICS"), naics(lead.naicsCode, mutedColour));
    facts.textRow(PaneText::tr("Classification"), lead.classificationCode);
    QString setAside = lead.setAside;
    if (!lead.setAsideCode.isEmpty())
        setAside = setAside.isEmpty() ? lead.setAsideCode : setAside + QStringLiteral(" (") + lead.setAsideCode + u')';
    facts.textRow(PaneText::tr("Set-aside"), setAside);
    if (!lead.postedAt.isEmpty())
        facts.textRow(PaneText::tr("Posted"), LeadDetails::formatTimestamp(lead.postedAt));
    if (!lead.deadlineAt.isEmpty()) {
        const QString relative = LeadDetails::relativeDay(lead.deadlineAt, today);
        facts.row(PaneText::tr("Response deadline"),
            QStringLiteral("<b>") + esc(LeadDetails::formatTimestamp(lead.deadlineAt)) + QStringLiteral("</b>")
                + (relative.isEmpty() ? QString() : QStringLiteral(" (") + esc(relative) + u')'));
    }
    if (!lead.amendedAt.isEmpty())
        facts.textRow(PaneText::tr("Amended"), LeadDetails::formatTimestamp(lead.amendedAt));
    facts.textRow(PaneText::tr("Value"), LeadDetails::formatValue(lead.valueMin, lead.valueMax, lead.currency));
    if (lead.active)
        facts.textRow(PaneText::tr("Active"), *lead.active ? PaneText::tr("Yes") : PaneText::tr("No"));
    if (const QUrl url = LeadDetails::webUrl(lead.url); url.isValid())
        facts.row(PaneText::tr("Link"), link(url, lead.url.trimmed()));
    else
        facts.textRow(PaneText::tr("Link"), lead.url);
    if (!stored.firstSeenAt.isEmpty())
        facts.textRow(PaneText::tr("In the cache since"), LeadDetails::formatTimestamp(stored.firstSeenAt));
    if (!stored.lastSeenAt.isEmpty() && stored.lastSeenAt != stored.firstSeenAt)
        facts.textRow(PaneText::tr("Last seen in a sync"), LeadDetails::formatTimestamp(stored.lastSeenAt));
    return facts.html();
}

QString contact(const LeadDetails::Contact& contact, const QString& mutedColour)
{
    QStringList lines;
    QString who
        = contact.name.isEmpty() ? QString() : QStringLiteral("<b>") + esc(contact.name) + QStringLiteral("</b>");
    QStringList role;
    if (!contact.title.isEmpty())
        role.append(esc(contact.title));
    if (!contact.type.isEmpty())
        role.append(muted(mutedColour, esc(contact.type)));
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
        phones.append(esc(PaneText::tr("fax %1").arg(contact.fax)));
    if (!phones.isEmpty())
        lines.append(phones.join(QStringLiteral(" \u00B7 ")));
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString related(const Lead& lead, const Result<QList<LeadDetails::Reference>>& related, const QString& mutedColour)
{
    if (!related)
        return paragraph(related.errorMessage(), mutedColour);
    if (related->isEmpty()) {
        const bool isReference = LeadDetails::referenceSources().contains(lead.source);
        const QString where
            = lead.country.isEmpty() ? PaneText::tr("this lead's industry") : LeadDetails::countryName(lead.country);
        return paragraph(isReference
                ? PaneText::tr("No other ITA reference data for %1 in the cache.").arg(where)
                : PaneText::tr("No ITA market research, articles, offices or programs for %1 in the "
                               "cache yet.")
                      .arg(where),
            mutedColour);
    }
    QString html = QStringLiteral("<ul>");
    for (const LeadDetails::Reference& reference : std::as_const(*related)) {
        const QString title = reference.title.isEmpty() ? reference.sourceId : reference.title;
        const QUrl url = LeadDetails::webUrl(reference.url);
        html += QStringLiteral("<li>") + (url.isValid() ? link(url, title) : esc(title)) + u' '
            + muted(mutedColour, esc(LeadDetails::sourceName(reference.source))) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString change(const LeadDetails::FieldChange& change, const QString& mutedColour)
{
    switch (change.kind) {
    case LeadDetails::FieldChange::Added:
        return muted(mutedColour, esc(PaneText::tr("added"))) + QStringLiteral(" \u2192 ") + esc(change.newValue);
    case LeadDetails::FieldChange::Removed:
        return QStringLiteral("<s>") + esc(change.oldValue) + QStringLiteral("</s> \u2192 ")
            + muted(mutedColour, esc(PaneText::tr("removed")));
    case LeadDetails::FieldChange::Changed:
        return QStringLiteral("<s>") + esc(change.oldValue) + QStringLiteral("</s> \u2192 ") + esc(change.newValue);
    }
    return {};
}

} // namespace

namespace LeadDetailHtml {

QString overview(const StoredLead& lead, const Result<QList<LeadDetails::Reference>>& relatedReferences,
    const QString& mutedColour, const QDate& today)
{
    QString html = facts(lead, today, mutedColour);
    html += heading(PaneText::tr("Contacts"));
    QString contacts;
    for (const LeadDetails::Contact& person : LeadDetails::contacts(lead.lead))
        contacts += contact(person, mutedColour);
    html += contacts.isEmpty() ? paragraph(PaneText::tr("The source names no contact."), mutedColour) : contacts;
    html += heading(PaneText::tr("Related from ITA"));
    html += related(lead.lead, relatedReferences, mutedColour);
    return html;
}

QString description(const Lead& lead, bool onRequest)
{
    if (!lead.description.trimmed().isEmpty())
        return HtmlSanitizer::toSafeHtml(lead.description);
    if (const QUrl url = LeadDetails::webUrl(lead.url); onRequest && url.isValid())
        return QStringLiteral("<p>") + esc(PaneText::tr("The notice on SAM.gov:")) + QStringLiteral("<br>")
            + link(url, lead.url) + QStringLiteral("</p>");
    return {};
}

QString fields(const QByteArray& raw, const QString& mutedColour)
{
    const QList<LeadDetails::FieldRow> rows = LeadDetails::flatten(raw);
    if (rows.isEmpty())
        return paragraph(PaneText::tr("The source record is not available."), mutedColour);
    HtmlTable table(mutedColour);
    QStringList empty;
    for (const LeadDetails::FieldRow& row : rows) {
        if (row.value.trimmed().isEmpty())
            empty.append(row.label);
        else
            table.row(row.label, valueHtml(row.value));
    }
    QString html
        = paragraph(rows.size() == 1 ? PaneText::tr("One field as the source sent it.")
                                     : PaneText::tr("%n fields as the source sent them.", nullptr, int(rows.size())),
            mutedColour);
    html += table.html();
    if (!empty.isEmpty())
        html += heading(PaneText::tr("Empty in the source record"))
            + paragraph(empty.join(QStringLiteral(", ")), mutedColour);
    return html;
}

History history(const Result<QList<LeadDetails::Version>>& earlier, const QByteArray& raw, const QString& mutedColour)
{
    if (!earlier)
        return { paragraph(earlier.errorMessage(), mutedColour) };
    if (earlier->isEmpty())
        return { paragraph(
            PaneText::tr("No amendments seen since this lead entered the cache. Each time the source changes "
                         "it, the earlier version is kept and the changes are listed here."),
            mutedColour) };
    const QList<LeadDetails::Amendment> amendments = LeadDetails::amendments(*earlier, raw);
    const int count = int(amendments.size());
    QString html = paragraph(count == 1 ? PaneText::tr("One earlier version kept.")
                                        : PaneText::tr("%n earlier versions kept.", nullptr, count),
        mutedColour);
    for (const LeadDetails::Amendment& amendment : amendments) {
        html += heading(amendment.at.isEmpty()
                ? PaneText::tr("Changed")
                : PaneText::tr("Changed %1").arg(LeadDetails::formatTimestamp(amendment.at)));
        if (amendment.changes.isEmpty()) {
            html += paragraph(PaneText::tr("No field changed."), mutedColour);
            continue;
        }
        HtmlTable table(mutedColour);
        for (const LeadDetails::FieldChange& fieldChange : amendment.changes)
            table.row(fieldChange.label, change(fieldChange, mutedColour));
        html += table.html();
    }
    return { html, count };
}

Timeline family(const Result<QList<NoticeTimeline::FamilyNotice>>& notices, const QString& shownSourceId,
    const QString& mutedColour)
{
    if (!notices)
        return { paragraph(notices.errorMessage(), mutedColour) };
    const QLocale locale;
    const QList<NoticeTimeline::Entry> entries = NoticeTimeline::entries(*notices, shownSourceId, locale);
    if (entries.size() < 2)
        return {};
    QString html = heading(notices->size() > 1 ? PaneText::tr("Notice family: %1 notices").arg(notices->size())
                                               : PaneText::tr("Notice timeline"));
    HtmlTable table(mutedColour);
    for (const NoticeTimeline::Entry& entry : entries) {
        QString what;
        QDate day;
        if (entry.kind == NoticeTimeline::Entry::Posted) {
            what = esc(entry.noticeType.isEmpty() ? PaneText::tr("Notice") : entry.noticeType);
            if (entry.shown)
                what = QStringLiteral("<b>") + what + QStringLiteral("</b>");
            what += QStringLiteral(" ") + muted(mutedColour, esc(entry.sourceId.left(12)));
            // The day it was posted is enough to follow a family; the fields tab has the time.
            day = QDate::fromString(entry.at.left(10), Qt::ISODate);
        } else {
            // Set apart from a new notice: an arrow, italics, and the time the change was seen.
            const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate).toLocalTime();
            day = at.date();
            const QString amended = at.isValid()
                ? PaneText::tr("Amended %1").arg(locale.toString(at.time(), QLocale::ShortFormat))
                : PaneText::tr("Amended");
            what = QStringLiteral("\u21B3\u00A0<i>") + esc(amended) + QStringLiteral("</i>");
        }
        for (const QString& change : entry.changes)
            what += QStringLiteral("<br>\u2022 ") + esc(change);
        table.row(day.isValid() ? locale.toString(day, QLocale::ShortFormat) : PaneText::tr("Undated"), what);
    }
    return { html + table.html(), int(entries.size()) };
}

QString awards(const Lead& lead, const Result<AwardHistory>& history, const QString& mutedColour)
{
    if (lead.agency.isEmpty() && lead.naicsCode.isEmpty())
        return {};
    QString html = heading(PaneText::tr("Who won similar work"));
    if (!history)
        return html + paragraph(history.errorMessage(), mutedColour);
    auto amount = [](const std::optional<double>& value) {
        return value ? esc(LeadDetails::formatValue(value, value, QStringLiteral("USD"))) : QString();
    };
    // "ACME LLC, 1,200,000 USD, 2025-03-14 (W912-25-C-0001)"
    auto awardLine = [&](const Award& award) {
        QStringList parts { esc(award.awardee) };
        if (award.amount)
            parts.append(amount(award.amount));
        if (!award.date.isEmpty())
            parts.append(esc(award.date));
        QString line = parts.join(QStringLiteral(", "));
        const QString notice = award.awardNumber.isEmpty() ? award.sourceId : award.awardNumber;
        if (!notice.isEmpty())
            line += u' ' + muted(mutedColour, u'(' + esc(notice) + u')');
        return line;
    };
    for (const Award& award : std::as_const(history->incumbent)) {
        if (award.source != lead.source || award.sourceId != lead.sourceId)
            html += QStringLiteral("<p><b>") + esc(PaneText::tr("Incumbent:")) + QStringLiteral("</b> ")
                + awardLine(award) + QStringLiteral("</p>");
    }
    if (history->awardees.isEmpty())
        return html
            + paragraph(PaneText::tr("No award notices for this agency and NAICS code in the cache."), mutedColour);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">")
        + esc(PaneText::tr("Awardee")) + QStringLiteral("</th><th align=\"right\">") + esc(PaneText::tr("Awards"))
        + QStringLiteral("</th><th align=\"right\">") + esc(PaneText::tr("Total")) + QStringLiteral("</th></tr>");
    for (const Awardee& awardee : std::as_const(history->awardees))
        html += QStringLiteral("<tr><td>") + esc(awardee.name) + QStringLiteral("</td><td align=\"right\">")
            + esc(QLocale().toString(awardee.awards)) + QStringLiteral("</td><td align=\"right\">")
            + amount(awardee.total) + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>") + muted(mutedColour, esc(PaneText::tr("Latest awards"))) + QStringLiteral("</p><ul>");
    for (const Award& award : std::as_const(history->recent))
        html += QStringLiteral("<li>") + awardLine(award) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString styleSheet(const QString& linkColour, const QString& ruleColour)
{
    QString css = QStringLiteral("a { color: %1; }").arg(linkColour);
    if (!ruleColour.isEmpty()) // the sanitiser drops border attributes; tables from the source still read as tables
        css += QStringLiteral(" table { border-collapse: collapse; } th, td { border: 1px solid %1; padding: 3px; }")
                   .arg(ruleColour);
    return css;
}

} // namespace LeadDetailHtml

namespace LeadDetailHtml {

namespace {
constexpr char kSimilarScheme[] = "tradeleads-lead";
}

QUrl similarLink(const QString& source, const QString& sourceId)
{
    QUrl url;
    url.setScheme(QLatin1String(kSimilarScheme));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("source"), source);
    query.addQueryItem(QStringLiteral("id"), sourceId);
    url.setQuery(query);
    return url;
}

std::optional<std::pair<QString, QString>> similarLead(const QUrl& url)
{
    if (url.scheme() != QLatin1String(kSimilarScheme))
        return std::nullopt;
    const QUrlQuery query(url);
    const QString source = query.queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded);
    const QString sourceId = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (source.isEmpty() || sourceId.isEmpty())
        return std::nullopt;
    return std::pair { source, sourceId };
}

QString similar(const Result<QList<StoredLead>>& similar, bool pending, const QString& mutedColour, const QDate& today)
{
    if (pending)
        return QStringLiteral("<p>") + muted(mutedColour, esc(PaneText::tr("Looking for open leads like this one…")))
            + QStringLiteral("</p>");
    if (!similar)
        return QStringLiteral("<p>") + esc(similar.errorMessage()) + QStringLiteral("</p>");
    if (similar->isEmpty())
        return QStringLiteral("<p>") + muted(mutedColour, esc(PaneText::tr("No open lead shares this one's telling words.")))
            + QStringLiteral("</p>");
    QString html = QStringLiteral("<p>")
        + muted(mutedColour, esc(PaneText::tr("Open leads that share this one's most telling words, the closest first.")))
        + QStringLiteral("</p><ol>");
    for (const StoredLead& row : *similar) {
        const Lead& lead = row.lead;
        QStringList facts = { LeadDetails::sourceName(lead.source) };
        if (!lead.agency.isEmpty())
            facts.append(lead.agency);
        if (!lead.deadlineAt.isEmpty())
            facts.append(PaneText::tr("due %1").arg(LeadDetails::formatTimestamp(lead.deadlineAt)) + QStringLiteral(" (")
                         + LeadDetails::relativeDay(lead.deadlineAt, today) + u')');
        html += QStringLiteral("<li><a href=\"") + esc(similarLink(lead.source, lead.sourceId).toString(QUrl::FullyEncoded))
            + QStringLiteral("\">") + esc(lead.title.isEmpty() ? PaneText::tr("(untitled)") : lead.title)
            + QStringLiteral("</a><br>") + muted(mutedColour, esc(facts.join(QStringLiteral(" \u00b7 "))))
            + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

} // namespace LeadDetailHtml
