-- Migration 2: incremental recrawl and per-source health (issue 3). Append-only, like every migration.

-- Consecutive failed fetches of a URL (attempts counts them all): the retry back-off grows with it.
ALTER TABLE frontier ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
-- The notice's publication time: recent notices are refetched more often (corrections happen early).
ALTER TABLE frontier ADD COLUMN published_at TEXT;
CREATE INDEX frontier_due ON frontier(source, kind, next_fetch_at);

-- One row per crawl pass of one source: what health and the zero-yield alarm are computed from.
CREATE TABLE crawl_runs (
  source TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  outcome TEXT NOT NULL,           -- ok | failed | blocked
  cause TEXT,
  list_pages INTEGER NOT NULL,
  notices INTEGER NOT NULL,        -- new notices
  updated INTEGER NOT NULL,        -- known notices refetched and changed
  not_modified INTEGER NOT NULL,
  gone INTEGER NOT NULL,
  attachments INTEGER NOT NULL,
  requests INTEGER NOT NULL,
  failures INTEGER NOT NULL,
  parse_failures INTEGER NOT NULL, -- list pages without their container (layout change)
  PRIMARY KEY (source, started_at)
);

ALTER TABLE sources ADD COLUMN parse_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN zero_yield_runs INTEGER NOT NULL DEFAULT 0;

-- Small facts the program keeps about itself, e.g. up to which SQL update the Lucene index is committed.
CREATE TABLE state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
