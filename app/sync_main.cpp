// `tradeleads sync` and `tradeleads attachments`: the commands that need the network and the
// keychain, in a program of their own, which `tradeleads` hands the process to (see main.cpp).
#include "ApiKeyStore.h"
#include "CacheFileSetting.h"
#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeads"));
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADELEADS_VERSION));
    QCoreApplication app(argc, argv);
    Translations::install(QLocale::system());
    CacheFileSetting::exportToEnvironment();
    ApiKeyStore::lendToTeamServers();
    return Cli::runSyncProgram(QCoreApplication::arguments());
}
