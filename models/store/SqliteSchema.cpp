// SqliteLeadStore's schema: every migration from the first, in order.
#include "SqliteLeadStorePrivate.h"

#include <QScopeGuard>
#include <QSet>

#include <algorithm>

namespace {

// lead_tally counted afresh from the leads (the migration that makes it, the end of a bulk load).
// One GROUP BY per counted column, each over lead_browse, which holds every column they read.
#define LEAD_TALLY_REBUILD \
    "DELETE FROM lead_tally;\n" \
    "INSERT INTO lead_tally (facet, value, source, day, active, leads)\n" \
    "SELECT 'country', COALESCE(country, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5\nUNION ALL\n" \
    "SELECT 'set_aside_code', COALESCE(set_aside_code, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5\nUNION ALL\n" \
    "SELECT 'notice_type', COALESCE(notice_type, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5\nUNION ALL\n" \
    "SELECT 'industry', COALESCE(industry, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5\nUNION ALL\n" \
    "SELECT 'naics_code', COALESCE(naics_code, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5;\n"

// Each entry brings the schema from version N to N+1; entries are never edited once released.
const char* const kMigrations[] = {
    // 0 -> 1: the whole first schema.
    R"SQL(
CREATE TABLE lead (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    title TEXT,
    notice_type TEXT,
    solicitation_number TEXT,
    agency TEXT,
    sub_tier TEXT,
    office TEXT,
    country TEXT,
    location TEXT,
    industry TEXT,
    naics_code TEXT,
    classification_code TEXT,
    set_aside_code TEXT,
    set_aside TEXT,
    posted_at TEXT,
    deadline_at TEXT,
    amended_at TEXT,
    value_min REAL,
    value_max REAL,
    currency TEXT,
    active INTEGER,
    url TEXT,
    description_url TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    -- The large columns last: a row's small columns are then read without its overflow pages.
    contacts TEXT,
    description TEXT,
    raw TEXT,
    UNIQUE (source, source_id)
);
CREATE INDEX lead_deadline ON lead (deadline_at);
-- Soonest first with undated leads last (a blob sorts after every date), covering the
-- columns the default "open" list filters on: the first screen of a million leads is one range scan.
CREATE INDEX lead_deadline_open ON lead (COALESCE(deadline_at, x''), source, active);
CREATE INDEX lead_posted ON lead (posted_at);
-- Narrow enough to scan a million rows for facets and counts without touching the rows.
CREATE INDEX lead_browse ON lead (source, country, set_aside_code, notice_type, deadline_at, active, industry);

CREATE VIRTUAL TABLE lead_fts USING fts5 (
    title, description, agency, location, solicitation_number,
    content = 'lead', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER lead_fts_insert AFTER INSERT ON lead BEGIN
    INSERT INTO lead_fts (rowid, title, description, agency, location, solicitation_number)
    VALUES (new.id, new.title, new.description, new.agency, new.location, new.solicitation_number);
END;
CREATE TRIGGER lead_fts_delete AFTER DELETE ON lead BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, title, description, agency, location, solicitation_number)
    VALUES ('delete', old.id, old.title, old.description, old.agency, old.location, old.solicitation_number);
END;
CREATE TRIGGER lead_fts_update AFTER UPDATE OF title, description, agency, location, solicitation_number ON lead BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, title, description, agency, location, solicitation_number)
    VALUES ('delete', old.id, old.title, old.description, old.agency, old.location, old.solicitation_number);
    INSERT INTO lead_fts (rowid, title, description, agency, location, solicitation_number)
    VALUES (new.id, new.title, new.description, new.agency, new.location, new.solicitation_number);
END;

CREATE TABLE lead_version (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    raw TEXT,
    content_hash TEXT,
    replaced_at TEXT NOT NULL
);
CREATE INDEX lead_version_lead ON lead_version (lead_id);
-- The previous record is kept whenever a source changes a lead's content (an amendment).
CREATE TRIGGER lead_keep_version BEFORE UPDATE OF content_hash ON lead
WHEN old.content_hash <> new.content_hash BEGIN
    INSERT INTO lead_version (lead_id, raw, content_hash, replaced_at)
    VALUES (old.id, old.raw, old.content_hash, new.last_seen_at);
END;

-- User data is keyed by (source, source_id), not by lead row, so sync can never overwrite it.
CREATE TABLE lead_user (
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    notes TEXT,
    tags TEXT,
    seen_at TEXT,
    updated_at TEXT,
    PRIMARY KEY (source, source_id)
);

CREATE TABLE saved_search (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL,
    notify INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_viewed_at TEXT,
    last_count INTEGER
);

CREATE TABLE sync_run (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    outcome TEXT,
    error TEXT
);

CREATE TABLE sync_state (
    source TEXT PRIMARY KEY,
    high_water TEXT,
    cursor TEXT,
    updated_at TEXT
);

CREATE TABLE cache_info (
    key TEXT PRIMARY KEY,
    value TEXT
);
)SQL",
    // 1 -> 2: an index per column the table sorts by, ordered as LeadFilter sorts (the column,
    // then deadline, source, active, id) and holding what the "open" list filters on, so
    // the first screen of a million leads sorted by any of them is one index walk.
    R"SQL(
CREATE INDEX lead_sort_title ON lead (title, deadline_at, source, active);
CREATE INDEX lead_sort_agency ON lead (agency, deadline_at, source, active);
CREATE INDEX lead_sort_country ON lead (country, deadline_at, source, active);
CREATE INDEX lead_sort_notice_type ON lead (notice_type, deadline_at, source, active);
CREATE INDEX lead_sort_set_aside_code ON lead (set_aside_code, deadline_at, source, active);
CREATE INDEX lead_sort_naics_code ON lead (naics_code, deadline_at, source, active);
CREATE INDEX lead_sort_value_max ON lead (value_max, deadline_at, source, active);
CREATE INDEX lead_sort_source ON lead (source, deadline_at, active);
DROP INDEX lead_posted;
CREATE INDEX lead_sort_posted_at ON lead (posted_at, deadline_at, source, active);
)SQL",
    // 2 -> 3: notice families. Notices that share a solicitation number within one office are
    // one family (presolicitation, solicitation, amendments, award); ITA's AusTender
    // amendments name their parent. Computed from the row itself, so every writer (row, bulk,
    // an older cache being upgraded) agrees without a step of its own. Solicitation numbers
    // are compared without case, spaces, dots, dashes or underscores ("SPRDL1-25-R-0001" is
    // "SPRDL125R0001"). Anything else is a family of its own.
    R"SQL(
ALTER TABLE lead ADD COLUMN family_id TEXT GENERATED ALWAYS AS (
    CASE
    WHEN source = 'sam' AND trim(COALESCE(solicitation_number, '')) <> '' THEN
        'sam|' || upper(trim(COALESCE(NULLIF(trim(office), ''), NULLIF(trim(sub_tier), ''), agency, ''))) || '|'
        || upper(replace(replace(replace(replace(trim(solicitation_number), '-', ''), ' ', ''), '.', ''), '_', ''))
    WHEN source = 'ita-australia' AND json_valid(raw) AND trim(COALESCE(json_extract(raw, '$.parent_id'), '')) <> '' THEN
        source || '|' || trim(json_extract(raw, '$.parent_id'))
    ELSE source || '|' || source_id
    END) VIRTUAL;
CREATE INDEX lead_family ON lead (family_id, posted_at);
)SQL",
    // 3 -> 4: the analyst's tracking belongs to the notice family, so a star set on the
    // presolicitation is on the award too. source and source_id name the notice it was set
    // on (a backup restored before sync has no leads to find the family from). Where two
    // notices of one family were tracked apart, they merge: starred if either was, the later
    // status, both notes and both tag lists. Earlier versions keep their deadline, so an
    // export can tell how often a family's deadline moved.
    R"SQL(
CREATE TABLE lead_tracking (
    family_id TEXT NOT NULL PRIMARY KEY,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    notes TEXT,
    tags TEXT,
    seen_at TEXT,
    updated_at TEXT
);
INSERT INTO lead_tracking (family_id, source, source_id, starred, status, notes, tags, seen_at, updated_at)
SELECT COALESCE((SELECT l.family_id FROM lead l WHERE l.source = u.source AND l.source_id = u.source_id),
                u.source || '|' || u.source_id),
       u.source, u.source_id, u.starred, u.status, u.notes, u.tags, u.seen_at, u.updated_at
FROM lead_user u WHERE true ORDER BY u.updated_at, u.source, u.source_id
ON CONFLICT (family_id) DO UPDATE SET
    starred = max(starred, excluded.starred),
    status = COALESCE(excluded.status, status),
    notes = CASE WHEN excluded.notes IS NULL OR excluded.notes = notes THEN notes
                 WHEN notes IS NULL THEN excluded.notes ELSE notes || char(10) || char(10) || excluded.notes END,
    tags = CASE WHEN excluded.tags IS NULL OR excluded.tags = tags THEN tags
                WHEN tags IS NULL THEN excluded.tags ELSE tags || ', ' || excluded.tags END,
    seen_at = COALESCE(max(seen_at, excluded.seen_at), seen_at, excluded.seen_at),
    updated_at = COALESCE(excluded.updated_at, updated_at);
DROP TABLE lead_user;
ALTER TABLE lead_tracking RENAME TO lead_user;
-- Tracking set before its notice was cached (restored from a backup, set by a script) names
-- the notice alone; the notice, when it comes, takes it into its family.
CREATE TRIGGER lead_adopts_tracking AFTER INSERT ON lead
WHEN new.family_id <> new.source || '|' || new.source_id
BEGIN
    UPDATE OR IGNORE lead_user SET family_id = new.family_id WHERE family_id = new.source || '|' || new.source_id;
END;
-- A notice whose family changes (its office renamed, a solicitation number added) takes the
-- tracking along when it was the family's last notice.
CREATE TRIGGER lead_family_moves AFTER UPDATE ON lead
WHEN old.family_id IS NOT new.family_id AND NOT EXISTS (SELECT 1 FROM lead o WHERE o.family_id = old.family_id)
BEGIN
    UPDATE OR IGNORE lead_user SET family_id = new.family_id WHERE family_id = old.family_id;
END;
ALTER TABLE lead_version ADD COLUMN deadline_at TEXT;
DROP TRIGGER lead_keep_version;
CREATE TRIGGER lead_keep_version BEFORE UPDATE OF content_hash ON lead
WHEN old.content_hash <> new.content_hash BEGIN
    INSERT INTO lead_version (lead_id, raw, content_hash, replaced_at, deadline_at)
    VALUES (old.id, old.raw, old.content_hash, new.last_seen_at, old.deadline_at);
END;
)SQL",
    // 4 -> 5: what the cache knows. The facets count NAICS codes from lead_browse alone, so
    // the industry hierarchy of a million leads is read without their rows. Award notices
    // name the awardee, amount, date and award number, read from the record as SAM.gov sent
    // it (the API's award object; the bulk CSV's Awardee, Award$, AwardDate and AwardNumber),
    // with indexes over the award notices alone for the award history: the row path checks
    // only the notice type of the others. The indexes hold every value the history filters
    // and ranks by, so ranking a large agency's awardees reads no record.
    R"SQL(
DROP INDEX lead_browse;
CREATE INDEX lead_browse ON lead (source, country, set_aside_code, notice_type, deadline_at, active, industry, naics_code);
ALTER TABLE lead ADD COLUMN award_awardee TEXT GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        NULLIF(trim(COALESCE(json_extract(raw, '$.award.awardee.name'), json_extract(raw, '$.Awardee'), '')), '')
    END) VIRTUAL;
ALTER TABLE lead ADD COLUMN award_amount REAL GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        CAST(NULLIF(trim(COALESCE(json_extract(raw, '$.award.amount'), json_extract(raw, '$."Award$"'), '')), '') AS REAL)
    END) VIRTUAL;
ALTER TABLE lead ADD COLUMN award_date TEXT GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        NULLIF(substr(trim(COALESCE(json_extract(raw, '$.award.date'), json_extract(raw, '$.AwardDate'), '')), 1, 10), '')
    END) VIRTUAL;
ALTER TABLE lead ADD COLUMN award_number TEXT GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        NULLIF(trim(COALESCE(json_extract(raw, '$.award.number'), json_extract(raw, '$.AwardNumber'), '')), '')
    END) VIRTUAL;
CREATE INDEX lead_award_agency ON lead (agency, award_date, sub_tier, office, naics_code, award_awardee, award_amount)
    WHERE notice_type = 'Award Notice';
CREATE INDEX lead_award_naics ON lead (naics_code, award_date, agency, sub_tier, office, award_awardee, award_amount)
    WHERE notice_type = 'Award Notice';
CREATE INDEX lead_award_solicitation ON lead (solicitation_number) WHERE notice_type = 'Award Notice';
)SQL",
    // 5 -> 6: the family is stored with the row, not computed at each read: an index that
    // holds family_id then answers for it (SQLite reads a row for a virtual column even where
    // an index holds its value). Trying a NAICS search on the past reads lead_sort_naics_code
    // alone, and the latest notice of each family comes from lead_family alone. SQLite adds
    // stored columns only to a new table, so the leads move to one; the store's migration step
    // puts back the indexes and triggers the old table had (SqliteLeadStore::Private::migrate).
    R"SQL(
CREATE TABLE lead_rebuilt (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    title TEXT,
    notice_type TEXT,
    solicitation_number TEXT,
    agency TEXT,
    sub_tier TEXT,
    office TEXT,
    country TEXT,
    location TEXT,
    industry TEXT,
    naics_code TEXT,
    classification_code TEXT,
    set_aside_code TEXT,
    set_aside TEXT,
    posted_at TEXT,
    deadline_at TEXT,
    amended_at TEXT,
    value_min REAL,
    value_max REAL,
    currency TEXT,
    active INTEGER,
    url TEXT,
    description_url TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    -- Before the large columns: read without their overflow pages.
    family_id TEXT GENERATED ALWAYS AS (
    CASE
    WHEN source = 'sam' AND trim(COALESCE(solicitation_number, '')) <> '' THEN
        'sam|' || upper(trim(COALESCE(NULLIF(trim(office), ''), NULLIF(trim(sub_tier), ''), agency, ''))) || '|'
        || upper(replace(replace(replace(replace(trim(solicitation_number), '-', ''), ' ', ''), '.', ''), '_', ''))
    WHEN source = 'ita-australia' AND json_valid(raw) AND trim(COALESCE(json_extract(raw, '$.parent_id'), '')) <> '' THEN
        source || '|' || trim(json_extract(raw, '$.parent_id'))
    ELSE source || '|' || source_id
    END) STORED,
    contacts TEXT,
    description TEXT,
    raw TEXT,
    award_awardee TEXT GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        NULLIF(trim(COALESCE(json_extract(raw, '$.award.awardee.name'), json_extract(raw, '$.Awardee'), '')), '')
    END) VIRTUAL,
    award_amount REAL GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        CAST(NULLIF(trim(COALESCE(json_extract(raw, '$.award.amount'), json_extract(raw, '$."Award$"'), '')), '') AS REAL)
    END) VIRTUAL,
    award_date TEXT GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        NULLIF(substr(trim(COALESCE(json_extract(raw, '$.award.date'), json_extract(raw, '$.AwardDate'), '')), 1, 10), '')
    END) VIRTUAL,
    award_number TEXT GENERATED ALWAYS AS (
    CASE WHEN source = 'sam' AND json_valid(raw) THEN
        NULLIF(trim(COALESCE(json_extract(raw, '$.award.number'), json_extract(raw, '$.AwardNumber'), '')), '')
    END) VIRTUAL,
    UNIQUE (source, source_id)
);
INSERT INTO lead_rebuilt (
    id, source, source_id, title, notice_type, solicitation_number, agency, sub_tier, office,
    country, location, industry, naics_code, classification_code, set_aside_code, set_aside,
    posted_at, deadline_at, amended_at, value_min, value_max, currency, active, url,
    description_url, first_seen_at, last_seen_at, content_hash, contacts, description, raw)
SELECT
    id, source, source_id, title, notice_type, solicitation_number, agency, sub_tier, office,
    country, location, industry, naics_code, classification_code, set_aside_code, set_aside,
    posted_at, deadline_at, amended_at, value_min, value_max, currency, active, url,
    description_url, first_seen_at, last_seen_at, content_hash, contacts, description, raw
FROM lead ORDER BY id;
DROP TABLE lead;
ALTER TABLE lead_rebuilt RENAME TO lead;
-- The NAICS sort breaks ties by posted date and family too, so the index covers a NAICS
-- search tried on the past.
CREATE INDEX lead_sort_naics_code ON lead (naics_code, deadline_at, source, active, posted_at, family_id);
)SQL",
    // 6 -> 7: attachments. A row per document a lead links to; the downloaded files by content
    // hash (a file several notices link to is read and indexed once), their text in a keyword
    // index of its own.
    R"SQL(
CREATE TABLE attachment_file (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    content_type TEXT,
    problem TEXT,
    stored_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE attachment_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    name TEXT,
    size INTEGER,
    content_type TEXT,
    file_id INTEGER REFERENCES attachment_file (id) ON DELETE SET NULL,
    problem TEXT,
    UNIQUE (lead_id, url)
);
CREATE INDEX attachment_by_file ON attachment (file_id) WHERE file_id IS NOT NULL;
-- The links of the leads already cached, as the parsers list them (SamJsonParser: every
-- resourceLinks entry; ItaJsonParser: the urls but the lead's own page). Records are kept as
-- compact JSON, so a LIKE passes over the bulk CSV's rows without parsing them.
INSERT OR IGNORE INTO attachment (lead_id, url)
SELECT l.id, CASE WHEN lower(trim(j.value)) LIKE 'http%' THEN replace(trim(j.value), ' ', '') ELSE trim(j.value) END
FROM lead l,
     json_each(CASE WHEN json_valid(l.raw) THEN l.raw ELSE '{}' END,
               CASE WHEN l.source = 'sam' THEN '$.resourceLinks' ELSE '$.urls' END) j
WHERE ((l.source = 'sam' AND l.raw LIKE '%"resourceLinks":[%') OR (l.source LIKE 'ita-%' AND l.raw LIKE '%"urls":[%'))
  AND j.type = 'text' AND trim(j.value) NOT IN ('', 'null')
  AND (l.source = 'sam' OR CASE WHEN lower(trim(j.value)) LIKE 'http%' THEN replace(trim(j.value), ' ', '') ELSE trim(j.value) END IS NOT l.url)
ORDER BY l.id, j.key;
)SQL",
    // 7 -> 8: the statistics' counts, kept as leads change. A row per counted column, value,
    // source, deadline day and activity: the facets and the deadline chart of a filter on the
    // source, the deadline and "open" alone add up these rows (a few thousand at a million
    // leads) instead of reading every lead. lead_tally_day gives the day as a deadline: an
    // undated lead's day is stored as x'' (a key column cannot be NULL) and read back as NULL.
    R"SQL(
CREATE TABLE lead_tally (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    day NOT NULL,
    active INTEGER NOT NULL,
    leads INTEGER NOT NULL,
    PRIMARY KEY (facet, value, source, day, active)
) WITHOUT ROWID;
CREATE VIEW lead_tally_day AS
SELECT facet, value, source, NULLIF(day, x'') AS deadline_at, active, leads FROM lead_tally;
CREATE TRIGGER lead_tally_insert AFTER INSERT ON lead BEGIN
INSERT INTO lead_tally (facet, value, source, day, active, leads) VALUES
    ('country', COALESCE(new.country, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('set_aside_code', COALESCE(new.set_aside_code, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('notice_type', COALESCE(new.notice_type, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('industry', COALESCE(new.industry, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('naics_code', COALESCE(new.naics_code, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1)
ON CONFLICT (facet, value, source, day, active) DO UPDATE SET leads = leads + excluded.leads;
END;
CREATE TRIGGER lead_tally_delete AFTER DELETE ON lead BEGIN
INSERT INTO lead_tally (facet, value, source, day, active, leads) VALUES
    ('country', COALESCE(old.country, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('set_aside_code', COALESCE(old.set_aside_code, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('notice_type', COALESCE(old.notice_type, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('industry', COALESCE(old.industry, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('naics_code', COALESCE(old.naics_code, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1)
ON CONFLICT (facet, value, source, day, active) DO UPDATE SET leads = leads + excluded.leads;
END;
CREATE TRIGGER lead_tally_update AFTER UPDATE OF source, country, set_aside_code, notice_type, industry, naics_code,
    deadline_at, active ON lead
WHEN old.source IS NOT new.source OR old.country IS NOT new.country OR old.set_aside_code IS NOT new.set_aside_code
    OR old.notice_type IS NOT new.notice_type OR old.industry IS NOT new.industry OR old.naics_code IS NOT new.naics_code
    OR substr(old.deadline_at, 1, 10) IS NOT substr(new.deadline_at, 1, 10) OR old.active IS NOT new.active
BEGIN
INSERT INTO lead_tally (facet, value, source, day, active, leads) VALUES
    ('country', COALESCE(old.country, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('set_aside_code', COALESCE(old.set_aside_code, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('notice_type', COALESCE(old.notice_type, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('industry', COALESCE(old.industry, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('naics_code', COALESCE(old.naics_code, ''), old.source, COALESCE(substr(old.deadline_at, 1, 10), x''), COALESCE(old.active, 1), -1),
    ('country', COALESCE(new.country, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('set_aside_code', COALESCE(new.set_aside_code, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('notice_type', COALESCE(new.notice_type, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('industry', COALESCE(new.industry, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1),
    ('naics_code', COALESCE(new.naics_code, ''), new.source, COALESCE(substr(new.deadline_at, 1, 10), x''), COALESCE(new.active, 1), 1)
ON CONFLICT (facet, value, source, day, active) DO UPDATE SET leads = leads + excluded.leads;
END;
)SQL" LEAD_TALLY_REBUILD,
    // 8 -> 9: lead_deadline_open in the default sort's own order, ties by id. Its leads of one
    // deadline were in the order of their source and activity, so the sort gathered every lead
    // of a day and sorted it before the first row: all undated leads share one key (the blob),
    // and the first 200 matches of a common word among 35,000 undated open leads took 390 ms.
    R"SQL(
DROP INDEX IF EXISTS lead_deadline_open;
CREATE INDEX lead_deadline_open ON lead (COALESCE(deadline_at, x''), id, source, active);
)SQL",
    // 9 -> 10: the award columns are read from the record of an award notice only. SQLite
    // computes a row's virtual columns at every insert and update, and parsing each record's
    // JSON four times was two fifths of what storing a lead cost; every reader (the award
    // history, its indexes) asks about award notices alone, whose values do not change. A
    // virtual column is not stored, so its definition is edited in place
    // (https://sqlite.org/lang_altertable.html#otheralter; the schema cookie is bumped by
    // SqliteLeadStore::Private::migrate, as kEditsLeadDefinition says).
    R"SQL(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CASE WHEN source = ''sam'' AND json_valid(raw) THEN',
    'CASE WHEN notice_type = ''Award Notice'' AND source = ''sam'' AND json_valid(raw) THEN')
WHERE type = 'table' AND name = 'lead';
PRAGMA writable_schema = RESET;
)SQL",
};

constexpr int kSchemaVersion = int(std::size(kMigrations));
// The migrations (by the version they start from) that move the leads to a new table: the
// old table's indexes and triggers go with it, and come back unless the migration wrote its
// own of the same name.
constexpr int kRebuildsLeadTable[] = { 5 };
// The migrations (by the version they start from) that edit the lead table's definition in
// sqlite_schema: other connections to the cache read the schema again when its cookie moves.
constexpr int kEditsLeadDefinition[] = { 9 };

} // namespace

const char* SqliteLeadStore::Private::leadTallyRebuild()
{
    return LEAD_TALLY_REBUILD;
}

int SqliteLeadStore::currentSchemaVersion()
{
    return kSchemaVersion;
}

const QStringList& SqliteLeadStore::cacheTables()
{
    static const QStringList tables = {QStringLiteral("lead"), QStringLiteral("lead_fts"), QStringLiteral("lead_user"),
                                       QStringLiteral("saved_search"), QStringLiteral("cache_info")};
    return tables;
}

Status SqliteLeadStore::Private::migrate()
{
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return sqlError(SqliteMessages::tr("reading the schema version"), versionQuery.lastError());
    int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (version > kSchemaVersion)
        return Error { SqliteMessages::tr("The cache %1 was written by a newer Trade Leads (schema %2, this one knows %3)")
                           .arg(this->path)
                           .arg(version)
                           .arg(kSchemaVersion) };
    if (version == kSchemaVersion)
        return Done{};
    // Dropping a table would delete its rows' versions (ON DELETE CASCADE) and no migration
    // needs the checks: they are off while it runs (only outside a transaction can they be).
    // A migration that moves every lead sorts and journals more than memory should hold.
    for (const char* pragma : { "PRAGMA foreign_keys = OFF", "PRAGMA temp_store = FILE" }) {
        if (auto status = execRaw(pragma, SqliteMessages::tr("upgrading the cache")); !status)
            return status.error();
    }
    auto settingsBack = qScopeGuard([this] {
        for (const char* pragma : { "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY" })
            (void)execRaw(pragma, SqliteMessages::tr("upgrading the cache"));
    });
    while (version < kSchemaVersion) {
        if (auto status = execRaw("BEGIN IMMEDIATE", SqliteMessages::tr("upgrading the cache")); !status)
            return status.error();
        const QString what = SqliteMessages::tr("upgrading the cache to schema %1").arg(version + 1);
        const bool rebuildsLead = std::find(std::begin(kRebuildsLeadTable), std::end(kRebuildsLeadTable), version)
            != std::end(kRebuildsLeadTable);
        Result<QList<std::pair<QString, QString>>> kept = QList<std::pair<QString, QString>>();
        if (rebuildsLead)
            kept = leadTableObjects(what);
        Status step = kept ? Status(Done{}) : Status(kept.error());
        if (step)
            step = execRaw(kMigrations[version], what);
        if (step && rebuildsLead)
            step = restoreLeadTableObjects(*kept, what);
        if (step && std::find(std::begin(kEditsLeadDefinition), std::end(kEditsLeadDefinition), version)
                != std::end(kEditsLeadDefinition))
            step = bumpSchemaCookie(what);
        if (step) {
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(version + 1);
            step = execRaw(bump.constData(), SqliteMessages::tr("upgrading the cache"));
        }
        if (!step) {
            (void)execRaw("ROLLBACK", SqliteMessages::tr("upgrading the cache"));
            return step.error();
        }
        if (auto status = execRaw("COMMIT", SqliteMessages::tr("upgrading the cache")); !status)
            return status.error();
        ++version;
    }
    return Done{};
}

Status SqliteLeadStore::Private::bumpSchemaCookie(const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        return sqlError(what, query.lastError());
    const qint64 cookie = query.value(0).toLongLong();
    query.finish();
    const QByteArray bump = "PRAGMA schema_version = " + QByteArray::number(cookie + 1);
    return execRaw(bump.constData(), what);
}

Result<QList<std::pair<QString, QString>>> SqliteLeadStore::Private::leadTableObjects(const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'lead' "
                                   "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")))
        return sqlError(what, query.lastError());
    QList<std::pair<QString, QString>> objects;
    while (query.next())
        objects.append({ query.value(0).toString(), query.value(1).toString() });
    if (query.lastError().isValid())
        return sqlError(what, query.lastError());
    return objects;
}

Status SqliteLeadStore::Private::restoreLeadTableObjects(const QList<std::pair<QString, QString>>& objects,
                                                         const QString& what)
{
    auto now = leadTableObjects(what);
    if (!now)
        return now.error();
    QSet<QString> present;
    for (const auto& object : std::as_const(*now))
        present.insert(object.first);
    for (const auto& [name, sql] : objects) {
        if (present.contains(name))
            continue;
        if (auto status = execRaw(sql.toUtf8().constData(), what); !status)
            return status.error();
    }
    return Done{};
}
