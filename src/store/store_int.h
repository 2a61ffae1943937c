/* store_int.h - private to src/store/: what a backend implements.
 *
 * A backend defines a struct whose first member is `struct store` and fills
 * a `struct store_ops`.  store.c dispatches the public calls, runs the
 * migrations and keeps the rules that are the same for every backend (the
 * schema-version check, the revision rule).
 */
#ifndef SB40_STORE_STORE_INT_H
#define SB40_STORE_STORE_INT_H
#include "store/store.h"

struct store_ops {
	const char *name;
	void (*close)(struct store *st);
	/* Run a compiled-in SQL script (several statements, no parameters). */
	int (*exec_script)(struct store *st, const char *sql, struct sb40_error *err);
	/* Highest applied migration, 0 when schema_version is empty or absent. */
	int (*schema_version)(struct store *st, int *v, struct sb40_error *err);
	int (*record_version)(struct store *st, int v, const char *name, const char *at,
			      struct sb40_error *err);
	int (*begin)(struct store *st, struct sb40_error *err);
	int (*commit)(struct store *st, struct sb40_error *err);
	void (*rollback)(struct store *st);
	int (*region_id)(struct store *st, const char *name, long *id, struct sb40_error *err);
	int (*zone_id)(struct store *st, const char *code, long *id, struct sb40_error *err);
	int (*enterprise_id)(struct store *st, const char *tin, long *id, long *zone_id,
			     struct sb40_error *err);
	int (*indicator_get)(struct store *st, const char *code, struct store_indicator *out,
			     struct sb40_error *err);
	int (*zone_put)(struct store *st, const struct store_zone *z, const char *actor,
			enum store_put *res, struct sb40_error *err);
	int (*enterprise_put)(struct store *st, const struct store_enterprise *e,
			      const char *actor, enum store_put *res, struct sb40_error *err);
	int (*observation_put)(struct store *st, const struct store_obs *o, const char *actor,
			       enum store_put *res, struct sb40_error *err);
	int (*obligation_put)(struct store *st, const struct store_obligation *o,
			      const char *actor, enum store_put *res, struct sb40_error *err);
	int (*lot_put)(struct store *st, const struct store_lot *l, const char *actor,
		       enum store_put *res, struct sb40_error *err);
	int (*audit_add)(struct store *st, const char *actor, const char *action,
			 const char *entity, const char *before, const char *after,
			 struct sb40_error *err);
	int (*overview)(struct store *st, struct store_overview *out, struct sb40_error *err);
	int (*observation_history)(struct store *st, const char *entity_kind, long entity_id,
				   long indicator_id, const char *period,
				   store_revision_fn fn, void *ctx, struct sb40_error *err);
	int (*count)(struct store *st, enum store_table t, long *n, struct sb40_error *err);
	int (*query)(struct store *st, int query_id, int nparams, const char *const *params,
		     store_row_fn fn, void *ctx, struct sb40_error *err);
	int (*user_add)(struct store *st, const char *login, const char *pw_hash, const char *role,
			long zone_id, long enterprise_id, const char *lang, long *id,
			struct sb40_error *err);
	int (*user_get)(struct store *st, const char *login, struct store_user *out,
			struct sb40_error *err);
	int (*user_list)(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err);
	int (*user_set_disabled)(struct store *st, const char *login, int disabled,
				 struct sb40_error *err);
	int (*user_set_password)(struct store *st, const char *login, const char *pw_hash,
				 struct sb40_error *err);
	int (*session_add)(struct store *st, const char *token_hash, long user_id,
			   const char *csrf, const char *created_at, const char *expires_at,
			   struct sb40_error *err);
	int (*session_get)(struct store *st, const char *token_hash, const char *now,
			   struct store_session *out, struct sb40_error *err);
	int (*session_delete)(struct store *st, const char *token_hash, struct sb40_error *err);
	int (*session_purge)(struct store *st, const char *now, struct sb40_error *err);
	int (*throttle_get)(struct store *st, const char *key, long *failures, long *last,
			    struct sb40_error *err);
	int (*throttle_fail)(struct store *st, const char *key, long now, struct sb40_error *err);
	int (*throttle_clear)(struct store *st, const char *key, struct sb40_error *err);
	/* optional (NULL: rows are put one by one) */
	int (*bulk_begin)(struct store *st, int table, const char *actor, struct sb40_error *err);
	int (*bulk_end)(struct store *st, long *added, long *changed, long *unchanged,
			struct sb40_error *err);
};

struct store {
	const struct store_ops *ops;
	int in_tx;
};

/* Backends' constructors: open (creating when CREATE) without migrating. */
int store_sqlite_open(const char *path, int create, struct store **out, struct sb40_error *err);
int store_pg_open(const char *url, struct store **out, struct sb40_error *err);

/* Whether two stored numbers are the same value (exact, or within 1e-12
 * relative: values pass through text in CSV and in PostgreSQL). */
int store_same_value(double a, double b);

/* Table names for store_count, indexed by enum store_table. */
extern const char *const store_table_names[];

#endif
