#pragma once

#include "Lead.h"
#include "Result.h"
#include "StoredLead.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class LeadStore;
class QDate;
class QUrl;

// What the detail pane shows about one lead, without widgets: readable labels for the
// source record's fields, the record flattened into rows, what changed between versions,
// the reference data beside a lead, and the formatting of dates, values and links.
namespace LeadDetails {

// One leaf of the source record: "placeOfPerformance.city.name" under the label
// "Place of performance › City › Name".
struct FieldRow
{
    QString path; // dotted, with [i] for array elements
    QString label; // for people
    QString value; // empty for null, "" and empty arrays or objects
};

// "responseDeadLine" -> "Response deadline", "noticeId" -> "Notice ID", "ita_industries" ->
// "ITA industries"; a dotted path gives its segments joined with " › ", "[0]" gives " 1".
QString fieldLabel(const QString& path);

// Every field of a JSON record, sorted by path. Arrays of scalars are one row ("a; b");
// arrays of objects give a row per leaf and element. Not an object: no rows.
QList<FieldRow> flatten(const QByteArray& rawJson);

// `text` cut to `maxChars` with an ellipsis, line breaks shown as spaces.
QString elide(const QString& text, int maxChars = 160);

struct FieldChange
{
    enum Kind { Added, Removed, Changed };
    Kind kind = Changed;
    QString path;
    QString label;
    QString oldValue; // elided
    QString newValue; // elided
};

// Field by field, what `newerRaw` changed from `olderRaw`, in path order.
QList<FieldChange> diff(const QByteArray& olderRaw, const QByteArray& newerRaw);

using Version = LeadVersion;

// The earlier versions of a lead, oldest first.
Result<QList<Version>> versions(const LeadStore& store, const QString& source, const QString& sourceId);

// One change of a lead: from one version to the next.
struct Amendment
{
    QString at; // when the cache saw it (UTC)
    QList<FieldChange> changes;
};

// The amendments between consecutive versions, the earlier versions (oldest first) then the
// current record, newest amendment first.
QList<Amendment> amendments(const QList<Version>& earlier, const QByteArray& currentRaw);

// A record of ITA's reference data sets shown beside a lead.
using Reference = ReferenceRecord;

// The reference sources: market research, articles, offices, programs.
QStringList referenceSources();

// Up to `limit` reference records for the lead's country, those sharing words with its
// industry first; by industry alone when the lead has no country. The lead itself is left out.
Result<QList<Reference>> related(const LeadStore& store, const Lead& lead, int limit = 10);

// The distinctive words of an industry ("Safety and Security; Defense" -> safety, security,
// defense), at most six.
QStringList industryWords(const QString& industry);

// "2018-06-01T19:00:00Z" in the zone and language of the reader, "2018-06-01" as a date
// alone; the text as it is when it is no timestamp.
QString formatTimestamp(
    const QString& iso, const QLocale& locale = QLocale(), const QTimeZone& zone = QTimeZone::systemTimeZone());
// "in 3 days", "today", "5 days ago" for a deadline, from `today`.
QString relativeDay(const QString& iso, const QDate& today, const QTimeZone& zone = QTimeZone::systemTimeZone());
// "320,000 – 1,920,000 GBP", "35,000 USD", empty without a value.
QString formatValue(
    std::optional<double> min, std::optional<double> max, const QString& currency, const QLocale& locale = QLocale());
// "United Kingdom (GB)", or the code when unknown.
QString countryName(const QString& code);
// "sam" -> "SAM.gov", "ita-uk" -> "ITA · UK", "ita-mrl" -> "ITA · Market research".
QString sourceName(const QString& source);

// A person to contact, from the lead's contacts.
struct Contact
{
    QString type; // "primary", "secondary", ...
    QString name;
    QString title;
    QString email;
    QString phone;
    QString fax;
};
QList<Contact> contacts(const Lead& lead);

// The links the pane may hand to the system browser: http, https, mailto, tel.
bool isOpenableUrl(const QUrl& url);
// mailto: for an address that looks like one; invalid otherwise.
QUrl mailtoUrl(const QString& email);
// tel: with the digits of a phone number ("312.758.2467" -> tel:3127582467); invalid when too short.
QUrl telUrl(const QString& phone);
// An http(s) link from the sources as a URL; invalid for anything else.
QUrl webUrl(const QString& text);

} // namespace LeadDetails
