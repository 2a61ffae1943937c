/* kpss.c - KPSS test and forecast::ndiffs.  See kpss.h. */
#include "stats/kpss.h"
#include "stats/arima_int.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

double kpss_stat(const double *x, size_t n, int lags)
{
	if (n == 0)
		return NAN;
	double mean = 0;
	for (size_t i = 0; i < n; i++)
		mean += x[i];
	mean /= (double)n;
	double S = 0, num = 0, s2 = 0;
	for (size_t i = 0; i < n; i++) {
		double e = x[i] - mean;
		S += e;
		num += S * S;
		s2 += e * e;
	}
	double dn = (double)n;
	num /= dn * dn;
	s2 /= dn;
	double den = s2;
	for (int k = 1; k <= lags && (size_t)k < n; k++) {
		double c = 0;
		for (size_t i = (size_t)k; i < n; i++)
			c += (x[i] - mean) * (x[i - (size_t)k] - mean);
		den += 2.0 / dn * (1.0 - (double)k / (lags + 1)) * c;
	}
	return den > 0 ? num / den : NAN;
}

double kpss_pvalue(double stat)
{
	static const double cv[4] = { 0.347, 0.463, 0.574, 0.739 };
	static const double pv[4] = { 0.10, 0.05, 0.025, 0.01 };
	if (isnan(stat))
		return NAN;
	if (stat <= cv[0])
		return pv[0];
	if (stat >= cv[3])
		return pv[3];
	int i = 0;
	while (stat > cv[i + 1])
		i++;
	return pv[i] + (pv[i + 1] - pv[i]) * (stat - cv[i]) / (cv[i + 1] - cv[i]);
}

/* 1: difference, 0: do not, -1: the test gave no answer (R's NA) */
static int kpss_rejects(const double *x, size_t n, double alpha)
{
	int lags = (int)trunc(3.0 * sqrt((double)n) / 13.0);
	double p = kpss_pvalue(kpss_stat(x, n, lags));
	if (isnan(p))
		return -1;
	return p < alpha;
}

int kpss_ndiffs(const double *x, size_t n, double alpha, int max_d)
{
	if (alpha < 0.01)
		alpha = 0.01;
	else if (alpha > 0.1)
		alpha = 0.1;
	if (n == 0 || arima_is_constant(x, n))
		return 0;
	double *w = malloc(n * sizeof *w);
	if (!w)
		return -1;
	memcpy(w, x, n * sizeof *w);
	int d = 0;
	int dodiff = kpss_rejects(w, n, alpha);
	if (dodiff < 0)
		goto out;
	while (dodiff == 1 && d < max_d) {
		d++;
		for (size_t i = 0; i + 1 < n; i++)
			w[i] = w[i + 1] - w[i];
		n--;
		if (n == 0 || arima_is_constant(w, n))
			goto out;
		dodiff = kpss_rejects(w, n, alpha);
		if (dodiff < 0) {
			d--;
			goto out;
		}
	}
out:
	free(w);
	return d;
}
