/* mcda.h - multi-criteria decision analysis: weighted sum, TOPSIS, AHP.
 *
 * Why: the imitative-innovation assessment ranks candidate technologies on
 * several criteria, some to be maximised (benefit) and some minimised
 * (cost), with weights given directly or derived from Saaty's pairwise
 * comparisons.  These are the textbook methods, on plain arrays, so that
 * every number can be checked by hand.  Pure: no I/O, no globals, no
 * printing.
 *
 * Conventions: a decision matrix X holds M alternatives (rows) by N criteria
 * (columns), row-major: X[i*N + j].  DIR[j] is MCDA_BENEFIT or MCDA_COST.
 * Weights are finite and >= 0 with a positive sum; they are used as given
 * (TOPSIS closeness does not depend on their scale, the weighted sum does,
 * so callers pass weights that sum to 1).
 *
 * Ownership: every array is borrowed; outputs are caller-allocated arrays of
 * the stated length.
 */
#ifndef SB40_DOMAIN_MCDA_H
#define SB40_DOMAIN_MCDA_H
#include <stddef.h>
#include "base/error.h"

enum mcda_dir { MCDA_COST = -1, MCDA_BENEFIT = 1 };

/* Saaty's consistency ratio above which judgements must be revised. */
#define MCDA_CR_LIMIT 0.10

/* Weighted sum with min-max normalisation per criterion:
 *     benefit r = (x - min) / (max - min),  cost r = (max - x) / (max - min),
 * and r = 1 for every alternative when the column is constant (the criterion
 * does not tell them apart).  SCORE[i] = sum_j w_j r_ij, in [0, sum w].
 * Returns 0, or SB40_EINVAL (M or N is 0, a value or weight is not finite, a
 * weight is negative). */
int mcda_wsum(const double *x, size_t m, size_t n, const double *w, const int *dir,
	      double *score, struct sb40_error *err);

/* TOPSIS (Hwang and Yoon 1981): vector normalisation r_ij = x_ij /
 * sqrt(sum_i x_ij^2) (0 when the column is all zero), v_ij = w_j r_ij, ideal
 * A+ = best v per criterion (max for benefit, min for cost), anti-ideal A-
 * = worst, Euclidean distances S+ and S-, closeness C = S- / (S+ + S-) in
 * [0, 1].  When S+ + S- = 0 (every alternative has the same weighted
 * profile, e.g. a single one) C = 1: each is the ideal.
 * Returns 0, or SB40_EINVAL as mcda_wsum(). */
int mcda_topsis(const double *x, size_t m, size_t n, const double *w, const int *dir,
		double *closeness, struct sb40_error *err);

/* Saaty's random consistency index for an N x N matrix (Saaty 1980, with
 * the values for 11..15 from Saaty 2008): 0 for N <= 2, NaN for N > 15. */
double mcda_random_index(size_t n);

/* What mcda_ahp() found besides the weights. */
struct mcda_ahp {
	size_t n;
	double lambda_max; /* principal eigenvalue */
	double ci;         /* consistency index (lambda_max - n) / (n - 1); 0 for n <= 2 */
	double ri;         /* random index */
	double cr;         /* consistency ratio ci / ri; 0 for n <= 2 */
	/* The most inconsistent judgement: the pair (i < j) whose given value
	 * a_ij departs most from w_i / w_j, the value the weights (hence all the
	 * other judgements) imply; the departure is max(e, 1/e) with
	 * e = a_ij w_j / w_i; among equal departures (all three pairs of a
	 * 3 x 3 matrix depart equally) the strongest judgement, furthest from
	 * 1.  worst_i = worst_j = 0 when n < 2.  worst_implied is what the
	 * other judgements say instead: the geometric mean of the indirect
	 * comparisons a_ik a_kj over every third criterion k. */
	size_t worst_i, worst_j;
	double worst_given, worst_implied;
};

/* Weights W[n] (sum 1) from the positive reciprocal pairwise-comparison
 * matrix A (n x n, row-major; a_ij = how much more important i is than j),
 * as its principal right eigenvector (GSL's nonsymmetric eigen solver), with
 * the consistency statistics in OUT.  A must have a_ii = 1, 0 < a_ij and
 * a_ji = 1 / a_ij to within 1%; only the upper triangle is used beyond that
 * check.  1 <= N <= 15.  Returns 0, SB40_EINVAL (ERR names the entry as
 * "[i][j]", 0-based, in its message) or SB40_ENOCONV. */
int mcda_ahp(const double *a, size_t n, double *w, struct mcda_ahp *out,
	     struct sb40_error *err);

/* Competition ranks ("1224") of SCORE[m], highest first; entries with
 * SKIP[i] != 0 (SKIP may be NULL) or a NaN score get rank 0 and take no
 * place.  RANK is caller-allocated. */
void mcda_rank(const double *score, const int *skip, size_t m, size_t *rank);

#endif
