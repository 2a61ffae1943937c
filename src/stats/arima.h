/* arima.h - ARIMA models: fit a given order, forecast, and choose the order
 * automatically the Hyndman-Khandakar way (R's forecast::auto.arima).
 *
 * Why: sb40 forecasts short yearly and quarterly economic series; ARIMA is
 * one of the methods `auto` may pick, and analysts ask for it by name.  The
 * numbers are meant to agree with R (stats::arima with method "CSS-ML",
 * forecast::Arima and forecast::auto.arima 8.20 defaults), so the modules
 * follow R's definitions step by step; docs/arima.md lists where and why
 * they depart.
 *
 * Pure computation on arrays: no I/O, no globals, never prints or exits.
 * Call gsl_set_error_handler_off() once in the program first.
 *
 * The modules:
 *   arima.h        this interface
 *   arima_int.h    private to the arima_*.c files below
 *   arima_ss.c     state space form, exact likelihood, forecasts, CSS
 *   arima_poly.c   AR transformation, seasonal expansion, roots
 *   arima_opt.c    the minimiser (GSL BFGS, stopped as R's optim)
 *   arima_fit.c    estimation of one order: CSS, then maximum likelihood
 *   arima_auto.c   order selection (stepwise search)
 *   arima.c        forecasts, names, fc_arima()
 *   arima_stl.c/h  STL decomposition and seasonal strength (choice of D)
 *   kpss.c/h       KPSS test and the number of differences (choice of d)
 *
 * Ownership: input arrays are borrowed for the call only; a struct
 * arima_model returned by arima_fit() or arima_auto() belongs to the caller,
 * who frees it with arima_model_free().
 */
#ifndef SB40_STATS_ARIMA_H
#define SB40_STATS_ARIMA_H
#include <stddef.h>
#include "base/error.h"
#include "stats/fcmodel.h"

/* An ARIMA(p,d,q)(P,D,Q)[m] specification (m >= 1).  With m == 1 the
 * seasonal part must be all zero.  CONSTANT asks for a mean when d + D == 0 and for a drift
 * (a linear trend in the undifferenced series) when d + D == 1; with two or
 * more differences it is ignored, as in R.  FIXED_CONSTANT: NaN to estimate
 * the mean/drift, otherwise it is held at that value (only allowed when
 * p = q = P = Q = 0, the case auto.arima needs for constant differences). */
struct arima_spec {
	int p, d, q;
	int P, D, Q;
	int m;
	int constant;
	double fixed_constant;
};

/* A fitted model.  All fields are read-only for the caller. */
struct arima_model {
	struct arima_spec spec;
	int has_const;      /* 1 when a mean or drift is in the model */
	int is_drift;       /* 1: the constant is a drift, 0: a mean */
	int const_series;   /* the data were constant: forecasts repeat the mean
			     * with zero-width intervals */
	size_t n;           /* observations used (the series length) */
	size_t ncoef;       /* p + q + P + Q + has_const */
	double *coef;       /* ar1..p, ma1..q, sar1..P, sma1..Q, then mean/drift;
			     * R's sign convention: (1 - ar(B)) and (1 + ma(B)) */
	size_t nfree;       /* number of estimated coefficients */
	double loglik;      /* Gaussian log-likelihood, as R's arima (+Inf, as in
			     * R, when a model with nothing estimated fits exactly) */
	double aic, aicc, bic; /* as forecast::Arima; aicc is +Inf when undefined */
	double sigma2;      /* residual variance used for intervals (forecast::Arima:
			     * sum of squared residuals / (n - d - mD - nfree)) */
	double sigma2_ml;   /* maximum-likelihood innovation variance (R's arima) */
	int converged;      /* 1 when the optimiser met its tolerance */
	/* Private (arima_int.h): the filtered state space form and what the
	 * optimiser left, for forecasts and the checks of the search. */
	struct arima_priv *priv;
};

/* Fit SPEC to Y[0..N-1] by conditional sum of squares followed by exact
 * maximum likelihood (Kalman filter, diffuse prior with kappa = 1e6), as
 * stats::arima(method = "CSS-ML", transform.pars = TRUE).  On success *OUT
 * is a new model (caller frees with arima_model_free()).
 * Returns 0; SB40_EINVAL for a bad SPEC; SB40_EMISSING when N leaves no
 * observation after differencing; SB40_ENOCONV when the CSS estimates are
 * not stationary or the likelihood cannot be evaluated (R fails the same
 * way); SB40_ENOMEM.  Y must be finite. */
int arima_fit(const double *y, size_t n, const struct arima_spec *spec,
	      struct arima_model **out, struct sb40_error *err);

/* Point forecasts MEAN[0..H-1] and their standard deviations SD[0..H-1]
 * (from the state space forecast variance times model->sigma2, as R's
 * predict.Arima).  SD may be NULL.  Returns 0 or SB40_ENOMEM. */
int arima_forecast(const struct arima_model *model, size_t h, double *mean,
		   double *sd, struct sb40_error *err);

/* "ARIMA(0,1,1) with drift", "ARIMA(1,0,0)(0,1,1)[4]", ... as forecast's
 * arima.string().  Writes at most N bytes into BUF and returns BUF. */
char *arima_model_name(const struct arima_model *model, char *buf, size_t n);

void arima_model_free(struct arima_model *model);

/* Options of the automatic search; arima_auto_defaults() gives R's. */
struct arima_auto_opts {
	int max_p, max_q, max_P, max_Q, max_order, max_d, max_D;
	int start_p, start_q, start_P, start_Q;
	int allow_drift, allow_mean;
	int stepwise;       /* 1 (only the stepwise search is implemented) */
	int nmodels;        /* 94 */
	int approximation;  /* -1: as R (n > 150 or m > 12), 0 off, 1 on */
	double kpss_alpha;  /* 0.05 */
	double seas_threshold; /* seasonal strength above which D = 1: 0.64 */
};
void arima_auto_defaults(struct arima_auto_opts *o);

/* Statistics of one search, for tests and the report. */
struct arima_auto_info {
	int nfits;          /* models fitted */
	double seas_strength; /* NaN when not computed */
};

/* Choose d (KPSS tests), D (seasonal strength from STL) and then p, q, P, Q
 * and the constant by the stepwise search minimising AICc, as
 * forecast::auto.arima(y) with period M.  Constant series give
 * ARIMA(0,0,0) with the fixed mean; series whose differences are constant
 * give the matching fixed-drift model.  INFO may be NULL.
 * Returns 0 with *OUT set (caller frees with arima_model_free()), or
 * SB40_EMISSING (N == 0), SB40_ENOCONV (no model could be fitted),
 * SB40_ENOMEM. */
int arima_auto(const double *y, size_t n, int m, const struct arima_auto_opts *opts,
	       struct arima_model **out, struct arima_auto_info *info,
	       struct sb40_error *err);

/* The `arima` method of fcmodel.h: arima_auto() with R's defaults, then
 * forecasts and normal intervals at REQ's levels; OUT->model is the name
 * (arima_model_name()) and OUT->aicc the AICc (NaN when not finite).  If
 * no model can be fitted it falls back to ARIMA(0,1,0) and, failing that,
 * to repeating the last value with zero-width intervals, so the answer is
 * always finite.  Returns 0, SB40_EMISSING (no observation), SB40_EINVAL (a
 * value not finite) or SB40_ENOMEM. */
int fc_arima(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

/* fc_arima() with the search options OPTS (NULL: R's defaults), e.g.
 * approximation = 1 for `auto`'s cheaper "arimas" component. */
int fc_arima_opts(const struct fc_request *rq, const struct arima_auto_opts *opts,
		  struct fc_result *out, struct sb40_error *err);

#endif
