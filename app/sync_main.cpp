// `tradeleads sync`: the one command that needs the network and the keychain, in a program of
// its own, which `tradeleads` hands the process to (see main.cpp).
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
    return Cli::runSyncProgram(QCoreApplication::arguments());
}
