/* test_fc_auto.c - stats/fcauto and stats/ets_fast.
 *
 * ets_fast solves the initial states exactly, so on every reference series
 * its SSE must not be worse than ets_fit's (which searches them by the
 * simplex) by more than its optimiser tolerance allows (relative 1e-6 on
 * the SSE, so 1e-4 here: SES on M3 Y1 ends 1.3e-5 above ets_fit with alpha
 * at its bound); its forecasts follow the
 * damped-trend recursion.  fc_auto_combine: one component on a non-seasonal
 * series is that method; a median of three is the middle value at every
 * step; unknown names are an error; auto picks its group by m and n; the
 * shared ses/holt/damped fits give what separate calls give.  auto's
 * intervals are its combination's, the half-widths scaled on each side by the
 * group's multiplier (k80 at and below 80%, k95 at and above 95%, linear in the
 * normal quantile in between), ordered and nested; the point forecast is the
 * combination's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "stats/ets.h"
#include "stats/ets_fast.h"
#include "stats/fcauto.h"
#include "stats/fcmethods.h"
#include "test_fc_refs.h"

static void test_fast_not_worse(void **state)
{
	static const char *const specs[3] = {"ANN", "AAN", "AAdN"};
	const double *last = NULL;
	int ncmp = 0;
	(void)state;
	for (size_t k = 0; k < sizeof fc_refs / sizeof fc_refs[0]; k++) {
		const struct fc_ref *r = &fc_refs[k];
		if (r->y == last)
			continue;
		last = r->y;
		for (int s = 0; s < 3; s++) {
			struct ets_spec sp;
			struct ets_model mod;
			struct ets_fast f;
			struct sb40_error err;
			double mean[8], sd[8], phis = 0.0, pk = 1.0;
			assert_int_equal(ets_spec_parse(specs[s], &sp), 0);
			if (ets_fit(r->y, (size_t)r->n, 1, &sp, NULL, &mod, &err))
				continue;
			assert_int_equal(ets_fast_fit(r->y, (size_t)r->n, s > 0, s > 1, &f), 0);
			/* ets mse = SSE / n */
			if (!(f.sse <= mod.mse * r->n * (1.0 + 1e-4))) {
				print_error("%s %s: fast SSE %.10g > ets_fit %.10g\n", r->series, specs[s],
					    f.sse, mod.mse * r->n);
				fail();
			}
			assert_true(f.alpha >= 1e-4 && f.alpha <= 0.9999);
			if (s > 0)
				assert_true(f.beta >= 1e-4 && f.beta <= f.alpha);
			if (s > 1)
				assert_true(f.phi >= 0.8 && f.phi <= 0.98);
			ets_fast_forecast(&f, 8, mean, sd);
			for (int i = 0; i < 8; i++) {
				pk *= f.phi;
				phis += pk;
				assert_true(fabs(mean[i] - (f.l + phis * f.b)) <= 1e-9 * fmax(1.0, fabs(mean[i])));
				assert_true(i == 0 ? fabs(sd[0] - sqrt(f.sigma2)) < 1e-12 : sd[i] >= sd[i - 1]);
			}
			ets_model_release(&mod);
			ncmp++;
		}
	}
	assert_true(ncmp >= 15);
}

static void test_combine(void **state)
{
	static const double y[] = {10, 12, 11, 14, 13, 15, 17, 16, 18, 20, 19, 22};
	static const double lev[1] = {90};
	const char *one[] = {"drift"}, *three[] = {"naive", "drift", "linear"}, *bad[] = {"nope"};
	struct fc_request rq = {y, 12, 1, 4, lev, 1, 1};
	struct fc_result a, b, c[3];
	struct sb40_error err;
	(void)state;
	assert_int_equal(fc_result_init(&a, 4, 1, &err), 0);
	assert_int_equal(fc_result_init(&b, 4, 1, &err), 0);
	assert_int_equal(fc_auto_combine(&rq, one, 1, 1, &a, &err), 0);
	assert_int_equal(fc_method_find("drift")->fn(&rq, &b, &err), 0);
	assert_memory_equal(a.mean, b.mean, 4 * sizeof *a.mean);
	assert_memory_equal(a.hi, b.hi, 4 * sizeof *a.hi);
	assert_int_equal(fc_auto_combine(&rq, three, 3, 1, &a, &err), 0);
	for (int j = 0; j < 3; j++) {
		assert_int_equal(fc_result_init(&c[j], 4, 1, &err), 0);
		assert_int_equal(fc_method_find(three[j])->fn(&rq, &c[j], &err), 0);
	}
	for (int i = 0; i < 4; i++) {
		double v[3] = {c[0].mean[i], c[1].mean[i], c[2].mean[i]};
		double lo = fmin(v[0], fmin(v[1], v[2])), hi = fmax(v[0], fmax(v[1], v[2]));
		double mid = v[0] + v[1] + v[2] - lo - hi;
		assert_true(fabs(a.mean[i] - mid) < 1e-12 * fmax(1.0, fabs(mid)));
	}
	assert_string_equal(a.model, "median(naive,drift,linear)");
	assert_int_equal(fc_auto_combine(&rq, bad, 1, 1, &a, &err), SB40_EINVAL);
	assert_int_equal(fc_auto_combine(&rq, bad, 0, 1, &a, &err), SB40_EINVAL);
	/* auto's group: short non-seasonal -> mean(drift,ses,damped,arimas) */
	assert_int_equal(fc_auto(&rq, &a, &err), 0);
	assert_string_equal(a.model, "mean(drift,ses,damped,arimas)");
	/* long non-seasonal (M3 O1, n 96) and seasonal (m 4) groups */
	rq.y = ref_y_m3_O1;
	rq.n = 96;
	assert_int_equal(fc_auto(&rq, &a, &err), 0);
	assert_string_equal(a.model, "median(ses,holt,theta,etsa)");
	rq.y = ref_y_seasonal;
	rq.n = 40;
	rq.m = 4;
	assert_int_equal(fc_auto(&rq, &a, &err), 0);
	assert_string_equal(a.model, "median(holt,theta,dotm,etsq)");
	/* a combination with ses, damped and comb equals the three computed apart */
	{
		const char *sdc[] = {"ses", "damped", "comb"}, *s1[] = {"ses"}, *d1[] = {"damped"},
			   *c1[] = {"comb"};
		struct fc_result p[3];
		for (int j = 0; j < 3; j++)
			assert_int_equal(fc_result_init(&p[j], 4, 1, &err), 0);
		assert_int_equal(fc_auto_combine(&rq, sdc, 3, 0, &b, &err), 0);
		assert_int_equal(fc_auto_combine(&rq, s1, 1, 0, &p[0], &err), 0);
		assert_int_equal(fc_auto_combine(&rq, d1, 1, 0, &p[1], &err), 0);
		assert_int_equal(fc_auto_combine(&rq, c1, 1, 0, &p[2], &err), 0);
		for (int i = 0; i < 4; i++) {
			double mm = (p[0].mean[i] + p[1].mean[i] + p[2].mean[i]) / 3.0;
			double lo = (p[0].lo[i] + p[1].lo[i] + p[2].lo[i]) / 3.0;
			assert_true(fabs(b.mean[i] - mm) <= 1e-12 * fabs(mm));
			assert_true(fabs(b.lo[i] - lo) <= 1e-12 * fabs(lo));
		}
		for (int j = 0; j < 3; j++)
			fc_result_release(&p[j]);
	}
	for (int j = 0; j < 3; j++)
		fc_result_release(&c[j]);
	fc_result_release(&a);
	fc_result_release(&b);
}

/* auto = its group's combination widened by fc_auto_multiplier: on a short
 * non-seasonal series, a long one (M3 O1) and a seasonal one, levels 50..99 */
static void test_auto_intervals(void **state)
{
	static const double y12[] = {10, 12, 11, 14, 13, 15, 17, 16, 18, 20, 19, 22};
	static const double lev[6] = {50, 80, 90, 95, 99, 85};
	static const char *const g_short[] = {"drift", "ses", "damped", "arimas"};
	static const char *const g_long[] = {"ses", "holt", "theta", "etsa"};
	static const char *const g_seas[] = {"holt", "theta", "dotm", "etsq"};
	const struct {
		const double *y;
		size_t n, m;
		const char *const *names;
		int median;
	} cases[4] = {{y12, 12, 1, g_short, 0},
		      {ref_y_m3_Y1, 14, 1, g_short, 0},
		      {ref_y_m3_O1, 96, 1, g_long, 1},
		      {ref_y_seasonal, 40, 4, g_seas, 1}};
	const size_t h = 8, nl = 6;
	double kseen[4][2];
	struct sb40_error err;
	(void)state;
	for (int c = 0; c < 4; c++) {
		struct fc_request rq = {cases[c].y, cases[c].n, cases[c].m, h, lev, nl, 1};
		struct fc_result a, b;
		double k80 = fc_auto_multiplier(&rq, 80), k95 = fc_auto_multiplier(&rq, 95);
		double z80 = gsl_cdf_ugaussian_Pinv(0.9), z95 = gsl_cdf_ugaussian_Pinv(0.975);
		kseen[c][0] = k80;
		kseen[c][1] = k95;
		assert_true(k80 > 0.5 && k80 < 3.0 && k95 > 0.5 && k95 < 3.0 && k95 >= k80);
		/* the documented rule for the other levels */
		assert_true(fc_auto_multiplier(&rq, 50) == k80);
		assert_true(fc_auto_multiplier(&rq, 99) == k95);
		for (int l = 81; l < 95; l++) {
			double z = gsl_cdf_ugaussian_Pinv(0.5 + l / 200.0);
			double want = k80 + (k95 - k80) * (z - z80) / (z95 - z80);
			assert_true(fabs(fc_auto_multiplier(&rq, l) - want) < 1e-12);
		}
		assert_int_equal(fc_result_init(&a, h, nl, &err), 0);
		assert_int_equal(fc_result_init(&b, h, nl, &err), 0);
		assert_int_equal(fc_auto(&rq, &a, &err), 0);
		assert_int_equal(fc_auto_combine(&rq, cases[c].names, 4, cases[c].median, &b, &err), 0);
		assert_memory_equal(a.mean, b.mean, h * sizeof *a.mean);
		for (size_t l = 0; l < nl; l++) {
			double k = fc_auto_multiplier(&rq, lev[l]);
			for (size_t i = 0; i < h; i++) {
				double f = a.mean[i], tol = 1e-12 * fmax(1.0, fabs(f));
				size_t q = l * h + i;
				assert_true(a.lo[q] <= f && f <= a.hi[q]);
				assert_true(fabs((f - a.lo[q]) - k * (f - b.lo[q])) <= tol);
				assert_true(fabs((a.hi[q] - f) - k * (b.hi[q] - f)) <= tol);
				if (i > 0) /* some width: the test would pass on zero widths */
					assert_true(a.hi[q] - a.lo[q] > 0.0);
				/* nested: 50 in 80 in 85 in 90 in 95 in 99 */
				for (size_t l2 = 0; l2 < nl; l2++)
					if (lev[l2] < lev[l]) {
						assert_true(a.lo[q] <= a.lo[l2 * h + i]);
						assert_true(a.hi[q] >= a.hi[l2 * h + i]);
					}
			}
		}
		fc_result_release(&a);
		fc_result_release(&b);
	}
	/* one table per group: the two short series share theirs */
	assert_true(kseen[0][0] == kseen[1][0] && kseen[0][1] == kseen[1][1]);
}

/* With one level only (95), the interval is the combination's widened by k95:
 * no other level to nest. */
static void test_auto_one_level(void **state)
{
	static const double lev[1] = {95};
	struct fc_request rq = {ref_y_m3_Y1, 14, 1, 6, lev, 1, 1};
	static const char *const g_short[] = {"drift", "ses", "damped", "arimas"};
	struct fc_result a, b;
	struct sb40_error err;
	double k = fc_auto_multiplier(&rq, 95);
	(void)state;
	assert_int_equal(fc_result_init(&a, 6, 1, &err), 0);
	assert_int_equal(fc_result_init(&b, 6, 1, &err), 0);
	assert_int_equal(fc_auto(&rq, &a, &err), 0);
	assert_int_equal(fc_auto_combine(&rq, g_short, 4, 0, &b, &err), 0);
	for (int i = 0; i < 6; i++) {
		double f = a.mean[i];
		assert_true(fabs((a.hi[i] - f) - k * (b.hi[i] - f)) <= 1e-12 * fabs(f));
		assert_true(fabs((f - a.lo[i]) - k * (f - b.lo[i])) <= 1e-12 * fabs(f));
	}
	fc_result_release(&a);
	fc_result_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fast_not_worse),
		cmocka_unit_test(test_combine),
		cmocka_unit_test(test_auto_intervals),
		cmocka_unit_test(test_auto_one_level),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
