-- Migration 7: portal-search discovery. Append-only, like every migration.

-- One row per (search source, term, time window) a backfill walks: what makes it resumable window by window.
-- A window whose results exceed the portal's paging cap becomes 'split' and gets two halves as new rows.
CREATE TABLE search_windows (
  source TEXT NOT NULL,
  term TEXT NOT NULL,
  from_date TEXT NOT NULL,         -- yyyy-MM-dd, inclusive
  to_date TEXT NOT NULL,           -- yyyy-MM-dd, inclusive
  status TEXT NOT NULL,            -- pending | split | done
  pages_done INTEGER NOT NULL DEFAULT 0,  -- result pages whose every hit was handled
  results INTEGER,                 -- the count the portal reported for the window, when it says
  hits INTEGER NOT NULL DEFAULT 0, -- result entries read
  note TEXT,                       -- e.g. one day still over the paging cap
  updated_at TEXT NOT NULL,
  PRIMARY KEY (source, term, from_date, to_date)
);

-- A channel pass that read every list page it may without meeting a known notice: notices published between
-- from and to may never have been listed to us. The next search pass of the source searches that period.
CREATE TABLE channel_gaps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL,            -- the channel's source (whose notices went missing)
  channel TEXT NOT NULL,           -- the list's first page
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  found_at TEXT NOT NULL,
  filled_at TEXT,                  -- null while open
  filled_by TEXT                   -- the search source that searched the period
);
CREATE INDEX channel_gaps_open ON channel_gaps(source, filled_at);
