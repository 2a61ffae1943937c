/* test_mcda.c - domain/mcda: AHP, TOPSIS and the weighted sum against
 * published worked examples and values worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "domain/mcda.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

/* Saaty's random indices (Saaty 1980, Table 1; 11-15 from Saaty 2008). */
static void test_random_index(void **state)
{
	assert_true(mcda_random_index(2) == 0);
	assert_true(mcda_random_index(3) == 0.58);
	assert_true(mcda_random_index(4) == 0.90);
	assert_true(mcda_random_index(10) == 1.49);
	assert_true(mcda_random_index(15) == 1.59);
	assert_true(isnan(mcda_random_index(16)));
}

/* The criteria of the AHP "leader example" (Wikipedia, "Analytic hierarchy
 * process - leader example", after Saaty): Experience, Education,
 * Charisma, Age.  Published priorities .547, .127, .270, .056 and
 * consistency ratio 0.044.  The exact eigenvector is .5476, .1266, .2699,
 * .0559: the published figures agree to within 0.001 (3 digits). */
static void test_ahp_leader_example(void **state)
{
	const double a[16] = {
		1,       4,       3,       7,
		1.0 / 4, 1,       1.0 / 3, 3,
		1.0 / 3, 3,       1,       5,
		1.0 / 7, 1.0 / 3, 1.0 / 5, 1,
	};
	double w[4];
	struct mcda_ahp st;
	struct sb40_error e;
	assert_int_equal(mcda_ahp(a, 4, w, &st, &e), 0);
	NEAR(w[0], 0.547, 0.001);
	NEAR(w[1], 0.127, 0.001);
	NEAR(w[2], 0.270, 0.001);
	NEAR(w[3], 0.056, 0.001);
	NEAR(st.cr, 0.044, 0.0005);
	/* lambda_max = n + (n - 1) CI = 4 + 3 * 0.044 * 0.90 */
	NEAR(st.lambda_max, 4 + 3 * 0.044 * 0.90, 0.002);
	NEAR(st.ri, 0.90, 1e-12);
}

/* For a 3 x 3 reciprocal matrix the principal eigenvector is the vector of
 * row geometric means, and lambda_max = 1 + r + 1/r with
 * r = (a13 / (a12 a23))^(1/3) (Saaty 1980; Crawford and Williams 1985).
 * The matrix is the leader example's "experience" comparison of Tom, Dick
 * and Harry (published priorities .217, .717, .066). */
static void test_ahp_3x3_closed_form(void **state)
{
	const double a12 = 1.0 / 4, a13 = 4, a23 = 9;
	const double a[9] = {1, a12, a13, 1 / a12, 1, a23, 1 / a13, 1 / a23, 1};
	double w[3], g[3], gs, r, lambda;
	struct mcda_ahp st;
	struct sb40_error e;
	g[0] = cbrt(a12 * a13);
	g[1] = cbrt(a23 / a12);
	g[2] = cbrt(1 / (a13 * a23));
	gs = g[0] + g[1] + g[2];
	r = cbrt(a13 / (a12 * a23));
	lambda = 1 + r + 1 / r;
	assert_int_equal(mcda_ahp(a, 3, w, &st, &e), 0);
	for (int i = 0; i < 3; i++)
		NEAR(w[i], g[i] / gs, 1e-9);
	NEAR(w[0], 0.217, 0.0005);
	NEAR(w[1], 0.717, 0.0005);
	NEAR(w[2], 0.066, 0.0005);
	NEAR(st.lambda_max, lambda, 1e-9);
	NEAR(st.ci, (lambda - 3) / 2, 1e-9);
	NEAR(st.cr, (lambda - 3) / 2 / 0.58, 1e-9);
}

/* A consistent matrix a_ij = w_i / w_j gives back w with CR = 0. */
static void test_ahp_consistent(void **state)
{
	const double w0[4] = {0.4, 0.3, 0.2, 0.1};
	double a[16], w[4];
	struct mcda_ahp st;
	struct sb40_error e;
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++)
			a[i * 4 + j] = w0[i] / w0[j];
	assert_int_equal(mcda_ahp(a, 4, w, &st, &e), 0);
	for (int i = 0; i < 4; i++)
		NEAR(w[i], w0[i], 1e-12);
	NEAR(st.cr, 0, 1e-12);
	NEAR(st.lambda_max, 4, 1e-12);
	/* n = 1 and n = 2 are always consistent */
	assert_int_equal(mcda_ahp(a, 1, w, &st, &e), 0);
	assert_true(w[0] == 1 && st.cr == 0);
	const double b[4] = {1, 3, 1.0 / 3, 1};
	assert_int_equal(mcda_ahp(b, 2, w, &st, &e), 0);
	NEAR(w[0], 0.75, 1e-12);
	NEAR(w[1], 0.25, 1e-12);
	assert_true(st.cr == 0);
}

/* One reversed judgement in a consistent matrix: a_14 should be 4, is 1/4.
 * It is the pair the diagnosis names. */
static void test_ahp_most_inconsistent(void **state)
{
	const double w0[4] = {0.4, 0.3, 0.2, 0.1};
	double a[16], w[4];
	struct mcda_ahp st;
	struct sb40_error e;
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++)
			a[i * 4 + j] = w0[i] / w0[j];
	a[0 * 4 + 3] = 1.0 / 4;
	a[3 * 4 + 0] = 4;
	assert_int_equal(mcda_ahp(a, 4, w, &st, &e), 0);
	assert_true(st.cr > MCDA_CR_LIMIT);
	assert_int_equal(st.worst_i, 0);
	assert_int_equal(st.worst_j, 3);
	NEAR(st.worst_given, 0.25, 1e-12);
	/* the other judgements: a12 a24 = 4/3 * 3 = 4 and a13 a34 = 2 * 2 = 4 */
	NEAR(st.worst_implied, 4, 1e-12);
}

static void test_ahp_errors(void **state)
{
	double w[3];
	struct mcda_ahp st;
	struct sb40_error e;
	const double notrecip[9] = {1, 3, 5, 2, 1, 1, 0.2, 1, 1};
	assert_int_equal(mcda_ahp(notrecip, 3, w, &st, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "[1][0]: expected the reciprocal of [0][1] (0.333333), got 2");
	const double diag[9] = {1, 3, 5, 1.0 / 3, 2, 1, 0.2, 1, 1};
	assert_int_equal(mcda_ahp(diag, 3, w, &st, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "[1][1]: expected 1 on the diagonal, got 2");
	const double neg[9] = {1, -3, 5, 1.0 / 3, 1, 1, 0.2, 1, 1};
	assert_int_equal(mcda_ahp(neg, 3, w, &st, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "[0][1]: expected a positive number, got -3");
	assert_int_equal(mcda_ahp(neg, 0, w, &st, &e), SB40_EINVAL);
	/* 0.333 for 1/3 is close enough to a reciprocal (within 1%) */
	const double typed[9] = {1, 3, 5, 0.333, 1, 1, 0.2, 1, 1};
	assert_int_equal(mcda_ahp(typed, 3, w, &st, &e), 0);
}

/* Hwang and Yoon (1981), Multiple Attribute Decision Making, the fighter-
 * aircraft example: 4 aircraft on maximum speed, ferry range, maximum
 * payload, acquisition cost (a cost), reliability and manoeuvrability,
 * weights .2 .1 .1 .1 .2 .3.  Published closeness C* = .643, .268, .614,
 * .312, so A1 > A3 > A4 > A2. */
static void test_topsis_aircraft(void **state)
{
	const double x[24] = {
		2.0, 1500, 20000, 5.5, 5, 9,
		2.5, 2700, 18000, 6.5, 3, 5,
		1.8, 2000, 21000, 4.5, 7, 7,
		2.2, 1800, 20000, 5.0, 5, 5,
	};
	const double w[6] = {0.2, 0.1, 0.1, 0.1, 0.2, 0.3};
	const int dir[6] = {MCDA_BENEFIT, MCDA_BENEFIT, MCDA_BENEFIT, MCDA_COST,
			    MCDA_BENEFIT, MCDA_BENEFIT};
	double c[4], w2[6];
	size_t rank[4];
	struct sb40_error e;
	assert_int_equal(mcda_topsis(x, 4, 6, w, dir, c, &e), 0);
	NEAR(c[0], 0.643, 0.0005);
	NEAR(c[1], 0.268, 0.0005);
	NEAR(c[2], 0.614, 0.0005);
	NEAR(c[3], 0.312, 0.0005);
	mcda_rank(c, NULL, 4, rank);
	assert_int_equal(rank[0], 1);
	assert_int_equal(rank[2], 2);
	assert_int_equal(rank[3], 3);
	assert_int_equal(rank[1], 4);
	/* closeness does not depend on the scale of the weights */
	for (int j = 0; j < 6; j++)
		w2[j] = 10 * w[j];
	double c2[4];
	assert_int_equal(mcda_topsis(x, 4, 6, w2, dir, c2, &e), 0);
	for (int i = 0; i < 4; i++)
		NEAR(c2[i], c[i], 1e-12);
}

/* Two alternatives by hand: X = [[1, 2], [2, 1]] (benefit, cost), w = .5 .5.
 * Norms sqrt(5): v = [[.5/sqrt5, 1/sqrt5], [1/sqrt5, .5/sqrt5]]; A+ =
 * (1, .5)/sqrt5 is row 2 itself, A- row 1, so C = 0 and 1.  One
 * alternative alone is its own ideal: C = 1. */
static void test_topsis_by_hand(void **state)
{
	const double x[4] = {1, 2, 2, 1};
	const double w[2] = {0.5, 0.5};
	const int dir[2] = {MCDA_BENEFIT, MCDA_COST};
	double c[2];
	struct sb40_error e;
	assert_int_equal(mcda_topsis(x, 2, 2, w, dir, c, &e), 0);
	NEAR(c[0], 0, 1e-12);
	NEAR(c[1], 1, 1e-12);
	assert_int_equal(mcda_topsis(x, 1, 2, w, dir, c, &e), 0);
	NEAR(c[0], 1, 1e-12);
	/* a zero column contributes nothing */
	const double z[4] = {0, 1, 0, 2};
	assert_int_equal(mcda_topsis(z, 2, 2, w, dir, c, &e), 0);
	NEAR(c[0], 1, 1e-12);
	NEAR(c[1], 0, 1e-12);
	const double bad[4] = {1, NAN, 2, 1};
	assert_int_equal(mcda_topsis(bad, 2, 2, w, dir, c, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "score [0][1] is not a finite number");
	const double wneg[2] = {0.5, -0.5};
	assert_int_equal(mcda_topsis(x, 2, 2, wneg, dir, c, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "weight 2 is not a finite number >= 0");
}

/* Weighted sum by hand: X = [[2, 100], [4, 300], [3, 200]], benefit and
 * cost, w = .6 .4.  Min-max: column 1 -> 0, 1, .5; column 2 (cost) -> 1,
 * 0, .5.  Scores .4, .6, .5. */
static void test_wsum_by_hand(void **state)
{
	const double x[6] = {2, 100, 4, 300, 3, 200};
	const double w[2] = {0.6, 0.4};
	const int dir[2] = {MCDA_BENEFIT, MCDA_COST};
	double s[3];
	size_t rank[3];
	struct sb40_error e;
	assert_int_equal(mcda_wsum(x, 3, 2, w, dir, s, &e), 0);
	NEAR(s[0], 0.4, 1e-12);
	NEAR(s[1], 0.6, 1e-12);
	NEAR(s[2], 0.5, 1e-12);
	mcda_rank(s, NULL, 3, rank);
	assert_int_equal(rank[0], 3);
	assert_int_equal(rank[1], 1);
	assert_int_equal(rank[2], 2);
	/* a constant column gives every alternative its full weight */
	const double c[4] = {5, 1, 5, 2};
	assert_int_equal(mcda_wsum(c, 2, 2, w, dir, s, &e), 0);
	NEAR(s[0], 0.6 + 0.4, 1e-12);
	NEAR(s[1], 0.6, 1e-12);
}

static void test_rank_ties_and_skips(void **state)
{
	const double s[5] = {0.9, 0.5, 0.5, 0.1, NAN};
	const int skip[5] = {0, 0, 0, 0, 0};
	size_t r[5];
	mcda_rank(s, skip, 5, r);
	assert_int_equal(r[0], 1);
	assert_int_equal(r[1], 2);
	assert_int_equal(r[2], 2);
	assert_int_equal(r[3], 4);
	assert_int_equal(r[4], 0);
	const int skip2[5] = {1, 0, 0, 0, 0};
	mcda_rank(s, skip2, 5, r);
	assert_int_equal(r[0], 0);
	assert_int_equal(r[1], 1);
	assert_int_equal(r[2], 1);
	assert_int_equal(r[3], 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_index),
		cmocka_unit_test(test_ahp_leader_example),
		cmocka_unit_test(test_ahp_3x3_closed_form),
		cmocka_unit_test(test_ahp_consistent),
		cmocka_unit_test(test_ahp_most_inconsistent),
		cmocka_unit_test(test_ahp_errors),
		cmocka_unit_test(test_topsis_aircraft),
		cmocka_unit_test(test_topsis_by_hand),
		cmocka_unit_test(test_wsum_by_hand),
		cmocka_unit_test(test_rank_ties_and_skips),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
