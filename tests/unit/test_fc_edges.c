/* test_fc_edges.c - every forecasting method on the inputs that break
 * forecasting code: 1-3 values, constant series (0, negative, huge), zeros
 * and negatives, a trending series with h = 1 and h = 100, odd levels.
 * Each must give a finite answer with ordered bounds (lo95 <= lo80 <= mean
 * <= hi80 <= hi95), or the one documented error (exponential on a value <= 0,
 * SB40_EINVAL naming the reason).  Also: same input, same output, and every
 * method of the table is reachable by name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "stats/fcmethods.h"

static const double LEV[2] = {80, 95};

static void check_one(const struct fc_method *m, const double *y, size_t n, int per, size_t h,
		      const char *label)
{
	struct fc_request rq = {y, n, per, h, LEV, 2, 3};
	struct fc_result out, again;
	struct sb40_error err;
	int positive = 1, rc;
	for (size_t t = 0; t < n; t++)
		positive &= y[t] > 0.0;
	assert_int_equal(fc_result_init(&out, h, 2, &err), 0);
	rc = m->fn(&rq, &out, &err);
	if (!strcmp(m->name, "exponential") && !positive) {
		if (rc != SB40_EINVAL || !strstr(error_text(&err), "exponential needs positive values")) {
			print_error("%s on %s: rc %d, %s\n", m->name, label, rc, error_text(&err));
			fail();
		}
		fc_result_release(&out);
		return;
	}
	if (rc) {
		print_error("%s on %s (n %zu, h %zu): %s\n", m->name, label, n, h, error_text(&err));
		fail();
	}
	assert_true(out.model[0] != '\0');
	for (size_t i = 0; i < h; i++) {
		double lo80 = out.lo[i], hi80 = out.hi[i], lo95 = out.lo[h + i], hi95 = out.hi[h + i];
		double f = out.mean[i], tol = 1e-9 * fmax(1.0, fabs(f));
		if (!(isfinite(f) && isfinite(lo95) && isfinite(hi95) && lo95 <= lo80 + tol &&
		      lo80 <= f + tol && f <= hi80 + tol && hi80 <= hi95 + tol)) {
			print_error("%s on %s (n %zu) step %zu: %g [%g %g] [%g %g]\n", m->name, label, n,
				    i + 1, f, lo80, hi80, lo95, hi95);
			fail();
		}
	}
	/* deterministic */
	assert_int_equal(fc_result_init(&again, h, 2, &err), 0);
	assert_int_equal(m->fn(&rq, &again, &err), 0);
	assert_memory_equal(out.mean, again.mean, h * sizeof *out.mean);
	assert_memory_equal(out.lo, again.lo, 2 * h * sizeof *out.lo);
	fc_result_release(&again);
	fc_result_release(&out);
}

static void test_short_and_odd(void **state)
{
	static const double y3[] = {5.0, 7.0, 6.0}, zeros[12] = {0}, negc[10] = {-4, -4, -4, -4, -4,
									  -4, -4, -4, -4, -4};
	static const double mixed[] = {3, -1, 0, 2, -2, 4, 1, 0, -3, 5, 2, 1};
	static const double hugec[] = {1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9};
	static const double tiny[] = {1e-9, 2e-9, 1.5e-9, 3e-9, 2.5e-9, 4e-9, 3.5e-9, 5e-9};
	double trend[40], seas[24];
	(void)state;
	for (int i = 0; i < 40; i++)
		trend[i] = 100.0 + 3.0 * i + 5.0 * sin(i);
	for (int i = 0; i < 24; i++)
		seas[i] = 50.0 + i + (i % 4 == 0 ? 15.0 : i % 4 == 2 ? -10.0 : 0.0);
	for (size_t k = 0; k < fc_method_count(); k++) {
		const struct fc_method *m = fc_method_at(k);
		assert_ptr_equal(fc_method_find(m->name), m);
		for (size_t n = 1; n <= 3; n++) {
			check_one(m, y3, n, 1, 6, "y3");
			check_one(m, y3, n, 4, 8, "y3 quarterly");
		}
		check_one(m, zeros, 12, 1, 6, "zeros");
		check_one(m, zeros, 12, 4, 8, "zeros quarterly");
		check_one(m, negc, 10, 1, 6, "negative constant");
		check_one(m, hugec, 8, 1, 6, "constant 1e9");
		check_one(m, mixed, 12, 1, 6, "mixed signs");
		check_one(m, mixed, 12, 4, 8, "mixed signs quarterly");
		check_one(m, tiny, 8, 1, 6, "tiny values");
		check_one(m, trend, 40, 1, 1, "trend h 1");
		check_one(m, trend, 40, 1, 100, "trend h 100");
		check_one(m, seas, 24, 4, 12, "seasonal");
	}
}

static void test_levels_and_errors(void **state)
{
	static const double y[] = {10, 12, 11, 14, 13, 15, 17, 16, 18, 20};
	static const double lev[3] = {50, 99, 80};
	struct fc_request rq = {y, 10, 1, 5, lev, 3, 1};
	struct fc_result out;
	struct sb40_error err;
	(void)state;
	for (size_t k = 0; k < fc_method_count(); k++) {
		const struct fc_method *m = fc_method_at(k);
		assert_int_equal(fc_result_init(&out, 5, 3, &err), 0);
		assert_int_equal(m->fn(&rq, &out, &err), 0);
		for (size_t i = 0; i < 5; i++) /* 50% inside 80% inside 99% */
			assert_true(out.lo[5 + i] <= out.lo[10 + i] && out.lo[10 + i] <= out.lo[i] &&
				    out.hi[i] <= out.hi[10 + i] && out.hi[10 + i] <= out.hi[5 + i]);
		fc_result_release(&out);
	}
	/* a level out of range and a horizon of 0 are errors for the methods of this module */
	{
		static const double bad[1] = {100};
		const char *names[] = {"naive", "drift", "linear", "theta", "ses", "comb", "dotm", "auto"};
		for (size_t j = 0; j < sizeof names / sizeof names[0]; j++) {
			const struct fc_method *m = fc_method_find(names[j]);
			struct fc_request r2 = {y, 10, 1, 3, bad, 1, 1};
			assert_non_null(m);
			assert_int_equal(fc_result_init(&out, 3, 1, &err), 0);
			assert_int_equal(m->fn(&r2, &out, &err), SB40_EINVAL);
			r2.nlevels = 0;
			r2.h = 0;
			assert_int_equal(m->fn(&r2, &out, &err), SB40_EINVAL);
			fc_result_release(&out);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_and_odd),
		cmocka_unit_test(test_levels_and_errors),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
