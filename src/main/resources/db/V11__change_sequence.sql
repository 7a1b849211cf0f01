-- V11 (issue 14): every change to a notice takes the next number of one counter, its change sequence. Each node's
-- Lucene index is derived data: it remembers the last sequence it applied (commit user data) and catches up from
-- the store in sequence order. SQLite has one writer at a time, so numbering inside the writing transaction is
-- commit order. changed_by stays NULL here (one writer per data folder); PostgreSQL fills it with the node's name.
ALTER TABLE notices ADD COLUMN change_seq INTEGER;
ALTER TABLE notices ADD COLUMN changed_by TEXT;
CREATE TABLE change_counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT INTO change_counter (id, seq) VALUES (1, 0);
UPDATE notices SET change_seq = rowid;
UPDATE change_counter SET seq = coalesce((SELECT max(change_seq) FROM notices), 0);
CREATE INDEX notices_change_seq ON notices(change_seq);
-- A change is a saved version of the notice (every save sets updated_at); marks such as archive_state are not
-- numbered, the index does not hold them.
CREATE TRIGGER notices_change_on_insert AFTER INSERT ON notices BEGIN UPDATE change_counter SET seq = seq + 1; UPDATE notices SET change_seq = (SELECT seq FROM change_counter) WHERE id = NEW.id; END;
CREATE TRIGGER notices_change_on_update AFTER UPDATE OF updated_at ON notices BEGIN UPDATE change_counter SET seq = seq + 1; UPDATE notices SET change_seq = (SELECT seq FROM change_counter) WHERE id = NEW.id; END;
