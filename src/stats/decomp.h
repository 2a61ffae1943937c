/* decomp.h - the seasonality test and classical multiplicative
 * decomposition that the Theta method and the M4 benchmarks use.
 *
 * Why: theta, comb (and Naive2 in the scorer) seasonally adjust a series
 * only when a 90% autocorrelation test at lag m says it is seasonal, then
 * divide by the indexes of R's decompose(type = "multiplicative") and
 * multiply the forecasts back.  One implementation for all of them.
 * Pure computation: no I/O, no globals; the caller owns every array.
 */
#ifndef SB40_STATS_DECOMP_H
#define SB40_STATS_DECOMP_H
#include <stddef.h>

/* The two rules for "long enough to test", as the sources have them. */
enum decomp_rule {
	DECOMP_THETAF = 0, /* R forecast::thetaf: n > 2m and not constant */
	DECOMP_M4 = 1,     /* M4 benchmark SeasonalityTest: n >= 3m */
};

/* 1 when Y[N] passes the 90% one-sided test |r_m| > 1.645 *
 * sqrt((1 + 2 sum_{k<m} r_k^2) / n) (r: R's acf), 0 otherwise (also for
 * M < 2, too short a series, or a value <= 0, which a multiplicative
 * decomposition cannot take). */
int decomp_seasonal(const double *y, size_t n, int m, int rule);

/* R's decompose(y, "multiplicative")$figure: IDX[m] seasonal indexes
 * (mean 1), IDX[(t) % m] belongs to y[t].  Needs N >= 2m and M >= 2.
 * Returns 0, or -1 when it cannot (too short, a trend value <= 0, or an
 * index below 1e-4 in absolute value, which thetaf refuses too). */
int decomp_mult(const double *y, size_t n, int m, double *idx);

/* The index for forecast step J (1-based) after N observations. */
static inline double decomp_future(const double *idx, size_t n, int m, size_t j)
{
	return idx[(n + j - 1) % (size_t)m];
}

#endif
