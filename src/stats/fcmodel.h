/* fcmodel.h - the one signature every forecasting method has.
 *
 * Why: methods (naive ... theta, ets, arima, comb, auto) are written by
 * different hands and combined by `auto`, the backtester and the CLI; they
 * meet here.  Pure computation: no I/O, no globals.
 *
 * A method reads the request and fills a result the caller allocated with
 * fc_result_init(); intervals are two-sided at each level in REQ->levels
 * (percent, 0 < level < 100): lo/hi are nlevels x h, row-major by level,
 * lo[l*h + i] for step i+1.  Methods that have analytic intervals use them;
 * the others simulate from the fitted model with a generator seeded from
 * REQ->seed (same input -> same output, on every machine).
 *
 * Ownership: the request and its arrays are borrowed; the result's arrays
 * are owned by the result and freed with fc_result_release().
 */
#ifndef SB40_STATS_FCMODEL_H
#define SB40_STATS_FCMODEL_H
#include <stddef.h>
#include "base/error.h"

struct fc_request {
	const double *y;       /* observations, oldest first, all finite */
	size_t n;              /* >= 1 */
	int m;                 /* seasonal period: 1 (yearly, other) or 4 (quarterly), 12 */
	size_t h;              /* horizon, 1..100 */
	const double *levels;  /* interval levels in percent, e.g. {80, 95} */
	size_t nlevels;        /* may be 0 */
	unsigned long seed;    /* for simulated intervals */
};

struct fc_result {
	size_t h, nlevels;
	double *mean;   /* h point forecasts */
	double *lo;     /* nlevels * h lower bounds */
	double *hi;     /* nlevels * h upper bounds */
	char model[64]; /* the model actually used, e.g. "ETS(M,Ad,N)" */
	double aicc;    /* NaN when the method has no likelihood */
};

/* Allocate a result for H steps and NLEVELS levels, filled with NaN.
 * Returns 0, or SB40_ENOMEM (ERR filled). */
int fc_result_init(struct fc_result *r, size_t h, size_t nlevels, struct sb40_error *err);
void fc_result_release(struct fc_result *r);

/* The signature of a method: 0 on success; on failure ERR says why
 * (SB40_EMISSING: too few observations for this method; SB40_EINVAL: the
 * data do not suit it, e.g. non-positive values for a multiplicative model;
 * SB40_ENOCONV: the optimiser failed). */
typedef int (*fc_method_fn)(const struct fc_request *rq, struct fc_result *out,
			    struct sb40_error *err);

/* Fill OUT's intervals from normal forecast standard deviations SD[h]
 * around OUT->mean (the usual analytic case). */
void fc_intervals_normal(const struct fc_request *rq, const double *sd, struct fc_result *out);

#endif
