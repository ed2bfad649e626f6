#pragma once

#include "ExportCommon.h"
#include "LeadExport.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <xlsxwriter.h>

#include <string>

namespace LeadExport::detail {

// XLSX through libxlsxwriter in constant-memory mode: a "Leads" sheet with typed cells (dates,
// numbers, booleans, links) and an "Export" sheet that says what was exported and how.
// libxlsxwriter writes to a file name, so the pipeline hands it a part file.
class XlsxWriter final : public RowWriter
{
public:
    XlsxWriter(QString partPath, QList<int> columns, const Options& options, qint64 expectedRows);
    ~XlsxWriter() override { discard(); }

    Status open();
    Status add(const StoredLead& row) override;
    Status finish() override;
    qint64 written() const override { return m_rows; }

    // Whether every row so far reached the sheets' temporary files (constant-memory mode).
    Status checkSheetFiles();

    // Drops an unfinished workbook without assembling it (a cancelled export of a million
    // rows should not spend a minute compressing what nobody will read).
    void discard();

private:
    enum class CellKind { Text, Moment, Number, Count, Boolean, Link, Json };

    static CellKind cellKind(const QString& column);

    // Text as a string cell (never a formula): the control characters XML cannot hold
    // dropped, line breaks as LF (a CR would not survive XML's line-end handling), neutralised
    // as LeadFormat::neutraliseFormula does, and cut to Excel's limit. This runs for every
    // cell, so it encodes UTF-8 itself into one reused buffer.
    const char* cellText(QStringView text);
    Status writeText(lxw_row_t r, lxw_col_t c, QStringView text);
    Status cellError(lxw_row_t r, lxw_col_t c, lxw_error error) const;
    Status writeCell(lxw_row_t r, lxw_col_t c, const StoredLead& row);
    void noteWidth(lxw_col_t c, qsizetype chars);

    // The second sheet: what was exported, from where, when and how.
    Status writeExportSheet();
    QStringList describeFilter() const;

    QString m_partPath;
    QList<int> m_columns;
    QStringList m_names;
    QList<CellKind> m_kinds;
    QList<int> m_widths;
    Options m_options;
    QByteArray m_filterJson;
    qint64 m_expectedRows;
    QByteArray m_tmpdir;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_worksheet* m_info = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_dateFormat = nullptr;
    lxw_format* m_timeFormat = nullptr;
    lxw_format* m_numberFormat = nullptr;
    lxw_format* m_wrapFormat = nullptr;
    qint64 m_rows = 0;
    qint64 m_links = 0;
    bool m_linksAsText = false;
    qint64 m_truncated = 0;
    QSet<QString> m_sources;
    std::string m_utf8;
};

} // namespace LeadExport::detail
