-- V12 (issue 14): a digest is claimed in the store before it is sent, so that two processes (two cluster nodes, or
-- the daemon and a `digest` command) can never both send one subscriber's digest of one date. The claim is the
-- row's status 'sending' with who took it and when (epoch milliseconds); a claim older than the lease (10 minutes)
-- is taken as a send whose process died, and may be claimed again.
ALTER TABLE digests ADD COLUMN claimed_by TEXT;
ALTER TABLE digests ADD COLUMN claimed_at INTEGER;
