// `tradeleads saved try`: a saved search, or the filter it would have, tried on the past weeks
// before it starts notifying (SearchBacktest.h says how weeks and notifications are counted).
#include "CliCommands.h"

#include "Clock.h"
#include "FilterFlags.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

QByteArray jsonOf(const SearchBacktest& backtest, const LeadFilter& filter)
{
    QJsonArray weeks;
    for (qsizetype i = 0; i < backtest.weekStarts.size(); ++i)
        weeks.append(QJsonObject { { QStringLiteral("week"), backtest.weekStarts.at(i).toString(Qt::ISODate) },
                                   { QStringLiteral("matches"), backtest.matches.at(i) },
                                   { QStringLiteral("new"), backtest.newFamilies.at(i) } });
    const QJsonObject object { { QStringLiteral("weeks"), weeks },
                               { QStringLiteral("notified"), backtest.notified },
                               { QStringLiteral("filter"), QJsonDocument::fromJson(filter.toJson()).object() } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray tableOf(const SearchBacktest& backtest)
{
    const QString week = Messages::tr("WEEK OF");
    const QString matches = Messages::tr("MATCHES");
    const QString fresh = Messages::tr("NEW");
    const int weekWidth = qMax(10, int(week.size()));
    const int matchesWidth = qMax(8, int(matches.size()));
    QByteArray out = QStringLiteral("%1  %2  %3\n")
                         .arg(week.leftJustified(weekWidth), matches.rightJustified(matchesWidth), fresh)
                         .toUtf8();
    for (qsizetype i = 0; i < backtest.weekStarts.size(); ++i) {
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(backtest.weekStarts.at(i).toString(Qt::ISODate).leftJustified(weekWidth),
                        QString::number(backtest.matches.at(i)).rightJustified(matchesWidth),
                        QString::number(backtest.newFamilies.at(i)).rightJustified(fresh.size()))
                   .toUtf8();
    }
    out += backtest.summary().toUtf8() + '\n';
    return out;
}

} // namespace

int runSavedTry(const Invocation& invocation, const QCommandLineParser& parser)
{
    const QString format = chosenFormat(parser, invocation, { QStringLiteral("table"), QStringLiteral("json") });
    if (format.isEmpty())
        return kExitUsage;
    int weeks = SearchBacktest::kDefaultWeeks;
    if (parser.isSet(QStringLiteral("weeks"))) {
        bool ok = false;
        weeks = parser.value(QStringLiteral("weeks")).toInt(&ok);
        if (!ok || weeks < 1 || weeks > SearchBacktest::kMaxWeeks)
            return usage(invocation.subcommand, Messages::tr("--weeks takes a whole number from 1 to %1, not \"%2\"")
                                                    .arg(SearchBacktest::kMaxWeeks)
                                                    .arg(parser.value(QStringLiteral("weeks"))));
    }
    auto flags = filterFrom(parser);
    if (!flags)
        return usage(invocation.subcommand, flags.errorMessage());

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());

    // The words after "try" name a saved search when one has that name (the flags then change
    // it, to see what a change would do); else they are the query, as `saved add` takes it.
    // --saved insists on a name.
    const QString words = parser.positionalArguments().mid(1).join(u' ').trimmed();
    QString savedName = parser.value(QStringLiteral("saved")).trimmed();
    if (savedName.isEmpty() && !words.isEmpty() && (*store)->savedSearch(words))
        savedName = words;
    LeadFilter filter;
    if (!savedName.isEmpty()) {
        auto saved = (*store)->savedSearch(savedName);
        if (!saved)
            return usage(invocation.subcommand, saved.errorMessage());
        auto usable = saved->usableFilter();
        if (!usable)
            return failure(invocation.subcommand, usable.errorMessage());
        auto changed = filterFrom(parser, *usable);
        if (!changed)
            return usage(invocation.subcommand, changed.errorMessage());
        filter = *changed;
        if (words != savedName && !words.isEmpty())
            filter.text = filter.text.isEmpty() ? words : filter.text + u' ' + words;
    } else {
        filter = *flags;
        filter.text = words;
        if (filter.isEmpty())
            return usage(invocation.subcommand,
                         Messages::tr("try needs a saved search NAME, or filter flags or a query to try"));
    }
    // Each week's range replaces the filter's own.
    filter.postedFrom = {};
    filter.postedTo = {};

    auto backtest = (*store)->backtest(filter, Clock::today(), weeks);
    if (!backtest)
        return failure(invocation.subcommand, backtest.errorMessage());
    printOut(format == QLatin1String("json") ? jsonOf(*backtest, filter) : tableOf(*backtest));
    return kExitOk;
}

} // namespace Cli
