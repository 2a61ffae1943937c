/* sqlite.c - the SQLite backend of store.h.
 *
 * One connection per handle, WAL journal, foreign keys on, a busy timeout,
 * synchronous=NORMAL (in WAL mode a crash of the process loses nothing that
 * was committed; only a power cut may lose the last transactions).
 * Statements are prepared once per handle and kept; user data is only ever
 * bound as parameters.  SQL texts use $1..$n so that PostgreSQL can share
 * them; parameters are bound by name.
 *
 * This file holds the handle, the statement cache and binding helpers
 * (sqlite_int.h), schema and transactions, the put rule and the
 * lookups; sqlite_query.c the read-only queries (overview, history, counts,
 * store_query); sqlite_users.c users, sessions and throttling.
 * Ownership: the handle owns its statements and connection (sq_close
 * frees all); rows read are copied into the caller's structs.
 */
#include "store/sqlite_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sq_db_error(struct sqlite_store *s, struct sb40_error *err, const char *what)
{
	int code = sqlite3_extended_errcode(s->db);
	int prim = code & 0xff;
	int st = prim == SQLITE_CONSTRAINT ? SB40_EDB : prim == SQLITE_NOMEM ? SB40_ENOMEM
		 : prim == SQLITE_IOERR || prim == SQLITE_FULL || prim == SQLITE_CANTOPEN ? SB40_EIO
		 : SB40_EDB;
	return error_set(err, st, "database: %s: %s", what, sqlite3_errmsg(s->db));
}

/* The prepared statement ID, reset and with bindings cleared; NULL on error. */
sqlite3_stmt *sq_stmt(struct sqlite_store *s, int id, struct sb40_error *err)
{
	char name[16];
	if (!s->stmt[id]) {
		const char *sql = sqltext(id);
		if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[id], NULL)) {
			sq_db_error(s, err, "prepare");
			return NULL;
		}
		for (int i = 0; i < SQ_MAX_PARAMS; i++) {
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
	if (!s->last_map || i < 1 || i > SQ_MAX_PARAMS) {
		/* a one-off statement, not from sq_stmt(): look the name up */
		char name[16];
		snprintf(name, sizeof name, "$%d", i);
		return sqlite3_bind_parameter_index(q, name);
	}
	return s->last_map[i - 1];
}

void sq_bind_text(struct sqlite_store *s, sqlite3_stmt *q, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(q, pidx(s, q, i), v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, pidx(s, q, i));
}

void sq_bind_long(struct sqlite_store *s, sqlite3_stmt *q, int i, long v)
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
		sq_bind_text(s, q, i, v->s);
		break;
	case RV_INT:
		if (v->nullable && !v->l)
			sqlite3_bind_null(q, pidx(s, q, i));
		else
			sq_bind_long(s, q, i, v->l);
		break;
	default:
		bind_real(s, q, i, v->d);
	}
}

int sq_run(struct sqlite_store *s, sqlite3_stmt *q, struct sb40_error *err, const char *what)
{
	int rc = sqlite3_step(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return sq_db_error(s, err, what);
	return 0;
}

int sq_first_row(struct sqlite_store *s, int id, const char *key, const char *key2,
		 sqlite3_stmt **q, struct sb40_error *err, const char *what)
{
	int rc;
	if (!(*q = sq_stmt(s, id, err)))
		return err->code;
	sq_bind_text(s, *q, 1, key);
	if (key2)
		sq_bind_text(s, *q, 2, key2);
	rc = sqlite3_step(*q);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return SB40_ENOTFOUND;
	return sq_db_error(s, err, what);
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
			return sq_db_error(s, err, "schema_version");
	}
	if (!(q = sq_stmt(s, S_VERSION, err)))
		return err->code;
	if (sqlite3_step(q) == SQLITE_ROW)
		*v = sqlite3_column_int(q, 0);
	else
		return sq_db_error(s, err, "schema_version");
	sqlite3_reset(q);
	return 0;
}

static int sq_record_version(struct store *st, int v, const char *name, const char *at,
			     struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_VERSION_INS, err);
	if (!q)
		return err->code;
	sq_bind_long(s, q, 1, v);
	sq_bind_text(s, q, 2, name);
	sq_bind_text(s, q, 3, at);
	return sq_run(s, q, err, "schema_version");
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
		return sq_db_error(s, err, "tally");
	if (sqlite3_step(q) == SQLITE_ROW)
		size = (long)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	if (s->ent_puts < size / 4)
		return 0; /* a small part of a large registry: the triggers are cheaper */
	for (int i = 0; i < 2; i++) {
		if (sqlite3_prepare_v2(s->db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
				       "AND name = ?1", -1, &q, NULL) != SQLITE_OK)
			return sq_db_error(s, err, "tally");
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
			return sq_db_error(s, err, "tally");
	}
	s->tally_paused = 1;
	return 0;
}

static int tally_resume(struct sqlite_store *s, struct sb40_error *err)
{
	if (sqlite3_exec(s->db, tally_recount, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(s->db, s->tally_sql[0], NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(s->db, s->tally_sql[1], NULL, NULL, NULL) != SQLITE_OK)
		return sq_db_error(s, err, "tally");
	tally_forget(s);
	return 0;
}

static int sq_begin(struct store *st, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	tally_forget(s);
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return sq_db_error(s, err, "begin");
	return 0;
}

static int sq_commit(struct store *st, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	if (s->tally_paused && tally_resume(s, err))
		return err->code;
	if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		return sq_db_error(s, err, "commit");
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
	sqlite3_stmt *q;
	int rc = sq_first_row(s, id, key, NULL, &q, err, "lookup");
	if (rc)
		return rc;
	*out = (long)sqlite3_column_int64(q, 0);
	if (out2)
		*out2 = (long)sqlite3_column_int64(q, 1);
	sqlite3_reset(q);
	return 0;
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

void sq_copy_col(char *dst, size_t n, sqlite3_stmt *q, int col)
{
	const unsigned char *t = sqlite3_column_text(q, col);
	snprintf(dst, n, "%s", t ? (const char *)t : "");
}

double sq_col_real(sqlite3_stmt *q, int col)
{
	return sqlite3_column_type(q, col) == SQLITE_NULL ? NAN : sqlite3_column_double(q, col);
}

static int sq_indicator_get(struct store *st, const char *code, struct store_indicator *o,
			    struct sb40_error *err)
{
	sqlite3_stmt *q;
	int rc = sq_first_row((struct sqlite_store *)st, S_INDICATOR, code, NULL, &q, err,
			      "indicator");
	if (rc)
		return rc;
	o->id = (long)sqlite3_column_int64(q, 0);
	sq_copy_col(o->code, sizeof o->code, q, 1);
	sq_copy_col(o->unit, sizeof o->unit, q, 2);
	for (int i = 0; i < 4; i++)
		sq_copy_col(o->name[i], sizeof o->name[i], q, 3 + i);
	o->direction = sqlite3_column_int(q, 7);
	o->min = sq_col_real(q, 8);
	o->max = sq_col_real(q, 9);
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
	sqlite3_stmt *q = sq_stmt(s, S_AUDIT, err);
	char now[32];
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, store_now(now));
	sq_bind_text(s, q, 2, actor);
	sq_bind_text(s, q, 3, action);
	sq_bind_text(s, q, 4, entity);
	sq_bind_text(s, q, 5, before);
	sq_bind_text(s, q, 6, after);
	return sq_run(s, q, err, "audit");
}

/* The put rule of rowput.h. */
static int row_put(struct sqlite_store *s, enum rowput_table t, struct rowval *v,
		   const char *entity, const char *actor, enum store_put *res,
		   struct sb40_error *err)
{
	const struct rowput_desc *d = &rowput_tables[t];
	int n = d->nkey + d->nval, rc, same = 1;
	struct rowval old[16];
	sqlite3_stmt *q = sq_stmt(s, S_ROW_INS + t * 3, err);
	char *before = NULL, *after = NULL;

	if (!q)
		return err->code;
	for (int i = 0; i < n; i++)
		bind_rowval(s, q, i + 1, &v[i]);
	if ((rc = sq_run(s, q, err, d->table)))
		return rc;
	if (sqlite3_changes(s->db) == 1) {
		*res = STORE_ADDED;
		return 0;
	}
	if (!(q = sq_stmt(s, S_ROW_INS + t * 3 + 1, err)))
		return err->code;
	for (int i = 0; i < d->nkey; i++)
		bind_rowval(s, q, i + 1, &v[i]);
	if (sqlite3_step(q) != SQLITE_ROW)
		return sq_db_error(s, err, d->table);
	for (int i = 0; i < d->nval; i++) {
		struct rowval *o = &old[d->nkey + i];
		*o = v[d->nkey + i];
		if (o->type == RV_TEXT)
			o->s = (const char *)sqlite3_column_text(q, i);
		else if (o->type == RV_INT)
			o->l = (long)sqlite3_column_int64(q, i);
		else
			o->d = sq_col_real(q, i);
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
	if (!(q = sq_stmt(s, S_ROW_INS + t * 3 + 2, err))) {
		rc = err->code;
		goto out;
	}
	for (int i = 0; i < n; i++)
		bind_rowval(s, q, i + 1, &v[i]);
	if ((rc = sq_run(s, q, err, d->table)))
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
	sqlite3_stmt *q = sq_stmt(s, S_OBS_LAST, err);
	long rev = 0;
	char now[32];
	int rc;
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, o->entity_kind);
	sq_bind_long(s, q, 2, o->entity_id);
	sq_bind_long(s, q, 3, o->indicator_id);
	sq_bind_text(s, q, 4, o->period);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		rev = (long)sqlite3_column_int64(q, 0);
		if (store_same_value(sqlite3_column_double(q, 1), o->value)) {
			sqlite3_reset(q);
			*res = STORE_UNCHANGED;
			return 0;
		}
	} else if (rc != SQLITE_DONE) {
		return sq_db_error(s, err, "observation");
	}
	sqlite3_reset(q);
	if (!(q = sq_stmt(s, S_OBS_INS, err)))
		return err->code;
	sq_bind_text(s, q, 1, o->entity_kind);
	sq_bind_long(s, q, 2, o->entity_id);
	sq_bind_long(s, q, 3, o->indicator_id);
	sq_bind_text(s, q, 4, o->period);
	sq_bind_long(s, q, 5, rev + 1);
	bind_real(s, q, 6, o->value);
	sq_bind_text(s, q, 7, o->source);
	sq_bind_text(s, q, 8, store_now(now));
	sq_bind_text(s, q, 9, actor);
	if ((rc = sq_run(s, q, err, "observation")))
		return rc;
	*res = rev ? STORE_CHANGED : STORE_ADDED;
	return 0;
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
