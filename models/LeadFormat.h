#pragma once

#include "LeadStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

// How leads leave the program: canonical column values, JSON objects and CSV rows.
namespace LeadFormat {

// The exported columns: the canonical ones without `raw`.
QStringList exportColumns();

// The analyst's own columns kept beside a lead: starred, status, notes, tags.
QStringList trackingColumns();

// exportColumns() then trackingColumns(): every column an export may name.
QStringList allColumns();

// A column's position in allColumns(), or -1 when there is no such column.
int columnIndex(const QString& column);

// A column's value: QString for text (null QVariant when empty), double for values, bool
// for active and starred, QJsonArray for contacts.
QVariant columnValue(const StoredLead& row, const QString& column);
QVariant columnValue(const StoredLead& row, int index); // index into allColumns()

// The text behind a text column (empty when the lead has none), or nullptr for the typed
// columns: value_min, value_max, active, contacts, starred. Cheaper than columnValue().
const QString* columnText(const StoredLead& row, int index);

QJsonObject toJson(const StoredLead& row);
// A lead's attachments as `search --format json` carries them: name, url, size (null until
// known), stored; `tradeleads attachments` adds problem (null when none).
enum class AttachmentProblems { Left, Included };
QJsonArray attachmentsJson(const QList<Attachment>& attachments, AttachmentProblems problems = AttachmentProblems::Left);

// `search --format json`: the rows as toJson() objects, each with its attachments, in the text
// QJsonDocument::toJson(Indented) gives for that array, written straight (JsonText.h).
QByteArray jsonText(const QList<StoredLead>& rows, const QHash<qint64, QList<Attachment>>& attachmentsByLead);

// A cell that a spreadsheet would evaluate (= + - @ tab CR at the start) gets a leading
// apostrophe, so no formula from an API runs on an analyst's machine.
QString neutraliseFormula(const QString& text);

// RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
QByteArray csvField(const QString& text);
QByteArray csvHeader(const QStringList& columns);
QByteArray csvRow(const StoredLead& row, const QStringList& columns);
QByteArray csvRow(const StoredLead& row, const QList<int>& columnIndexes); // indexes into allColumns()

} // namespace LeadFormat
