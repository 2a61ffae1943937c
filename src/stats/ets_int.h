/* ets_int.h - the private parts of stats/ets: the state recursion, the
 * initial-state heuristics, the admissibility test, the optimiser and the
 * interval engines.  Only src/stats/ets*.c include this.
 *
 * The state vector follows R's forecast::ets: x = (l, b, s1, ..., sm), b
 * present with a trend, s with a season; s1 is the newest seasonal index, sm
 * the one the next observation uses.  Nothing here allocates except where a
 * comment says so.
 */
#ifndef SB40_STATS_ETS_INT_H
#define SB40_STATS_ETS_INT_H
#include <math.h>
#include <stddef.h>
#include "stats/ets.h"

/* One model on one series: what the recursion reads. */
struct ets_core {
	const double *y;
	size_t n;
	int m; /* 1 when the season is N */
	int error, trend, damped, season;
	/* beta 0 without trend, gamma 0 without season, phi 1 when undamped */
	double alpha, beta, gamma, phi;
};

/* The running state: level, trend and the seasonal indices in a circular
 * buffer (s[k] is sm, the index the next value uses; s[k-1] is s1). */
struct ets_state {
	double l, b;
	double s[ETS_MAXM];
	int k;
};

#define ETS_TOL 1.0e-10
#define ETS_HUGEN 1.0e10

/* The likelihood's running parts: the sum of squared errors and, for a
 * multiplicative error, the product of |forecasts| as mantissa and binary
 * exponent, so that the loops call no log(). */
struct ets_acc {
	double sse, prod;
	long pexp;
};

/* The product times V (> 0), renormalised when it leaves 1e+-150. */
static inline void ets_acc_prod(struct ets_acc *a, double v)
{
	a->prod *= v;
	if (!(a->prod > 1e-150 && a->prod < 1e150)) {
		int ex;
		a->prod = frexp(a->prod, &ex);
		a->pexp += ex;
	}
}

/* R's criterion "lik" of N steps: n log(sse), plus 2 log(prod) with a
 * multiplicative error (MULT). */
static inline double ets_acc_lik(const struct ets_acc *a, size_t n, int mult)
{
	if (!mult)
		return (double)n * log(a->sse);
	return (double)n * log(a->sse) + 2.0 * (log(a->prod) + (double)a->pexp * M_LN2);
}

/* Load the state vector X = (l, b, s1..sm) into ST, and back. */
void ets_state_load(const struct ets_core *c, const double *x, struct ets_state *st);
void ets_state_store(const struct ets_core *c, const struct ets_state *st, double *x);

/* One step, part 1: the one-step forecast from ST (NaN when a
 * multiplicative trend is negative); Q (level + trend part), PHIB (damped
 * trend) and SO (the seasonal index used) for part 2. */
static inline double ets_state_forecast(const struct ets_core *c, const struct ets_state *st,
					double *q, double *phib, double *so)
{
	double v;
	if (c->trend == ETS_N) {
		*phib = 0.0;
		v = st->l;
	} else if (c->trend == ETS_A) {
		*phib = c->phi * st->b;
		v = st->l + *phib;
	} else {
		if (st->b < 0.0) {
			*q = *phib = *so = 0.0;
			return NAN;
		}
		*phib = c->phi == 1.0 ? st->b : pow(st->b, c->phi);
		v = st->l * *phib;
	}
	*q = v;
	if (c->season == ETS_N) {
		*so = 0.0;
		return v;
	}
	*so = st->s[st->k];
	return c->season == ETS_A ? v + *so : v * *so;
}

/* One step, part 2: update ST with the observation Y (R's update(), in the
 * Holt-Winters form; BOA is beta / alpha). */
static inline void ets_state_update(const struct ets_core *c, struct ets_state *st, double y,
				    double q, double phib, double so, double boa)
{
	double p, lnew;
	if (c->season == ETS_N)
		p = y;
	else if (c->season == ETS_A)
		p = y - so;
	else
		p = fabs(so) < ETS_TOL ? ETS_HUGEN : y / so;
	lnew = q + c->alpha * (p - q);
	if (c->trend == ETS_A) {
		/* R: phib + (beta/alpha) (lnew - l - phib); lnew - l - phib is
		 * alpha (p - q) exactly, and this form keeps the level's update
		 * off the trend's dependency chain (the loop is latency-bound) */
		st->b = phib + c->beta * (p - q);
	} else if (c->trend == ETS_M) {
		double r = fabs(st->l) < ETS_TOL ? ETS_HUGEN : lnew / st->l;
		st->b = phib + boa * (r - phib);
	}
	if (c->season) {
		double u;
		if (c->season == ETS_A)
			u = y - q;
		else
			u = fabs(q) < ETS_TOL ? ETS_HUGEN : y / q;
		st->s[st->k] = so + c->gamma * (u - so);
		st->k = st->k + 1 == c->m ? 0 : st->k + 1;
	}
	st->l = lnew;
}

/* Run the model over Y from the full initial state X0 (1 + trend + m
 * values).  Returns R's criterion "lik" = n log(sum e^2) (+ 2 sum log|f|
 * for multiplicative error), NaN when the recursion breaks down (a
 * multiplicative trend going negative).  STATES ((n+1) x nstate), FITTED[n]
 * and RESID[n] may each be NULL; the likelihood loop passes NULLs. */
double ets_core_run(const struct ets_core *c, const double *x0, double *states, double *fitted,
		    double *resid);

/* The likelihood criterion of ets_core_run() from the full initial state
 * X0 into *LIK by a faster path (ets_lik.c): the linear class (no
 * multiplicative trend or season; an additive season needs m >= 4)
 * four observations at a time, a multiplicative error and season with two
 * divisions a step instead of three.  Equal to the one-step recursion up
 * to rounding.  When the value is >= THRESH, *LIK may be INFINITY instead
 * (an additive error stops early).  Returns 1, or 0 when the model has no
 * fast path. */
int ets_lik_fast(const struct ets_core *c, const double *x0, double thresh, double *lik);

/* 1 when C is in the linear class the four-step paths serve: no
 * multiplicative trend or season, and an additive season has m >= 4. */
int ets_lin_class(const struct ets_core *c);

/* R's other criterion, opt.crit = "mse" (its ses() and holt() use it): the
 * mean squared one-step error, for an additive error in the linear class
 * (as ets_lik_fast), or any value >= THRESH when it is at least THRESH.
 * Returns 1, or 0 when the model has no such path. */
int ets_mse_fast(const struct ets_core *c, const double *x0, double thresh, double *mse);

/* ets_core_run(C, X0, NULL, NULL, NULL), or any value >= THRESH when the
 * criterion is at least THRESH (INFINITY: always the value). */
double ets_core_lik(const struct ets_core *c, const double *x0, double thresh);

/* Point forecasts F[h] from state X (the conditional mean path of the
 * noise-free recursion, R's etsforecast).  Returns 0, -1 when a
 * multiplicative trend is negative. */
int ets_core_forecast(const struct ets_core *c, const double *x, size_t h, double *f);

/* R's initstate(): the initial state (l, b, s1..s(m-1)) (the last seasonal
 * index is implied) by a linear fit on the first (seasonally adjusted)
 * values; seasonal indices from classical decomposition when n >= 3m,
 * otherwise from a trend + first-harmonic regression.  Needs n >= 4 with a
 * season.  Returns the number of values written, -1 on failure.  Uses the
 * stack only (n <= 3m for the regression path). */
int ets_core_initstate(const double *y, size_t n, int m, int trend, int season, double *x0);

/* R's admissible(): 1 when (alpha, beta, gamma, phi) give a forecastable
 * model (characteristic roots inside the unit circle, 1e-10 slack).
 * HAS_BETA / HAS_GAMMA say which of beta and gamma belong to the model. */
int ets_core_admissible(double alpha, double beta, double gamma, double phi, int m, int has_beta,
			int has_gamma);

/* Nelder-Mead minimisation of FN over R^N from X (overwritten with the best
 * point; FMIN its value), the variant of R's optim(): reflection 1,
 * contraction 0.5, expansion 2, initial step 10% of the largest |x_i|,
 * stop when the simplex's values agree to RELTOL or after MAXIT
 * evaluations.  Infinite values mark the outside of the feasible region.
 * WS holds ETS_NM_WS(N) doubles.  Returns the number of evaluations, or -1
 * when FN is not finite at X. */
typedef double (*ets_nm_fn)(const double *x, void *ctx);
#define ETS_NM_WS(n) (((size_t)(n) + 1) * ((size_t)(n) + 3))
int ets_nm(int n, double *x, ets_nm_fn fn, void *ctx, double reltol, int maxit, double *fmin,
	   double *ws);

/* The same search, the same steps, with an objective told a THRESH: when
 * the value at X is >= THRESH, it may return any value >= THRESH instead
 * (stop early, skip checks); THRESH is INFINITY where the exact value is
 * needed. */
typedef double (*ets_nm_tfn)(const double *x, void *ctx, double thresh);
int ets_nm_thresh(int n, double *x, ets_nm_tfn fn, void *ctx, double reltol, int maxit,
		  double *fmin, double *ws);

/* The same search on an objective given on another scale: FN returns v
 * (>= 0) where the criterion is LOGN log(v) + OFFSET (LOGN > 0), an
 * order-preserving map, so every comparison is the same; only the
 * convergence test (the criterion's spread below RELTOL (|f0| + RELTOL))
 * becomes a ratio of values.  FMIN is v at the best point.  Lets an
 * additive error's objective skip the log of n log(sse). */
int ets_nm_thresh_log(int n, double *x, ets_nm_tfn fn, void *ctx, double reltol, int maxit,
		      double *fmin, double *ws, double logn, double offset);

/* Forecast variances VAR[h] for the linear class 1 (additive error, trend
 * N/A/Ad, season N/A) and class 2 (the same with multiplicative error);
 * MU[h] the point forecasts.  X is the last state; WORK holds 2h doubles. */
void ets_pi_class12(const struct ets_core *c, const double *x, double sigma2, size_t h,
		    double *mu, double *var, double *work);

/* R's class 3 approximation (multiplicative error and season, trend
 * N/A/Ad): MU[h] the forecast means (with R's sigma2 correction) and, when
 * VAR is not NULL, the variances.  Allocates 8 (qm)^2 doubles for VAR (q =
 * 1 or 2 level/trend states); returns 0 or -1 (no memory). */
int ets_pi_class3(const struct ets_core *c, const double *x, double sigma2, size_t h,
		  double *mu, double *var);

/* Simulated intervals: NPATHS future paths from state X with N(0, sigma2)
 * innovations (truncated at -1 for a multiplicative error) from mt19937
 * seeded with SEED; LO/HI as in ets_forecast().  Returns 0, -1 (no memory). */
int ets_pi_simulate(const struct ets_core *c, const double *x, double sigma2, size_t h,
		    const double *levels, size_t nlevels, unsigned long seed, int npaths,
		    double *lo, double *hi);

#endif
