/* pg_int.h - private to src/store/pg*.c: the PostgreSQL backend's handle
 * and the helpers its three files share.
 *
 * pg_conn.c: the connection, prepared statements (prepared once per
 * connection on first use, named "sN"), parameters as text, results,
 * errors mapped to sb40's codes.  pg.c: the store_ops.  pg_bulk.c: COPY for
 * imports (store_bulk_begin/end).
 *
 * Ownership: a PGresult returned by these helpers belongs to the caller
 * (PQclear).  Parameter texts are borrowed for the call.
 */
#ifndef SB40_STORE_PG_INT_H
#define SB40_STORE_PG_INT_H
#include <libpq-fe.h>
#include "base/buf.h"
#include "store/rowput.h"
#include "store/sqltext.h"
#include "store/store_int.h"

#define PG_MAX_PARAMS 16

enum pg_bulk_mode { PG_BULK_OFF, PG_BULK_DIRECT, PG_BULK_STAGE };

struct pg_store {
	struct store base;
	PGconn *c;
	unsigned char prepared[S_N];
	/* bulk loading (pg_bulk.c) */
	int bulk_table;          /* enum store_bulk_table */
	enum pg_bulk_mode bulk;
	int copy_open;           /* a COPY FROM STDIN is in progress */
	struct buf copy;         /* COPY text not yet sent */
	long bulk_rows;
	char bulk_now[32], bulk_actor[128];
};

/* Parameters of one statement as texts; numbers formatted into SPACE. */
struct pg_params {
	int n;
	const char *v[PG_MAX_PARAMS];
	char space[PG_MAX_PARAMS][32];
};
void pgp_text(struct pg_params *p, const char *v);
void pgp_long(struct pg_params *p, long v);
void pgp_long0(struct pg_params *p, long v); /* 0 = NULL */
void pgp_real(struct pg_params *p, double v); /* NaN = NULL */
void pgp_rowval(struct pg_params *p, const struct rowval *v);

/* Map the connection's or RES's error to sb40's codes ("database: WHAT: ..."). */
int pg_error(struct pg_store *s, const PGresult *res, struct sb40_error *err, const char *what);

/* Run statement ID (prepared on first use) with P (may be NULL).  Returns
 * the result (tuples or command ok) or NULL with ERR set. */
PGresult *pg_run(struct pg_store *s, int id, const struct pg_params *p, struct sb40_error *err);
/* Run ad-hoc SQL with P (may be NULL); as pg_run. */
PGresult *pg_sql(struct pg_store *s, const char *sql, const struct pg_params *p,
		 struct sb40_error *err);
/* Run SQL and discard the result: 0 or an error. */
int pg_exec(struct pg_store *s, const char *sql, struct sb40_error *err);

/* Cell accessors: NULL -> NULL / 0 / NaN. */
const char *pg_str(const PGresult *r, int row, int col);
long pg_long(const PGresult *r, int row, int col);
double pg_real(const PGresult *r, int row, int col);
/* A float8 cell as SQLite renders a REAL as text ("12.0", "1.0e+20"), so that
 * both backends hand the same text to store_query's callers. */
const char *pg_cell(const PGresult *r, int row, int col, char *tmp, size_t n);
/* Rows changed by a command. */
long pg_changes(const PGresult *r);

/* Bulk loading: the pending put of one row while a bulk load is on. */
int pg_bulk_enterprise(struct pg_store *s, const struct store_enterprise *e,
		       struct sb40_error *err);
int pg_bulk_observation(struct pg_store *s, const struct store_obs *o, struct sb40_error *err);
int pg_bulk_begin(struct store *st, int table, const char *actor, struct sb40_error *err);
int pg_bulk_end(struct store *st, long *added, long *changed, long *unchanged,
		struct sb40_error *err);
void pg_bulk_reset(struct pg_store *s);  /* abandons an open COPY */
/* End an open COPY so that another statement can run: 0 or its error.
 * Every statement helper here calls it first. */
int pg_bulk_pause(struct pg_store *s, struct sb40_error *err);

/* The audit line of an update (pg.c). */
int pg_audit_add(struct store *st, const char *actor, const char *action, const char *entity,
		 const char *before, const char *after, struct sb40_error *err);

/* pg.c's helpers: run statement ID with P discarding the result (*CHANGES,
 * may be NULL, gets the rows changed); copy a cell into DST ("" for NULL). */
int pg_run_void(struct pg_store *s, int id, const struct pg_params *p, long *changes,
		struct sb40_error *err);
void pg_copy_col(char *dst, size_t n, const PGresult *r, int row, int col);

/* pg_users.c: the store_ops of users, sessions and throttling. */
int pg_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		long zone_id, long enterprise_id, const char *lang, long *id, struct sb40_error *err);
int pg_user_get(struct store *st, const char *login, struct store_user *out,
		struct sb40_error *err);
int pg_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err);
int pg_user_set_disabled(struct store *st, const char *login, int disabled, struct sb40_error *err);
int pg_user_set_password(struct store *st, const char *login, const char *pw_hash,
		struct sb40_error *err);
int pg_session_add(struct store *st, const char *token_hash, long user_id, const char *csrf,
		const char *created_at, const char *expires_at, struct sb40_error *err);
int pg_session_get(struct store *st, const char *token_hash, const char *now,
		struct store_session *out, struct sb40_error *err);
int pg_session_delete(struct store *st, const char *token_hash, struct sb40_error *err);
int pg_session_purge(struct store *st, const char *now, struct sb40_error *err);
int pg_throttle_get(struct store *st, const char *key, long *failures, long *last,
		struct sb40_error *err);
int pg_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err);
int pg_throttle_clear(struct store *st, const char *key, struct sb40_error *err);

#endif
