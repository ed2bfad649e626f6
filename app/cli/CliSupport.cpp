#include "CliSupport.h"

#include "CacheGuard.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

namespace Cli {

namespace {

const QStringList kSubcommands = {QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("search"),
                                  QStringLiteral("saved"), QStringLiteral("stats"), QStringLiteral("check"),
                                  QStringLiteral("awards"), QStringLiteral("attachments"), QStringLiteral("admin")};

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

} // namespace

void printErr(const QString& line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printTrackedAwards(const LeadStore& store, const QString& since)
{
    auto awards = store.trackedFamilyAwards(since);
    if (!awards) {
        printErr(awards.errorMessage());
        return;
    }
    for (const StoredLead& award : *awards) {
        const QString name = award.lead.title.isEmpty() ? award.lead.sourceId : award.lead.title;
        printOut(Messages::tr("Award posted for a lead you track: \"%1\" (%2:%3)\n")
                     .arg(name, award.lead.source, award.lead.sourceId)
                     .toUtf8());
    }
}

ProgressBar::ProgressBar(QString label) : m_label(std::move(label)), m_enabled(stderrIsTerminal()) {}

void ProgressBar::update(qint64 done, qint64 total, qint64 records)
{
    if (!m_enabled)
        return;
    QString line;
    if (total > 0) {
        const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
        const int filled = percent * 30 / 100;
        line = QStringLiteral("\r%1 [%2%3] %4% %5 leads")
                   .arg(m_label, QString(filled, u'#'), QString(30 - filled, u' '))
                   .arg(percent)
                   .arg(records);
    } else {
        line = QStringLiteral("\r%1 %2 leads").arg(m_label).arg(records);
    }
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::say(const QString& text)
{
    if (!m_enabled)
        return;
    const QByteArray bytes = QStringLiteral("\r%1 %2\033[K").arg(m_label, text).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

Invocation split(const QStringList& all)
{
    Invocation invocation;
    invocation.arguments.append(all.value(0, QStringLiteral("tradeleads")));
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString& argument = all[i];
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= all.size()) {
                invocation.usageError = Messages::tr("--db needs a file path");
                return invocation;
            }
            invocation.dbPath = all[++i];
            continue;
        }
        if (argument.startsWith(QLatin1String("--db="))) {
            invocation.dbPath = argument.mid(5);
            continue;
        }
        if (invocation.subcommand.isEmpty() && kSubcommands.contains(argument)) {
            invocation.subcommand = argument;
            continue;
        }
        invocation.arguments.append(argument);
    }
    return invocation;
}

Result<std::unique_ptr<LeadStore>> openStore(const Invocation& invocation)
{
    // Checked first, in milliseconds (the whole file only after an unclean end or damage met):
    // a damaged cache is moved aside (and the analyst's data restored) with a notice on
    // stderr, as the window does.
    const QString location = LeadStore::location(invocation.dbPath);
    if (CacheGuard::outlook(location).upgrade) {
        printErr(Messages::tr("tradeleads: upgrading the cache for this version of Trade Leads; this happens once, "
                              "and takes some minutes for a million leads"));
    }
    auto opened = CacheGuard::openChecked(location);
    if (!opened)
        return opened.error();
    if (!opened->notice.isEmpty())
        printErr(QStringLiteral("tradeleads: %1").arg(opened->notice));
    opened->store->setLifetime(LeadStore::Lifetime::OneCommand);
    return std::move(opened->store);
}

QString chosenFormat(const QCommandLineParser& parser, const Invocation& invocation, const QStringList& formats)
{
    if (!parser.isSet(QStringLiteral("format")))
        return formats.first();
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (formats.contains(format))
        return format;
    usage(invocation.subcommand,
          Messages::tr("unknown format \"%1\": use one of %2").arg(format, formats.join(QStringLiteral(", "))));
    return {};
}

int usage(const QString& subcommand, const QString& message)
{
    const QString program
        = subcommand.isEmpty() ? QStringLiteral("tradeleads") : QStringLiteral("tradeleads ") + subcommand;
    printErr(Messages::tr("%1: %2 (see '%1 --help')").arg(program, message));
    return kExitUsage;
}

int failure(const QString& subcommand, const QString& message)
{
    printErr(QStringLiteral("tradeleads %1: %2").arg(subcommand, message));
    return kExitFailure;
}

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"), Messages::tr("The cache file (also TRADELEADS_DB)."), Messages::tr("PATH")));
    parser.addOption(
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, Messages::tr("Show this help.")));
}

int parse(QCommandLineParser& parser, const Invocation& invocation, const QString& synopsis)
{
    parser.setApplicationDescription(synopsis);
    addCommonOptions(parser);
    if (!parser.parse(invocation.arguments))
        return usage(invocation.subcommand, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the program as it was started; it reads "tradeleads search" instead.
        // Only the first occurrence: "Usage: " itself may be in Qt's translation of the system's language.
        QString help = parser.helpText();
        const QString program = invocation.arguments.first();
        if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty())
            help.replace(at, program.size(), QStringLiteral("tradeleads ") + invocation.subcommand);
        printOut(help.toLocal8Bit());
        return kExitOk;
    }
    return -1;
}

} // namespace Cli
