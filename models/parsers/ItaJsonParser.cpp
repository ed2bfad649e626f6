#include "ItaJsonParser.h"

#include "LeadNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
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

// "ita-" plus the record's source code in lower case ("STATE" -> "ita-state"). The doc's
// BIDS table calls the code `type` and uses `source` for an organisation, so a `source`
// that is no code gives way to an upper-case `type`; neither gives "ita-leads".
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
    if (key.isEmpty())
        return QStringLiteral("ita-leads");
    return QStringLiteral("ita-") + key.toLower();
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

// A contact field may be free text, an object, or an array of either.
void appendContacts(QJsonArray& out, const QJsonValue& value, const QString& type)
{
    QJsonArray items = value.isArray() ? value.toArray() : QJsonArray { value };
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
    lead.sourceId = Normalize::text(id);
    if (lead.sourceId.isEmpty())
        return Error { Messages::tr("no id") };
    lead.source = sourceKey(record);

    lead.description = Normalize::text(record.value(QStringLiteral("description")));
    lead.title = Normalize::text(record.value(QStringLiteral("title")));
    if (lead.title.isEmpty()) {
        // BIDS leads may have no title: the start of the description says what they are.
        lead.title = shortTitle(plainText(lead.description));
        if (lead.title.isEmpty())
            lead.title = Normalize::text(record.value(QStringLiteral("project_number")));
    }
    lead.solicitationNumber = firstText(record, { "reference_number", "contract_number", "project_number" });
    lead.agency
        = firstText(record, { "procurement_organization", "borrowing_entity", "implementing_entity", "agency" });
    lead.noticeType = Normalize::text(record.value(QStringLiteral("notice_type")));

    lead.postedAt = firstDate(record, { "publish_date", "published_date" });
    lead.deadlineAt = firstDate(record, { "end_date", "tender_end_date" });
    lead.amendedAt = firstDate(record, { "publish_date_amended" });

    lead.location = Normalize::text(record.value(QStringLiteral("specific_location")));
    for (const char* key : { "country", "country_code", "country_name" }) {
        lead.country = Normalize::countryCode(Normalize::text(record.value(QLatin1String(key))));
        if (!lead.country.isEmpty())
            break;
    }

    // FBO's `industry` is a NAICS code; ITA's own industry names then describe the lead.
    const QString itaIndustries = Normalize::text(record.value(QStringLiteral("ita_industries")));
    lead.industry = Normalize::text(record.value(QStringLiteral("industry")));
    static const QRegularExpression naics(QStringLiteral("^[0-9]{2,6}$"));
    if (naics.match(lead.industry).hasMatch()) {
        lead.naicsCode = lead.industry;
        if (!itaIndustries.isEmpty())
            lead.industry = itaIndustries;
    }
    if (lead.industry.isEmpty())
        lead.industry = itaIndustries;

    lead.valueMin = firstNumber(record, { "min_contract_value" });
    lead.valueMax = firstNumber(record, { "max_contract_value", "project_size" });
    if (lead.valueMin || lead.valueMax)
        lead.currency = currencyFor(record, lead.source);

    lead.active = Normalize::yesNo(record.value(QStringLiteral("status")));
    lead.url = Normalize::link(record.value(QStringLiteral("url")));
    if (lead.url.isEmpty())
        lead.url = Normalize::link(record.value(QStringLiteral("urls")));

    QJsonArray contacts;
    appendContacts(contacts, record.value(QStringLiteral("contact")), QStringLiteral("contact"));
    appendContacts(contacts, record.value(QStringLiteral("project_pocs")), QStringLiteral("project"));
    appendOfficer(contacts, record);
    lead.contacts = contacts;

    lead.raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
    return lead;
}

} // namespace ItaJsonParser
