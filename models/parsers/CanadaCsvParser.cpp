#include "CanadaCsvParser.h"

#include "ItaJsonParser.h"
#include "JsonText.h"
#include "LeadNormalize.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cstring>
#include <optional>

namespace {

const QString kErrorSource = QStringLiteral("canada-csv");
// The source publishes a few thousand notices a day; a file this large is something else,
// and reading it whole would hold several times its size in memory.
constexpr qsizetype kMaxFileBytes = qsizetype(512) << 20;

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CanadaCsvParser)
};

// One record as the file holds it: the bytes of its fields, quotes undone.
struct CsvRecord
{
    QList<QByteArray> fields;
    qsizetype line = 0; // the physical line where it starts, from 1
    bool unbalanced = false;
};

// RFC 4180 records from bytes: quoted fields may hold separators, doubled quotes and line
// ends; a line ends with LF, CRLF or a lone CR.
class CsvScanner
{
public:
    CsvScanner(QByteArrayView bytes, qsizetype from)
        : m_data(bytes.data())
        , m_size(bytes.size())
        , m_pos(from)
    {
    }

    // The next record, blank lines skipped; false at the end of the input. A record with an
    // unbalanced quote comes back marked, and reading resumes on the line after its start,
    // so that one stray quote does not swallow the rest of the file.
    bool next(CsvRecord& record)
    {
        while (const qsizetype length = lineEndLength(m_pos)) {
            m_pos += length;
            ++m_line;
        }
        if (m_pos >= m_size)
            return false;
        record.fields.clear();
        record.line = m_line;
        record.unbalanced = false;
        const qsizetype start = m_pos;
        for (;;) {
            QByteArray field;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                if (!readQuoted(field)) {
                    resync(start, record.line);
                    record.fields.clear();
                    record.unbalanced = true;
                    return true;
                }
            } else {
                qsizetype end = m_pos;
                while (end < m_size && m_data[end] != ',' && m_data[end] != '\n' && m_data[end] != '\r')
                    ++end;
                field = QByteArray(m_data + m_pos, end - m_pos);
                m_pos = end;
            }
            record.fields.append(std::move(field));
            if (m_pos >= m_size)
                return true;
            if (m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            m_pos += lineEndLength(m_pos);
            ++m_line;
            return true;
        }
    }

private:
    qsizetype lineEndLength(qsizetype pos) const
    {
        if (pos >= m_size)
            return 0;
        if (m_data[pos] == '\n')
            return 1;
        if (m_data[pos] == '\r')
            return pos + 1 < m_size && m_data[pos + 1] == '\n' ? 2 : 1;
        return 0;
    }

    qsizetype lineEnds(qsizetype from, qsizetype to) const
    {
        qsizetype count = 0;
        for (qsizetype i = from; i < to; ++i) {
            if (m_data[i] == '\n' || (m_data[i] == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n')))
                ++count;
        }
        return count;
    }

    // From the opening quote; false when the field never closes or its closing quote is
    // followed by anything but a separator or a line end.
    bool readQuoted(QByteArray& field)
    {
        ++m_pos;
        for (;;) {
            const auto* quote = static_cast<const char*>(std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos)));
            if (!quote)
                return false;
            const qsizetype end = quote - m_data;
            field.append(m_data + m_pos, end - m_pos);
            m_line += lineEnds(m_pos, end);
            m_pos = end + 1;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                field.append('"');
                ++m_pos;
                continue;
            }
            return m_pos >= m_size || m_data[m_pos] == ',' || lineEndLength(m_pos) > 0;
        }
    }

    void resync(qsizetype start, qsizetype startLine)
    {
        qsizetype end = start;
        while (end < m_size && !lineEndLength(end))
            ++end;
        m_pos = end + lineEndLength(end);
        m_line = startLine + 1;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos;
    qsizetype m_line = 1;
};

// A field's text: UTF-8 when its bytes are, else Windows-1252 (exports from Excel mix both).
QString decode(QByteArrayView bytes)
{
    if (bytes.isValidUtf8())
        return QString::fromUtf8(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = uchar(c);
        *out++ = QChar(byte >= 0x80 && byte <= 0x9F ? Normalize::kWindows1252High[byte - 0x80] : char16_t(byte));
    }
    return text;
}

struct Row
{
    QStringList values;
    qint64 amendment = -1;
};

// A notice as the file gives it: its best English and French rows.
struct Notice
{
    std::optional<Row> english;
    std::optional<Row> french;
};

class Columns
{
public:
    explicit Columns(const QStringList& header)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString key = header.at(i).trimmed().toLower();
            if (!m_index.contains(key))
                m_index.insert(key, i);
            // `raw` needs unique, non-empty keys; "french" holds the French row.
            const QString base
                = header.at(i).trimmed().isEmpty() ? Messages::tr("Column %1").arg(i + 1) : header.at(i).trimmed();
            QString name = base;
            for (int n = 2; seen.contains(name.toLower()) || name.toLower() == QLatin1String("french"); ++n)
                name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            seen.insert(name.toLower());
            m_rawNames.append(name);
        }
    }

    bool has(QLatin1StringView name) const { return m_index.contains(name); }

    // The trimmed text of a column; empty when the file or the row lacks it.
    QString text(const Row& row, QLatin1StringView name) const
    {
        const qsizetype i = m_index.value(name, -1);
        if (i < 0 || i >= row.values.size())
            return {};
        return Normalize::text(QJsonValue(row.values.at(i)));
    }

    QString firstText(const Row& row, std::initializer_list<QLatin1StringView> names) const
    {
        for (const QLatin1StringView name : names) {
            QString value = text(row, name);
            if (!value.isEmpty())
                return value;
        }
        return {};
    }

    // The row as the file has it, header -> value, empty values left out.
    QJsonObject object(const Row& row) const
    {
        QJsonObject out;
        for (qsizetype i = 0; i < row.values.size() && i < m_rawNames.size(); ++i) {
            if (!row.values.at(i).trimmed().isEmpty())
                out.insert(m_rawNames.at(i), row.values.at(i));
        }
        return out;
    }

private:
    QStringList m_rawNames;
    QHash<QString, qsizetype> m_index;
};

bool isFrench(const QString& language)
{
    return language.startsWith(QLatin1String("fr"), Qt::CaseInsensitive);
}

// Titles are one line: the TABs and line breaks of the export become spaces.
QString titleText(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    return QString(text).replace(breaks, QStringLiteral(" ")).trimmed();
}

// "2014-07-10" (or a timestamp) -> "YYYY-MM-DD"; empty when there is no date.
QString dateOnly(const QString& text)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    // Only the date is meant: converting a time to UTC could move it to another day.
    const QString date = isoDate.match(text).hasMatch() ? text.left(10) : text;
    const auto normalized = Normalize::timestamp(QStringView(date));
    return normalized ? normalized->left(10) : QString();
}

// "2014-07-24 12:00 Central Standard Time (CST)" -> "2014-07-24T18:00:00Z". With a zone it
// does not know, or none, only the date: a wall-clock time of unknown zone is no instant.
QString deadline(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ]+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(.*))?$"));
    const QRegularExpressionMatch match = shape.match(text);
    const QString zone = match.captured(3);
    // Other shapes, an ISO time with a numeric offset among them, are read the common way.
    if (!match.hasMatch() || zone.startsWith(u'+') || zone.startsWith(u'-'))
        return Normalize::timestamp(QStringView(text)).value_or(QString());
    const QString date = dateOnly(match.captured(1));
    const auto offset = Normalize::zoneOffsetMinutes(zone);
    if (date.isEmpty() || match.captured(2).isEmpty() || !offset)
        return date;
    const int minutes = qAbs(*offset);
    const QString withOffset
        = QStringLiteral("%1T%2%3%4:%5")
              .arg(date, match.captured(2), *offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
              .arg(minutes / 60, 2, 10, QChar(u'0'))
              .arg(minutes % 60, 2, 10, QChar(u'0'));
    return Normalize::timestamp(QStringView(withOffset)).value_or(date);
}

// The first http(s) link of a column that lists several, separated by ", ".
QString firstLink(const QString& text)
{
    static const QRegularExpression beforeLink(
        QStringLiteral("[,;\\s]+(?=https?://)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString& part : text.split(beforeLink, Qt::SkipEmptyParts)) {
        QString url = Normalize::link(QStringView(part));
        while (url.endsWith(u',') || url.endsWith(u';'))
            url.chop(1);
        if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            return url;
    }
    return {};
}

// The contact column as one contact: "Surname, Given, phone, fax, address, ..." gives the
// name before the first phone number and that number; an email anywhere is taken out.
// ItaJsonParser's contactFromText keeps the whole text as the name, but it is file-local.
QJsonObject contactFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression email(
        QStringLiteral("[^\\s<>()\\[\\],;:\"]+@[^\\s<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}"));
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w+])\\+?(?:1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}"
                       "(?:\\s*(?:x|ext\\.?)\\s*\\d+)?(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression emptyBrackets(QStringLiteral("<\\s*>|\\(\\s*\\)|\\[\\s*\\]|\\bmailto:"));
    static const QRegularExpression doubledSeparators(QStringLiteral("\\s*[,;]\\s*(?=[,;])"));
    static const QRegularExpression edges(QStringLiteral("^[\\s,;:/-]+|[\\s,;:/-]+$"));

    QJsonObject contact { { QStringLiteral("type"), QStringLiteral("contact") } };
    const QString address = email.match(text).captured(0);
    const QRegularExpressionMatch number = phone.match(text);
    QString name = number.hasMatch() ? text.left(number.capturedStart()) : text;
    if (!address.isEmpty())
        name.replace(address, QString());
    name.remove(emptyBrackets);
    name.remove(doubledSeparators);
    name.remove(edges);
    name = name.simplified();
    if (!name.isEmpty())
        contact.insert(QStringLiteral("name"), name);
    if (!address.isEmpty())
        contact.insert(QStringLiteral("email"), address);
    if (number.hasMatch())
        contact.insert(QStringLiteral("phone"), number.captured(0).simplified());
    return contact.size() > 1 ? contact : QJsonObject();
}

qint64 amendmentNumber(const QString& text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? number : -1;
}

Lead leadFromNotice(const Notice& notice, const Columns& columns)
{
    // The English row speaks for the notice; a notice published only in French has its own.
    const Row& row = notice.english ? *notice.english : *notice.french;
    const Row* french = notice.english && notice.french ? &*notice.french : nullptr;
    const auto text = [&](const char* name) { return columns.text(row, QLatin1StringView(name)); };
    // What the English row leaves empty, its French twin may say.
    const auto eitherText = [&](const char* name) {
        const QString value = text(name);
        return value.isEmpty() && french ? columns.text(*french, QLatin1StringView(name)) : value;
    };

    Lead lead;
    lead.source = QStringLiteral("ita-canada");
    lead.solicitationNumber = eitherText("solicitation_number");
    lead.sourceId = ItaJsonParser::canadaKey(text("reference_number"), lead.solicitationNumber);
    lead.country = QStringLiteral("CA");
    lead.title = titleText(eitherText("title"));
    lead.description = text("description");
    // As the API's Canada records: the buying organisation first, then the department served.
    lead.agency
        = columns.firstText(row, { QLatin1StringView("procurement_entity"), QLatin1StringView("end_user_entity") });
    lead.noticeType = text("notice_type");
    // "N8305: Textile Fabrics, N8415: Clothing, Special Purpose": one entry per GSIN code,
    // joined as the API's list of them is.
    static const QRegularExpression nextCode(QStringLiteral(",\\s*(?=[A-Z][0-9A-Z]{3,7}:\\s)"));
    lead.industry = text("gsin").replace(nextCode, QStringLiteral("; "));
    lead.location
        = columns.firstText(row, { QLatin1StringView("region_delivery"), QLatin1StringView("region_opportunity") });
    lead.postedAt = dateOnly(text("publication_date"));
    lead.amendedAt = dateOnly(text("amendment_date"));
    lead.deadlineAt = deadline(text("date_closing"));
    // As the API's Canada records: "Active" is an open tender.
    lead.active = Normalize::yesNo(QStringView(text("publishing_status")));
    lead.url = firstLink(text("document"));
    if (lead.url.isEmpty())
        lead.url = firstLink(text("attachment"));
    if (const QJsonObject contact = contactFromText(text("contact")); !contact.isEmpty())
        lead.contacts = QJsonArray { contact };

    QJsonObject raw = columns.object(row);
    if (french)
        raw.insert(QStringLiteral("french"), columns.object(*french));
    lead.raw = JsonText::compact(raw);
    return lead;
}

QStringList decodeAll(const QList<QByteArray>& fields)
{
    QStringList values;
    values.reserve(fields.size());
    for (const QByteArray& field : fields)
        values.append(decode(field));
    return values;
}

} // namespace

namespace CanadaCsvParser {

Result<ParsedPage> parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxFileBytes) {
        return Error { Messages::tr("buyandsell.gc.ca tender CSV is %1 MiB; files over %2 MiB are not read")
                           .arg(bytes.size() >> 20)
                           .arg(kMaxFileBytes >> 20) };
    }
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (QByteArrayView(bytes).sliced(start).trimmed().isEmpty())
        return Error { Messages::tr("buyandsell.gc.ca tender CSV is empty") };

    CsvScanner scanner(bytes, start);
    CsvRecord record;
    if (!scanner.next(record) || record.unbalanced)
        return Error { Messages::tr("not a buyandsell.gc.ca tender CSV: its header row has an unbalanced quote") };
    const Columns columns(decodeAll(record.fields));
    const bool hasReference = columns.has(QLatin1StringView("reference_number"));
    const bool hasTitle = columns.has(QLatin1StringView("title"));
    if (!hasReference && !hasTitle) {
        return Error { Messages::tr(
            "not a buyandsell.gc.ca tender CSV: its header has neither a reference_number nor a title column") };
    }
    if (!hasReference || !hasTitle) {
        return Error { Messages::tr("not a buyandsell.gc.ca tender CSV: its header has no %1 column")
                           .arg(hasReference ? QStringLiteral("title") : QStringLiteral("reference_number")) };
    }

    ParsedPage page;
    QList<Notice> notices;
    QHash<QString, qsizetype> noticeIndex;
    const auto recordName = [](qsizetype line) { return Messages::tr("line %1").arg(line); };
    while (scanner.next(record)) {
        if (record.unbalanced) {
            page.errors.append(
                { kErrorSource, recordName(record.line), Messages::tr("unbalanced quote; the record was skipped") });
            continue;
        }
        Row row { decodeAll(record.fields), -1 };
        const QString reference = columns.text(row, QLatin1StringView("reference_number"));
        const QString solicitation = columns.text(row, QLatin1StringView("solicitation_number"));
        if (reference.isEmpty() && solicitation.isEmpty()) {
            page.errors.append({ kErrorSource, recordName(record.line),
                Messages::tr("no reference_number or solicitation_number; the record was skipped") });
            continue;
        }
        row.amendment = amendmentNumber(columns.text(row, QLatin1StringView("amendment_number")));
        // A notice is its reference number: the French row may leave the solicitation out.
        // Without one, the solicitation number (kept apart: a reference never starts with '\n').
        const QString key = reference.isEmpty() ? u'\n' + solicitation : reference;
        qsizetype index = noticeIndex.value(key, -1);
        if (index < 0) {
            index = notices.size();
            noticeIndex.insert(key, index);
            notices.append(Notice {});
        }
        Notice& notice = notices[index];
        std::optional<Row>& slot
            = isFrench(columns.text(row, QLatin1StringView("language"))) ? notice.french : notice.english;
        // The latest amendment wins; of equal ones, the later row (a re-export appends).
        if (!slot || row.amendment >= slot->amendment)
            slot = std::move(row);
    }

    page.leads.reserve(notices.size());
    for (const Notice& notice : std::as_const(notices))
        page.leads.append(leadFromNotice(notice, columns));
    return page;
}

} // namespace CanadaCsvParser
