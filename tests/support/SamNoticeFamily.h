#pragma once

// A notice family built from a real SAM.gov page (../shared/real-world): the presolicitation
// and solicitation of SPRDL125R0001 at DLA Land Warren, plus two amendments and an award made
// from them as SAM.gov posts such notices. Tests that include it define TRADELEADS_REAL_WORLD_DIR.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace SamNoticeFamily {

inline const QString kPresolicitation = QStringLiteral("9f72c25f7a1e4fb58ff8931de4736c35");
inline const QString kSolicitation = QStringLiteral("573836bf8e7d47dc9b6c22ce80f601fe");
inline const QString kAward = QStringLiteral("award0000000000000000000000000005");
inline const QString kFamilyId = QStringLiteral("sam|DLA LAND WARREN|SPRDL125R0001");

// The record of `noticeId` on the real page; empty when the file or the notice is missing.
inline QJsonObject realRecord(const QString& noticeId)
{
    QFile file(QDir(QStringLiteral(TRADELEADS_REAL_WORLD_DIR)).filePath(QStringLiteral("sam_v2_search_driving_2025.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("opportunitiesData")).toArray();
    for (const QJsonValue& value : records) {
        if (value.toObject().value(QStringLiteral("noticeId")).toString() == noticeId)
            return value.toObject();
    }
    return {};
}

// A search page holding `records`, as the Get Opportunities API answers.
inline QByteArray page(const QList<QJsonObject>& records)
{
    QJsonArray data;
    for (const QJsonObject& record : records)
        data.append(record);
    return QJsonDocument(QJsonObject{{QStringLiteral("totalRecords"), data.size()},
                                     {QStringLiteral("limit"), 1000},
                                     {QStringLiteral("offset"), 0},
                                     {QStringLiteral("opportunitiesData"), data}})
        .toJson(QJsonDocument::Compact);
}

// A later notice of the same solicitation, as SAM.gov posts it.
inline QJsonObject later(QJsonObject record, const QString& noticeId, const QString& type, const QString& posted,
                         const QString& deadline)
{
    record.insert(QStringLiteral("noticeId"), noticeId);
    record.insert(QStringLiteral("type"), type);
    record.insert(QStringLiteral("postedDate"), posted);
    record.insert(QStringLiteral("responseDeadLine"), deadline.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(deadline));
    return record;
}

inline QJsonObject award()
{
    QJsonObject notice = later(realRecord(kSolicitation), kAward, QStringLiteral("Award Notice"), QStringLiteral("2025-04-02"), {});
    notice.insert(QStringLiteral("award"),
                  QJsonObject{{QStringLiteral("amount"), QStringLiteral("1250000.00")}, {QStringLiteral("date"), QStringLiteral("2025-04-01")}});
    return notice;
}

// Presolicitation (real), solicitation (real), two amendments that move the deadline, an award.
inline QList<QJsonObject> fiveNotices()
{
    const QJsonObject solicitation = realRecord(kSolicitation);
    return {
        realRecord(kPresolicitation),
        solicitation,
        later(solicitation, QStringLiteral("amend10000000000000000000000000003"), QStringLiteral("Solicitation"),
              QStringLiteral("2025-02-25"), QStringLiteral("2025-03-24T23:59:00-04:00")),
        later(solicitation, QStringLiteral("amend20000000000000000000000000004"), QStringLiteral("Solicitation"),
              QStringLiteral("2025-03-10"), QStringLiteral("2025-03-31T23:59:00-04:00")),
        award(),
    };
}

} // namespace SamNoticeFamily
