#include "CliCommands.h"

#include "Clock.h"
#include "FilterFlags.h"
#include "LeadExport.h"
#include "LeadFormat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <optional>
#include <cstdio>

namespace Cli {

namespace {

QString elide(const QString& text, int width)
{
    QString single = text.simplified();
    if (single.size() <= width)
        return single.leftJustified(width);
    return single.left(width - 1) + QChar(0x2026);
}

QByteArray tableOf(const QList<StoredLead>& rows)
{
    const QStringList headers { Messages::tr("DEADLINE"), Messages::tr("SOURCE"), Messages::tr("CC"),
        Messages::tr("ID"), Messages::tr("TITLE"), Messages::tr("AGENCY") };
    // A translated header may be longer than the column's values; the column widens to hold it.
    const int widths[] = { 20, 11, 2, 16, 50 };
    auto width = [&](int column) { return std::max(widths[column], int(headers[column].size())); };
    QByteArray out;
    auto line = [&](const QString& deadline, const QString& source, const QString& country, const QString& id,
                    const QString& title, const QString& agency) {
        const QString text = QStringLiteral("%1  %2  %3  %4  %5  %6")
                                 .arg(elide(deadline, width(0)), elide(source, width(1)), elide(country, width(2)),
                                     elide(id, width(3)), elide(title, width(4)), agency.simplified().left(40));
        qsizetype end = text.size(); // trailing padding goes; leading keeps an empty deadline's column
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        out += text.left(end).toUtf8() + '\n';
    };
    line(headers[0], headers[1], headers[2], headers[3], headers[4], headers[5]);
    for (const StoredLead& row : rows)
        line(row.lead.deadlineAt, row.lead.source, row.lead.country, row.lead.sourceId, row.lead.title,
             row.lead.agency);
    return out;
}

} // namespace

int runSearch(const Invocation& invocation)
{
    QCommandLineParser parser;
    addSearchOptions(parser);
    if (int code = parse(parser, invocation, Messages::tr("Searches the cache.")); code >= 0)
        return code;

    const QString format = chosenFormat(parser, invocation,
                                        { QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                                          QStringLiteral("xlsx"), QStringLiteral("ics") });
    if (format.isEmpty())
        return kExitUsage;
    const auto exportFormat = LeadExport::formatFromName(format);
    const bool toFile = parser.isSet(QStringLiteral("out"));
    if (exportFormat && *exportFormat != LeadExport::Format::Csv && !toFile)
        return usage(invocation.subcommand, Messages::tr("--format %1 needs --out FILE").arg(format));
    if (parser.isSet(QStringLiteral("bom")) && exportFormat != LeadExport::Format::Csv)
        return usage(invocation.subcommand, Messages::tr("--bom goes with --format csv only"));
    int limit = 100;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usage(invocation.subcommand,
                Messages::tr("--limit takes a whole number, not \"%1\"").arg(parser.value(QStringLiteral("limit"))));
    }
    const auto sortColumn = sortColumnFrom(parser);
    if (!sortColumn)
        return usage(invocation.subcommand, sortColumn.errorMessage());

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());

    LeadFilter base;
    if (parser.isSet(QStringLiteral("saved"))) {
        auto saved = (*store)->savedSearch(parser.value(QStringLiteral("saved")));
        if (!saved)
            return failure(invocation.subcommand, saved.errorMessage());
        auto filter = saved->usableFilter();
        if (!filter)
            return failure(invocation.subcommand, filter.errorMessage());
        base = *filter;
    }
    auto filter = searchFilterFrom(parser, base, *sortColumn);
    if (!filter)
        return usage(invocation.subcommand, filter.errorMessage());

    // --like: the open leads most like one lead, best first, among those the flags match.
    std::optional<QList<StoredLead>> similar;
    if (parser.isSet(QStringLiteral("like"))) {
        const QString like = parser.value(QStringLiteral("like"));
        const qsizetype colon = like.indexOf(u':');
        if (colon <= 0 || colon == like.size() - 1)
            return usage(invocation.subcommand,
                Messages::tr("--like takes SOURCE:ID, such as sam:%1, not \"%2\"")
                    .arg(QStringLiteral("5e1d5c1a0f2b4c3e8d9a7b6c5d4e3f2a"), like));
        auto lead = (*store)->lead(like.left(colon), like.mid(colon + 1));
        if (!lead)
            return failure(invocation.subcommand, lead.errorMessage());
        LeadFilter candidates = *filter;
        candidates.openOnly = true;
        auto found = (*store)->similarLeads(lead->id, candidates, Clock::today(),
                                            parser.isSet(QStringLiteral("limit")) ? limit : 20);
        if (!found)
            return failure(invocation.subcommand, found.errorMessage());
        similar = std::move(*found);
    }

    if (exportFormat) {
        // CSV, XLSX and ICS stream from the cache in chunks, the canonical columns followed by
        // the analyst's own (starred, status, notes, tags).
        LeadExport::Options options;
        options.format = *exportFormat;
        options.columns = LeadFormat::allColumns();
        options.csvByteOrderMark = parser.isSet(QStringLiteral("bom"));
        options.filterJson = filter->toJson();
        ProgressBar bar(QStringLiteral("export"));
        options.progress = [&bar](qint64 done, qint64 total) {
            bar.update(done, total, done);
            return true;
        };
        const QString out = parser.value(QStringLiteral("out"));
        Result<qint64> written = qint64(0);
        if (similar) {
            QList<qint64> ids;
            for (const StoredLead& row : *similar)
                ids.append(row.id);
            QFile standardOutput;
            if (toFile)
                written = LeadExport::write(**store, ids, out, options);
            else if (!standardOutput.open(stdout, QIODevice::WriteOnly))
                return failure(invocation.subcommand, standardOutput.errorString());
            else
                written = LeadExport::write(**store, ids, standardOutput, options);
        } else if (toFile) {
            written = LeadExport::write(**store, *filter, Clock::today(), limit, out, options);
        } else {
            auto ids = (*store)->ids(*filter, Clock::today(), limit);
            if (!ids)
                return failure(invocation.subcommand, ids.errorMessage());
            QFile standardOutput;
            if (!standardOutput.open(stdout, QIODevice::WriteOnly))
                return failure(invocation.subcommand, standardOutput.errorString());
            written = LeadExport::write(**store, *ids, standardOutput, options);
        }
        bar.finish();
        if (!written)
            return failure(invocation.subcommand, written.errorMessage());
        return kExitOk;
    }

    auto rows = similar ? Result<QList<StoredLead>>(*similar) : (*store)->search(*filter, limit, Clock::today(), LeadStore::Detail::Texts);
    if (!rows)
        return failure(invocation.subcommand, rows.errorMessage());

    QByteArray output;
    if (format == QLatin1String("json")) {
        QList<qint64> ids;
        for (const StoredLead& row : *rows)
            ids.append(row.id);
        auto attachments = (*store)->attachments(ids);
        if (!attachments)
            return failure(invocation.subcommand, attachments.errorMessage());
        QHash<qint64, QList<Attachment>> byLead;
        for (const Attachment& attachment : std::as_const(*attachments))
            byLead[attachment.leadId].append(attachment);
        output = LeadFormat::jsonText(*rows, byLead);
    } else {
        output = tableOf(*rows);
    }

    if (parser.isSet(QStringLiteral("out"))) {
        // QSaveFile: a failed write never leaves a half-written file at the target.
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
            return failure(invocation.subcommand,
                Messages::tr("cannot write %1: %2").arg(parser.value(QStringLiteral("out")), file.errorString()));
        return kExitOk;
    }
    printOut(output);
    return kExitOk;
}

} // namespace Cli
