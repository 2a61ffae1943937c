/* ets.h - exponential smoothing state-space models (ETS).
 *
 * Why: the innovations state-space framework of Hyndman, Koehler, Ord and
 * Snyder ("Forecasting with Exponential Smoothing", 2008), as R's
 * forecast::ets (8.20) implements it: error A/M, trend N/A/Ad (M/Md on
 * request), season N/A/M; smoothing parameters and initial states by
 * maximum likelihood under R's bounds, a model chosen by AICc, prediction
 * intervals analytic for the linear classes and simulated otherwise.
 * Pure computation on arrays: no I/O, no globals, thread-safe.
 *
 * Three levels of use:
 *   fc_ets()       the forecasting-method signature of stats/fcmodel.h:
 *                  select a model by AICc and forecast, in one call;
 *   ets_select()   choose and fit the best model for a series;
 *   ets_fit()      fit one given model (e.g. ETS(M,Ad,N));
 * then ets_forecast() for the point forecasts and the intervals of a fit.
 *
 * Ownership: input arrays are borrowed for the call only.  A struct
 * ets_model filled by ets_fit()/ets_select() owns its arrays; the caller
 * frees them with ets_model_release() (which accepts a zeroed or already
 * released model).  ets_forecast() writes into arrays the caller owns.
 */
#ifndef SB40_STATS_ETS_H
#define SB40_STATS_ETS_H
#include <stddef.h>
#include "base/error.h"
#include "stats/fcmodel.h"

#define ETS_MAXM 24 /* longest seasonal period (as R) */

enum ets_kind { ETS_N = 0, ETS_A = 1, ETS_M = 2 };

/* A model: ETS(error, trend[d], season). */
struct ets_spec {
	int error;  /* ETS_A or ETS_M */
	int trend;  /* ETS_N, ETS_A or ETS_M */
	int damped; /* 0 or 1; 1 needs a trend */
	int season; /* ETS_N, ETS_A or ETS_M */
};

enum ets_bounds {
	ETS_BOUNDS_BOTH = 0,  /* R's default: usual bounds and admissible region */
	ETS_BOUNDS_USUAL = 1, /* 1e-4 <= beta <= alpha <= 0.9999, gamma <= 1-alpha, ... */
};

enum ets_pi {
	ETS_PI_AUTO = 0,     /* analytic for classes 1-2, simulated otherwise */
	ETS_PI_ANALYTIC = 1, /* as AUTO, but R's class-3 approximation for M error + M season */
	ETS_PI_SIMULATE = 2, /* always simulate */
};

struct ets_options {
	int bounds;           /* enum ets_bounds */
	int allow_mult_trend; /* ets_select() also tries M and Md trends (R: FALSE) */
	int maxit;            /* likelihood evaluations per model (R: 2000) */
	/* Nelder-Mead relative tolerance (R: 1.49e-8).  Looser is faster but
	 * stops short: at 1e-6, AICc is worse by more than 1 on ~10% of the
	 * M3 yearly fits (docs/ets.md). */
	double reltol;
	int npaths;           /* simulated paths for intervals */
	int pi;               /* enum ets_pi */
	/* what the optimiser minimises: enum ets_crit.  ETS_CRIT_MSE is R's
	 * opt.crit = "mse", which its ses(), holt() (and so thetaf()) pass to
	 * ets(); it applies to additive errors without multiplicative
	 * components, other models keep the likelihood. */
	int crit;
};

enum ets_crit {
	ETS_CRIT_LIK = 0, /* R's ets() default: -2 log likelihood (up to constants) */
	ETS_CRIT_MSE = 1, /* mean squared one-step error */
};

/* Defaults: bounds both, no M trend, maxit 2000, reltol sqrt(DBL_EPSILON),
 * npaths 2000, pi AUTO, crit LIK. */
void ets_options_init(struct ets_options *o);

enum ets_how {
	ETS_HOW_MLE = 0,      /* maximum likelihood (the normal case) */
	ETS_HOW_SHORT = 1,    /* n <= 6: SES or Holt by least squares from the first values */
	ETS_HOW_CONSTANT = 2, /* a constant series: SES with alpha 0.99999 */
};

struct ets_model {
	struct ets_spec spec;
	int m;          /* seasonal period of the model: 1 when season is N */
	size_t n;       /* observations fitted */
	int how;        /* enum ets_how */
	double alpha;   /* level smoothing */
	double beta;    /* trend smoothing (error-correction form, <= alpha); NaN without trend */
	double gamma;   /* seasonal smoothing (<= 1 - alpha); NaN without season */
	double phi;     /* damping; 1 when not damped */
	int nstate;     /* 1 + (trend != N) + (season != N ? m : 0) */
	/* (n+1) x nstate, row-major: row 0 the initial state, row t the state
	 * after y[t-1].  Columns: l, b (with a trend), s1..sm (with a season;
	 * s1 the newest seasonal index, sm the one used for the next value). */
	double *states;
	double *fitted; /* n one-step fitted values */
	double *resid;  /* n innovations: y - fitted (A) or (y - fitted) / fitted (M) */
	int npar;       /* estimated parameters: smoothing + free initial states */
	double loglik;  /* as R: -0.5 * (n log(SSE) [+ 2 sum log|fitted|]) */
	double aic, aicc, bic; /* with npar + 1 parameters (sigma counts), as R */
	double sigma2;  /* sum(resid^2) / (n - npar), as R */
	double mse;     /* mean squared one-step error on the data scale */
	int nevals;     /* likelihood evaluations spent (all candidates for ets_select) */
	char name[24];  /* "ETS(M,Ad,N)" */
};

/* "MAdN" / "ANA" / "MMdM" -> SPEC.  Returns 0, or -1 when S is not a model. */
int ets_spec_parse(const char *s, struct ets_spec *spec);
/* "ETS(M,Ad,N)" into BUF (size N >= 12). */
void ets_spec_name(const struct ets_spec *spec, char *buf, size_t n);

/* Fit SPEC to Y[N] (oldest first, finite) with seasonal period M (1 when
 * the data have none; the season of SPEC must then be N).  OPT may be NULL
 * (defaults).  Initial states by R's heuristics, then parameters and
 * initial states by bounded Nelder-Mead on the likelihood.
 * Returns 0 and fills OUT (release with ets_model_release()), or:
 *   SB40_EINVAL   SPEC is not a model, is forbidden (additive error with a
 *                 multiplicative component, M,M,A), or is multiplicative
 *                 and Y has a value <= 0, or has a season and M is 1;
 *   SB40_EMISSING too few observations for SPEC (it needs more than its
 *                 number of parameters + 1, and a season needs N > M);
 *   SB40_ENOCONV  no parameter value gives a finite likelihood;
 *   SB40_ENOMEM.
 * OUT is zeroed on failure. */
int ets_fit(const double *y, size_t n, int m, const struct ets_spec *spec,
	    const struct ets_options *opt, struct ets_model *out, struct sb40_error *err);

/* Choose a model for Y[N] by AICc among the admissible ones (R's
 * ets(y, "ZZZ")): error A/M, trend N/A/Ad (and M/Md when
 * OPT->allow_mult_trend), season N/A/M when M > 1 and N > M; no
 * multiplicative component on data with a value <= 0; no additive error with
 * a multiplicative component.  Special cases as R: a constant series gives
 * ETS(A,N,N) with alpha 0.99999 (how CONSTANT); N <= 6 gives SES or Holt fitted
 * by least squares from the first values (how SHORT); N == 1 gives a flat
 * forecast with zero-width intervals.  Errors as ets_fit (SB40_EMISSING
 * for N == 0). */
int ets_select(const double *y, size_t n, int m, const struct ets_options *opt,
	       struct ets_model *out, struct sb40_error *err);

/* Forecast H steps from MOD: MEAN[h] point forecasts and, for each of
 * NLEVELS levels (percent, 0 < level < 100), LO/HI[l*h + i].
 *   Classes 1-2 (trend N/A/Ad, season N/A): the mean path and exact normal
 *   intervals (R's class1/class2, except that for a model without trend R
 *   puts gamma one step early; we use the textbook c_j).
 *   Class 3 (M error, M season, trend N/A/Ad): the mean is R's forecast
 *   mean (the noise-free path plus a sigma2 term); intervals simulated
 *   (ETS_PI_AUTO) or R's normal approximation (ETS_PI_ANALYTIC).  With a
 *   huge sigma2 the skewed paths can put the mean above the upper bounds.
 *   Multiplicative trends: the noise-free path, simulated intervals.
 * Simulation: OPT->npaths paths with N(0, sigma2) innovations (truncated at
 * -1 for a multiplicative error) from gsl_rng mt19937 seeded with SEED,
 * quantiles of type 8 as R; same input and seed, same output.  OPT may be
 * NULL; LO/HI may be NULL when NLEVELS is 0.  Returns 0, SB40_ENOMEM,
 * SB40_EINVAL (H == 0, a level out of range, a model without states, a
 * multiplicative trend that turned negative). */
int ets_forecast(const struct ets_model *mod, size_t h, const double *levels, size_t nlevels,
		 unsigned long seed, const struct ets_options *opt, double *mean, double *lo,
		 double *hi, struct sb40_error *err);

void ets_model_release(struct ets_model *mod);

/* The forecasting method (stats/fcmodel.h): ets_select() with default
 * options, then ets_forecast(); OUT->model is the chosen model's name and
 * OUT->aicc its AICc (NaN for the SHORT and CONSTANT cases).  Reproduces
 * R's ets() (same model on every M3 yearly series, forecasts to ~1e-9). */
int fc_ets(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

#endif
