#include "AttachmentFolder.h"

#include "PgLeadStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

AttachmentFolder::AttachmentFolder(const QString& cachePath)
{
    if (PgLeadStore::isTeamServer(cachePath)) {
        // A folder of this desktop's per server (the attachments' ids are the server's): its
        // location made a file name, with a hash to keep two long ones apart.
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
        QString name = cachePath.section(QStringLiteral("://"), 1);
        name.replace(unsafe, QStringLiteral("_"));
        const QByteArray hash = QCryptographicHash::hash(cachePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
        m_path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                     .filePath(QStringLiteral("team-attachments/") + name.left(80) + u'-' + QString::fromLatin1(hash));
        return;
    }
    const QFileInfo cache(cachePath);
    m_path = cache.absoluteDir().filePath(cache.completeBaseName() + QStringLiteral("-attachments"));
}

QList<Attachment> AttachmentFolder::onThisComputer(QList<Attachment> attachments) const
{
    for (Attachment& attachment : attachments) {
        if (attachment.stored() && storedFile(attachment.contentHash).isEmpty())
            attachment.contentHash.clear();
    }
    return attachments;
}

bool AttachmentFolder::ensureExists() const
{
    return QDir().mkpath(m_path);
}

QString AttachmentFolder::storedFile(const QString& contentHash) const
{
    if (contentHash.isEmpty())
        return {};
    const QStringList matches = QDir(m_path).entryList({ contentHash, contentHash + QStringLiteral(".*") }, QDir::Files);
    return matches.isEmpty() ? QString() : QDir(m_path).filePath(matches.first());
}

QString AttachmentFolder::finalPath(const QString& contentHash, const QString& fileName) const
{
    // Only a short, plain extension: the name comes from a server.
    static const QRegularExpression extension(QStringLiteral("\\.([A-Za-z0-9]{1,8})$"));
    const auto match = extension.match(fileName);
    const QString suffix = match.hasMatch() ? u'.' + match.captured(1).toLower() : QString();
    return QDir(m_path).filePath(contentHash + suffix);
}

QString AttachmentFolder::partialPath(qint64 attachmentId) const
{
    return QDir(m_path).filePath(QStringLiteral(".download-%1.partial").arg(attachmentId));
}

qint64 AttachmentFolder::storedBytes() const
{
    qint64 total = 0;
    QDirIterator files(m_path, QDir::Files | QDir::Hidden);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

bool AttachmentFolder::remove(const QString& contentHash) const
{
    const QString file = storedFile(contentHash);
    return file.isEmpty() || QFile::remove(file);
}
