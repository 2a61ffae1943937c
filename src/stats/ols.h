/* ols.h - ordinary least squares with full inference, held to NIST StRD.
 *
 * Why: `sb40 regress`, the trend models and the article's correlation-
 * regression analysis all need one linear regression that is right to the
 * digits the field checks (NIST StRD: at least 9 significant digits on the
 * average and higher difficulty sets, at least 7 on Filip) and reports the
 * statistics exactly as statsmodels and gretl define them.  Pure
 * computation on arrays: no I/O, no globals (DESIGN.md, stats/).
 *
 * Method (never the normal equations):
 *   1. with a constant, every regressor is centred (an exact
 *      reparametrisation: slopes are unchanged); every column is scaled to
 *      unit length;
 *   2. Householder QR of that matrix (GSL), unpivoted, so that a column that
 *      is a linear combination of the ones before it can be named;
 *   3. iterative refinement of the augmented system [I M; M' 0][r; b] =
 *      [y; 0] (Bjorck) against the ORIGINAL design M = [1 X], with its
 *      residuals y - r - Mb and -M'r accumulated in double-double
 *      arithmetic.  The QR only has to be good enough to contract the
 *      error; the fixed point is the exact least-squares solution of the
 *      data as given in double.  Residuals are computed from that solution
 *      (not from the coefficients rounded to double).
 * Standard errors come from R^-1 of step 2 (sigma * row norms), the
 * constant's from 1/n + |R^-T D^-1 xbar|^2; when the scaled design is
 * ill-conditioned (rcond < 1e-6) each diagonal element of (M'M)^-1 is
 * refined the same way instead.
 *
 * Definitions (statsmodels' OLSResults, gretl's ols):
 *   k = parameters (constant included), df_resid = n - k,
 *   df_model = k - 1 with a constant, k without;
 *   tss = sum (y - ybar)^2 with a constant, sum y^2 without (uncentred R2,
 *   as NIST's NoInt sets and statsmodels do); r2 = 1 - ssr/tss;
 *   adj_r2 = 1 - (n - c)/df_resid * (1 - r2), c = 1 with a constant else 0;
 *   f = ((tss - ssr)/df_model) / (ssr/df_resid), f_p its upper F tail;
 *   sigma = sqrt(ssr/df_resid); t = coef/se, p two-sided from t(df_resid);
 *   dw = sum (e_t - e_{t-1})^2 / ssr;
 *   loglik = -n/2 (1 + log(2 pi) + log(ssr/n));
 *   aic = -2 loglik + 2k; bic = -2 loglik + k log(n).
 * A statistic that does not exist for the model (F of a constant-only model)
 * is NaN; an exact fit gives ssr = 0, infinite t and loglik.
 *
 * Ownership: struct ols_spec and its arrays are borrowed for the call.  A
 * struct ols filled by ols_fit() owns its arrays; free them with
 * ols_release() (also safe on a zeroed or failed struct).
 */
#ifndef SB40_STATS_OLS_H
#define SB40_STATS_OLS_H
#include <stddef.h>
#include "base/error.h"

struct ols_spec {
	const double *y;             /* n observations of the dependent variable */
	const char *y_name;          /* for messages; "y" when NULL */
	const double *const *x;      /* p regressors, each an array of n values */
	const char *const *x_names;  /* p names for messages; "x1".. when NULL */
	size_t n, p;
	int with_const;              /* 1: add a constant (the usual model) */
};

struct ols {
	size_t n, k;            /* observations; parameters, constant included */
	int has_const;          /* 1: coef[0] is the constant */
	size_t df_model, df_resid;
	double *coef, *se, *t, *p; /* k each; the constant first */
	double *resid;          /* n residuals y - fitted */
	double ymean, ysd;      /* mean and sample standard deviation of y */
	double ssr, tss;        /* tss centred with a constant, uncentred without */
	double r2, adj_r2, f, f_p, sigma, dw, loglik, aic, bic;
	double rcond;           /* reciprocal condition of the scaled design */
	int iterations;         /* refinement steps taken */
};

/* Fit the model.  Returns 0 and fills M, or a status with ERR filled:
 *   SB40_EINVAL    no regressor and no constant;
 *   SB40_EMISSING  a non-finite value (named: `missing value in "x2" at
 *                  observation 7`), or n <= k (too few observations);
 *   SB40_ESINGULAR a regressor is constant (with a constant), all zeros, or
 *                  a linear combination of the regressors before it (named),
 *                  or the design is too ill-conditioned to solve in double;
 *   SB40_ENOMEM.
 * On failure M holds nothing to free (ols_release() is still harmless). */
int ols_fit(struct ols *m, const struct ols_spec *s, struct sb40_error *err);
void ols_release(struct ols *m);

/* Two-sided p-value of T under Student's t with DF degrees of freedom,
 * from the regularised incomplete beta (accurate in both tails). */
double ols_t_pvalue(double t, double df);

#endif
