#pragma once

#include "ExportCommon.h"

#include <QList>

namespace LeadExport::detail {

// CSV (RFC 4180, UTF-8) as LeadFormat writes it: a header line, then a line per lead.
class CsvWriter final : public RowWriter
{
public:
    CsvWriter(QIODevice& device, QList<int> columns, bool byteOrderMark);

    Status add(const StoredLead& row) override;
    Status finish() override { return m_output.flush(); }
    qint64 written() const override { return m_rows; }

private:
    DeviceBuffer m_output;
    QList<int> m_columns;
    qint64 m_rows = 0;
};

} // namespace LeadExport::detail
