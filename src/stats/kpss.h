/* kpss.h - the KPSS stationarity test and the number of differences it
 * asks for, as forecast::ndiffs(x, test = "kpss") with urca::ur.kpss.
 *
 * Why: auto.arima chooses the order of differencing d by repeated KPSS
 * tests (null hypothesis: level stationarity); a separate module because
 * other methods (e.g. a trend test for `auto`) may use the test too.
 *
 * Pure computation; the input is borrowed and never changed.
 */
#ifndef SB40_STATS_KPSS_H
#define SB40_STATS_KPSS_H
#include <stddef.h>

/* The KPSS level-stationarity statistic of X[0..N-1] with LAGS Bartlett
 * lags (urca's type "mu"): sum of squared partial sums of the demeaned
 * series / n^2, over the long-run variance.  NaN when N == 0 or the
 * variance is 0. */
double kpss_stat(const double *x, size_t n, int lags);

/* The p-value of a "mu" statistic, interpolated linearly in urca's table of
 * critical values (0.347, 0.463, 0.574, 0.739 at 10%, 5%, 2.5%, 1%) and
 * clamped to [0.01, 0.10], as forecast's urca_pval().  NaN for NaN. */
double kpss_pvalue(double stat);

/* forecast::ndiffs: difference X until the KPSS test (lags
 * trunc(3 sqrt(n) / 13)) no longer rejects at ALPHA (clamped to
 * [0.01, 0.10]) or MAX_D is reached; a constant series needs none.
 * Returns d in 0..MAX_D, or -1 when out of memory. */
int kpss_ndiffs(const double *x, size_t n, double alpha, int max_d);

#endif
