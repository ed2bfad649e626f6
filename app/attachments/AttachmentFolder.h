#pragma once

#include "Attachment.h"

#include <QList>
#include <QString>

// Where downloaded attachments are kept: a folder beside the cache (for a team server, one in
// this desktop's data folder), each file named by the
// SHA-256 of its content (with the extension of its name, for the system's viewer). A download
// is written under a temporary name and renamed only when whole, so a file with a final name
// is always complete; the temporary one lets an interrupted download resume.
class AttachmentFolder
{
public:
    explicit AttachmentFolder(const QString& cachePath);

    const QString& path() const { return m_path; }
    // The stored file of a content hash, whatever its extension; empty when none is stored.
    QString storedFile(const QString& contentHash) const;
    QString finalPath(const QString& contentHash, const QString& fileName) const;
    QString partialPath(qint64 attachmentId) const; // the download in progress
    qint64 storedBytes() const;                    // every stored file, partial downloads too
    bool remove(const QString& contentHash) const;
    bool ensureExists() const;
    // The attachments as this computer holds them: one kept on a team server by a teammate, or
    // whose file was deleted by hand, is not stored here until it is downloaded again (the
    // download finds its text already indexed).
    QList<Attachment> onThisComputer(QList<Attachment> attachments) const;

private:
    QString m_path;
};
