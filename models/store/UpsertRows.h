#pragma once

// The text the lead upsert binds, encoded ahead of the statement: UTF-8 of every text field,
// the contacts as compact JSON and the content hash. A large upsert encodes its next rows on a
// second thread while SQLite stores the previous ones (a quarter of the writer's time was
// this encoding).

#include "Lead.h"

#include <QByteArray>
#include <QList>

#include <array>

struct UpsertRow
{
    // The upsert's text parameters, in the order of UpsertRows::kTextParameters; empty is NULL.
    std::array<QByteArray, 25> text;
};

namespace UpsertRows {

// The upsert's parameter number of each entry of UpsertRow::text.
extern const std::array<int, 25> kTextParameters;

// The rows of leads [from, to).
QList<UpsertRow> encode(const QList<Lead>& leads, qsizetype from, qsizetype to);

} // namespace UpsertRows
