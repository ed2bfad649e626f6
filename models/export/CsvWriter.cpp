#include "CsvWriter.h"

#include "LeadFormat.h"

#include <QStringList>

namespace LeadExport::detail {

CsvWriter::CsvWriter(QIODevice& device, QList<int> columns, bool byteOrderMark)
    : m_output(device), m_columns(std::move(columns))
{
    if (byteOrderMark)
        m_output.append("\xEF\xBB\xBF");
    const QStringList names = LeadFormat::allColumns();
    QStringList header;
    for (int index : std::as_const(m_columns))
        header.append(names[index]);
    m_output.append(LeadFormat::csvHeader(header));
}

Status CsvWriter::add(const StoredLead& row)
{
    m_output.append(LeadFormat::csvRow(row, m_columns));
    ++m_rows;
    return m_output.flushIfFull();
}

} // namespace LeadExport::detail
