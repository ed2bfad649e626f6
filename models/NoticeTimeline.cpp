#include "NoticeTimeline.h"

#include "LeadDetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(NoticeTimeline)
};

QDateTime moment(const QString& iso)
{
    if (iso.size() == 10)
        return QDateTime(QDate::fromString(iso, Qt::ISODate), QTime(), Qt::UTC);
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// "17 Mar", with the year when the two dates are in different years, and the time (UTC) when
// they fall on the same day.
QString when(const QString& iso, const QString& other, const QLocale& locale)
{
    const QDateTime at = moment(iso);
    const QDateTime then = moment(other);
    if (!at.isValid())
        return iso;
    // Alone (no other date to compare), the year is left out as "17 Mar" says enough beside the notice's date.
    const bool sameYear = !then.isValid() || then.date().year() == at.date().year();
    QString text = locale.toString(at.date(), sameYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    if (iso.size() > 10 && then.isValid() && then.date() == at.date())
        text += u' ' + locale.toString(at.time(), QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
    return text;
}

int attachmentCount(const QByteArray& raw)
{
    const QJsonObject record = QJsonDocument::fromJson(raw).object();
    for (const char* key : { "resourceLinks", "Attachments", "attachments" }) {
        const QJsonValue links = record.value(QLatin1String(key));
        if (links.isArray())
            return int(links.toArray().size());
    }
    return 0;
}

} // namespace

namespace NoticeTimeline {

QStringList changes(const Lead& before, const Lead& after, const QLocale& locale)
{
    QStringList out;
    if (before.deadlineAt != after.deadlineAt) {
        if (before.deadlineAt.isEmpty())
            out.append(Messages::tr("Deadline set to %1").arg(when(after.deadlineAt, QString(), locale)));
        else if (after.deadlineAt.isEmpty())
            out.append(Messages::tr("Deadline removed"));
        else
            out.append(Messages::tr("Deadline moved from %1 to %2")
                           .arg(when(before.deadlineAt, after.deadlineAt, locale),
                                when(after.deadlineAt, before.deadlineAt, locale)));
    }
    if (before.setAsideCode != after.setAsideCode) {
        if (after.setAsideCode.isEmpty())
            out.append(Messages::tr("Set-aside removed"));
        else
            out.append(Messages::tr("Set-aside changed to %1").arg(after.setAsideCode));
    }
    if (before.valueMax != after.valueMax && after.valueMax) {
        out.append(Messages::tr("Value set to %1")
                       .arg(LeadDetails::formatValue(after.valueMin, after.valueMax, after.currency, locale)));
    }
    if (before.title != after.title && !after.title.isEmpty())
        out.append(Messages::tr("Title changed to \u201c%1\u201d").arg(LeadDetails::elide(after.title, 80)));
    const int added = attachmentCount(after.raw) - attachmentCount(before.raw);
    // Spelled out per count, not with %n: the words must read right without a translator loaded.
    if (added == 1)
        out.append(Messages::tr("1 attachment added"));
    else if (added > 1)
        out.append(Messages::tr("%1 attachments added").arg(added));
    else if (added == -1)
        out.append(Messages::tr("1 attachment removed"));
    else if (added < -1)
        out.append(Messages::tr("%1 attachments removed").arg(-added));
    return out;
}

QList<Entry> entries(const QList<StoredLead>& notices, const QString& shownSourceId, const QLocale& locale)
{
    QList<Entry> out;
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const Lead& lead = notices.at(i).lead;
        Entry entry;
        entry.posted = lead.postedAt;
        entry.noticeType = lead.noticeType;
        entry.source = lead.source;
        entry.sourceId = lead.sourceId;
        entry.title = lead.title;
        entry.shown = lead.sourceId == shownSourceId;
        if (i > 0)
            entry.changes = changes(notices.at(i - 1).lead, lead, locale);
        out.append(entry);
    }
    return out;
}

} // namespace NoticeTimeline
