/* test_rank.c - domain/rank: min-max and z-score composites, the missing
 * rule, ties, errors and the seeded weight sensitivity, by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "domain/rank.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) <= 1e-9)

/* 3 zones x 2 indicators: higher-is-better 10/20/30, lower-is-better 5/3/-
 *   min-max: col 0 -> 0, .5, 1; col 1 (cost) -> (5-x)/2 = 0, 1, missing
 *   scores: 0, .75, 1 (zone 2 has half the weight: coverage .5, ranked) */
static const double X[6] = {10, 5, 20, 3, 30, NAN};
static const int DIR[2] = {1, -1};

static void test_minmax(void **state)
{
	const double w[2] = {1, 1};
	struct rank_input in = {3, 2, X, DIR, w, RANK_MINMAX};
	struct rank_result r;
	struct sb40_error err;
	assert_int_equal(rank_compute(&in, &r, &err), 0);
	NEAR(r.r[0], 0);
	NEAR(r.r[2], 0.5);
	NEAR(r.r[4], 1);
	NEAR(r.r[1], 0);
	NEAR(r.r[3], 1);
	assert_true(isnan(r.r[5]));
	NEAR(r.score[0], 0);
	NEAR(r.score[1], 0.75);
	NEAR(r.score[2], 1);
	NEAR(r.coverage[2], 0.5);
	assert_int_equal(r.rank[0], 3);
	assert_int_equal(r.rank[1], 2);
	assert_int_equal(r.rank[2], 1);
	assert_int_equal(r.nranked, 3);
	/* per-indicator ranks: lower is better on the second */
	assert_int_equal(r.ind_rank[1], 2);
	assert_int_equal(r.ind_rank[3], 1);
	assert_int_equal(r.ind_rank[5], 0);
	assert_int_equal(r.ind_rank[4], 1);
	rank_result_release(&r);
}

static void test_coverage_rule(void **state)
{
	/* weights 1, 3: zone 2 covers 1/4 < 1/2: shown, not ranked;
	 * zone 1 = (.5 + 3) / 4 = .875 */
	const double w[2] = {1, 3};
	struct rank_input in = {3, 2, X, DIR, w, RANK_MINMAX};
	struct rank_result r;
	struct sb40_error err;
	assert_int_equal(rank_compute(&in, &r, &err), 0);
	NEAR(r.coverage[2], 0.25);
	NEAR(r.score[2], 1);
	assert_int_equal(r.rank[2], 0);
	NEAR(r.score[1], 0.875);
	assert_int_equal(r.rank[1], 1);
	assert_int_equal(r.rank[0], 2);
	assert_int_equal(r.nranked, 2);
	rank_result_release(&r);
}

static void test_zscore(void **state)
{
	/* col 0: mean 20, sd 10 -> -1, 0, 1; col 1: 5, 3: mean 4, sd sqrt 2,
	 * cost -> -1/sqrt 2, +1/sqrt 2 */
	const double w[2] = {1, 1};
	struct rank_input in = {3, 2, X, DIR, w, RANK_ZSCORE};
	struct rank_result r;
	struct sb40_error err;
	assert_int_equal(rank_compute(&in, &r, &err), 0);
	NEAR(r.r[1], -1 / sqrt(2));
	NEAR(r.score[0], (-1 - 1 / sqrt(2)) / 2);
	NEAR(r.score[1], (0 + 1 / sqrt(2)) / 2);
	NEAR(r.score[2], 1);
	assert_int_equal(r.rank[2], 1);
	assert_int_equal(r.rank[0], 3);
	rank_result_release(&r);
}

static void test_ties_constant_unused(void **state)
{
	/* column 0 ties zones 0 and 1; column 1 constant (0.5 for all); column
	 * 2 has no value at all and does not count */
	const double x[9] = {1, 7, NAN, 1, 7, NAN, 0, 7, NAN};
	const int dir[3] = {1, 1, 1};
	const double w[3] = {1, 1, 5};
	struct rank_input in = {3, 3, x, dir, w, RANK_MINMAX};
	struct rank_result r;
	struct sb40_error err;
	assert_int_equal(rank_compute(&in, &r, &err), 0);
	assert_int_equal(r.used[2], 0);
	NEAR(r.r[1], 0.5);
	NEAR(r.score[0], 0.75);
	NEAR(r.score[1], 0.75);
	NEAR(r.score[2], 0.25);
	NEAR(r.coverage[0], 1);
	assert_int_equal(r.rank[0], 1);
	assert_int_equal(r.rank[1], 1);
	assert_int_equal(r.rank[2], 3);
	rank_result_release(&r);
	int rk[4];
	const double v[4] = {2, NAN, 2, 3};
	rank_values(v, 4, -1, rk);
	assert_int_equal(rk[0], 1);
	assert_int_equal(rk[1], 0);
	assert_int_equal(rk[2], 1);
	assert_int_equal(rk[3], 3);
}

static void test_errors(void **state)
{
	const double wneg[2] = {1, -1}, wzero[2] = {0, 0};
	struct rank_input in = {3, 2, X, DIR, wneg, RANK_MINMAX};
	struct rank_result r;
	struct sb40_error err;
	assert_int_equal(rank_compute(&in, &r, &err), SB40_EINVAL);
	assert_string_equal(err.msg, "weight 2 is -1; weights must be finite and >= 0");
	in.w = wzero;
	assert_int_equal(rank_compute(&in, &r, &err), SB40_EINVAL);
	assert_string_equal(err.msg, "the weights sum to 0");
	in.m = 0;
	assert_int_equal(rank_compute(&in, &r, &err), SB40_EINVAL);
	const double allnan[2] = {NAN, NAN}, w[2] = {1, 1};
	struct rank_input in2 = {1, 2, allnan, DIR, w, RANK_MINMAX};
	assert_int_equal(rank_compute(&in2, &r, &err), SB40_EINVAL);
	enum rank_norm nm;
	assert_int_equal(rank_norm_parse("zscore", &nm), 0);
	assert_int_equal(nm, RANK_ZSCORE);
	assert_int_equal(rank_norm_parse("z", &nm), -1);
}

static void test_sensitivity(void **state)
{
	/* A trade-off: zone 0 (1, 0), zone 1 (0, 1), zone 2 (.5, .5); equal
	 * weights tie all three at .5, second after zone 3, best on both and
	 * first in every draw.  Perturbed, one of zones 0 and 1 is second and
	 * the other fourth; zone 2 stays at .5 and is third. */
	const double x[8] = {1, 0, 0, 1, 0.5, 0.5, 2, 2};
	const int dir[2] = {1, 1};
	const double w[2] = {1, 1};
	struct rank_input in = {4, 2, x, dir, w, RANK_MINMAX};
	struct rank_result r, r2;
	struct sb40_error err;
	assert_int_equal(rank_compute(&in, &r, &err), 0);
	assert_int_equal(rank_sensitivity(&in, &r, 500, 0.5, 42, &err), 0);
	assert_int_equal(r.rank[3], 1);
	assert_int_equal(r.rank_lo[3], 1);
	assert_int_equal(r.rank_hi[3], 1);
	NEAR(r.p_same[3], 1);
	assert_int_equal(r.rank[0], 2);
	assert_int_equal(r.rank_lo[0], 2);
	assert_int_equal(r.rank_hi[0], 4);
	assert_int_equal(r.rank_lo[2], 2);
	assert_int_equal(r.rank_hi[2], 3);
	assert_true(r.p_same[0] > 0.3 && r.p_same[0] < 0.7); /* leads in about half */
	assert_true(r.p_same[2] < 0.01);                     /* third in every draw */
	/* the same seed gives the same answer */
	assert_int_equal(rank_compute(&in, &r2, &err), 0);
	assert_int_equal(rank_sensitivity(&in, &r2, 500, 0.5, 42, &err), 0);
	for (int i = 0; i < 4; i++)
		NEAR(r.p_same[i], r2.p_same[i]);
	assert_int_equal(rank_sensitivity(&in, &r2, 0, 0.5, 42, &err), SB40_EINVAL);
	assert_int_equal(rank_sensitivity(&in, &r2, 10, 1.5, 42, &err), SB40_EINVAL);
	rank_result_release(&r);
	rank_result_release(&r2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_minmax),
		cmocka_unit_test(test_coverage_rule),
		cmocka_unit_test(test_zscore),
		cmocka_unit_test(test_ties_constant_unused),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_sensitivity),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
