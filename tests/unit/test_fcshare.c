/* test_fcshare.c - the forecasting pieces the command line and the web
 * share (io/fcrun, io/fcreport): the default method, level parsing, one
 * cell run alone equal to the pool's, the JSON pieces, and the XLSX
 * workbook (a zip file with a worksheet). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "io/fcreport.h"
#include "io/fcrun.h"

static void test_default_and_list(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	const struct fc_method *m = fcrun_default_method();
	assert_non_null(m);
	assert_string_equal(m->name, fc_method_find("auto") ? "auto" : "ets");
	fcrun_method_list(&b);
	assert_non_null(strstr(b.data, "ets"));
	assert_non_null(strstr(b.data, "arima"));
	assert_null(strstr(b.data, ",,"));
	buf_release(&b);
}

static void test_levels(void **state)
{
	double lv[BT_MAX_LEVELS];
	size_t n = 99;
	char msg[128];
	(void)state;
	assert_int_equal(fcrun_parse_levels("80,95", lv, &n, msg, sizeof msg), 0);
	assert_int_equal(n, 2);
	assert_true(lv[0] == 80 && lv[1] == 95);
	assert_int_equal(fcrun_parse_levels("none", lv, &n, msg, sizeof msg), 0);
	assert_int_equal(n, 0);
	assert_int_equal(fcrun_parse_levels("80,100", lv, &n, msg, sizeof msg), -1);
	assert_string_equal(msg, "expected percentages between 0 and 100, got \"100\"");
	assert_int_equal(fcrun_parse_levels("1,2,3,4,5,6,7,8,9", lv, &n, msg, sizeof msg), -1);
	assert_string_equal(msg, "at most 8 levels");
	assert_int_equal(fcrun_parse_levels("", lv, &n, msg, sizeof msg), -1);
}

static const char csv[] = "series,period,value\n"
			  "A,2010,10\nA,2011,12\nA,2012,13\nA,2013,15\nA,2014,16\nA,2015,18\n"
			  "A,2016,19\nA,2017,22\n";

static void test_cell_equals_pool(void **state)
{
	struct series_set set;
	struct sb40_error err;
	const struct fc_method *m[1] = {fc_method_find("ets")};
	double lv[2] = {80, 95};
	struct fcrun_cell pool = {0}, one = {0};
	(void)state;
	assert_int_equal(series_read_mem("t.csv", csv, sizeof csv - 1, FILL_NONE, &set, &err), 0);
	struct fcrun_job job = {&set, m, 1, 3, lv, 2, 1, 0, 2, NULL};
	assert_int_equal(fcrun_run(&job, &pool, &err), 0);
	assert_int_equal(fcrun_cell_run(&job, 0, 0, &one, &err), 0);
	assert_int_equal(one.res.h, 3);
	for (size_t k = 0; k < 3; k++) {
		assert_true(one.res.mean[k] == pool.res.mean[k]);
		assert_true(one.res.lo[k] == pool.res.lo[k] && one.res.hi[3 + k] == pool.res.hi[3 + k]);
	}

	/* the JSON pieces */
	json_t *f = fcreport_forecasts_json(&set.s[0], &one.res, lv, 2);
	assert_int_equal(json_array_size(f), 3);
	json_t *p = json_array_get(f, 0);
	assert_string_equal(json_string_value(json_object_get(p, "period")), "2018");
	assert_true(json_real_value(json_object_get(p, "forecast")) == one.res.mean[0]);
	assert_true(json_real_value(json_object_get(p, "hi95")) == one.res.hi[3]);
	json_decref(f);
	json_t *h = fcreport_series_json(&set.s[0]);
	assert_string_equal(json_string_value(json_object_get(h, "frequency")), "yearly");
	assert_int_equal(json_integer_value(json_object_get(h, "n")), 8);
	json_decref(h);
	struct bt_result bt = {3, 0, 6, 6, 5.5, 0.75, {0.5, 1}};
	json_t *b = fcreport_bt_json("ets", &bt, lv, 2);
	assert_string_equal(json_string_value(json_object_get(b, "method")), "ets");
	assert_true(json_real_value(json_object_get(json_object_get(b, "coverage"), "95")) == 1);
	char *txt = json_dumps(b, JSON_COMPACT);
	assert_true(!strncmp(txt, "{\"method\":\"ets\",\"origins\":3,", 27)); /* the command's order */
	free(txt);
	json_decref(b);

	/* the XLSX workbook: a zip with a worksheet (tests/cli/web_forecast.sh
	 * reads it with openpyxl) */
	struct fcreport r = {&set, m, 1, &one, lv, 2, 0, 0};
	struct buf x = BUF_INIT;
	assert_int_equal(fcreport_xlsx(&x, &r, &err), 0);
	assert_true(x.len > 1000);
	assert_memory_equal(x.data, "PK\x03\x04", 4);
	int found = 0;
	for (size_t i = 0; i + 24 < x.len; i++)
		if (!memcmp(x.data + i, "xl/worksheets/sheet1.xml", 24))
			found = 1;
	assert_true(found);
	buf_release(&x);
	fcrun_release(&pool, 1);
	fcrun_release(&one, 1);
	series_set_release(&set);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_and_list),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_cell_equals_pool),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
