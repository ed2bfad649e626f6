#include "Cli.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeads"));
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADELEADS_VERSION));
    if (Cli::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        return Cli::run(arguments);
    }
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
