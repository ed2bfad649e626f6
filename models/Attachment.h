#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// A document a lead links to: a SAM.gov resource link or an ITA lead's further link, listed
// when the lead is stored and filled in once the file has been downloaded.
struct Attachment
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString url;          // as the source sent it (a SAM.gov link may say api_key=null)
    QString name;         // the file name the server gave; empty until downloaded
    QString contentType;  // as the server said
    qint64 size = -1;     // bytes; -1 until known
    QString contentHash;  // SHA-256 (hex) of the stored file; empty when none is stored
    QString problem;      // why it could not be downloaded or read; empty when fine

    bool stored() const { return !contentHash.isEmpty(); }
    // The name to show: the server's, else the link's last path segment.
    QString displayName() const;
};

// A downloaded file as the store records it: what identifies it, and its text for the
// keyword index (empty with a reason when it had none to give).
struct AttachmentFile
{
    QString name;
    QString contentType;
    qint64 size = 0;
    QString contentHash;
    QString text;
    QString problem; // why no text was read (encrypted, damaged, too large, not what its name says)
};

// Where a keyword search met a lead's attachment: the file and the words around the match.
struct AttachmentPassage
{
    qint64 attachmentId = 0;
    QString name;
    QString passage; // plain text; the matched words between U+E000 and U+E001
};

namespace AttachmentMarks {
inline constexpr QChar kMatchStart = QChar(0xE000);
inline constexpr QChar kMatchEnd = QChar(0xE001);
} // namespace AttachmentMarks
