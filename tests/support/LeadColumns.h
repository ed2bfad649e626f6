#pragma once

#include "Lead.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QString>

#include <functional>
#include <optional>

// What the parser suites share: their fixture files and a lead's canonical columns as text.

// A file of tests/data/<folder>; a marker that fails every comparison when it is missing.
inline QByteArray fixture(const QString& folder, const QString& name)
{
    QFile file(QStringLiteral(TRADELEADS_TEST_DATA "/") + folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return "<<missing fixture " + name.toUtf8() + ">>";
    return file.readAll();
}

inline QString optionalNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

// A canonical column of a lead as text, so that one table row checks one column.
inline const QHash<QString, std::function<QString(const Lead&)>>& columns()
{
    static const QHash<QString, std::function<QString(const Lead&)>> table = {
        { "source", [](const Lead& l) { return l.source; } },
        { "source_id", [](const Lead& l) { return l.sourceId; } },
        { "title", [](const Lead& l) { return l.title; } },
        { "description", [](const Lead& l) { return l.description; } },
        { "description_url", [](const Lead& l) { return l.descriptionUrl; } },
        { "notice_type", [](const Lead& l) { return l.noticeType; } },
        { "solicitation_number", [](const Lead& l) { return l.solicitationNumber; } },
        { "agency", [](const Lead& l) { return l.agency; } },
        { "sub_tier", [](const Lead& l) { return l.subTier; } },
        { "office", [](const Lead& l) { return l.office; } },
        { "country", [](const Lead& l) { return l.country; } },
        { "location", [](const Lead& l) { return l.location; } },
        { "industry", [](const Lead& l) { return l.industry; } },
        { "naics_code", [](const Lead& l) { return l.naicsCode; } },
        { "classification_code", [](const Lead& l) { return l.classificationCode; } },
        { "set_aside_code", [](const Lead& l) { return l.setAsideCode; } },
        { "set_aside", [](const Lead& l) { return l.setAside; } },
        { "posted_at", [](const Lead& l) { return l.postedAt; } },
        { "deadline_at", [](const Lead& l) { return l.deadlineAt; } },
        { "amended_at", [](const Lead& l) { return l.amendedAt; } },
        { "value_min", [](const Lead& l) { return optionalNumber(l.valueMin); } },
        { "value_max", [](const Lead& l) { return optionalNumber(l.valueMax); } },
        { "currency", [](const Lead& l) { return l.currency; } },
        { "active", [](const Lead& l) { return l.active ? QString(*l.active ? "true" : "false") : QString(); } },
        { "url", [](const Lead& l) { return l.url; } },
        { "contacts",
            [](const Lead& l) { return QString::fromUtf8(QJsonDocument(l.contacts).toJson(QJsonDocument::Compact)); } },
    };
    return table;
}
