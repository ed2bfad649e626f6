-- A cache of schema version 9, as Trade Leads wrote it before the award columns were read from
-- award notices alone, for the migration tests (tests/resilience/tst_schemamigration.cpp).
-- Rebuild v9.sqlite from the repository root with
--     rm -f tests/data/schema/v9.sqlite && sqlite3 tests/data/schema/v9.sqlite < tests/data/schema/make-v9.sql
-- It is make-v8.sql with kMigrations[8] of models/store/SqliteSchema.cpp (lead_deadline_open in
-- the default sort's order) applied, copied verbatim after the data: the same leads and user
-- data, so the same checks hold after an upgrade.
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
BEGIN;
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

-- 1 -> 2, as released.
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
-- 2 -> 3, as released.
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
PRAGMA user_version = 3;
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
PRAGMA user_version = 4;
-- 4 -> 5, as released.
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
PRAGMA user_version = 5;
-- 5 -> 6
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
-- Put back as SqliteLeadStore::Private::restoreLeadTableObjects does.
CREATE INDEX lead_award_agency ON lead (agency, award_date, sub_tier, office, naics_code, award_awardee, award_amount)
    WHERE notice_type = 'Award Notice';
CREATE INDEX lead_award_naics ON lead (naics_code, award_date, agency, sub_tier, office, award_awardee, award_amount)
    WHERE notice_type = 'Award Notice';
CREATE INDEX lead_award_solicitation ON lead (solicitation_number) WHERE notice_type = 'Award Notice';
CREATE INDEX lead_browse ON lead (source, country, set_aside_code, notice_type, deadline_at, active, industry, naics_code);
CREATE INDEX lead_deadline ON lead (deadline_at);
CREATE INDEX lead_deadline_open ON lead (COALESCE(deadline_at, x''), source, active);
CREATE INDEX lead_family ON lead (family_id, posted_at);
CREATE INDEX lead_sort_agency ON lead (agency, deadline_at, source, active);
CREATE INDEX lead_sort_country ON lead (country, deadline_at, source, active);
CREATE INDEX lead_sort_notice_type ON lead (notice_type, deadline_at, source, active);
CREATE INDEX lead_sort_posted_at ON lead (posted_at, deadline_at, source, active);
CREATE INDEX lead_sort_set_aside_code ON lead (set_aside_code, deadline_at, source, active);
CREATE INDEX lead_sort_source ON lead (source, deadline_at, active);
CREATE INDEX lead_sort_title ON lead (title, deadline_at, source, active);
CREATE INDEX lead_sort_value_max ON lead (value_max, deadline_at, source, active);
CREATE TRIGGER lead_adopts_tracking AFTER INSERT ON lead
WHEN new.family_id <> new.source || '|' || new.source_id
BEGIN
    UPDATE OR IGNORE lead_user SET family_id = new.family_id WHERE family_id = new.source || '|' || new.source_id;
END;
CREATE TRIGGER lead_family_moves AFTER UPDATE ON lead
WHEN old.family_id IS NOT new.family_id AND NOT EXISTS (SELECT 1 FROM lead o WHERE o.family_id = old.family_id)
BEGIN
    UPDATE OR IGNORE lead_user SET family_id = new.family_id WHERE family_id = old.family_id;
END;
CREATE TRIGGER lead_fts_delete AFTER DELETE ON lead BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, title, description, agency, location, solicitation_number)
    VALUES ('delete', old.id, old.title, old.description, old.agency, old.location, old.solicitation_number);
END;
CREATE TRIGGER lead_fts_insert AFTER INSERT ON lead BEGIN
    INSERT INTO lead_fts (rowid, title, description, agency, location, solicitation_number)
    VALUES (new.id, new.title, new.description, new.agency, new.location, new.solicitation_number);
END;
CREATE TRIGGER lead_fts_update AFTER UPDATE OF title, description, agency, location, solicitation_number ON lead BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, title, description, agency, location, solicitation_number)
    VALUES ('delete', old.id, old.title, old.description, old.agency, old.location, old.solicitation_number);
    INSERT INTO lead_fts (rowid, title, description, agency, location, solicitation_number)
    VALUES (new.id, new.title, new.description, new.agency, new.location, new.solicitation_number);
END;
CREATE TRIGGER lead_keep_version BEFORE UPDATE OF content_hash ON lead
WHEN old.content_hash <> new.content_hash BEGIN
    INSERT INTO lead_version (lead_id, raw, content_hash, replaced_at, deadline_at)
    VALUES (old.id, old.raw, old.content_hash, new.last_seen_at, old.deadline_at);
END;
PRAGMA user_version = 9;

-- Five leads from four sources; one was amended once (lead_version), one has no deadline.
INSERT INTO lead (id, source, source_id, title, notice_type, solicitation_number, agency, sub_tier, office, country,
    location, industry, naics_code, classification_code, set_aside_code, set_aside, posted_at, deadline_at,
    amended_at, value_min, value_max, currency, active, url, description_url, first_seen_at, last_seen_at,
    content_hash, contacts, description, raw)
VALUES
(1, 'sam', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Runway pavement repair, Wright-Patterson AFB', 'Solicitation',
    'FA8601-25-R-0042', 'DEPT OF DEFENSE', 'DEPT OF THE AIR FORCE', 'FA8601 AFLCMC PZIO', 'US', 'Dayton, OH',
    'Construction', '237310', 'Y1LB', 'SBA', 'Total Small Business Set-Aside (FAR 19.5)', '2025-11-03',
    '2026-02-16T21:00:00Z', NULL, NULL, 2500000, 'USD', 1, 'https://sam.gov/opp/a1b2c3d4e5f60718293a4b5c6d7e8f90/view',
    'https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=a1b2c3d4e5f60718293a4b5c6d7e8f90',
    '2025-11-04T08:00:00Z', '2025-12-01T08:00:00Z', 'h-sam-1-v2',
    '[{"fullName":"Dana Whitfield","email":"dana.whitfield@us.af.mil","type":"primary"}]',
    'Mill and overlay of runway 5L/23R; crack sealing and restriping.',
    '{"noticeId":"a1b2c3d4e5f60718293a4b5c6d7e8f90","title":"Runway pavement repair, Wright-Patterson AFB","type":"Solicitation","resourceLinks":["https://sam.gov/api/prod/opps/v3/opportunities/resources/files/0c4dd885100746b29ec36c9228e700e4/download?api_key=null&token="," https://sam.gov/api/prod/opps/v3/opportunities/resources/files/51d8f26278e24e1e8aee674679ef70e8/download "]}'),
(2, 'sam', '0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'Janitorial services, Federal Building Denver', 'Combined Synopsis/Solicitation',
    '47PH0325Q0007', 'GENERAL SERVICES ADMINISTRATION', 'PUBLIC BUILDINGS SERVICE', 'PBS R8', 'US', 'Denver, CO',
    'Administrative and Support Services', '561720', 'S201', NULL, NULL, '2025-12-10',
    '2026-01-20', NULL, NULL, NULL, NULL, 1, 'https://sam.gov/opp/0f1e2d3c4b5a69788796a5b4c3d2e1f0/view', NULL,
    '2025-12-11T08:00:00Z', '2025-12-11T08:00:00Z', 'h-sam-2', NULL, NULL,
    '{"noticeId":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","title":"Janitorial services, Federal Building Denver"}'),
(3, 'ita-state', 'BIDS-2025-0815', 'Water treatment plant expansion', 'Tender', 'WTP-EXP-7', 'Ministry of Water',
    NULL, NULL, 'KE', 'Nairobi', 'Water and Wastewater', NULL, NULL, NULL, NULL, '2025-10-01',
    '2026-03-31', NULL, 12000000, 15000000, 'USD', 1, 'https://bids.state.gov/leads/0815', NULL,
    '2025-10-02T08:00:00Z', '2025-12-01T08:00:00Z', 'h-ita-3', NULL,
    'Design-build of a second treatment train, 40,000 m3/day.',
    '{"id":"BIDS-2025-0815","source":"STATE","title":"Water treatment plant expansion"}'),
(4, 'ita-canada', 'PW-25-01034567', 'Arctic research vessel refit', 'Request for Proposal', 'F7013-250012',
    'Public Services and Procurement Canada', NULL, NULL, 'CA', 'Halifax, NS', 'Shipbuilding', NULL, NULL, NULL, NULL,
    '2025-11-20', NULL, NULL, NULL, NULL, 'CAD', 1, NULL, NULL,
    '2025-11-21T08:00:00Z', '2025-11-21T08:00:00Z', 'h-ita-4', NULL, NULL,
    '{"id":"PW-25-01034567","source":"CANADA","title":"Arctic research vessel refit"}'),
(5, 'ita-uk', 'UK-CF-2025-77331', 'Offshore wind cable survey', 'Contract Notice', NULL, 'Crown Estate',
    NULL, NULL, 'GB', 'Aberdeen', 'Energy', NULL, NULL, NULL, NULL, '2025-09-15',
    '2025-12-15', NULL, 800000, 800000, 'GBP', 0, 'https://www.contractsfinder.service.gov.uk/notice/77331', NULL,
    '2025-09-16T08:00:00Z', '2025-12-01T08:00:00Z', 'h-ita-5', NULL, NULL,
    '{"id":"UK-CF-2025-77331","source":"UK","title":"Offshore wind cable survey"}');

-- The runway notice was amended: its first record is kept (the trigger wrote it on update,
-- written out here as the trigger would).
INSERT INTO lead_version (lead_id, raw, content_hash, replaced_at)
VALUES (1, '{"noticeId":"a1b2c3d4e5f60718293a4b5c6d7e8f90","title":"Runway repair","type":"Presolicitation"}',
        'h-sam-1-v1', '2025-12-01T08:00:00Z');

-- The analyst's own data: stars, pipeline status, notes, tags; the last row tracks a lead
-- that is no longer in the cache (it comes back with the next sync).
INSERT INTO lead_user (family_id, source, source_id, starred, status, notes, tags, seen_at, updated_at)
SELECT COALESCE((SELECT l.family_id FROM lead l WHERE l.source = v.column1 AND l.source_id = v.column2),
                v.column1 || '|' || v.column2), v.*
FROM (VALUES
('sam', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 1, 'bidding', 'Site visit 12 Jan; team with Acme Paving.', 'runway,air force',
    '2025-12-02T09:00:00Z', '2025-12-02T09:05:00Z'),
('ita-state', 'BIDS-2025-0815', 1, 'watching', 'Ask the embassy about local partner rules.', 'water', NULL,
    '2025-12-03T10:00:00Z'),
('ita-uk', 'UK-CF-2025-77331', 0, 'lost', 'Went to a local firm.', NULL, NULL, '2025-12-16T10:00:00Z'),
('sam', 'ffffffffffffffffffffffffffff0001', 1, NULL, 'Expected re-post in spring.', NULL, NULL, '2025-12-04T11:00:00Z')) v;

INSERT INTO saved_search (id, name, filter, notify, position, created_at, last_viewed_at, last_count) VALUES
(1, 'Paving, small business', '{"text":"pavement","sources":["sam"],"setAsides":["SBA"],"sort":"deadline_at"}', 1, 1,
    '2025-11-05T08:00:00Z', '2025-12-01T08:00:00Z', 1),
(2, 'Water abroad', '{"text":"water","countries":["KE","TZ"],"open":true}', 0, 2,
    '2025-10-03T08:00:00Z', NULL, NULL),
(3, 'Starred', '{"starred":true}', 0, 3, '2025-12-02T09:00:00Z', NULL, 2);

INSERT INTO sync_run (source, started_at, finished_at, pages, records, outcome, error) VALUES
('sam', '2025-12-01T07:59:00Z', '2025-12-01T08:00:30Z', 1, 2, 'ok', NULL);
INSERT INTO sync_state (source, high_water, cursor, updated_at) VALUES ('sam', '2025-12-01', NULL, '2025-12-01T08:00:30Z');
INSERT INTO cache_info (key, value) VALUES ('created_by', 'tradeleads 1.0');

-- kMigrations[6]: attachments.
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

-- kMigrations[7]: the statistics' kept counts.
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
DELETE FROM lead_tally;
INSERT INTO lead_tally (facet, value, source, day, active, leads)
SELECT 'country', COALESCE(country, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'set_aside_code', COALESCE(set_aside_code, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'notice_type', COALESCE(notice_type, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'industry', COALESCE(industry, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'naics_code', COALESCE(naics_code, ''), source, COALESCE(substr(deadline_at, 1, 10), x''), COALESCE(active, 1), COUNT(*) FROM lead GROUP BY 2, 3, 4, 5;

DROP INDEX IF EXISTS lead_deadline_open;
CREATE INDEX lead_deadline_open ON lead (COALESCE(deadline_at, x''), id, source, active);

COMMIT;
