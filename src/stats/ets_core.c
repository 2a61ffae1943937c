/* ets_core.c - the ETS state recursion, point forecasts, initial states
 * and the admissible region (see ets_int.h).
 *
 * The recursion is R's etscalc() in the Holt-Winters error-correction form
 * (the same updates for additive and multiplicative errors; only the
 * innovation and the likelihood differ), with the seasonal indices in a
 * circular buffer instead of shifted each step, and the sum of log|f| kept
 * as one running product (mantissa and binary exponent) so that the loop
 * calls no log().  It is the inner loop of the optimiser: no allocation.
 */
#include <float.h>
#include <math.h>
#include <string.h>
#include <gsl/gsl_linalg.h>
#include "stats/ets_int.h"

void ets_state_load(const struct ets_core *c, const double *x, struct ets_state *st)
{
	const int soff = 1 + (c->trend != ETS_N);
	st->l = x[0];
	st->b = c->trend ? x[1] : 0.0;
	st->k = 0;
	if (c->season)
		for (int i = 0; i < c->m; i++)
			st->s[i] = x[soff + c->m - 1 - i];
}

void ets_state_store(const struct ets_core *c, const struct ets_state *st, double *x)
{
	const int soff = 1 + (c->trend != ETS_N), m = c->m;
	x[0] = st->l;
	if (c->trend)
		x[1] = st->b;
	if (c->season)
		for (int j = 0; j < m; j++) /* s(j+1): newest first */
			x[soff + j] = st->s[(st->k + m - 1 - j) % m];
}

/* The likelihood loop for fixed kinds (ERROR, TREND, SEASON are
 * constants at every call site, so each instance is branch-free on them).
 * Works on a local copy of the model so that the compiler keeps the
 * parameters in registers. */
static inline __attribute__((always_inline)) double
run_lik(const struct ets_core *c0, const double *x0, int error, int trend, int season)
{
	struct ets_core c = *c0;
	struct ets_state st;
	const double boa = c.alpha != 0.0 ? c.beta / c.alpha : 0.0;
	struct ets_acc a = {0.0, 1.0, 0};

	c.error = error;
	c.trend = trend;
	c.season = season;
	ets_state_load(&c, x0, &st);
	for (size_t t = 0; t < c.n; t++) {
		double q, phib, so, e, f = ets_state_forecast(&c, &st, &q, &phib, &so);
		if (trend == ETS_M && isnan(f))
			return NAN;
		if (error == ETS_A) {
			e = c.y[t] - f;
		} else {
			e = (c.y[t] - f) / f;
			ets_acc_prod(&a, fabs(f));
		}
		a.sse += e * e;
		ets_state_update(&c, &st, c.y[t], q, phib, so, boa);
	}
	return ets_acc_lik(&a, c.n, error == ETS_M);
}

#define ETS_KINDS(e, t, s) ((e) * 9 + (t) * 3 + (s))
#define ETS_CASE(e, t, s)                                                                         \
	case ETS_KINDS(e, t, s):                                                                  \
		return run_lik(c, x0, e, t, s)

/* The one-step likelihood loop, for the models without a fast path. */
static double lik_plain(const struct ets_core *c, const double *x0)
{
	switch (ETS_KINDS(c->error, c->trend, c->season)) {
		ETS_CASE(ETS_A, ETS_N, ETS_N);
		ETS_CASE(ETS_A, ETS_N, ETS_A);
		ETS_CASE(ETS_A, ETS_N, ETS_M);
		ETS_CASE(ETS_A, ETS_A, ETS_N);
		ETS_CASE(ETS_A, ETS_A, ETS_A);
		ETS_CASE(ETS_A, ETS_A, ETS_M);
		ETS_CASE(ETS_A, ETS_M, ETS_N);
		ETS_CASE(ETS_A, ETS_M, ETS_A);
		ETS_CASE(ETS_A, ETS_M, ETS_M);
		ETS_CASE(ETS_M, ETS_N, ETS_N);
		ETS_CASE(ETS_M, ETS_N, ETS_A);
		ETS_CASE(ETS_M, ETS_N, ETS_M);
		ETS_CASE(ETS_M, ETS_A, ETS_N);
		ETS_CASE(ETS_M, ETS_A, ETS_A);
		ETS_CASE(ETS_M, ETS_A, ETS_M);
		ETS_CASE(ETS_M, ETS_M, ETS_N);
		ETS_CASE(ETS_M, ETS_M, ETS_A);
		ETS_CASE(ETS_M, ETS_M, ETS_M);
	}
	return NAN;
}

double ets_core_lik(const struct ets_core *c, const double *x0, double thresh)
{
	double lik;
	if (ets_lik_fast(c, x0, thresh, &lik))
		return lik;
	return lik_plain(c, x0);
}

double ets_core_run(const struct ets_core *c, const double *x0, double *states, double *fitted,
		    double *resid)
{
	const double *y = c->y;
	const size_t n = c->n;
	const int ns = 1 + (c->trend != ETS_N) + (c->season ? c->m : 0);
	const double boa = c->alpha != 0.0 ? c->beta / c->alpha : 0.0;
	struct ets_state st;
	struct ets_acc a = {0.0, 1.0, 0};

	if (!states && !fitted && !resid)
		return ets_core_lik(c, x0, INFINITY);
	ets_state_load(c, x0, &st);
	if (states)
		memcpy(states, x0, (size_t)ns * sizeof *states);
	for (size_t t = 0; t < n; t++) {
		double q, phib, so, e, f = ets_state_forecast(c, &st, &q, &phib, &so);
		if (isnan(f))
			return NAN;
		if (c->error == ETS_A) {
			e = y[t] - f;
		} else {
			e = (y[t] - f) / f;
			ets_acc_prod(&a, fabs(f));
		}
		a.sse += e * e;
		if (fitted)
			fitted[t] = f;
		if (resid)
			resid[t] = e;
		ets_state_update(c, &st, y[t], q, phib, so, boa);
		if (states)
			ets_state_store(c, &st, states + (t + 1) * (size_t)ns);
	}
	return ets_acc_lik(&a, n, c->error == ETS_M);
}

int ets_core_forecast(const struct ets_core *c, const double *x, size_t h, double *f)
{
	const int m = c->season ? c->m : 1, tr = c->trend, se = c->season;
	const double phi = c->phi;
	const int soff = 1 + (tr != ETS_N);
	double l = x[0], b = tr ? x[1] : 0.0, phistar = phi, phipow = phi;

	for (size_t i = 0; i < h; i++) {
		double v;
		if (tr == ETS_N) {
			v = l;
		} else if (tr == ETS_A) {
			v = l + phistar * b;
		} else {
			if (b < 0.0)
				return -1;
			v = l * pow(b, phistar);
		}
		if (se) {
			/* step i+1 uses s(m - i mod m) */
			double sv = x[soff + m - 1 - (int)(i % (size_t)m)];
			v = se == ETS_A ? v + sv : v * sv;
		}
		f[i] = v;
		if (phi == 1.0) {
			phistar += 1.0;
		} else {
			phipow *= phi;
			phistar += phipow;
		}
	}
	return 0;
}

/* Classical decomposition (R's decompose()) of Y[N], N >= 2m: the seasonal
 * figure FIG[m], position 0 = the first observation's season. */
static void decompose_figure(const double *y, size_t n, int m, int mult, double *fig)
{
	double sum[ETS_MAXM] = {0}, cnt[ETS_MAXM] = {0}, mean = 0.0;
	const int even = m % 2 == 0;
	const size_t half = (size_t)m / 2;

	for (size_t i = half; i + half < n; i++) {
		double tr = 0.0;
		if (even) {
			tr = 0.5 * (y[i - half] + y[i + half]);
			for (size_t j = i - half + 1; j < i + half; j++)
				tr += y[j];
		} else {
			for (size_t j = i - half; j <= i + half; j++)
				tr += y[j];
		}
		tr /= m;
		sum[i % (size_t)m] += mult ? y[i] / tr : y[i] - tr;
		cnt[i % (size_t)m] += 1.0;
	}
	for (int j = 0; j < m; j++) {
		fig[j] = sum[j] / cnt[j];
		mean += fig[j];
	}
	mean /= m;
	for (int j = 0; j < m; j++)
		fig[j] = mult ? fig[j] / mean : fig[j] - mean;
}

/* Least squares of Y[N] on (1, t, sin 2pi t/m, cos 2pi t/m), t = 1..N
 * (R's tslm(y ~ trend + fourier(y, 1))): intercept and slope.  N <= 3m. */
static int harmonic_trend(const double *y, size_t n, int m, double *a, double *b)
{
	double xa[3 * ETS_MAXM * 4], ya[3 * ETS_MAXM], tau[4], coef[4], res[3 * ETS_MAXM];
	const size_t p = m == 2 ? 3 : 4; /* sin(pi t) is 0: R drops it */
	int rc;

	if (n > 3 * ETS_MAXM || n < p)
		return -1;
	for (size_t t = 0; t < n; t++) {
		double tt = (double)(t + 1), w = 2.0 * M_PI * tt / m;
		double *row = xa + t * p;
		row[0] = 1.0;
		row[1] = tt;
		if (p == 4) {
			row[2] = sin(w);
			row[3] = cos(w);
		} else {
			row[2] = cos(w);
		}
		ya[t] = y[t];
	}
	gsl_matrix_view X = gsl_matrix_view_array(xa, n, p);
	gsl_vector_view Y = gsl_vector_view_array(ya, n);
	gsl_vector_view T = gsl_vector_view_array(tau, p);
	gsl_vector_view C = gsl_vector_view_array(coef, p);
	gsl_vector_view R = gsl_vector_view_array(res, n);
	rc = gsl_linalg_QR_decomp(&X.matrix, &T.vector);
	if (rc == 0)
		rc = gsl_linalg_QR_lssolve(&X.matrix, &T.vector, &Y.vector, &C.vector, &R.vector);
	if (rc != 0 || !isfinite(coef[0]) || !isfinite(coef[1]))
		return -1;
	*a = coef[0];
	*b = coef[1];
	return 0;
}

int ets_core_initstate(const double *y, size_t n, int m, int trend, int season, double *x0)
{
	double seas1[ETS_MAXM]; /* seasonal index of positions 0..m-1 */
	double ysa[ETS_MAXM > 5 ? 2 * ETS_MAXM : 10];
	size_t maxn;
	int k = 0, nx = 0;

	if (!season)
		m = 1;
	maxn = (size_t)(m > 5 ? 2 * m : 10);
	if (maxn > n)
		maxn = n;
	if (season) {
		if (n < 4 || m < 2 || m > ETS_MAXM)
			return -1;
		if (n < 3 * (size_t)m) {
			double a, b;
			if (harmonic_trend(y, n, m, &a, &b) != 0)
				return -1;
			/* R keeps the whole detrended series as "seasonal" */
			for (int j = 0; j < m; j++) {
				double tr = a + b * (j + 1);
				seas1[j] = season == ETS_A ? y[j] - tr : y[j] / tr;
			}
			for (size_t t = 0; t < maxn; t++) {
				double tr = a + b * (double)(t + 1);
				double sv = season == ETS_A ? y[t] - tr : y[t] / tr;
				if (season == ETS_A)
					ysa[t] = y[t] - sv;
				else
					ysa[t] = y[t] / fmax(sv, 0.01);
			}
		} else {
			decompose_figure(y, n, m, season == ETS_M, seas1);
			for (size_t t = 0; t < maxn; t++) {
				double sv = seas1[t % (size_t)m];
				ysa[t] = season == ETS_A ? y[t] - sv : y[t] / fmax(sv, 0.01);
			}
		}
	} else {
		for (size_t t = 0; t < maxn; t++)
			ysa[t] = y[t];
	}

	if (trend == ETS_N) {
		double s = 0.0;
		for (size_t t = 0; t < maxn; t++)
			s += ysa[t];
		x0[nx++] = s / (double)maxn;
	} else {
		double mt = 0.0, my = 0.0, sxx = 0.0, sxy = 0.0, a, b;
		for (size_t t = 0; t < maxn; t++) {
			mt += (double)(t + 1);
			my += ysa[t];
		}
		mt /= (double)maxn;
		my /= (double)maxn;
		for (size_t t = 0; t < maxn; t++) {
			double dt = (double)(t + 1) - mt;
			sxx += dt * dt;
			sxy += dt * (ysa[t] - my);
		}
		b = sxx > 0.0 ? sxy / sxx : 0.0;
		a = my - b * mt;
		if (trend == ETS_A) {
			if (fabs(a + b) < 1e-8) {
				a *= 1.001;
				b *= 0.999;
			}
			x0[nx++] = a;
			x0[nx++] = b;
		} else {
			double l0 = a + b, b0;
			if (fabs(l0) < 1e-8)
				l0 = 1e-7;
			b0 = (a + 2.0 * b) / l0;
			l0 = l0 / b0;
			if (fabs(b0) > 1e10)
				b0 = b0 > 0 ? 1e10 : -1e10;
			if (l0 < 1e-8 || b0 < 1e-8) {
				l0 = fmax(ysa[0], 0.001);
				b0 = fmax(ysa[1] / ysa[0], 0.001);
			}
			x0[nx++] = l0;
			x0[nx++] = b0;
		}
	}
	if (season) {
		/* s1..s(m-1) = seasonal indices of positions m-1 .. 1 */
		double tot = 0.0;
		for (k = 0; k < m - 1; k++) {
			double v = seas1[m - 1 - k];
			if (season == ETS_M)
				v = fmax(v, 0.01);
			x0[nx + k] = v;
			tot += v;
		}
		if (season == ETS_M && tot > m)
			for (k = 0; k < m - 1; k++)
				x0[nx + k] /= tot + 0.01 * (m - 1);
		nx += m - 1;
	}
	return nx;
}

/* 1 when every root of the polynomial C[0] + C[1] z + ... + C[D] z^D
 * (C[D] != 0) lies strictly inside the circle |z| < R (Schur-Cohn test:
 * |c0| < |cD|, then the same for (cD p(z) - c0 z^D p(1/z)) / z).  The
 * comparisons do not depend on scale, so the coefficients are rescaled only
 * when they drift far from 1. */
static int roots_inside(const double *c, int d, double r)
{
	double b0[ETS_MAXM + 3], b1[ETS_MAXM + 3], *a = b0, *t = b1, rk = 1.0;

	for (int i = 0; i <= d; i++) {
		a[i] = c[i] * rk;
		rk *= r;
	}
	while (d > 0) {
		double lead = a[d], c0 = a[0], *sw;
		if (!(fabs(c0) < fabs(lead)))
			return 0;
		for (int i = 0; i < d; i++)
			t[i] = lead * a[i + 1] - c0 * a[d - 1 - i];
		d--;
		lead = fabs(t[d]);
		if (!(lead > 1e-100 && lead < 1e100)) {
			lead = 1.0 / lead;
			for (int i = 0; i <= d; i++)
				t[i] *= lead;
		}
		sw = a, a = t, t = sw;
	}
	return 1;
}

int ets_core_admissible(double alpha, double beta, double gamma, double phi, int m, int has_beta,
			int has_gamma)
{
	double p[ETS_MAXM + 2], q[ETS_MAXM + 2], d;
	int deg;

	double rphi;
	if (phi < 0.0 || phi > 1.0 + 1e-8)
		return 0;
	rphi = 1.0 / phi;
	if (!has_gamma) {
		if (alpha < 1.0 - rphi || alpha > 1.0 + rphi)
			return 0;
		if (has_beta && (beta < alpha * (phi - 1.0) || beta > (1.0 + phi) * (2.0 - alpha)))
			return 0;
		return 1;
	}
	if (m <= 1)
		return 1;
	if (!has_beta)
		beta = 0.0;
	d = 1.0 - rphi - alpha;
	if (gamma < (d > 0.0 ? d : 0.0) || gamma > 1.0 + rphi - alpha)
		return 0;
	if (alpha < 1.0 - rphi - gamma * (1.0 - m + phi + phi * m) / (2.0 * phi * m))
		return 0;
	if (beta < -(1.0 - phi) * (gamma / m + alpha))
		return 0;
	/* characteristic polynomial, increasing powers */
	p[0] = phi * (1.0 - alpha - gamma);
	p[1] = alpha + beta - alpha * phi + gamma - 1.0;
	for (int i = 2; i < m; i++)
		p[i] = alpha + beta - alpha * phi;
	p[m] = alpha + beta - phi;
	p[m + 1] = 1.0;
	deg = m + 1;
	if (beta == 0.0 && phi == 1.0) {
		/* p(1) == 0 identically: divide out the unit root R accepts */
		q[deg - 1] = p[deg];
		for (int i = deg - 1; i > 0; i--)
			q[i - 1] = p[i] + q[i];
		memcpy(p, q, (size_t)deg * sizeof *p);
		deg--;
	}
	return roots_inside(p, deg, 1.0 + 1e-10);
}
