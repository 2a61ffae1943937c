/* arima_int.h - private to the arima modules: the state space form and the
 * numerical pieces shared by estimation, selection and forecasting.
 *
 * The state space form is R's makeARIMA(): for an ARMA part with expanded
 * polynomials phi (length p) and theta (length q), r = max(p, q + 1) and a
 * differencing polynomial delta (length d, "Delta" in R),
 *     state   a_t (r + d), first r elements the ARMA part (Harvey's form),
 *             the last d the previous undifferenced values;
 *     observe y_t = a_t[0] + sum delta_k a_t[r + k];
 *     move    a_{t+1} = T a_t + R e_{t+1},  R = (1, theta_1..theta_{r-1}, 0..);
 * with unit innovation variance (sigma2 is concentrated out).  The initial
 * covariance is the stationary covariance of the ARMA part and kappa = 1e6
 * on the diagonal of the differencing part (R's diffuse prior).
 *
 * Ownership: a struct arima_state owns all its arrays (one allocation); it
 * is created by arima_state_new() and freed by arima_state_free().
 */
#ifndef SB40_STATS_ARIMA_INT_H
#define SB40_STATS_ARIMA_INT_H
#include <stddef.h>
#include "stats/arima.h"

#define ARIMA_KAPPA 1e6

struct arima_state {
	int p, q, r, d, rd;  /* lengths: phi p, theta r-1 (zero padded), delta d */
	double *phi, *theta, *delta;
	double *a;           /* rd: filtered state after the last observation */
	double *P;           /* rd x rd, row-major: its covariance */
	double *Pn;          /* rd x rd: the initial (prior) covariance */
	double *anew, *M, *mm, *Pnew; /* workspace: rd, rd, rd x rd, rd x rd */
	double *work;        /* workspace for arima_state_set(): 3 r + (p+1)^2 + p+1 */
};

/* What a fitted struct arima_model keeps privately. */
enum arima_method { ARIMA_CSS_ML = 0, ARIMA_CSS = 1 };
struct arima_priv {
	struct arima_state *ss; /* filtered after the last observation */
	int method;
	int trans;              /* TCOEF holds transformed AR coefficients */
	double *tcoef;          /* the free coefficients where the optimiser stopped */
	double *parscale;       /* R's parscale of each free coefficient */
};

/* arima_fit() with a choice of METHOD: ARIMA_CSS_ML (R's default) or
 * ARIMA_CSS (conditional sum of squares only; auto.arima's approximation:
 * model->aic is then NaN and sigma2_ml the CSS residual variance). */
int arima_fit_method(const double *y, size_t n, const struct arima_spec *spec, int method,
		     struct arima_model **out, struct sb40_error *err);

/* R's checkarima() for a model fitted to Y[0..N-1]: the Hessian of the
 * objective at the optimum (R's optimhess: steps 1e-3) gives the
 * coefficients' covariance; returns 1 when every variance is a
 * non-negative number and the Hessian can be inverted, 0 otherwise. */
int arima_check_var(const double *y, size_t n, const struct arima_model *model);

/* Minimise FN(CTX, par) over PAR[0..NP-1] (in place) by R's BFGS (vmmin)
 * on PAR / SCALE, from PAR, with forward-difference gradients or, when
 * CENTRAL, R's central differences (step 1e-3).  *FMIN receives the value
 * at the end.  Returns 0 when converged, 1 when the iteration limit (100)
 * was reached (PAR is then the last iterate), -1 when the objective
 * failed: not finite at the start or a gradient not finite. */
int arima_minimize(double (*fn)(void *, const double *), void *ctx, double *par, int np,
		   const double *scale, int central, double *fmin);

/* A new state space form for expanded orders P, Q and differencing
 * polynomial DELTA (length D, copied).  NULL when out of memory. */
struct arima_state *arima_state_new(int p, int q, const double *delta, int d);
void arima_state_free(struct arima_state *s);

/* Put PHI (s->p) and THETA (Q entries, Q <= s->r - 1) into S and reset it:
 * a = 0, P = 0, Pn = stationary covariance + kappa.  Returns 0, or -1 when
 * the ARMA part has no finite stationary covariance (a unit root). */
int arima_state_set(struct arima_state *s, const double *phi, const double *theta, int q);

/* Run the Kalman filter over Y[0..N-1] (NaN = missing) from the state set
 * by arima_state_set(), as R's ARIMA_Like: *SSQ = sum of squared
 * standardised innovations, *SUMLOG = sum of log gains, *NU = their number
 * (observations whose gain is below 1e4).  RESID (may be NULL) receives the
 * standardised residuals.  Leaves the filtered state in s->a, s->P. */
void arima_kalman(struct arima_state *s, const double *y, size_t n, double *resid,
		  double *ssq, double *sumlog, int *nu);

/* The exact Gaussian likelihood of a stationary ARMA series W[0..N-1]
 * (no missing values) with expanded polynomials PHI (s->p) and THETA (Q);
 * S must have d == 0 and its arrays are used as workspace.  This is what
 * arima_kalman() gives for the undifferenced series when its diffuse prior
 * is exact (kappa -> inf), which R's kappa = 1e6 approximates to about 1e-6
 * relative.  Computed by the Chandrasekhar recursions (the covariance of a
 * filter started at the stationary covariance changes by a rank-one matrix
 * each step), O(r) per observation.  Returns 0, or -1 when the ARMA part
 * has no stationary covariance.  Used inside the optimiser only. */
int arima_like_arma(struct arima_state *s, const double *phi, const double *theta, int q,
		    const double *w, size_t n, double *ssq, double *sumlog, int *nu);

/* H forecasts from the filtered state: FC[i] = Z a, VAR[i] = Z P Z' (in
 * units of sigma2).  S is not changed.  Returns 0 or -1 (out of memory). */
int arima_kforecast(const struct arima_state *s, size_t h, double *fc, double *var);

/* The conditional sum of squares of R's ARIMA_CSS: Y differenced D times at
 * lag 1 and SD times at lag M, residuals from observation NCOND on.
 * Returns ssq / (number of residuals); RESID (may be NULL, length N)
 * receives the residuals (0 before NCOND).  WORK holds N + N doubles. */
double arima_css(const double *y, size_t n, int d, int sd, int m,
		 const double *phi, int p, const double *theta, int q, int ncond,
		 double *resid, double *work);

/* The same on the differenced series W[0..N-1], conditioning on its first
 * P values: RES (length N) receives the residuals (0 for the first P). */
double arima_css_diff(const double *w, size_t n, const double *phi, int p,
		      const double *theta, int q, double *res);

/* The AR transformation of R (partrans): tanh, then Durbin-Levinson, maps
 * any real vector to the coefficients of a stationary AR(p); its inverse. */
void arima_partrans(int p, const double *raw, double *out);
void arima_invpartrans(int p, const double *phi, double *out);

/* Expand the coefficients PAR (ar, ma, sar, sma) of SPEC into the full
 * polynomials PHI (p + m P) and THETA (q + m Q), with the AR blocks first
 * transformed by arima_partrans() when TRANS (R's ARIMA_transPars). */
void arima_expand(const struct arima_spec *spec, const double *par, int trans,
		  double *phi, double *theta);

/* The smallest modulus of the roots of 1 + SIGN * (c_1 z + ... + c_n z^n),
 * trailing coefficients with |c| <= TOL ignored; no root gives +Inf.
 * Returns 0, or -1 when the roots cannot be found. */
int arima_minroot(const double *c, int n, double sign, double tol, double *minroot);

/* R's arCheck: 1 when the AR polynomial 1 - ar_1 z - ... has all roots
 * outside the unit circle. */
int arima_ar_check(const double *ar, int p);

/* R's maInvert: reflect the roots of 1 + ma_1 z + ... inside the unit
 * circle.  Returns 0, or -1 when the roots cannot be found (MA unchanged). */
int arima_ma_invert(double *ma, int q);

/* R's forecast::is.constant: all.equal(x, rep(x[1])) with tolerance 1.5e-8. */
int arima_is_constant(const double *x, size_t n);

#endif
