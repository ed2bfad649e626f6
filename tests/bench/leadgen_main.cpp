// tradeleads-leadgen: writes deterministic, realistic leads in the services' own shapes.
#include "LeadGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

namespace {

int usage(const QString& message)
{
    QTextStream(stderr) << "tradeleads-leadgen: " << message << "\n"
                        << "Try 'tradeleads-leadgen --help'.\n";
    return 2;
}

bool parseCount(const QString& text, qint64 min, qint64& value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min)
        return false;
    value = v;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads-leadgen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes deterministic leads: SAM.gov Get Opportunities pages (sam-json), ITA Trade Leads pages "
        "(ita-json) or the SAM.gov bulk Contract Opportunities CSV (sam-csv). The same seed and arguments "
        "give byte-identical output. With an existing directory (or a path ending in '/') as --out, JSON "
        "is written as page-00001.json, page-00002.json, ...; with a file, as one page holding every record."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("sam-json, ita-json or sam-csv."), QStringLiteral("format"));
    const QCommandLineOption countOption(
        QStringLiteral("count"), QStringLiteral("Number of records."), QStringLiteral("N"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output file, or directory for pages."), QStringLiteral("path"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("PRNG seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption anchorOption(QStringLiteral("anchor"),
        QStringLiteral("Anchor date YYYY-MM-DD (default 2026-01-01): posted dates "
                       "fall in the 150 days before it, deadlines from 60 days "
                       "before to 120 days after."),
        QStringLiteral("date"), QStringLiteral("2026-01-01"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
        QStringLiteral("Records per page when --out is a directory (default "
                       "1000 for sam-json, 100 for ita-json)."),
        QStringLiteral("N"));
    const QCommandLineOption startOption(QStringLiteral("start-index"),
        QStringLiteral("Index of the first record (default 0); record i is the "
                       "same whatever the paging."),
        QStringLiteral("I"), QStringLiteral("0"));
    parser.addOptions({ formatOption, countOption, outOption, seedOption, anchorOption, pageSizeOption, startOption });
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(formatOption) || !parser.isSet(countOption) || !parser.isSet(outOption))
        return usage(QStringLiteral("--format, --count and --out are required"));

    LeadGen::WriteRequest request;
    const auto format = LeadGen::formatFromName(parser.value(formatOption));
    if (!format)
        return usage(QStringLiteral("unknown format %1 (sam-json, ita-json, sam-csv)").arg(parser.value(formatOption)));
    request.format = *format;
    if (!parseCount(parser.value(countOption), 0, request.count))
        return usage(QStringLiteral("--count takes a number >= 0"));
    if (!parseCount(parser.value(startOption), 0, request.startIndex))
        return usage(QStringLiteral("--start-index takes a number >= 0"));
    if (parser.isSet(pageSizeOption) && !parseCount(parser.value(pageSizeOption), 1, request.pageSize))
        return usage(QStringLiteral("--page-size takes a number >= 1"));
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return usage(QStringLiteral("--seed takes an unsigned number"));
    const QDate anchor = QDate::fromString(parser.value(anchorOption), Qt::ISODate);
    if (!anchor.isValid())
        return usage(QStringLiteral("--anchor takes a date YYYY-MM-DD"));
    request.out = parser.value(outOption);

    const LeadGen::LeadGenerator generator(seed, anchor);
    const LeadGen::WriteResult result = LeadGen::write(generator, request);
    if (!result.ok()) {
        QTextStream(stderr) << "tradeleads-leadgen: " << result.error << "\n";
        return 1;
    }
    if (request.pageSize > 0 && result.files.size() == 1 && request.format != LeadGen::Format::SamCsv
        && result.files.constFirst() == request.out)
        QTextStream(stderr) << "tradeleads-leadgen: note: --out is a file, so all records went into one page\n";
    QTextStream(stdout) << "wrote " << request.count << " " << LeadGen::formatName(request.format) << " records, "
                        << result.files.size() << (result.files.size() == 1 ? " file, " : " files, ") << result.bytes
                        << " bytes to " << request.out << "\n";
    return 0;
}
