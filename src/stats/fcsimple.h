/* fcsimple.h - the closed-form forecasting methods: naive, seasonal naive,
 * drift, and the trend regressions (linear, quadratic, exponential).
 *
 * Why: the article forecasts with straight-line trends, and every serious
 * comparison starts from the naive benchmarks.  These have exact answers
 * (R's forecast::naive/snaive/rwf(drift = TRUE) and tslm(y ~ trend
 * [+ I(trend^2)], lambda = 0 for exponential) with lm's prediction
 * intervals), so they are written out here in closed form: no optimiser,
 * no allocation.
 *
 * Short series fall back to naive (the model name says so): drift and
 * linear need 3 values, quadratic 4, snaive a full season plus one (or
 * m > 1: with m = 1 it is naive).  Naive on one value gives zero-width
 * intervals.  exponential on a series with a value <= 0 is SB40_EINVAL.
 *
 * Also the small helpers the other method modules share (fc_flat(),
 * fc_is_constant()).  Pure computation: no I/O, no globals.
 */
#ifndef SB40_STATS_FCSIMPLE_H
#define SB40_STATS_FCSIMPLE_H
#include "stats/fcmodel.h"

/* The longest horizon the methods take (the CLI allows 100). */
#define FC_HMAX 1000

int fc_naive(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_snaive(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_drift(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_linear(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_quadratic(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_exponential(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

/* Fill OUT with the flat forecast VALUE and zero-width intervals; MODEL
 * names it.  Always succeeds. */
void fc_flat(const struct fc_request *rq, double value, const char *model, struct fc_result *out);
/* 1 when all of Y[N] are equal (to R's is.constant tolerance, 1.5e-8 relative). */
int fc_is_constant(const double *y, size_t n);
/* The request's sanity checks every method shares: N >= 1, 1 <= H <= FC_HMAX, all
 * values finite, levels in (0, 100).  0 or SB40_EMISSING / SB40_EINVAL. */
int fc_check(const struct fc_request *rq, struct sb40_error *err);

#endif
