/* fcauto.h - `auto`, the project's default forecasting method: a
 * combination of a few fast methods, chosen by rolling-origin evaluation on
 * the training parts of the M3 data (bench/forecast/select_auto.py; the
 * choice and the evidence are in docs/forecast-methods.md).
 *
 * How: the series is seasonally adjusted once (thetaf's 90% test, n > 2m,
 * classical multiplicative decomposition; stats/decomp.h); every component
 * forecasts the adjusted series with m = 1; the point forecasts and each
 * interval bound are combined by the median (or mean) across components, and
 * multiplied back by the seasonal indexes; `auto` then scales the combined
 * intervals' half-widths about the point forecast by a multiplier per group
 * and level, calibrated to the nominal coverage on the same hold-outs
 * (fc_auto_multiplier).  Components "ets" and "arima" are the exception: they
 * model the season themselves and see the original series.  Cheaper variants for the pool (select_auto.py's cost budget):
 * "arimas" (auto ARIMA with R's approximation, p, q <= 1, on the adjusted
 * series), "etsq" (ets_select on the adjusted series, tolerance 1e-4) and
 * "etsa" (the ses/holt/damped fit of lowest AICc, sharing those fits).  Every component has a defined answer on any input (fallbacks to
 * naive or drift on short or constant series), so `auto` never fails on a
 * finite series; zeros and negatives are never seasonally adjusted.
 * Pure computation: no I/O, no globals.
 */
#ifndef SB40_STATS_FCAUTO_H
#define SB40_STATS_FCAUTO_H
#include "stats/fcmodel.h"

int fc_auto(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

/* The multiplier `auto` applies to the combined interval's half-widths at
 * LEVEL (percent) for RQ's group (by m and n): lo' = f - k (f - lo),
 * hi' = f + k (hi - f).  The group's k80 at or below 80%, its k95 at or above
 * 95%, linear in the normal quantile in between.  (auto then widens an
 * interval where needed to contain those of the lower levels.) */
double fc_auto_multiplier(const struct fc_request *rq, double level);

/* The combination of the K components NAMES (naive, drift, linear, ses,
 * holt, damped, theta, comb, dotm, dstm, otm, arimas, etsq, etsa: fast
 * versions on adjusted data; ets, arima: the full methods) by the median
 * (MEDIAN 1) or the mean.  OUT->aicc is the component's when K is 1 (NaN for
 * methods without one), otherwise NaN.  Returns 0, SB40_EINVAL (an unknown
 * name, K of 0 or above 8), or the method's error. */
int fc_auto_combine(const struct fc_request *rq, const char *const *names, size_t k, int median,
		    struct fc_result *out, struct sb40_error *err);

#endif
