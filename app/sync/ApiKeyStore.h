#pragma once

#include "Result.h"

#include <QString>

// Where API keys rest: the system keychain (QtKeychain, through the desktop's secret
// service) when one answers, else a file in the user's config folder readable by the
// user only (mode 0600). Never QSettings, never the cache.
namespace ApiKeyStore {

enum class Where { Keychain, File };

// `service` is "sam" or "ita". Empty when no key is stored.
QString read(const QString& service);
Result<Where> write(const QString& service, const QString& key);
Status remove(const QString& service);

// A team server's password, kept as the keys are, under the account it logs in to
// ("user@host:port/database", PgLeadStore::account).
QString teamServerEntry(const QString& account);
// Lends the stored passwords to the team server connections this program opens.
void lendToTeamServers();

// Whether a secret service answers (a D-Bus session with a keyring).
bool keychainAvailable();
QString keyFilePath();

} // namespace ApiKeyStore
