// `tradeleads admin`: an administrator's setup of a team server.
#include "CliCommands.h"

#include "PgLeadStore.h"

#include <QCommandLineParser>

namespace Cli {

int runAdmin(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Messages::tr("init, or add-analyst NAME"));
    parser.addOption(QCommandLineOption(QStringLiteral("team"),
                                        Messages::tr("add-analyst: the team whose pipeline the analyst shares."),
                                        Messages::tr("TEAM")));
    if (int code = parse(parser, invocation,
                         Messages::tr("Sets up a team server (PostgreSQL), as a superuser or a role that may create "
                                      "roles and databases:\n"
                                      "  init              the roles tl_owner, tl_sync and tl_analyst, the database "
                                      "when missing, its schema and the unaccent extension; run again after an "
                                      "upgrade of Trade Leads, it upgrades the schema\n"
                                      "  add-analyst NAME  a login role for an analyst (in tl_analyst, and in "
                                      "--team when given); the password is set apart, or comes from a certificate\n"
                                      "The server is named by --db postgresql://user@host:port/database "
                                      "(also TRADELEADS_DB); the password comes from ~/.pgpass."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString location = LeadStore::location(invocation.dbPath);
    if (!PgLeadStore::isTeamServer(location))
        return usage(invocation.subcommand, Messages::tr("--db must name a team server: postgresql://user@host/database"));
    if (positional.value(0) == QLatin1String("init") && positional.size() == 1) {
        if (auto status = PgLeadStore::initialize(location); !status)
            return failure(invocation.subcommand, status.errorMessage());
        printOut(Messages::tr("The team server is set up (schema %1).\n").arg(PgLeadStore::currentSchemaVersion()).toUtf8());
        return kExitOk;
    }
    if (positional.value(0) == QLatin1String("add-analyst") && positional.size() == 2) {
        if (auto status = PgLeadStore::addAnalyst(location, positional[1], parser.value(QStringLiteral("team"))); !status)
            return failure(invocation.subcommand, status.errorMessage());
        printOut(Messages::tr("%1 can log in as an analyst.\n").arg(positional[1]).toUtf8());
        return kExitOk;
    }
    return usage(invocation.subcommand, Messages::tr("use init, or add-analyst NAME [--team TEAM]"));
}

} // namespace Cli
