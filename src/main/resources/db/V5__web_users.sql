-- Migration 5: people who may sign in to the web UI, and their sessions. Append-only, like every migration.

-- A user of the web UI. Required before the UI listens beyond loopback; once any exists, every page asks to sign in.
CREATE TABLE web_users (
  name TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,     -- pbkdf2-sha256$ITERATIONS$SALT$HASH (base64), never the password
  created_at TEXT NOT NULL
);

-- A signed-in browser. Only the SHA-256 of the cookie's token is stored: a copy of this file signs nobody in.
CREATE TABLE web_sessions (
  token_sha256 TEXT PRIMARY KEY,
  user_name TEXT NOT NULL REFERENCES web_users(name) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions(expires_at);
