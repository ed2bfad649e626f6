#include "SamJsonParser.h"

#include "JsonText.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <future>
#include <initializer_list>

namespace {

using Normalize::firstDate;
using Normalize::firstText;

const QString kSource = QStringLiteral("sam");

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SamJsonParser)
};

// Place-of-performance parts come as {"code", "name"} objects in the API and as plain
// strings in some exports; `preferCode` picks which of the two reads better.
QString part(const QJsonValue& value, bool preferCode = false)
{
    if (!value.isObject())
        return Normalize::text(value);
    const QJsonObject object = value.toObject();
    const QString code = Normalize::text(object.value(QStringLiteral("code")));
    const QString name = Normalize::text(object.value(QStringLiteral("name")));
    if (preferCode)
        return code.isEmpty() ? name : code;
    return name.isEmpty() ? code : name;
}

// One readable line: "street, city, ST zip, country".
QString location(const QJsonObject& place)
{
    QStringList parts;
    const auto add = [&parts](QString text) {
        static const QRegularExpression lineBreaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
        text.replace(lineBreaks, QStringLiteral(", "));
        text = text.simplified();
        if (!text.isEmpty() && (parts.isEmpty() || parts.last() != text))
            parts.append(text);
    };
    add(Normalize::text(place.value(QStringLiteral("streetAddress"))));
    add(Normalize::text(place.value(QStringLiteral("streetAddress2"))));
    add(part(place.value(QStringLiteral("city"))));
    const QString state = part(place.value(QStringLiteral("state")), true);
    const QString zip = Normalize::text(place.value(QStringLiteral("zip")));
    add(QStringList { state, zip }.join(u' '));
    add(part(place.value(QStringLiteral("country"))));
    return parts.join(QStringLiteral(", "));
}

QString countryOf(const QJsonObject& record)
{
    const QJsonValue country
        = record.value(QStringLiteral("placeOfPerformance")).toObject().value(QStringLiteral("country"));
    for (const QString& text : { part(country, true), part(country) }) {
        const QString code = Normalize::countryCode(text);
        if (!code.isEmpty())
            return code;
    }
    const QJsonObject office = record.value(QStringLiteral("officeAddress")).toObject();
    return Normalize::countryCode(firstText(office, { "countryCode", "country" }));
}

// v2 names the organisation once, dot-separated: "DEPT OF DEFENSE.DEFENSE LOGISTICS AGENCY.DLA LAND".
QStringList parentPath(const QJsonObject& record)
{
    QStringList segments;
    const QStringList raw = Normalize::text(record.value(QStringLiteral("fullParentPathName"))).split(u'.');
    for (const QString& segment : raw) {
        if (!segment.trimmed().isEmpty())
            segments.append(segment.trimmed());
    }
    return segments;
}

QJsonArray contacts(const QJsonObject& record)
{
    QJsonValue value = record.value(QStringLiteral("pointOfContact"));
    if (value.isUndefined())
        value = record.value(QStringLiteral("pointofContact")); // the spelling of the doc's table
    QJsonArray people = value.isArray() ? value.toArray() : QJsonArray();
    if (value.isObject())
        people.append(value);
    QJsonArray out;
    if (value.isString()) {
        // Free text instead of the documented objects: an address or a name.
        const QString text = Normalize::text(value);
        if (!text.isEmpty())
            out.append(QJsonObject {
                { text.contains(u'@') && !text.contains(u' ') ? QStringLiteral("email") : QStringLiteral("name"),
                    text } });
        return out;
    }
    for (const QJsonValue& person : std::as_const(people)) {
        if (!person.isObject())
            continue;
        const QJsonObject in = person.toObject();
        QJsonObject contact;
        const std::pair<QString, QString> fields[] = {
            { QStringLiteral("type"), firstText(in, { "type" }) },
            { QStringLiteral("name"), firstText(in, { "fullName", "fullname", "name" }) },
            { QStringLiteral("title"), firstText(in, { "title" }) },
            { QStringLiteral("email"), firstText(in, { "email" }) },
            { QStringLiteral("phone"), firstText(in, { "phone" }) },
            { QStringLiteral("fax"), firstText(in, { "fax" }) },
        };
        for (const auto& [key, text] : fields) {
            if (!text.isEmpty())
                contact.insert(key, text);
        }
        if (contact.size() > (contact.contains(QStringLiteral("type")) ? 1 : 0))
            out.append(contact);
    }
    return out;
}

// SAM's `description` is a link to the text; a few exports carry the text itself.
bool isLink(const QString& text)
{
    if (!text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return false;
    // Links arrive with a stray space or two; prose that merely begins with a link has more words.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.split(spaces, Qt::SkipEmptyParts).size() <= 3;
}

// Pages of this many records or more are read by two threads, each its half.
constexpr qsizetype kRecordsReadInTwo = 200;

// The leads of records [from, to), and why the others are not. `records` is this thread's own
// copy: Qt's JSON containers may be read from several threads, each through its own instance.
ParsedPage readRecords(QJsonArray records, qsizetype from, qsizetype to)
{
    ParsedPage read;
    read.leads.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const QJsonValue value = records.at(i);
        if (!value.isObject()) {
            read.errors.append({ kSource, QStringLiteral("#%1").arg(i), Messages::tr("not a JSON object") });
            continue;
        }
        auto lead = SamJsonParser::leadFromRecord(value.toObject());
        if (!lead) {
            read.errors.append({ kSource, Normalize::recordName(value.toObject(), QLatin1StringView("noticeId"), i), lead.errorMessage() });
            continue;
        }
        read.leads.append(std::move(*lead));
    }
    return read;
}

} // namespace

namespace SamJsonParser {

Result<ParsedPage> parse(const QByteArray& bytes, const std::function<void(const PageOutline&)>& outlined)
{
    if (bytes.trimmed().isEmpty())
        return Error { Messages::tr("SAM.gov response is empty") };
    const auto parsed = Normalize::jsonResponse(bytes, [](const QString& reason, qint64 offset) {
        return Messages::tr("SAM.gov response is not valid JSON: %1 at offset %2").arg(reason).arg(offset);
    });
    if (!parsed)
        return parsed.error();
    const QJsonDocument& document = *parsed;
    if (!document.isObject()) {
        // The bulk CSV's rows as JSON objects are an array too: say where they go.
        const QJsonObject first = document.array().first().toObject();
        if (document.isArray() && first.contains(QStringLiteral("NoticeId")))
            return Error { Messages::tr("this is a JSON array of the bulk CSV's rows, not a SAM.gov search page: "
                                        "import it with --format sam-csv") };
        return Error { Messages::tr("SAM.gov response is not a JSON object") };
    }
    const QJsonObject envelope = document.object();
    // sam.gov's own web site searches through an internal service of another shape; its
    // records would come out as empty leads.
    if (envelope.contains(QStringLiteral("_embedded")) && !envelope.contains(QStringLiteral("opportunitiesData")))
        return Error { Messages::tr("this is not a Get Opportunities search page but the sam.gov web site's internal "
                                    "search (_embedded.results); export from api.sam.gov/opportunities/v2/search") };

    ParsedPage page;
    if (const auto total = Normalize::count(envelope.value(QStringLiteral("totalRecords"))))
        page.total = *total;
    if (const auto offset = Normalize::count(envelope.value(QStringLiteral("offset"))))
        page.offset = *offset;

    const QJsonValue data = envelope.value(QStringLiteral("opportunitiesData"));
    if (!data.isArray()) {
        // An empty result may come without the array; that is still an answer, not a failure.
        if (page.total == 0 && (data.isUndefined() || data.isNull()))
            return page;
        const QString hint = Normalize::serverMessage(envelope);
        const QString message = data.isUndefined() || data.isNull()
            ? Messages::tr("SAM.gov response has no opportunitiesData array")
            : Messages::tr("SAM.gov response's opportunitiesData is not an array");
        return Error { hint.isEmpty() ? message : QStringLiteral("%1: %2").arg(message, hint) };
    }

    const QJsonArray records = data.toArray();
    if (outlined) {
        PageOutline outline;
        outline.records = records.size();
        outline.total = page.total;
        for (qsizetype i = 0; i < qMin<qsizetype>(2, records.size()); ++i)
            outline.firstIds.append(Normalize::text(records.at(i).toObject().value(QStringLiteral("noticeId"))));
        outlined(outline);
    }
    // A large page's second half becomes leads on another thread meanwhile: a sync's pages are
    // read one after the other, and reading one was what a run of them waited for.
    const qsizetype half = records.size() >= kRecordsReadInTwo ? records.size() / 2 : records.size();
    std::future<ParsedPage> secondHalf;
    if (half < records.size())
        secondHalf = std::async(std::launch::async, readRecords, records, half, records.size());
    ParsedPage read = readRecords(records, 0, half);
    page.leads = std::move(read.leads);
    page.errors = std::move(read.errors);
    if (secondHalf.valid()) {
        ParsedPage rest = secondHalf.get();
        page.leads.append(std::move(rest.leads));
        page.errors.append(std::move(rest.errors));
    }
    return page;
}

Result<Lead> leadFromRecord(const QJsonObject& record)
{
    const QJsonValue id = record.value(QStringLiteral("noticeId"));
    if (!id.isString() && !id.isDouble() && !id.isUndefined() && !id.isNull())
        return Error { Messages::tr("noticeId is not text") };
    Lead lead;
    lead.source = kSource;
    lead.sourceId = Normalize::text(id);
    if (lead.sourceId.isEmpty())
        return Error { Messages::tr("no noticeId") };

    lead.title = Normalize::text(record.value(QStringLiteral("title")));
    lead.solicitationNumber = firstText(record, { "solicitationNumber", "solicitationNumberLegacy" });

    const QStringList path = parentPath(record);
    lead.agency = firstText(record, { "department", "departmentName" });
    if (lead.agency.isEmpty() && !path.isEmpty())
        lead.agency = path.first();
    lead.subTier = firstText(record, { "subTier", "subtier" });
    if (lead.subTier.isEmpty() && path.size() >= 2)
        lead.subTier = path.at(1);
    lead.office = Normalize::text(record.value(QStringLiteral("office")));
    if (lead.office.isEmpty() && path.size() >= 3)
        lead.office = path.last();

    lead.postedAt = firstDate(record, { "postedDate" });
    lead.deadlineAt = firstDate(record, { "responseDeadLine", "reponseDeadLine", "responseDeadline" });
    lead.amendedAt = firstDate(record, { "updatedDate", "modifiedDate", "lastModifiedDate" });

    lead.noticeType = firstText(record, { "type", "baseType" });
    lead.naicsCode = firstText(record, { "naicsCode", "naicsCodes" }).section(QStringLiteral("; "), 0, 0);
    lead.classificationCode = Normalize::text(record.value(QStringLiteral("classificationCode")));
    lead.setAsideCode = Normalize::unlisted(firstText(record, { "typeOfSetAside", "setAsideCode" }));
    lead.setAside = firstText(record, { "typeOfSetAsideDescription", "setAside" });
    lead.active = Normalize::yesNo(record.value(QStringLiteral("active")));

    const QJsonValue descriptionValue = record.value(QStringLiteral("description"));
    const QString description
        = descriptionValue.isArray() ? Normalize::link(descriptionValue) : Normalize::text(descriptionValue);
    if (isLink(description))
        lead.descriptionUrl = Normalize::link(QStringView(description));
    else
        lead.description = description;
    lead.url = Normalize::link(record.value(QStringLiteral("uiLink")));
    for (const QJsonValue link : record.value(QStringLiteral("resourceLinks")).toArray()) {
        const QString text = Normalize::link(link);
        if (!text.isEmpty() && !lead.attachmentUrls.contains(text))
            lead.attachmentUrls.append(text);
    }

    const QJsonValue place = record.value(QStringLiteral("placeOfPerformance"));
    lead.location = place.isObject() ? location(place.toObject()) : Normalize::text(place);
    lead.country = countryOf(record);

    const QJsonObject award = record.value(QStringLiteral("award")).toObject();
    if (const auto amount = Normalize::number(award.value(QStringLiteral("amount")))) {
        lead.valueMin = lead.valueMax = *amount;
        lead.currency = QStringLiteral("USD");
    }

    lead.contacts = Normalize::tidyContacts(contacts(record));
    lead.raw = JsonText::compact(record);
    return lead;
}

Result<QString> parseDescription(const QByteArray& bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return Error { Messages::tr("SAM.gov description response is empty") };
    QJsonParseError parseError;
    const QJsonDocument document = Normalize::json(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (trimmed.contains("Description Not Found"))
            return Error { Messages::tr("SAM.gov has no description for this notice") };
        return Error { Messages::tr("SAM.gov description response is not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    }
    if (!document.isObject())
        return Error { Messages::tr("SAM.gov description response is not a JSON object") };
    const QJsonValue description = document.object().value(QStringLiteral("description"));
    if (!description.isString() || description.toString().trimmed() == QLatin1String("null")) {
        const QString hint = Normalize::serverMessage(document.object());
        const QString message = Messages::tr("SAM.gov description response has no description field");
        return Error { hint.isEmpty() ? message : QStringLiteral("%1: %2").arg(message, hint) };
    }
    return description.toString();
}

} // namespace SamJsonParser
