/* arima_stl.h - STL decomposition (Cleveland et al. 1990, non-robust) and
 * the seasonal strength that auto.arima uses to choose seasonal
 * differencing.
 *
 * Why: forecast::nsdiffs(test = "seas"), auto.arima's default, takes D = 1
 * when the seasonal strength of mstl(x) exceeds 0.64.  mstl() on a series
 * with one period is stl(x, s.window = 11) with R's other defaults, so this
 * is what is implemented (no robustness iterations, no missing values).
 *
 * Pure computation; inputs are borrowed, outputs are arrays the caller
 * owns and sizes (N each).
 */
#ifndef SB40_STATS_ARIMA_STL_H
#define SB40_STATS_ARIMA_STL_H
#include <stddef.h>

/* stats::stl(ts(Y, frequency = PERIOD), s.window = SWINDOW) with its
 * defaults (s.degree 0, t.degree = l.degree = 1, inner 2, outer 0, jumps
 * ceiling(window / 10)).  Needs PERIOD >= 2 and N > 2 PERIOD.
 * Returns 0, -1 on bad arguments or out of memory. */
int arima_stl(const double *y, size_t n, int period, int swindow, double *seasonal,
	      double *trend);

/* forecast's seas.heuristic: max(0, min(1, 1 - var(R) / var(R + S))) for the
 * remainder R and seasonal S of stl(y, s.window = 11).  NaN on failure. */
double arima_seasonal_strength(const double *y, size_t n, int period);

/* forecast::nsdiffs(y, test = "seas", max.D = 1) for period M: 1 when the
 * strength exceeds THRESHOLD (0.64), else 0.  *STRENGTH (may be NULL)
 * receives the strength, NaN when not computed. */
int arima_nsdiffs(const double *y, size_t n, int m, double threshold, double *strength);

#endif
