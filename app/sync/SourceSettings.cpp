#include "SourceSettings.h"

#include <QSettings>

namespace {

QUrl configured(const char* variable, const QString& settingsKey, const QString& fallback)
{
    const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
    if (!fromEnvironment.isEmpty())
        return QUrl(fromEnvironment);
    const QString fromSettings = QSettings().value(settingsKey).toString().trimmed();
    return QUrl(fromSettings.isEmpty() ? fallback : fromSettings);
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

QUrl itaBaseUrl()
{
    return configured("TRADELEADS_ITA_URL", QStringLiteral("sources/itaUrl"), QStringLiteral("https://api.trade.gov"));
}

} // namespace SourceSettings
