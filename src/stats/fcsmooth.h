/* fcsmooth.h - simple exponential smoothing, Holt, damped Holt and the M4
 * benchmark combination of the three (comb).
 *
 * Why: these are the workhorses of short business series and the M3/M4
 * benchmarks.  They are R's forecast::ses, holt and holt(damped = TRUE):
 * ETS(A,N,N), ETS(A,A,N), ETS(A,Ad,N) fitted by stats/ets.h (for an
 * additive error the likelihood is n log(SSE), so maximum likelihood and
 * R's opt.crit = "mse" have the same optimum), with ETS's analytic
 * intervals.  comb is the M4 competition's "Comb S-H-D": the mean of the
 * three forecasts on data seasonally adjusted when the M4 90% test says so
 * (stats/decomp.h), reseasonalised; its intervals are the means of the
 * three methods' bounds (quantile averaging; documented in
 * docs/forecast-methods.md).
 *
 * Defined answers for every input: a constant series gives a flat
 * forecast with zero-width intervals; too short a series for the model
 * (ses < 4 values, holt < 6, damped < 7) or a fit that fails falls back to
 * naive (ses) or drift (holt, damped) with the model name saying so.
 *
 * fcs_fixed() is the building block the theta and auto modules use too.
 * Pure computation: no I/O, no globals; arrays belong to the caller.
 */
#ifndef SB40_STATS_FCSMOOTH_H
#define SB40_STATS_FCSMOOTH_H
#include "stats/ets.h"
#include "stats/fcmodel.h"

int fc_ses(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_holt(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_damped(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_comb(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

/* Forecast RQ->h steps of Y[N] (not necessarily RQ->y) with ETS model SPEC
 * ("ANN", "AAN", "AAdN"; OPT NULL: R's ets() options, fcs_options(): its ses() and
 * holt()) into OUT (an
 * initialised result with RQ's h and levels), with the fallbacks above.
 * ALPHA and SIGMA2 (may be NULL) receive the fitted values (alpha 1,
 * sigma2 0 for a flat fallback).  Returns 0 or SB40_ENOMEM. */
/* The options of R's ses() and holt(): ets_options_init() with the MSE
 * as the criterion (opt.crit = "mse"). */
void fcs_options(struct ets_options *opt);

int fcs_fixed(const struct fc_request *rq, const double *y, size_t n, const char *spec,
	      const struct ets_options *opt, struct fc_result *out, double *alpha, double *sigma2,
	      struct sb40_error *err);

/* Seasonal adjustment as the M4 benchmarks do it: when decomp_seasonal(Y,
 * N, M, RULE) passes and decomp_mult() succeeds, write Y / index into ADJ[N]
 * and the indexes into IDX[M] and return 1; otherwise copy Y into ADJ and
 * return 0. */
int fcs_seasadj(const double *y, size_t n, int m, int rule, double *adj, double *idx);
/* Multiply OUT's mean and bounds by the future indexes after N values. */
void fcs_reseason(struct fc_result *out, const double *idx, size_t n, int m);

#endif
