/* test_zoneind.c - domain/zonedata and domain/zoneind: derived indicators
 * worked out by hand; a missing input gives a missing value, never 0. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "domain/zoneind.h"
#include "stats/fcmethods.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) <= 1e-9)

static void test_codes(void **state)
{
	for (int i = 0; i < ZI_COUNT; i++)
		assert_int_equal(zd_ind_parse(zd_ind_code(i)), i);
	assert_int_equal(zd_ind_parse("nope"), -1);
	assert_null(zd_ind_code(ZI_COUNT));
	assert_int_equal(zd_ind_direction(ZI_VACANT_AREA_M2), -1);
	assert_int_equal(zd_ind_direction(ZI_WORKERS_PER_HA), 1);
	assert_true(zd_ind_is_share(ZI_GAS_PCT));
	assert_false(zd_ind_is_share(ZI_WORKERS));
}

static void test_derived(void **state)
{
	struct zone_data d;
	struct zd_zone a = {.code = "A", .established = 2017, .area_ha = 4};
	struct zd_zone b = {.code = "B", .established = 0, .area_ha = NAN};
	zone_data_init(&d);
	zd_add_zone(&d, &a);
	zd_add_zone(&d, &b);
	zd_add_value(&d, 0, ZI_ENTERPRISES, 2017, 20, 0);
	zd_add_value(&d, 0, ZI_ENTERPRISES, 2018, 25, 0);
	zd_add_value(&d, 0, ZI_ENTERPRISES, 2020, 40, 1);
	zd_add_value(&d, 0, ZI_WORKERS, 2020, 200, 0);
	zd_add_value(&d, 1, ZI_ENTERPRISES, 2020, 0, 0);
	zd_add_value(&d, 1, ZI_WORKERS, 2020, 7, 0);
	zd_add_value(&d, 1, ZI_WORKERS, 2020, 9, 0); /* a later value replaces */
	zd_index(&d);
	assert_int_equal(d.year0, 2017);
	assert_int_equal(d.nyears, 4);
	assert_int_equal(zd_latest_year(&d), 2020);
	assert_true(zd_noted(&d, 0, ZI_ENTERPRISES, 2020));
	assert_false(zd_noted(&d, 0, ZI_ENTERPRISES, 2018));
	NEAR(zoneind_value(&d, 0, ZI_ENTERPRISES_PER_HA, 2020), 10);
	NEAR(zoneind_value(&d, 0, ZI_WORKERS_PER_HA, 2020), 50);
	NEAR(zoneind_value(&d, 0, ZI_WORKERS_PER_ENTERPRISE, 2020), 5);
	assert_true(isnan(zoneind_value(&d, 0, ZI_OUTPUT_PER_HA, 2020)));     /* no output */
	NEAR(zoneind_value(&d, 0, ZI_GROWTH_ENTERPRISES_PCT, 2018), 25);
	assert_true(isnan(zoneind_value(&d, 0, ZI_GROWTH_ENTERPRISES_PCT, 2020))); /* no 2019 */
	/* (40 / 20)^(1/3) - 1 = 0.259921049894873 */
	NEAR(zoneind_value(&d, 0, ZI_CAGR_ENTERPRISES_PCT, 2020), 25.9921049894873);
	assert_true(isnan(zoneind_value(&d, 0, ZI_CAGR_ENTERPRISES_PCT, 2017)));
	assert_true(isnan(zoneind_value(&d, 0, ZI_WORKERS_PER_HA, 2019)));
	/* zone B: no area, 0 enterprises */
	assert_true(isnan(zoneind_value(&d, 1, ZI_ENTERPRISES_PER_HA, 2020)));
	assert_true(isnan(zoneind_value(&d, 1, ZI_WORKERS_PER_ENTERPRISE, 2020)));
	assert_true(isnan(zoneind_value(&d, 1, ZI_CAGR_ENTERPRISES_PCT, 2020)));
	NEAR(zoneind_value(&d, 1, ZI_WORKERS, 2020), 9);
	NEAR(zoneind_value(&d, 1, ZI_ENTERPRISES, 2020), 0);
	assert_true(isnan(zoneind_value(&d, 1, ZI_WORKERS, 1990)));
	/* obligations fulfilled: none due -> missing; one of two -> 50 */
	assert_true(isnan(zoneind_value(&d, 0, ZI_OBLIGATIONS_FULFILLED_PCT, 2020)));
	struct zd_obligation o = {.zone = "A", .due = "2020-05-31", .accepted = "2020-07-01"};
	zd_add_obligation(&d, &o);
	snprintf(o.due, sizeof o.due, "2020-12-31");
	o.accepted[0] = '\0';
	zd_add_obligation(&d, &o);
	snprintf(o.due, sizeof o.due, "2021-01-01");
	zd_add_obligation(&d, &o);
	NEAR(zoneind_value(&d, 0, ZI_OBLIGATIONS_FULFILLED_PCT, 2020), 50);
	NEAR(zoneind_value(&d, 0, ZI_OBLIGATIONS_FULFILLED_PCT, 2021), 100.0 / 3);
	assert_int_equal(zd_zone_index(&d, "B"), 1);
	assert_int_equal(zd_zone_index(&d, "C"), -1);
	zone_data_release(&d);
}

/* Counts 10 (2017), 20 (2019), 24 (2021): the engine's `auto` on the
 * yearly series 10, 15, 20, 22, 24 (the missing years on the joining
 * lines), from 2021 on; checked against calling the method directly. */
static double auto_mean(const double *y, size_t n, size_t h, size_t i)
{
	struct fc_result r;
	struct sb40_error err;
	struct fc_request rq = {y, n, 1, h, NULL, 0, 40};
	double m;
	assert_int_equal(fc_result_init(&r, h, 0, &err), 0);
	assert_int_equal(fc_method_find("auto")->fn(&rq, &r, &err), 0);
	m = r.mean[i];
	fc_result_release(&r);
	return m;
}

static void test_trend(void **state)
{
	const int x[7] = {2017, 2018, 2019, 2020, 2021, 2022, 2023};
	const double v[7] = {10, NAN, 20, NAN, 24, NAN, NAN};
	const double filled[5] = {10, 15, 20, 22, 24};
	double fc[7], y[5];
	(void)state;
	const int seen[3] = {2017, 2019, 2021};
	const double counts[3] = {10, 20, 24};
	assert_int_equal(zoneind_yearly(seen, counts, 3, y), 2);
	for (int i = 0; i < 5; i++)
		NEAR(y[i], filled[i]);
	assert_int_equal(zoneind_trend(x, 7, v, fc), 0);
	assert_true(isnan(fc[0]) && isnan(fc[3]));
	NEAR(fc[4], 24);
	NEAR(fc[5], auto_mean(filled, 5, 2, 0));
	NEAR(fc[6], auto_mean(filled, 5, 2, 1));
	assert_true(fc[5] > 24 && fc[6] > fc[5]); /* a rising series goes on rising */
	/* two observations are not a trend */
	const double two[7] = {10, NAN, 20, NAN, NAN, NAN, NAN};
	assert_int_equal(zoneind_trend(x, 7, two, fc), -1);
	assert_true(isnan(fc[6]));
	/* a steep fall stops at 0 */
	const double fall[5] = {60, 40, 20, 1, NAN};
	const double fell[4] = {60, 40, 20, 1};
	assert_int_equal(zoneind_trend(x, 5, fall, fc), 0);
	NEAR(fc[4], fmax(0, auto_mean(fell, 4, 1, 0)));
	assert_true(fc[4] >= 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_derived),
		cmocka_unit_test(test_trend),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
