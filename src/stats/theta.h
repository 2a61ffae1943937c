/* theta.h - the standard Theta method.
 *
 * Why: Theta (Assimakopoulos & Nikolopoulos 2000) won the M3 competition
 * and is the benchmark every newer method is measured against.  It is
 * computed as Hyndman & Billah (2003) showed it to be, and as R's
 * forecast::thetaf (8.20) and the M4 benchmark do: when m > 1 and a 90%
 * autocorrelation test at lag m passes (n > 2m), the series is divided by
 * the indexes of a classical multiplicative decomposition; then simple
 * exponential smoothing (ETS(A,N,N)) plus a drift of half the
 * least-squares slope, b/2 (h - 1 + (1 - (1 - alpha)^n) / alpha); the
 * forecasts are multiplied back.  Intervals are thetaf's: the SES
 * standard error sqrt(sigma2 (1 + (h - 1) alpha^2)) around the
 * reseasonalised forecast.
 *
 * Departures: a series with a value <= 0 is never seasonally adjusted
 * (a multiplicative decomposition cannot take it); fewer than 4 values
 * fall back to drift (naive below 3).
 * Pure computation: no I/O, no globals.
 */
#ifndef SB40_STATS_THETA_H
#define SB40_STATS_THETA_H
#include "stats/fcmodel.h"

int fc_theta(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

/* The same; FAST (for `auto`) fits the SES by ets_fast_fit() (initial level
 * by exact least squares) instead of ets_fit(). */
int theta_forecast(const struct fc_request *rq, int fast, struct fc_result *out,
		   struct sb40_error *err);

#endif
