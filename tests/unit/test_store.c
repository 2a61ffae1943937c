/* test_store.c - store/ on a real SQLite file: migrations, the put rules,
 * revisions, transactions, history. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/queries.h"
#include "store/store.h"
#include "test_backend.h"


static int setup(void **state)
{
	return test_store_setup("test_store", state);
}

static int teardown(void **state)
{
	return test_store_teardown(state);
}

static long count(struct store *st, enum store_table t)
{
	long n = -1;
	struct sb40_error err;
	assert_int_equal(store_count(st, t, &n, &err), 0);
	return n;
}

static void test_schema(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	int have, want;
	assert_int_equal(store_schema_version(st, &have, &want, &err), 0);
	assert_int_equal(have, want);
	assert_int_equal(want, 7); /* 0007_enterprise_tally */
	assert_int_equal(count(st, STORE_T_REGION), 14);
	assert_true(count(st, STORE_T_INDICATOR) >= 22);
	assert_string_equal(store_backend(st), test_on_pg() ? "postgresql" : "sqlite");
}

static void test_lookups(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	struct store_indicator ind;
	long a, b, c;
	assert_int_equal(store_region_id(st, "Tashkent city", &a, &err), 0);
	assert_int_equal(store_region_id(st, "UZ-TK", &b, &err), 0);
	assert_int_equal(store_region_id(st, "Тошкент шаҳри", &c, &err), 0);
	assert_int_equal(a, b);
	assert_int_equal(a, c);
	assert_int_equal(store_region_id(st, "Atlantis", &a, &err), SB40_ENOTFOUND);
	assert_int_equal(store_indicator_get(st, "infrastructure_pct", &ind, &err), 0);
	assert_string_equal(ind.unit, "%");
	assert_true(ind.min == 0 && ind.max == 100);
	assert_string_equal(ind.name[0], "Infratuzilma bilan taʼminlanganlik");
	assert_int_equal(store_indicator_get(st, "workers_per_ha", &ind, &err), 0);
	assert_int_equal(ind.derived, 1);
	assert_true(isnan(store_indicator_get(st, "enterprises", &ind, &err) ? 0 : ind.max));
}

static void test_writes_need_tx(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	enum store_put res;
	struct store_zone z = {"TK-A", "A", 12, NULL, "small-industrial", 0, NAN, NAN, NULL};
	assert_int_equal(store_zone_put(st, &z, "t", &res, &err), SB40_EDB);
	assert_string_equal(err.msg, "write outside a transaction");
}

static void test_put_rules(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	enum store_put res;
	struct store_zone z = {"TK-A", "Alpha", 12, "Bektemir", "small-industrial", 2017, 4.5, NAN, NULL};

	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_zone_put(st, &z, "t", &res, &err), 0);
	assert_int_equal(res, STORE_ADDED);
	assert_int_equal(store_zone_put(st, &z, "t", &res, &err), 0);
	assert_int_equal(res, STORE_UNCHANGED);
	z.area_ha = 4.6;
	assert_int_equal(store_zone_put(st, &z, "t", &res, &err), 0);
	assert_int_equal(res, STORE_CHANGED);
	assert_int_equal(count(st, STORE_T_AUDIT), 1);
	assert_int_equal(store_commit(st, &err), 0);

	/* a rolled-back transaction leaves nothing */
	struct store_zone y = {"TK-B", "Beta", 12, NULL, "small-industrial", 0, NAN, NAN, NULL};
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_zone_put(st, &y, "t", &res, &err), 0);
	store_rollback(st);
	long id;
	assert_int_equal(store_zone_id(st, "TK-B", &id, &err), SB40_ENOTFOUND);
	assert_int_equal(count(st, STORE_T_ZONE), 1);

	/* a constraint the database enforces comes back as an error */
	struct store_zone bad = {"TK-C", "C", 12, NULL, "small-industrial", 0, -1, NAN, NULL};
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_zone_put(st, &bad, "t", &res, &err), SB40_EDB);
	assert_non_null(strstr(err.msg, test_on_pg() ? "violates check constraint"
			       : "CHECK constraint failed"));
	store_rollback(st);
}

struct hist {
	int n;
	double values[8];
	int revs[8];
};

static int collect(void *ctx, const struct store_revision *r)
{
	struct hist *h = ctx;
	h->values[h->n] = r->value;
	h->revs[h->n] = r->revision;
	h->n++;
	return 0;
}

static void test_revisions(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	enum store_put res;
	struct store_obs o = {"country", 0, 1, "2024", 100, "src"};
	struct hist h = {0};
	double seq[] = {100, 100, 101, 101 + 1e-14, 100};
	enum store_put want[] = {STORE_ADDED, STORE_UNCHANGED, STORE_CHANGED, STORE_UNCHANGED,
				 STORE_CHANGED};

	assert_int_equal(store_begin(st, &err), 0);
	for (int i = 0; i < 5; i++) {
		o.value = seq[i];
		assert_int_equal(store_observation_put(st, &o, "t", &res, &err), 0);
		assert_int_equal(res, want[i]);
	}
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(count(st, STORE_T_OBSERVATION), 3);
	assert_int_equal(store_observation_history(st, "country", 0, 1, "2024", collect, &h, &err), 0);
	assert_int_equal(h.n, 3);
	assert_true(h.values[0] == 100 && h.values[1] == 101 && h.values[2] == 100);
	assert_true(h.revs[0] == 1 && h.revs[1] == 2 && h.revs[2] == 3);
	h.n = 0;
	assert_int_equal(store_observation_history(st, "country", 0, 1, "2023", collect, &h, &err), 0);
	assert_int_equal(h.n, 0);
}

struct rows {
	int n;
	char first[4][64];
};

static int grab(void *ctx, int ncols, const char *const *vals)
{
	struct rows *r = ctx;
	if (r->n < 4)
		snprintf(r->first[r->n], sizeof r->first[0], "%s|%s|%s", vals[0],
			 ncols > 1 && vals[1] ? vals[1] : "NULL", ncols > 2 && vals[2] ? vals[2] : "NULL");
	r->n++;
	return 0;
}

static void test_queries(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	enum store_put res;
	struct rows r = {0};
	struct store_zone z = {"TK-A", "Alpha", 12, NULL, "small-industrial", 2017, 4.5, NAN, NULL};
	struct store_obs o = {"zone", 0, 1, "2025", 70, NULL};
	const char *p[2] = {"zone", NULL};

	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_zone_put(st, &z, "t", &res, &err), 0);
	assert_int_equal(store_zone_id(st, "TK-A", &o.entity_id, &err), 0);
	assert_int_equal(store_observation_put(st, &o, "t", &res, &err), 0);
	o.value = 71;
	assert_int_equal(store_observation_put(st, &o, "t", &res, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);

	assert_int_equal(store_query(st, Q_ZONES, 0, NULL, grab, &r, &err), 0);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.first[0], "TK-A|Alpha|Tashkent city");
	r.n = 0;
	assert_int_equal(store_query(st, Q_CURRENT_VALUES, 2, p, grab, &r, &err), 0);
	assert_int_equal(r.n, 1); /* the latest revision only */
	assert_string_equal(r.first[0], "zone|TK-A|enterprises");
	r.n = 0;
	assert_int_equal(store_query(st, Q_ZONES_PER_REGION, 0, NULL, grab, &r, &err), 0);
	assert_int_equal(r.n, 14);
	assert_int_equal(store_query(st, Q_NQUERIES, 0, NULL, grab, &r, &err), SB40_EINVAL);
}

static int ignore_row(void *ctx, int ncols, const char *const *vals)
{
	(void)ctx;
	(void)ncols;
	(void)vals;
	return 0;
}

/* Every read-only query prepares and runs with its filters NULL: on
 * PostgreSQL this catches a parameter whose type cannot be inferred.  (The
 * assessment statements from Q_ASSESS_FIRST on are refused by store_query();
 * test_store_assess runs them on both backends.) */
static void test_every_query(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	if (!test_on_pg())
		skip();
	for (int q = 0; q < Q_ASSESS_FIRST; q++) { /* the statements after it are not queries */
		int rc = store_query(st, q, 0, NULL, ignore_row, NULL, &err);
		if (rc)
			fail_msg("query %d: %s", q, error_text(&err));
	}
}

static void test_url_shown(void **state)
{
	char out[128];
	(void)state;
	assert_string_equal(store_url_shown("postgres://ana:s3cret@db.example:5432/sb40", out,
					    sizeof out), "postgres://ana:***@db.example:5432/sb40");
	assert_string_equal(store_url_shown("postgresql://ana:p@ss@host/db", out, sizeof out),
			    "postgresql://ana:***@host/db");
	assert_string_equal(store_url_shown("postgres://ana@host/db", out, sizeof out),
			    "postgres://ana@host/db");
	assert_string_equal(store_url_shown("data/a:b@c.db", out, sizeof out), "data/a:b@c.db");
}

static void test_same_value(void **state)
{
	(void)state;
	struct sb40_error err;
	struct store *st = NULL;
	/* a path that cannot be created is an I/O error with the path */
	assert_int_equal(store_open("/nonexistent-dir/x.db", STORE_CREATE, &st, &err), SB40_EIO);
	assert_non_null(strstr(err.msg, "/nonexistent-dir/x.db"));
	assert_null(st);
}

struct ucount {
	int n;
	char logins[256];
};

static int count_user(void *ctx, const struct store_user *u)
{
	struct ucount *c = ctx;
	c->n++;
	strcat(c->logins, u->login);
	strcat(c->logins, ",");
	return 0;
}

/* Users, sessions and sign-in throttling (the web server's access). */
static void test_users_sessions(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	struct store_user u;
	struct store_session s;
	struct ucount c = {0, ""};
	long id = 0, f, last;
	assert_int_equal(store_user_add(st, "bob", "$argon2id$x", "analyst", 0, 0, "ru", &id, &err), 0);
	assert_true(id > 0);
	assert_int_equal(store_user_add(st, "bob", "h", "admin", 0, 0, NULL, NULL, &err), SB40_EEXIST);
	assert_string_equal(error_text(&err), "user \"bob\" already exists");
	assert_int_equal(store_user_add(st, "eve", "h", "boss", 0, 0, NULL, NULL, &err), SB40_EDB);
	assert_int_equal(store_user_get(st, "bob", &u, &err), 0);
	assert_string_equal(u.role, "analyst");
	assert_string_equal(u.lang, "ru");
	assert_string_equal(u.zone, "");
	assert_int_equal(store_user_get(st, "nobody", &u, &err), SB40_ENOTFOUND);
	assert_int_equal(store_user_add(st, "al", "h", "admin", 0, 0, NULL, NULL, &err), 0);
	assert_int_equal(store_user_list(st, count_user, &c, &err), 0);
	assert_string_equal(c.logins, "al,bob,");

	assert_int_equal(store_session_add(st, "hash1", id, "csrf1", "2999-01-01T00:00:00Z", &err), 0);
	assert_int_equal(store_session_add(st, "hash2", id, "csrf2", "2000-01-01T00:00:00Z", &err), 0);
	assert_int_equal(store_session_get(st, "hash1", "2026-01-01T00:00:00Z", &s, &err), 0);
	assert_string_equal(s.user.login, "bob");
	assert_string_equal(s.csrf, "csrf1");
	assert_int_equal(store_session_get(st, "hash2", "2026-01-01T00:00:00Z", &s, &err), SB40_ENOTFOUND);
	assert_int_equal(store_session_purge(st, "2026-01-01T00:00:00Z", &err), 0);
	/* disabling ends the sessions; enabling does not bring them back */
	assert_int_equal(store_user_set_disabled(st, "bob", 1, &err), 0);
	assert_int_equal(store_session_get(st, "hash1", "2026-01-01T00:00:00Z", &s, &err), SB40_ENOTFOUND);
	assert_int_equal(store_user_set_disabled(st, "bob", 0, &err), 0);
	assert_int_equal(store_session_get(st, "hash1", "2026-01-01T00:00:00Z", &s, &err), SB40_ENOTFOUND);
	assert_int_equal(store_user_set_password(st, "ghost", "h", &err), SB40_ENOTFOUND);
	assert_string_equal(error_text(&err), "no user \"ghost\"");
	assert_int_equal(store_session_add(st, "hash3", id, "c", "2999-01-01T00:00:00Z", &err), 0);
	assert_int_equal(store_session_delete(st, "hash3", &err), 0);
	assert_int_equal(store_session_get(st, "hash3", "2026-01-01T00:00:00Z", &s, &err), SB40_ENOTFOUND);

	assert_int_equal(store_throttle_get(st, "user:bob", &f, &last, &err), 0);
	assert_int_equal(f, 0);
	assert_int_equal(store_throttle_fail(st, "user:bob", 100, &err), 0);
	assert_int_equal(store_throttle_fail(st, "user:bob", 130, &err), 0);
	assert_int_equal(store_throttle_get(st, "user:bob", &f, &last, &err), 0);
	assert_int_equal(f, 2);
	assert_int_equal(last, 130);
	assert_int_equal(store_throttle_clear(st, "user:bob", &err), 0);
	assert_int_equal(store_throttle_get(st, "user:bob", &f, &last, &err), 0);
	assert_int_equal(f, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lookups, setup, teardown),
		cmocka_unit_test_setup_teardown(test_writes_need_tx, setup, teardown),
		cmocka_unit_test_setup_teardown(test_put_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_revisions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queries, setup, teardown),
		cmocka_unit_test_setup_teardown(test_users_sessions, setup, teardown),
		cmocka_unit_test(test_url_shown),
		cmocka_unit_test(test_same_value),
		cmocka_unit_test_setup_teardown(test_every_query, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
