/* store.c - backend choice, migrations and the schema-version rule.
 *
 * Migrations are the compiled-in files NNNN_name.sql (all backends),
 * NNNN_name.sqlite.sql and NNNN_name.pg.sql (one backend only).  Each is
 * applied in its own transaction together with its schema_version row, so a
 * database is always at a whole version.
 */
#include "store/store_int.h"
#include "base/embed.h"
#include "store/queries.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *const store_table_names[] = {
	"region", "zone", "enterprise", "indicator", "observation", "obligation", "lot", "audit",
};

char *store_time(time_t t, char *out)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return out;
}

char *store_now(char *out)
{
	return store_time(time(NULL), out);
}

int store_same_value(double a, double b)
{
	double scale;
	if (a == b)
		return 1;
	scale = fmax(fabs(a), fabs(b));
	return fabs(a - b) <= 1e-12 * scale;
}

static int is_pg_url(const char *url)
{
	return !strncmp(url, "postgres://", 11) || !strncmp(url, "postgresql://", 13);
}

/* Does migration file NAME apply to BACKEND?  Sets *version. */
static int migration_applies(const char *name, const char *backend, int *version)
{
	const char *dot;
	size_t n = strlen(name);
	if (n < 9 || name[4] != '_' || strcmp(name + n - 4, ".sql"))
		return 0;
	for (int i = 0; i < 4; i++)
		if (name[i] < '0' || name[i] > '9')
			return 0;
	*version = atoi(name);
	dot = strchr(name, '.');
	if (!strcmp(dot, ".sql"))
		return 1;
	if (!strcmp(dot, ".sqlite.sql"))
		return !strcmp(backend, "sqlite");
	if (!strcmp(dot, ".pg.sql"))
		return !strcmp(backend, "postgresql");
	return 0;
}

static int latest_version(const char *backend)
{
	int v, max = 0;
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (migration_applies(f->name, backend, &v) && v > max)
			max = v;
	return max;
}

static int migrate(struct store *st, int from, struct sb40_error *err)
{
	char now[32];
	int rc = 0, v;
	/* embedded_files is sorted by name, hence by version */
	for (const struct embedded_file *f = embedded_files; f->name && !rc; f++) {
		if (!migration_applies(f->name, st->ops->name, &v) || v <= from)
			continue;
		rc = st->ops->begin(st, err);
		if (!rc)
			rc = st->ops->exec_script(st, f->data, err);
		if (!rc)
			rc = st->ops->record_version(st, v, f->name, store_now(now), err);
		if (!rc)
			rc = st->ops->commit(st, err);
		if (rc) {
			char msg[sizeof err->msg];
			st->ops->rollback(st);
			snprintf(msg, sizeof msg, "%s", err->msg);
			error_set(err, SB40_ESCHEMA, "migration %s failed: %s", f->name, msg);
		}
	}
	return rc;
}

int store_open(const char *url, unsigned flags, struct store **out, struct sb40_error *err)
{
	struct store *st = NULL;
	int rc, have = 0, want;

	*out = NULL;
	if (is_pg_url(url))
		rc = store_pg_open(url, &st, err);
	else
		rc = store_sqlite_open(url, (flags & STORE_CREATE) != 0, &st, err);
	if (rc)
		return rc;
	want = latest_version(st->ops->name);
	rc = st->ops->schema_version(st, &have, err);
	if (rc)
		goto fail;
	if (have > want) {
		rc = error_set(err, SB40_ESCHEMA,
			       "database schema version %d is newer than this sb40 knows (%d); "
			       "use a newer sb40", have, want);
		goto fail;
	}
	if (have < want) {
		if (!(flags & (STORE_CREATE | STORE_MIGRATE))) {
			rc = have == 0
				? error_set(err, SB40_ESCHEMA, "\"%s\" is not an sb40 database yet; "
					    "run 'sb40 init --db %s' first", url, url)
				: error_set(err, SB40_ESCHEMA, "database schema version %d is older "
					    "than this sb40's (%d); run 'sb40 init --db %s' to upgrade",
					    have, want, url);
			goto fail;
		}
		rc = migrate(st, have, err);
		if (rc)
			goto fail;
	}
	*out = st;
	return 0;
fail:
	st->ops->close(st);
	return rc;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	if (st->in_tx)
		st->ops->rollback(st);
	st->ops->close(st);
}

const char *store_backend(const struct store *st)
{
	return st->ops->name;
}

int store_schema_version(struct store *st, int *have, int *want, struct sb40_error *err)
{
	*want = latest_version(st->ops->name);
	return st->ops->schema_version(st, have, err);
}

int store_begin(struct store *st, struct sb40_error *err)
{
	int rc;
	if (st->in_tx)
		return error_set(err, SB40_EDB, "a transaction is already open");
	rc = st->ops->begin(st, err);
	if (!rc)
		st->in_tx = 1;
	return rc;
}

int store_commit(struct store *st, struct sb40_error *err)
{
	int rc = st->ops->commit(st, err);
	if (rc)
		st->ops->rollback(st);
	st->in_tx = 0;
	return rc;
}

void store_rollback(struct store *st)
{
	if (st->in_tx)
		st->ops->rollback(st);
	st->in_tx = 0;
}

#define NEED_TX(st, err) \
	do { if (!(st)->in_tx) return error_set(err, SB40_EDB, "write outside a transaction"); } while (0)

int store_region_id(struct store *st, const char *name, long *id, struct sb40_error *err)
{
	return st->ops->region_id(st, name, id, err);
}

int store_zone_id(struct store *st, const char *code, long *id, struct sb40_error *err)
{
	return st->ops->zone_id(st, code, id, err);
}

int store_enterprise_id(struct store *st, const char *tin, long *id, long *zone_id,
			struct sb40_error *err)
{
	return st->ops->enterprise_id(st, tin, id, zone_id, err);
}

int store_indicator_get(struct store *st, const char *code, struct store_indicator *out,
			struct sb40_error *err)
{
	return st->ops->indicator_get(st, code, out, err);
}

int store_zone_put(struct store *st, const struct store_zone *z, const char *actor,
		   enum store_put *res, struct sb40_error *err)
{
	NEED_TX(st, err);
	return st->ops->zone_put(st, z, actor, res, err);
}

int store_enterprise_put(struct store *st, const struct store_enterprise *e,
			 const char *actor, enum store_put *res, struct sb40_error *err)
{
	NEED_TX(st, err);
	return st->ops->enterprise_put(st, e, actor, res, err);
}

int store_observation_put(struct store *st, const struct store_obs *o, const char *actor,
			  enum store_put *res, struct sb40_error *err)
{
	NEED_TX(st, err);
	return st->ops->observation_put(st, o, actor, res, err);
}

int store_obligation_put(struct store *st, const struct store_obligation *o,
			 const char *actor, enum store_put *res, struct sb40_error *err)
{
	NEED_TX(st, err);
	return st->ops->obligation_put(st, o, actor, res, err);
}

int store_lot_put(struct store *st, const struct store_lot *l, const char *actor,
		  enum store_put *res, struct sb40_error *err)
{
	NEED_TX(st, err);
	return st->ops->lot_put(st, l, actor, res, err);
}

int store_audit_add(struct store *st, const char *actor, const char *action,
		    const char *entity, const char *before, const char *after,
		    struct sb40_error *err)
{
	NEED_TX(st, err);
	return st->ops->audit_add(st, actor, action, entity, before, after, err);
}

int store_bulk_begin(struct store *st, enum store_bulk_table table, const char *actor, int *on,
		     struct sb40_error *err)
{
	int rc;
	*on = 0;
	NEED_TX(st, err);
	if (!st->ops->bulk_begin)
		return 0;
	rc = st->ops->bulk_begin(st, (int)table, actor, err);
	*on = rc == 0;
	return rc;
}

int store_bulk_end(struct store *st, long *added, long *changed, long *unchanged,
		   struct sb40_error *err)
{
	*added = *changed = *unchanged = 0;
	NEED_TX(st, err);
	if (!st->ops->bulk_end)
		return 0;
	return st->ops->bulk_end(st, added, changed, unchanged, err);
}

int store_overview(struct store *st, struct store_overview *out, struct sb40_error *err)
{
	memset(out, 0, sizeof *out);
	return st->ops->overview(st, out, err);
}

int store_observation_history(struct store *st, const char *entity_kind, long entity_id,
			      long indicator_id, const char *period,
			      store_revision_fn fn, void *ctx, struct sb40_error *err)
{
	return st->ops->observation_history(st, entity_kind, entity_id, indicator_id, period,
					    fn, ctx, err);
}

int store_count(struct store *st, enum store_table t, long *n, struct sb40_error *err)
{
	return st->ops->count(st, t, n, err);
}

int store_query(struct store *st, int query_id, int nparams, const char *const *params,
		store_row_fn fn, void *ctx, struct sb40_error *err)
{
	if (query_id < 0 || query_id >= Q_ASSESS_FIRST)
		return error_set(err, SB40_EINVAL, "no query %d", query_id);
	return st->ops->query(st, query_id, nparams, params, fn, ctx, err);
}

/* ---- users, sessions, throttling: plain dispatch ---- */

int store_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		   long zone_id, long enterprise_id, const char *lang, long *id,
		   struct sb40_error *err)
{
	long tmp;
	return st->ops->user_add(st, login, pw_hash, role, zone_id, enterprise_id,
				 lang ? lang : "uz", id ? id : &tmp, err);
}

int store_user_get(struct store *st, const char *login, struct store_user *out,
		   struct sb40_error *err)
{
	memset(out, 0, sizeof *out);
	return st->ops->user_get(st, login, out, err);
}

int store_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err)
{
	return st->ops->user_list(st, fn, ctx, err);
}

int store_user_set_disabled(struct store *st, const char *login, int disabled,
			    struct sb40_error *err)
{
	return st->ops->user_set_disabled(st, login, disabled, err);
}

int store_user_set_password(struct store *st, const char *login, const char *pw_hash,
			    struct sb40_error *err)
{
	return st->ops->user_set_password(st, login, pw_hash, err);
}

int store_session_add(struct store *st, const char *token_hash, long user_id, const char *csrf,
		      const char *expires_at, struct sb40_error *err)
{
	char now[32];
	return st->ops->session_add(st, token_hash, user_id, csrf, store_now(now), expires_at, err);
}

int store_session_get(struct store *st, const char *token_hash, const char *now,
		      struct store_session *out, struct sb40_error *err)
{
	memset(out, 0, sizeof *out);
	return st->ops->session_get(st, token_hash, now, out, err);
}

int store_session_delete(struct store *st, const char *token_hash, struct sb40_error *err)
{
	return st->ops->session_delete(st, token_hash, err);
}

int store_session_purge(struct store *st, const char *now, struct sb40_error *err)
{
	return st->ops->session_purge(st, now, err);
}

int store_throttle_get(struct store *st, const char *key, long *failures, long *last,
		       struct sb40_error *err)
{
	*failures = 0;
	*last = 0;
	return st->ops->throttle_get(st, key, failures, last, err);
}

int store_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err)
{
	return st->ops->throttle_fail(st, key, now, err);
}

int store_throttle_clear(struct store *st, const char *key, struct sb40_error *err)
{
	return st->ops->throttle_clear(st, key, err);
}

char *store_url_shown(const char *url, char *out, size_t n)
{
	const char *user = strstr(url, "://"), *at = strrchr(url, '@'), *colon;
	if (strncmp(url, "postgres://", 11) && strncmp(url, "postgresql://", 13))
		user = NULL;
	if (user)
		user += 3;
	colon = user && at ? memchr(user, ':', (size_t)(at - user)) : NULL;
	if (!colon) {
		snprintf(out, n, "%s", url);
		return out;
	}
	snprintf(out, n, "%.*s:***%s", (int)(colon - url), url, at);
	return out;
}
