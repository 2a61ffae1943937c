/* pg.c - the PostgreSQL backend of store.h, on libpq.
 *
 * One connection per handle (the web server opens one handle per worker
 * thread).  Every statement with user data is prepared once per connection
 * (pg_conn.c) and run with text parameters; the SQL texts are those the
 * SQLite backend runs (sqltext.c, queries.c).  Errors map to the same codes
 * as SQLite's: constraint and other refusals SB40_EDB, a duplicate login
 * SB40_EEXIST with the same message, a lost connection SB40_EIO.  Imports
 * stream through COPY (pg_bulk.c).
 */
#include "store/pg_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PG(st) ((struct pg_store *)(st))

static void pg_close(struct store *st)
{
	struct pg_store *s = PG(st);
	buf_release(&s->copy);
	PQfinish(s->c);
	free(s);
}

static int pg_exec_script(struct store *st, const char *sql, struct sb40_error *err)
{
	struct pg_store *s = PG(st);
	PGresult *r;
	int rc = 0;
	if (pg_bulk_pause(s, err))
		return err->code;
	r = PQexec(s->c, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
		char msg[sizeof err->msg];
		pg_error(s, r, err, "script");
		snprintf(msg, sizeof msg, "%s", err->msg);
		rc = error_set(err, SB40_ESCHEMA, "%s", msg);
	}
	PQclear(r);
	return rc;
}

static int pg_schema_version(struct store *st, int *v, struct sb40_error *err)
{
	struct pg_store *s = PG(st);
	PGresult *r;
	int missing;
	*v = 0;
	/* created here when missing (by the role that migrates; a
	 * least-privilege role only reads it: see docs/deploy.md) */
	if (!(r = pg_sql(s, "SELECT to_regclass('schema_version') IS NULL", NULL, err)))
		return err->code;
	missing = !strcmp(PQgetvalue(r, 0, 0), "t");
	PQclear(r);
	if (missing && pg_exec(s, "CREATE TABLE schema_version (version BIGINT PRIMARY KEY, "
			       "name TEXT NOT NULL, applied_at TEXT NOT NULL)", err))
		return err->code;
	if (!(r = pg_run(s, S_VERSION, NULL, err)))
		return err->code;
	*v = (int)pg_long(r, 0, 0);
	PQclear(r);
	return 0;
}

int pg_run_void(struct pg_store *s, int id, const struct pg_params *p, long *changes,
		struct sb40_error *err)
{
	PGresult *r = pg_run(s, id, p, err);
	if (!r)
		return err->code;
	if (changes)
		*changes = pg_changes(r);
	PQclear(r);
	return 0;
}

static int pg_record_version(struct store *st, int v, const char *name, const char *at,
			     struct sb40_error *err)
{
	struct pg_params p = {0};
	pgp_long(&p, v);
	pgp_text(&p, name);
	pgp_text(&p, at);
	return pg_run_void(PG(st), S_VERSION_INS, &p, NULL, err);
}

static int pg_begin(struct store *st, struct sb40_error *err)
{
	return pg_exec(PG(st), "BEGIN", err);
}

static void pg_rollback(struct store *st)
{
	struct pg_store *s = PG(st);
	pg_bulk_reset(s); /* first: abandon an open COPY */
	PQclear(PQexec(s->c, "ROLLBACK"));
}

static int pg_commit(struct store *st, struct sb40_error *err)
{
	struct pg_store *s = PG(st);
	PGresult *r;
	int rc = 0;
	if (pg_bulk_pause(s, err)) {
		pg_rollback(st);
		return err->code;
	}
	r = PQexec(s->c, "COMMIT");
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		rc = pg_error(s, r, err, "commit");
	else if (strcmp(PQcmdStatus(r), "COMMIT")) /* an aborted transaction ends so */
		rc = error_set(err, SB40_EDB, "database: commit: the transaction was rolled back");
	PQclear(r);
	pg_bulk_reset(s);
	return rc;
}


/* A one-text-parameter lookup; *OUT (and *OUT2) from the first row. */
static int lookup(struct pg_store *s, int id, const char *key, long *out, long *out2,
		  struct sb40_error *err)
{
	struct pg_params p = {0};
	PGresult *r;
	int rc = 0;
	pgp_text(&p, key);
	if (!(r = pg_run(s, id, &p, err)))
		return err->code;
	if (PQntuples(r) == 0) {
		rc = SB40_ENOTFOUND;
	} else {
		*out = pg_long(r, 0, 0);
		if (out2)
			*out2 = pg_long(r, 0, 1);
	}
	PQclear(r);
	return rc;
}

static int pg_region_id(struct store *st, const char *name, long *id, struct sb40_error *err)
{
	return lookup(PG(st), S_REGION, name, id, NULL, err);
}

static int pg_zone_id(struct store *st, const char *code, long *id, struct sb40_error *err)
{
	return lookup(PG(st), S_ZONE_ID, code, id, NULL, err);
}

static int pg_enterprise_id(struct store *st, const char *tin, long *id, long *zone_id,
			    struct sb40_error *err)
{
	long z = 0;
	int rc = lookup(PG(st), S_ENT_ID, tin, id, &z, err);
	if (zone_id)
		*zone_id = z;
	return rc;
}

void pg_copy_col(char *dst, size_t n, const PGresult *r, int row, int col)
{
	const char *t = pg_str(r, row, col);
	snprintf(dst, n, "%s", t ? t : "");
}

static int pg_indicator_get(struct store *st, const char *code, struct store_indicator *o,
			    struct sb40_error *err)
{
	struct pg_params p = {0};
	PGresult *r;
	pgp_text(&p, code);
	if (!(r = pg_run(PG(st), S_INDICATOR, &p, err)))
		return err->code;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return SB40_ENOTFOUND;
	}
	o->id = pg_long(r, 0, 0);
	pg_copy_col(o->code, sizeof o->code, r, 0, 1);
	pg_copy_col(o->unit, sizeof o->unit, r, 0, 2);
	for (int i = 0; i < 4; i++)
		pg_copy_col(o->name[i], sizeof o->name[i], r, 0, 3 + i);
	o->direction = (int)pg_long(r, 0, 7);
	o->min = pg_real(r, 0, 8);
	o->max = pg_real(r, 0, 9);
	o->integer_valued = (int)pg_long(r, 0, 10);
	o->derived = (int)pg_long(r, 0, 11);
	PQclear(r);
	return 0;
}

int pg_audit_add(struct store *st, const char *actor, const char *action, const char *entity,
		 const char *before, const char *after, struct sb40_error *err)
{
	struct pg_params p = {0};
	char now[32];
	pgp_text(&p, store_now(now));
	pgp_text(&p, actor);
	pgp_text(&p, action);
	pgp_text(&p, entity);
	pgp_text(&p, before);
	pgp_text(&p, after);
	return pg_run_void(PG(st), S_AUDIT, &p, NULL, err);
}

/* The put rule of rowput.h. */
static int row_put(struct pg_store *s, enum rowput_table t, struct rowval *v, const char *entity,
		   const char *actor, enum store_put *res, struct sb40_error *err)
{
	const struct rowput_desc *d = &rowput_tables[t];
	int n = d->nkey + d->nval, rc = 0, same = 1;
	struct pg_params p = {0};
	struct rowval old[16];
	char *before = NULL, *after = NULL;
	long changes = 0;
	PGresult *r;

	for (int i = 0; i < n; i++)
		pgp_rowval(&p, &v[i]);
	if ((rc = pg_run_void(s, S_ROW_INS + t * 3, &p, &changes, err)))
		return rc;
	if (changes == 1) {
		*res = STORE_ADDED;
		return 0;
	}
	p.n = d->nkey; /* the same key parameters */
	if (!(r = pg_run(s, S_ROW_INS + t * 3 + 1, &p, err)))
		return err->code;
	if (PQntuples(r) != 1) {
		PQclear(r);
		return error_set(err, SB40_EDB, "database: %s: the row vanished", d->table);
	}
	for (int i = 0; i < d->nval; i++) {
		struct rowval *o = &old[d->nkey + i];
		*o = v[d->nkey + i];
		if (o->type == RV_TEXT)
			o->s = pg_str(r, 0, i);
		else if (o->type == RV_INT)
			o->l = pg_long(r, 0, i);
		else
			o->d = pg_real(r, 0, i);
		if (!rowval_same(o, &v[d->nkey + i]))
			same = 0;
	}
	if (same) {
		PQclear(r);
		*res = STORE_UNCHANGED;
		return 0;
	}
	memcpy(old, v, (size_t)d->nkey * sizeof *v);
	before = rowput_json(old, 0, n);
	after = rowput_json(v, 0, n);
	PQclear(r);
	p.n = n;
	if (!(rc = pg_run_void(s, S_ROW_INS + t * 3 + 2, &p, NULL, err)))
		rc = pg_audit_add(&s->base, actor, "update", entity, before, after, err);
	if (!rc)
		*res = STORE_CHANGED;
	free(before);
	free(after);
	return rc;
}

static int pg_zone_put(struct store *st, const struct store_zone *z, const char *actor,
		       enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	rowput_zone(z, v, entity);
	return row_put(PG(st), RP_ZONE, v, entity, actor, res, err);
}

static int pg_enterprise_put(struct store *st, const struct store_enterprise *e,
			     const char *actor, enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	if (PG(st)->bulk) {
		*res = STORE_UNCHANGED; /* counted by store_bulk_end */
		return pg_bulk_enterprise(PG(st), e, err);
	}
	rowput_enterprise(e, v, entity);
	return row_put(PG(st), RP_ENTERPRISE, v, entity, actor, res, err);
}

static int pg_obligation_put(struct store *st, const struct store_obligation *o,
			     const char *actor, enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	rowput_obligation(o, v, entity);
	return row_put(PG(st), RP_OBLIGATION, v, entity, actor, res, err);
}

static int pg_lot_put(struct store *st, const struct store_lot *l, const char *actor,
		      enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	rowput_lot(l, v, entity);
	return row_put(PG(st), RP_LOT, v, entity, actor, res, err);
}

static int pg_observation_put(struct store *st, const struct store_obs *o, const char *actor,
			      enum store_put *res, struct sb40_error *err)
{
	struct pg_store *s = PG(st);
	struct pg_params p = {0};
	PGresult *r;
	long rev = 0;
	char now[32];
	int rc;
	if (s->bulk) {
		*res = STORE_UNCHANGED; /* counted by store_bulk_end */
		return pg_bulk_observation(s, o, err);
	}
	pgp_text(&p, o->entity_kind);
	pgp_long(&p, o->entity_id);
	pgp_long(&p, o->indicator_id);
	pgp_text(&p, o->period);
	if (!(r = pg_run(s, S_OBS_LAST, &p, err)))
		return err->code;
	if (PQntuples(r) == 1) {
		rev = pg_long(r, 0, 0);
		if (store_same_value(pg_real(r, 0, 1), o->value)) {
			PQclear(r);
			*res = STORE_UNCHANGED;
			return 0;
		}
	}
	PQclear(r);
	pgp_long(&p, rev + 1);
	pgp_real(&p, o->value);
	pgp_text(&p, o->source);
	pgp_text(&p, store_now(now));
	pgp_text(&p, actor);
	if ((rc = pg_run_void(s, S_OBS_INS, &p, NULL, err)))
		return rc;
	*res = rev ? STORE_CHANGED : STORE_ADDED;
	return 0;
}

static int pg_count(struct store *st, enum store_table t, long *n, struct sb40_error *err)
{
	PGresult *r = pg_run(PG(st), S_COUNT + (int)t, NULL, err);
	if (!r)
		return err->code;
	*n = pg_long(r, 0, 0);
	PQclear(r);
	return 0;
}

/* The first row of SQL with P; NULL with ERR set on error. */
static PGresult *first_row(struct pg_store *s, const char *sql, const struct pg_params *p,
			   struct sb40_error *err)
{
	PGresult *r = pg_sql(s, sql, p, err);
	if (r && PQntuples(r) < 1) {
		PQclear(r);
		error_set(err, SB40_EDB, "database: overview: no row");
		return NULL;
	}
	return r;
}

static int pg_overview(struct store *st, struct store_overview *o, struct sb40_error *err)
{
	struct pg_store *s = PG(st);
	PGresult *r;
	int rc;
	if ((rc = pg_count(st, STORE_T_REGION, &o->regions, err)) ||
	    (rc = pg_count(st, STORE_T_ZONE, &o->zones, err)) ||
	    (rc = pg_count(st, STORE_T_ENTERPRISE, &o->enterprises, err)) ||
	    (rc = pg_count(st, STORE_T_INDICATOR, &o->indicators, err)) ||
	    (rc = pg_count(st, STORE_T_OBSERVATION, &o->revisions, err)) ||
	    (rc = pg_count(st, STORE_T_OBLIGATION, &o->obligations, err)) ||
	    (rc = pg_count(st, STORE_T_LOT, &o->lots, err)))
		return rc;
	if (!(r = first_row(s, sqltext_current_count, NULL, err)))
		return err->code;
	o->observations = pg_long(r, 0, 0);
	PQclear(r);
	if (!(r = first_row(s, sqltext_zone_area, NULL, err)))
		return err->code;
	o->zone_area_ha = pg_real(r, 0, 0);
	PQclear(r);
	if (!(r = first_row(s, sqltext_latest_period, NULL, err)))
		return err->code;
	pg_copy_col(o->latest_period, sizeof o->latest_period, r, 0, 0);
	PQclear(r);
	if (!o->latest_period[0])
		return 0;
	for (int k = 0; k < 2; k++) {
		struct pg_params p = {0};
		double sum;
		pgp_text(&p, k ? "workers" : "enterprises");
		pgp_text(&p, o->latest_period);
		if (!(r = first_row(s, sqltext_zone_sum, &p, err)))
			return err->code;
		sum = pg_real(r, 0, 0);
		if (k) {
			o->zone_workers = isnan(sum) ? 0 : sum;
		} else {
			o->zone_enterprises = isnan(sum) ? 0 : sum;
			o->zones_with_data = pg_long(r, 0, 1);
		}
		PQclear(r);
	}
	return 0;
}

static int pg_history(struct store *st, const char *kind, long entity_id, long indicator_id,
		      const char *period, store_revision_fn fn, void *ctx, struct sb40_error *err)
{
	struct pg_params p = {0};
	PGresult *r;
	int stop = 0;
	pgp_text(&p, kind);
	pgp_long(&p, entity_id);
	pgp_long(&p, indicator_id);
	pgp_text(&p, period);
	if (!(r = pg_run(PG(st), S_HIST, &p, err)))
		return err->code;
	for (int i = 0; i < PQntuples(r) && !stop; i++) {
		struct store_revision v = {
			pg_str(r, i, 0), (int)pg_long(r, i, 1), pg_real(r, i, 2), pg_str(r, i, 3),
			pg_str(r, i, 4), pg_str(r, i, 5),
		};
		stop = fn(ctx, &v);
	}
	PQclear(r);
	return stop;
}

static int pg_query(struct store *st, int query_id, int nparams, const char *const *params,
		    store_row_fn fn, void *ctx, struct sb40_error *err)
{
	struct pg_params p = {0};
	const char *vals[64];
	char tmp[64][32];
	PGresult *r;
	int n, stop = 0;
	if (nparams > PG_MAX_PARAMS)
		return error_set(err, SB40_EINVAL, "query %d: too many parameters", query_id);
	for (int i = 0; i < nparams; i++)
		pgp_text(&p, params[i]);
	/* parameters not given are NULL, as SQLite leaves them */
	for (const char *q = strchr(sqltext(S_QUERY + query_id), '$'); q; q = strchr(q + 1, '$')) {
		int k = atoi(q + 1);
		while (p.n < k && p.n < PG_MAX_PARAMS)
			pgp_text(&p, NULL);
	}
	if (!(r = pg_run(PG(st), S_QUERY + query_id, &p, err)))
		return err->code;
	n = PQnfields(r);
	if (n > 64) {
		PQclear(r);
		return error_set(err, SB40_EDB, "query %d has too many columns", query_id);
	}
	for (int i = 0; i < PQntuples(r) && !stop; i++) {
		for (int c = 0; c < n; c++)
			vals[c] = pg_cell(r, i, c, tmp[c], sizeof tmp[c]);
		stop = fn(ctx, n, vals);
	}
	PQclear(r);
	return stop;
}

static const struct store_ops pg_ops = {
	.name = "postgresql",
	.close = pg_close,
	.exec_script = pg_exec_script,
	.schema_version = pg_schema_version,
	.record_version = pg_record_version,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.region_id = pg_region_id,
	.zone_id = pg_zone_id,
	.enterprise_id = pg_enterprise_id,
	.indicator_get = pg_indicator_get,
	.zone_put = pg_zone_put,
	.enterprise_put = pg_enterprise_put,
	.observation_put = pg_observation_put,
	.obligation_put = pg_obligation_put,
	.lot_put = pg_lot_put,
	.audit_add = pg_audit_add,
	.overview = pg_overview,
	.observation_history = pg_history,
	.count = pg_count,
	.query = pg_query,
	.user_add = pg_user_add,
	.user_get = pg_user_get,
	.user_list = pg_user_list,
	.user_set_disabled = pg_user_set_disabled,
	.user_set_password = pg_user_set_password,
	.session_add = pg_session_add,
	.session_get = pg_session_get,
	.session_delete = pg_session_delete,
	.session_purge = pg_session_purge,
	.throttle_get = pg_throttle_get,
	.throttle_fail = pg_throttle_fail,
	.throttle_clear = pg_throttle_clear,
	.bulk_begin = pg_bulk_begin,
	.bulk_end = pg_bulk_end,
};

/* Notices (an ANALYZE a non-owner may not run, ...) are not errors: sb40
 * prints nothing for them, as for SQLite. */
static void quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

int store_pg_open(const char *url, struct store **out, struct sb40_error *err)
{
	struct pg_store *s = calloc(1, sizeof *s);
	char safe[256];
	const char *at;
	*out = NULL;
	if (!s)
		return error_set(err, SB40_ENOMEM, "out of memory");
	s->base.ops = &pg_ops;
	buf_init(&s->copy);
	s->c = PQconnectdb(url);
	if (PQstatus(s->c) != CONNECTION_OK) {
		char msg[300];
		size_t n;
		snprintf(msg, sizeof msg, "%s", PQerrorMessage(s->c));
		n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
		/* never echo a password: show the URL from the host on */
		at = strrchr(url, '@');
		snprintf(safe, sizeof safe, "postgres://%s", at ? at + 1 : strstr(url, "//") + 2);
		error_set(err, SB40_EIO, "cannot connect to database \"%s\": %s", safe, msg);
		pg_close(&s->base);
		return SB40_EIO;
	}
	PQsetNoticeProcessor(s->c, quiet, NULL);
	/* sb40's texts are UTF-8; the server's notices stay quiet; a statement is
	 * planned with its parameters' values, so that "($1 IS NULL OR x = $1)"
	 * filters use x's index (a generic plan cannot) */
	if (pg_exec(s, "SET client_encoding = 'UTF8'; SET client_min_messages = warning; "
		    "SET plan_cache_mode = force_custom_plan", err)) {
		pg_close(&s->base);
		return err->code;
	}
	*out = &s->base;
	return 0;
}
