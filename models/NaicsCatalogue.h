#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// NAICS industries in words: the title of a code and its place in the hierarchy (sector,
// subsector, industry group, NAICS industry, national industry), from the Census Bureau's
// 2017 descriptions (resources/naics, written by scripts/make-naics-table.py). A code the
// table lacks (a newer edition's, a typo in a record) is shown as the code alone.
namespace NaicsCatalogue {

enum class Level { Sector = 2, Subsector = 3, IndustryGroup = 4, Industry = 5, NationalIndustry = 6 };

struct Entry
{
    QString code;  // as the Census writes it: "236220", sectors that span codes as "31-33"
    QString title; // empty when the table lacks the code
    Level level = Level::Sector;
};

// A node of the industry tree the facets show: a known code with the leads under it.
struct Node
{
    Entry entry;
    QStringList prefixes; // what a filter takes for it: "23"; "31", "32", "33" for "31-33"
    qint64 count = 0;     // leads whose code starts with it
    QList<Node> children; // the next level down, the largest count first
};

QString edition(); // "NAICS 2017"
QString title(const QString& code); // empty when unknown
QString label(const QString& code); // "236220 Commercial and Institutional Building Construction", or the code
// Sector first, down to the code itself; the levels the table knows. Empty for a code that
// is no NAICS code (not 2 to 6 digits).
QList<Entry> path(const QString& code);
// Counts per code (as leads carry them) rolled up into the tree: every count lands on each of
// its known ancestors; a code the table lacks hangs under its nearest known ancestor, or at
// the top when even its sector is unknown. Empty codes are left out.
QList<Node> tree(const QHash<QString, qint64>& countsByCode);

} // namespace NaicsCatalogue
