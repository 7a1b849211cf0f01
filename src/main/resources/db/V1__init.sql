-- Migration 1: the foundation schema. Migrations are numbered and append-only: never edit one that shipped.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  last_run_at TEXT,
  last_success_at TEXT,
  last_notices INTEGER,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  status TEXT,
  cause TEXT
);

-- Every URL the crawler knows, with what happened to it last. Failures are states, not exceptions.
CREATE TABLE frontier (
  url TEXT PRIMARY KEY,            -- the portal's own (logical) URL
  source TEXT NOT NULL,
  kind TEXT NOT NULL,              -- list | notice | attachment
  notice_id TEXT,
  status TEXT NOT NULL,            -- discovered | fetched | not_modified | failed | gone | blocked
  cause TEXT,
  http_status INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  discovered_at TEXT NOT NULL,
  fetched_at TEXT,
  next_fetch_at TEXT
);
CREATE INDEX frontier_source_status ON frontier(source, status);

CREATE TABLE notices (
  id TEXT PRIMARY KEY,             -- source + ':' + hash of the logical URL: stable across re-crawls and mirrors
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  published_at TEXT,
  buyer TEXT,
  agency TEXT,
  project_no TEXT,
  project_key TEXT,                -- normalized project number, the tender<->award link key
  budget_text TEXT,
  budget_cny TEXT,                 -- exact decimal as text
  award_text TEXT,
  award_cny TEXT,
  region TEXT,
  summary_json TEXT NOT NULL,
  warc_file TEXT,
  warc_record_id TEXT,
  sha256 TEXT,
  fetched_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX notices_project_key ON notices(project_key);
CREATE INDEX notices_published ON notices(published_at);

CREATE TABLE attachments (
  notice_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  url TEXT NOT NULL,
  name TEXT NOT NULL,
  content_type TEXT,
  status TEXT NOT NULL,            -- extracted | failed | skipped
  cause TEXT,
  parts INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT,
  warc_file TEXT,
  warc_record_id TEXT,
  PRIMARY KEY (notice_id, seq)
);

CREATE TABLE suppliers (
  notice_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  lot TEXT,
  amount_text TEXT,
  amount_cny TEXT,
  PRIMARY KEY (notice_id, seq)
);
CREATE INDEX suppliers_name ON suppliers(name);

CREATE TABLE flags (
  notice_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  category TEXT NOT NULL,
  term TEXT NOT NULL,
  snippet TEXT NOT NULL,
  attachment TEXT,
  page INTEGER,
  section TEXT,
  lexicon_version INTEGER NOT NULL,
  PRIMARY KEY (notice_id, seq)
);
CREATE INDEX flags_category ON flags(category);

-- The notices of one procurement share a case id (the normalized project number, else the notice's own id).
CREATE TABLE links (
  notice_id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  method TEXT NOT NULL             -- project_no | none
);
CREATE INDEX links_case ON links(case_id);
