#include "AttachmentFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

AttachmentFolder::AttachmentFolder(const QString& cachePath)
{
    const QFileInfo cache(cachePath);
    m_path = cache.absoluteDir().filePath(cache.completeBaseName() + QStringLiteral("-attachments"));
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
