-- Migration 4: saved searches and their hits, subscribers, and the digest log. Append-only, like every migration.

-- A search an analyst keeps. The query is stored as typed; the Monitor (<data>/saved-monitor) holds it parsed.
CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  query TEXT NOT NULL,
  owner TEXT,                      -- e-mail of who saved it, or NULL
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_run_at TEXT                 -- last `saved run`
);

-- Notices a saved search matched. Backfill rows are what was already indexed when the search was added or
-- edited: they are never "new" (not in `saved run`, not in a digest).
CREATE TABLE saved_search_hits (
  search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
  notice_id TEXT NOT NULL,
  matched_at TEXT NOT NULL,
  backfill INTEGER NOT NULL DEFAULT 0,
  seen_at TEXT,                    -- set when `saved run` showed it
  PRIMARY KEY (search_id, notice_id)
);
CREATE INDEX saved_search_hits_matched ON saved_search_hits(matched_at);

-- People who get the daily digest. origin: cli (added with `subscribers add`) or config (subscribers.yaml).
CREATE TABLE subscribers (
  email TEXT PRIMARY KEY,
  name TEXT,
  origin TEXT NOT NULL,
  since TEXT NOT NULL,             -- what was found before this instant is not new for them
  created_at TEXT NOT NULL
);

-- What a subscriber follows: kind search (target = saved search name) or category (target = flag category id).
CREATE TABLE subscriptions (
  email TEXT NOT NULL REFERENCES subscribers(email) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  PRIMARY KEY (email, kind, target)
);

-- One row per subscriber and digest date: sent once; a failed send keeps status failed and is retried.
CREATE TABLE digests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL,
  digest_date TEXT NOT NULL,
  status TEXT NOT NULL,            -- sent | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  cause TEXT,                      -- why the last attempt failed
  subject TEXT,
  cases INTEGER NOT NULL DEFAULT 0,
  hits INTEGER NOT NULL DEFAULT 0,
  delivered_to TEXT,               -- smtp://host:port or the .eml file in the outbox
  updated_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (email, digest_date)
);

-- Every (case, reason) a subscriber has been sent: what makes an item "new" is not being here.
CREATE TABLE digest_items (
  email TEXT NOT NULL,
  case_id TEXT NOT NULL,
  reason TEXT NOT NULL,            -- category:nvidia_gpu | search:NAME
  digest_id INTEGER NOT NULL REFERENCES digests(id),
  PRIMARY KEY (email, case_id, reason)
);
