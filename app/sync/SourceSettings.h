#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where each API lives and which keys to use. Defaults are the public services;
// TRADELEADS_SAM_URL, TRADELEADS_SAM_CSV_URL and TRADELEADS_ITA_URL point them elsewhere
// (tests use loopback). Keys come from TRADELEADS_SAM_API_KEY / TRADELEADS_ITA_API_KEY,
// else from a key file readable by the user only.
namespace SourceSettings {

QUrl samBaseUrl();
QUrl samCsvUrl();
bool samCsvConfigured(); // set by the environment or in settings, not just the default
QUrl itaBaseUrl();

QString samApiKey();
QString itaApiKey();

// SAM.gov's daily request quota for the key: 10, 1,000 or 10,000 (TRADELEADS_SAM_DAILY_QUOTA).
int samDailyQuota();

// The sources `sync --source` takes, and those `all` means with the current configuration.
QStringList syncSourceKeys();
QStringList configuredSources();

// Sources the user turned off in Settings; `all` leaves them out.
QStringList disabledSources();
void setDisabledSources(const QStringList& sources);

} // namespace SourceSettings
