/* test_dotm.c - stats/dotm: the optimised and dynamic Theta models.
 *
 * The recursive intercept and slope equal a direct OLS on y_1..y_k at every
 * k; the fitted MSE is the model's MSE at the fitted parameters (the fast
 * profile and the plain recursion agree) and is not above the MSE on a fine
 * grid of (alpha, theta) nor above the nested models' optimum (DOTM <= DSTM,
 * theta 2; OTM <= STM, the standard Theta model); theta = 1 forecasts are
 * flat; an exactly linear series is extrapolated (to 1e-2 at slope 2);
 * constant and short series give defined answers; intervals are ordered and widen; same input, same
 * output.  The forecast variances (dotm_variances): the static model's are 1 + (k-1) alpha^2 exactly,
 * and the dynamic models' agree with 40,000 paths simulated through the model's own updates of the
 * level, running mean, intercept and slope (within 3%, about four Monte Carlo standard errors).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "stats/dotm.h"
#include "stats/fcmethods.h"
#include "test_fc_refs.h"

#define MAXN 128

static void test_ols_path(void **state)
{
	const double *last = NULL;
	(void)state;
	for (size_t r = 0; r < sizeof fc_refs / sizeof fc_refs[0]; r++) {
		const double *y = fc_refs[r].y;
		size_t n = (size_t)fc_refs[r].n;
		double a[MAXN], b[MAXN];
		if (y == last)
			continue;
		last = y;
		assert_true(n <= MAXN);
		dotm_ols_path(y, n, a, b);
		assert_true(a[0] == y[0] && b[0] == 0.0);
		for (size_t k = 2; k <= n; k++) {
			double tb = (k + 1) / 2.0, my = 0.0, sxy = 0.0, sxx = 0.0, bb, aa, sc = 0.0;
			for (size_t t = 0; t < k; t++) {
				my += y[t] / (double)k;
				sc = fmax(sc, fabs(y[t]));
			}
			for (size_t t = 0; t < k; t++) {
				sxy += ((double)t + 1.0 - tb) * (y[t] - my);
				sxx += ((double)t + 1.0 - tb) * ((double)t + 1.0 - tb);
			}
			bb = sxy / sxx;
			aa = my - tb * bb;
			assert_true(fabs(b[k - 1] - bb) <= 1e-9 * sc);
			assert_true(fabs(a[k - 1] - aa) <= 1e-9 * sc);
		}
	}
}

static void test_optimum(void **state)
{
	const double *last = NULL;
	static const double thetas[] = {1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0};
	(void)state;
	for (size_t r = 0; r < sizeof fc_refs / sizeof fc_refs[0]; r++) {
		const double *y = fc_refs[r].y;
		size_t n = (size_t)fc_refs[r].n;
		double work[3 * MAXN];
		struct dotm_fit f, g, s, o;
		if (y == last)
			continue;
		last = y;
		assert_int_equal(dotm_fit(y, n, 1, 0.0, work, &f), 0);
		assert_int_equal(dotm_fit(y, n, 1, 2.0, work, &g), 0);
		assert_int_equal(dotm_fit(y, n, 0, 0.0, work, &o), 0);
		assert_int_equal(dotm_fit(y, n, 0, 2.0, work, &s), 0);
		assert_true(f.alpha >= 0.1 && f.alpha <= 0.99 && f.theta >= 1.0);
		assert_true(fabs(g.theta - 2.0) < 1e-12 && fabs(s.theta - 2.0) < 1e-12);
		assert_true(fabs(f.mse - dotm_mse(y, n, 1, f.l0, f.alpha, f.theta)) <= 1e-12 * f.mse);
		/* nested: theta free is no worse than theta 2 */
		assert_true(f.mse <= g.mse * (1.0 + 1e-9));
		assert_true(o.mse <= s.mse * (1.0 + 1e-9));
		/* no point of a fine grid is better (l0 at the fitted values of both fits) */
		for (int k = 0; k <= 89; k++) {
			double al = 0.1 + 0.01 * k;
			for (size_t j = 0; j < sizeof thetas / sizeof thetas[0]; j++) {
				assert_true(f.mse <= dotm_mse(y, n, 1, f.l0, al, thetas[j]) * (1.0 + 1e-9));
				assert_true(f.mse <= dotm_mse(y, n, 1, g.l0, al, thetas[j]) * (1.0 + 1e-9));
				assert_true(f.mse <= dotm_mse(y, n, 1, y[0] / 2.0, al, thetas[j]) *
							     (1.0 + 1e-9));
			}
		}
	}
}

static void test_forecasts(void **state)
{
	double y[30], work[90], fc[6];
	struct dotm_fit f;
	(void)state;
	for (int t = 0; t < 30; t++)
		y[t] = 10.0 + 2.0 * (t + 1);
	assert_int_equal(dotm_fit(y, 30, 1, 0.0, work, &f), 0);
	assert_true(f.mse < 1e-3 && f.theta > 100.0); /* only e_2 (B_1 = 0) is left */
	dotm_forecast(&f, 6, fc);
	for (int i = 0; i < 6; i++)
		assert_true(fabs(fc[i] - (10.0 + 2.0 * (31 + i))) < 1e-2);
	/* theta 1: the trend term vanishes, the forecast is the level */
	for (int t = 0; t < 30; t++)
		y[t] = 50.0 + 5.0 * sin(t) + 0.5 * t;
	assert_int_equal(dotm_fit(y, 30, 1, 1.0, work, &f), 0);
	dotm_forecast(&f, 6, fc);
	for (int i = 0; i < 6; i++)
		assert_true(fc[i] == f.ln);
	assert_int_equal(dotm_fit(y, 3, 1, 0.0, work, &f), -1);
}

static void test_method(void **state)
{
	static const double lev[2] = {80, 95};
	static const double cst[12] = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
	static const double shrt[3] = {4.0, 6.0, 5.0};
	static const char *const names[3] = {"dotm", "dstm", "otm"};
	const double *y = fc_refs[0].y;
	size_t n = (size_t)fc_refs[0].n;
	struct sb40_error err;
	(void)state;
	for (int j = 0; j < 3; j++) {
		const struct fc_method *m = fc_method_find(names[j]);
		struct fc_request rq = {y, n, 1, 8, lev, 2, 1};
		struct fc_result a, b;
		assert_non_null(m);
		assert_int_equal(fc_result_init(&a, 8, 2, &err), 0);
		assert_int_equal(fc_result_init(&b, 8, 2, &err), 0);
		assert_int_equal(m->fn(&rq, &a, &err), 0);
		assert_int_equal(m->fn(&rq, &b, &err), 0);
		assert_memory_equal(a.mean, b.mean, 8 * sizeof *a.mean);
		assert_memory_equal(a.lo, b.lo, 16 * sizeof *a.lo);
		for (int i = 0; i < 8; i++) {
			assert_true(a.lo[8 + i] < a.lo[i] && a.lo[i] < a.mean[i]);
			assert_true(a.mean[i] < a.hi[i] && a.hi[i] < a.hi[8 + i]);
			if (i)
				assert_true(a.hi[i] - a.lo[i] >= a.hi[i - 1] - a.lo[i - 1] - 1e-9);
		}
		/* constant: flat, no width */
		rq.y = cst;
		rq.n = 12;
		assert_int_equal(m->fn(&rq, &a, &err), 0);
		for (int i = 0; i < 8; i++)
			assert_true(a.mean[i] == 7.0 && a.lo[i] == 7.0 && a.hi[8 + i] == 7.0);
		/* too short for the model: drift, finite */
		rq.y = shrt;
		rq.n = 3;
		assert_int_equal(m->fn(&rq, &a, &err), 0);
		assert_true(fabs(a.mean[0] - 5.5) < 1e-12 && isfinite(a.hi[15]));
		fc_result_release(&a);
		fc_result_release(&b);
	}
}

/* a deterministic N(0, 1) stream (Box-Muller on a 64-bit LCG) */
static double gauss(uint64_t *s)
{
	double u1, u2;
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	u1 = ((double)(*s >> 11) + 0.5) / 9007199254740992.0;
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	u2 = (double)(*s >> 11) / 9007199254740992.0;
	return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2);
}

static void test_variances(void **state)
{
	enum { H = 8, PATHS = 40000 };
	double y[30], work[90], v[H], m1[H], m2[H];
	uint64_t s = 7;
	(void)state;
	for (int t = 0; t < 30; t++) /* a trend that bends, with noise */
		y[t] = 10.0 + 0.8 * t - 0.01 * t * t + 1.5 * sin(1.3 * t);
	for (int dynamic = 0; dynamic <= 1; dynamic++) {
		struct dotm_fit f;
		double q, w;
		assert_int_equal(dotm_fit(y, 30, dynamic, 0.0, work, &f), 0);
		q = 1.0 - f.alpha;
		w = 1.0 - 1.0 / f.theta;
		dotm_variances(&f, H, v);
		if (!dynamic) {
			for (int k = 0; k < H; k++)
				assert_true(fabs(v[k] - (1.0 + k * f.alpha * f.alpha)) < 1e-12);
			continue;
		}
		for (int k = 0; k < H; k++)
			m1[k] = m2[k] = 0.0;
		for (int p = 0; p < PATHS; p++) {
			double l = f.ln, a = f.an, b = f.bn, bar = f.ybar, qt = pow(q, 30.0);
			for (int k = 0; k < H; k++) {
				double t = 31.0 + k;
				double yt = l + w * (qt * a + (1.0 - qt * q) / f.alpha * b) + gauss(&s);
				m1[k] += yt / PATHS;
				m2[k] += yt * yt / PATHS;
				l = f.alpha * yt + q * l;
				b = ((t - 2.0) * b + 6.0 * (yt - bar) / t) / (t + 1.0);
				bar = ((t - 1.0) * bar + yt) / t;
				a = bar - (t + 1.0) / 2.0 * b;
				qt *= q;
			}
		}
		for (int k = 0; k < H; k++) {
			double var = m2[k] - m1[k] * m1[k];
			if (fabs(var / v[k] - 1.0) > 0.03)
				fail_msg("h %d: simulated %.4f, dotm_variances %.4f", k + 1, var, v[k]);
		}
		/* the line's response adds to the level's */
		assert_true(v[H - 1] > 1.0 + (H - 1) * f.alpha * f.alpha);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ols_path),
		cmocka_unit_test(test_optimum),
		cmocka_unit_test(test_forecasts),
		cmocka_unit_test(test_method),
		cmocka_unit_test(test_variances),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
