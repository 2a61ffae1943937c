/* accuracy.c - sMAPE, MASE, coverage, OWA and Naive2 (see accuracy.h). */
#include <math.h>
#include <stdlib.h>
#include "stats/accuracy.h"

/* Neumaier's compensated sum, close to math.fsum for these short sums. */
struct ksum {
	double s, c;
};

static void ks_add(struct ksum *k, double v)
{
	double t = k->s + v;
	if (fabs(k->s) >= fabs(v))
		k->c += (k->s - t) + v;
	else
		k->c += (v - t) + k->s;
	k->s = t;
}

static double ks_val(const struct ksum *k)
{
	return k->s + k->c;
}

double acc_smape_point(double y, double f)
{
	double d = fabs(y) + fabs(f);
	return d > 0 ? 200.0 * fabs(y - f) / d : 0.0;
}

double acc_smape(const double *y, const double *f, size_t h)
{
	struct ksum k = {0, 0};
	if (!h)
		return NAN;
	for (size_t i = 0; i < h; i++)
		ks_add(&k, acc_smape_point(y[i], f[i]));
	return ks_val(&k) / (double)h;
}

double acc_mase_scale(const double *x, size_t n, int m)
{
	struct ksum k = {0, 0};
	size_t lag = m > 0 ? (size_t)m : 1;
	if (n <= lag)
		return NAN;
	for (size_t t = lag; t < n; t++)
		ks_add(&k, fabs(x[t] - x[t - lag]));
	return ks_val(&k) / (double)(n - lag);
}

double acc_mase(const double *y, const double *f, size_t h, double scale)
{
	struct ksum k = {0, 0};
	if (!h || !(scale > 0) || !isfinite(scale))
		return NAN;
	for (size_t i = 0; i < h; i++)
		ks_add(&k, fabs(y[i] - f[i]) / scale);
	return ks_val(&k) / (double)h;
}

double acc_coverage(const double *y, const double *lo, const double *hi, size_t h)
{
	size_t in = 0;
	if (!h)
		return NAN;
	for (size_t i = 0; i < h; i++)
		in += y[i] >= lo[i] && y[i] <= hi[i];
	return (double)in / (double)h;
}

double acc_owa(double smape, double mase, double smape_naive2, double mase_naive2)
{
	return 0.5 * (smape / smape_naive2 + mase / mase_naive2);
}

/* Sample autocorrelation at lag K as R's stats::acf; NaN for a constant X. */
static double acf(const double *x, size_t n, size_t k)
{
	struct ksum mu = {0, 0}, c0 = {0, 0}, ck = {0, 0};
	for (size_t t = 0; t < n; t++)
		ks_add(&mu, x[t]);
	double m = ks_val(&mu) / (double)n;
	for (size_t t = 0; t < n; t++)
		ks_add(&c0, (x[t] - m) * (x[t] - m));
	if (ks_val(&c0) == 0)
		return NAN;
	for (size_t t = 0; t + k < n; t++)
		ks_add(&ck, (x[t] - m) * (x[t + k] - m));
	return ks_val(&ck) / ks_val(&c0);
}

static int seasonal(const double *x, size_t n, int m)
{
	size_t mm = (size_t)m;
	double s2 = 0, lagmax = floor(10 * log10((double)n));
	if (n < 3 * mm || (lagmax < (double)(n - 1) ? lagmax : (double)(n - 1)) < (double)m)
		return 0;
	double rm = acf(x, n, mm);
	for (size_t k = 1; k < mm; k++) {
		double r = acf(x, n, k);
		if (isnan(r))
			return 0;
		s2 += r * r;
	}
	if (isnan(rm))
		return 0;
	return fabs(rm) > 1.645 / sqrt((double)n) * sqrt(1.0 + 2.0 * s2);
}

/* The seasonal indices of stats::decompose(type = "multiplicative"),
 * normalised to mean 1: FIG[0..M-1] by position t mod M. */
static int seasonal_figure(const double *x, size_t n, int m, double *fig)
{
	size_t mm = (size_t)m, nf = mm % 2 ? mm : mm + 1, o = nf / 2;
	double *filt = malloc(nf * sizeof *filt);
	double fm = 0;
	if (!filt)
		return -1;
	for (size_t j = 0; j < nf; j++)
		filt[j] = mm % 2 ? 1.0 / m : (j == 0 || j == nf - 1) ? 0.5 / m : 1.0 / m;
	for (size_t r = 0; r < mm; r++) {
		struct ksum s = {0, 0};
		size_t cnt = 0;
		for (size_t i = r; i < n; i += mm) {
			if (i + o < nf - 1 || i + o >= n)
				continue;
			double tr = 0, v;
			for (size_t j = 0; j < nf; j++)
				tr += filt[j] * x[i + o - j];
			v = tr != 0 ? x[i] / tr : x[i] ? copysign(INFINITY, x[i]) : NAN;
			if (isnan(v))
				continue;
			ks_add(&s, v);
			cnt++;
		}
		fig[r] = cnt ? ks_val(&s) / (double)cnt : NAN;
		fm += fig[r];
	}
	fm /= m;
	for (size_t r = 0; r < mm; r++)
		fig[r] /= fm;
	free(filt);
	return 0;
}

int acc_naive2(const double *x, size_t n, int m, size_t h, double *f)
{
	if (m > 1 && n > 0 && seasonal(x, n, m)) {
		double *fig = malloc((size_t)m * sizeof *fig);
		if (fig && !seasonal_figure(x, n, m, fig)) {
			size_t mm = (size_t)m;
			double last = x[n - 1] / fig[(n - 1) % mm];
			/* the last M indices, in order, then repeated */
			for (size_t k = 0; k < h; k++)
				f[k] = last * fig[(n - mm + k % mm) % mm];
			free(fig);
			return 1;
		}
		free(fig);
	}
	for (size_t k = 0; k < h; k++)
		f[k] = n ? x[n - 1] : NAN;
	return 0;
}
