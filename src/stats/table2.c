/* table2.c - linear trend by OLS on t = 1..n (see table2.h). */
#include <math.h>
#include <stdlib.h>
#include "stats/ols.h"
#include "stats/table2.h"

int t2_trend_fit(const double *y, size_t n, size_t h, struct t2_trend *tr, double *fc,
		 struct sb40_error *err)
{
	struct ols m = {0};
	static const char *const names[] = {"t"};
	double *t;
	int rc;
	if (n < 2)
		return error_set(err, SB40_EMISSING, "a linear trend needs at least 2 values, got %zu", n);
	t = malloc(n * sizeof *t);
	if (!t)
		return error_set(err, SB40_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		t[i] = (double)(i + 1);
	const double *const x[] = {t};
	struct ols_spec s = {y, "y", x, names, n, 1, 1};
	if (n == 2) {
		/* OLS needs n > k; two points define the line exactly */
		tr->b = y[1] - y[0];
		tr->a = y[0] - tr->b;
		tr->r2 = tr->se_b = NAN;
		rc = 0;
	} else {
		rc = ols_fit(&m, &s, err);
		if (!rc) {
			tr->a = m.coef[0];
			tr->b = m.coef[1];
			tr->r2 = m.r2;
			tr->se_b = m.se[1];
		}
	}
	if (!rc)
		for (size_t i = 0; i < h; i++)
			fc[i] = tr->a + tr->b * (double)(n + i + 1);
	ols_release(&m);
	free(t);
	return rc;
}

double t2_pct_of(double from, double to)
{
	return from != 0 ? 100.0 * to / from : NAN;
}
