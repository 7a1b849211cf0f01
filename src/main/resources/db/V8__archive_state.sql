-- Migration 7: a notice whose archived record is unreadable or fails its digest is kept (from the store it had)
-- and marked here, never dropped: NULL = its archive record replayed fine, 'damaged' = reindex could not read it.
ALTER TABLE notices ADD COLUMN archive_state TEXT;
