/* dotm.h - the optimised and dynamic Theta models (DOTM, DSTM, OTM).
 *
 * Why: the standard Theta method fixes theta = 2 and takes its trend from
 * one least-squares line through the whole series.  Fiorucci, Pellegrini,
 * Louzada, Petropoulos & Koehler (2016, "Models for optimising the theta
 * method and their relationship to state space models", IJF 32(4)) write
 * it as a one-step model and free both: theta >= 1 is fitted, and in the
 * dynamic models the intercept A_t and slope B_t of the OLS line on
 * y_1..y_t are updated at every step.  DOTM (dynamic, theta fitted) was the
 * best single method of their M3 study; `auto` can combine it.
 *
 * The model (t = 2..n; A_1 = y_1, B_1 = 0):
 *   mu_t = l_{t-1} + (1 - 1/theta) [(1-alpha)^{t-1} A_{t-1}
 *                                  + (1 - (1-alpha)^t) / alpha B_{t-1}]
 *   l_t  = alpha y_t + (1 - alpha) l_{t-1}
 *   Ybar_t = ((t-1) Ybar_{t-1} + y_t) / t
 *   B_t  = ((t-2) B_{t-1} + 6 (y_t - Ybar_{t-1}) / t) / (t+1)
 *   A_t  = Ybar_t - (t+1)/2 B_t
 *   y_{n+h|n} = l_n + (1 - 1/theta) [(1-alpha)^n A_n
 *                                   + ((h-1) + (1 - (1-alpha)^{n+1}) / alpha) B_n]
 * (static models: A_n, B_n of the whole series in place of A_{t-1}, B_{t-1}).
 * (l_0, alpha, theta) minimise the in-sample one-step MSE over t = 2..n,
 * alpha in [0.1, 0.99] and theta in [1, 1e10] (the bounds of the published
 * implementations, as statsforecast's port of forecTheta has them).  mu_t is linear in l_0 and in w = 1 - 1/theta, so
 * for each alpha the best (l_0, w) is an exact 2x2 least-squares solve
 * (clamped to w in [0, 1)); alpha is found by a 20-point grid refined by
 * golden section: about 45 passes over the series, no general optimiser.
 *
 * Seasonal data: the multiplicative classical decomposition rule of theta
 * (fcs_seasadj, DECOMP_THETAF); forecasts and bounds are reseasonalised.
 * Intervals: normal, sd_h = sigma sqrt(V_h) with V_h from dotm_variances
 * (the level's response alpha per step and, in the dynamic models, the
 * responses of the line that future values update), sigma^2 = SSE / (n - 1
 * - parameters) (R's ets convention; parameters: l0, alpha and theta when
 * fitted).  Fewer than 4 values: drift (as
 * theta); a constant series: flat.
 *
 * Pure computation: no I/O, no globals.  Callers own every array.
 */
#ifndef SB40_STATS_DOTM_H
#define SB40_STATS_DOTM_H
#include <stddef.h>
#include "stats/fcmodel.h"

struct dotm_fit {
	double l0, alpha, theta, mse; /* fitted parameters, one-step MSE (t = 2..n) */
	double ln, an, bn;            /* final level, intercept and slope */
	double ybar;                  /* mean of the series (the line's running mean) */
	size_t n;
	int dynamic;
};

/* The recursive intercept and slope of the OLS line on (t, y_t), t = 1..k,
 * for k = 1..N: A[k-1], B[k-1] (A[0] = y_1, B[0] = 0). */
void dotm_ols_path(const double *y, size_t n, double *a, double *b);

/* Fit to Y[N] (N >= 4, finite): DYNAMIC 1 (A_t, B_t updated) or 0 (fixed
 * at the whole series' line); THETA > 0 fixes theta (>= 1), 0 fits it.
 * WORK holds 3 N doubles.  Returns 0, or -1 when N < 4. */
int dotm_fit(const double *y, size_t n, int dynamic, double theta, double *work,
	     struct dotm_fit *f);

/* The one-step MSE (t = 2..n) of the model at given parameters. */
double dotm_mse(const double *y, size_t n, int dynamic, double l0, double alpha, double theta);

/* Point forecasts for steps 1..H. */
void dotm_forecast(const struct dotm_fit *f, size_t h, double *mean);

/* The forecast error variances of steps 1..H in units of the one-step
 * variance: V[k-1] = sum_j psi_{k,j}^2, psi_{k,j} the response of y_{n+k}
 * to the error of step j <= k through the model's own updates (level; for
 * the dynamic models also the running mean, intercept and slope, which
 * future values move).  The model is linear in the data, so this is exact
 * given the parameters; for the static model it is 1 + (k-1) alpha^2.
 * O(H^2) operations. */
void dotm_variances(const struct dotm_fit *f, size_t h, double *v);

/* The methods: dotm (dynamic, theta fitted), dstm (dynamic, theta 2),
 * otm (static, theta fitted). */
int fc_dotm(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_dstm(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);
int fc_otm(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err);

#endif
