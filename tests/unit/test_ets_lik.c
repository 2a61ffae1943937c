/* test_ets_lik.c - stats/ets_lik.c and stats/ets_nm.c: the optimiser's fast
 * paths give what the plain ones give.
 *
 * - ets_core_lik (four observations a step for the linear class, fewer
 *   divisions for a multiplicative season) against ets_core_run's one-step
 *   recursion (the path that also stores fitted values): every model kind
 *   with a fast path, seasons m = 4, 5, 12, lengths 1..60 (every remainder
 *   of the four-step blocks), 10 random series, parameter sets and initial
 *   states each: equal to 1e-10 relative to |criterion| + 1.
 * - a multiplicative season whose index or level is (or falls) below R's
 *   guard: equal to the one-step recursion, which follows R's etscalc.
 * - the threshold: with THRESH above the value the exact value comes back;
 *   below it, something >= THRESH.
 * - ets_nm_thresh with an objective that stops early above its threshold
 *   ends at the same point, value and count as ets_nm with the plain
 *   objective (the steps are decided by the same comparisons).
 * - ets_nm_thresh_log on v with the criterion 20 log(v) takes the plain
 *   search's path on 20 log(v) (same count, same point), 2..8 dimensions.
 * (tests/unit/test_ets.c still compares every fit with R's.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "stats/ets_int.h"

/* a small deterministic generator (the tests need no statistical quality) */
static double urand(uint64_t *s)
{
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	return (double)(*s >> 11) / 9007199254740992.0;
}

static void make_series(double *y, size_t n, int m, uint64_t *s)
{
	double level = 50.0 + 100.0 * urand(s), slope = 2.0 * urand(s) - 0.5;
	for (size_t t = 0; t < n; t++) {
		double season = m > 1 ? 1.0 + 0.2 * sin(2.0 * M_PI * (double)(t % (size_t)m) / m) : 1.0;
		level += slope + 3.0 * (urand(s) - 0.5);
		y[t] = level * season + 2.0 * (urand(s) - 0.5);
	}
}

/* random admissible-looking parameters and a full initial state */
static int make_model(struct ets_core *c, double *x0, uint64_t *s)
{
	int nx = 0;
	c->alpha = 0.05 + 0.9 * urand(s);
	c->beta = c->trend ? c->alpha * urand(s) : 0.0;
	c->gamma = c->season ? (1.0 - c->alpha) * urand(s) : 0.0;
	c->phi = c->damped ? 0.8 + 0.18 * urand(s) : 1.0;
	x0[nx++] = c->y[0] * (0.9 + 0.2 * urand(s));
	if (c->trend)
		x0[nx++] = urand(s) - 0.3;
	if (c->season)
		for (int i = 0; i < c->m; i++)
			x0[nx++] = c->season == ETS_M ? 0.8 + 0.4 * urand(s) : 10.0 * (urand(s) - 0.5);
	return nx;
}

static void test_lik_equals_recursion(void **state)
{
	static const int kinds[][4] = {
	    /* error, trend, damped, season */
	    {ETS_A, ETS_N, 0, ETS_N}, {ETS_A, ETS_A, 0, ETS_N}, {ETS_A, ETS_A, 1, ETS_N},
	    {ETS_M, ETS_N, 0, ETS_N}, {ETS_M, ETS_A, 0, ETS_N}, {ETS_M, ETS_A, 1, ETS_N},
	    {ETS_A, ETS_N, 0, ETS_A}, {ETS_A, ETS_A, 1, ETS_A}, {ETS_M, ETS_A, 0, ETS_A},
	    {ETS_M, ETS_N, 0, ETS_M}, {ETS_M, ETS_A, 0, ETS_M}, {ETS_M, ETS_A, 1, ETS_M},
	};
	static const int periods[] = {4, 5, 12};
	double y[60], x0[2 + ETS_MAXM], fitted[60], worst = 0.0;
	uint64_t s = 42;
	int checked = 0;
	(void)state;
	for (size_t kd = 0; kd < sizeof kinds / sizeof kinds[0]; kd++) {
		for (size_t pi = 0; pi < 3; pi++) {
			int m = kinds[kd][3] ? periods[pi] : 1;
			if (!kinds[kd][3] && pi > 0)
				break;
			for (size_t n = 1; n <= 60; n++) {
				for (int rep = 0; rep < 10; rep++) {
					struct ets_core c = {0};
					double fast, slow, lik;
					make_series(y, n, m, &s);
					c.y = y;
					c.n = n;
					c.m = m;
					c.error = kinds[kd][0];
					c.trend = kinds[kd][1];
					c.damped = kinds[kd][2];
					c.season = kinds[kd][3];
					make_model(&c, x0, &s);
					assert_int_equal(ets_lik_fast(&c, x0, INFINITY, &lik), 1);
					fast = ets_core_lik(&c, x0, INFINITY);
					assert_true(fast == lik || (isnan(fast) && isnan(lik)));
					slow = ets_core_run(&c, x0, NULL, fitted, NULL);
					if (!isfinite(slow)) {
						assert_false(isfinite(fast) && fabs(fast) < 1e300);
						continue;
					}
					{
						double d = fabs(fast - slow) / (fabs(slow) + 1.0);
						if (d > worst)
							worst = d;
						if (d > 1e-10)
							fail_msg("kind %zu m %d n %zu: fast %.17g slow %.17g", kd,
								 m, n, fast, slow);
					}
					/* the threshold */
					assert_true(ets_core_lik(&c, x0, slow + 1.0) == fast);
					assert_true(ets_core_lik(&c, x0, slow - 1.0) >= slow - 1.0);
					checked++;
				}
			}
		}
	}
	assert_true(checked > 5000);
	print_message("# %d likelihoods, worst relative difference %.2g\n", checked, worst);
}

/* A multiplicative season whose index or level falls below R's guard
 * (ETS_TOL) on the way (so the unguarded run must be redone with the
 * guards), or starts below it: the fast value equals the one-step
 * recursion's bit for bit. */
static void test_mseason_guards(void **state)
{
	double y[24], x0[2 + 4];
	(void)state;
	for (int cas = 0; cas < 3; cas++) {
		struct ets_core c = {0};
		double lik, slow;
		for (int t = 0; t < 24; t++)
			y[t] = 100.0 + t;
		c.y = y;
		c.n = 24;
		c.m = 4;
		c.error = ETS_M;
		c.trend = ETS_A;
		c.season = ETS_M;
		c.alpha = 0.2;
		c.beta = 0.05;
		c.gamma = 0.79;
		c.phi = 1.0;
		x0[0] = 100.0;
		x0[1] = 1.0;
		x0[2] = x0[3] = x0[4] = 1.0;
		x0[5] = 3e-10; /* the first index used */
		if (cas == 0)
			y[0] = 1e-14; /* s' = 0.21 3e-10 + 0.79 y / q: below ETS_TOL */
		else if (cas == 1)
			x0[5] = 1e-12; /* below ETS_TOL from the start */
		else
			x0[0] = 1e-12, x0[1] = 0.0; /* the level q below ETS_TOL */
		assert_int_equal(ets_lik_fast(&c, x0, INFINITY, &lik), 1);
		{
			double fitted[24];
			slow = ets_core_run(&c, x0, NULL, fitted, NULL);
		}
		assert_true(isfinite(slow));
		assert_true(fabs(lik - slow) <= 1e-12 * (fabs(slow) + 1.0));
	}
}

static void test_no_fast_path(void **state)
{
	struct ets_core c = {0};
	double y[8] = {1, 2, 3, 4, 5, 6, 7, 8}, x0[4] = {1, 1, 1, 1}, lik;
	(void)state;
	c.y = y;
	c.n = 8;
	c.m = 1;
	c.error = ETS_M;
	c.trend = ETS_M; /* multiplicative trend: the plain recursion */
	c.alpha = 0.5;
	c.beta = 0.1;
	c.phi = 1.0;
	assert_int_equal(ets_lik_fast(&c, x0, INFINITY, &lik), 0);
	c.trend = ETS_N;
	c.season = ETS_A;
	c.m = 3; /* an additive season shorter than a block */
	assert_int_equal(ets_lik_fast(&c, x0, INFINITY, &lik), 0);
	c.error = ETS_A;
	c.season = ETS_M; /* additive error, multiplicative season */
	assert_int_equal(ets_lik_fast(&c, x0, INFINITY, &lik), 0);
}

/* Rosenbrock in N dimensions; the early-stopping version stops as soon as
 * its partial sum reaches the threshold. */
struct rosen {
	int n, calls_cut;
};

static double rosen_plain(const double *x, void *ctx)
{
	const struct rosen *r = ctx;
	double f = 0.0;
	for (int i = 0; i + 1 < r->n; i++)
		f += 100.0 * (x[i + 1] - x[i] * x[i]) * (x[i + 1] - x[i] * x[i]) +
		     (1.0 - x[i]) * (1.0 - x[i]);
	return f;
}

static double rosen_thresh(const double *x, void *ctx, double thresh)
{
	struct rosen *r = ctx;
	double f = 0.0;
	for (int i = 0; i + 1 < r->n; i++) {
		f += 100.0 * (x[i + 1] - x[i] * x[i]) * (x[i + 1] - x[i] * x[i]) +
		     (1.0 - x[i]) * (1.0 - x[i]);
		if (f >= thresh) {
			r->calls_cut++;
			return INFINITY;
		}
	}
	return f;
}

/* the criterion 20 log(1 + rosen), and the same on the log scale: v = 1 + rosen */
static double rosen_log(const double *x, void *ctx)
{
	return 20.0 * log(1.0 + rosen_plain(x, ctx));
}

static double rosen_v(const double *x, void *ctx, double thresh)
{
	(void)thresh;
	return 1.0 + rosen_plain(x, ctx);
}

/* The plain search and its variant (thresholds, or LOG_SCALE) from the same
 * start take the same path in 2..8 dimensions: same count, same point. */
static void same_path(int log_scale)
{
	for (int n = 2; n <= 8; n++) {
		double ws1[ETS_NM_WS(8)], ws2[ETS_NM_WS(8)], x1[8], x2[8], f1, f2;
		struct rosen r = {n, 0};
		int c1, c2;
		for (int i = 0; i < n; i++)
			x1[i] = x2[i] = -1.2 + 0.1 * i;
		if (log_scale) {
			c1 = ets_nm(n, x1, rosen_log, &r, 1e-8, 5000, &f1, ws1);
			c2 = ets_nm_thresh_log(n, x2, rosen_v, &r, 1e-8, 5000, &f2, ws2, 20.0, 0.0);
			assert_true(fabs(20.0 * log(f2) - f1) <= 1e-12 * (1.0 + fabs(f1)));
		} else {
			c1 = ets_nm(n, x1, rosen_plain, &r, 1e-10, 5000, &f1, ws1);
			c2 = ets_nm_thresh(n, x2, rosen_thresh, &r, 1e-10, 5000, &f2, ws2);
			assert_true(f1 == f2);
			if (n >= 3)
				assert_true(r.calls_cut > 0); /* the early stop was exercised */
		}
		assert_true(c1 > 50);
		assert_int_equal(c1, c2);
		assert_memory_equal(x1, x2, (size_t)n * sizeof *x1);
	}
}

static void test_nm_thresh_same_path(void **state)
{
	(void)state;
	same_path(0);
}

static void test_nm_log_scale_same_path(void **state)
{
	(void)state;
	same_path(1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lik_equals_recursion),
	    cmocka_unit_test(test_mseason_guards),
	    cmocka_unit_test(test_no_fast_path),
	    cmocka_unit_test(test_nm_thresh_same_path),
	    cmocka_unit_test(test_nm_log_scale_same_path),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
