#include "CliCommands.h"

#include "Clock.h"
#include "FilterFlags.h"

#include <QCommandLineParser>

namespace Cli {

int runSaved(const Invocation& invocation)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("notify"), Messages::tr("With add: flag new matches after each sync.")));
    parser.addOption(QCommandLineOption(QStringLiteral("share"),
        Messages::tr("With add, on a team server: your team sees the search too (as yourname/NAME).")));
    parser.addOption(QCommandLineOption(QStringLiteral("weeks"),
        Messages::tr("With try: how many weeks, up to this one (1 to 104, default 12)."), Messages::tr("N")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("saved"), Messages::tr("With try: the saved search NAME, which must exist."), Messages::tr("NAME")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("format"), Messages::tr("With try: table or json (default table)."),
            Messages::tr("FORMAT")));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        Messages::tr("list, add NAME [QUERY], remove NAME, or try NAME|[QUERY] to see what it would have matched "
                     "week by week."),
        Messages::tr("list|add|remove|try"));
    if (int code = parse(parser, invocation, Messages::tr("Lists, adds, removes and tries saved searches.")); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("try"))
        return runSavedTry(invocation, parser);
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove"))
        return usage(invocation.subcommand, Messages::tr("say list, add NAME [QUERY], remove NAME or try NAME"));
    if ((action == QLatin1String("add") || action == QLatin1String("remove")) && positional.value(1).trimmed().isEmpty())
        return usage(invocation.subcommand, Messages::tr("%1 needs a NAME").arg(action));
    if (action == QLatin1String("remove") && positional.size() > 2)
        return usage(invocation.subcommand, Messages::tr("remove takes one NAME"));

    LeadFilter filter;
    if (action == QLatin1String("add")) {
        auto parsed = filterFrom(parser);
        if (!parsed)
            return usage(invocation.subcommand, parsed.errorMessage());
        filter = *parsed;
        filter.text = positional.mid(2).join(u' ').trimmed();
    }

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    if (action == QLatin1String("list")) {
        auto searches = (*store)->savedSearches();
        if (!searches)
            return failure(invocation.subcommand, searches.errorMessage());
        QByteArray out;
        for (const SavedSearch& search : *searches) {
            auto usable = search.usableFilter();
            const auto counted = usable ? (*store)->count(*usable, Clock::today()) : Result<qint64>(usable.error());
            const qint64 matches = counted ? *counted : -1;
            // A search the team shares ends in a fourth field; a teammate's is named owner/NAME.
            out += QStringLiteral("%1\t%2 leads\t%3%4\n")
                       .arg(search.key())
                       .arg(matches)
                       .arg(QString::fromUtf8(search.filterJson()),
                            search.shared ? QStringLiteral("\tshared") : QString())
                       .toUtf8();
        }
        printOut(out);
        return kExitOk;
    }
    const QString name = positional.value(1).trimmed();
    if (action == QLatin1String("add")) {
        SavedSearch search;
        search.name = name;
        search.filter = filter;
        search.notify = parser.isSet(QStringLiteral("notify"));
        search.shared = parser.isSet(QStringLiteral("share"));
        if (auto status = (*store)->addSavedSearch(search); !status)
            return failure(invocation.subcommand, status.errorMessage());
        printOut(Messages::tr("Saved search \"%1\" added\n").arg(name).toUtf8());
        return kExitOk;
    }
    auto removed = (*store)->removeSavedSearch(name);
    if (!removed)
        return failure(invocation.subcommand, removed.errorMessage());
    if (!*removed)
        return failure(invocation.subcommand, Messages::tr("no saved search named \"%1\"").arg(name));
    printOut(Messages::tr("Saved search \"%1\" removed\n").arg(name).toUtf8());
    return kExitOk;
}

} // namespace Cli
