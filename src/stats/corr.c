/* corr.c - Pearson correlations and their t-test p-values. */
#include "stats/corr.h"
#include "stats/ols.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const char *vname(const char *const *names, size_t j, char *buf, size_t n)
{
	if (names && names[j])
		return names[j];
	snprintf(buf, n, "v%zu", j + 1);
	return buf;
}

int corr_pearson(const double *const *x, size_t n, size_t nvar, const char *const *names,
		 double *r, double *p, struct sb40_error *err)
{
	long double *mean = NULL, *ss = NULL;
	char nb[32];
	int rc = 0;

	if (n < 3)
		return error_set(err, SB40_EMISSING,
				 "too few observations for a correlation: %zu (need at least 3)", n);
	mean = calloc(nvar + 1, sizeof *mean);
	ss = calloc(nvar + 1, sizeof *ss);
	if (!mean || !ss) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t j = 0; j < nvar; j++) {
		long double m = 0, corr = 0, s = 0;
		for (size_t i = 0; i < n; i++) {
			if (!isfinite(x[j][i])) {
				rc = error_set(err, SB40_EMISSING,
					       "missing value in \"%s\" at observation %zu",
					       vname(names, j, nb, sizeof nb), i + 1);
				goto out;
			}
			m += x[j][i];
		}
		m /= (long double)n;
		for (size_t i = 0; i < n; i++)
			corr += x[j][i] - m;
		m += corr / (long double)n;
		for (size_t i = 0; i < n; i++)
			s += (x[j][i] - m) * (x[j][i] - m);
		if (s == 0) {
			rc = error_set(err, SB40_ESINGULAR,
				       "\"%s\" is constant, so its correlation is undefined",
				       vname(names, j, nb, sizeof nb));
			goto out;
		}
		mean[j] = m;
		ss[j] = s;
	}
	double df = (double)n - 2;
	for (size_t a = 0; a < nvar; a++) {
		r[a * nvar + a] = 1;
		p[a * nvar + a] = 0;
		for (size_t b = a + 1; b < nvar; b++) {
			long double sxy = 0;
			for (size_t i = 0; i < n; i++)
				sxy += (x[a][i] - mean[a]) * (x[b][i] - mean[b]);
			double v = (double)(sxy / sqrtl(ss[a] * ss[b]));
			v = fmax(-1.0, fmin(1.0, v));
			double pv = 0;
			if (fabs(v) < 1)
				pv = ols_t_pvalue(v * sqrt(df / ((1 - v) * (1 + v))), df);
			r[a * nvar + b] = r[b * nvar + a] = v;
			p[a * nvar + b] = p[b * nvar + a] = pv;
		}
	}
out:
	free(mean);
	free(ss);
	return rc;
}
