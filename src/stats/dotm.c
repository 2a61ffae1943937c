/* dotm.c - the optimised and dynamic Theta models (see dotm.h). */
#include "stats/dotm.h"
#include "stats/decomp.h"
#include "stats/fcsimple.h"
#include "stats/fcsmooth.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define ALO 0.1
#define AHI 0.99
#define WMAX (1.0 - 1e-10) /* theta <= 1e10 */
#define NGRID 20
#define NGOLD 22

/* The OLS line's update by the value Y at time T (1-based): running mean
 * YBAR, slope B, intercept A.  It is linear without constant terms, so the
 * same step moves the derivatives of (YBAR, B, A) by a change of Y. */
static inline void line_update(double t, double y, double *ybar, double *b, double *a)
{
	*b = ((t - 2.0) * *b + 6.0 * (y - *ybar) / t) / (t + 1.0);
	*ybar = ((t - 1.0) * *ybar + y) / t;
	*a = *ybar - (t + 1.0) / 2.0 * *b;
}

/* The line's part of the one-step forecast of time t + 1 from (A, B) of
 * time t, QP = (1 - alpha)^t, Q = 1 - alpha; the forecast adds (1 - 1/theta)
 * times it to the level. */
static inline double line_part(double qp, double q, double alpha, double a, double b)
{
	return qp * a + (1.0 - qp * q) / alpha * b;
}

void dotm_ols_path(const double *y, size_t n, double *a, double *b)
{
	double ybar = y[0], bt = 0.0, at = y[0];
	a[0] = y[0];
	b[0] = 0.0;
	for (size_t k = 1; k < n; k++) {
		line_update((double)(k + 1), y[k], &ybar, &bt, &at);
		a[k] = at;
		b[k] = bt;
	}
}

/* The best (l0, w) at ALPHA (w fixed when WFIX >= 0) and its SSE over
 * t = 2..n.  A and B are the lines A_{t-1}, B_{t-1} (A[i-1] at 0-based i),
 * or the whole series' line when STATIC. */
static double profile(const double *y, size_t n, const double *a, const double *b, int stat,
		      double alpha, double wfix, double *l0o, double *wo)
{
	double q = 1.0 - alpha, L = alpha * y[0], qp = q, an = a[n - 1], bn = b[n - 1];
	double scc = 0, scd = 0, sdd = 0, scz = 0, sdz = 0, szz = 0, l0, w, sse;
	for (size_t i = 1; i < n; i++) {
		double at = stat ? an : a[i - 1], bt = stat ? bn : b[i - 1];
		double z = y[i] - L, c = qp, d = line_part(qp, q, alpha, at, bt);
		scc += c * c;
		scd += c * d;
		sdd += d * d;
		scz += c * z;
		sdz += d * z;
		szz += z * z;
		L = alpha * y[i] + q * L;
		qp *= q;
	}
	if (wfix >= 0.0) {
		w = wfix;
	} else {
		double det = scc * sdd - scd * scd;
		w = det > 1e-12 * scc * sdd ? (scc * sdz - scd * scz) / det : 0.0;
		w = w < 0.0 ? 0.0 : w > WMAX ? WMAX : w;
	}
	l0 = (scz - w * scd) / scc;
	sse = szz - 2.0 * l0 * scz - 2.0 * w * sdz + l0 * l0 * scc + 2.0 * l0 * w * scd + w * w * sdd;
	*l0o = l0;
	*wo = w;
	return sse > 0.0 ? sse : 0.0;
}

int dotm_fit(const double *y, size_t n, int dynamic, double theta, double *work,
	     struct dotm_fit *f)
{
	double *a = work, *b = work + n, wfix = theta > 0.0 ? 1.0 - 1.0 / fmax(theta, 1.0) : -1.0;
	double best = INFINITY, ba = ALO, bl = 0.0, bw = 0.0, l0, w, q;
	double lo, hi, x1, x2, f1, f2, g = (sqrt(5.0) - 1.0) / 2.0, step = (AHI - ALO) / (NGRID - 1);

	if (n < 4)
		return -1;
	dotm_ols_path(y, n, a, b);
	for (int k = 0; k < NGRID; k++) {
		double al = ALO + step * k, s = profile(y, n, a, b, !dynamic, al, wfix, &l0, &w);
		if (s < best) {
			best = s, ba = al, bl = l0, bw = w;
		}
	}
	lo = fmax(ALO, ba - step);
	hi = fmin(AHI, ba + step);
	x1 = hi - g * (hi - lo);
	x2 = lo + g * (hi - lo);
	f1 = profile(y, n, a, b, !dynamic, x1, wfix, &l0, &w);
	if (f1 < best)
		best = f1, ba = x1, bl = l0, bw = w;
	f2 = profile(y, n, a, b, !dynamic, x2, wfix, &l0, &w);
	if (f2 < best)
		best = f2, ba = x2, bl = l0, bw = w;
	for (int it = 0; it < NGOLD; it++) {
		if (f1 < f2) {
			hi = x2, x2 = x1, f2 = f1;
			x1 = hi - g * (hi - lo);
			f1 = profile(y, n, a, b, !dynamic, x1, wfix, &l0, &w);
			if (f1 < best)
				best = f1, ba = x1, bl = l0, bw = w;
		} else {
			lo = x1, x1 = x2, f1 = f2;
			x2 = lo + g * (hi - lo);
			f2 = profile(y, n, a, b, !dynamic, x2, wfix, &l0, &w);
			if (f2 < best)
				best = f2, ba = x2, bl = l0, bw = w;
		}
	}
	f->l0 = bl;
	f->alpha = ba;
	f->theta = 1.0 / (1.0 - bw);
	f->n = n;
	f->dynamic = dynamic;
	f->an = a[n - 1];
	f->bn = b[n - 1];
	q = 1.0 - ba;
	f->ln = bl;
	for (size_t t = 0; t < n; t++)
		f->ln = ba * y[t] + q * f->ln;
	f->mse = dotm_mse(y, n, dynamic, bl, ba, f->theta);
	f->ybar = 0.0;
	for (size_t t = 0; t < n; t++)
		f->ybar += y[t] / (double)n;
	return 0;
}

double dotm_mse(const double *y, size_t n, int dynamic, double l0, double alpha, double theta)
{
	double q = 1.0 - alpha, w = 1.0 - 1.0 / theta, l, ybar = y[0], at = y[0], bt = 0.0;
	double an = 0.0, bn = 0.0, sse = 0.0, qp = q;
	if (n < 2)
		return 0.0;
	if (!dynamic) { /* the whole series' line, by the direct formula */
		double tb = (n + 1) / 2.0, sxy = 0.0, sxx = 0.0, my = 0.0;
		for (size_t t = 0; t < n; t++)
			my += y[t] / (double)n;
		for (size_t t = 0; t < n; t++) {
			sxy += ((double)t + 1.0 - tb) * (y[t] - my);
			sxx += ((double)t + 1.0 - tb) * ((double)t + 1.0 - tb);
		}
		bn = sxy / sxx;
		an = my - tb * bn;
	}
	l = alpha * y[0] + q * l0;
	for (size_t k = 1; k < n; k++) {
		double t = (double)(k + 1), ta = dynamic ? at : an, tbb = dynamic ? bt : bn;
		double mu = l + w * line_part(qp, q, alpha, ta, tbb);
		sse += (y[k] - mu) * (y[k] - mu);
		l = alpha * y[k] + q * l;
		qp *= q;
		line_update(t, y[k], &ybar, &bt, &at);
	}
	return sse / (double)(n - 1);
}

void dotm_forecast(const struct dotm_fit *f, size_t h, double *mean)
{
	double q = 1.0 - f->alpha, w = 1.0 - 1.0 / f->theta, qn = pow(q, (double)f->n);
	double adj = (1.0 - qn * q) / f->alpha;
	for (size_t i = 0; i < h; i++)
		mean[i] = f->ln + w * (qn * f->an + ((double)i + adj) * f->bn);
}

void dotm_variances(const struct dotm_fit *f, size_t h, double *v)
{
	const double q = 1.0 - f->alpha, w = 1.0 - 1.0 / f->theta, n = (double)f->n;
	for (size_t k = 0; k < h; k++)
		v[k] = 0.0;
	for (size_t j = 0; j < h; j++) {
		/* the derivatives of the states by the error of step j + 1 */
		double dl = 0.0, dy = 0.0, dbar = 0.0, da = 0.0, db = 0.0;
		double qt = pow(q, n + (double)j); /* q^(T-1) at step T = n + j + 1 */
		for (size_t k = j; k < h; k++) {
			const double t = n + (double)k + 1.0; /* the time of this step */
			if (k == j)
				dy = 1.0;
			else
				dy = dl + w * line_part(qt, q, f->alpha, da, db);
			v[k] += dy * dy;
			dl = f->alpha * dy + q * dl;
			if (f->dynamic)
				line_update(t, dy, &dbar, &db, &da);
			qt *= q;
		}
	}
}

static int theta_model(const struct fc_request *rq, int dynamic, double theta, const char *name,
		       struct fc_result *out, struct sb40_error *err)
{
	size_t n = rq->n, h = rq->h;
	double idx[64], *x, sd[FC_HMAX], scale = 0.0;
	struct dotm_fit f;
	int seasonal, ok = 1, rc = fc_check(rq, err);

	if (rc)
		return rc;
	if (n < 4) {
		rc = fc_drift(rq, out, err);
		if (rc == 0 && n == 3)
			snprintf(out->model, sizeof out->model, "random walk with drift (too short for %s)",
				 name);
		return rc;
	}
	x = malloc(4 * n * sizeof *x);
	if (!x)
		return error_set(err, SB40_ENOMEM, "out of memory");
	seasonal = fcs_seasadj(rq->y, n, rq->m, DECOMP_THETAF, x, idx);
	if (fc_is_constant(x, n)) {
		fc_flat(rq, x[n - 1], "constant", out);
	} else {
		for (size_t t = 0; t < n; t++) /* unit scale: no overflow on huge values */
			scale = fmax(scale, fabs(x[t]));
		for (size_t t = 0; t < n; t++)
			x[t] /= scale;
		/* sigma^2 = SSE / (residuals - parameters), as R's ets does */
		size_t np = theta > 0.0 ? 2 : 3, df = n - 1 > np + 1 ? n - 1 - np : 1;
		double sigma2;
		dotm_fit(x, n, dynamic, theta, x + n, &f);
		dotm_forecast(&f, h, out->mean);
		dotm_variances(&f, h, sd);
		sigma2 = f.mse * (double)(n - 1) / (double)df;
		for (size_t i = 0; i < h; i++) {
			out->mean[i] *= scale;
			sd[i] = scale * sqrt(sigma2 * sd[i]);
			ok &= isfinite(out->mean[i]) && isfinite(sd[i]);
		}
		if (!ok) {
			free(x);
			return fc_naive(rq, out, err);
		}
		fc_intervals_normal(rq, sd, out);
		snprintf(out->model, sizeof out->model, "%s%s (alpha %.3f, theta %.3g)", name,
			 seasonal ? ", seasonally adjusted" : "", f.alpha, f.theta);
		out->aicc = NAN;
	}
	if (seasonal)
		fcs_reseason(out, idx, n, rq->m);
	free(x);
	return 0;
}

int fc_dotm(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return theta_model(rq, 1, 0.0, "DOTM", out, err);
}

int fc_dstm(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return theta_model(rq, 1, 2.0, "DSTM", out, err);
}

int fc_otm(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return theta_model(rq, 0, 0.0, "OTM", out, err);
}
