/* test_series.c - io/series: the long and wide CSV forms, periods, fill
 * rules, and every rejected input with its exact message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/series.h"

static int rd(const char *csv, enum series_fill fill, struct series_set *set,
	      struct sb40_error *err)
{
	error_clear(err);
	return series_read_mem("t.csv", csv, strlen(csv), fill, set, err);
}

/* The error text of reading CSV with FILL. */
static const char *bad(const char *csv, enum series_fill fill)
{
	static struct sb40_error err;
	struct series_set set;
	assert_int_not_equal(rd(csv, fill, &set, &err), 0);
	assert_null(set.s);
	return error_text(&err);
}

static void test_long_any_order(void **st)
{
	struct series_set set;
	struct sb40_error err;
	char p[24];
	assert_int_equal(rd("value,period,series,note\n3,2022,B,x\n1,2020,A,\n2,2021,A,\n"
			    "1.5,2021,B,\n2.5,2022,A,\n",
			    FILL_NONE, &set, &err), 0);
	assert_int_equal(set.n, 2);
	assert_string_equal(set.s[0].name, "B");
	assert_int_equal(set.s[0].n, 2);
	assert_true(set.s[0].y[0] == 1.5 && set.s[0].y[1] == 3);
	assert_string_equal(set.s[1].name, "A");
	assert_int_equal(set.s[1].n, 3);
	assert_true(set.s[1].y[2] == 2.5);
	assert_int_equal(set.s[1].freq, SERIES_YEAR);
	assert_string_equal(series_period(&set.s[1], 4, p), "2024");
	series_set_release(&set);
}

static void test_periods(void **st)
{
	struct series_set set;
	struct sb40_error err;
	char p[24];
	assert_int_equal(rd("series,period,value\nq,2024Q3,1\nq,2024Q4,2\nm,2024-11,1\nm,2024-12,2\n"
			    "i,41,1\ni,42,2\n",
			    FILL_NONE, &set, &err), 0);
	assert_int_equal(set.n, 3);
	assert_int_equal(series_season(set.s[0].freq), 4);
	assert_string_equal(series_period(&set.s[0], 2, p), "2025Q1");
	assert_int_equal(series_season(set.s[1].freq), 12);
	assert_string_equal(series_period(&set.s[1], 2, p), "2025-01");
	assert_int_equal(set.s[2].freq, SERIES_INDEX);
	assert_string_equal(series_period(&set.s[2], 2, p), "43");
	series_set_release(&set);
	/* an index series running through 1000 stays an index series */
	assert_int_equal(rd("series,period,value\nx,999,1\nx,1000,2\nx,1001,3\n", FILL_NONE, &set,
			    &err), 0);
	assert_int_equal(set.s[0].freq, SERIES_INDEX);
	assert_int_equal(set.s[0].n, 3);
	series_set_release(&set);
}

static void test_wide(void **st)
{
	struct series_set set;
	struct sb40_error err;
	assert_int_equal(rd("year,total,small\n2010,1849.0,113.2\n2011,1348.7,116.1\n", FILL_NONE,
			    &set, &err), 0);
	assert_int_equal(set.n, 2);
	assert_string_equal(set.s[0].name, "total");
	assert_string_equal(set.s[1].name, "small");
	assert_true(set.s[1].y[1] == 116.1);
	assert_int_equal(set.s[0].first, 2010);
	series_set_release(&set);
	/* period,value: one series named "value" */
	assert_int_equal(rd("period,value\n2020Q4,1\n2021Q1,2\n", FILL_NONE, &set, &err), 0);
	assert_int_equal(set.n, 1);
	assert_string_equal(set.s[0].name, "value");
	series_set_release(&set);
}

static void test_fill(void **st)
{
	const char *csv = "series,period,value\nA,2010,1\nA,2013,4\nA,2011,NA\nA,2014,\n";
	struct series_set set;
	struct sb40_error err;
	assert_int_equal(rd(csv, FILL_LINEAR, &set, &err), 0);
	assert_int_equal(set.s[0].n, 4); /* the empty 2014 is after the last value: left out */
	assert_true(set.s[0].y[1] == 2 && set.s[0].y[2] == 3 && set.s[0].y[3] == 4);
	assert_int_equal(set.s[0].filled, 2);
	series_set_release(&set);
	assert_int_equal(rd(csv, FILL_PREVIOUS, &set, &err), 0);
	assert_true(set.s[0].y[1] == 1 && set.s[0].y[2] == 1);
	series_set_release(&set);
	assert_int_equal(rd(csv, FILL_ZERO, &set, &err), 0);
	assert_true(set.s[0].y[1] == 0 && set.s[0].y[2] == 0 && set.s[0].y[3] == 4);
	series_set_release(&set);
	assert_int_equal(series_fill_parse("linear"), FILL_LINEAR);
	assert_int_equal(series_fill_parse("spline"), -1);
}

static void test_errors(void **st)
{
	assert_string_equal(bad("series,period,value\nA,2010,1\nA,2012,3\n", FILL_NONE),
			    "t.csv: series \"A\" has no value for period 2011 (between lines 2 "
			    "and 3); --fill linear, previous or zero fills gaps");
	assert_string_equal(bad("series,period,value\nA,2010,1\nA,2011,NA\nA,2012,3\n", FILL_NONE),
			    "t.csv: series \"A\" has no value for period 2011 (between lines 2 "
			    "and 4); --fill linear, previous or zero fills gaps");
	assert_string_equal(bad("series,period,value\nA,2010,1\nA,2010,3\n", FILL_LINEAR),
			    "t.csv:3: series \"A\" has period 2010 twice (also at line 2)");
	assert_string_equal(bad("series,period,value\nA,2010,1\nA,2011,1,5\n", FILL_NONE),
			    "t.csv:3: expected 3 fields as in the header, got 4");
	assert_string_equal(bad("series,period,value\nA,2010,abc\n", FILL_NONE),
			    "t.csv:2:3: expected a number, got \"abc\"");
	assert_string_equal(bad("series,period,value\nA,2010Q1,1\nA,2010,2\n", FILL_NONE),
			    "t.csv:3:2: series \"A\" mixes frequencies: period \"2010\" is yearly, "
			    "earlier periods (line 2) are quarterly");
	assert_string_equal(bad("series,period,value\nA,2010,NA\nA,2011,\n", FILL_LINEAR),
			    "t.csv: series \"A\" has no values");
	assert_string_equal(bad("series,period,value\n", FILL_NONE),
			    "t.csv: no series: the file has no data rows");
	assert_string_equal(bad("", FILL_NONE),
			    "t.csv: the file is empty (expected a header row: series,period,value "
			    "or period,VALUE...)");
	assert_string_equal(bad("series,value\nA,1\n", FILL_NONE),
			    "t.csv:1: a long file needs the columns series, period and value "
			    "(missing: period)");
	assert_string_equal(bad("series,period,value\n,2010,1\n", FILL_NONE),
			    "t.csv:2:1: empty series name");
	const char *m = bad("series,period,value\nA,20x0,1\n", FILL_NONE);
	assert_non_null(strstr(m, "t.csv:2:2: "));
	assert_non_null(strstr(m, "(expected 2024, 2024Q3, 2024-03 or an index)"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_any_order), cmocka_unit_test(test_periods),
		cmocka_unit_test(test_wide),	       cmocka_unit_test(test_fill),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
