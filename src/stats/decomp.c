/* decomp.c - seasonality test and multiplicative decomposition (see decomp.h). */
#include "stats/decomp.h"
#include <math.h>

/* R's acf(y, lag.max = m)$acf[k], k = 1..m, into R[1..m]. */
static void acf(const double *y, size_t n, int m, double *r)
{
	double mean = 0.0, c0 = 0.0;
	for (size_t t = 0; t < n; t++)
		mean += y[t];
	mean /= (double)n;
	for (size_t t = 0; t < n; t++)
		c0 += (y[t] - mean) * (y[t] - mean);
	for (int k = 1; k <= m; k++) {
		double c = 0.0;
		for (size_t t = 0; t + (size_t)k < n; t++)
			c += (y[t] - mean) * (y[t + (size_t)k] - mean);
		r[k] = c0 > 0.0 ? c / c0 : 0.0;
	}
}

int decomp_seasonal(const double *y, size_t n, int m, int rule)
{
	double r[64], s = 1.0;
	if (m < 2 || m > 60)
		return 0;
	if (rule == DECOMP_M4 ? n < 3 * (size_t)m : n <= 2 * (size_t)m)
		return 0;
	for (size_t t = 0; t < n; t++)
		if (!(y[t] > 0.0))
			return 0;
	{ /* constant: no test (thetaf's is.constant) */
		size_t t = 1;
		while (t < n && y[t] == y[0])
			t++;
		if (t == n)
			return 0;
	}
	acf(y, n, m, r);
	for (int k = 1; k < m; k++)
		s += 2.0 * r[k] * r[k];
	return fabs(r[m]) > 1.6448536269514722 * sqrt(s / (double)n);
}

int decomp_mult(const double *y, size_t n, int m, double *idx)
{
	double sum[64], tot = 0.0;
	int cnt[64];
	size_t half = (size_t)m / 2;

	if (m < 2 || m > 60 || n < 2 * (size_t)m)
		return -1;
	for (int i = 0; i < m; i++) {
		sum[i] = 0.0;
		cnt[i] = 0;
	}
	/* centred moving average: weights 1/m (odd m) or (1/2, 1, ..., 1, 1/2)/m */
	for (size_t t = half; t + half < n; t++) {
		double tr = 0.0;
		if (m % 2) {
			for (size_t j = t - half; j <= t + half; j++)
				tr += y[j];
		} else {
			tr = 0.5 * (y[t - half] + y[t + half]);
			for (size_t j = t - half + 1; j < t + half; j++)
				tr += y[j];
		}
		tr /= m;
		if (!(tr > 0.0))
			return -1;
		sum[t % (size_t)m] += y[t] / tr;
		cnt[t % (size_t)m]++;
	}
	for (int i = 0; i < m; i++) {
		if (!cnt[i])
			return -1;
		idx[i] = sum[i] / cnt[i];
		tot += idx[i];
	}
	tot /= m;
	for (int i = 0; i < m; i++) {
		idx[i] /= tot;
		if (!(fabs(idx[i]) >= 1e-4) || !isfinite(idx[i]))
			return -1;
	}
	return 0;
}
