/* rank.h - composite index and rankings over zones, with a sensitivity
 * analysis of the weights.
 *
 * Why: a directorate compares zones on several indicators at once.  Each
 * indicator is normalised direction-aware, the composite index is the
 * weighted mean of the normalised values, and a seeded Monte Carlo
 * perturbation of the weights shows which places in the table are firm.
 * Pure: no I/O, no globals (the random generator's state is local).
 *
 * Normalisation per indicator j, over the zones that have a value:
 *   RANK_MINMAX  r = (x - min) / (max - min) for higher-is-better, (max - x) /
 *                (max - min) for lower-is-better; 0.5 for every zone when
 *                max = min (the indicator does not tell them apart).  r in [0,1].
 *   RANK_ZSCORE  r = dir (x - mean) / sd, sd the sample standard deviation
 *                (n - 1); 0 when fewer than two zones have it or sd = 0.
 * Missing values (the stated rule): a zone's composite is the weighted mean
 * over the indicators it has, with the weights renormalised over them; its
 * coverage is the share of the total weight it has values for, and a zone
 * with coverage below RANK_MIN_COVERAGE is shown but not ranked.  An
 * indicator no zone has is left out (its weight is not counted).
 * Ties: scores equal to within 1e-9 share the better rank ("1, 2, 2, 4");
 * the same holds for per-indicator ranks (on the raw value, direction-aware).
 *
 * Conventions: X is M zones by N indicators, row-major, NaN = missing.
 * Ownership: inputs are borrowed; struct rank_result owns its arrays, freed
 * by rank_result_release().
 */
#ifndef SB40_DOMAIN_RANK_H
#define SB40_DOMAIN_RANK_H
#include <stddef.h>
#include <stdint.h>
#include "base/error.h"

#define RANK_MIN_COVERAGE 0.5
#define RANK_MAX_DRAWS 1000000ul

enum rank_norm { RANK_MINMAX, RANK_ZSCORE };

/* "minmax" or "zscore"; 0 or -1. */
int rank_norm_parse(const char *s, enum rank_norm *out);
const char *rank_norm_code(enum rank_norm n);

struct rank_input {
	size_t m, n;
	const double *x;   /* m * n */
	const int *dir;    /* n: 1 or -1 */
	const double *w;   /* n: >= 0, finite, a positive sum */
	enum rank_norm norm;
};

struct rank_result {
	size_t m, n;
	double *r;         /* m * n normalised values, NaN where x is */
	int *ind_rank;     /* m * n per-indicator ranks, 0 where missing */
	int *used;         /* n: 1 when some zone has the indicator */
	double *score;     /* m composite index, NaN when no indicator */
	double *coverage;  /* m in [0, 1] */
	int *rank;         /* m: 1.. ; 0 not ranked (coverage too low) */
	size_t nranked;
	/* filled by rank_sensitivity(): */
	int *rank_lo, *rank_hi; /* best and worst rank over the draws */
	double *p_same;         /* share of draws at the zone's own rank */
	unsigned long draws;
	double spread;
	uint64_t seed;
};

/* Compute normalised values, composite index and ranks.  Returns 0 or
 * SB40_EINVAL (M or N is 0, a weight negative or not finite, weights sum to
 * 0, a direction not 1/-1). */
int rank_compute(const struct rank_input *in, struct rank_result *out, struct sb40_error *err);

/* Draw DRAWS weight vectors w'_j = w_j (1 + SPREAD u_j), u_j uniform in
 * [-1, 1] from a xoshiro256** generator seeded with SEED (splitmix64), rank
 * again on the same normalised values and record each ranked zone's best
 * and worst rank and how often it keeps its own.  0 < SPREAD <= 1, 1 <=
 * DRAWS <= RANK_MAX_DRAWS.  Returns 0 or SB40_EINVAL. */
int rank_sensitivity(const struct rank_input *in, struct rank_result *res, unsigned long draws,
		     double spread, uint64_t seed, struct sb40_error *err);

void rank_result_release(struct rank_result *r);

/* Competition ranks ("1, 2, 2, 4") of V[N] (NaN: rank 0), higher first
 * when DIR is 1, lower first when -1; into RANK[N]. */
void rank_values(const double *v, size_t n, int dir, int *rank);

#endif
