-- Migration 3: Entity List screening, cross-portal duplicates and case links by title.

-- Each imported screening list file is a version: its SHA-256 and the day it was imported.
CREATE TABLE screening_lists (
  version TEXT PRIMARY KEY,         -- sha256[0:12] + '@' + import date, e.g. 3f2a9c0d1e2b@2026-03-30
  sha256 TEXT NOT NULL,
  layout TEXT NOT NULL,             -- csv | json
  file TEXT NOT NULL,
  rows INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);

CREATE TABLE screening_entities (
  version TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entity_id TEXT NOT NULL,          -- the CSL _id
  list TEXT NOT NULL,               -- the CSL source
  name TEXT NOT NULL,
  alt_names_json TEXT NOT NULL,     -- JSON array
  name_zh TEXT,
  start_date TEXT,
  PRIMARY KEY (version, seq)
);

-- Hits per notice and party, with the list version that produced them (replaced on every re-screen).
CREATE TABLE screening (
  notice_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  party TEXT NOT NULL,              -- buyer | supplier
  name TEXT NOT NULL,               -- as the notice writes it
  listed_name TEXT NOT NULL,
  list TEXT NOT NULL,
  match TEXT NOT NULL,              -- exact | alias | pinyin | subunit
  note TEXT,                        -- "sub-unit of Sichuan University"
  list_version TEXT NOT NULL,
  PRIMARY KEY (notice_id, seq)
);
CREATE INDEX screening_listed ON screening(listed_name);

-- The same notice published on another portal: one notice row, every URL it was found at.
CREATE TABLE notice_urls (
  notice_id TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (notice_id, url)
);

ALTER TABLE notices ADD COLUMN dedupe_key TEXT;
CREATE INDEX notices_dedupe ON notices(dedupe_key);
CREATE INDEX notices_buyer ON notices(buyer)
