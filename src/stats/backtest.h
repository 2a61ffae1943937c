/* backtest.h - rolling-origin evaluation of a forecasting method.
 *
 * Why: "which method should I trust on this series?" is answered by
 * forecasting its own past: for each of the last K origins the method is fit
 * on the values before the origin and forecasts up to H steps, and the
 * forecasts are scored against what happened (stats/accuracy.h).  Any
 * fc_method_fn works, so `sb40 forecast --backtest K`, `auto` and the
 * benchmark share one definition.  Pure computation.
 *
 * Origins: with N values and K origins, the training parts are the first
 * N-K, N-K+1, ..., N-1 values; from each, min(H, values left) steps are
 * scored.  sMAPE, MASE and coverage are means over all scored points (MASE
 * scaled by each origin's own training part; points whose scale is zero
 * are left out of MASE).  An origin where the method cannot run (too few
 * values) is skipped and counted; if no origin runs, that is the error.
 *
 * Ownership: arrays are borrowed; the result is a plain value.
 */
#ifndef SB40_STATS_BACKTEST_H
#define SB40_STATS_BACKTEST_H
#include <stddef.h>
#include "stats/fcmodel.h"

#define BT_MAX_LEVELS 8

struct bt_options {
	size_t origins;        /* K >= 1 */
	size_t h;              /* steps forecast from each origin, >= 1 */
	int m;                 /* seasonal period for the method and MASE's scale */
	const double *levels;  /* interval levels (percent); at most BT_MAX_LEVELS */
	size_t nlevels;
	unsigned long seed;
};

struct bt_result {
	size_t origins;        /* origins evaluated */
	size_t skipped;        /* origins where the method could not run */
	size_t points;         /* forecasts scored */
	size_t mase_points;    /* of those, with a non-zero scale */
	double smape, mase;    /* means; NaN when nothing was scored */
	double coverage[BT_MAX_LEVELS]; /* share 0..1 inside each interval */
};

/* Evaluate FN on the N values Y.  Returns 0 with R filled, or an error:
 * SB40_EINVAL (K or H is 0, too many levels), SB40_EMISSING (fewer than
 * K + 1 values, or no origin could be fitted: ERR then says why the method
 * failed at the last origin), SB40_ENOMEM, or the method's own error
 * when it fails for another reason. */
int backtest_run(const double *y, size_t n, fc_method_fn fn, const struct bt_options *o,
		 struct bt_result *r, struct sb40_error *err);

#endif
