-- Migration 9: the fetch journal, so that a pass killed (kill -9) between archiving a response and recording its
-- outcome replays the archived response on resume instead of asking the portal again.
-- One row per URL: where its last good response lies in the archive. The row is written just before the record
-- (so no record that reached the archive lacks one); a row whose record is torn or missing is simply not replayed.
-- Only good pages are journalled (2xx, whole, no challenge, rate-limit or error page): those are never replayed.
CREATE TABLE fetch_journal (
  url TEXT PRIMARY KEY,            -- the portal's own (logical) URL
  warc_file TEXT NOT NULL,         -- the WARC file name inside the archive folder
  warc_offset INTEGER NOT NULL,    -- where the record starts in that file
  written_at TEXT NOT NULL
);
