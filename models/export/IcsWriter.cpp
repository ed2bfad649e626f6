#include "IcsWriter.h"

#include "Clock.h"
#include "LeadExport.h"
#include "LeadStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

namespace LeadExport {
namespace detail {
namespace {

QByteArray icsDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray icsUtc(const QDate& date, const QTime& time)
{
    return icsDate(date) + 'T' + time.toString(QStringLiteral("HHmmss")).toLatin1() + 'Z';
}

} // namespace

Result<QList<FamilyDeadlineEvent>> FamilyDeadlineEvents::eventsFor(const QList<StoredLead>& leads)
{
    // The families new to the export, in the order they first come. A lead alone in its family
    // and never amended is its own event with a deadline that never moved: the store is asked
    // only about the others (on most caches the few).
    struct NewFamily
    {
        QString familyId;
        const StoredLead* alone = nullptr;
    };
    QList<NewFamily> newFamilies;
    QStringList asked;
    QHash<qint64, const StoredLead*> byId;
    for (const StoredLead& row : leads) {
        byId.insert(row.id, &row);
        const bool alone = row.noticeCount <= 1;
        if (alone && row.lead.deadlineAt.isEmpty())
            continue; // no deadline in its family now: no event
        const QByteArray uid = icsUid(row.familyId);
        if (m_families.contains(uid))
            continue;
        m_families.insert(uid);
        if (alone && row.versions == 0) {
            newFamilies.append({row.familyId, &row});
        } else {
            newFamilies.append({row.familyId});
            asked.append(row.familyId);
        }
    }

    QHash<QString, FamilyDeadline> deadlines;
    QList<StoredLead> read; // the notices that carry a family's deadline but are not in this chunk
    if (!asked.isEmpty()) {
        auto answer = m_store.familyDeadlines(asked);
        if (!answer)
            return answer.error();
        deadlines = std::move(*answer);
        QList<qint64> missing;
        for (const FamilyDeadline& deadline : std::as_const(deadlines)) {
            if (!byId.contains(deadline.noticeId))
                missing.append(deadline.noticeId);
        }
        if (!missing.isEmpty()) {
            auto notices = m_store.leadsByIds(missing, LeadStore::Detail::Listing);
            if (!notices)
                return notices.error();
            read = std::move(*notices);
            for (const StoredLead& notice : std::as_const(read))
                byId.insert(notice.id, &notice);
        }
    }

    QList<FamilyDeadlineEvent> events;
    events.reserve(newFamilies.size());
    for (const NewFamily& family : std::as_const(newFamilies)) {
        if (family.alone) {
            events.append({*family.alone, 0});
            continue;
        }
        const auto deadline = deadlines.constFind(family.familyId);
        if (deadline == deadlines.cend())
            continue; // no notice of the family has a deadline
        if (const StoredLead* notice = byId.value(deadline->noticeId))
            events.append({*notice, deadline->moves});
    }
    return events;
}

IcsWriter::IcsWriter(QIODevice& device, const Options& options)
    : m_output(device),
      m_stamp(options.exportedAt.isValid() ? options.exportedAt.toUTC() : Clock::nowUtc().toUTC()),
      m_reminderDays(options.reminderDaysBefore)
{
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Trade Leads//Lead deadlines " TRADELEADS_VERSION "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + icsText(Messages::tr("Trade Leads deadlines")));
}

Status IcsWriter::add(const FamilyDeadlineEvent& event)
{
    const Lead& lead = event.notice.lead;
    const auto deadline = parseMoment(lead.deadlineAt);
    if (!deadline)
        return Done{};
    const QString title = lead.title.isEmpty() ? lead.sourceId : lead.title;
    line("BEGIN:VEVENT");
    line("UID:" + icsUid(event.notice.familyId));
    // A calendar that has the event already replaces it when the SEQUENCE is higher.
    line("SEQUENCE:" + QByteArray::number(event.deadlineMoves));
    line("DTSTAMP:" + icsUtc(m_stamp.date(), m_stamp.time()));
    if (deadline->hasTime()) {
        line("DTSTART:" + icsUtc(deadline->date, deadline->time));
    } else {
        line("DTSTART;VALUE=DATE:" + icsDate(deadline->date));
        line("DTEND;VALUE=DATE:" + icsDate(deadline->date.addDays(1)));
    }
    line("SUMMARY:" + icsText(Messages::tr("Deadline: %1").arg(title)));
    const QByteArray link = webLink(lead.url); // not description_url: that needs the API key
    QStringList description;
    if (!lead.solicitationNumber.isEmpty())
        description.append(Messages::tr("Solicitation: %1").arg(lead.solicitationNumber));
    if (!lead.agency.isEmpty())
        description.append(Messages::tr("Agency: %1").arg(lead.agency));
    if (!link.isEmpty())
        description.append(Messages::tr("Link: %1").arg(QString::fromLatin1(link)));
    description.append(Messages::tr("Source: %1 %2").arg(lead.source, lead.sourceId));
    line("DESCRIPTION:" + icsText(description.join(u'\n')));
    if (!link.isEmpty())
        line("URL:" + link);
    line("TRANSP:TRANSPARENT");
    if (m_reminderDays > 0) {
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line("DESCRIPTION:"
            + icsText(m_reminderDays == 1
                    ? Messages::tr("Deadline tomorrow: %1").arg(title)
                    : Messages::tr("Deadline in %1 days: %2").arg(m_reminderDays).arg(title)));
        line("TRIGGER:-P" + QByteArray::number(m_reminderDays) + 'D');
        line("END:VALARM");
    }
    line("END:VEVENT");
    ++m_events;
    return m_output.flushIfFull();
}

Status IcsWriter::finish()
{
    line("END:VCALENDAR");
    return m_output.flush();
}

void IcsWriter::line(const QByteArray& content)
{
    m_output.append(icsFold(content));
}

} // namespace detail

QByteArray icsUid(const QString& familyId)
{
    // Hashed: family ids hold spaces, '|' and whatever an office is called, and a calendar
    // compares UIDs as they are.
    return QCryptographicHash::hash(familyId.toUtf8(), QCryptographicHash::Sha1).toHex() + "@tradeleads";
}

QByteArray icsText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u';': out += QLatin1String("\\;"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break; // CRLF is one line break
            out += QLatin1String("\\n");
            break;
        default:
            // RFC 5545 allows no control characters in TEXT but HTAB.
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
                break;
            out += c;
        }
    }
    return out.toUtf8();
}

QByteArray icsFold(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    int used = 0; // octets on the current physical line
    for (qsizetype i = 0; i < line.size();) {
        // One whole UTF-8 sequence at a time: a fold never splits a character.
        qsizetype length = 1;
        while (i + length < line.size() && (uchar(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (used + length > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.constData() + i, length);
        used += int(length);
        i += length;
    }
    return out + "\r\n";
}

} // namespace LeadExport
