#include "Cli.h"

#include "CliCommands.h"
#include "FilterFlags.h"

#include <QCommandLineParser>

// The entry points: the subcommand is picked here and runs from its own file (ImportCommand.cpp,
// SearchCommand.cpp, ...); CliSupport and FilterFlags hold what they share.
namespace Cli {

namespace {

QString generalHelp()
{
    return Messages::tr("Usage: tradeleads [--db PATH] [COMMAND] [OPTIONS]\n"
                        "Export and government-contract leads from SAM.gov and ITA, cached and searchable.\n"
                        "Without a command, opens the window.\n\n"
                        "Commands:\n"
                        "  sync     Fetch new and changed leads from the APIs\n"
                        "  import   Import SAM.gov JSON, ITA JSON or SAM.gov bulk CSV files\n"
                        "  search   Search the cache (table, CSV or JSON)\n"
                        "  saved    List, add, remove or try saved searches\n"
                        "  stats    Show what the cache holds\n"
                        "  awards   Show who won similar work (award notices ranked by awardee)\n"
                        "  attachments  List, download or remove a lead's documents\n"
                        "  check    Check the whole cache file for damage\n"
                        "  admin    Set up a team server (PostgreSQL): init, add-analyst\n\n"
                        "Options:\n"
                        "  --db PATH    The cache file, or a team server postgresql://user@host/database\n"
                        "               (also TRADELEADS_DB)\n"
                        "  -h, --help   Show this help; 'tradeleads COMMAND --help' for a command\n"
                        "  --version    Show the version\n\n"
                        "Window options:\n"
                        "  --language CODE   en, fr or es for this run (default: Settings, else the system's)\n"
                        "  --theme NAME      system, light or dark for this run (default: Settings)\n"
                        "  --screenshot PNG  Save the window to PNG once the leads are shown, then quit\n");
}

} // namespace

Result<LeadFilter> searchFilter(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (invocation.usageError)
        return Error{*invocation.usageError};
    QCommandLineParser parser;
    addSearchOptions(parser);
    addCommonOptions(parser);
    if (!parser.parse(invocation.arguments))
        return Error{parser.errorText()};
    const auto sortColumn = sortColumnFrom(parser);
    if (!sortColumn)
        return sortColumn.error();
    return searchFilterFrom(parser, LeadFilter(), *sortColumn);
}

bool isSubcommand(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (!invocation.subcommand.isEmpty() || invocation.usageError)
        return true;
    for (const QString& argument : invocation.arguments.mid(1)) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

int run(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    if (invocation.usageError)
        return usage(invocation.subcommand, *invocation.usageError);
    if (invocation.subcommand.isEmpty()) {
        const QStringList rest = invocation.arguments.mid(1);
        if (rest.contains(QLatin1String("--version")) || rest.contains(QLatin1String("-v"))) {
            printOut(QByteArray("tradeleads " TRADELEADS_VERSION "\n"));
            return kExitOk;
        }
        printOut(generalHelp().toUtf8());
        return kExitOk;
    }
    if (invocation.subcommand == QLatin1String("import"))
        return runImport(invocation);
    if (invocation.subcommand == QLatin1String("search"))
        return runSearch(invocation);
    if (invocation.subcommand == QLatin1String("saved"))
        return runSaved(invocation);
    if (invocation.subcommand == QLatin1String("stats"))
        return runStats(invocation);
    if (invocation.subcommand == QLatin1String("check"))
        return runCheck(invocation);
    if (invocation.subcommand == QLatin1String("awards"))
        return runAwards(invocation);
    if (invocation.subcommand == QLatin1String("admin"))
        return runAdmin(invocation);
    // `tradeleads` hands `sync` and `attachments` to tradeleads-sync before it comes here.
    return failure(invocation.subcommand, Messages::tr("runs in the program tradeleads-sync"));
}

bool isSync(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    return !invocation.usageError
        && (invocation.subcommand == QLatin1String("sync") || invocation.subcommand == QLatin1String("attachments"));
}

bool isImport(const QStringList& arguments)
{
    const Invocation invocation = split(arguments);
    return !invocation.usageError && invocation.subcommand == QLatin1String("import");
}

} // namespace Cli
