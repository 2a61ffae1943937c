/* arima_stl.c - STL and seasonal strength.  See arima_stl.h.
 *
 * The procedure is the published one (inner loop: detrend, smooth each
 * cycle-subseries by loess and extend it one period at both ends, low-pass
 * filter it by moving averages of lengths np, np, 3 and a loess, take the
 * difference as the seasonal, deseasonalise and smooth the trend by loess);
 * loess fits are computed every `jump` points and interpolated linearly in
 * between, as in the reference implementation that R uses.  Positions are
 * 1-based inside this file, as in the paper.
 */
#include "stats/arima_stl.h"
#include "stats/arima_int.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Loess estimate at position XS from Y[NLEFT..NRIGHT] (1-based), window LEN,
 * degree IDEG (0 or 1), tricube weights into W.  Returns 0 when all weights
 * vanish. */
static int loess_at(const double *y, int n, int len, int ideg, double xs, int nleft,
		    int nright, double *w, double *ys)
{
	double range = (double)n - 1.0;
	double h = fmax(xs - nleft, nright - xs);
	if (len > n)
		h += (double)((len - n) / 2);
	double h9 = 0.999999 * h, h1 = 0.000001 * h;
	double a = 0;
	for (int j = nleft; j <= nright; j++) {
		double r = fabs(j - xs);
		w[j - 1] = 0;
		if (r <= h9) {
			if (r <= h1) {
				w[j - 1] = 1;
			} else {
				double t = r / h;
				t = 1 - t * t * t;
				w[j - 1] = t * t * t;
			}
			a += w[j - 1];
		}
	}
	if (a <= 0)
		return 0;
	for (int j = nleft; j <= nright; j++)
		w[j - 1] /= a;
	if (h > 0 && ideg > 0) {
		a = 0;
		for (int j = nleft; j <= nright; j++)
			a += w[j - 1] * j;
		double b = xs - a, c = 0;
		for (int j = nleft; j <= nright; j++)
			c += w[j - 1] * (j - a) * (j - a);
		if (sqrt(c) > 0.001 * range) {
			b /= c;
			for (int j = nleft; j <= nright; j++)
				w[j - 1] *= b * (j - a) + 1;
		}
	}
	double v = 0;
	for (int j = nleft; j <= nright; j++)
		v += w[j - 1] * y[j - 1];
	*ys = v;
	return 1;
}

/* Loess smoothing of Y[0..n-1] into YS, computed every JUMP points. */
static void loess_smooth(const double *y, int n, int len, int ideg, int jump, double *ys,
			 double *w)
{
	if (n < 2) {
		ys[0] = y[0];
		return;
	}
	int nj = jump < n - 1 ? jump : n - 1;
	int nleft = 1, nright = n;
	if (len >= n) {
		for (int i = 1; i <= n; i += nj)
			if (!loess_at(y, n, len, ideg, i, 1, n, w, &ys[i - 1]))
				ys[i - 1] = y[i - 1];
	} else if (nj == 1) {
		int nsh = (len + 1) / 2;
		nleft = 1;
		nright = len;
		for (int i = 1; i <= n; i++) {
			if (i > nsh && nright != n) {
				nleft++;
				nright++;
			}
			if (!loess_at(y, n, len, ideg, i, nleft, nright, w, &ys[i - 1]))
				ys[i - 1] = y[i - 1];
		}
	} else {
		int nsh = (len + 1) / 2;
		for (int i = 1; i <= n; i += nj) {
			if (i < nsh) {
				nleft = 1;
				nright = len;
			} else if (i >= n - nsh + 1) {
				nleft = n - len + 1;
				nright = n;
			} else {
				nleft = i - nsh + 1;
				nright = len + i - nsh;
			}
			if (!loess_at(y, n, len, ideg, i, nleft, nright, w, &ys[i - 1]))
				ys[i - 1] = y[i - 1];
		}
	}
	if (nj != 1) {
		for (int i = 1; i <= n - nj; i += nj) {
			double delta = (ys[i + nj - 1] - ys[i - 1]) / nj;
			for (int j = i + 1; j <= i + nj - 1; j++)
				ys[j - 1] = ys[i - 1] + delta * (j - i);
		}
		int k = ((n - 1) / nj) * nj + 1;
		if (k != n) {
			if (!loess_at(y, n, len, ideg, n, nleft, nright, w, &ys[n - 1]))
				ys[n - 1] = y[n - 1];
			if (k != n - 1) {
				double delta = (ys[n - 1] - ys[k - 1]) / (n - k);
				for (int j = k + 1; j <= n - 1; j++)
					ys[j - 1] = ys[k - 1] + delta * (j - k);
			}
		}
	}
}

/* Moving average of length LEN: AVE[0..n-len] */
static void moving_avg(const double *x, int n, int len, double *ave)
{
	double v = 0;
	for (int i = 0; i < len; i++)
		v += x[i];
	ave[0] = v / len;
	for (int j = 1, k = len, m = 0; j <= n - len; j++, k++, m++) {
		v = v - x[m] + x[k];
		ave[j] = v / len;
	}
}

/* Smooth each cycle-subseries of Y (period NP) and extend it by one value
 * at both ends: SEASON has n + 2 np values.  W1..W4 are n-sized scratch. */
static void cycle_smooth(const double *y, int n, int np, int ns, int isdeg, int nsjump,
			 double *season, double *w1, double *w2, double *w4)
{
	for (int j = 1; j <= np; j++) {
		int k = (n - j) / np + 1;
		for (int i = 1; i <= k; i++)
			w1[i - 1] = y[(i - 1) * np + j - 1];
		loess_smooth(w1, k, ns, isdeg, nsjump, w2 + 1, w4);
		int nright = ns < k ? ns : k;
		if (!loess_at(w1, k, ns, isdeg, 0.0, 1, nright, w4, &w2[0]))
			w2[0] = w2[1];
		int nleft = 1 > k - ns + 1 ? 1 : k - ns + 1;
		if (!loess_at(w1, k, ns, isdeg, k + 1.0, nleft, k, w4, &w2[k + 1]))
			w2[k + 1] = w2[k];
		for (int m = 1; m <= k + 2; m++)
			season[(m - 1) * np + j - 1] = w2[m - 1];
	}
}

static int nextodd(double x)
{
	int v = (int)lround(x);
	return v % 2 == 0 ? v + 1 : v;
}

int arima_stl(const double *y, size_t nn, int np, int swindow, double *season, double *trend)
{
	if (np < 2 || nn <= 2 * (size_t)np || nn > 10000000)
		return -1;
	int n = (int)nn;
	int ns = swindow, nt = nextodd(ceil(1.5 * np / (1 - 1.5 / swindow))), nl = nextodd(np);
	int nsjump = (ns + 9) / 10, ntjump = (nt + 9) / 10, nljump = (nl + 9) / 10;
	/* the reference code's guards: windows at least 3 and odd */
	if (ns < 3)
		ns = 3;
	if (nt < 3)
		nt = 3;
	if (nl < 3)
		nl = 3;
	if (ns % 2 == 0)
		ns++;
	if (nt % 2 == 0)
		nt++;
	if (nl % 2 == 0)
		nl++;
	size_t len = (size_t)n + 2 * (size_t)np;
	double *wk = malloc(5 * len * sizeof *wk);
	if (!wk)
		return -1;
	double *w1 = wk, *w2 = wk + len, *w3 = w2 + len, *w4 = w3 + len, *w5 = w4 + len;
	for (int i = 0; i < n; i++)
		trend[i] = 0;
	for (int it = 0; it < 2; it++) {  /* inner = 2, outer = 0 */
		for (int i = 0; i < n; i++)
			w1[i] = y[i] - trend[i];
		cycle_smooth(w1, n, np, ns, 0, nsjump, w2, w3, w4, w5);
		/* low-pass filter of the extended seasonal */
		moving_avg(w2, n + 2 * np, np, w3);
		moving_avg(w3, n + np + 1, np, w1);
		moving_avg(w1, n + 2, 3, w3);
		loess_smooth(w3, n, nl, 1, nljump, w1, w5);
		for (int i = 0; i < n; i++)
			season[i] = w2[np + i] - w1[i];
		for (int i = 0; i < n; i++)
			w1[i] = y[i] - season[i];
		loess_smooth(w1, n, nt, 1, ntjump, trend, w3);
	}
	free(wk);
	return 0;
}

static double variance(const double *x, size_t n)
{
	double m = 0, s = 0;
	for (size_t i = 0; i < n; i++)
		m += x[i];
	m /= (double)n;
	for (size_t i = 0; i < n; i++)
		s += (x[i] - m) * (x[i] - m);
	return s / (double)(n - 1);
}

double arima_seasonal_strength(const double *y, size_t n, int period)
{
	double st = NAN;
	double *s = malloc(3 * n * sizeof *s);
	if (!s)
		return NAN;
	double *t = s + n, *r = t + n;
	if (arima_stl(y, n, period, 11, s, t) != 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		r[i] = y[i] - s[i] - t[i];
	double vr = variance(r, n);
	for (size_t i = 0; i < n; i++)
		t[i] = r[i] + s[i];
	double vrs = variance(t, n);
	st = 1 - vr / vrs;
	if (isnan(st))
		goto out;
	st = st < 0 ? 0 : st > 1 ? 1 : st;
out:
	free(s);
	return st;
}

int arima_nsdiffs(const double *y, size_t n, int m, double threshold, double *strength)
{
	if (strength)
		*strength = NAN;
	if (m < 2 || arima_is_constant(y, n) || (size_t)m >= n || n <= 2 * (size_t)m)
		return 0;
	double st = arima_seasonal_strength(y, n, m);
	if (strength)
		*strength = st;
	return st > threshold ? 1 : 0;
}
