/* sqlite_query.c - the SQLite backend's read-only queries: table counts,
 * the overview figures, an observation's revision history and the
 * queries of queries.c run by store_query (store.h).
 *
 * Ownership: texts handed to a row callback are borrowed for the call
 * (they belong to the statement); figures are copied into the caller's
 * structs; statements belong to the handle (sqlite_int.h).
 */
#include "store/sqlite_int.h"
#include "store/queries.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

static int scalar(struct sqlite_store *s, const char *sql, const char *p1, double *out,
		  struct sb40_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &q, NULL))
		return sq_db_error(s, err, "overview");
	if (p1)
		sq_bind_text(s, q, 1, p1);
	if (sqlite3_step(q) == SQLITE_ROW)
		*out = sq_col_real(q, 0);
	else
		rc = sq_db_error(s, err, "overview");
	sqlite3_finalize(q);
	return rc;
}

int sq_count(struct store *st, enum store_table t, long *n, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_COUNT + (int)t, err);
	if (!q)
		return err->code;
	if (sqlite3_step(q) != SQLITE_ROW)
		return sq_db_error(s, err, "count");
	*n = (long)sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return 0;
}

int sq_overview(struct store *st, struct store_overview *o, struct sb40_error *err)
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
		return sq_db_error(s, err, "overview");
	if (sqlite3_step(q) == SQLITE_ROW)
		sq_copy_col(o->latest_period, sizeof o->latest_period, q, 0);
	sqlite3_finalize(q);
	if (!o->latest_period[0])
		return 0;
	for (int k = 0; k < 2; k++) {
		if (sqlite3_prepare_v2(s->db, sqltext_zone_sum, -1, &q, NULL))
			return sq_db_error(s, err, "overview");
		sq_bind_text(s, q, 1, k ? "workers" : "enterprises");
		sq_bind_text(s, q, 2, o->latest_period);
		if (sqlite3_step(q) == SQLITE_ROW) {
			double sum = sq_col_real(q, 0);
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

int sq_history(struct store *st, const char *kind, long entity_id, long indicator_id,
	       const char *period, store_revision_fn fn, void *ctx, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_HIST, err);
	int rc;
	if (!q)
		return err->code;
	sq_bind_text(s, q, 1, kind);
	sq_bind_long(s, q, 2, entity_id);
	sq_bind_long(s, q, 3, indicator_id);
	sq_bind_text(s, q, 4, period);
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
		return sq_db_error(s, err, "history");
	sqlite3_reset(q);
	return 0;
}

int sq_query(struct store *st, int query_id, int nparams, const char *const *params,
	     store_row_fn fn, void *ctx, struct sb40_error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)st;
	sqlite3_stmt *q = sq_stmt(s, S_QUERY + query_id, err);
	const char *vals[64];
	int rc, n;
	if (!q)
		return err->code;
	for (int i = 0; i < nparams; i++)
		sq_bind_text(s, q, i + 1, params[i]);
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
		return sq_db_error(s, err, "query");
	sqlite3_reset(q);
	return 0;
}
