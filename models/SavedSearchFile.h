#pragma once

#include "LeadStore.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The file analysts share saved searches in:
//   {"format": "tradeleads-saved-searches", "version": 1,
//    "searches": [{"name": "...", "notify": false, "filter": { LeadFilter JSON }}]}
// Reading is strict per entry and lenient per file: an entry with an unknown field, a
// value of the wrong type or an unreadable date is reported and left out, and the valid
// entries are kept. Only a file that is not this format at all fails whole.
namespace SavedSearchFile {

inline constexpr char kFormat[] = "tradeleads-saved-searches";
inline constexpr int kVersion = 1;

struct Contents
{
    QList<SavedSearch> searches; // valid entries, in file order
    QStringList problems;        // one line per entry left out: "entry N (name): reason"
};

QByteArray write(const QList<SavedSearch>& searches);
Result<Contents> read(const QByteArray& bytes);

// Why a saved filter (LeadFilter JSON) is not one this version reads, or empty when it is.
QString filterProblem(const QJsonObject& filter);

} // namespace SavedSearchFile
