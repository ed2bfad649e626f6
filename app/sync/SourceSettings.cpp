#include "SourceSettings.h"

#include "SourceCatalogue.h"

#include "ApiKeyStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString fromSettings(const QString& key)
{
    return QSettings().value(key).toString().trimmed();
}

QUrl configured(const char* variable, const QString& settingsKey, const QString& fallback)
{
    const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
    if (!fromEnvironment.isEmpty())
        return QUrl(fromEnvironment);
    const QString stored = fromSettings(settingsKey);
    return QUrl(stored.isEmpty() ? fallback : stored);
}

QString key(const char* variable, const QString& name)
{
    const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return ApiKeyStore::read(name);
}

} // namespace

namespace SourceSettings {

QUrl samBaseUrl()
{
    return configured("TRADELEADS_SAM_URL", QStringLiteral("sources/samUrl"), QStringLiteral("https://api.sam.gov"));
}

QUrl samCsvUrl()
{
    return configured("TRADELEADS_SAM_CSV_URL", QStringLiteral("sources/samCsvUrl"),
                      QStringLiteral("https://sam.gov/api/prod/fileextractservices/v1/api/download/"
                                     "Contract%20Opportunities/datagov/ContractOpportunitiesFullCSV.csv"));
}

bool samCsvConfigured()
{
    return !qEnvironmentVariable("TRADELEADS_SAM_CSV_URL").trimmed().isEmpty()
        || !fromSettings(QStringLiteral("sources/samCsvUrl")).isEmpty()
        || QSettings().value(QStringLiteral("sources/samCsvEnabled")).toBool();
}

QUrl itaBaseUrl()
{
    return configured("TRADELEADS_ITA_URL", QStringLiteral("sources/itaUrl"), QStringLiteral("https://api.trade.gov"));
}

QString samApiKey()
{
    return key("TRADELEADS_SAM_API_KEY", QStringLiteral("sam"));
}

QString itaApiKey()
{
    return key("TRADELEADS_ITA_API_KEY", QStringLiteral("ita"));
}

int samDailyQuota()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("TRADELEADS_SAM_DAILY_QUOTA", &ok);
    if (ok && fromEnvironment > 0)
        return fromEnvironment;
    const int stored = QSettings().value(QStringLiteral("sources/samDailyQuota"), 1000).toInt();
    return stored > 0 ? stored : 1000;
}

QStringList syncSourceKeys()
{
    return SourceCatalogue::syncKeys();
}

QStringList disabledSources()
{
    return QSettings().value(QStringLiteral("sources/disabled")).toStringList();
}

void setDisabledSources(const QStringList& sources)
{
    QSettings().setValue(QStringLiteral("sources/disabled"), sources);
}

QStringList configuredSources()
{
    QStringList sources;
    if (!samApiKey().isEmpty())
        sources.append(QStringLiteral("sam"));
    if (samCsvConfigured())
        sources.append(QStringLiteral("sam-csv"));
    if (!itaApiKey().isEmpty()) {
        for (const QString& key : syncSourceKeys()) {
            if (key.startsWith(QLatin1String("ita-")))
                sources.append(key);
        }
    }
    for (const QString& off : disabledSources())
        sources.removeAll(off);
    return sources;
}

} // namespace SourceSettings
