/* pg_users.c - the PostgreSQL backend's users, sessions and sign-in
 * throttling (the web server's access; store.h).  Same statements and the
 * same errors as the SQLite backend; a duplicate login is SB40_EEXIST. */
#include "store/pg_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PG(st) ((struct pg_store *)(st))

static void read_user(const PGresult *r, int row, struct store_user *u)
{
	u->id = pg_long(r, row, 0);
	pg_copy_col(u->login, sizeof u->login, r, row, 1);
	pg_copy_col(u->pw_hash, sizeof u->pw_hash, r, row, 2);
	pg_copy_col(u->role, sizeof u->role, r, row, 3);
	u->zone_id = pg_long(r, row, 4);
	u->enterprise_id = pg_long(r, row, 5);
	pg_copy_col(u->zone, sizeof u->zone, r, row, 6);
	pg_copy_col(u->enterprise, sizeof u->enterprise, r, row, 7);
	pg_copy_col(u->lang, sizeof u->lang, r, row, 8);
	u->disabled = (int)pg_long(r, row, 9);
	pg_copy_col(u->created_at, sizeof u->created_at, r, row, 10);
}

int pg_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		       long zone_id, long enterprise_id, const char *lang, long *id,
		       struct sb40_error *err)
{
	struct pg_store *s = PG(st);
	struct pg_params p = {0};
	char now[32], qu[128], sql[600];
	PGresult *r;
	const char *state;
	pgp_text(&p, login);
	pgp_text(&p, pw_hash);
	pgp_text(&p, role);
	pgp_long0(&p, zone_id);
	pgp_long0(&p, enterprise_id);
	pgp_text(&p, lang);
	pgp_text(&p, store_now(now));
	/* the shared INSERT plus RETURNING: the new id without a second query */
	snprintf(sql, sizeof sql, "%s RETURNING id", sqltext(S_USER_ADD));
	if (pg_bulk_pause(s, err))
		return err->code;
	r = PQexecParams(s->c, sql, p.n, NULL, p.v, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (state && !strcmp(state, "23505"))
			error_set(err, SB40_EEXIST, "user %s already exists",
				  error_quote(qu, sizeof qu, login, strlen(login)));
		else
			pg_error(s, r, err, "user");
		PQclear(r);
		return err->code;
	}
	*id = pg_long(r, 0, 0);
	PQclear(r);
	return 0;
}

int pg_user_get(struct store *st, const char *login, struct store_user *out,
		       struct sb40_error *err)
{
	struct pg_params p = {0};
	PGresult *r;
	int rc = 0;
	pgp_text(&p, login);
	if (!(r = pg_run(PG(st), S_USER_GET, &p, err)))
		return err->code;
	if (PQntuples(r) == 0)
		rc = SB40_ENOTFOUND;
	else
		read_user(r, 0, out);
	PQclear(r);
	return rc;
}

int pg_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err)
{
	PGresult *r = pg_run(PG(st), S_USER_LIST, NULL, err);
	struct store_user u;
	int stop = 0;
	if (!r)
		return err->code;
	for (int i = 0; i < PQntuples(r) && !stop; i++) {
		memset(&u, 0, sizeof u);
		read_user(r, i, &u);
		stop = fn(ctx, &u);
	}
	PQclear(r);
	return stop;
}

/* Run statement ID with LOGIN and a second parameter, then end LOGIN's
 * sessions.  SB40_ENOTFOUND when no user row changed. */
static int user_update(struct pg_store *s, int id, const char *login, const char *text2,
		       long long2, struct sb40_error *err)
{
	struct pg_params p = {0};
	char qu[128];
	long changes = 0;
	int rc;
	pgp_text(&p, login);
	if (text2)
		pgp_text(&p, text2);
	else
		pgp_long(&p, long2);
	if ((rc = pg_run_void(s, id, &p, &changes, err)))
		return rc;
	if (changes == 0)
		return error_set(err, SB40_ENOTFOUND, "no user %s",
				 error_quote(qu, sizeof qu, login, strlen(login)));
	p.n = 1;
	return pg_run_void(s, S_USER_KILL, &p, NULL, err);
}

int pg_user_set_disabled(struct store *st, const char *login, int disabled,
				struct sb40_error *err)
{
	return user_update(PG(st), S_USER_DISABLE, login, NULL, disabled != 0, err);
}

int pg_user_set_password(struct store *st, const char *login, const char *pw_hash,
				struct sb40_error *err)
{
	return user_update(PG(st), S_USER_PW, login, pw_hash, 0, err);
}

int pg_session_add(struct store *st, const char *token_hash, long user_id,
			  const char *csrf, const char *created_at, const char *expires_at,
			  struct sb40_error *err)
{
	struct pg_params p = {0};
	pgp_text(&p, token_hash);
	pgp_long(&p, user_id);
	pgp_text(&p, csrf);
	pgp_text(&p, created_at);
	pgp_text(&p, expires_at);
	return pg_run_void(PG(st), S_SESS_ADD, &p, NULL, err);
}

int pg_session_get(struct store *st, const char *token_hash, const char *now,
			  struct store_session *out, struct sb40_error *err)
{
	struct pg_params p = {0};
	PGresult *r;
	int rc = 0;
	pgp_text(&p, token_hash);
	pgp_text(&p, now);
	if (!(r = pg_run(PG(st), S_SESS_GET, &p, err)))
		return err->code;
	if (PQntuples(r) == 0) {
		rc = SB40_ENOTFOUND;
	} else {
		read_user(r, 0, &out->user);
		pg_copy_col(out->csrf, sizeof out->csrf, r, 0, 11);
		pg_copy_col(out->expires_at, sizeof out->expires_at, r, 0, 12);
	}
	PQclear(r);
	return rc;
}

static int one_text(struct store *st, int id, const char *v, struct sb40_error *err)
{
	struct pg_params p = {0};
	pgp_text(&p, v);
	return pg_run_void(PG(st), id, &p, NULL, err);
}

int pg_session_delete(struct store *st, const char *token_hash, struct sb40_error *err)
{
	return one_text(st, S_SESS_DEL, token_hash, err);
}

int pg_session_purge(struct store *st, const char *now, struct sb40_error *err)
{
	return one_text(st, S_SESS_PURGE, now, err);
}

int pg_throttle_get(struct store *st, const char *key, long *failures, long *last,
			   struct sb40_error *err)
{
	struct pg_params p = {0};
	PGresult *r;
	pgp_text(&p, key);
	if (!(r = pg_run(PG(st), S_THR_GET, &p, err)))
		return err->code;
	if (PQntuples(r) == 1) {
		*failures = pg_long(r, 0, 0);
		*last = pg_long(r, 0, 1);
	}
	PQclear(r);
	return 0;
}

int pg_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err)
{
	struct pg_params p = {0};
	pgp_text(&p, key);
	pgp_long(&p, now);
	return pg_run_void(PG(st), S_THR_FAIL, &p, NULL, err);
}

int pg_throttle_clear(struct store *st, const char *key, struct sb40_error *err)
{
	return one_text(st, S_THR_CLEAR, key, err);
}

