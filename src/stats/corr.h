/* corr.h - Pearson correlation matrix with two-sided p-values.
 *
 * Why: the article's correlation-regression analysis reports how strongly
 * innovative output moves with expenditure before it fits the regression;
 * `sb40 regress --correlation` prints that matrix.  Pure computation on
 * arrays: no I/O, no globals.
 *
 * r_ij = s_xy / sqrt(s_xx s_yy) from centred sums (two-pass means in long
 * double); the p-value tests r = 0 with t = r sqrt((n-2)/(1-r^2)) on n-2
 * degrees of freedom, two-sided, as scipy.stats.pearsonr does.  The
 * diagonal is r = 1, p = 0.
 *
 * Ownership: X (NVAR arrays of N values) and NAMES are borrowed; R and P are
 * caller-allocated arrays of NVAR*NVAR doubles, row-major (r[i*nvar+j]).
 */
#ifndef SB40_STATS_CORR_H
#define SB40_STATS_CORR_H
#include <stddef.h>
#include "base/error.h"

/* Returns 0, or SB40_EMISSING (n < 3, or a non-finite value, named),
 * SB40_ESINGULAR (a constant variable: its correlation is undefined, named),
 * SB40_ENOMEM.  NAMES may be NULL ("v1", "v2", ... in messages). */
int corr_pearson(const double *const *x, size_t n, size_t nvar, const char *const *names,
		 double *r, double *p, struct sb40_error *err);

#endif
