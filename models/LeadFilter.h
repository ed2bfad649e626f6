#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// What an analyst asks of the cache. One value type serves the GUI, the command line and
// saved searches: the store compiles it to a query, and it round-trips through JSON. Each field
// is described once in LeadFilterFields (JSON key, chips, export description, CLI flag).
class LeadFilter
{
public:
    QString text; // FTS5 syntax; plain words are made safe by ftsQuery()
    QStringList sources;
    QStringList countries;
    QStringList industries;
    QStringList naicsPrefixes;
    QStringList setAsideCodes;
    QStringList noticeTypes;
    QStringList statuses; // pipeline status
    QStringList tags;     // the analyst's tags: a lead matches when its tags contain any of these
    QDate postedFrom;
    QDate postedTo;
    QDate dueFrom;
    QDate dueTo;
    bool openOnly = false;
    std::optional<int> dueWithinDays;
    static constexpr int kMaxDueWithinDays = 36500; // a century; a saved filter asking for more is not read
    bool starredOnly = false;
    std::optional<double> valueMin;
    std::optional<double> valueMax;
    QString firstSeenAfter; // an ISO timestamp: only leads first cached after it. Not saved in JSON
    // One row per notice family (its latest notice, when that one matches) instead of one per notice.
    bool oneRowPerFamily = false;
    QString sortColumn; // a canonical column name; empty: deadline
    bool descending = false;

    QByteArray toJson() const;
    static Result<LeadFilter> fromJson(const QByteArray& json);

    bool isEmpty() const;
    bool operator==(const LeadFilter& other) const = default;

    // Turns what a person typed into a safe FTS5 query: "quoted phrases" and prefix* stay,
    // AND/OR/NOT stay as operators between terms, every other word becomes a quoted term,
    // so no input can make the query fail. Empty when nothing searchable is left.
    static QString ftsQuery(const QString& typed);

    // The columns a sort may name, canonical names only.
    static QStringList sortableColumns();
    // The analyst's own columns among them: starred, status, notes, tags.
    static QStringList userColumns();
    QString sortKey() const; // the canonical column the sort is by
};
