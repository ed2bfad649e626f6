#include "CacheFileSetting.h"

#include <QSettings>

namespace CacheFileSetting {

namespace {
const QString kKey = QStringLiteral("storage/cacheFile");
}

QString configured()
{
    return QSettings().value(kKey).toString().trimmed();
}

void setConfigured(const QString& path)
{
    if (path.trimmed().isEmpty())
        QSettings().remove(kKey);
    else
        QSettings().setValue(kKey, path.trimmed());
}

void exportToEnvironment()
{
    const QString file = configured();
    if (qEnvironmentVariableIsEmpty("TRADELEADS_DB") && !file.isEmpty())
        qputenv("TRADELEADS_DB", file.toLocal8Bit());
}

} // namespace CacheFileSetting
