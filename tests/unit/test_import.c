/* test_import.c - io/import on in-memory files and a real SQLite database:
 * the error callback, counts, dry runs and the all-or-nothing rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "io/import.h"
#include "store/queries.h"
#include "test_backend.h"


struct errs {
	int n;
	char text[4][256];
};

static void on_error(void *ctx, struct sb40_error *e)
{
	struct errs *x = ctx;
	if (x->n < 4)
		snprintf(x->text[x->n], sizeof x->text[0], "%s", error_text(e));
	x->n++;
}

static int run(struct store *st, enum import_kind kind, const char *name, const char *text,
	       int dry, int max, struct import_stats *stats, struct errs *errs)
{
	struct import_options opt = {dry, max, "test", NULL, 20000};
	struct csvr *r = NULL;
	struct sb40_error err;
	int rc;
	assert_int_equal(csvr_open_mem(name, text, strlen(text), &r, &err), 0);
	rc = import_csv(st, kind, r, &opt, stats, on_error, errs, &err);
	csvr_close(r);
	return rc;
}

static int setup(void **state)
{
	return test_store_setup("test_import", state);
}

static int teardown(void **state)
{
	return test_store_teardown(state);
}

static void test_kind_names(void **state)
{
	(void)state;
	assert_int_equal(import_kind_parse("zones"), IMPORT_ZONES);
	assert_int_equal(import_kind_parse("lots"), IMPORT_LOTS);
	assert_int_equal(import_kind_parse("Zones"), -1);
	assert_string_equal(import_kind_name(IMPORT_OBSERVATIONS), "observations");
}

static void test_counts_and_dry_run(void **state)
{
	struct store *st = *state;
	struct import_stats s;
	struct errs e = {0};
	long n;
	struct sb40_error err;
	const char *z = "code,name,region\nTK-A,A,Tashkent city\nTK-B,B,UZ-SA\n";
	assert_int_equal(run(st, IMPORT_ZONES, "z.csv", z, 1, 1, &s, &e), 0);
	assert_int_equal(s.added, 2);
	assert_int_equal(store_count(st, STORE_T_ZONE, &n, &err), 0);
	assert_int_equal(n, 0); /* dry run */
	assert_int_equal(run(st, IMPORT_ZONES, "z.csv", z, 0, 1, &s, &e), 0);
	assert_int_equal(s.rows, 2);
	assert_int_equal(s.added, 2);
	assert_int_equal(store_count(st, STORE_T_ZONE, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(e.n, 0);
	/* one import audit line per real import */
	assert_int_equal(store_count(st, STORE_T_AUDIT, &n, &err), 0);
	assert_int_equal(n, 1);
}

static void test_all_or_nothing(void **state)
{
	struct store *st = *state;
	struct import_stats s;
	struct errs e = {0};
	long n;
	struct sb40_error err;
	/* rows 2-3 are good and get written inside the transaction; row 4 fails */
	const char *z = "code,name,region,area_ha\nTK-A,A,Tashkent city,1\nTK-B,B,UZ-SA,2\n"
			"TK-C,C,UZ-SA,-3\nTK-D,D,Mars,1\n";
	assert_int_equal(run(st, IMPORT_ZONES, "z.csv", z, 0, 10, &s, &e), SB40_EINVAL);
	assert_int_equal(s.errors, 2);
	assert_int_equal(e.n, 2);
	assert_string_equal(e.text[0], "z.csv:4:4: expected a positive area, got \"-3\"");
	assert_string_equal(e.text[1], "z.csv:5:3: unknown region \"Mars\"");
	assert_int_equal(store_count(st, STORE_T_ZONE, &n, &err), 0);
	assert_int_equal(n, 0);
	assert_int_equal(store_count(st, STORE_T_AUDIT, &n, &err), 0);
	assert_int_equal(n, 0);
}

struct tally {
	char text[256];
};

static int tally_row(void *ctx, int ncols, const char *const *vals)
{
	struct tally *t = ctx;
	size_t n = strlen(t->text);
	assert_int_equal(ncols, 2);
	snprintf(t->text + n, sizeof t->text - n, "%s=%s;", vals[0], vals[1]);
	return 0;
}

/* Firms and values: the streamed path on PostgreSQL (COPY straight into an
 * empty table, then through a staging table) counts and audits exactly as
 * row by row does on SQLite; a failing row rolls the stream back. */
static void test_bulk_rules(void **state)
{
	struct store *st = *state;
	struct import_stats s;
	struct errs e = {0};
	long n;
	struct sb40_error err;
	const char *e1 = "tin,name,legal_form,region\n301000001,A,private enterprise,UZ-SA\n"
			 "301000002,B\tTab,family enterprise,UZ-SA\n";
	const char *e2 = "tin,name,legal_form,region,status\n301000001,A,private enterprise,UZ-SA,active\n"
			 "301000002,B2,private enterprise,UZ-SA,\n301000003,C\\x,private enterprise,UZ-TK,\n";
	const char *bad = "tin,name,legal_form,region\n301000009,Z,private enterprise,UZ-SA\n"
			  "301000008,Y,private enterprise,Mars\n";
	const char *o1 = "entity,indicator,period,value\nenterprise:301000001,output,2024,10\n"
			 "enterprise:301000002,output,2024,0.1\n";
	const char *o2 = "entity,indicator,period,value\nenterprise:301000001,output,2024,11\n"
			 "enterprise:301000002,output,2024,0.1\nenterprise:301000003,output,2024,3\n";
	assert_int_equal(run(st, IMPORT_ENTERPRISES, "e1.csv", e1, 1, 1, &s, &e), 0);
	assert_int_equal(s.added, 2); /* dry run */
	assert_int_equal(store_count(st, STORE_T_ENTERPRISE, &n, &err), 0);
	assert_int_equal(n, 0);
	assert_int_equal(run(st, IMPORT_ENTERPRISES, "e1.csv", e1, 0, 1, &s, &e), 0);
	assert_int_equal(s.added, 2);
	assert_int_equal(run(st, IMPORT_ENTERPRISES, "e2.csv", e2, 0, 1, &s, &e), 0);
	assert_int_equal(s.added, 1);
	assert_int_equal(s.changed, 1);
	assert_int_equal(s.unchanged, 1);
	/* the tally follows inserts and updates (a firm changed its legal form) */
	struct tally t = {0};
	assert_int_equal(store_query(st, Q_ENTERPRISES_BY_FORM, 0, NULL, tally_row, &t, &err), 0);
	assert_string_equal(t.text, "private enterprise=3;");
	assert_int_equal(run(st, IMPORT_ENTERPRISES, "bad.csv", bad, 0, 1, &s, &e), SB40_EINVAL);
	assert_int_equal(store_count(st, STORE_T_ENTERPRISE, &n, &err), 0);
	assert_int_equal(n, 3);
	/* 2 imports and 1 update */
	assert_int_equal(store_count(st, STORE_T_AUDIT, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(run(st, IMPORT_OBSERVATIONS, "o1.csv", o1, 0, 1, &s, &e), 0);
	assert_int_equal(s.added, 2);
	assert_int_equal(run(st, IMPORT_OBSERVATIONS, "o2.csv", o2, 0, 1, &s, &e), 0);
	assert_int_equal(s.added, 1);
	assert_int_equal(s.changed, 1);
	assert_int_equal(s.unchanged, 1);
	assert_int_equal(store_count(st, STORE_T_OBSERVATION, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_int_equal(e.n, 1);
}

static void test_header_errors(void **state)
{
	struct store *st = *state;
	struct import_stats s;
	struct errs e = {0};
	assert_int_equal(run(st, IMPORT_LOTS, "l.csv", "zone,lot,area_m2\n", 0, 1, &s, &e),
			 SB40_EINVAL);
	assert_string_equal(e.text[0], "l.csv:1: missing required column \"status\"");
	e.n = 0;
	assert_int_equal(run(st, IMPORT_OBSERVATIONS, "o.csv", "", 0, 1, &s, &e), SB40_EINVAL);
	assert_string_equal(e.text[0], "o.csv:1: the file is empty (expected a header line)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test_setup_teardown(test_counts_and_dry_run, setup, teardown),
		cmocka_unit_test_setup_teardown(test_all_or_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_header_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bulk_rules, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
