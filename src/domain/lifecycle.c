/* lifecycle.c - the life-cycle rule of lifecycle.h on two trend tests. */
#include "domain/lifecycle.h"
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_fit.h>
#include <math.h>

const char *lifecycle_phase_name(enum lc_phase p)
{
	switch (p) {
	case LC_INTRODUCTION:
		return "introduction";
	case LC_GROWTH:
		return "growth";
	case LC_MATURITY:
		return "maturity";
	default:
		return "decline";
	}
}

/* OLS slope of Y[k] on t = 1..k, its t statistic and two-sided p-value
 * (k - 2 degrees of freedom).  An exact fit (no residual) of a non-zero
 * slope is infinitely significant; SCALE tells rounding noise from a slope. */
static void trend(const double *y, size_t k, double scale, double *b, double *t, double *p)
{
	double x[16], c0, c1, cov00, cov01, cov11, sumsq;
	for (size_t i = 0; i < k; i++)
		x[i] = (double)(i + 1);
	gsl_fit_linear(x, 1, y, 1, k, &c0, &c1, &cov00, &cov01, &cov11, &sumsq);
	double se = sqrt(cov11);
	*b = c1;
	if (fabs(c1) <= 1e-12 * scale) {
		*b = 0;
		*t = 0;
		*p = 1;
	} else if (!(se > 1e-12 * scale)) {
		*t = c1 > 0 ? INFINITY : -INFINITY;
		*p = 0;
	} else {
		*t = c1 / se;
		*p = 2 * gsl_cdf_tdist_Q(fabs(*t), (double)(k - 2));
	}
}

int lifecycle_classify(const double *y, size_t n, const struct lc_rule *rule,
		       struct lifecycle *out, struct sb40_error *err)
{
	static const struct lc_rule def = LC_RULE_DEFAULT;
	const struct lc_rule *r = rule ? rule : &def;
	double sum = 0, scale = 0;

	if (r->trend_window < 3 || r->trend_window > 16 || r->accel_window < 4 ||
	    r->accel_window > 16)
		return error_set(err, SB40_EINVAL, "life-cycle windows out of range");
	if (n < LIFECYCLE_MIN_N)
		return error_set(err, SB40_EMISSING,
				 "expected at least %d sales values to tell the life-cycle phase, got %zu",
				 LIFECYCLE_MIN_N, n);
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(y[i]) || y[i] < 0)
			return error_set(err, SB40_EINVAL,
					 "sales value %zu: expected a number 0 or more, got %g", i + 1, y[i]);
		scale = fmax(scale, y[i]);
	}
	out->k = n < r->trend_window ? n : r->trend_window;
	const double *w = y + (n - out->k);
	for (size_t i = 0; i < out->k; i++)
		sum += w[i];
	out->level = sum / (double)out->k;
	if (!(out->level > 0))
		return error_set(err, SB40_EINVAL,
				 "expected positive sales in the last %zu periods, got only zeros", out->k);
	trend(w, out->k, scale, &out->slope, &out->slope_t, &out->slope_p);
	out->growth = out->slope / out->level;
	out->cagr = w[0] > 0 ? pow(w[out->k - 1] / w[0], 1.0 / (double)(out->k - 1)) - 1 : NAN;
	out->a = n < r->accel_window ? n : r->accel_window;
	out->accel = out->accel_p = NAN;

	if (out->slope < 0 && out->slope_p < r->alpha && out->growth <= -r->flat) {
		out->phase = LC_DECLINE;
	} else if (out->slope > 0 && out->slope_p < r->alpha && out->growth >= r->flat) {
		double d[16], ct;
		const double *v = y + (n - out->a);
		for (size_t i = 0; i + 1 < out->a; i++)
			d[i] = v[i + 1] - v[i];
		trend(d, out->a - 1, scale, &out->accel, &ct, &out->accel_p);
		if (out->accel > 0 && out->accel_p < r->alpha &&
		    v[0] <= r->intro_base * v[out->a - 1])
			out->phase = LC_INTRODUCTION;
		else if (out->accel < 0 && out->accel_p < r->alpha &&
			 (y[n - 1] - y[n - 3]) / 2 < r->flat * out->level)
			out->phase = LC_MATURITY;
		else
			out->phase = LC_GROWTH;
	} else {
		out->phase = LC_MATURITY;
	}
	return 0;
}
