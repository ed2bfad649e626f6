#include "StoredRecordParser.h"

#include "CanadaCsvParser.h"
#include "ItaDatasetParser.h"
#include "ItaJsonParser.h"
#include "SamCsvReader.h"
#include "SamCsvRows.h"
#include "SamJsonParser.h"
#include "SourceCatalogue.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(StoredRecordParser)
};

// A record parsed as a page of one: its lead, or why there is none.
Result<Lead> onlyLead(const Result<ParsedPage>& page)
{
    if (!page)
        return page.error();
    if (page->leads.isEmpty()) {
        return Error { page->errors.isEmpty() ? Messages::tr("the record holds no lead")
                                              : page->errors.first().reason };
    }
    return page->leads.first();
}

// SAM.gov's bulk CSV keeps a row as {"Header": "value", ...}: it goes back through the CSV reader.
Result<Lead> samCsvRow(const QByteArray& raw)
{
    auto csv = SamCsvRows::toCsv('[' + raw + ']');
    if (!csv)
        return csv.error();
    QBuffer buffer(&*csv);
    buffer.open(QIODevice::ReadOnly);
    SamCsvReader reader(buffer);
    if (const Status header = reader.readHeader(); !header)
        return header.error();
    ParsedPage page;
    reader.readBatch(1, page);
    return onlyLead(page);
}

void appendCsvField(QByteArray& csv, const QString& text)
{
    csv += '"';
    csv += text.toUtf8().replace('"', "\"\"");
    csv += '"';
}

// buyandsell.gc.ca's CSV keeps a notice as its row {"header": "value", ...}, the French row
// under "french": the rows go back through the CSV parser, which pairs them again.
Result<Lead> canadaCsvRows(const QJsonObject& record)
{
    QJsonObject row = record;
    row.remove(QStringLiteral("french"));
    const QJsonObject french = record.value(QStringLiteral("french")).toObject();
    // The parser wants both columns, and the row leaves out the empty ones.
    QStringList header { QStringLiteral("reference_number"), QStringLiteral("title") };
    for (const QJsonObject& fields : { row, french }) {
        for (const QString& name : fields.keys()) {
            if (!header.contains(name))
                header.append(name);
        }
    }
    QByteArray csv;
    const auto appendRow = [&](const QJsonObject& fields) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (i > 0)
                csv += ',';
            appendCsvField(csv, fields.value(header.at(i)).toString());
        }
        csv += '\n';
    };
    QJsonObject names;
    for (const QString& name : std::as_const(header))
        names.insert(name, name);
    appendRow(names);
    appendRow(row);
    if (!french.isEmpty())
        appendRow(french);
    return onlyLead(CanadaCsvParser::parse(csv));
}

Result<Lead> leadFrom(const QString& source, const QByteArray& raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError)
        return Error { Messages::tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset) };
    if (!document.isObject())
        return Error { Messages::tr("not a JSON object") };
    const QJsonObject record = document.object();

    if (source == QLatin1String("sam")) {
        // The API's records name it "noticeId"; the bulk CSV's column is "NoticeId".
        if (record.contains(QStringLiteral("noticeId")))
            return SamJsonParser::leadFromRecord(record);
        return samCsvRow(raw);
    }
    if (SourceCatalogue::itaDatasetSources().contains(source))
        return onlyLead(ItaDatasetParser::parse('[' + raw + ']', source));
    if (source.startsWith(QLatin1String("ita-"))) {
        auto lead = ItaJsonParser::leadFromRecord(record);
        // The API's records name their source; buyandsell's CSV rows do not, so the API's
        // reading files them under another one.
        if (source == QLatin1String("ita-canada") && (!lead || lead->source != source))
            return canadaCsvRows(record);
        return lead;
    }
    return Error { Messages::tr("no parser reads records of this source") };
}

} // namespace

namespace StoredRecordParser {

Result<Lead> parse(const QString& source, const QByteArray& raw)
{
    const QString stored = SourceCatalogue::storedSource(source);
    auto lead = leadFrom(stored, raw);
    if (!lead)
        return Error { Messages::tr("The kept %1 record cannot be read: %2").arg(stored, lead.errorMessage()) };
    // The record as kept, not as the parser writes it again (the CSV reader orders columns anew).
    lead->raw = raw;
    return lead;
}

} // namespace StoredRecordParser
