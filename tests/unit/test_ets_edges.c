/* test_ets_edges.c - stats/ets: edge cases, errors, coverage and robustness
 * (the comparisons with R are in test_ets.c and test_ets_m3.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stats/ets.h"

static int verbose;

/* Generate series from known models, fit, and count how often the future
 * falls inside the intervals. */
static void coverage_run(const char *model, int m, size_t n, int nser, double *cov80,
			 double *cov95)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	const size_t h = 6;
	double y[128], lv[2] = {80, 95};
	int in80 = 0, in95 = 0, tot = 0;
	gsl_rng_set(r, 11);
	for (int k = 0; k < nser; k++) {
		double l = 100.0, b = 1.0, s[4] = {1.2, 0.8, 0.9, 1.1};
		struct fc_request rq = {y, n, m, h, lv, 2, (unsigned long)k};
		struct fc_result res;
		struct sb40_error err;
		for (size_t t = 0; t < n + h; t++) {
			if (strcmp(model, "AAN") == 0) { /* alpha .5, beta .1, sigma 2 */
				double e = gsl_ran_gaussian(r, 2.0);
				y[t] = l + b + e;
				l = l + b + 0.5 * e;
				b = b + 0.1 * e;
			} else if (strcmp(model, "MNN") == 0) { /* alpha .4, sigma .05 */
				double e = gsl_ran_gaussian(r, 0.05);
				y[t] = l * (1 + e);
				l = l * (1 + 0.4 * e);
			} else { /* MNM: alpha .3, gamma .1, sigma .04 */
				double e = gsl_ran_gaussian(r, 0.04), so = s[t % 4];
				y[t] = l * so * (1 + e);
				l = l * (1 + 0.3 * e);
				s[t % 4] = so * (1 + 0.1 * e);
			}
		}
		assert_int_equal(fc_result_init(&res, h, 2, &err), 0);
		assert_int_equal(fc_ets(&rq, &res, &err), 0);
		for (size_t i = 0; i < h; i++) {
			double v = y[n + i];
			in80 += v >= res.lo[i] && v <= res.hi[i];
			in95 += v >= res.lo[h + i] && v <= res.hi[h + i];
			tot++;
		}
		fc_result_release(&res);
	}
	gsl_rng_free(r);
	*cov80 = (double)in80 / tot;
	*cov95 = (double)in95 / tot;
}

static void test_coverage(void **state)
{
	const char *models[] = {"AAN", "MNN", "MNM"};
	for (int k = 0; k < 3; k++) {
		double c80, c95;
		coverage_run(models[k], k == 2 ? 4 : 1, k == 0 ? 60 : 40, k == 2 ? 120 : 250, &c80,
			     &c95);
		if (verbose)
			printf("%s: coverage 80%% %.3f, 95%% %.3f\n", models[k], c80, c95);
		/* estimated parameters and model choice make intervals narrow on
		 * short series: R's ets on the AAN process (n 60) covers 72% and
		 * 90%.  Wide bands: a few hundred correlated series. */
		assert_true(c80 > 0.62 && c80 < 0.90);
		assert_true(c95 > 0.82 && c95 < 0.99);
	}
}

/* Run fc_ets on Y and check that every output is finite and the
 * intervals nested.  The mean lies inside them except for a multiplicative
 * season: there the mean (R's class-3 mean) can exceed the simulated upper
 * bounds when sigma is huge and the distribution very skewed. */
static void run_ok(const double *y, size_t n, int m, size_t h, struct fc_result *res)
{
	double lv[2] = {80, 95};
	struct fc_request rq = {y, n, m, h, lv, 2, 1};
	struct sb40_error err;
	int msea;
	assert_int_equal(fc_result_init(res, h, 2, &err), 0);
	if (fc_ets(&rq, res, &err) != 0)
		fail_msg("fc_ets failed on n=%zu m=%d: %s", n, m, error_text(&err));
	msea = strstr(res->model, ",M)") != NULL;
	for (size_t i = 0; i < h; i++) {
		double eps = 1e-9 * fabs(res->mean[i]);
		assert_true(isfinite(res->mean[i]));
		for (int l = 0; l < 2; l++)
			assert_true(isfinite(res->lo[l * h + i]) && isfinite(res->hi[l * h + i]));
		assert_true(res->lo[h + i] <= res->lo[i] + eps && res->lo[i] <= res->hi[i] + eps);
		assert_true(res->hi[i] <= res->hi[h + i] + eps);
		if (!msea)
			assert_true(res->lo[i] <= res->mean[i] + eps &&
				    res->mean[i] <= res->hi[i] + eps);
	}
}

static void test_short_and_constant(void **state)
{
	double y[40];
	struct fc_result r;

	/* one value: a flat forecast, no spread to estimate */
	y[0] = 42.0;
	run_ok(y, 1, 1, 3, &r);
	assert_string_equal(r.model, "ETS(A,N,N)");
	assert_true(isnan(r.aicc));
	for (int i = 0; i < 3; i++)
		assert_true(r.mean[i] == 42.0 && r.lo[i] == 42.0 && r.hi[3 + i] == 42.0);
	fc_result_release(&r);

	/* 2..6 values: SES or Holt by least squares, widening intervals */
	for (size_t n = 2; n <= 6; n++) {
		for (size_t t = 0; t < n; t++)
			y[t] = 10.0 + 2.0 * (double)t + ((t % 2) ? 0.5 : -0.5);
		run_ok(y, n, 4, 5, &r);
		assert_true(strcmp(r.model, "ETS(A,N,N)") == 0 || strcmp(r.model, "ETS(A,A,N)") == 0);
		for (int i = 1; i < 5; i++)
			assert_true(r.hi[5 + i] - r.lo[5 + i] >= r.hi[5 + i - 1] - r.lo[5 + i - 1] - 1e-9);
		if (n >= 4)
			assert_true(r.mean[4] > y[n - 1]); /* the trend is kept */
		fc_result_release(&r);
	}

	/* constant series (also zero, negative, seasonal): the value, no width */
	double consts[] = {7.0, 0.0, -3.5, 1e9};
	for (int k = 0; k < 4; k++) {
		for (int t = 0; t < 20; t++)
			y[t] = consts[k];
		run_ok(y, 20, k == 2 ? 4 : 1, 8, &r);
		assert_string_equal(r.model, "ETS(A,N,N)");
		for (int i = 0; i < 8; i++) {
			assert_true(fabs(r.mean[i] - consts[k]) <= 1e-9 * fabs(consts[k]));
			assert_true(r.hi[8 + i] - r.lo[8 + i] <= 1e-6 * (1 + fabs(consts[k])));
		}
		fc_result_release(&r);
	}

	/* quarterly, 7..12 values: seasonal candidates only where they fit */
	for (size_t n = 7; n <= 12; n++) {
		for (size_t t = 0; t < n; t++)
			y[t] = 50.0 + (double)t + (t % 4 == 0 ? 6.0 : t % 4 == 2 ? -4.0 : 0.0);
		run_ok(y, n, 4, 8, &r);
		fc_result_release(&r);
	}
}

static void test_data_edges(void **state)
{
	double y[60];
	struct fc_result r;
	struct ets_model mod;
	struct ets_spec sp;
	struct sb40_error err;

	/* zeros and negatives: only additive models */
	for (int t = 0; t < 30; t++)
		y[t] = (t % 7 == 0) ? 0.0 : 5.0 * sin(t * 0.7) + 0.2 * t;
	run_ok(y, 30, 1, 6, &r);
	assert_memory_equal(r.model, "ETS(A,", 6);
	fc_result_release(&r);
	assert_int_equal(ets_select(y, 30, 4, NULL, &mod, &err), 0);
	assert_int_equal(mod.spec.error, ETS_A);
	assert_true(mod.spec.season != ETS_M);
	ets_model_release(&mod);
	ets_spec_parse("MNN", &sp);
	assert_int_equal(ets_fit(y, 30, 1, &sp, NULL, &mod, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "multiplicative model ETS(M,N,N) needs positive data");
	assert_null(mod.states);

	/* the same series at very different scales: forecasts that scale.
	 * The choice may differ (here M,A,N at 1, A,A,N at 1e9 and 1e-9, with
	 * forecasts 0.4% apart): R's optimiser, like ours, starts its simplex
	 * at 10% of the largest parameter, so it is not scale-free, and R
	 * gives these same three answers. */
	{
		double base[30], big[30], small[30], fb[6], fs[6], f0[6];
		struct ets_model m0, m1, m2;
		for (int t = 0; t < 30; t++) {
			base[t] = 100.0 + 3.0 * t + 4.0 * sin(t * 1.3);
			big[t] = base[t] * 1e9;
			small[t] = base[t] * 1e-9;
		}
		assert_int_equal(ets_select(base, 30, 1, NULL, &m0, &err), 0);
		assert_int_equal(ets_select(big, 30, 1, NULL, &m1, &err), 0);
		assert_int_equal(ets_select(small, 30, 1, NULL, &m2, &err), 0);
		if (verbose)
			printf("scales 1, 1e9, 1e-9: %s %s %s\n", m0.name, m1.name, m2.name);
		ets_forecast(&m0, 6, NULL, 0, 1, NULL, f0, NULL, NULL, &err);
		ets_forecast(&m1, 6, NULL, 0, 1, NULL, fb, NULL, NULL, &err);
		ets_forecast(&m2, 6, NULL, 0, 1, NULL, fs, NULL, NULL, &err);
		for (int i = 0; i < 6; i++) {
			if (verbose)
				printf("  %g %g %g\n", f0[i], fb[i] / 1e9, fs[i] / 1e-9);
			assert_true(fabs(fb[i] / 1e9 - f0[i]) < 0.01 * f0[i]);
			assert_true(fabs(fs[i] / 1e-9 - f0[i]) < 0.01 * f0[i]);
		}
		ets_model_release(&m0);
		ets_model_release(&m1);
		ets_model_release(&m2);
	}

	/* an outlier and a level shift: still a finite answer */
	for (int t = 0; t < 48; t++)
		y[t] = (t < 24 ? 100.0 : 300.0) + (t == 30 ? 5000.0 : 0.0) + (t % 4) * 3.0;
	run_ok(y, 48, 4, 8, &r);
	fc_result_release(&r);

	/* multiplicative trends on request: fitted, simulated intervals */
	for (int t = 0; t < 30; t++)
		y[t] = 50.0 * pow(1.04, t) * (1.0 + 0.02 * sin(3.0 * t));
	{
		const char *mt[] = {"MMN", "MMdN", "AMN"};
		for (int k = 0; k < 2; k++) {
			double mean[10], lo[10], hi[10], lv = 90;
			ets_spec_parse(mt[k], &sp);
			assert_int_equal(ets_fit(y, 30, 1, &sp, NULL, &mod, &err), 0);
			assert_int_equal(ets_forecast(&mod, 10, &lv, 1, 5, NULL, mean, lo, hi, &err), 0);
			for (int i = 0; i < 10; i++)
				assert_true(lo[i] < mean[i] && mean[i] < hi[i]);
			assert_true(mean[9] > mean[0]);
			ets_model_release(&mod);
		}
		ets_spec_parse(mt[2], &sp);
		assert_int_equal(ets_fit(y, 30, 1, &sp, NULL, &mod, &err), SB40_EINVAL);
		assert_string_equal(error_text(&err), "forbidden model combination ETS(A,M,N)");
	}
	{
		struct ets_options opt;
		ets_options_init(&opt);
		opt.allow_mult_trend = 1;
		assert_int_equal(ets_select(y, 30, 1, &opt, &mod, &err), 0);
		assert_true(isfinite(mod.aicc));
		ets_model_release(&mod);
	}
}

static void test_errors(void **state)
{
	double y[20], nanv[5] = {1, 2, NAN, 4, 5}, mean[4], lo[4], hi[4], lv;
	struct ets_model mod;
	struct ets_spec sp;
	struct sb40_error err;

	for (int t = 0; t < 20; t++)
		y[t] = 10.0 + t + (t % 4);
	assert_int_equal(ets_select(y, 0, 1, NULL, &mod, &err), SB40_EMISSING);
	assert_string_equal(error_text(&err), "no observations to fit");
	assert_int_equal(ets_select(nanv, 5, 1, NULL, &mod, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "expected finite values, got nan at 3");

	ets_spec_parse("ANM", &sp);
	assert_int_equal(ets_fit(y, 20, 4, &sp, NULL, &mod, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "forbidden model combination ETS(A,N,M)");
	ets_spec_parse("MMA", &sp);
	assert_int_equal(ets_fit(y, 20, 4, &sp, NULL, &mod, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "forbidden model combination ETS(M,M,A)");
	ets_spec_parse("ANA", &sp);
	assert_int_equal(ets_fit(y, 20, 1, &sp, NULL, &mod, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "seasonal model ETS(A,N,A) needs a period of 2..24, got 1");
	assert_int_equal(ets_fit(y, 4, 4, &sp, NULL, &mod, &err), SB40_EMISSING);
	assert_string_equal(error_text(&err),
			    "too few observations for seasonal model ETS(A,N,A): 4, period 4");
	ets_spec_parse("AAdA", &sp);
	assert_int_equal(ets_fit(y, 10, 4, &sp, NULL, &mod, &err), SB40_EMISSING);
	assert_string_equal(error_text(&err), "too few observations for ETS(A,Ad,A): 10");
	sp.damped = 1;
	sp.trend = ETS_N;
	assert_int_equal(ets_fit(y, 20, 4, &sp, NULL, &mod, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "not an ETS model");

	ets_spec_parse("AAN", &sp);
	assert_int_equal(ets_fit(y, 20, 1, &sp, NULL, &mod, &err), 0);
	assert_int_equal(ets_forecast(&mod, 0, NULL, 0, 1, NULL, mean, lo, hi, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "expected a horizon of at least 1, got 0");
	lv = 100;
	assert_int_equal(ets_forecast(&mod, 4, &lv, 1, 1, NULL, mean, lo, hi, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "expected an interval level between 0 and 100, got 100");

	/* the fitted states: row 0 the initial state, fitted + resid = y */
	assert_int_equal(mod.nstate, 2);
	for (int t = 0; t < 20; t++)
		assert_true(fabs(mod.fitted[t] + mod.resid[t] - y[t]) < 1e-9);
	assert_true(fabs(mod.fitted[0] - (mod.states[0] + mod.states[1])) < 1e-9);
	assert_int_equal(ets_forecast(&mod, 4, NULL, 0, 1, NULL, mean, NULL, NULL, &err), 0);
	assert_true(fabs(mean[1] - (mod.states[40] + 2 * mod.states[41])) < 1e-9);
	ets_model_release(&mod);
	ets_model_release(&mod); /* twice is harmless */
}

/* Random series of every shape: always a finite, ordered answer. */
static void test_robustness(void **state)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	double y[80];
	gsl_rng_set(r, 2024);
	for (int k = 0; k < 300; k++) {
		size_t n = 1 + gsl_rng_uniform_int(r, 60);
		int ms[3] = {1, 4, 12}, m = ms[k % 3], kind = (int)gsl_rng_uniform_int(r, 6);
		double level = pow(10.0, gsl_rng_uniform(r) * 12.0 - 6.0), walk = level;
		struct fc_result res;
		for (size_t t = 0; t < n; t++) {
			walk += gsl_ran_gaussian(r, 0.1 * level);
			switch (kind) {
			case 0: y[t] = walk; break;                                  /* random walk */
			case 1: y[t] = level * (1 + 0.5 * sin(2 * M_PI * t / m)) + walk - level; break;
			case 2: y[t] = gsl_rng_uniform(r) < 0.3 ? 0.0 : level * gsl_rng_uniform(r); break;
			case 3: y[t] = level * exp(0.2 * t) * (t % 4 == 0 ? 2.0 : 1.0); break;
			case 4: y[t] = t == n / 2 ? 1e6 * level : level; break;       /* one spike */
			default: y[t] = floor(gsl_rng_uniform(r) * 3.0); break;      /* counts 0..2 */
			}
		}
		run_ok(y, n, m, 1 + gsl_rng_uniform_int(r, 24), &res);
		fc_result_release(&res);
	}
	gsl_rng_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coverage),
		cmocka_unit_test(test_short_and_constant),
		cmocka_unit_test(test_data_edges),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_robustness),
	};
	gsl_set_error_handler_off();
	verbose = getenv("ETS_VERBOSE") != NULL;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
