/* test_accuracy.c - stats/accuracy by hand and against m3eval.py, and
 * stats/backtest on a method whose forecasts are known exactly.
 *
 * tests/data/accuracy/ holds four yearly and four quarterly M3 series, a
 * fixed forecast for them and m3eval.py's per-series scores (written by
 * tests/data/accuracy/make_refs.sh). */
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
#include "stats/accuracy.h"
#include "stats/backtest.h"

static void test_by_hand(void **st)
{
	double y[] = {100, 0, -10, 50}, f[] = {110, 0, 10, 40};
	/* 200*10/210, 0 (both zero), 200*20/20, 200*10/90 */
	double want = (2000.0 / 210 + 0 + 200 + 2000.0 / 90) / 4;
	assert_true(fabs(acc_smape(y, f, 4) - want) < 1e-12);
	double x[] = {1, 3, 2, 6, 5};
	/* |3-1| |2-3| |6-2| |5-6| -> 8/4 = 2; lag 2: |2-1| |6-3| |5-2| -> 7/3 */
	assert_true(fabs(acc_mase_scale(x, 5, 1) - 2) < 1e-15);
	assert_true(fabs(acc_mase_scale(x, 5, 2) - 7.0 / 3) < 1e-15);
	assert_true(isnan(acc_mase_scale(x, 2, 2)));
	double a[] = {7, 9}, g[] = {6, 12};
	assert_true(fabs(acc_mase(a, g, 2, 2) - 1.0) < 1e-15);
	assert_true(isnan(acc_mase(a, g, 2, 0)));
	double lo[] = {6.5, 9, 0}, hi[] = {8, 10, 1}, v[] = {7, 9, 2};
	assert_true(fabs(acc_coverage(v, lo, hi, 3) - 2.0 / 3) < 1e-15);
	assert_true(fabs(acc_owa(10, 2, 20, 1) - 1.25) < 1e-15);
	/* Naive2 without seasonality is the last value */
	double n2[3];
	assert_int_equal(acc_naive2(x, 5, 1, 3, n2), 0);
	assert_true(n2[0] == 5 && n2[2] == 5);
}

static void load(const char *freq, const char *what, struct series_set *set)
{
	char path[1024];
	struct sb40_error err;
	const char *src = getenv("SB40_SOURCE");
	snprintf(path, sizeof path, "%s/tests/data/accuracy/%s-%s.csv", src ? src : ".", freq, what);
	if (series_read_csv(path, NULL, FILL_NONE, set, &err))
		fail_msg("%s", error_text(&err));
}

/* m3eval's per-series sMAPE, MASE and Naive2 scores, to 1e-12. */
static void check_m3(const char *freq, int m, int *seasonal)
{
	struct series_set tr, te;
	char path[1024];
	const char *src = getenv("SB40_SOURCE");
	load(freq, "train", &tr);
	load(freq, "test", &te);
	snprintf(path, sizeof path, "%s/tests/data/accuracy/%s-ref.csv", src ? src : ".", freq);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char line[512];
	size_t rows = 0;
	assert_non_null(fgets(line, sizeof line, f));
	while (fgets(line, sizeof line, f)) {
		char name[32];
		double sm, ms, nsm, nms, fc[8], n2[8];
		assert_int_equal(sscanf(line, "%31[^,],%lf,%lf,%lf,%lf", name, &sm, &ms, &nsm, &nms), 5);
		size_t i = 0;
		while (i < tr.n && strcmp(tr.s[i].name, name))
			i++;
		assert_true(i < tr.n && !strcmp(te.s[i].name, name));
		const struct series *x = &tr.s[i], *y = &te.s[i];
		assert_true(y->n <= 8);
		for (size_t k = 0; k < y->n; k++)
			fc[k] = x->y[x->n - 1] * pow(1.02, (double)(k + 1));
		double scale = acc_mase_scale(x->y, x->n, m);
		assert_true(fabs(acc_smape(y->y, fc, y->n) - sm) <= 1e-12 * sm);
		assert_true(fabs(acc_mase(y->y, fc, y->n, scale) - ms) <= 1e-12 * ms);
		*seasonal += acc_naive2(x->y, x->n, m, y->n, n2);
		assert_true(fabs(acc_smape(y->y, n2, y->n) - nsm) <= 1e-12 * nsm);
		assert_true(fabs(acc_mase(y->y, n2, y->n, scale) - nms) <= 1e-12 * nms);
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 4);
	series_set_release(&tr);
	series_set_release(&te);
}

static void test_m3eval(void **st)
{
	int seasonal = 0;
	check_m3("yearly", 1, &seasonal);
	assert_int_equal(seasonal, 0);
	check_m3("quarterly", 4, &seasonal);
	assert_true(seasonal >= 1); /* the seasonal Naive2 path was exercised */
}

/* A method with known output: the last value, interval +-1 at every level;
 * it needs two values. */
static int last_value(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	if (rq->n < 2)
		return error_set(err, SB40_EMISSING, "needs 2 values");
	for (size_t i = 0; i < rq->h; i++) {
		out->mean[i] = rq->y[rq->n - 1];
		for (size_t l = 0; l < rq->nlevels; l++) {
			out->lo[l * rq->h + i] = out->mean[i] - 1;
			out->hi[l * rq->h + i] = out->mean[i] + 1;
		}
	}
	return 0;
}

static void test_backtest(void **st)
{
	double y[] = {1, 2, 4, 4, 5}, lv[] = {80};
	struct bt_options o = {3, 2, 1, lv, 1, 1};
	struct bt_result r;
	struct sb40_error err;
	/* origins after 2, 3, 4 values: forecasts 2 -> (4, 4), 4 -> (4, 5), 4 -> (5) */
	assert_int_equal(backtest_run(y, 5, last_value, &o, &r, &err), 0);
	assert_int_equal(r.origins, 3);
	assert_int_equal(r.points, 5);
	double sm = (200.0 * 2 / 6 * 2 + 0 + 200.0 / 9 + 200.0 / 9) / 5;
	assert_true(fabs(r.smape - sm) < 1e-12);
	/* scales: {1,2} -> 1; {1,2,4} -> 1.5; {1,2,4,4} -> 1 */
	double ms = (2 + 2 + 0 + 1 / 1.5 + 1) / 5;
	assert_true(fabs(r.mase - ms) < 1e-12);
	assert_true(fabs(r.coverage[0] - 3.0 / 5) < 1e-15);
	/* 4 origins: the first (1 value) cannot be fitted and is skipped */
	o.origins = 4;
	assert_int_equal(backtest_run(y, 5, last_value, &o, &r, &err), 0);
	assert_int_equal(r.skipped, 1);
	assert_int_equal(r.origins, 3);
	o.origins = 5;
	assert_int_equal(backtest_run(y, 5, last_value, &o, &r, &err), SB40_EMISSING);
	assert_string_equal(error_text(&err),
			    "a backtest over 5 origins needs at least 6 values, the series has 5");
	double z[] = {1, 2};
	o.origins = 1;
	assert_int_equal(backtest_run(z, 1, last_value, &o, &r, &err), SB40_EMISSING);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_by_hand),
		cmocka_unit_test(test_m3eval),
		cmocka_unit_test(test_backtest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
