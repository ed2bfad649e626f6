#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One opportunity as the cache stores it: the canonical columns of DESIGN.md plus the
// whole source record in `raw`, so that no source field is ever lost.
struct Lead
{
    QString source;   // source key: "sam", "ita-state", "ita-canada", ...
    QString sourceId; // the record's id within its source
    QString title;
    QString description;
    QString descriptionUrl;
    QString noticeType;
    QString solicitationNumber;
    QString agency;
    QString subTier;
    QString office;
    QString country; // ISO 3166 alpha-2
    QString location;
    QString industry;
    QString naicsCode;
    QString classificationCode;
    QString setAsideCode;
    QString setAside;
    QString postedAt; // "YYYY-MM-DDTHH:MM:SSZ" (UTC) or "YYYY-MM-DD" when only a date is known
    QString deadlineAt;
    QString amendedAt;
    std::optional<double> valueMin;
    std::optional<double> valueMax;
    QString currency;
    std::optional<bool> active;
    QString url;
    QJsonArray contacts; // [{type, name, title, email, phone, fax}]
    // The documents the record links to (SAM.gov's resourceLinks, an ITA lead's further urls),
    // as sent: the store lists them as the lead's attachments.
    QStringList attachmentUrls;
    QByteArray raw;      // the source record, compact JSON

    // A hash of everything the source sent; an amendment changes it.
    QByteArray contentHash() const;
};

// A record that could not be read: which source, which record, and why.
struct RecordError
{
    QString source;
    QString record; // "#12" (index) or "id 4711"
    QString reason;
    // The record was stored all the same; the reason names what was left out of it.
    bool recordKept = false;

    QString message() const;
};

// What a parser made of one response page or one file.
struct ParsedPage
{
    QList<Lead> leads;
    QList<RecordError> errors;
    qint64 total = -1;  // records the server says match, when it says
    qint64 offset = -1; // the page's offset as the server echoes it
    qint64 nextOffset = -1;
};

// What a page says of itself before its records become leads: enough to ask for the next page
// while they are read.
struct PageOutline
{
    qint64 records = 0; // records on the page, readable or not
    qint64 total = -1;
    qint64 nextOffset = -1;
    QStringList firstIds; // the ids of the first two records, as the page gives them
};

// The canonical columns, in their canonical order (also the JSON keys of `search --format json`).
namespace LeadColumns {
QStringList names();
QString resolve(const QString& nameOrAlias); // "deadline" -> "deadline_at"; empty when unknown
}
