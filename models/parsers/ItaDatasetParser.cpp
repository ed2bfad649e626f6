#include "ItaDatasetParser.h"

#include "ItaJsonParser.h"

#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

Result<Lead> leadFrom(const QJsonObject& record, const QString& sourceKey)
{
    Lead lead;
    lead.source = sourceKey;
    lead.sourceId = firstText(record, {"id", "event_id", "office_id", "uid", "key"});
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
    lead.title = firstText(record, {"title", "event_name", "name", "office_name", "post"});
    lead.description = firstText(record, {"description", "summary", "snippet", "content", "event_description"});
    lead.url = firstText(record, {"url", "registration_link", "link", "urls", "website"});
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
        for (const char* key : {"address", "city", "state", "country_name"}) {
            const QString part = Normalize::text(record.value(QLatin1String(key)));
            if (!part.isEmpty())
                place.append(part);
        }
    }
    lead.location = place.join(QStringLiteral(", "));
    for (const char* key : {"industries", "ita_industries", "industry"}) {
        lead.industry = Normalize::text(record.value(QLatin1String(key)));
        if (!lead.industry.isEmpty())
            break;
    }
    lead.agency = firstText(record, {"organizer", "event_organizer", "agency"});
    if (lead.agency.isEmpty())
        lead.agency = QStringLiteral("International Trade Administration");
    lead.noticeType = firstText(record, {"event_type", "report_type", "type", "program_type"});
    lead.postedAt = firstDate(record, {"publish_date", "published_date", "publication_date", "first_published_date"});
    lead.deadlineAt = isEvent ? firstDate(record, {"start_date", "end_date"})
                              : firstDate(record, {"end_date", "expiration_date"});
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
        const QString name = firstText(contact, {"name", "full_name", "first_name"});
        if (!name.isEmpty())
            out.insert(QStringLiteral("name"), name);
        for (const char* key : {"title", "email", "phone"}) {
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
    lead.raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
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
