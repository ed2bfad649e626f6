// The deadline history of notice families (FamilyDeadlineHistory.h).
#include "FamilyDeadlineHistory.h"

namespace FamilyDeadlineHistory {

QString sql(FilterQuery::Dialect dialect, const QString& wanted)
{
    // The history of each family as one ordered list of deadlines: every notice's kept versions,
    // then its current content. LAG pairs each deadline with the one before it; a NULL or empty
    // one (no deadline, or a version kept before schema 4) is left out, not counted as a move.
    // Undated notices come first, as SQLite orders NULL.
    const bool postgres = dialect == FilterQuery::Dialect::Postgres;
    return QStringLiteral(R"SQL(
WITH wanted (family_id) AS (%1),
history AS (
    SELECT l.family_id, l.posted_at, l.id AS lead_id, 0 AS is_current, v.id AS step, v.deadline_at AS deadline
    FROM wanted w JOIN lead l ON l.family_id = w.family_id JOIN lead_version v ON v.lead_id = l.id
    UNION ALL
    SELECT l.family_id, l.posted_at, l.id, 1, 0, l.deadline_at
    FROM wanted w JOIN lead l ON l.family_id = w.family_id
),
changes AS (
    SELECT family_id,
           deadline <> LAG(deadline) OVER (PARTITION BY family_id ORDER BY posted_at%2, lead_id, is_current, step) AS moved
    FROM history WHERE deadline <> ''
),
moves AS (SELECT family_id, SUM(CASE WHEN moved THEN 1 ELSE 0 END) AS moves FROM changes GROUP BY family_id)
SELECT w.family_id,
       (SELECT l.id FROM lead l WHERE l.family_id = w.family_id AND l.deadline_at <> ''
        ORDER BY l.posted_at DESC%3, l.id DESC LIMIT 1) AS notice_id,
       COALESCE(m.moves, 0)
FROM wanted w LEFT JOIN moves m ON m.family_id = w.family_id
)SQL")
        .arg(wanted, postgres ? QStringLiteral(" NULLS FIRST") : QString(),
             postgres ? QStringLiteral(" NULLS LAST") : QString());
}

} // namespace FamilyDeadlineHistory
