#include "CliCommands.h"

#include "LeadFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Cli {

namespace {

QJsonValue amountJson(const std::optional<double>& amount)
{
    return amount ? QJsonValue(*amount) : QJsonValue();
}

QJsonObject awardJson(const Award& award)
{
    return QJsonObject {
        { QStringLiteral("awardee"), award.awardee },
        { QStringLiteral("amount"), amountJson(award.amount) },
        { QStringLiteral("date"), award.date.isEmpty() ? QJsonValue() : QJsonValue(award.date) },
        { QStringLiteral("award_number"), award.awardNumber },
        { QStringLiteral("source"), award.source },
        { QStringLiteral("source_id"), award.sourceId },
        { QStringLiteral("title"), award.title },
        { QStringLiteral("agency"), award.agency },
        { QStringLiteral("naics"), award.naicsCode },
        { QStringLiteral("solicitation_number"), award.solicitationNumber },
    };
}

QByteArray jsonOf(const AwardHistory& history)
{
    QJsonArray awardees;
    for (const Awardee& awardee : history.awardees)
        awardees.append(QJsonObject { { QStringLiteral("name"), awardee.name },
                                      { QStringLiteral("awards"), awardee.awards },
                                      { QStringLiteral("total"), awardee.total } });
    QJsonArray recent;
    for (const Award& award : history.recent)
        recent.append(awardJson(award));
    QJsonArray incumbent;
    for (const Award& award : history.incumbent)
        incumbent.append(awardJson(award));
    const QJsonObject object { { QStringLiteral("awardees"), awardees },
                               { QStringLiteral("recent"), recent },
                               { QStringLiteral("incumbent"), incumbent } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The ranking, a row per awardee: what a spreadsheet sorts and charts.
QByteArray csvOf(const AwardHistory& history)
{
    QByteArray out = LeadFormat::csvHeader(
        { QStringLiteral("rank"), QStringLiteral("name"), QStringLiteral("awards"), QStringLiteral("total") });
    int rank = 0;
    for (const Awardee& awardee : history.awardees) {
        out += QByteArray::number(++rank) + ',' + LeadFormat::csvField(LeadFormat::neutraliseFormula(awardee.name))
            + ',' + QByteArray::number(awardee.awards) + ',' + QByteArray::number(awardee.total, 'f', 2) + "\r\n";
    }
    return out;
}

QString column(const QString& text, int width)
{
    const QString single = text.simplified();
    if (single.size() <= width)
        return single.leftJustified(width);
    return single.left(width - 1) + QChar(0x2026);
}

QByteArray tableOf(const AwardHistory& history)
{
    const QLocale locale;
    auto money = [&](double value) { return locale.toString(value, 'f', 0); };
    auto line = [](const QString& text) { return text.trimmed().toUtf8() + '\n'; };
    QByteArray out;
    auto awards = [&](const QString& heading, const QList<Award>& list) {
        out += line(heading);
        out += line(QStringLiteral("%1  %2  %3  %4").arg(column(Messages::tr("DATE"), 10),
                                                         Messages::tr("AMOUNT (USD)").rightJustified(16),
                                                         column(Messages::tr("AWARDEE"), 40), Messages::tr("AWARD NUMBER")));
        for (const Award& award : list)
            out += line(QStringLiteral("%1  %2  %3  %4")
                            .arg(column(award.date, 10), (award.amount ? money(*award.amount) : QString()).rightJustified(16),
                                 column(award.awardee, 40), award.awardNumber.isEmpty() ? award.sourceId : award.awardNumber));
    };
    if (!history.incumbent.isEmpty()) {
        awards(Messages::tr("Incumbent:"), history.incumbent);
        out += '\n';
    }
    if (history.awardees.isEmpty())
        return out + line(Messages::tr("No award notices match."));
    out += line(QStringLiteral("%1  %2  %3").arg(column(Messages::tr("AWARDEE"), 50),
                                                 Messages::tr("AWARDS").rightJustified(6),
                                                 Messages::tr("TOTAL (USD)").rightJustified(16)));
    for (const Awardee& awardee : history.awardees)
        out += line(QStringLiteral("%1  %2  %3").arg(column(awardee.name, 50), QString::number(awardee.awards).rightJustified(6),
                                                     money(awardee.total).rightJustified(16)));
    out += '\n';
    awards(Messages::tr("Latest awards:"), history.recent);
    return out;
}

} // namespace

int runAwards(const Invocation& invocation)
{
    QCommandLineParser parser;
    const auto option = [&parser](const char* name, const QString& description, const QString& value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), description, value));
    };
    option("agency", Messages::tr("Awards of this agency, as the source names it (\"DEPT OF DEFENSE\")."),
           QStringLiteral("AGENCY"));
    option("sub-tier", Messages::tr("Awards of this sub-tier of the agency."), QStringLiteral("SUB-TIER"));
    option("office", Messages::tr("Awards of this office."), QStringLiteral("OFFICE"));
    option("naics", Messages::tr("Awards in NAICS codes that start with these digits."), QStringLiteral("PREFIX"));
    option("solicitation", Messages::tr("Also the incumbent: the awards of this solicitation number."),
           QStringLiteral("NUMBER"));
    option("since", Messages::tr("Awards dated on or after this day."), QStringLiteral("YYYY-MM-DD"));
    option("limit", Messages::tr("How many awardees and recent awards (default 20)."), QStringLiteral("N"));
    option("format", Messages::tr("table, json or csv (csv: the awardees ranked)."), QStringLiteral("FORMAT"));
    if (int code = parse(parser, invocation,
                         Messages::tr("Shows who won similar work: the awardees of award notices in the cache, "
                                      "ranked by number of awards and total, and the latest awards."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(invocation.subcommand,
                     Messages::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QString format = chosenFormat(parser, invocation,
                                        { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") });
    if (format.isEmpty())
        return kExitUsage;
    AwardQuery query;
    query.agency = parser.value(QStringLiteral("agency")).trimmed();
    query.subTier = parser.value(QStringLiteral("sub-tier")).trimmed();
    query.office = parser.value(QStringLiteral("office")).trimmed();
    query.solicitationNumber = parser.value(QStringLiteral("solicitation")).trimmed();
    query.naicsPrefix = parser.value(QStringLiteral("naics")).trimmed();
    if (parser.isSet(QStringLiteral("naics"))
        && (query.naicsPrefix.isEmpty() || query.naicsPrefix.size() > 6
            || !std::all_of(query.naicsPrefix.cbegin(), query.naicsPrefix.cend(),
                            [](QChar c) { return c >= u'0' && c <= u'9'; })))
        return usage(invocation.subcommand,
                     Messages::tr("--naics takes the first 1 to 6 digits of a NAICS code, not \"%1\"")
                         .arg(parser.value(QStringLiteral("naics"))));
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since"));
        query.since = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!query.since.isValid() || query.since.toString(Qt::ISODate) != text)
            return usage(invocation.subcommand, Messages::tr("--since takes a date as YYYY-MM-DD, not \"%1\"").arg(text));
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1)
            return usage(invocation.subcommand, Messages::tr("--limit takes a whole number from 1, not \"%1\"")
                                                    .arg(parser.value(QStringLiteral("limit"))));
    }

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    auto history = (*store)->awardHistory(query);
    if (!history)
        return failure(invocation.subcommand, history.errorMessage());
    if (format == QLatin1String("json"))
        printOut(jsonOf(*history));
    else if (format == QLatin1String("csv"))
        printOut(csvOf(*history));
    else
        printOut(tableOf(*history));
    return kExitOk;
}

} // namespace Cli
