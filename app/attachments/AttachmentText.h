#pragma once

#include <QByteArray>
#include <QString>

// The text of a downloaded document, for the keyword index: PDF (poppler), Word and Excel
// (the XML inside their zip, read with minizip), HTML (through the sanitiser) and plain text.
// The bytes are untrusted: a file that is encrypted, damaged, enormous, a zip bomb or not what
// its name says gives a reason instead of text, and never more than the limits below of
// memory or text. Safe to call from any thread; slow for a large PDF, so never on the UI thread.
namespace AttachmentText {

struct Extracted
{
    QString text;
    QString kind;    // "PDF", "Word", "Excel", "HTML", "Text"; empty when unknown
    QString problem; // why there is no text (or only part of it); empty when fine
};

inline constexpr qint64 kMaxInputBytes = 256LL * 1024 * 1024;
inline constexpr qint64 kMaxUnzippedBytes = 64LL * 1024 * 1024; // one part of a Word or Excel file
inline constexpr qsizetype kMaxTextChars = 4 * 1024 * 1024;      // what the index keeps of one file
inline constexpr int kMaxPdfPages = 3000;

// `name` is the file name the server gave (or the link's), for "not what its name says".
Extracted read(const QByteArray& bytes, const QString& name);

} // namespace AttachmentText
