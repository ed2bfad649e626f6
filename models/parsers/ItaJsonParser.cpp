#include "ItaJsonParser.h"

#include "JsonText.h"
#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <initializer_list>

namespace {

using Normalize::firstDate;
using Normalize::firstText;

const QString kErrorSource = QStringLiteral("ita");
constexpr qsizetype kTitleLength = 120;

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ItaJsonParser)
};

std::optional<double> firstNumber(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (const auto value = Normalize::number(object.value(QLatin1String(key))))
            return value;
    }
    return std::nullopt;
}

// The earliest v1 records name their source only by `type` ("canada_lead", "fbopen_lead",
// "state_trade_lead"): the code is what comes before "_trade_lead" or "_lead".
QString codeFromType(const QString& type)
{
    static const QRegularExpression typed(QStringLiteral("^([a-z][a-z0-9]*)(?:_trade)?_lead$"));
    const QRegularExpressionMatch match = typed.match(type);
    if (!match.hasMatch())
        return {};
    const QString code = match.captured(1);
    return code == QLatin1String("fbopen") ? QStringLiteral("FBO") : code.toUpper();
}

// "ita-" plus the record's source code in lower case ("STATE" -> "ita-state"). The doc's
// BIDS table calls the code `type` and uses `source` for an organisation ("World Bank"), so a
// `source` that is no code gives way to `type`; neither gives "ita-leads".
QString sourceKey(const QJsonObject& record)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,31}$"));
    static const QRegularExpression upperCode(QStringLiteral("^[A-Z][A-Z0-9_]{0,31}$"));
    const QJsonValue source = record.value(QStringLiteral("source"));
    const QString fromSource = source.isString() ? Normalize::text(source) : QString();
    const QJsonValue type = record.value(QStringLiteral("type"));
    const QString fromType = type.isString() ? Normalize::text(type) : QString();
    QString key;
    if (code.match(fromSource).hasMatch())
        key = fromSource;
    else if (upperCode.match(fromType).hasMatch())
        key = fromType;
    else
        key = codeFromType(fromType);
    if (key.isEmpty())
        return QStringLiteral("ita-leads");
    return QStringLiteral("ita-") + key.toLower();
}

// The key of a record that has no `id`, from what identifies it in its source, so that a
// re-import finds the same lead: Canada's reference and contract numbers; a contract
// (solicitation) number, which is FBO's own id in the later API; the notice's link (MCA and
// USTDA give a short link per notice). A title is no key: two notices may share one.
QString sourceIdFor(const QJsonObject& record, const QString& source)
{
    QString reference = Normalize::text(record.value(QStringLiteral("reference_number")));
    const QString contract = Normalize::text(record.value(QStringLiteral("contract_number")));
    if (source == QLatin1String("ita-canada")) {
        // Where ITA left the reference out, its id is that reference ("PW-24-00999999").
        if (reference.isEmpty())
            reference = Normalize::text(record.value(QStringLiteral("id")));
        if (!(reference.isEmpty() && contract.isEmpty()))
            return ItaJsonParser::canadaKey(reference, contract);
    }
    if (!contract.isEmpty())
        return contract;
    if (!reference.isEmpty())
        return reference;
    return Normalize::link(record.value(QStringLiteral("url")));
}

// dgMarket's MCA notices give their deadline only as a category: "deadline/2015/Apr/30".
QString deadlineFromCategories(const QJsonValue& categories)
{
    static const QRegularExpression deadline(QStringLiteral("^deadline/([0-9]{4})/([A-Za-z]{3})/([0-9]{1,2})$"));
    const QJsonArray items = categories.toArray();
    for (const QJsonValue& item : items) {
        const QRegularExpressionMatch match = deadline.match(item.toString());
        if (!match.hasMatch())
            continue;
        const QDate date = QLocale::c().toDate(
            QStringLiteral("%1 %2 %3").arg(match.captured(1), match.captured(2), match.captured(3)),
            QStringLiteral("yyyy MMM d"));
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return {};
}

// Descriptions may be HTML; a title made from one is plain text.
QString plainText(QString html)
{
    static const QRegularExpression blockTags(
        QStringLiteral("<\\s*/?\\s*(p|br|div|li|ul|ol|tr|td|th|h[1-6]|table|blockquote|hr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});"));
    html.replace(blockTags, QStringLiteral(" "));
    html.remove(tags);
    QString text;
    qsizetype last = 0;
    auto it = numeric.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        text += QStringView(html).mid(last, match.capturedStart() - last);
        const QString digits = match.captured(1);
        bool ok = false;
        const uint codePoint = digits.startsWith(u'x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && codePoint > 0 && codePoint <= 0x10FFFF && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            const char32_t c = codePoint;
            text += QString::fromUcs4(&c, 1);
        }
        last = match.capturedEnd();
    }
    text += QStringView(html).mid(last);
    const std::pair<const char*, char16_t> entities[] = {
        { "&nbsp;", u' ' },
        { "&lt;", u'<' },
        { "&gt;", u'>' },
        { "&quot;", u'"' },
        { "&apos;", u'\'' },
        { "&ndash;", u'\u2013' },
        { "&mdash;", u'\u2014' },
        { "&lsquo;", u'\u2018' },
        { "&rsquo;", u'\u2019' },
        { "&ldquo;", u'\u201c' },
        { "&rdquo;", u'\u201d' },
        { "&hellip;", u'\u2026' },
        { "&euro;", u'\u20ac' },
        { "&pound;", u'\u00a3' },
        { "&amp;", u'&' },
    };
    for (const auto& [entity, character] : entities)
        text.replace(QLatin1String(entity), QString(QChar(character)));
    return text.simplified();
}

// At most `kTitleLength` characters, cut at a word when one ends late enough.
QString shortTitle(const QString& text)
{
    if (text.size() <= kTitleLength)
        return text;
    qsizetype cut = kTitleLength - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype space = text.lastIndexOf(u' ', cut);
    if (space > kTitleLength / 2)
        cut = space;
    QString title = text.left(cut);
    // No dangling separator before the ellipsis ("Railway,…").
    while (!title.isEmpty() && (title.back().isSpace() || QStringView(u",;:-\u2013\u2014").contains(title.back())))
        title.chop(1);
    return title + u'\u2026';
}

QString firstEmail(const QString& text)
{
    static const QRegularExpression email(
        QStringLiteral("[^\\s<>()\\[\\],;:\"]+@[^\\s<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}"));
    return email.match(text).captured(0);
}

bool looksLikePhone(const QString& text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9()\\s./-]{7,}(\\s*(x|ext\\.?)\\s*[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return phone.match(text).hasMatch();
}

// A contact as free text: an email address goes to `email`, the other words to `name`
// ("Jane Doe, jane@example.org" -> name "Jane Doe").
QJsonObject contactFromText(const QString& text, const QString& type)
{
    if (text.isEmpty())
        return {};
    QJsonObject contact { { QStringLiteral("type"), type } };
    const QString email = firstEmail(text);
    if (email.isEmpty()) {
        contact.insert(looksLikePhone(text) ? QStringLiteral("phone") : QStringLiteral("name"), text);
        return contact;
    }
    contact.insert(QStringLiteral("email"), email);
    static const QRegularExpression emptyBrackets(QStringLiteral("<\\s*>|\\(\\s*\\)|\\[\\s*\\]|\\bmailto:"));
    static const QRegularExpression doubledSeparators(QStringLiteral("\\s*[,;]\\s*(?=[,;])"));
    static const QRegularExpression edges(QStringLiteral("^[\\s,;:/-]+|[\\s,;:/-]+$"));
    QString rest = QString(text).replace(email, QString());
    rest.remove(emptyBrackets);
    rest.remove(doubledSeparators);
    rest.remove(edges);
    rest = rest.simplified();
    if (!rest.isEmpty())
        contact.insert(QStringLiteral("name"), rest);
    return contact;
}

QJsonObject contactFromObject(const QJsonObject& in, const QString& type)
{
    QJsonObject contact { { QStringLiteral("type"), type } };
    QString name = firstText(in, { "name", "full_name", "fullName", "contact_name" });
    if (name.isEmpty()) {
        name = QStringList { firstText(in, { "first_name", "firstName" }), firstText(in, { "last_name", "lastName" }) }
                   .join(u' ')
                   .trimmed();
    }
    const std::pair<QString, QString> fields[] = {
        { QStringLiteral("name"), name },
        { QStringLiteral("title"), firstText(in, { "title", "position", "job_title" }) },
        { QStringLiteral("email"), firstText(in, { "email", "email_address", "emailAddress" }) },
        { QStringLiteral("phone"), firstText(in, { "phone", "telephone", "phone_number", "phoneNumber" }) },
        { QStringLiteral("fax"), firstText(in, { "fax", "fax_number" }) },
    };
    for (const auto& [key, text] : fields) {
        if (!text.isEmpty())
            contact.insert(key, text);
    }
    return contact.size() > 1 ? contact : QJsonObject();
}

// A contact field may be free text, an object, or an array of either. FBO packs people into
// one text, " - " between them ("A, Phone 1, Email a@x.mil - B, Phone 2, Email b@x.mil").
void appendContacts(QJsonArray& out, const QJsonValue& value, const QString& type)
{
    QJsonArray items = value.isArray() ? value.toArray() : QJsonArray { value };
    if (value.isString()) {
        static const QRegularExpression anyEmail(QStringLiteral("@[^\\s@]+\\.[A-Za-z]{2,}"));
        const QStringList people = value.toString().split(QStringLiteral(" - "));
        if (people.size() > 1 && value.toString().count(anyEmail) >= people.size()) {
            items = QJsonArray();
            for (const QString& person : people)
                items.append(person);
        }
    }
    for (const QJsonValue& item : std::as_const(items)) {
        const QJsonObject contact
            = item.isObject() ? contactFromObject(item.toObject(), type) : contactFromText(Normalize::text(item), type);
        if (!contact.isEmpty() && !out.contains(contact))
            out.append(contact);
    }
}

// BIDS names its contract officer in one field and gives the email (or phone) in another.
void appendOfficer(QJsonArray& out, const QJsonObject& record)
{
    const QString type = QStringLiteral("submitting officer");
    const QString name = Normalize::text(record.value(QStringLiteral("submitting_officer")));
    const QJsonValue reach = record.value(QStringLiteral("submitting_officer_contact"));
    QJsonObject contact;
    if (reach.isObject()) {
        contact = contactFromObject(reach.toObject(), type);
    } else {
        const QString text = Normalize::text(reach);
        const QString email = firstEmail(text);
        contact = QJsonObject { { QStringLiteral("type"), type } };
        if (!email.isEmpty())
            contact.insert(QStringLiteral("email"), email);
        else if (looksLikePhone(text))
            contact.insert(QStringLiteral("phone"), text);
        else if (!text.isEmpty())
            contact.insert(QStringLiteral("name"), name.isEmpty() ? text : QStringLiteral("%1, %2").arg(name, text));
    }
    if (!name.isEmpty() && !contact.contains(QStringLiteral("name")))
        contact.insert(QStringLiteral("name"), name);
    if (contact.size() > 1 && !out.contains(contact))
        out.append(contact);
}

// Where a lead is, when the record's own country is missing or wrong: a national source's
// leads are in its country (the 2016 service left Canada's out), and FBO's domestic notices
// carry ITA's placeholder "BR" while their place of performance ends in a US state
// ("Fairchild AFB, WA", "... Devens MA").
QString countryFor(const QJsonObject& record, const QString& source, const QString& stated)
{
    if (stated.isEmpty()) {
        if (source == QLatin1String("ita-canada"))
            return QStringLiteral("CA");
        if (source == QLatin1String("ita-uk"))
            return QStringLiteral("GB");
        if (source == QLatin1String("ita-australia"))
            return QStringLiteral("AU");
    }
    if (source == QLatin1String("ita-fbo") && (stated.isEmpty() || stated == QLatin1String("BR"))) {
        static const QRegularExpression usState(QStringLiteral(
            "(?:^|[\\s,])(AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
            "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)(?:\\s+[0-9]{5}(?:-[0-9]{4})?)?\\s*$"));
        const QString place = Normalize::text(record.value(QStringLiteral("specific_address")));
        if (usState.match(place).hasMatch())
            return QStringLiteral("US");
    }
    return stated;
}

QString currencyFor(const QJsonObject& record, const QString& source)
{
    const QString stated = Normalize::text(record.value(QStringLiteral("currency"))).toUpper();
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    if (isoCode.match(stated).hasMatch())
        return stated;
    // The doc gives UK values in pounds; the other sources quote their own currency.
    if (source == QLatin1String("ita-uk"))
        return QStringLiteral("GBP");
    if (source == QLatin1String("ita-canada"))
        return QStringLiteral("CAD");
    if (source == QLatin1String("ita-australia"))
        return QStringLiteral("AUD");
    for (const char* usSource : { "ita-state", "ita-fbo", "ita-ustda", "ita-mca" }) {
        if (source == QLatin1String(usSource))
            return QStringLiteral("USD");
    }
    return {};
}

} // namespace

namespace ItaJsonParser {

void readPaging(const QJsonObject& envelope, ParsedPage& page)
{
    if (const auto total = Normalize::count(envelope.value(QStringLiteral("total"))))
        page.total = *total;
    if (const auto offset = Normalize::count(envelope.value(QStringLiteral("offset"))))
        page.offset = *offset;
    if (const auto next = Normalize::count(envelope.value(QStringLiteral("next_offset"))))
        page.nextOffset = *next;
}

Result<ParsedPage> parse(const QByteArray& bytes)
{
    if (bytes.trimmed().isEmpty())
        return Error { Messages::tr("ITA Trade Leads response is empty") };
    const auto parsed = Normalize::jsonResponse(bytes, [](const QString& reason, qint64 offset) {
        return Messages::tr("ITA Trade Leads response is not valid JSON: %1 at offset %2").arg(reason).arg(offset);
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
        readPaging(envelope, page);
        const QJsonValue data = envelope.value(QStringLiteral("results"));
        if (data.isArray()) {
            results = data.toArray();
        } else if (!(page.total == 0 && (data.isUndefined() || data.isNull()))) {
            const QString hint = Normalize::serverMessage(envelope);
            const QString message = data.isUndefined() || data.isNull()
                ? Messages::tr("ITA Trade Leads response has no results array")
                : Messages::tr("ITA Trade Leads response's results is not an array");
            return Error { hint.isEmpty() ? message : QStringLiteral("%1: %2").arg(message, hint) };
        }
    } else {
        return Error { Messages::tr("ITA Trade Leads response is neither an object nor an array") };
    }

    page.leads.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonValue value = results.at(i);
        if (!value.isObject()) {
            page.errors.append({ kErrorSource, QStringLiteral("#%1").arg(i), Messages::tr("not a JSON object") });
            continue;
        }
        auto lead = leadFromRecord(value.toObject());
        if (!lead) {
            page.errors.append({ kErrorSource, Normalize::recordName(value.toObject(), QLatin1StringView("id"), i), lead.errorMessage() });
            continue;
        }
        page.leads.append(std::move(*lead));
    }
    return page;
}

Result<Lead> leadFromRecord(const QJsonObject& record)
{
    const QJsonValue id = record.value(QStringLiteral("id"));
    if (!id.isString() && !id.isDouble() && !id.isUndefined() && !id.isNull())
        return Error { Messages::tr("id is not text") };
    Lead lead;
    lead.source = sourceKey(record);
    // Canada's tenders are known by buyandsell's numbers in every generation of the API (its
    // ids were made up at run time) and in buyandsell's own CSV: those win over an `id`.
    if (lead.source == QLatin1String("ita-canada"))
        lead.sourceId = sourceIdFor(record, lead.source);
    if (lead.sourceId.isEmpty())
        lead.sourceId = Normalize::text(id);
    if (lead.sourceId.isEmpty())
        lead.sourceId = sourceIdFor(record, lead.source);
    if (lead.sourceId.isEmpty())
        return Error { Messages::tr("no id, and no reference number, contract number or link to know it by") };

    lead.description = Normalize::text(record.value(QStringLiteral("description")));
    lead.title = Normalize::text(record.value(QStringLiteral("title")));
    if (lead.title.isEmpty()) {
        // BIDS leads may have no title: the start of the description says what they are.
        lead.title = shortTitle(plainText(lead.description));
        if (lead.title.isEmpty())
            lead.title = Normalize::text(record.value(QStringLiteral("project_number")));
    }
    // Canada's reference number is buyandsell's notice key; its contract number is the solicitation's.
    lead.solicitationNumber = lead.source == QLatin1String("ita-canada")
        ? firstText(record, { "contract_number", "reference_number" })
        : firstText(record, { "reference_number", "contract_number", "project_number" });
    lead.agency
        = firstText(record, { "procurement_organization", "borrowing_entity", "implementing_entity", "agency" });
    lead.noticeType = Normalize::text(record.value(QStringLiteral("notice_type")));

    lead.postedAt = firstDate(record, { "publish_date", "published_date" });
    lead.deadlineAt = firstDate(record, { "end_date", "tender_end_date" });
    if (lead.deadlineAt.isEmpty())
        lead.deadlineAt = deadlineFromCategories(record.value(QStringLiteral("categories")));
    lead.amendedAt = firstDate(record, { "publish_date_amended" });

    lead.location = Normalize::text(record.value(QStringLiteral("specific_location")));
    for (const char* key : { "country", "country_code", "country_name" }) {
        lead.country = Normalize::countryCode(Normalize::text(record.value(QLatin1String(key))));
        if (!lead.country.isEmpty())
            break;
    }
    lead.country = countryFor(record, lead.source, lead.country);

    // FBO's `industry` is a NAICS code; ITA's own industry names then describe the lead.
    const QString itaIndustries = Normalize::text(record.value(QStringLiteral("ita_industries")));
    lead.industry = Normalize::text(record.value(QStringLiteral("industry")));
    // FBO writes it bare ("423690") or with its name ("423690: Other Electronic Parts ...").
    static const QRegularExpression naics(QStringLiteral("^([0-9]{2,6})(?:\\s*:\\s*(.*))?$"));
    if (const QRegularExpressionMatch match = naics.match(lead.industry); match.hasMatch()) {
        lead.naicsCode = match.captured(1);
        lead.industry = itaIndustries.isEmpty() ? match.captured(2).trimmed() : itaIndustries;
    }
    if (lead.industry.isEmpty())
        lead.industry = itaIndustries;

    lead.valueMin = firstNumber(record, { "min_contract_value" });
    lead.valueMax = firstNumber(record, { "max_contract_value", "project_size", "contract_value" });
    if (lead.valueMin || lead.valueMax)
        lead.currency = currencyFor(record, lead.source);

    lead.active = Normalize::yesNo(record.value(QStringLiteral("status")));
    lead.url = Normalize::link(record.value(QStringLiteral("url")));
    if (lead.url.isEmpty())
        lead.url = Normalize::link(record.value(QStringLiteral("urls")));
    // The first of several links is the lead's page; the others are its documents.
    for (const QJsonValue link : record.value(QStringLiteral("urls")).toArray()) {
        const QString text = Normalize::link(link);
        if (!text.isEmpty() && text != lead.url && !lead.attachmentUrls.contains(text))
            lead.attachmentUrls.append(text);
    }

    QJsonArray contacts;
    appendContacts(contacts, record.value(QStringLiteral("contact")), QStringLiteral("contact"));
    appendContacts(contacts, record.value(QStringLiteral("project_pocs")), QStringLiteral("project"));
    appendOfficer(contacts, record);
    lead.contacts = contacts;

    lead.raw = JsonText::compact(record);
    return lead;
}

QString canadaKey(const QString& referenceNumber, const QString& contractNumber)
{
    const QString reference = referenceNumber.trimmed();
    const QString contract = contractNumber.trimmed();
    if (reference.isEmpty())
        return contract;
    if (contract.isEmpty())
        return reference;
    return reference + u'_' + contract;
}

} // namespace ItaJsonParser
