#pragma once

#include <QString>

// The cache file chosen in Settings, empty for the default (LeadStore::defaultPath()).
// TRADELEADS_DB and --db win over it. Apart from SourceSettings, so that the commands that
// read it do not link the keychain and the network.
namespace CacheFileSetting {

QString configured();
void setConfigured(const QString& path);
// Reaches the commands the way TRADELEADS_DB does, so that the window and `tradeleads search`
// read the same file; the variable and --db win.
void exportToEnvironment();

} // namespace CacheFileSetting
