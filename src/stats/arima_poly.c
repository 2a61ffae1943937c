/* arima_poly.c - polynomial pieces of the ARIMA modules: R's AR
 * parameter transformation, the expansion of seasonal products, roots
 * (stationarity and invertibility checks, MA reflection) and R's test for a
 * constant series.  See arima_int.h. */
#include "stats/arima_int.h"
#include <complex.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_poly.h>
#include <math.h>
#include <string.h>

void arima_partrans(int p, const double *raw, double *out)
{
	double work[p > 0 ? p : 1];
	for (int j = 0; j < p; j++)
		work[j] = out[j] = tanh(raw[j]);
	for (int j = 1; j < p; j++) {
		double a = out[j];
		for (int k = 0; k < j; k++)
			work[k] -= a * out[j - k - 1];
		for (int k = 0; k < j; k++)
			out[k] = work[k];
	}
}

void arima_invpartrans(int p, const double *phi, double *out)
{
	double work[p > 0 ? p : 1];
	for (int j = 0; j < p; j++)
		work[j] = out[j] = phi[j];
	/* Durbin-Levinson backwards: AR coefficients to partial autocorrelations */
	for (int j = p - 1; j > 0; j--) {
		double a = out[j];
		for (int k = 0; k < j; k++)
			work[k] = (out[k] + a * out[j - k - 1]) / (1 - a * a);
		for (int k = 0; k < j; k++)
			out[k] = work[k];
	}
	for (int j = 0; j < p; j++)
		out[j] = atanh(out[j]);
}

void arima_expand(const struct arima_spec *sp, const double *par, int trans,
		  double *phi, double *theta)
{
	int mp = sp->p, mq = sp->q, msp = sp->P, msq = sp->Q, ns = sp->m;
	int p = mp + ns * msp, q = mq + ns * msq;
	double ar[mp > 0 ? mp : 1], sar[msp > 0 ? msp : 1];
	const double *ma = par + mp, *sma = par + mp + mq + msp;
	if (trans) {
		arima_partrans(mp, par, ar);
		arima_partrans(msp, par + mp + mq, sar);
	} else {
		for (int i = 0; i < mp; i++)
			ar[i] = par[i];
		for (int i = 0; i < msp; i++)
			sar[i] = par[mp + mq + i];
	}
	for (int i = 0; i < p; i++)
		phi[i] = i < mp ? ar[i] : 0.0;
	for (int i = 0; i < q; i++)
		theta[i] = i < mq ? ma[i] : 0.0;
	for (int j = 0; j < msp; j++) {
		phi[(j + 1) * ns - 1] += sar[j];
		for (int i = 0; i < mp; i++)
			phi[(j + 1) * ns + i] -= ar[i] * sar[j];
	}
	for (int j = 0; j < msq; j++) {
		theta[(j + 1) * ns - 1] += sma[j];
		for (int i = 0; i < mq; i++)
			theta[(j + 1) * ns + i] += ma[i] * sma[j];
	}
}

/* Roots of c0 + c1 z + ... + cn z^n (cn != 0, n >= 1) into Z[n]. */
static int poly_roots(const double *c, int n, double complex *z)
{
	double packed[2 * n];
	gsl_poly_complex_workspace *w = gsl_poly_complex_workspace_alloc((size_t)n + 1);
	if (!w)
		return -1;
	int rc = gsl_poly_complex_solve(c, (size_t)n + 1, w, packed);
	gsl_poly_complex_workspace_free(w);
	if (rc != GSL_SUCCESS)
		return -1;
	for (int i = 0; i < n; i++)
		z[i] = packed[2 * i] + I * packed[2 * i + 1];
	return 0;
}

int arima_minroot(const double *c, int n, double sign, double tol, double *minroot)
{
	int last = 0;
	for (int i = 0; i < n; i++)
		if (fabs(c[i]) > tol)
			last = i + 1;
	*minroot = INFINITY;
	if (last == 0)
		return 0;
	double poly[last + 1];
	double complex z[last];
	poly[0] = 1.0;
	for (int i = 0; i < last; i++)
		poly[i + 1] = sign * c[i];
	if (last == 1) {
		*minroot = fabs(1.0 / poly[1]);
		return 0;
	}
	if (poly_roots(poly, last, z) != 0)
		return -1;
	for (int i = 0; i < last; i++)
		if (cabs(z[i]) < *minroot)
			*minroot = cabs(z[i]);
	return 0;
}

int arima_ar_check(const double *ar, int p)
{
	double mr;
	if (arima_minroot(ar, p, -1.0, 0.0, &mr) != 0)
		return 0;
	return mr > 1.0;
}

int arima_ma_invert(double *ma, int q)
{
	int q0 = 0;
	for (int i = 0; i < q; i++)
		if (ma[i] != 0.0)
			q0 = i + 1;
	if (q0 == 0)
		return 0;
	double poly[q0 + 1];
	double complex z[q0], x[q0 + 1], nx[q0 + 1];
	poly[0] = 1.0;
	for (int i = 0; i < q0; i++)
		poly[i + 1] = ma[i];
	if (q0 == 1) {
		z[0] = -1.0 / ma[0];
	} else if (poly_roots(poly, q0, z) != 0) {
		return -1;
	}
	int any = 0;
	for (int i = 0; i < q0; i++)
		if (cabs(z[i]) < 1.0)
			any = 1;
	if (!any)
		return 0;
	if (q0 == 1) {
		ma[0] = 1.0 / ma[0];
		return 0;
	}
	for (int i = 0; i < q0; i++)
		if (cabs(z[i]) < 1.0)
			z[i] = 1.0 / z[i];
	/* x = prod (1 - z / root) */
	x[0] = 1.0;
	int len = 1;
	for (int k = 0; k < q0; k++) {
		for (int i = 0; i <= len; i++) {
			double complex hi = i < len ? x[i] : 0.0;
			double complex lo = i > 0 ? x[i - 1] : 0.0;
			nx[i] = hi - lo / z[k];
		}
		len++;
		memcpy(x, nx, (size_t)len * sizeof *x);
	}
	for (int i = 0; i < q0; i++)
		ma[i] = creal(x[i + 1]);
	for (int i = q0; i < q; i++)
		ma[i] = 0.0;
	return 0;
}

int arima_is_constant(const double *x, size_t n)
{
	/* all.equal.numeric: mean absolute difference over the elements that
	 * differ, relative to their mean absolute value when that exceeds the
	 * tolerance. */
	const double tol = 1.5e-8;
	double sdiff = 0, sabs = 0;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (x[i] == x[0])
			continue;
		sdiff += fabs(x[i] - x[0]);
		sabs += fabs(x[i]);
		k++;
	}
	if (k == 0)
		return 1;
	double xy = sdiff / (double)k, xn = sabs / (double)k;
	if (isfinite(xn) && xn > tol)
		xy /= xn;
	return !(xy > tol);
}
