-- 0004_web_auth.sql: what the web server's sign-in needs beyond 0001's
-- app_user and session: failed-login counters (per account "user:LOGIN" and
-- per address "addr:IP") for throttling, and an index to drop a user's
-- sessions when the account is disabled or its password reset ("session_user"
-- is quoted: PostgreSQL reserves the word).
CREATE TABLE login_throttle (
  key        TEXT PRIMARY KEY,                 -- user:LOGIN or addr:IP
  failures   INTEGER NOT NULL,
  last_at    INTEGER NOT NULL                  -- seconds since 1970, UTC
);
CREATE INDEX "session_user" ON session(user_id);
CREATE INDEX session_expires ON session(expires_at);
