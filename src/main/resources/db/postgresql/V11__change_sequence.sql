-- V11 (issue 14) for PostgreSQL: the change sequence is a sequence; a trigger numbers every saved version of a
-- notice (every save sets updated_at; marks like archive_state are not numbered) and records which node made it (the session setting tenderwatch.node). Sequence numbers alone are not
-- commit order (a transaction may take 5, another 6 and commit first); the trigger first takes a transaction-scoped
-- advisory lock, held to commit, so numbers are handed out in commit order and a reader that sees N sees every
-- number below N that will ever commit. Notice saves are one short transaction each, so the lock costs little.
ALTER TABLE notices ADD COLUMN change_seq BIGINT;
ALTER TABLE notices ADD COLUMN changed_by TEXT;
CREATE SEQUENCE notice_changes;
UPDATE notices SET change_seq = nextval('notice_changes');
CREATE INDEX notices_change_seq ON notices(change_seq);
CREATE FUNCTION notices_number_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock(7477435351); NEW.change_seq := nextval('notice_changes'); NEW.changed_by := current_setting('tenderwatch.node', true); RETURN NEW; END $$;
CREATE TRIGGER notices_change BEFORE INSERT OR UPDATE OF updated_at ON notices FOR EACH ROW EXECUTE FUNCTION notices_number_change();
