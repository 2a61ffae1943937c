/* accuracy.h - forecast accuracy as the M4 competition measures it.
 *
 * Why: the backtester, `sb40 forecast --backtest` and the M3 benchmark must
 * score forecasts the way the field compares methods, so that our figures
 * sit beside the published ones (../shared/tools/m3eval.py is the reference;
 * tests/unit/test_accuracy.c checks against it).  Pure functions on arrays.
 *
 * Definitions (M4 Competitor's Guide, "Benchmarks and Evaluation.R"):
 *   sMAPE = mean_t 200 |y_t - f_t| / (|y_t| + |f_t|), a point where both are
 *           0 counting 0;
 *   MASE  = mean_t |y_t - f_t| / scale, scale = the in-sample mean of
 *           |x_t - x_{t-m}|, t = m+1..n (seasonal naive, lag m);
 *   OWA   = (sMAPE / sMAPE_naive2 + MASE / MASE_naive2) / 2;
 *   coverage = the share of y_t inside [lo_t, hi_t] (bounds included).
 * The sums are accumulated with compensation, as m3eval's math.fsum.
 */
#ifndef SB40_STATS_ACCURACY_H
#define SB40_STATS_ACCURACY_H
#include <stddef.h>

/* One point's sMAPE term (percent). */
double acc_smape_point(double y, double f);
/* Mean sMAPE of H points (NaN when H = 0). */
double acc_smape(const double *y, const double *f, size_t h);
/* MASE's scale from the N training values X at seasonal lag M (>= 1); NaN
 * when N <= M. */
double acc_mase_scale(const double *x, size_t n, int m);
/* Mean |y - f| / SCALE over H points (NaN when H = 0 or SCALE is not > 0). */
double acc_mase(const double *y, const double *f, size_t h, double scale);
/* Share (0..1) of the H values Y inside [LO, HI]. */
double acc_coverage(const double *y, const double *lo, const double *hi, size_t h);
/* Overall weighted average against Naive2's sMAPE and MASE. */
double acc_owa(double smape, double mase, double smape_naive2, double mase_naive2);

/* Naive2 of the M4 benchmarks: if M > 1 and the series passes the 90%
 * seasonality test at lag M (N >= 3M, |r_M| > 1.645/sqrt(N) *
 * sqrt(1 + 2 sum_{k<M} r_k^2)), the last value adjusted by the classical
 * multiplicative decomposition's seasonal index, carried forward and
 * re-seasonalised; otherwise the last value.  Writes H forecasts to F.
 * Returns 1 when the series was found seasonal, else 0. */
int acc_naive2(const double *x, size_t n, int m, size_t h, double *f);

#endif
