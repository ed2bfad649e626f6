#include "AttachmentText.h"

#include "HtmlSanitizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

// minizip, the library libxlsxwriter writes with: QuaZip bundles its own copy whose symbols
// would take the place of libxlsxwriter's in one process (and crash its XLSX export).
#include <minizip/unzip.h>

#include <cstring>
#include <mutex>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentText)
};

using AttachmentText::Extracted;
using AttachmentText::kMaxTextChars;
using AttachmentText::kMaxUnzippedBytes;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

void keepWithinLimit(Extracted& out)
{
    if (out.text.size() > kMaxTextChars) {
        out.text.truncate(kMaxTextChars);
        out.problem = Messages::tr("Only the first %1 million characters are searched").arg(kMaxTextChars / (1024 * 1024));
    }
}

// Poppler reports every oddity of a damaged file on stderr; the reason the caller gets is enough.
void quietPoppler(const QString&, const QVariant&) { }

Extracted readPdf(const QByteArray& bytes)
{
    static std::once_flag silenced;
    std::call_once(silenced, [] { Poppler::setDebugErrorFunction(quietPoppler, QVariant()); });
    Extracted out { {}, QStringLiteral("PDF"), {} };
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        out.problem = Messages::tr("Damaged PDF: it cannot be read");
        return out;
    }
    if (document->isLocked()) {
        out.problem = Messages::tr("Encrypted PDF: it needs a password to read");
        return out;
    }
    const int pages = document->numPages();
    if (pages <= 0) {
        out.problem = Messages::tr("Damaged PDF: it has no pages");
        return out;
    }
    for (int i = 0; i < std::min(pages, AttachmentText::kMaxPdfPages) && out.text.size() <= kMaxTextChars; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        out.text += page->text(QRectF());
        out.text += u'\n';
    }
    if (pages > AttachmentText::kMaxPdfPages)
        out.problem = Messages::tr("Only the first %1 pages are searched").arg(AttachmentText::kMaxPdfPages);
    if (out.text.trimmed().isEmpty() && out.problem.isEmpty())
        out.problem = Messages::tr("The PDF holds no text (a scan?)");
    keepWithinLimit(out);
    return out;
}

// minizip's file functions over bytes in memory.
struct MemoryFile
{
    QByteArrayView bytes;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void*, int)
{
    static_cast<MemoryFile*>(opaque)->position = 0;
    return opaque;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* file = static_cast<MemoryFile*>(stream);
    const ZPOS64_T left = ZPOS64_T(file->bytes.size()) - std::min<ZPOS64_T>(file->position, file->bytes.size());
    const uLong n = uLong(std::min<ZPOS64_T>(left, size));
    std::memcpy(buffer, file->bytes.data() + file->position, n);
    file->position += n;
    return n;
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryFile*>(stream)->position;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<MemoryFile*>(stream);
    ZPOS64_T base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = ZPOS64_T(file->bytes.size());
    if (base + offset > ZPOS64_T(file->bytes.size()))
        return -1;
    file->position = base + offset;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

// An open zip archive in memory, closed when it goes.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray& bytes)
        : m_file { QByteArrayView(bytes), 0 }
    {
        zlib_filefunc64_def functions {};
        functions.zopen64_file = memoryOpen;
        functions.zread_file = memoryRead;
        functions.zwrite_file = memoryWrite;
        functions.ztell64_file = memoryTell;
        functions.zseek64_file = memorySeek;
        functions.zclose_file = memoryClose;
        functions.zerror_file = memoryError;
        functions.opaque = &m_file;
        m_zip = unzOpen2_64("memory", &functions);
    }
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    unzFile handle() const { return m_zip; }

    QStringList names() const
    {
        QStringList out;
        if (unzGoToFirstFile(m_zip) != UNZ_OK)
            return out;
        do {
            char name[512];
            unz_file_info64 info {};
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
                break;
            out.append(QString::fromUtf8(name));
        } while (out.size() < 10000 && unzGoToNextFile(m_zip) == UNZ_OK);
        return out;
    }

private:
    MemoryFile m_file;
    unzFile m_zip = nullptr;
};

// One part of a zip, read whole unless it unpacks to more than the limit (a zip bomb).
std::optional<QByteArray> zipPart(const ZipArchive& zip, const QString& name, QString& problem)
{
    unzFile handle = zip.handle();
    if (unzLocateFile(handle, name.toUtf8().constData(), 1) != UNZ_OK)
        return std::nullopt;
    if (unzOpenCurrentFile(handle) != UNZ_OK) {
        problem = Messages::tr("Damaged file: %1 cannot be unpacked").arg(name);
        return std::nullopt;
    }
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const int n = unzReadCurrentFile(handle, buffer, sizeof buffer);
        if (n < 0) {
            unzCloseCurrentFile(handle);
            problem = Messages::tr("Damaged file: %1 cannot be unpacked").arg(name);
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (data.size() + n > kMaxUnzippedBytes) {
            unzCloseCurrentFile(handle);
            problem = Messages::tr("It unpacks to more than %1 MB (a zip bomb?): not read").arg(megabytes(kMaxUnzippedBytes));
            return std::nullopt;
        }
        data.append(buffer, n);
    }
    // A wrong checksum: the part is damaged.
    if (unzCloseCurrentFile(handle) != UNZ_OK) {
        problem = Messages::tr("Damaged file: %1 cannot be unpacked").arg(name);
        return std::nullopt;
    }
    return data;
}

// The text of the elements named `textElement` (w:t, t), a line per `lineElement` (w:p, si, row).
QString xmlText(const QByteArray& xml, QStringView textElement, QStringView lineElement, QString& problem)
{
    QXmlStreamReader reader(xml);
    QString text;
    bool inText = false;
    while (!reader.atEnd() && text.size() <= kMaxTextChars) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == textElement)
                inText = true;
            else if (reader.name() == u"tab")
                text += u'\t';
            break;
        case QXmlStreamReader::EndElement:
            if (reader.name() == textElement) {
                inText = false;
                text += u' ';
            } else if (reader.name() == lineElement) {
                text += u'\n';
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError() && problem.isEmpty())
        problem = Messages::tr("Damaged file: %1").arg(reader.errorString());
    return text;
}

Extracted readZipDocument(const QByteArray& bytes)
{
    Extracted out;
    const ZipArchive zip(bytes);
    if (!zip.isOpen()) {
        out.problem = Messages::tr("Damaged zip archive: it cannot be opened");
        return out;
    }
    const QStringList names = zip.names();
    if (names.contains(QStringLiteral("word/document.xml"))) {
        out.kind = QStringLiteral("Word");
        for (const QString& name : names) {
            const bool body = name == u"word/document.xml" || name.startsWith(u"word/header")
                || name.startsWith(u"word/footer") || name == u"word/footnotes.xml";
            if (!body || !name.endsWith(u".xml"))
                continue;
            const auto xml = zipPart(zip, name, out.problem);
            if (!xml)
                break;
            out.text += xmlText(*xml, u"t", u"p", out.problem);
        }
    } else if (names.contains(QStringLiteral("xl/workbook.xml"))) {
        out.kind = QStringLiteral("Excel");
        // Shared strings, then what the sheets hold inline (libxlsxwriter's constant-memory mode).
        for (const QString& name : names) {
            const bool strings = name == u"xl/sharedStrings.xml"
                || (name.startsWith(u"xl/worksheets/sheet") && name.endsWith(u".xml"));
            if (!strings)
                continue;
            const auto xml = zipPart(zip, name, out.problem);
            if (!xml)
                break;
            out.text += xmlText(*xml, u"t", name == u"xl/sharedStrings.xml" ? u"si" : u"row", out.problem);
        }
    } else {
        out.problem = Messages::tr("A zip archive, not a Word or Excel document: not read");
        return out;
    }
    if (out.text.trimmed().isEmpty() && out.problem.isEmpty())
        out.problem = Messages::tr("The document holds no text");
    keepWithinLimit(out);
    return out;
}

// The sanitiser's output carries only allow-listed tags: dropping them (blocks as lines) and
// decoding the entities leaves the text.
QString htmlText(const QString& html)
{
    static const QRegularExpression blocks(QStringLiteral("<(/?(p|div|br|li|tr|h[1-6]|table|ul|ol))\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"));
    QString text = HtmlSanitizer::sanitize(html);
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        const QString digits = match.captured(1);
        bool ok = false;
        const uint code = digits.startsWith(u'x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            decoded += QString::fromUcs4(&c, 1);
        }
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return decoded;
}

// Text when the bytes decode as UTF-8 (or Latin-1 without control bytes): printable, not binary.
std::optional<QString> plainText(const QByteArray& bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096));
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f'))
            return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

QString expectedKind(const QString& name)
{
    const QString lower = name.toLower();
    if (lower.endsWith(u".pdf"))
        return QStringLiteral("PDF");
    if (lower.endsWith(u".docx"))
        return QStringLiteral("Word");
    if (lower.endsWith(u".xlsx"))
        return QStringLiteral("Excel");
    return {};
}

} // namespace

namespace AttachmentText {

Extracted read(const QByteArray& bytes, const QString& name)
{
    Extracted out;
    if (bytes.size() > kMaxInputBytes) {
        out.problem = Messages::tr("Larger than %1 MB: too large to read").arg(megabytes(kMaxInputBytes));
        return out;
    }
    if (bytes.startsWith("%PDF-"))
        out = readPdf(bytes);
    else if (bytes.startsWith("PK\x03\x04"))
        out = readZipDocument(bytes);
    else if (const auto text = plainText(bytes)) {
        if (HtmlSanitizer::looksLikeHtml(*text)) {
            out.kind = QStringLiteral("HTML");
            out.text = htmlText(*text);
        } else {
            out.kind = QStringLiteral("Text");
            out.text = *text;
        }
        keepWithinLimit(out);
    } else {
        out.problem = Messages::tr("Not a document Trade Leads reads (PDF, Word, Excel, HTML or text)");
    }
    const QString expected = expectedKind(name);
    // An error page saved as report.pdf: say so. A file of no known kind keeps its own reason.
    if (!expected.isEmpty() && !out.kind.isEmpty() && expected != out.kind) {
        out.text.clear();
        out.problem = Messages::tr("Named %1 but it is not a %2 file").arg(name, expected);
    }
    return out;
}

} // namespace AttachmentText
