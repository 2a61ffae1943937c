/* test_store_assess.c - the assessment store (store_assessment_*) on a real
 * database (SQLite, or PostgreSQL under tests/pg/with.sh): writes need a transaction, get, the list's filters, each
 * firm's latest, leaving a firm out, "stored before", paging, and that
 * store_query() refuses the assessment statements. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/queries.h"
#include "store/store.h"
#include "test_backend.h"


static int setup(void **state)
{
	return test_store_setup("test_store_assess", state);
}

static int teardown(void **state)
{
	return test_store_teardown(state);
}

static long add(struct store *st, const char *kind, const char *tin, const char *zone,
		const char *region, const char *sector, const char *result)
{
	struct store_assessment a = {0, kind, 0, tin, "Firm", zone, region, sector, "{\"x\":1}",
				     result, NULL, "tester"};
	struct sb40_error err;
	long id = 0;
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_assessment_add(st, &a, &id, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	assert_true(id > 0);
	return id;
}

/* The ids a list gives, as "3,2,1". */
struct ids {
	char s[256];
};

static int grab(void *ctx, const struct store_assessment *a)
{
	struct ids *w = ctx;
	size_t n = strlen(w->s);
	snprintf(w->s + n, sizeof w->s - n, "%s%ld", n ? "," : "", a->id);
	return 0;
}

static const char *list(struct store *st, const struct store_assessment_filter *f)
{
	static struct ids w;
	struct sb40_error err;
	w.s[0] = 0;
	assert_int_equal(store_assessment_list(st, f, grab, &w, &err), 0);
	return w.s;
}

static void test_needs_tx(void **state)
{
	struct store *st = *state;
	struct store_assessment a = {0, "maturity", 0, NULL, "F", NULL, NULL, NULL, "{}", "{}",
				     NULL, "t"};
	struct sb40_error err;
	long id;
	assert_int_equal(store_assessment_add(st, &a, &id, &err), SB40_EDB);
	a.kind = "risk";
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_assessment_add(st, &a, &id, &err), SB40_EINVAL);
	store_rollback(st);
}

struct rec {
	char kind[16], tin[16], zone[16], input[32], result[64], by[16], at[32];
	long id, ent;
	int calls;
};

static int keep(void *ctx, const struct store_assessment *a)
{
	struct rec *r = ctx;
	r->calls++;
	r->id = a->id;
	r->ent = a->enterprise_id;
	snprintf(r->kind, sizeof r->kind, "%s", a->kind);
	snprintf(r->tin, sizeof r->tin, "%s", a->tin ? a->tin : "(null)");
	snprintf(r->zone, sizeof r->zone, "%s", a->zone ? a->zone : "(null)");
	snprintf(r->input, sizeof r->input, "%s", a->input);
	snprintf(r->result, sizeof r->result, "%s", a->result);
	snprintf(r->by, sizeof r->by, "%s", a->created_by);
	snprintf(r->at, sizeof r->at, "%s", a->created_at);
	return 0;
}

static void test_get(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	struct rec r = {0};
	long id = add(st, "innovation", "301000011", NULL, "UZ-TK", "25.11", "{\"verdict\":\"go\"}");
	assert_int_equal(store_assessment_get(st, id, keep, &r, &err), 0);
	assert_int_equal(r.calls, 1);
	assert_int_equal(r.id, id);
	assert_int_equal(r.ent, 0);
	assert_string_equal(r.kind, "innovation");
	assert_string_equal(r.tin, "301000011");
	assert_string_equal(r.zone, "(null)");
	assert_string_equal(r.input, "{\"x\":1}");
	assert_string_equal(r.result, "{\"verdict\":\"go\"}");
	assert_string_equal(r.by, "tester");
	assert_int_equal(strlen(r.at), 20); /* 2026-01-02T03:04:05Z */
	assert_int_equal(store_assessment_get(st, id + 1, keep, &r, &err), SB40_ENOTFOUND);
	assert_int_equal(r.calls, 1);
}

static void test_enterprise_link(void **state)
{
	struct store *st = *state;
	struct sb40_error err;
	struct store_enterprise e = {"301000022", "Firm B", "private enterprise", "23.61", 0, 0,
				     NULL, "active"};
	enum store_put res;
	struct rec r = {0};
	long eid, zid, id;
	assert_int_equal(store_region_id(st, "UZ-TK", &e.region_id, &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_enterprise_put(st, &e, "t", &res, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(store_enterprise_id(st, "301000022", &eid, &zid, &err), 0);
	struct store_assessment a = {0, "maturity", eid, "301000022", "Firm B", NULL, "UZ-TK",
				     "23.61", "{}", "{}", NULL, "t"};
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_assessment_add(st, &a, &id, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(store_assessment_get(st, id, keep, &r, &err), 0);
	assert_int_equal(r.ent, eid);
	/* an enterprise that does not exist breaks the foreign key */
	a.enterprise_id = eid + 100;
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_not_equal(store_assessment_add(st, &a, &id, &err), 0);
	store_rollback(st);
}

static void test_list(void **state)
{
	struct store *st = *state;
	struct store_assessment_filter f = {0};
	/* 1..6: firm A twice in zone Z1, firm B in Z1, firm C in Z2, one without
	 * a TIN in Z1, and an innovation one of A */
	add(st, "maturity", "A", "Z1", "R1", "S1", "{}");
	add(st, "maturity", "B", "Z1", "R1", "S2", "{}");
	add(st, "maturity", "C", "Z2", "R1", "S1", "{}");
	add(st, "maturity", NULL, "Z1", "R2", NULL, "{}");
	add(st, "maturity", "A", "Z1", "R1", "S1", "{}");
	add(st, "innovation", "A", "Z1", "R1", "S1", "{}");

	assert_string_equal(list(st, &f), "6,5,4,3,2,1");
	f.kind = "maturity";
	assert_string_equal(list(st, &f), "5,4,3,2,1");
	f.tin = "A";
	assert_string_equal(list(st, &f), "5,1");
	f.tin = NULL;
	f.zone = "Z1";
	assert_string_equal(list(st, &f), "5,4,2,1");
	f.latest_per_firm = 1;
	assert_string_equal(list(st, &f), "5,4,2");
	f.not_tin = "A";
	assert_string_equal(list(st, &f), "4,2");
	/* as it was before assessment 5: A's latest is then 1 */
	f.not_tin = NULL;
	f.before_id = 5;
	assert_string_equal(list(st, &f), "4,2,1");
	f.before_id = 0;
	f.zone = NULL;
	f.region = "R1";
	assert_string_equal(list(st, &f), "5,3,2");
	f.region = NULL;
	f.sector = "S1";
	assert_string_equal(list(st, &f), "5,3");
	f.sector = NULL;
	f.latest_per_firm = 0;
	f.limit = 2;
	f.offset = 1;
	assert_string_equal(list(st, &f), "4,3");
	f.zone = "nowhere";
	assert_string_equal(list(st, &f), "");
}

/* A zone's firms are the registry's (the enterprise table, by TIN), not the
 * recorded zone column: firm A was recorded in Z1 but is registered in ZB,
 * firm C in ZA; B is not registered.  And the count ignores limit/offset. */
static void test_member_zone_and_count(void **state)
{
	struct store *st = *state;
	struct store_assessment_filter f = {0};
	struct sb40_error err;
	enum store_put res;
	long rid, za, zb, n = -1;
	assert_int_equal(store_region_id(st, "UZ-TK", &rid, &err), 0);
	struct store_zone z1 = {"ZA", "Zone A", rid, NULL, "small-industrial", 0, 1.0, 0.0, NULL};
	struct store_zone z2 = {"ZB", "Zone B", rid, NULL, "small-industrial", 0, 1.0, 0.0, NULL};
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_zone_put(st, &z1, "t", &res, &err), 0);
	assert_int_equal(store_zone_put(st, &z2, "t", &res, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(store_zone_id(st, "ZA", &za, &err), 0);
	assert_int_equal(store_zone_id(st, "ZB", &zb, &err), 0);
	struct store_enterprise ea = {"A", "Firm A", "private enterprise", NULL, rid, zb, NULL,
				      "active"};
	struct store_enterprise ec = {"C", "Firm C", "private enterprise", NULL, rid, za, NULL,
				      "active"};
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_enterprise_put(st, &ea, "t", &res, &err), 0);
	assert_int_equal(store_enterprise_put(st, &ec, "t", &res, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	add(st, "maturity", "A", "ZA", "R1", "S1", "{}");   /* 1: says ZA, is in ZB */
	add(st, "maturity", "B", "ZA", "R1", "S1", "{}");   /* 2: says ZA, unregistered */
	add(st, "maturity", "C", NULL, "R1", "S1", "{}");   /* 3: registered in ZA */
	add(st, "innovation", "C", "ZB", "R1", "S1", "{}"); /* 4: says ZB, is in ZA */
	add(st, "maturity", NULL, "ZA", "R1", "S1", "{}");  /* 5: no TIN */

	f.member_zone = "ZA";
	assert_string_equal(list(st, &f), "4,3");
	assert_int_equal(store_assessment_count(st, &f, &n, &err), 0);
	assert_int_equal(n, 2);
	f.member_zone = "ZB";
	assert_string_equal(list(st, &f), "1");
	f.kind = "innovation";
	assert_string_equal(list(st, &f), "");
	assert_int_equal(store_assessment_count(st, &f, &n, &err), 0);
	assert_int_equal(n, 0);
	f.member_zone = "nowhere";
	f.kind = NULL;
	assert_string_equal(list(st, &f), "");
	/* the recorded zone is another filter */
	f.member_zone = NULL;
	f.zone = "ZA";
	assert_string_equal(list(st, &f), "5,2,1");
	f.member_zone = "ZA";
	assert_string_equal(list(st, &f), "");
	/* counts: everything, and past a page */
	f.member_zone = NULL;
	f.zone = NULL;
	f.limit = 2;
	f.offset = 2;
	assert_string_equal(list(st, &f), "3,2");
	assert_int_equal(store_assessment_count(st, &f, &n, &err), 0);
	assert_int_equal(n, 5);
	f.kind = "maturity";
	f.latest_per_firm = 1;
	assert_int_equal(store_assessment_count(st, &f, &n, &err), 0);
	assert_int_equal(n, 4);
}

static int noop(void *ctx, int ncols, const char *const *vals)
{
	(void)ctx, (void)ncols, (void)vals;
	return 0;
}

static void test_query_refuses_writes(void **state)
{
	struct sb40_error err;
	const char *p[11] = {"maturity", NULL, NULL, NULL, NULL, NULL, NULL, "{}", "{}", "x", "y"};
	assert_int_equal(store_query(*state, Q_ASSESS_ADD, 11, p, noop, NULL, &err), SB40_EINVAL);
	assert_int_equal(store_query(*state, Q_ASSESS_LIST, 0, NULL, noop, NULL, &err), SB40_EINVAL);
	assert_int_equal(store_query(*state, Q_ASSESS_COUNT, 0, NULL, noop, NULL, &err), SB40_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_needs_tx, setup, teardown),
		cmocka_unit_test_setup_teardown(test_get, setup, teardown),
		cmocka_unit_test_setup_teardown(test_enterprise_link, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_member_zone_and_count, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_refuses_writes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
