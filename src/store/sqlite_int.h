/* sqlite_int.h - private to src/store/sqlite*.c: the SQLite backend's handle
 * and the statement helpers its three files share.
 *
 * sqlite.c: the connection, the statement cache, binding, errors, the put
 * rule and the store_ops table.  sqlite_query.c: the read-only queries.
 * sqlite_users.c: users, sessions and sign-in throttling
 * (the ops of the web server's access), mirroring pg_users.c.
 *
 * Ownership: statements returned by sq_stmt belong to the handle (finalized
 * by store_close); callers only step and reset them.  Texts bound with
 * sq_bind_text are borrowed (SQLITE_STATIC) until the statement is next
 * reset, so they must outlive the step.
 */
#ifndef SB40_STORE_SQLITE_INT_H
#define SB40_STORE_SQLITE_INT_H
#include <sqlite3.h>
#include "store/rowput.h"
#include "store/sqltext.h"
#include "store/store_int.h"

#define SQ_MAX_PARAMS 16

struct sqlite_store {
	struct store base;
	sqlite3 *db;
	sqlite3_stmt *stmt[S_N];
	/* pmap[id][i]: the index of parameter $i+1 in statement id (names are
	 * looked up once, not on every bind) */
	unsigned char pmap[S_N][SQ_MAX_PARAMS];
	sqlite3_stmt *last_q; /* the statement pidx() looked up last */
	const unsigned char *last_map;
	long ent_puts;        /* enterprise writes in this transaction */
	int tally_paused;     /* the tally's triggers are dropped until commit */
	char *tally_sql[2];   /* their CREATE TRIGGER texts, to make them again */
};

/* Map the connection's last error to sb40's codes ("database: WHAT: ..");
 * returns the code set in ERR. */
int sq_db_error(struct sqlite_store *s, struct sb40_error *err, const char *what);
/* The prepared statement ID (prepared on first use), reset and with
 * bindings cleared; NULL with ERR set on error. */
sqlite3_stmt *sq_stmt(struct sqlite_store *s, int id, struct sb40_error *err);
/* Bind $I: a text (NULL binds NULL; borrowed, see above) or an integer. */
void sq_bind_text(struct sqlite_store *s, sqlite3_stmt *q, int i, const char *v);
void sq_bind_long(struct sqlite_store *s, sqlite3_stmt *q, int i, long v);
/* Step Q once: 0 on a row or done, else the error ("database: WHAT: .."). */
int sq_run(struct sqlite_store *s, sqlite3_stmt *q, struct sb40_error *err, const char *what);
/* Statement ID with $1 = KEY (and $2 = KEY2 unless NULL) stepped to its
 * first row: 0 with *Q on that row (the caller reads it, then resets *Q),
 * SB40_ENOTFOUND with ERR untouched when there is no row, or an error. */
int sq_first_row(struct sqlite_store *s, int id, const char *key, const char *key2,
		 sqlite3_stmt **q, struct sb40_error *err, const char *what);
/* Copy text column COL into DST (NULL -> ""), truncating to N bytes. */
void sq_copy_col(char *dst, size_t n, sqlite3_stmt *q, int col);

/* A real column, NULL -> NaN. */
double sq_col_real(sqlite3_stmt *q, int col);

/* sqlite_query.c: the read-only store_ops. */
int sq_count(struct store *st, enum store_table t, long *n, struct sb40_error *err);
int sq_overview(struct store *st, struct store_overview *o, struct sb40_error *err);
int sq_history(struct store *st, const char *kind, long entity_id, long indicator_id,
	       const char *period, store_revision_fn fn, void *ctx, struct sb40_error *err);
int sq_query(struct store *st, int query_id, int nparams, const char *const *params,
	     store_row_fn fn, void *ctx, struct sb40_error *err);

/* sqlite_users.c: the store_ops of users, sessions and throttling. */
int sq_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		long zone_id, long enterprise_id, const char *lang, long *id,
		struct sb40_error *err);
int sq_user_get(struct store *st, const char *login, struct store_user *out,
		struct sb40_error *err);
int sq_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err);
int sq_user_set_disabled(struct store *st, const char *login, int disabled,
			 struct sb40_error *err);
int sq_user_set_password(struct store *st, const char *login, const char *pw_hash,
			 struct sb40_error *err);
int sq_session_add(struct store *st, const char *token_hash, long user_id, const char *csrf,
		   const char *created_at, const char *expires_at, struct sb40_error *err);
int sq_session_get(struct store *st, const char *token_hash, const char *now,
		   struct store_session *out, struct sb40_error *err);
int sq_session_delete(struct store *st, const char *token_hash, struct sb40_error *err);
int sq_session_purge(struct store *st, const char *now, struct sb40_error *err);
int sq_throttle_get(struct store *st, const char *key, long *failures, long *last,
		    struct sb40_error *err);
int sq_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err);
int sq_throttle_clear(struct store *st, const char *key, struct sb40_error *err);
#endif
