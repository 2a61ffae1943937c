/* ets_fast.h - fast least-squares fits of the non-seasonal additive
 * smoothing models (SES, Holt, damped Holt) for `auto`.
 *
 * Why: `auto` combines several methods on every series and must forecast
 * 10,000 series a second on two cores; ets_fit() searches the smoothing
 * parameters and the initial states together (five dimensions for the
 * damped trend, as R does) and takes ~130 us a series.  For an additive
 * error the one-step errors are linear in the initial states, so for given
 * smoothing parameters the best initial level and trend are a 2x2 least
 * squares problem; the Nelder-Mead search then runs over the smoothing
 * parameters only (1-3 dimensions), under R's usual bounds (1e-4 <= alpha
 * <= 0.9999, 1e-4 <= beta <= alpha, 0.8 <= phi <= 0.98).  The optimum is the
 * same model class as R's ses/holt/holt(damped = TRUE), reached exactly in
 * the initial states, so SSE is never worse than ets_fit's at the same
 * smoothing parameters.
 * Intervals: the ETS(A,Ad,N) analytic variances with sigma2 = SSE / (n - k),
 * k = smoothing parameters + initial states, as R.
 * Pure computation: no I/O, no globals, no allocation.
 */
#ifndef SB40_STATS_ETS_FAST_H
#define SB40_STATS_ETS_FAST_H
#include <stddef.h>

struct ets_fast {
	int trend, damped;
	double alpha, beta, phi; /* beta 0 and phi 1 when not used */
	double l, b;             /* the states after the last value */
	double sse, sigma2;
	int npar;
};

/* Fit to Y[N]: TREND 0 (SES) or 1 (Holt; DAMPED 0 or 1).  Needs N > npar + 1
 * (SES 4, Holt 6, damped 7 values).  Returns 0, or -1 when too short. */
int ets_fast_fit(const double *y, size_t n, int trend, int damped, struct ets_fast *out);

/* MEAN[H] and standard deviations SD[H] (SD may be NULL). */
void ets_fast_forecast(const struct ets_fast *f, size_t h, double *mean, double *sd);

#endif
