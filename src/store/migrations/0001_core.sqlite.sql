-- 0001_core.sqlite.sql: the data model of DESIGN.md for SQLite: INTEGER keys,
-- TEXT dates in ISO form (YYYY-MM-DD), REAL values.  0001_core.pg.sql is the
-- same model for PostgreSQL (a test checks that both schemas match).
-- Migrations are numbered; sb40 records each in schema_version.
-- CHECKs spell lists as OR chains: SQLite builds a temporary table for an
-- IN list on every row written, which made imports 20% slower.

CREATE TABLE region (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,          -- ISO 3166-2:UZ
  name_en       TEXT NOT NULL UNIQUE,
  name_uz       TEXT NOT NULL,
  name_uz_cyrl  TEXT NOT NULL,
  name_ru       TEXT NOT NULL
);

CREATE TABLE zone (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE,
  name                TEXT NOT NULL,
  region_id           INTEGER NOT NULL REFERENCES region(id),
  district            TEXT,
  kind                TEXT NOT NULL DEFAULT 'small-industrial'
                      CHECK (kind = 'small-industrial' OR kind = 'youth-industrial' OR kind = 'entrepreneurship'),
  established         INTEGER CHECK (established BETWEEN 1991 AND 2100),
  area_ha             REAL CHECK (area_ha > 0),
  production_area_m2  REAL CHECK (production_area_m2 >= 0),
  specialisation      TEXT
);
CREATE INDEX zone_region ON zone(region_id);

CREATE TABLE lot (
  id            INTEGER PRIMARY KEY,
  zone_id       INTEGER NOT NULL REFERENCES zone(id),
  lot           TEXT NOT NULL,
  area_m2       REAL NOT NULL CHECK (area_m2 > 0),
  status        TEXT NOT NULL CHECK (status = 'vacant' OR status = 'auction' OR status = 'leased'),
  auction_date  TEXT,
  UNIQUE (zone_id, lot)
);

CREATE TABLE enterprise (
  id             INTEGER PRIMARY KEY,
  tin            TEXT NOT NULL UNIQUE,         -- 9-digit taxpayer number
  name           TEXT NOT NULL,
  legal_form     TEXT NOT NULL,
  activity_code  TEXT,
  region_id      INTEGER NOT NULL REFERENCES region(id),
  zone_id        INTEGER REFERENCES zone(id),
  registered_on  TEXT,
  status         TEXT NOT NULL DEFAULT 'active'
                 CHECK (status = 'active' OR status = 'suspended' OR status = 'liquidated')
);
CREATE INDEX enterprise_region ON enterprise(region_id, legal_form);
CREATE INDEX enterprise_zone ON enterprise(zone_id);
CREATE INDEX enterprise_legal_form ON enterprise(legal_form);
CREATE INDEX enterprise_activity ON enterprise(activity_code);

CREATE TABLE indicator (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  name_uz         TEXT NOT NULL,
  name_uz_cyrl    TEXT NOT NULL,
  name_ru         TEXT NOT NULL,
  name_en         TEXT NOT NULL,
  unit            TEXT NOT NULL,
  direction       INTEGER NOT NULL CHECK (direction = -1 OR direction = 1),   -- 1: higher is better
  aggregation     TEXT NOT NULL CHECK (aggregation = 'sum' OR aggregation = 'mean' OR aggregation = 'last'),
  min_value       REAL,                        -- NULL: no bound
  max_value       REAL,
  integer_valued  INTEGER NOT NULL DEFAULT 0,
  derived         INTEGER NOT NULL DEFAULT 0   -- computed, never imported
);

-- Versioned observations: a correction adds a revision, nothing is
-- overwritten; the current value is the latest revision.
CREATE TABLE observation (
  id            INTEGER PRIMARY KEY,
  entity_kind   TEXT NOT NULL CHECK (entity_kind = 'zone' OR entity_kind = 'enterprise' OR entity_kind = 'region' OR entity_kind = 'country'),
  entity_id     INTEGER NOT NULL,              -- zone.id, enterprise.id, region.id; 0 for country:UZ
  indicator_id  INTEGER NOT NULL REFERENCES indicator(id),
  period        TEXT NOT NULL,                 -- 2024 or 2024Q3
  revision      INTEGER NOT NULL CHECK (revision >= 1),
  value         REAL NOT NULL,
  source        TEXT,
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL,
  UNIQUE (entity_kind, entity_id, indicator_id, period, revision)
);
CREATE INDEX observation_indicator ON observation(indicator_id, period);

CREATE VIEW observation_current AS
SELECT o.* FROM observation o
WHERE o.revision = (SELECT max(p.revision) FROM observation p
                    WHERE p.entity_kind = o.entity_kind AND p.entity_id = o.entity_id
                      AND p.indicator_id = o.indicator_id AND p.period = o.period);

CREATE TABLE obligation (
  id             INTEGER PRIMARY KEY,
  enterprise_id  INTEGER NOT NULL REFERENCES enterprise(id),
  zone_id        INTEGER NOT NULL REFERENCES zone(id),
  kind           TEXT NOT NULL CHECK (kind = 'investment' OR kind = 'jobs' OR kind = 'export'),
  amount         REAL NOT NULL CHECK (amount > 0),
  unit           TEXT NOT NULL,
  due_date       TEXT NOT NULL,
  accepted_on    TEXT,
  UNIQUE (enterprise_id, zone_id, kind, due_date)
);
CREATE INDEX obligation_zone ON obligation(zone_id, due_date);

CREATE TABLE assessment (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind = 'innovation' OR kind = 'maturity'),
  enterprise_id  INTEGER REFERENCES enterprise(id),
  input          TEXT NOT NULL,                -- JSON
  result         TEXT NOT NULL,                -- JSON
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL
);

CREATE TABLE app_user (
  id                   INTEGER PRIMARY KEY,
  login                TEXT NOT NULL UNIQUE,
  pw_hash              TEXT NOT NULL,          -- argon2id, libsodium's encoded form
  role                 TEXT NOT NULL CHECK (role = 'admin' OR role = 'analyst' OR role = 'zone_manager' OR role = 'enterprise'),
  scope_zone_id        INTEGER REFERENCES zone(id),
  scope_enterprise_id  INTEGER REFERENCES enterprise(id),
  lang                 TEXT NOT NULL DEFAULT 'uz' CHECK (lang = 'uz' OR lang = 'uz-Cyrl' OR lang = 'ru' OR lang = 'en'),
  disabled             INTEGER NOT NULL DEFAULT 0,
  created_at           TEXT NOT NULL
);

CREATE TABLE session (
  id          INTEGER PRIMARY KEY,
  token_hash  TEXT NOT NULL UNIQUE,            -- the token itself is never stored
  user_id     INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  csrf        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL
);

CREATE TABLE audit (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  action  TEXT NOT NULL,                       -- import, insert, update, ...
  entity  TEXT NOT NULL,                       -- zone:CODE, enterprise:TIN, file name, ...
  before  TEXT,                                -- JSON or NULL
  after   TEXT                                 -- JSON or NULL
);
