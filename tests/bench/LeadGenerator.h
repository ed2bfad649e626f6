#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Deterministic, realistic leads in the shapes the real services send: SAM.gov Get
// Opportunities pages, the SAM.gov bulk "Contract Opportunities" CSV and ITA Trade Leads
// pages. Record i depends only on (seed, anchor, i), never on paging, so a fake API server
// can produce any record or page on demand and a benchmark can write a million rows
// without holding them. Qt Core only: no dependency on the application's models.
namespace LeadGen {

enum class Format { SamJson, ItaJson, SamCsv };

std::optional<Format> formatFromName(QStringView name); // "sam-json", "ita-json", "sam-csv"
QString formatName(Format format);

// The ITA Trade Leads sources the generator writes, each with its own field set.
enum class ItaSource { State, Canada, Uk, Fbo, Australia };
QByteArray itaSourceCode(ItaSource source); // "STATE", "CANADA", "UK", "FBO", "AUSTRALIA"

class LeadGenerator final
{
public:
    explicit LeadGenerator(quint64 seed = 1, QDate anchor = defaultAnchor());

    static QDate defaultAnchor(); // 2026-01-01

    quint64 seed() const { return m_seed; }
    QDate anchor() const { return m_anchor; }

    // One SAM opportunity. The same index gives the same notice in JSON and in the CSV,
    // so a notice read from both is one lead.
    QByteArray samNoticeId(qint64 index) const;
    QByteArray samRecordJson(qint64 index) const; // compact JSON object, UTF-8

    static QByteArray samCsvHeader(); // the header row, CRLF-terminated
    QByteArray samCsvRow(qint64 index) const; // one RFC 4180 record, CRLF-terminated

    // One ITA Trade Leads record; the source is drawn from the index unless forced.
    ItaSource itaSource(qint64 index) const;
    QByteArray itaRecordJson(qint64 index) const;
    QByteArray itaRecordJson(qint64 index, ItaSource source) const;

    // Whole response pages for records [firstIndex, firstIndex + count). SAM echoes
    // `offset` as the page index, ITA as the record offset (as each API documents).
    QByteArray samPage(qint64 firstIndex, qint64 count, qint64 totalRecords, qint64 limit, qint64 offset) const;
    QByteArray itaPage(qint64 firstIndex, qint64 count, qint64 total, qint64 offset) const;

private:
    quint64 m_seed;
    QDate m_anchor;
};

struct WriteRequest
{
    Format format = Format::SamJson;
    qint64 count = 0;
    qint64 startIndex = 0;
    qint64 pageSize = 0; // 0: 1000 for sam-json, 100 for ita-json (only used for a directory)
    QString out; // a file; an existing directory, or a path ending in '/', for pages
};

struct WriteResult
{
    QString error; // empty on success
    QStringList files;
    qint64 bytes = 0;
    bool ok() const { return error.isEmpty(); }
};

// Streams the records to disk: memory stays bounded by one page (JSON) or one row (CSV).
WriteResult write(const LeadGenerator& generator, const WriteRequest& request);

} // namespace LeadGen
