/* test_fc_autopool.c - the cheaper components of `auto`'s pool (fcauto.c):
 * "arimas" (auto ARIMA with R's approximation and p, q <= 1 on the adjusted
 * series), "etsq" (ets_select with a loose tolerance on the adjusted series)
 * and "etsa" (the ses/holt/damped fast fit of lowest AICc).
 *
 * Every one forecasts every reference series with finite, ordered bounds
 * (lo95 <= lo80 <= mean <= hi80 <= hi95), the same twice; etsa is the fit of
 * lowest AICc among the three and that AICc is R's formula on its SSE;
 * arimas's search stays within p, q <= 1, and R's approximation really
 * changes the search (CSS, so other fit counts) while the model it returns
 * is the exact maximum-likelihood fit of its order.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "stats/arima.h"
#include "stats/ets_fast.h"
#include "stats/fcauto.h"
#include "test_fc_refs.h"

static const double LEV[2] = {80, 95};

struct ser {
	const double *y;
	size_t n;
	int m;
};

static const struct ser SERIES[] = {
	{ref_y_m3_Y1, 14, 1},      {ref_y_m3_O1, 96, 1}, {ref_y_m3_Q1, 36, 4},
	{ref_y_seasonal, 40, 4},   {ref_y_negative, 30, 1}, {ref_y_short8, 8, 1},
};

static void one(const struct ser *s, const char *name, struct fc_result *r)
{
	struct fc_request rq = {s->y, s->n, s->m, 6, LEV, 2, 1};
	struct sb40_error err;
	const char *names[1] = {name};
	assert_int_equal(fc_result_init(r, 6, 2, &err), 0);
	assert_int_equal(fc_auto_combine(&rq, names, 1, 0, r, &err), 0);
}

static void test_forecasts_ordered(void **state)
{
	static const char *const comps[] = {"arimas", "etsq", "etsa"};
	(void)state;
	for (size_t c = 0; c < 3; c++) {
		for (size_t k = 0; k < sizeof SERIES / sizeof SERIES[0]; k++) {
			struct fc_result a, b;
			one(&SERIES[k], comps[c], &a);
			one(&SERIES[k], comps[c], &b);
			for (int i = 0; i < 6; i++) {
				double lo8 = a.lo[i], hi8 = a.hi[i], lo9 = a.lo[6 + i], hi9 = a.hi[6 + i];
				assert_true(isfinite(a.mean[i]) && isfinite(lo9) && isfinite(hi9));
				if (!(lo9 <= lo8 && lo8 <= a.mean[i] && a.mean[i] <= hi8 && hi8 <= hi9)) {
					print_error("%s series %zu step %d: %g %g %g %g %g\n", comps[c], k, i,
						    lo9, lo8, a.mean[i], hi8, hi9);
					fail();
				}
			}
			assert_memory_equal(a.mean, b.mean, 6 * sizeof *a.mean);
			assert_memory_equal(a.lo, b.lo, 12 * sizeof *a.lo);
			fc_result_release(&a);
			fc_result_release(&b);
		}
	}
}

/* etsa: the lowest AICc of ses, holt, damped; AICc = n log SSE + 2k + 2k(k+1)/(n-k-1) */
static void test_etsa_lowest_aicc(void **state)
{
	static const char *const sm[3] = {"ses", "holt", "damped"};
	int differs = 0;
	(void)state;
	for (size_t k = 0; k < 5; k++) {
		const struct ser *s = &SERIES[k];
		struct fc_result e, p[3];
		int best = 0;
		if (s->m > 1)
			continue;
		one(s, "etsa", &e);
		for (int j = 0; j < 3; j++) {
			struct ets_fast f;
			double kk, want;
			one(s, sm[j], &p[j]);
			assert_int_equal(ets_fast_fit(s->y, s->n, j > 0, j > 1, &f), 0);
			kk = f.npar + 1.0;
			want = (double)s->n * log(f.sse) + 2 * kk +
			       2 * kk * (kk + 1) / ((double)s->n - kk - 1);
			if (!(fabs(p[j].aicc - want) <= 1e-9 * fabs(want))) {
				print_error("series %zu %s: aicc %.10g, want %.10g\n", k, sm[j], p[j].aicc, want);
				fail();
			}
			if (p[j].aicc < p[best].aicc)
				best = j;
		}
		differs += best != 0;
		assert_true(e.aicc == p[best].aicc);
		assert_memory_equal(e.mean, p[best].mean, 6 * sizeof *e.mean);
		assert_memory_equal(e.hi, p[best].hi, 12 * sizeof *e.hi);
		for (int j = 0; j < 3; j++)
			fc_result_release(&p[j]);
		fc_result_release(&e);
	}
	assert_true(differs >= 1); /* not always ses */
}

static void test_arimas_search(void **state)
{
	int changed = 0;
	(void)state;
	for (size_t k = 0; k < sizeof SERIES / sizeof SERIES[0]; k++) {
		const struct ser *s = &SERIES[k];
		struct arima_auto_opts o;
		struct arima_auto_info ia, ie;
		struct arima_model *a = NULL, *x = NULL, *re = NULL;
		struct sb40_error err;
		if (s->m > 1)
			continue;
		arima_auto_defaults(&o);
		o.max_p = o.max_q = 1;
		o.start_p = o.start_q = 1;
		o.approximation = 1;
		assert_int_equal(arima_auto(s->y, s->n, 1, &o, &a, &ia, &err), 0);
		o.approximation = 0;
		assert_int_equal(arima_auto(s->y, s->n, 1, &o, &x, &ie, &err), 0);
		assert_true(a->spec.p <= 1 && a->spec.q <= 1);
		changed += ia.nfits != ie.nfits || a->spec.p != x->spec.p || a->spec.q != x->spec.q ||
			   a->has_const != x->has_const;
		/* the model returned is the exact ML fit of its order (the refit) */
		if (!a->const_series) {
			struct arima_spec sp = a->spec;
			sp.constant = a->has_const;
			assert_int_equal(arima_fit(s->y, s->n, &sp, &re, &err), 0);
			assert_true(fabs(re->loglik - a->loglik) <= 1e-9 * fmax(1.0, fabs(a->loglik)));
			arima_model_free(re);
		}
		arima_model_free(a);
		arima_model_free(x);
	}
	assert_true(changed >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forecasts_ordered),
		cmocka_unit_test(test_etsa_lowest_aicc),
		cmocka_unit_test(test_arimas_search),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
