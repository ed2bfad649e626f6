#include "SamCsvReader.h"

#include "LeadNormalize.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

constexpr qsizetype kChunkBytes = qsizetype(1) << 20;
constexpr qint64 kDefaultMaxRecordBytes = qint64(256) << 20;
constexpr qint64 kMaxHeaderBytes = qint64(1) << 20;
// Scratch buffers that grew for a huge record are given back past this size.
constexpr qsizetype kKeepScratchBytes = qsizetype(8) << 20;

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SamCsvReader)
};

// The columns a lead is built from (every column, these or not, also goes to `raw`).
enum Column : int {
    NoticeId,
    Title,
    SolicitationNumber,
    Agency,
    SubTier,
    Office,
    PostedDate,
    Type,
    SetAsideCode,
    SetAside,
    ResponseDeadline,
    NaicsCode,
    ClassificationCode,
    PopStreetAddress,
    PopCity,
    PopState,
    PopZip,
    PopCountry,
    Active,
    AwardAmount,
    PrimaryTitle,
    PrimaryName,
    PrimaryEmail,
    PrimaryPhone,
    PrimaryFax,
    SecondaryTitle,
    SecondaryName,
    SecondaryEmail,
    SecondaryPhone,
    SecondaryFax,
    CountryCode,
    Link,
    Description,
    ColumnCount
};

// Header names as matched: lower case, without white space ("Department/Ind. Agency" matches too).
constexpr std::array<const char*, ColumnCount> kColumnKeys = {
    "noticeid",
    "title",
    "sol#",
    "department/ind.agency",
    "sub-tier",
    "office",
    "posteddate",
    "type",
    "setasidecode",
    "setaside",
    "responsedeadline",
    "naicscode",
    "classificationcode",
    "popstreetaddress",
    "popcity",
    "popstate",
    "popzip",
    "popcountry",
    "active",
    "award$",
    "primarycontacttitle",
    "primarycontactfullname",
    "primarycontactemail",
    "primarycontactphone",
    "primarycontactfax",
    "secondarycontacttitle",
    "secondarycontactfullname",
    "secondarycontactemail",
    "secondarycontactphone",
    "secondarycontactfax",
    "countrycode",
    "link",
    "description",
};

// Windows-1252 is Latin-1 but for 0x80-0x9F.
constexpr std::array<char16_t, 256> kCp1252 = [] {
    std::array<char16_t, 256> table{};
    for (int i = 0; i < 256; ++i)
        table[size_t(i)] = char16_t(i);
    for (int i = 0; i < 32; ++i)
        table[size_t(0x80 + i)] = Normalize::kWindows1252High[size_t(i)];
    return table;
}();

// Bytes that end an unquoted field.
constexpr std::array<bool, 256> kFieldEnd = [] {
    std::array<bool, 256> table{};
    table[size_t(',')] = true;
    table[size_t('\n')] = true;
    return table;
}();

// Bytes a JSON string must escape.
constexpr std::array<bool, 256> kJsonEscape = [] {
    std::array<bool, 256> table{};
    for (int i = 0; i < 0x20; ++i)
        table[size_t(i)] = true;
    table[size_t('"')] = true;
    table[size_t('\\')] = true;
    return table;
}();

constexpr char kHex[] = "0123456789abcdef";

char* writeJsonEscape(char* out, uchar c)
{
    *out++ = '\\';
    switch (c) {
    case '"': *out++ = '"'; break;
    case '\\': *out++ = '\\'; break;
    case '\n': *out++ = 'n'; break;
    case '\r': *out++ = 'r'; break;
    case '\t': *out++ = 't'; break;
    case '\b': *out++ = 'b'; break;
    case '\f': *out++ = 'f'; break;
    default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = kHex[c >> 4];
        *out++ = kHex[c & 0xF];
    }
    return out;
}

// True when one of the 8 bytes needs a JSON escape: < 0x20, '"' or '\\' (exact, no false hits).
bool wordNeedsEscape(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const quint64 quote = w ^ (ones * '"');
    const quint64 backslash = w ^ (ones * '\\');
    return (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & highs;
}

// Writes valid UTF-8 text as the inside of a JSON string; at most 6 bytes out per byte in.
char* writeJsonUtf8(char* out, const char* p, qsizetype n)
{
    const char* const end = p + n;
    const char* run = p;
    while (p != end) {
#ifdef __SSE2__
        if (end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            // Signed compare: bytes >= 0x80 are negative, so add 0x80 to test "below 0x20" unsigned.
            const __m128i control = _mm_cmplt_epi8(_mm_xor_si128(bytes, _mm_set1_epi8(char(0x80))),
                                                   _mm_set1_epi8(char(0x80 + 0x20)));
            const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                                 _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
            if (_mm_movemask_epi8(_mm_or_si128(control, special)) == 0) {
                p += 16;
                continue;
            }
        }
#endif
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (!wordNeedsEscape(word)) {
                p += 8;
                continue;
            }
        }
        const uchar c = uchar(*p);
        if (Q_LIKELY(!kJsonEscape[c])) {
            ++p;
            continue;
        }
        std::memcpy(out, run, size_t(p - run));
        out += p - run;
        out = writeJsonEscape(out, c);
        run = ++p;
    }
    std::memcpy(out, run, size_t(end - run));
    return out + (end - run);
}

// Writes Windows-1252 text, transcoded to UTF-8, as the inside of a JSON string.
char* writeJsonCp1252(char* out, const char* p, qsizetype n)
{
    for (const char* const end = p + n; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c < 0x80) {
            if (kJsonEscape[c])
                out = writeJsonEscape(out, c);
            else
                *out++ = char(c);
            continue;
        }
        const char16_t u = kCp1252[c];
        if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
        } else {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
    }
    return out;
}

QString fromCp1252(const char* p, qsizetype n)
{
    QString text(n, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < n; ++i)
        out[i] = kCp1252[uchar(p[i])];
    return text;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

struct FieldView
{
    const char* data = nullptr;
    qsizetype size = 0;

    FieldView trimmed() const
    {
        const char* b = data;
        const char* e = data + size;
        while (b != e && isAsciiSpace(*b))
            ++b;
        while (e != b && isAsciiSpace(e[-1]))
            --e;
        return {b, e - b};
    }
};

// Where a field lies, relative to the start of its record. A plain field's range is its text;
// a complex one (doubled quotes, or text after the closing quote) is the raw range to unquote.
struct FieldSpan
{
    qsizetype begin;
    qsizetype end;
    bool complex;
};

enum class ScanState : quint8 { FieldStart, Unquoted, Quoted, QuoteSeen, AfterQuote };

enum class Outcome { Record, End, Truncated, TooLarge };

// Nearly every row names the same country: remember the last answer.
class CountryCache
{
public:
    const QString& code(QStringView text)
    {
        if (text != m_text) {
            m_text = text.toString();
            m_code = Normalize::countryCode(text);
        }
        return m_code;
    }

private:
    QString m_text;
    QString m_code;
};

QString normalizedKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace())
            key.append(c.toLower());
    }
    return key;
}

} // namespace

struct SamCsvReader::Private
{
    QIODevice* device = nullptr;
    qint64 maxRecordBytes = kDefaultMaxRecordBytes;

    // The input window: [pos, len) is unread. Bytes before pos are dropped on the next fill.
    QByteArray buf;
    qsizetype len = 0;
    qsizetype pos = 0;
    qint64 dropped = 0;
    bool eof = false;
    QString readError;
    bool skipToLineEnd = false;

    qint64 line = 1; // physical line of pos
    qint64 recordLine = 1;
    qint64 records = 0;

    // Scanner state for the record starting at pos; offsets are into buf.
    ScanState state = ScanState::FieldStart;
    qsizetype scan = 0;
    qsizetype fieldBegin = 0;
    qsizetype closeQuote = 0;
    bool doubled = false;
    std::vector<FieldSpan> fields;

    bool headerDone = false;
    QString headerError;
    QStringList header;
    std::vector<QByteArray> rawKeys; // per column: "\"Name\":" escaped, UTF-8
    std::array<int, ColumnCount> columnOf{};

    // Per record, reused.
    bool utf8 = true; // the whole record is valid UTF-8
    std::vector<FieldView> views;
    QByteArray unquoted;
    QByteArray json;
    CountryCache popCountries;
    CountryCache officeCountries;

    bool fill();
    bool skipBlankLines();
    void finishField(qsizetype endAt, bool atLineEnd);
    bool scanRecord();
    Outcome nextRecord(qint64 limit);
    void resyncAfterTooLarge();
    void prepareViews();
    QString text(Column column, bool trim = true) const;
    QStringView shortText(Column column, std::array<char16_t, 64>& buffer, QString& fallback) const;
    QString decode(FieldView view) const;
    bool isUtf8(FieldView view) const;
    FieldView view(Column column) const;
    char* writeJsonText(char* out, FieldView view) const;
    void buildRaw(Lead& lead);
    void buildContacts(Lead& lead);
    bool takeRecord(ParsedPage& page);
    RecordError error(const QString& reason) const;
};

// Reads more input after compacting the window; false at end of input.
bool SamCsvReader::Private::fill()
{
    if (eof)
        return false;
    if (pos > 0) {
        std::memmove(buf.data(), buf.constData() + pos, size_t(len - pos));
        scan -= pos;
        fieldBegin -= pos;
        closeQuote -= pos;
        dropped += pos;
        len -= pos;
        pos = 0;
    }
    if (buf.size() > kKeepScratchBytes && len < kChunkBytes) {
        QByteArray smaller(2 * kChunkBytes, Qt::Uninitialized);
        std::memcpy(smaller.data(), buf.constData(), size_t(len));
        buf = std::move(smaller);
    }
    if (buf.size() - len < kChunkBytes)
        buf.resize(std::max(len + kChunkBytes, buf.size() + buf.size() / 2));
    for (;;) {
        const qint64 n = device->read(buf.data() + len, buf.size() - len);
        if (n > 0) {
            len += qsizetype(n);
            return true;
        }
        if (n < 0) {
            readError = device->errorString();
            eof = true;
            return false;
        }
        if (device->atEnd() || !device->waitForReadyRead(30000)) {
            eof = true;
            return false;
        }
    }
}

// Steps over empty lines before a record; false when the input ends first.
bool SamCsvReader::Private::skipBlankLines()
{
    for (;;) {
        if (pos == len && !fill())
            return false;
        if (skipToLineEnd) {
            const auto* nl = static_cast<const char*>(std::memchr(buf.constData() + pos, '\n', size_t(len - pos)));
            if (!nl) {
                pos = len;
                continue;
            }
            pos = nl - buf.constData() + 1;
            ++line;
            skipToLineEnd = false;
            continue;
        }
        const char c = buf.at(pos);
        if (c == '\n') {
            ++pos;
            ++line;
        } else if (c == '\r') {
            if (pos + 1 == len && !fill()) {
                pos = len;
                return false;
            }
            if (buf.at(pos + 1) != '\n')
                return true;
            pos += 2;
            ++line;
        } else {
            return true;
        }
    }
}

void SamCsvReader::Private::finishField(qsizetype endAt, bool atLineEnd)
{
    qsizetype e = endAt;
    if (atLineEnd && e > fieldBegin && buf.at(e - 1) == '\r')
        --e;
    if (state == ScanState::Unquoted)
        fields.push_back({fieldBegin - pos, e - pos, false});
    else if (e == closeQuote + 1 && !doubled)
        fields.push_back({fieldBegin + 1 - pos, closeQuote - pos, false});
    else
        fields.push_back({fieldBegin - pos, e - pos, true});
}

// Scans on from `scan`; true when the record is complete (`scan` is then just past its line end).
bool SamCsvReader::Private::scanRecord()
{
    const char* const base = buf.constData();
    const char* const end = base + len;
    const char* p = base + scan;
    for (;;) {
        switch (state) {
        case ScanState::FieldStart:
            if (p == end) {
                scan = p - base;
                return false;
            }
            fieldBegin = p - base;
            if (*p == '"') {
                ++p;
                doubled = false;
                state = ScanState::Quoted;
                continue;
            }
            state = ScanState::Unquoted;
            [[fallthrough]];
        case ScanState::Unquoted:
        case ScanState::AfterQuote: {
            while (p != end && !kFieldEnd[uchar(*p)])
                ++p;
            if (p == end) {
                scan = p - base;
                return false;
            }
            const bool lineEnd = *p == '\n';
            finishField(p - base, lineEnd);
            ++p;
            state = ScanState::FieldStart;
            if (lineEnd) {
                scan = p - base;
                return true;
            }
            continue;
        }
        case ScanState::Quoted: {
            const auto* quote = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
            if (!quote) {
                scan = len;
                return false;
            }
            closeQuote = quote - base;
            p = quote + 1;
            state = ScanState::QuoteSeen;
            [[fallthrough]];
        }
        case ScanState::QuoteSeen:
            if (p == end) {
                scan = p - base;
                return false;
            }
            if (*p == '"') {
                doubled = true;
                ++p;
                state = ScanState::Quoted;
                continue;
            }
            // ',' or a line end follow a closing quote; anything else is kept as text.
            state = ScanState::AfterQuote;
            continue;
        }
    }
}

Outcome SamCsvReader::Private::nextRecord(qint64 limit)
{
    if (!skipBlankLines())
        return Outcome::End;
    recordLine = line;
    state = ScanState::FieldStart;
    scan = pos;
    fields.clear();
    for (;;) {
        if (scanRecord())
            break;
        if (len - pos > limit)
            return Outcome::TooLarge;
        if (fill())
            continue;
        // End of input inside the record.
        switch (state) {
        case ScanState::FieldStart: // after a trailing comma
            fields.push_back({len - pos, len - pos, false});
            break;
        case ScanState::Quoted:
            return Outcome::Truncated;
        case ScanState::QuoteSeen:
            state = ScanState::AfterQuote;
            finishField(len, true);
            break;
        case ScanState::Unquoted:
        case ScanState::AfterQuote:
            finishField(len, true);
            break;
        }
        scan = len;
        break;
    }
    return Outcome::Record;
}

void SamCsvReader::Private::resyncAfterTooLarge()
{
    // Most likely an unbalanced quote: give up on the record and go on after its first line.
    const auto* nl = static_cast<const char*>(std::memchr(buf.constData() + pos, '\n', size_t(len - pos)));
    if (nl) {
        pos = nl - buf.constData() + 1;
        ++line;
    } else {
        pos = len;
        skipToLineEnd = true;
    }
}

// Views of the record's fields (up to the header's width), unquoted where needed, and whether
// the whole record is valid UTF-8 (else each field is UTF-8 or Windows-1252 on its own).
void SamCsvReader::Private::prepareViews()
{
    const char* const record = buf.constData() + pos;
    const qsizetype recordBytes = scan - pos;
    utf8 = QByteArrayView(record, recordBytes).isValidUtf8();

    const size_t count = std::min(fields.size(), size_t(header.size()));
    views.resize(count);
    if (unquoted.size() < recordBytes)
        unquoted.resize(recordBytes);
    char* out = unquoted.data();
    for (size_t i = 0; i < count; ++i) {
        const FieldSpan& span = fields[i];
        if (!span.complex) {
            views[i] = {record + span.begin, span.end - span.begin};
            continue;
        }
        // As the scanner read it: "" inside the quotes is one quote; after the closing quote
        // everything up to the separator is text.
        const char* p = record + span.begin + 1;
        const char* const end = record + span.end;
        char* const start = out;
        while (p != end) {
            const auto* quote = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
            const char* const runEnd = quote ? quote : end;
            std::memcpy(out, p, size_t(runEnd - p));
            out += runEnd - p;
            if (!quote) {
                p = end;
                break;
            }
            if (quote + 1 != end && quote[1] == '"') {
                *out++ = '"';
                p = quote + 2;
                continue;
            }
            p = quote + 1; // the closing quote
            std::memcpy(out, p, size_t(end - p));
            out += end - p;
            p = end;
        }
        views[i] = {start, out - start};
    }
}

QString SamCsvReader::Private::decode(FieldView view) const
{
    if (view.size == 0)
        return {};
    return isUtf8(view) ? QString::fromUtf8(view.data, view.size) : fromCp1252(view.data, view.size);
}

// A record is mostly all UTF-8; one that is not can mix a UTF-8 description with a
// Windows-1252 name (fields pasted from different systems), so each field decides.
bool SamCsvReader::Private::isUtf8(FieldView view) const
{
    return utf8 || QByteArrayView(view.data, view.size).isValidUtf8();
}

QString SamCsvReader::Private::text(Column column, bool trim) const
{
    const int index = columnOf[size_t(column)];
    if (index < 0 || size_t(index) >= views.size())
        return {};
    return decode(trim ? views[size_t(index)].trimmed() : views[size_t(index)]);
}

FieldView SamCsvReader::Private::view(Column column) const
{
    const int index = columnOf[size_t(column)];
    if (index < 0 || size_t(index) >= views.size())
        return {};
    return views[size_t(index)];
}

char* SamCsvReader::Private::writeJsonText(char* out, FieldView view) const
{
    *out++ = '"';
    out = isUtf8(view) ? writeJsonUtf8(out, view.data, view.size) : writeJsonCp1252(out, view.data, view.size);
    *out++ = '"';
    return out;
}

// `contacts`: [{"type": "primary", "name": ...}, ...] for the contacts that say anything. Parsing
// JSON we wrote is three times faster than QJsonObject::insert for each field (Qt 6.4).
void SamCsvReader::Private::buildContacts(Lead& lead)
{
    static constexpr std::array<std::string_view, 5> kKeys = {
        "\"title\":", "\"name\":", "\"email\":", "\"phone\":", "\"fax\":",
    };
    std::array<FieldView, 10> parts;
    qsizetype worst = 64;
    bool any = false;
    for (int k = 0; k < 10; ++k) {
        parts[size_t(k)] = view(Column((k < 5 ? int(PrimaryTitle) : int(SecondaryTitle) - 5) + k)).trimmed();
        worst += 6 * parts[size_t(k)].size + 16;
        any = any || parts[size_t(k)].size > 0;
    }
    if (!any)
        return;
    if (json.size() < worst)
        json.resize(std::max(worst, json.size() * 2));
    char* const begin = json.data();
    char* out = begin;
    *out++ = '[';
    for (int contact = 0; contact < 2; ++contact) {
        const FieldView* fields = parts.data() + 5 * contact;
        if (std::all_of(fields, fields + 5, [](const FieldView& v) { return v.size == 0; }))
            continue;
        if (out - begin > 1)
            *out++ = ',';
        const std::string_view type = contact == 0 ? "{\"type\":\"primary\"" : "{\"type\":\"secondary\"";
        std::memcpy(out, type.data(), type.size());
        out += type.size();
        for (int k = 0; k < 5; ++k) {
            if (fields[k].size == 0)
                continue;
            *out++ = ',';
            std::memcpy(out, kKeys[size_t(k)].data(), kKeys[size_t(k)].size());
            out += kKeys[size_t(k)].size();
            out = writeJsonText(out, fields[k]);
        }
        *out++ = '}';
    }
    *out++ = ']';
    lead.contacts = Normalize::tidyContacts(QJsonDocument::fromJson(QByteArray::fromRawData(begin, out - begin)).array());
}

// Text read only to be normalised (a date, a code, a flag): short ASCII is widened on the
// stack instead of allocating a QString, which matters at a million records.
QStringView SamCsvReader::Private::shortText(Column column, std::array<char16_t, 64>& buffer,
                                             QString& fallback) const
{
    const FieldView field = view(column).trimmed();
    if (field.size > qsizetype(buffer.size())) {
        fallback = decode(field);
        return fallback;
    }
    for (qsizetype i = 0; i < field.size; ++i) {
        const uchar c = uchar(field.data[i]);
        if (c >= 0x80) {
            fallback = decode(field);
            return fallback;
        }
        buffer[size_t(i)] = char16_t(c);
    }
    return QStringView(buffer.data(), field.size);
}

// `raw`: {"Header": "value", ...} for the non-empty fields, always valid UTF-8.
void SamCsvReader::Private::buildRaw(Lead& lead)
{
    qsizetype worst = 2;
    for (size_t i = 0; i < views.size(); ++i)
        worst += rawKeys[i].size() + 6 * views[i].size + 3;
    if (json.size() < worst)
        json.resize(std::max(worst, json.size() * 2));
    char* const begin = json.data();
    char* out = begin;
    *out++ = '{';
    for (size_t i = 0; i < views.size(); ++i) {
        const FieldView& view = views[i];
        if (view.size == 0)
            continue;
        if (out - begin > 1)
            *out++ = ',';
        const QByteArray& key = rawKeys[i];
        std::memcpy(out, key.constData(), size_t(key.size()));
        out += key.size();
        out = writeJsonText(out, view);
    }
    *out++ = '}';
    lead.raw = QByteArray(begin, out - begin);
}

RecordError SamCsvReader::Private::error(const QString& reason) const
{
    return RecordError { QStringLiteral("sam-csv"), Messages::tr("line %1").arg(recordLine), reason };
}

// Turns the scanned record into a lead; false when it was skipped (and reported).
bool SamCsvReader::Private::takeRecord(ParsedPage& page)
{
    static const QString kSource = QStringLiteral("sam");
    static const QString kUsd = QStringLiteral("USD");

    prepareViews();

    if (fields.size() > size_t(header.size())) {
        const bool extraText = std::any_of(fields.begin() + header.size(), fields.end(),
                                           [](const FieldSpan& span) { return span.end > span.begin; });
        // A trailing comma is harmless; text beyond the header is worth a word.
        if (extraText) {
            RecordError& note = page.errors.emplace_back(
                error(Messages::tr("%1 fields where the header has %2; the extra fields were ignored")
                          .arg(fields.size())
                          .arg(header.size())));
            note.recordKept = true;
        }
    }

    // Unicode trimming too: a no-break space survives the byte trim, and is no id.
    QString noticeId = text(NoticeId).trimmed();
    if (noticeId.isEmpty()) {
        page.errors.append(error(Messages::tr("no NoticeId; the record was skipped")));
        return false;
    }

    Lead& lead = page.leads.emplace_back();
    lead.source = kSource;
    lead.sourceId = std::move(noticeId);
    lead.title = text(Title);
    lead.solicitationNumber = text(SolicitationNumber);
    lead.agency = text(Agency);
    lead.subTier = text(SubTier);
    lead.office = text(Office);
    lead.noticeType = text(Type);
    lead.setAsideCode = Normalize::unlisted(text(SetAsideCode));
    lead.setAside = text(SetAside);
    lead.naicsCode = text(NaicsCode);
    lead.classificationCode = text(ClassificationCode);
    lead.url = text(Link);
    lead.description = text(Description, false);
    std::array<char16_t, 64> buffer;
    QString fallback;
    lead.postedAt = Normalize::timestamp(shortText(PostedDate, buffer, fallback)).value_or(QString());
    lead.deadlineAt = Normalize::timestamp(shortText(ResponseDeadline, buffer, fallback)).value_or(QString());

    // "4820 University Sq, Huntsville, AL 35816, USA"
    const QString popCountry = text(PopCountry);
    QString location = text(PopStreetAddress);
    const auto add = [&location](QStringView separator, const QString& part) {
        if (part.isEmpty())
            return;
        if (!location.isEmpty())
            location += separator;
        location += part;
    };
    add(u", ", text(PopCity));
    QString stateZip = text(PopState);
    const QString zip = text(PopZip);
    if (!stateZip.isEmpty() && !zip.isEmpty())
        stateZip += u' ';
    stateZip += zip;
    add(u", ", stateZip);
    add(u", ", popCountry);
    lead.location = std::move(location);

    lead.country = popCountries.code(popCountry);
    if (lead.country.isEmpty())
        lead.country = officeCountries.code(shortText(CountryCode, buffer, fallback));

    if (columnOf[Active] >= 0)
        lead.active = Normalize::yesNo(shortText(Active, buffer, fallback));
    if (const QStringView award = shortText(AwardAmount, buffer, fallback); !award.isEmpty()) {
        if (const auto value = Normalize::number(award)) {
            lead.valueMin = value;
            lead.valueMax = value;
            lead.currency = kUsd;
        }
    }

    buildContacts(lead);
    buildRaw(lead);
    return true;
}

SamCsvReader::SamCsvReader(QIODevice& device) : d(std::make_unique<Private>())
{
    d->device = &device;
    d->columnOf.fill(-1);
}

SamCsvReader::~SamCsvReader() = default;

Status SamCsvReader::readHeader()
{
    if (d->headerDone) {
        if (!d->headerError.isEmpty())
            return Error{d->headerError};
        return Done{};
    }
    d->headerDone = true;
    const auto fail = [this](const QString& message) -> Status {
        d->headerError = message;
        return Error{message};
    };

    if (!d->device->isReadable())
        return fail(Messages::tr("the input cannot be read"));
    while (d->len < 3 && d->fill()) {
    }
    if (d->len >= 3 && std::memcmp(d->buf.constData(), "\xEF\xBB\xBF", 3) == 0)
        d->pos = 3;

    const Outcome outcome = d->nextRecord(kMaxHeaderBytes);
    if (!d->readError.isEmpty())
        return fail(Messages::tr("read error: %1").arg(d->readError));
    if (outcome == Outcome::End)
        return fail(Messages::tr("the file is empty"));
    if (outcome == Outcome::TooLarge)
        return fail(Messages::tr("not a SAM.gov Contract Opportunities CSV: no header line in the first %1 KiB")
                        .arg(kMaxHeaderBytes / 1024));

    const QByteArrayView line(d->buf.constData() + d->pos, d->scan - d->pos);
    if (line.contains('\0'))
        return fail(Messages::tr("not a SAM.gov Contract Opportunities CSV: the file holds binary data"));
    if (outcome == Outcome::Truncated)
        return fail(Messages::tr("not a SAM.gov Contract Opportunities CSV: the header line has an unbalanced quote"));

    // The header's own views: every field, not only those the (still empty) header allows.
    d->header.resize(qsizetype(d->fields.size()));
    d->prepareViews();
    QSet<QString> seen;
    for (size_t i = 0; i < d->fields.size(); ++i) {
        QString name = d->decode(d->views[i].trimmed());
        const QString key = normalizedKey(name);
        for (int c = 0; c < ColumnCount; ++c) {
            if (d->columnOf[size_t(c)] < 0 && key == QLatin1String(kColumnKeys[size_t(c)]))
                d->columnOf[size_t(c)] = int(i);
        }
        // `raw` needs unique, non-empty keys.
        const QString baseName = name.isEmpty() ? Messages::tr("Column %1").arg(i + 1) : name;
        QString rawName = baseName;
        for (int n = 2; seen.contains(rawName.toLower()); ++n)
            rawName = QStringLiteral("%1 (%2)").arg(baseName).arg(n);
        seen.insert(rawName.toLower());
        const QByteArray utf8Name = rawName.toUtf8();
        QByteArray rawKey(utf8Name.size() * 6 + 3, Qt::Uninitialized);
        char* out = rawKey.data();
        *out++ = '"';
        out = writeJsonUtf8(out, utf8Name.constData(), utf8Name.size());
        *out++ = '"';
        *out++ = ':';
        rawKey.resize(out - rawKey.constData());
        d->rawKeys.push_back(rawKey);
        d->header[qsizetype(i)] = std::move(name);
    }
    d->line += std::count(d->buf.constData() + d->pos, d->buf.constData() + d->scan, '\n');
    d->pos = d->scan;

    if (d->columnOf[NoticeId] < 0) {
        d->header.clear();
        return fail(Messages::tr("not a SAM.gov Contract Opportunities CSV: the header has no NoticeId column"));
    }
    return Done{};
}

bool SamCsvReader::readBatch(int maxRecords, ParsedPage& page)
{
    if (!d->headerDone) {
        if (const Status status = readHeader(); !status) {
            page.errors.append(
                RecordError { QStringLiteral("sam-csv"), Messages::tr("line 1"), status.errorMessage() });
            return false;
        }
    }
    if (!d->headerError.isEmpty())
        return false;

    const int limit = std::max(1, maxRecords);
    if (page.leads.isEmpty())
        page.leads.reserve(std::min(limit, 8192));
    for (int taken = 0; taken < limit; ++taken) {
        const Outcome outcome = d->nextRecord(d->maxRecordBytes);
        if (outcome == Outcome::End)
            break;
        ++d->records;
        switch (outcome) {
        case Outcome::Record: {
            d->takeRecord(page);
            // Count the record's physical lines (quoted fields may hold line breaks).
            const char* p = d->buf.constData() + d->pos;
            const char* const end = d->buf.constData() + d->scan;
            while (const auto* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))) {
                ++d->line;
                p = nl + 1;
            }
            d->pos = d->scan;
            if (d->json.size() > kKeepScratchBytes)
                d->json = QByteArray();
            if (d->unquoted.size() > kKeepScratchBytes)
                d->unquoted = QByteArray();
            break;
        }
        case Outcome::Truncated:
            page.errors.append(d->error(
                Messages::tr("the file ends inside a quoted field (truncated?); the record was not imported")));
            d->pos = d->len;
            break;
        case Outcome::TooLarge:
            page.errors.append(
                d->error(Messages::tr("the record is longer than %1 bytes (an unbalanced quote?); skipped to "
                                      "the next line")
                             .arg(d->maxRecordBytes)));
            d->resyncAfterTooLarge();
            break;
        case Outcome::End:
            break;
        }
    }

    const bool more = d->skipBlankLines();
    if (!d->readError.isEmpty()) {
        page.errors.append(d->error(Messages::tr("read error: %1").arg(d->readError)));
        d->readError.clear();
    }
    return more;
}

QStringList SamCsvReader::header() const
{
    return d->header;
}

qint64 SamCsvReader::bytesRead() const
{
    return d->dropped + d->pos;
}

qint64 SamCsvReader::recordsRead() const
{
    return d->records;
}

void SamCsvReader::setMaxRecordBytes(qint64 bytes)
{
    d->maxRecordBytes = std::max<qint64>(1, bytes);
}
