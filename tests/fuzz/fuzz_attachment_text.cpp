// libFuzzer target: downloaded documents (PDF, Word, Excel, HTML, text, anything) through
// AttachmentText::read. Whatever the bytes, it returns within the limits of AttachmentText.h:
// never more text than the index keeps, a known kind or a reason, and no text from a file that
// is not what its name says.

#include "AttachmentText.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the name the server gave it.
    static const QString names[] = { QStringLiteral("sow.pdf"), QStringLiteral("spec.docx"),
                                     QStringLiteral("pricing.xlsx"), QStringLiteral("notice.html"),
                                     QStringLiteral("readme.txt"), QStringLiteral("download") };
    const QString name = names[data[0] % std::size(names)];
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    const AttachmentText::Extracted out = AttachmentText::read(input, name);
    const QString context = QStringLiteral("name: %1, kind: %2, problem: %3").arg(name, out.kind, out.problem);
    Fuzz::require(out.text.size() <= AttachmentText::kMaxTextChars, "no more text than the index keeps", context);
    static const QStringList kinds = { QString(), QStringLiteral("PDF"), QStringLiteral("Word"), QStringLiteral("Excel"),
                                       QStringLiteral("HTML"), QStringLiteral("Text") };
    Fuzz::require(kinds.contains(out.kind), "a known kind", context);
    Fuzz::require(!out.kind.isEmpty() || !out.problem.isEmpty(), "an unknown file has a reason", context);
    if (name.endsWith(QStringLiteral(".pdf")) && out.kind != QStringLiteral("PDF"))
        Fuzz::require(out.text.isEmpty(), "no text from a file that is not what its name says", context);
    return 0;
}
