// How both stores read a lead row (StoredLeadRows.h).
#include "StoredLeadRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace {

std::optional<double> optionalDouble(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

namespace StoredLeadRows {

QString selectColumns(LeadStore::Detail detail, const QString& lastSeen, const QString& assignee)
{
    const bool full = detail != LeadStore::Detail::Listing;
    const bool record = detail == LeadStore::Detail::Full;
    return QStringLiteral(
               "l.id, l.source, l.source_id, l.title, %1, l.description_url, l.notice_type, "
               "l.solicitation_number, l.agency, l.sub_tier, l.office, l.country, l.location, l.industry, l.naics_code, "
               "l.classification_code, l.set_aside_code, l.set_aside, l.posted_at, l.deadline_at, l.amended_at, "
               "l.value_min, l.value_max, l.currency, l.active, l.url, %2, %3, l.first_seen_at, "
               "%4, l.content_hash, COALESCE(u.starred, 0), u.status, u.notes, u.tags, "
               "(SELECT COUNT(*) FROM lead_version v WHERE v.lead_id = l.id), l.family_id, "
               "(SELECT COUNT(*) FROM lead f WHERE f.family_id = l.family_id), %5")
        .arg(full ? QStringLiteral("l.description") : QStringLiteral("NULL"),
             full ? QStringLiteral("l.contacts") : QStringLiteral("NULL"),
             record ? QStringLiteral("l.raw") : QStringLiteral("NULL"), lastSeen, assignee);
}

StoredLead storedLeadFrom(const QSqlQuery& query)
{
    StoredLead row;
    int c = 0;
    row.id = query.value(c++).toLongLong();
    Lead& lead = row.lead;
    lead.source = query.value(c++).toString();
    lead.sourceId = query.value(c++).toString();
    lead.title = query.value(c++).toString();
    lead.description = query.value(c++).toString();
    lead.descriptionUrl = query.value(c++).toString();
    lead.noticeType = query.value(c++).toString();
    lead.solicitationNumber = query.value(c++).toString();
    lead.agency = query.value(c++).toString();
    lead.subTier = query.value(c++).toString();
    lead.office = query.value(c++).toString();
    lead.country = query.value(c++).toString();
    lead.location = query.value(c++).toString();
    lead.industry = query.value(c++).toString();
    lead.naicsCode = query.value(c++).toString();
    lead.classificationCode = query.value(c++).toString();
    lead.setAsideCode = query.value(c++).toString();
    lead.setAside = query.value(c++).toString();
    lead.postedAt = query.value(c++).toString();
    lead.deadlineAt = query.value(c++).toString();
    lead.amendedAt = query.value(c++).toString();
    lead.valueMin = optionalDouble(query.value(c++));
    lead.valueMax = optionalDouble(query.value(c++));
    lead.currency = query.value(c++).toString();
    const QVariant active = query.value(c++);
    if (!active.isNull())
        lead.active = active.toInt() != 0;
    lead.url = query.value(c++).toString();
    lead.contacts = QJsonDocument::fromJson(query.value(c++).toByteArray()).array();
    lead.raw = query.value(c++).toByteArray();
    row.firstSeenAt = query.value(c++).toString();
    row.lastSeenAt = query.value(c++).toString();
    row.contentHash = query.value(c++).toString();
    row.starred = query.value(c++).toInt() != 0;
    row.status = query.value(c++).toString();
    row.notes = query.value(c++).toString();
    row.tags = query.value(c++).toString();
    row.versions = query.value(c++).toInt();
    row.familyId = query.value(c++).toString();
    row.noticeCount = query.value(c++).toInt();
    row.assignee = query.value(c++).toString();
    return row;
}

} // namespace StoredLeadRows
