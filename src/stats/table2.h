/* table2.h - the article's linear-trend forecast and its derived figures.
 *
 * Why: article 001 (seeds/, Table 2) forecasts four yearly indicators with
 * a straight-line trend y = a + b t fitted by OLS on t = 1..n and quotes
 * growth rates and output per unit of cost from those forecasts.  sb40
 * reproduces that analysis for any such table (`sb40 forecast --table2`,
 * docs/forecast.md).  This module holds the arithmetic, on stats/ols, apart
 * from the forecasting methods of stats/fcmethods (the registry's own
 * `linear` method is written elsewhere and may differ in its intervals).
 * Pure; no I/O.
 */
#ifndef SB40_STATS_TABLE2_H
#define SB40_STATS_TABLE2_H
#include <stddef.h>
#include "base/error.h"

struct t2_trend {
	double a, b;    /* y = a + b t, t = 1..n */
	double r2;      /* of the fit; NaN with 2 points */
	double se_b;    /* standard error of b; NaN with 2 points */
};

/* Fit the trend on the N values Y (N >= 2) and write the H forecasts for
 * t = n+1..n+h to FC.  Errors: SB40_EMISSING for N < 2, as ols_fit(). */
int t2_trend_fit(const double *y, size_t n, size_t h, struct t2_trend *tr, double *fc,
		 struct sb40_error *err);

/* TO as a percentage of FROM (100 * to / from); NaN when FROM is 0. */
double t2_pct_of(double from, double to);

#endif
