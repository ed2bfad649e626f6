#include "ItaDatasetParser.h"

#include "ItaJsonParser.h"

#include "JsonText.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

using Normalize::firstDate;

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ItaDatasetParser)
};

// The first key among `keys` whose value has text.
QString firstText(const QJsonObject& record, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = record.value(QLatin1String(key));
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (!array.isEmpty()) {
                const QString text = array.first().isObject() ? QString() : Normalize::text(array.first());
                if (!text.isEmpty())
                    return text;
            }
            continue;
        }
        const QString text = Normalize::text(value);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// Events list venues; the first venue's city and country place them.
QJsonObject firstVenue(const QJsonObject& record)
{
    const QJsonArray venues = record.value(QStringLiteral("venues")).toArray();
    return venues.isEmpty() ? QJsonObject() : venues.first().toObject();
}

// When an event starts: its start date, at its start time when it names one in a zone it
// names ("10:00", "Eastern Standard Time"); a time without a known zone keeps the date.
QString eventStart(const QJsonObject& record)
{
    const QString date = firstDate(record, {"start_date", "end_date"});
    const QString time = Normalize::text(record.value(QStringLiteral("start_time")));
    const auto offset = Normalize::zoneOffsetMinutes(Normalize::text(record.value(QStringLiteral("time_zone"))));
    if (date.size() != 10 || time.isEmpty() || !offset)
        return date;
    const int minutes = qAbs(*offset);
    const QString zone = QStringLiteral("%1%2:%3")
                             .arg(QChar(*offset < 0 ? u'-' : u'+'))
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString seconds = time.size() == 5 ? QStringLiteral(":00") : QString(); // "10:00"
    const QString local = date + u'T' + time + seconds + zone;
    const auto at = Normalize::timestamp(QStringView(local));
    return at && !at->isEmpty() ? *at : date;
}

Result<Lead> leadFrom(const QJsonObject& record, const QString& sourceKey)
{
    Lead lead;
    lead.source = sourceKey;
    lead.sourceId = firstText(record, {"id", "event_id", "office_id", "uid", "key"});
    if (lead.sourceId.isEmpty()) {
        // The environmental toolkit numbers issues, regulations and solutions apart.
        const QString number = Normalize::text(record.value(QStringLiteral("source_id")));
        const bool isIssue = record.contains(QStringLiteral("regulation_ids")) && record.contains(QStringLiteral("solution_ids"));
        if (!number.isEmpty())
            lead.sourceId = isIssue ? QStringLiteral("issue-") + number : number;
    }
    if (lead.sourceId.isEmpty())
        return Error { Messages::tr("no id") };
    const bool isEvent = sourceKey == QLatin1String("ita-events");
    const QJsonObject venue = firstVenue(record);

    // Mapping shared by the data sets (all optional):
    //   title        <- title | event_name | name | office_name | post
    //   description  <- description | summary | snippet | content | event_description
    //   url          <- url | registration_link | link | urls[0] | website
    //   country      <- country | countries[0] | venues[0].country | country_code (ISO alpha-2)
    //   location     <- venues[0].city/venue, else city, address, country_name
    //   industry     <- industries | ita_industries | industry (joined with "; ")
    //   agency       <- organizer | event_organizer | agency, else "International Trade Administration"
    //   posted_at    <- publish_date | published_date | publication_date | first_published_date
    //   deadline_at  <- events: start_date (the day to be there); others: end_date | expiration_date
    //   amended_at   <- last_updated | updated_at | publish_date_amended
    //   value        <- cost (events, USD)
    //   contacts     <- contacts[] {name, email, phone, title} | email/phone of an office
    lead.title = firstText(record, {"title", "event_name", "name", "name_english", "office_name", "post"});
    lead.description
        = firstText(record, {"description", "summary", "snippet", "content", "event_description", "abstract_english"});
    lead.url = firstText(record, {"url", "registration_link", "link", "urls", "website"});
    // An office's address is a list of lines, the last of which may be its web site.
    QStringList addressLines;
    for (const QJsonValue& line : record.value(QStringLiteral("address")).toArray()) {
        const QString text = Normalize::text(line);
        if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            if (lead.url.isEmpty())
                lead.url = Normalize::link(QStringView(text));
        } else if (!text.isEmpty() && text != lead.title) {
            addressLines.append(text);
        }
    }
    QString country = firstText(record, {"country", "countries", "country_code"});
    if (country.isEmpty())
        country = Normalize::text(venue.value(QStringLiteral("country")));
    lead.country = Normalize::countryCode(country);
    QStringList place;
    for (const char* key : {"venue", "city", "state"}) {
        const QString part = Normalize::text(venue.value(QLatin1String(key)));
        if (!part.isEmpty())
            place.append(part);
    }
    if (place.isEmpty()) {
        if (!addressLines.isEmpty())
            place = addressLines;
        for (const char* key : {"address", "city", "state", "country_name"}) {
            if (!addressLines.isEmpty())
                break;
            const QString part = Normalize::text(record.value(QLatin1String(key)));
            if (!part.isEmpty())
                place.append(part);
        }
    }
    lead.location = place.join(QStringLiteral(", "));
    for (const char* key : {"industries", "ita_industries", "industry"}) {
        QJsonValue value = record.value(QLatin1String(key));
        // Market research once sent {"original": [...], "mapped": [...]} instead of a list.
        if (value.isObject()) {
            const QJsonObject both = value.toObject();
            const QJsonValue mapped = both.value(QStringLiteral("mapped"));
            value = Normalize::text(mapped).isEmpty() ? both.value(QStringLiteral("original")) : mapped;
        }
        lead.industry = Normalize::text(value);
        if (!lead.industry.isEmpty())
            break;
    }
    lead.agency = firstText(record, {"organizer", "event_organizer", "agency"});
    if (lead.agency.isEmpty())
        lead.agency = QStringLiteral("International Trade Administration");
    lead.noticeType = firstText(record, {"event_type", "report_type", "type", "program_type"});
    lead.postedAt = firstDate(record, {"publish_date", "published_date", "publication_date", "first_published_date"});
    lead.deadlineAt = isEvent ? eventStart(record) : firstDate(record, {"end_date", "expiration_date"});
    lead.amendedAt = firstDate(record, {"last_updated", "updated_at", "publish_date_amended"});
    if (const auto cost = Normalize::number(record.value(QStringLiteral("cost")))) {
        lead.valueMin = lead.valueMax = *cost;
        lead.currency = QStringLiteral("USD");
    }
    QJsonArray contacts;
    for (const QJsonValue& value : record.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject contact = value.toObject();
        QJsonObject out;
        out.insert(QStringLiteral("type"), QStringLiteral("contact"));
        QString name = firstText(contact, {"name", "full_name"});
        if (name.isEmpty()) {
            name = QStringList { Normalize::text(contact.value(QStringLiteral("first_name"))),
                                 Normalize::text(contact.value(QStringLiteral("last_name"))) }
                       .join(u' ')
                       .trimmed();
        }
        if (!name.isEmpty())
            out.insert(QStringLiteral("name"), name);
        const QString title = firstText(contact, {"title", "person_title"});
        if (!title.isEmpty())
            out.insert(QStringLiteral("title"), title);
        for (const char* key : {"email", "phone"}) {
            const QString text = Normalize::text(contact.value(QLatin1String(key)));
            if (!text.isEmpty())
                out.insert(QLatin1String(key), text);
        }
        if (out.size() > 1)
            contacts.append(out);
    }
    const QString email = Normalize::text(record.value(QStringLiteral("email")));
    const QString phone = Normalize::text(record.value(QStringLiteral("phone")));
    if (!email.isEmpty() || !phone.isEmpty()) {
        QJsonObject office{{QStringLiteral("type"), QStringLiteral("office")}};
        if (!lead.title.isEmpty())
            office.insert(QStringLiteral("name"), lead.title);
        if (!email.isEmpty())
            office.insert(QStringLiteral("email"), email);
        if (!phone.isEmpty())
            office.insert(QStringLiteral("phone"), phone);
        contacts.append(office);
    }
    lead.contacts = contacts;
    lead.raw = JsonText::compact(record);
    return lead;
}

} // namespace

namespace ItaDatasetParser {

Result<ParsedPage> parse(const QByteArray& bytes, const QString& sourceKey)
{
    const auto parsed = Normalize::jsonResponse(bytes, [&sourceKey](const QString& reason, qint64 offset) {
        return Messages::tr("The %1 response is not valid JSON: %2 at byte %3").arg(sourceKey, reason).arg(offset);
    });
    if (!parsed)
        return parsed.error();
    const QJsonDocument& document = *parsed;
    ParsedPage page;
    QJsonArray results;
    if (document.isArray()) {
        results = document.array();
    } else if (document.isObject()) {
        const QJsonObject envelope = document.object();
        if (!envelope.value(QStringLiteral("results")).isArray())
            return Error { Messages::tr("The %1 response has no results array").arg(sourceKey) };
        results = envelope.value(QStringLiteral("results")).toArray();
        ItaJsonParser::readPaging(envelope, page);
        // Trade articles page in a block of their own: "metadata": {"offset", "total", ...}.
        if (page.total < 0 && envelope.value(QStringLiteral("metadata")).isObject())
            ItaJsonParser::readPaging(envelope.value(QStringLiteral("metadata")).toObject(), page);
    } else {
        return Error { Messages::tr("The %1 response is neither an object nor an array").arg(sourceKey) };
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results.at(i).isObject()) {
            page.errors.append({ sourceKey, QStringLiteral("#%1").arg(i), Messages::tr("not an object") });
            continue;
        }
        auto lead = leadFrom(results.at(i).toObject(), sourceKey);
        if (!lead) {
            page.errors.append({sourceKey, QStringLiteral("#%1").arg(i), lead.errorMessage()});
            continue;
        }
        page.leads.append(*lead);
    }
    return page;
}

} // namespace ItaDatasetParser
