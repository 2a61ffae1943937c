/* sqlite_users.c - the SQLite backend's users, sessions and sign-in
 * throttling (the web server's access; store.h), mirroring pg_users.c:
 * the same statements and the same errors; a duplicate login is
 * SB40_EEXIST, an update of a missing login SB40_ENOTFOUND.
 *
 * Ownership: rows are copied into the caller's structs; the statements
 * belong to the handle (sqlite_int.h); the user passed to a store_user_fn
 * is borrowed for the call.
 */
#include "store/sqlite_int.h"
#include <string.h>

static void read_user(sqlite3_stmt *q, struct store_user *u)
{
	u->id = (long)sqlite3_column_int64(q, 0);
	sq_copy_col(u->login, sizeof u->login, q, 1);
	sq_copy_col(u->pw_hash, sizeof u->pw_hash, q, 2);
	sq_copy_col(u->role, sizeof u->role, q, 3);
	u->zone_id = (long)sqlite3_column_int64(q, 4);
	u->enterprise_id = (long)sqlite3_column_int64(q, 5);
	sq_copy_col(u->zone, sizeof u->zone, q, 6);
	sq_copy_col(u->enterprise, sizeof u->enterprise, q, 7);
	sq_copy_col(u->lang, sizeof u->lang, q, 8);
	u->disabled = sqlite3_column_int(q, 9);
	sq_copy_col(u->created_at, sizeof u->created_at, q, 10);
}

int sq_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		       long zone_id, long enterprise_id, const char *lang, long *id,
		       struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_USER_ADD, err);
	char now[32], qu[128];
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, login);
	sq_bind_text(s, q, 2, pw_hash);
	sq_bind_text(s, q, 3, role);
	if (zone_id)
		sq_bind_long(s, q, 4, zone_id);
	if (enterprise_id)
		sq_bind_long(s, q, 5, enterprise_id);
	sq_bind_text(s, q, 6, lang);
	sq_bind_text(s, q, 7, store_now(now));
	if (sqlite3_step(q) != SQLITE_DONE) {
		if (sqlite3_extended_errcode(s->db) == SQLITE_CONSTRAINT_UNIQUE) {
			sqlite3_reset(q);
			return error_set(err, SB40_EEXIST, "user %s already exists",
					 error_quote(qu, sizeof qu, login, strlen(login)));
		}
		return sq_db_error(s, err, "user");
	}
	*id = (long)sqlite3_last_insert_rowid(s->db);
	return 0;
}

int sq_user_get(struct store *st, const char *login, struct store_user *out,
		       struct sb40_error *err)
{
	sqlite3_stmt *q;
	int rc = sq_first_row((struct sqlite_store *)st, S_USER_GET, login, NULL, &q, err, "user");
	if (rc)
		return rc;
	read_user(q, out);
	sqlite3_reset(q);
	return 0;
}

int sq_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_USER_LIST, err);
	struct store_user u;
	int rc;
	if (!q)
		return err->code;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int stop;
		memset(&u, 0, sizeof u);
		read_user(q, &u);
		if ((stop = fn(ctx, &u))) {
			sqlite3_reset(q);
			return stop;
		}
	}
	if (rc != SQLITE_DONE)
		return sq_db_error(s, err, "users");
	sqlite3_reset(q);
	return 0;
}

/* Run statement ID with LOGIN and (when SECOND) a second parameter; then
 * end LOGIN's sessions.  SB40_ENOTFOUND when no user row changed. */
static int user_update(struct sqlite_store *s, int id, const char *login, const char *text2,
		       long long2, struct sb40_error *err)
{
	sqlite3_stmt *q = sq_stmt(s, id, err);
	char qu[128];
	int rc;
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, login);
	if (text2)
		sq_bind_text(s, q, 2, text2);
	else
		sq_bind_long(s, q, 2, long2);
	if ((rc = sq_run(s, q, err, "user")))
		return rc;
	if (sqlite3_changes(s->db) == 0)
		return error_set(err, SB40_ENOTFOUND, "no user %s",
				 error_quote(qu, sizeof qu, login, strlen(login)));
	if (!(q = sq_stmt(s, S_USER_KILL, err)))
		return err->code;
	sq_bind_text(s, q, 1, login);
	return sq_run(s, q, err, "session");
}

int sq_user_set_disabled(struct store *st, const char *login, int disabled,
				struct sb40_error *err)
{
	return user_update((struct sqlite_store *)st, S_USER_DISABLE, login, NULL, disabled != 0, err);
}

int sq_user_set_password(struct store *st, const char *login, const char *pw_hash,
				struct sb40_error *err)
{
	return user_update((struct sqlite_store *)st, S_USER_PW, login, pw_hash, 0, err);
}

int sq_session_add(struct store *st, const char *token_hash, long user_id,
			  const char *csrf, const char *created_at, const char *expires_at,
			  struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_SESS_ADD, err);
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, token_hash);
	sq_bind_long(s, q, 2, user_id);
	sq_bind_text(s, q, 3, csrf);
	sq_bind_text(s, q, 4, created_at);
	sq_bind_text(s, q, 5, expires_at);
	return sq_run(s, q, err, "session");
}

int sq_session_get(struct store *st, const char *token_hash, const char *now,
			  struct store_session *out, struct sb40_error *err)
{
	sqlite3_stmt *q;
	int rc = sq_first_row((struct sqlite_store *)st, S_SESS_GET, token_hash, now, &q, err,
			      "session");
	if (rc)
		return rc;
	read_user(q, &out->user);
	sq_copy_col(out->csrf, sizeof out->csrf, q, 11);
	sq_copy_col(out->expires_at, sizeof out->expires_at, q, 12);
	sqlite3_reset(q);
	return 0;
}

static int one_text(struct sqlite_store *s, int id, const char *v, struct sb40_error *err)
{
	sqlite3_stmt *q = sq_stmt(s, id, err);
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, v);
	return sq_run(s, q, err, "session");
}

int sq_session_delete(struct store *st, const char *token_hash, struct sb40_error *err)
{
	return one_text((struct sqlite_store *)st, S_SESS_DEL, token_hash, err);
}

int sq_session_purge(struct store *st, const char *now, struct sb40_error *err)
{
	return one_text((struct sqlite_store *)st, S_SESS_PURGE, now, err);
}

int sq_throttle_get(struct store *st, const char *key, long *failures, long *last,
			   struct sb40_error *err)
{
	sqlite3_stmt *q;
	int rc = sq_first_row((struct sqlite_store *)st, S_THR_GET, key, NULL, &q, err, "throttle");
	if (rc == SB40_ENOTFOUND)
		return 0; /* no failures recorded: *FAILURES and *LAST untouched */
	if (rc)
		return rc;
	*failures = (long)sqlite3_column_int64(q, 0);
	*last = (long)sqlite3_column_int64(q, 1);
	sqlite3_reset(q);
	return 0;
}

int sq_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_THR_FAIL, err);
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, key);
	sq_bind_long(s, q, 2, now);
	return sq_run(s, q, err, "throttle");
}

int sq_throttle_clear(struct store *st, const char *key, struct sb40_error *err)
{
	return one_text((struct sqlite_store *)st, S_THR_CLEAR, key, err);
}

