#pragma once

#include "LeadFilter.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A LeadFilter compiled for a store's SQL: its conditions on `lead l` and `lead_user u`, the
// values they bind in order, the sort, and what the query needs of the schema. Built from the
// filter's fields, never from SQL text: callers ask it what it reads. The two dialects differ
// only where the engines do: the keyword index, the blank-last sort, case-insensitive
// comparison and LIKE.
class FilterQuery
{
public:
    enum class Dialect { Sqlite, Postgres };

    // How a keyword reaches the leads. Lookup: the matches are read by id, best when they
    // are few. Scan: an index in the requested order is walked and each lead is checked
    // against the matches, best when they are many (a lookup per match is a random read).
    // Probe: the same walk, each lead looked up in the keyword index on its own, so the
    // matches are never gathered: best for the first rows of a word most leads hold (the
    // walk then ends after a few hundred leads), and only for a walk that stops early.
    enum class KeywordPlan { Lookup, Scan, Probe };

    // `today` anchors "open" and "due within N days". `rowsWanted` is how many rows the
    // caller reads (-1: all of them, or a count); it decides how one row per family is found.
    static FilterQuery compile(const LeadFilter& filter, const QDate& today,
                               KeywordPlan keywordPlan = KeywordPlan::Lookup, int rowsWanted = -1,
                               Dialect dialect = Dialect::Sqlite);
    // The sorts an index serves (lead_sort_<column>): blank values last, ties by deadline,
    // source, active and id. Listing such a sort reads the leads with a value and then the
    // blank ones, each an index walk in the index's order: this is one of those two parts.
    static FilterQuery compileSortedPart(const LeadFilter& filter, const QDate& today, KeywordPlan keywordPlan,
                                         bool blankPart, int rowsWanted = -1, Dialect dialect = Dialect::Sqlite);
    static bool hasSortIndex(const QString& column);
    // Where the analyst's tracking is read: the table, or on a team server the view that merges
    // the team's pipeline into it.
    static QString trackingTable(Dialect dialect);
    // `text` as a LIKE pattern that finds it anywhere, its wildcards taken literally (ESCAPE '\\').
    static QString containsPattern(const QString& text);
    static QString placeholders(qsizetype count); // "?, ?, ?"
    // Codes that start with any of `prefixes`. RangeScan writes each digit prefix as a range
    // the NAICS index serves ("2362" is ">= '2362' AND < '2363'"), for a query the codes should
    // drive; otherwise the index is left to the sort.
    enum class PrefixPlan { Check, RangeScan };
    static QString naicsPrefixCondition(const QStringList& prefixes, PrefixPlan plan, QVariantList& bound);
    // The id of the newest notice of the family `familyId` names: it stands for its family.
    static QString latestOfFamily(const QString& familyId);

    QString where() const; // " WHERE ..." or empty
    const QString& orderBy() const { return m_orderBy; } // " ORDER BY ..." or empty
    const QVariantList& bindings() const { return m_bindings; }
    // " FROM lead l", joined to lead_user only when the sort reads it: with the join SQLite no
    // longer treats a sort index as covering. Conditions on tracking are subqueries.
    QString from() const;
    // The same for the conditions alone, for a count or a tally that has no sort: " FROM lead l".
    QString conditionsFrom() const;
    // Whether every condition reads only these lead columns (all of them: an index holding them covers the filter).
    bool readsOnly(const QStringList& leadColumns) const;

    // " AND condition" on lead columns, with its values.
    void addCondition(const QString& condition, const QStringList& leadColumns, const QVariantList& values = {});

private:
    // A condition on the analyst's tracking (lead_user, as `t`), met by every notice of a family.
    void addTrackingCondition(const QString& condition, const QVariantList& values = {});
    void compileSort(const LeadFilter& filter);
    // "l.x COLLATE NOCASE" in SQLite, "lower(l.x)" in PostgreSQL, for a comparison with lowered().
    QString caseFolded(const QString& column) const;
    QString lowered(const QString& placeholder) const;
    QString like() const; // ASCII-case-insensitive LIKE in SQLite; ILIKE in PostgreSQL

    Dialect m_dialect = Dialect::Sqlite;

    QStringList m_conditions;
    QVariantList m_bindings;
    QString m_orderBy;
    QSet<QString> m_leadColumns;
    bool m_sortReadsUserData = false;
};
