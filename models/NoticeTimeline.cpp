#include "NoticeTimeline.h"

#include "LeadDetails.h"
#include "LeadStore.h"
#include "StoredRecordParser.h"

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

Result<QList<FamilyNotice>> read(const LeadStore& store, const StoredLead& shown)
{
    if (shown.noticeCount <= 1 && shown.versions == 0)
        return QList<FamilyNotice>(); // a lone notice never amended has no story to tell
    QList<StoredLead> notices { shown };
    if (shown.noticeCount > 1) {
        auto family = store.familyNotices(shown.familyId);
        if (!family)
            return Error { Messages::tr("Could not read the notice family of %1: %2")
                               .arg(shown.lead.sourceId, family.errorMessage()) };
        notices = std::move(*family);
    }
    QList<FamilyNotice> out;
    out.reserve(notices.size());
    for (StoredLead& notice : notices) {
        FamilyNotice& entry = out.emplace_back();
        if (notice.versions > 0) {
            const auto versions = store.versions(notice.lead.source, notice.lead.sourceId);
            if (!versions)
                return Error { Messages::tr("Could not read the earlier versions of %1: %2")
                                   .arg(notice.lead.sourceId, versions.errorMessage()) };
            for (const LeadVersion& version : *versions)
                entry.earlier.append(
                    { StoredRecordParser::parse(notice.lead.source, version.raw), version.replacedAt });
        }
        entry.notice = std::move(notice);
    }
    return out;
}

QList<Entry> entries(const QList<FamilyNotice>& family, const QString& shownSourceId, const QLocale& locale)
{
    QList<Entry> out;
    const Lead* previousNotice = nullptr;
    for (const FamilyNotice& notice : family) {
        const Lead& now = notice.notice.lead;
        // The notice's states, oldest first; null where a kept record could not be read back.
        QList<const Lead*> states;
        for (const KeptVersion& version : notice.earlier)
            states.append(version.lead ? &*version.lead : nullptr);
        states.append(&now);
        for (qsizetype i = 0; i < states.size(); ++i) {
            const Lead* state = states.at(i);
            const Lead& named = state ? *state : now; // what an unreadable version is known by
            Entry entry;
            entry.kind = i == 0 ? Entry::Posted : Entry::Amended;
            entry.at = i == 0 ? (named.postedAt.isEmpty() ? now.postedAt : named.postedAt)
                              : notice.earlier.at(i - 1).replacedAt;
            entry.noticeType = named.noticeType;
            entry.source = now.source;
            entry.sourceId = now.sourceId;
            entry.title = named.title;
            entry.shown = now.sourceId == shownSourceId;
            const Lead* before = i == 0 ? previousNotice : states.at(i - 1);
            const bool firstOfFamily = i == 0 && !previousNotice; // nothing before it to compare with
            entry.changesKnown = state && (before || firstOfFamily);
            if (state && before)
                entry.changes = changes(*before, *state, locale);
            out.append(entry);
        }
        previousNotice = &now;
    }
    return out;
}

} // namespace NoticeTimeline
