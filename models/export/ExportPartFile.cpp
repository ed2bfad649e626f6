#include "ExportPartFile.h"

#include "ExportCommon.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace LeadExport::detail {

PartFile::~PartFile()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

Status PartFile::create(const QString& target)
{
    const QFileInfo info(target);
    removeStaleParts(info);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.part")
                                 .arg(info.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QFile file(info.absoluteDir().filePath(name));
        // NewOnly is O_EXCL: never someone else's file; permissions follow the umask.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_path = file.fileName();
            return Done{};
        }
        if (file.exists())
            continue;
        return Error { Messages::tr("cannot create a file in %1: %2")
                           .arg(QDir::toNativeSeparators(info.absolutePath()), file.errorString()) };
    }
    return Error {
        Messages::tr("no free temporary name in %1").arg(QDir::toNativeSeparators(info.absolutePath()))
    };
}

void PartFile::removeStaleParts(const QFileInfo& target)
{
    const QDir dir = target.absoluteDir();
    const QStringList parts = dir.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".*.part")},
                                            QDir::Files | QDir::Hidden);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QString& name : parts) {
        if (QFileInfo(dir.filePath(name)).lastModified().toUTC() < hourAgo)
            QFile::remove(dir.filePath(name));
    }
}

Status PartFile::commit(const QString& target)
{
    if (const QFileInfo existing(target); existing.isFile())
        QFile::setPermissions(m_path, existing.permissions());
    if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0)
        return Error{QString::fromLocal8Bit(std::strerror(errno))};
    m_path.clear();
    return Done{};
}

} // namespace LeadExport::detail
