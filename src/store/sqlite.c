/* sqlite.c - the SQLite backend of store.h.
 *
 * One connection per handle, WAL journal, foreign keys on, a busy timeout,
 * synchronous=NORMAL (in WAL mode a crash of the process loses nothing that
 * was committed; only a power cut may lose the last transactions).
 * Statements are prepared once per handle and kept; user data is only ever
 * bound as parameters.  SQL texts use $1..$n so that PostgreSQL can share
 * them; parameters are bound by name.
 */
#include "store/store_int.h"
#include "store/queries.h"
#include "store/rowput.h"
#include "store/sqltext.h"
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 16

struct sqlite_store {
	struct store base;
	sqlite3 *db;
	sqlite3_stmt *stmt[S_N];
	/* pmap[id][i]: the index of parameter $i+1 in statement id (names are
	 * looked up once, not on every bind) */
	unsigned char pmap[S_N][MAX_PARAMS];
	sqlite3_stmt *last_q; /* the statement pidx() looked up last */
	const unsigned char *last_map;
	long ent_puts;        /* enterprise writes in this transaction */
	int tally_paused;     /* the tally's triggers are dropped until commit */
	char *tally_sql[2];   /* their CREATE TRIGGER texts, to make them again */
};



static int db_error(struct sqlite_store *s, struct sb40_error *err, const char *what)
{
	int code = sqlite3_extended_errcode(s->db);
	int prim = code & 0xff;
	int st = prim == SQLITE_CONSTRAINT ? SB40_EDB : prim == SQLITE_NOMEM ? SB40_ENOMEM
		 : prim == SQLITE_IOERR || prim == SQLITE_FULL || prim == SQLITE_CANTOPEN ? SB40_EIO
		 : SB40_EDB;
	return error_set(err, st, "database: %s: %s", what, sqlite3_errmsg(s->db));
}

/* The prepared statement ID, reset and with bindings cleared; NULL on error. */
static sqlite3_stmt *stmt(struct sqlite_store *s, int id, struct sb40_error *err)
{
	char name[16];
	if (!s->stmt[id]) {
		const char *sql = sqltext(id);
		if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[id], NULL)) {
			db_error(s, err, "prepare");
			return NULL;
		}
		for (int i = 0; i < MAX_PARAMS; i++) {
			snprintf(name, sizeof name, "$%d", i + 1);
			s->pmap[id][i] = (unsigned char)sqlite3_bind_parameter_index(s->stmt[id], name);
		}
	} else {
		sqlite3_reset(s->stmt[id]);
		sqlite3_clear_bindings(s->stmt[id]);
	}
	return s->stmt[id];
}

static int pidx(struct sqlite_store *s, sqlite3_stmt *q, int i)
{
	if (q != s->last_q) {
		s->last_map = NULL;
		for (int id = 0; id < S_N; id++)
			if (s->stmt[id] == q)
				s->last_map = s->pmap[id];
		s->last_q = q;
	}
	if (!s->last_map || i < 1 || i > MAX_PARAMS) {
		/* a one-off statement, not from stmt(): look the name up */
		char name[16];
		snprintf(name, sizeof name, "$%d", i);
		return sqlite3_bind_parameter_index(q, name);
	}
	return s->last_map[i - 1];
}

static void bind_text(struct sqlite_store *s, sqlite3_stmt *q, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(q, pidx(s, q, i), v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, pidx(s, q, i));
}

static void bind_long(struct sqlite_store *s, sqlite3_stmt *q, int i, long v)
{
	sqlite3_bind_int64(q, pidx(s, q, i), v);
}

static void bind_real(struct sqlite_store *s, sqlite3_stmt *q, int i, double v)
{
	if (isnan(v))
		sqlite3_bind_null(q, pidx(s, q, i));
	else
		sqlite3_bind_double(q, pidx(s, q, i), v);
}

static void bind_rowval(struct sqlite_store *s, sqlite3_stmt *q, int i, const struct rowval *v)
{
	switch (v->type) {
	case RV_TEXT:
		bind_text(s, q, i, v->s);
		break;
	case RV_INT:
		if (v->nullable && !v->l)
			sqlite3_bind_null(q, pidx(s, q, i));
		else
			bind_long(s, q, i, v->l);
		break;
	default:
		bind_real(s, q, i, v->d);
	}
}

static int run(struct sqlite_store *s, sqlite3_stmt *q, struct sb40_error *err, const char *what)
{
	int rc = sqlite3_step(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_error(s, err, what);
	return 0;
}

static void sq_close(struct store *st)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	for (int i = 0; i < S_N; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close_v2(s->db);
	free(s->tally_sql[0]);
	free(s->tally_sql[1]);
	free(s);
}

static int sq_exec_script(struct store *st, const char *sql, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		error_set(err, SB40_ESCHEMA, "%s", msg ? msg : "error");
		sqlite3_free(msg);
		return SB40_ESCHEMA;
	}
	return 0;
}

static int sq_schema_version(struct store *st, int *v, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q;
	*v = 0;
	/* created here, so that "is there a schema" needs no second query */
	if (sq_exec_script(st, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
			   "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", err)) {
		if (sqlite3_db_readonly(s->db, "main") == 1)
			error_clear(err);
		else
			return db_error(s, err, "schema_version");
	}
	if (!(q = stmt(s, S_VERSION, err)))
		return err->code;
	if (sqlite3_step(q) == SQLITE_ROW)
		*v = sqlite3_column_int(q, 0);
	else
		return db_error(s, err, "schema_version");
	sqlite3_reset(q);
	return 0;
}

static int sq_record_version(struct store *st, int v, const char *name, const char *at,
			     struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_VERSION_INS, err);
	if (!q)
		return err->code;
	bind_long(s, q, 1, v);
	bind_text(s, q, 2, name);
	bind_text(s, q, 3, at);
	return run(s, q, err, "schema_version");
}

/* The registry's tally (0007_enterprise_tally) is kept by triggers, one
 * upsert per firm written, which halves a large import's rate.  So after
 * TALLY_PAUSE_AFTER firms written in one transaction the insert and update
 * triggers are dropped (DDL is transactional in SQLite: a rollback brings
 * them back), and just before the commit the tally is counted afresh in one
 * pass and the triggers are made again from their saved texts.  Small
 * writes keep the triggers; no reader ever sees a tally out of step.
 * The recount reads the whole registry (about 2 us a firm against 10 us
 * for a trigger's upsert), so it is chosen only once the firms written are
 * at least a quarter of the registry: checked every TALLY_PAUSE_AFTER. */
#define TALLY_PAUSE_AFTER 20000
static const char *const tally_trigger[2] = {"enterprise_tally_insert",
					     "enterprise_tally_update"};
/* An upsert per firm straight from the scan: no sort, so no temporary
 * memory in proportion to the registry (a GROUP BY would sort it) */
static const char tally_recount[] =
	"DELETE FROM enterprise_tally; "
	"INSERT INTO enterprise_tally (region_id, zone_id, legal_form, activity_code, status, "
	"firms) SELECT region_id, coalesce(zone_id, 0), legal_form, coalesce(activity_code, ''), "
	"status, 1 FROM enterprise WHERE true ON CONFLICT (region_id, zone_id, legal_form, "
	"activity_code, status) DO UPDATE SET firms = firms + 1";

static void tally_forget(struct sqlite_store *s)
{
	for (int i = 0; i < 2; i++) {
		free(s->tally_sql[i]);
		s->tally_sql[i] = NULL;
	}
	s->tally_paused = 0;
	s->ent_puts = 0;
}

static int tally_pause(struct sqlite_store *s, struct sb40_error *err)
{
	sqlite3_stmt *q;
	char drop[64];
	long size = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT max(id) FROM enterprise", -1, &q, NULL) != SQLITE_OK)
		return db_error(s, err, "tally");
	if (sqlite3_step(q) == SQLITE_ROW)
		size = (long)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	if (s->ent_puts < size / 4)
		return 0; /* a small part of a large registry: the triggers are cheaper */
	for (int i = 0; i < 2; i++) {
		if (sqlite3_prepare_v2(s->db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
				       "AND name = ?1", -1, &q, NULL) != SQLITE_OK)
			return db_error(s, err, "tally");
		sqlite3_bind_text(q, 1, tally_trigger[i], -1, SQLITE_STATIC);
		if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0)) {
			s->tally_sql[i] = strdup((const char *)sqlite3_column_text(q, 0));
			if (!s->tally_sql[i]) {
				sqlite3_finalize(q);
				return error_set(err, SB40_ENOMEM, "out of memory");
			}
		}
		sqlite3_finalize(q);
	}
	if (!s->tally_sql[0] || !s->tally_sql[1]) /* an older schema: nothing to pause */
		return 0;
	for (int i = 0; i < 2; i++) {
		snprintf(drop, sizeof drop, "DROP TRIGGER %s", tally_trigger[i]);
		if (sqlite3_exec(s->db, drop, NULL, NULL, NULL) != SQLITE_OK)
			return db_error(s, err, "tally");
	}
	s->tally_paused = 1;
	return 0;
}

static int tally_resume(struct sqlite_store *s, struct sb40_error *err)
{
	if (sqlite3_exec(s->db, tally_recount, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(s->db, s->tally_sql[0], NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(s->db, s->tally_sql[1], NULL, NULL, NULL) != SQLITE_OK)
		return db_error(s, err, "tally");
	tally_forget(s);
	return 0;
}

static int sq_begin(struct store *st, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	tally_forget(s);
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return db_error(s, err, "begin");
	return 0;
}

static int sq_commit(struct store *st, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	if (s->tally_paused && tally_resume(s, err))
		return err->code;
	if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		return db_error(s, err, "commit");
	return 0;
}

static void sq_rollback(struct store *st)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	for (int i = 0; i < S_N; i++)
		if (s->stmt[i])
			sqlite3_reset(s->stmt[i]);
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	tally_forget(s);
}

/* Run a one-text-parameter lookup; *ID (and *ID2) from the first row. */
static int lookup(struct sqlite_store *s, int id, const char *key, long *out, long *out2,
		  struct sb40_error *err)
{
	sqlite3_stmt *q = stmt(s, id, err);
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, key);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*out = (long)sqlite3_column_int64(q, 0);
		if (out2)
			*out2 = (long)sqlite3_column_int64(q, 1);
		sqlite3_reset(q);
		return 0;
	}
	if (rc != SQLITE_DONE)
		return db_error(s, err, "lookup");
	return SB40_ENOTFOUND;
}

static int sq_region_id(struct store *st, const char *name, long *id, struct sb40_error *err)
{
	return lookup((struct sqlite_store *)st, S_REGION, name, id, NULL, err);
}

static int sq_zone_id(struct store *st, const char *code, long *id, struct sb40_error *err)
{
	return lookup((struct sqlite_store *)st, S_ZONE_ID, code, id, NULL, err);
}

static int sq_enterprise_id(struct store *st, const char *tin, long *id, long *zone_id,
			    struct sb40_error *err)
{
	long z = 0;
	int rc = lookup((struct sqlite_store *)st, S_ENT_ID, tin, id, &z, err);
	if (zone_id)
		*zone_id = z;
	return rc;
}

static void copy_col(char *dst, size_t n, sqlite3_stmt *q, int col)
{
	const unsigned char *t = sqlite3_column_text(q, col);
	snprintf(dst, n, "%s", t ? (const char *)t : "");
}

static double col_real(sqlite3_stmt *q, int col)
{
	return sqlite3_column_type(q, col) == SQLITE_NULL ? NAN : sqlite3_column_double(q, col);
}

static int sq_indicator_get(struct store *st, const char *code, struct store_indicator *o,
			    struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_INDICATOR, err);
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, code);
	rc = sqlite3_step(q);
	if (rc == SQLITE_DONE)
		return SB40_ENOTFOUND;
	if (rc != SQLITE_ROW)
		return db_error(s, err, "indicator");
	o->id = (long)sqlite3_column_int64(q, 0);
	copy_col(o->code, sizeof o->code, q, 1);
	copy_col(o->unit, sizeof o->unit, q, 2);
	for (int i = 0; i < 4; i++)
		copy_col(o->name[i], sizeof o->name[i], q, 3 + i);
	o->direction = sqlite3_column_int(q, 7);
	o->min = col_real(q, 8);
	o->max = col_real(q, 9);
	o->integer_valued = sqlite3_column_int(q, 10);
	o->derived = sqlite3_column_int(q, 11);
	sqlite3_reset(q);
	return 0;
}

static int sq_audit_add(struct store *st, const char *actor, const char *action,
			const char *entity, const char *before, const char *after,
			struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_AUDIT, err);
	char now[32];
	if (!q)
		return err->code;
	bind_text(s, q, 1, store_now(now));
	bind_text(s, q, 2, actor);
	bind_text(s, q, 3, action);
	bind_text(s, q, 4, entity);
	bind_text(s, q, 5, before);
	bind_text(s, q, 6, after);
	return run(s, q, err, "audit");
}

/* The put rule of rowput.h. */
static int row_put(struct sqlite_store *s, enum rowput_table t, struct rowval *v,
		   const char *entity, const char *actor, enum store_put *res,
		   struct sb40_error *err)
{
	const struct rowput_desc *d = &rowput_tables[t];
	int n = d->nkey + d->nval, rc, same = 1;
	struct rowval old[16];
	sqlite3_stmt *q = stmt(s, S_ROW_INS + t * 3, err);
	char *before = NULL, *after = NULL;

	if (!q)
		return err->code;
	for (int i = 0; i < n; i++)
		bind_rowval(s, q, i + 1, &v[i]);
	if ((rc = run(s, q, err, d->table)))
		return rc;
	if (sqlite3_changes(s->db) == 1) {
		*res = STORE_ADDED;
		return 0;
	}
	if (!(q = stmt(s, S_ROW_INS + t * 3 + 1, err)))
		return err->code;
	for (int i = 0; i < d->nkey; i++)
		bind_rowval(s, q, i + 1, &v[i]);
	if (sqlite3_step(q) != SQLITE_ROW)
		return db_error(s, err, d->table);
	for (int i = 0; i < d->nval; i++) {
		struct rowval *o = &old[d->nkey + i];
		*o = v[d->nkey + i];
		if (o->type == RV_TEXT)
			o->s = (const char *)sqlite3_column_text(q, i);
		else if (o->type == RV_INT)
			o->l = (long)sqlite3_column_int64(q, i);
		else
			o->d = col_real(q, i);
		if (!rowval_same(o, &v[d->nkey + i]))
			same = 0;
	}
	if (same) {
		sqlite3_reset(q);
		*res = STORE_UNCHANGED;
		return 0;
	}
	memcpy(old, v, (size_t)d->nkey * sizeof *v);
	before = rowput_json(old, 0, n);
	after = rowput_json(v, 0, n);
	sqlite3_reset(q); /* the old row's text is gone from here on */
	if (!(q = stmt(s, S_ROW_INS + t * 3 + 2, err))) {
		rc = err->code;
		goto out;
	}
	for (int i = 0; i < n; i++)
		bind_rowval(s, q, i + 1, &v[i]);
	if ((rc = run(s, q, err, d->table)))
		goto out;
	rc = sq_audit_add(&s->base, actor, "update", entity, before, after, err);
	if (!rc)
		*res = STORE_CHANGED;
out:
	free(before);
	free(after);
	return rc;
}

static int sq_zone_put(struct store *st, const struct store_zone *z, const char *actor,
		       enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	rowput_zone(z, v, entity);
	return row_put((struct sqlite_store *)st, RP_ZONE, v, entity, actor, res, err);
}

static int sq_enterprise_put(struct store *st, const struct store_enterprise *e,
			     const char *actor, enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	struct sqlite_store *s = (struct sqlite_store *)st;
	rowput_enterprise(e, v, entity);
	if (!sqlite3_get_autocommit(s->db) && !s->tally_paused &&
	    ++s->ent_puts % TALLY_PAUSE_AFTER == 0 && tally_pause(s, err))
		return err->code;
	return row_put(s, RP_ENTERPRISE, v, entity, actor, res, err);
}

static int sq_obligation_put(struct store *st, const struct store_obligation *o,
			     const char *actor, enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	rowput_obligation(o, v, entity);
	return row_put((struct sqlite_store *)st, RP_OBLIGATION, v, entity, actor, res, err);
}

static int sq_lot_put(struct store *st, const struct store_lot *l, const char *actor,
		      enum store_put *res, struct sb40_error *err)
{
	struct rowval v[16];
	char entity[128];
	rowput_lot(l, v, entity);
	return row_put((struct sqlite_store *)st, RP_LOT, v, entity, actor, res, err);
}

static int sq_observation_put(struct store *st, const struct store_obs *o, const char *actor,
			      enum store_put *res, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_OBS_LAST, err);
	long rev = 0;
	char now[32];
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, o->entity_kind);
	bind_long(s, q, 2, o->entity_id);
	bind_long(s, q, 3, o->indicator_id);
	bind_text(s, q, 4, o->period);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		rev = (long)sqlite3_column_int64(q, 0);
		if (store_same_value(sqlite3_column_double(q, 1), o->value)) {
			sqlite3_reset(q);
			*res = STORE_UNCHANGED;
			return 0;
		}
	} else if (rc != SQLITE_DONE) {
		return db_error(s, err, "observation");
	}
	sqlite3_reset(q);
	if (!(q = stmt(s, S_OBS_INS, err)))
		return err->code;
	bind_text(s, q, 1, o->entity_kind);
	bind_long(s, q, 2, o->entity_id);
	bind_long(s, q, 3, o->indicator_id);
	bind_text(s, q, 4, o->period);
	bind_long(s, q, 5, rev + 1);
	bind_real(s, q, 6, o->value);
	bind_text(s, q, 7, o->source);
	bind_text(s, q, 8, store_now(now));
	bind_text(s, q, 9, actor);
	if ((rc = run(s, q, err, "observation")))
		return rc;
	*res = rev ? STORE_CHANGED : STORE_ADDED;
	return 0;
}

static int scalar(struct sqlite_store *s, const char *sql, const char *p1, double *out,
		  struct sb40_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &q, NULL))
		return db_error(s, err, "overview");
	if (p1)
		bind_text(s, q, 1, p1);
	if (sqlite3_step(q) == SQLITE_ROW)
		*out = col_real(q, 0);
	else
		rc = db_error(s, err, "overview");
	sqlite3_finalize(q);
	return rc;
}

static int sq_count(struct store *st, enum store_table t, long *n, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_COUNT + (int)t, err);
	if (!q)
		return err->code;
	if (sqlite3_step(q) != SQLITE_ROW)
		return db_error(s, err, "count");
	*n = (long)sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return 0;
}

static int sq_overview(struct store *st, struct store_overview *o, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = NULL;
	double v = 0;
	int rc = 0;

	if ((rc = sq_count(st, STORE_T_REGION, &o->regions, err)) ||
	    (rc = sq_count(st, STORE_T_ZONE, &o->zones, err)) ||
	    (rc = sq_count(st, STORE_T_ENTERPRISE, &o->enterprises, err)) ||
	    (rc = sq_count(st, STORE_T_INDICATOR, &o->indicators, err)) ||
	    (rc = sq_count(st, STORE_T_OBSERVATION, &o->revisions, err)) ||
	    (rc = sq_count(st, STORE_T_OBLIGATION, &o->obligations, err)) ||
	    (rc = sq_count(st, STORE_T_LOT, &o->lots, err)))
		return rc;
	if ((rc = scalar(s, sqltext_current_count, NULL, &v, err)))
		return rc;
	o->observations = (long)v;
	if ((rc = scalar(s, sqltext_zone_area, NULL, &o->zone_area_ha, err)))
		return rc;
	if (sqlite3_prepare_v2(s->db, sqltext_latest_period, -1, &q, NULL))
		return db_error(s, err, "overview");
	if (sqlite3_step(q) == SQLITE_ROW)
		copy_col(o->latest_period, sizeof o->latest_period, q, 0);
	sqlite3_finalize(q);
	if (!o->latest_period[0])
		return 0;
	for (int k = 0; k < 2; k++) {
		if (sqlite3_prepare_v2(s->db, sqltext_zone_sum, -1, &q, NULL))
			return db_error(s, err, "overview");
		bind_text(s, q, 1, k ? "workers" : "enterprises");
		bind_text(s, q, 2, o->latest_period);
		if (sqlite3_step(q) == SQLITE_ROW) {
			double sum = col_real(q, 0);
			if (k)
				o->zone_workers = isnan(sum) ? 0 : sum;
			else {
				o->zone_enterprises = isnan(sum) ? 0 : sum;
				o->zones_with_data = (long)sqlite3_column_int64(q, 1);
			}
		}
		sqlite3_finalize(q);
	}
	return 0;
}

static int sq_history(struct store *st, const char *kind, long entity_id, long indicator_id,
		      const char *period, store_revision_fn fn, void *ctx, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_HIST, err);
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, kind);
	bind_long(s, q, 2, entity_id);
	bind_long(s, q, 3, indicator_id);
	bind_text(s, q, 4, period);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_revision r = {
			(const char *)sqlite3_column_text(q, 0), sqlite3_column_int(q, 1),
			sqlite3_column_double(q, 2), (const char *)sqlite3_column_text(q, 3),
			(const char *)sqlite3_column_text(q, 4), (const char *)sqlite3_column_text(q, 5),
		};
		int stop = fn(ctx, &r);
		if (stop) {
			sqlite3_reset(q);
			return stop;
		}
	}
	if (rc != SQLITE_DONE)
		return db_error(s, err, "history");
	sqlite3_reset(q);
	return 0;
}

static int sq_query(struct store *st, int query_id, int nparams, const char *const *params,
		    store_row_fn fn, void *ctx, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_QUERY + query_id, err);
	const char *vals[64];
	int rc, n;
	if (!q)
		return err->code;
	for (int i = 0; i < nparams; i++)
		bind_text(s, q, i + 1, params[i]);
	n = sqlite3_column_count(q);
	if (n > 64)
		return error_set(err, SB40_EDB, "query %d has too many columns", query_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int stop;
		for (int i = 0; i < n; i++)
			vals[i] = (const char *)sqlite3_column_text(q, i);
		stop = fn(ctx, n, vals);
		if (stop) {
			sqlite3_reset(q);
			return stop;
		}
	}
	if (rc != SQLITE_DONE)
		return db_error(s, err, "query");
	sqlite3_reset(q);
	return 0;
}

/* ---- users, sessions, throttling ---- */

static void read_user(sqlite3_stmt *q, struct store_user *u)
{
	u->id = (long)sqlite3_column_int64(q, 0);
	copy_col(u->login, sizeof u->login, q, 1);
	copy_col(u->pw_hash, sizeof u->pw_hash, q, 2);
	copy_col(u->role, sizeof u->role, q, 3);
	u->zone_id = (long)sqlite3_column_int64(q, 4);
	u->enterprise_id = (long)sqlite3_column_int64(q, 5);
	copy_col(u->zone, sizeof u->zone, q, 6);
	copy_col(u->enterprise, sizeof u->enterprise, q, 7);
	copy_col(u->lang, sizeof u->lang, q, 8);
	u->disabled = sqlite3_column_int(q, 9);
	copy_col(u->created_at, sizeof u->created_at, q, 10);
}

static int sq_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		       long zone_id, long enterprise_id, const char *lang, long *id,
		       struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_USER_ADD, err);
	char now[32], qu[128];
	if (!q)
		return err->code;
	bind_text(s, q, 1, login);
	bind_text(s, q, 2, pw_hash);
	bind_text(s, q, 3, role);
	if (zone_id)
		bind_long(s, q, 4, zone_id);
	if (enterprise_id)
		bind_long(s, q, 5, enterprise_id);
	bind_text(s, q, 6, lang);
	bind_text(s, q, 7, store_now(now));
	if (sqlite3_step(q) != SQLITE_DONE) {
		if (sqlite3_extended_errcode(s->db) == SQLITE_CONSTRAINT_UNIQUE) {
			sqlite3_reset(q);
			return error_set(err, SB40_EEXIST, "user %s already exists",
					 error_quote(qu, sizeof qu, login, strlen(login)));
		}
		return db_error(s, err, "user");
	}
	*id = (long)sqlite3_last_insert_rowid(s->db);
	return 0;
}

static int sq_user_get(struct store *st, const char *login, struct store_user *out,
		       struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_USER_GET, err);
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, login);
	rc = sqlite3_step(q);
	if (rc == SQLITE_DONE)
		return SB40_ENOTFOUND;
	if (rc != SQLITE_ROW)
		return db_error(s, err, "user");
	read_user(q, out);
	sqlite3_reset(q);
	return 0;
}

static int sq_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_USER_LIST, err);
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
		return db_error(s, err, "users");
	sqlite3_reset(q);
	return 0;
}

/* Run statement ID with LOGIN and (when SECOND) a second parameter; then
 * end LOGIN's sessions.  SB40_ENOTFOUND when no user row changed. */
static int user_update(struct sqlite_store *s, int id, const char *login, const char *text2,
		       long long2, struct sb40_error *err)
{
	sqlite3_stmt *q = stmt(s, id, err);
	char qu[128];
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, login);
	if (text2)
		bind_text(s, q, 2, text2);
	else
		bind_long(s, q, 2, long2);
	if ((rc = run(s, q, err, "user")))
		return rc;
	if (sqlite3_changes(s->db) == 0)
		return error_set(err, SB40_ENOTFOUND, "no user %s",
				 error_quote(qu, sizeof qu, login, strlen(login)));
	if (!(q = stmt(s, S_USER_KILL, err)))
		return err->code;
	bind_text(s, q, 1, login);
	return run(s, q, err, "session");
}

static int sq_user_set_disabled(struct store *st, const char *login, int disabled,
				struct sb40_error *err)
{
	return user_update((struct sqlite_store *)st, S_USER_DISABLE, login, NULL, disabled != 0, err);
}

static int sq_user_set_password(struct store *st, const char *login, const char *pw_hash,
				struct sb40_error *err)
{
	return user_update((struct sqlite_store *)st, S_USER_PW, login, pw_hash, 0, err);
}

static int sq_session_add(struct store *st, const char *token_hash, long user_id,
			  const char *csrf, const char *created_at, const char *expires_at,
			  struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_SESS_ADD, err);
	if (!q)
		return err->code;
	bind_text(s, q, 1, token_hash);
	bind_long(s, q, 2, user_id);
	bind_text(s, q, 3, csrf);
	bind_text(s, q, 4, created_at);
	bind_text(s, q, 5, expires_at);
	return run(s, q, err, "session");
}

static int sq_session_get(struct store *st, const char *token_hash, const char *now,
			  struct store_session *out, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_SESS_GET, err);
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, token_hash);
	bind_text(s, q, 2, now);
	rc = sqlite3_step(q);
	if (rc == SQLITE_DONE)
		return SB40_ENOTFOUND;
	if (rc != SQLITE_ROW)
		return db_error(s, err, "session");
	read_user(q, &out->user);
	copy_col(out->csrf, sizeof out->csrf, q, 11);
	copy_col(out->expires_at, sizeof out->expires_at, q, 12);
	sqlite3_reset(q);
	return 0;
}

static int one_text(struct sqlite_store *s, int id, const char *v, struct sb40_error *err)
{
	sqlite3_stmt *q = stmt(s, id, err);
	if (!q)
		return err->code;
	bind_text(s, q, 1, v);
	return run(s, q, err, "session");
}

static int sq_session_delete(struct store *st, const char *token_hash, struct sb40_error *err)
{
	return one_text((struct sqlite_store *)st, S_SESS_DEL, token_hash, err);
}

static int sq_session_purge(struct store *st, const char *now, struct sb40_error *err)
{
	return one_text((struct sqlite_store *)st, S_SESS_PURGE, now, err);
}

static int sq_throttle_get(struct store *st, const char *key, long *failures, long *last,
			   struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_THR_GET, err);
	int rc;
	if (!q)
		return err->code;
	bind_text(s, q, 1, key);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*failures = (long)sqlite3_column_int64(q, 0);
		*last = (long)sqlite3_column_int64(q, 1);
	} else if (rc != SQLITE_DONE) {
		return db_error(s, err, "throttle");
	}
	sqlite3_reset(q);
	return 0;
}

static int sq_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = stmt(s, S_THR_FAIL, err);
	if (!q)
		return err->code;
	bind_text(s, q, 1, key);
	bind_long(s, q, 2, now);
	return run(s, q, err, "throttle");
}

static int sq_throttle_clear(struct store *st, const char *key, struct sb40_error *err)
{
	return one_text((struct sqlite_store *)st, S_THR_CLEAR, key, err);
}

static const struct store_ops sqlite_ops = {
	.name = "sqlite",
	.close = sq_close,
	.exec_script = sq_exec_script,
	.schema_version = sq_schema_version,
	.record_version = sq_record_version,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.region_id = sq_region_id,
	.zone_id = sq_zone_id,
	.enterprise_id = sq_enterprise_id,
	.indicator_get = sq_indicator_get,
	.zone_put = sq_zone_put,
	.enterprise_put = sq_enterprise_put,
	.observation_put = sq_observation_put,
	.obligation_put = sq_obligation_put,
	.lot_put = sq_lot_put,
	.audit_add = sq_audit_add,
	.overview = sq_overview,
	.observation_history = sq_history,
	.count = sq_count,
	.query = sq_query,
	.user_add = sq_user_add,
	.user_get = sq_user_get,
	.user_list = sq_user_list,
	.user_set_disabled = sq_user_set_disabled,
	.user_set_password = sq_user_set_password,
	.session_add = sq_session_add,
	.session_get = sq_session_get,
	.session_delete = sq_session_delete,
	.session_purge = sq_session_purge,
	.throttle_get = sq_throttle_get,
	.throttle_fail = sq_throttle_fail,
	.throttle_clear = sq_throttle_clear,
};

int store_sqlite_open(const char *path, int create, struct store **out, struct sb40_error *err)
{
	struct sqlite_store *s = calloc(1, sizeof *s);
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
	int rc;
	static const char pragmas[] =
		"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
		"PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;";
	if (!s)
		return error_set(err, SB40_ENOMEM, "out of memory");
	s->base.ops = &sqlite_ops;
	rc = sqlite3_open_v2(path, &s->db, flags, NULL);
	if (rc != SQLITE_OK) {
		if (rc == SQLITE_CANTOPEN && !create)
			error_set(err, SB40_EIO, "no database at \"%s\"; run 'sb40 init --db %s' "
				  "or 'sb40 demo --db %s'", path, path, path);
		else
			error_set(err, SB40_EIO, "cannot open database \"%s\": %s", path,
				  s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
		sq_close(&s->base);
		return SB40_EIO;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	if (sqlite3_exec(s->db, pragmas, NULL, NULL, NULL) != SQLITE_OK) {
		rc = error_set(err, SB40_EIO, "\"%s\" is not a usable SQLite database: %s", path,
			       sqlite3_errmsg(s->db));
		sq_close(&s->base);
		return rc;
	}
	*out = &s->base;
	return 0;
}
