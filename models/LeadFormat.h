#pragma once

#include "LeadStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

// How leads leave the program: canonical column values, JSON objects and CSV rows.
namespace LeadFormat {

// The exported columns: the canonical ones without `raw`.
QStringList exportColumns();

// A canonical column's value: QString for text (null QVariant when empty), double for
// values, bool for active, QJsonArray for contacts.
QVariant columnValue(const StoredLead& row, const QString& column);

QJsonObject toJson(const StoredLead& row);

// A cell that a spreadsheet would evaluate (= + - @ tab CR at the start) gets a leading
// apostrophe, so no formula from an API runs on an analyst's machine.
QString neutraliseFormula(const QString& text);

// RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
QByteArray csvField(const QString& text);
QByteArray csvHeader(const QStringList& columns);
QByteArray csvRow(const StoredLead& row, const QStringList& columns);

} // namespace LeadFormat
