/* test_lifecycle.c - domain/lifecycle: the phase rule on crafted series of
 * each phase, exact and noisy, with the trend statistics worked by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "domain/lifecycle.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

static enum lc_phase phase_of(const double *y, size_t n)
{
	struct lifecycle lc;
	struct sb40_error e;
	assert_int_equal(lifecycle_classify(y, n, NULL, &lc, &e), 0);
	return lc.phase;
}

/* A straight line: slope 2, level 15, growth 2/15, an exact fit (p = 0);
 * the increments are constant, so no acceleration: growth. */
static void test_linear_growth_by_hand(void **state)
{
	const double y[6] = {10, 12, 14, 16, 18, 20};
	struct lifecycle lc;
	struct sb40_error e;
	assert_int_equal(lifecycle_classify(y, 6, NULL, &lc, &e), 0);
	assert_int_equal(lc.phase, LC_GROWTH);
	assert_int_equal(lc.k, 6);
	NEAR(lc.slope, 2, 1e-12);
	NEAR(lc.level, 15, 1e-12);
	NEAR(lc.growth, 2.0 / 15, 1e-12);
	assert_true(lc.slope_p == 0);
	NEAR(lc.accel, 0, 1e-12);
	assert_true(lc.accel_p == 1);
	NEAR(lc.cagr, pow(2, 0.2) - 1, 1e-12);
	assert_string_equal(lifecycle_phase_name(lc.phase), "growth");
}

/* y = 10 12 11 13 12 14 on t = 1..6: mean t 3.5, mean y 12, Sxx 17.5,
 * Sxy 11, b = 11/17.5 = 0.628571; residual SS 3.085714 (4 df), se(b) =
 * sqrt(3.085714/4/17.5) = 0.209956, t = 2.99382.  Student's t table with 4
 * df: 2.776 (p = .05) < t < 3.747 (p = .02).  Growth 0.628571/12 = 5.2% a
 * period; the increments 2 -1 2 -1 2 have slope 0: growth. */
static void test_noisy_trend_by_hand(void **state)
{
	const double y[6] = {10, 12, 11, 13, 12, 14};
	struct lifecycle lc;
	struct sb40_error e;
	assert_int_equal(lifecycle_classify(y, 6, NULL, &lc, &e), 0);
	NEAR(lc.slope, 11 / 17.5, 1e-12);
	NEAR(lc.slope_t, 2.99382, 1e-5);
	assert_true(lc.slope_p > 0.02 && lc.slope_p < 0.05);
	NEAR(lc.growth, 11 / 17.5 / 12, 1e-12);
	NEAR(lc.accel, 0, 1e-12);
	assert_int_equal(lc.phase, LC_GROWTH);
	/* at alpha = 0.02 the same trend is not significant: maturity */
	struct lc_rule strict = LC_RULE_DEFAULT;
	strict.alpha = 0.02;
	assert_int_equal(lifecycle_classify(y, 6, &strict, &lc, &e), 0);
	assert_int_equal(lc.phase, LC_MATURITY);
}

/* Doubling from 1: the increments 1 2 4 8 16 have slope 3.6 with residuals
 * 2 -0.6 -2.2 -1.8 2.6 (SS 19.2, 3 df), se = sqrt(6.4/10) = 0.8, t = 4.5:
 * significant at .05 (table: 3.182); the first value is 1/32 of the last:
 * introduction. */
static void test_introduction_by_hand(void **state)
{
	const double y[6] = {1, 2, 4, 8, 16, 32};
	struct lifecycle lc;
	struct sb40_error e;
	assert_int_equal(lifecycle_classify(y, 6, NULL, &lc, &e), 0);
	NEAR(lc.accel, 3.6, 1e-12);
	assert_true(lc.accel_p < 0.05 && lc.accel_p > 0.01);
	assert_int_equal(lc.phase, LC_INTRODUCTION);
	/* The same acceleration from a high base is growth again
	 * (100 -> 130: the first value is not under a quarter of the last). */
	const double h[6] = {100, 102, 105, 110, 118, 130};
	assert_int_equal(phase_of(h, 6), LC_GROWTH);
}

/* Straight decline 100 90 80 70 60: slope -10, level 80, growth -12.5%. */
static void test_decline_by_hand(void **state)
{
	const double y[5] = {100, 90, 80, 70, 60};
	struct lifecycle lc;
	struct sb40_error e;
	assert_int_equal(lifecycle_classify(y, 5, NULL, &lc, &e), 0);
	assert_int_equal(lc.phase, LC_DECLINE);
	NEAR(lc.growth, -0.125, 1e-12);
	assert_true(lc.slope_p == 0);
	assert_true(isnan(lc.accel));
}

/* The four phases on longer crafted series. */
static const double intro[8] = {1, 1.5, 2.2, 3.3, 5, 7.5, 11.2, 16.8};
static const double growth[8] = {20, 35, 52, 70, 86, 100, 113, 125};
static const double mature[8] = {100, 102, 99, 101, 100, 98, 101, 100};
static const double decline[8] = {100, 95, 88, 80, 70, 62, 55, 49};

static void test_crafted_phases(void **state)
{
	assert_int_equal(phase_of(intro, 8), LC_INTRODUCTION);
	assert_int_equal(phase_of(growth, 8), LC_GROWTH);
	assert_int_equal(phase_of(mature, 8), LC_MATURITY);
	assert_int_equal(phase_of(decline, 8), LC_DECLINE);
	/* rise, peak, fall: the recent window decides */
	const double hump[8] = {60, 80, 100, 100, 95, 85, 75, 65};
	assert_int_equal(phase_of(hump, 8), LC_DECLINE);
	/* growth that has run out: increments 20 15 10 5 2 1 0 */
	const double late[8] = {50, 70, 85, 95, 100, 102, 103, 103};
	assert_int_equal(phase_of(late, 8), LC_MATURITY);
	/* a slow drift (1% a period) is no trend worth the name */
	const double drift[6] = {100, 101, 102, 103, 104, 105};
	assert_int_equal(phase_of(drift, 6), LC_MATURITY);
	/* the article's Table 1, small businesses' innovative output (Y') */
	const double y1[11] = {113.2, 116.1, 265.4, 409.8, 1160.7, 1681.8,
			       1671.9, 2324.3, 7196.3, 8455.4, 14129.1};
	assert_int_equal(phase_of(y1, 11), LC_GROWTH);
}

/* Multiplicative noise, uniform in +-NOISE, from a fixed LCG so that the
 * test is the same everywhere. */
static void noisy(const double *y, size_t n, double noise, unsigned long *seed, double *out)
{
	for (size_t i = 0; i < n; i++) {
		*seed = (*seed * 6364136223846793005UL + 1442695040888963407UL);
		double u = (double)(*seed >> 11) / 9007199254740992.0; /* [0, 1) */
		out[i] = y[i] * (1 + noise * (2 * u - 1));
	}
}

/* 200 noisy copies of each phase (+-5%) keep their phase. */
static void test_noisy_phases(void **state)
{
	const double *series[4] = {intro, growth, mature, decline};
	const enum lc_phase want[4] = {LC_INTRODUCTION, LC_GROWTH, LC_MATURITY, LC_DECLINE};
	unsigned long seed = 42;
	double y[8];
	for (int s = 0; s < 4; s++)
		for (int rep = 0; rep < 200; rep++) {
			noisy(series[s], 8, 0.05, &seed, y);
			if (phase_of(y, 8) != want[s])
				fail_msg("series %d copy %d: got %s", s, rep,
					 lifecycle_phase_name(phase_of(y, 8)));
		}
}

static void test_errors(void **state)
{
	struct lifecycle lc;
	struct sb40_error e;
	const double four[4] = {1, 2, 3, 4};
	assert_int_equal(lifecycle_classify(four, 4, NULL, &lc, &e), SB40_EMISSING);
	assert_string_equal(error_text(&e),
			    "expected at least 5 sales values to tell the life-cycle phase, got 4");
	const double neg[5] = {1, 2, -3, 4, 5};
	assert_int_equal(lifecycle_classify(neg, 5, NULL, &lc, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "sales value 3: expected a number 0 or more, got -3");
	const double zeros[7] = {5, 0, 0, 0, 0, 0, 0};
	assert_int_equal(lifecycle_classify(zeros, 7, NULL, &lc, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "expected positive sales in the last 6 periods, got only zeros");
	/* a series starting from nothing has no compound growth */
	const double fromzero[6] = {0, 1, 3, 6, 10, 15};
	assert_int_equal(lifecycle_classify(fromzero, 6, NULL, &lc, &e), 0);
	assert_true(isnan(lc.cagr));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_linear_growth_by_hand),
		cmocka_unit_test(test_noisy_trend_by_hand),
		cmocka_unit_test(test_introduction_by_hand),
		cmocka_unit_test(test_decline_by_hand),
		cmocka_unit_test(test_crafted_phases),
		cmocka_unit_test(test_noisy_phases),
		cmocka_unit_test(test_errors),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
