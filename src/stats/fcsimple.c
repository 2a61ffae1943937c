/* fcsimple.c - naive, snaive, drift, linear, quadratic, exponential (see fcsimple.h). */
#include "stats/fcsimple.h"
#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

int fc_check(const struct fc_request *rq, struct sb40_error *err)
{
	if (rq->n < 1)
		return error_set(err, SB40_EMISSING, "no observations to forecast from");
	if (rq->h < 1 || rq->h > FC_HMAX)
		return error_set(err, SB40_EINVAL, "the horizon must be 1..%d, got %zu", FC_HMAX,
				 rq->h);
	for (size_t t = 0; t < rq->n; t++)
		if (!isfinite(rq->y[t]))
			return error_set(err, SB40_EINVAL, "value %zu is not a finite number", t + 1);
	for (size_t l = 0; l < rq->nlevels; l++)
		if (!(rq->levels[l] > 0.0 && rq->levels[l] < 100.0))
			return error_set(err, SB40_EINVAL, "interval level %g is not in (0, 100)",
					 rq->levels[l]);
	return 0;
}

int fc_is_constant(const double *y, size_t n)
{
	double d = 0.0, a = 0.0;
	for (size_t t = 0; t < n; t++) {
		d += fabs(y[t] - y[0]);
		a += fabs(y[t]);
	}
	if (a > 1.5e-8 * (double)n)
		d /= a;
	else
		d /= (double)n;
	return d <= 1.5e-8;
}

void fc_flat(const struct fc_request *rq, double value, const char *model, struct fc_result *out)
{
	for (size_t i = 0; i < rq->h; i++)
		out->mean[i] = value;
	for (size_t k = 0; k < rq->h * rq->nlevels; k++)
		out->lo[k] = out->hi[k] = value;
	snprintf(out->model, sizeof out->model, "%s", model);
	out->aicc = NAN;
}

/* R's lagwalk forecast: repeat the last LAG values plus STEPS * B, with
 * se = sqrt(mse * steps + (steps * bse)^2). */
static void lagwalk(const struct fc_request *rq, size_t lag, double b, double bse, double mse,
		    struct fc_result *out)
{
	double sd[FC_HMAX];
	size_t n = rq->n;
	for (size_t i = 0; i < rq->h; i++) {
		double steps = (double)(i / lag + 1);
		out->mean[i] = rq->y[n - lag + i % lag] + steps * b;
		sd[i] = sqrt(mse * steps + steps * steps * bse * bse);
	}
	fc_intervals_normal(rq, sd, out);
	out->aicc = NAN;
}

static int naive_or_fallback(const struct fc_request *rq, const char *why, struct fc_result *out)
{
	size_t n = rq->n;
	double ss = 0.0;
	if (n == 1) {
		fc_flat(rq, rq->y[0], why ? why : "naive (one value)", out);
		return 0;
	}
	for (size_t t = 1; t < n; t++)
		ss += (rq->y[t] - rq->y[t - 1]) * (rq->y[t] - rq->y[t - 1]);
	lagwalk(rq, 1, 0.0, 0.0, ss / (double)(n - 1), out);
	snprintf(out->model, sizeof out->model, "%s", why ? why : "naive");
	return 0;
}

int fc_naive(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	int rc = fc_check(rq, err);
	return rc ? rc : naive_or_fallback(rq, NULL, out);
}

int fc_snaive(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	size_t n = rq->n, m = rq->m > 1 ? (size_t)rq->m : 1;
	double ss = 0.0;
	int rc = fc_check(rq, err);
	if (rc)
		return rc;
	if (m == 1)
		return naive_or_fallback(rq, "naive (snaive with m = 1)", out);
	if (n <= m)
		return naive_or_fallback(rq, "naive (too short for snaive)", out);
	for (size_t t = m; t < n; t++)
		ss += (rq->y[t] - rq->y[t - m]) * (rq->y[t] - rq->y[t - m]);
	lagwalk(rq, m, 0.0, 0.0, ss / (double)(n - m), out);
	snprintf(out->model, sizeof out->model, "snaive (m = %zu)", m);
	return 0;
}

int fc_drift(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	size_t n = rq->n, k;
	double b, ss = 0.0, sig2;
	int rc = fc_check(rq, err);
	if (rc)
		return rc;
	if (n < 3)
		return naive_or_fallback(rq, "naive (too short for drift)", out);
	k = n - 1;
	b = (rq->y[n - 1] - rq->y[0]) / (double)k;
	for (size_t t = 1; t < n; t++) {
		double e = rq->y[t] - rq->y[t - 1] - b;
		ss += e * e;
	}
	sig2 = ss / (double)(k - 1); /* lm(diff ~ 1) sigma^2 and forecast's mse */
	lagwalk(rq, 1, b, sqrt(sig2 / (double)k), sig2, out);
	snprintf(out->model, sizeof out->model, "random walk with drift");
	return 0;
}

/* Least squares on orthogonal polynomials in t = 1..n of degree DEG (1, 2)
 * applied to Z (y or log y): point predictions and prediction standard
 * errors for t = n+1..n+h, and the residual degrees of freedom. */
static void trend_fit(const double *y, size_t n, int deg, int logscale, size_t h, double *pred,
		      double *se)
{
#define Z(i) (logscale ? log(y[i]) : y[i])
	double tb = (n + 1) / 2.0, c0 = 0.0, c1 = 0.0, s11 = 0.0, s22 = 0.0;
	double b0 = 0.0, b1 = 0.0, b2 = 0.0, ss = 0.0, sig2;
	/* p1 = t - tb; p2 = p1^2 - c1 p1 - c0 (orthogonal to 1 and p1) */
	double s3 = 0.0;
	for (size_t t = 1; t <= n; t++) {
		double p1 = (double)t - tb;
		s11 += p1 * p1;
		s3 += p1 * p1 * p1;
		b0 += Z(t - 1);
		b1 += p1 * Z(t - 1);
	}
	b0 /= (double)n;
	b1 /= s11;
	if (deg == 2) {
		c0 = s11 / (double)n;
		c1 = s3 / s11;
		for (size_t t = 1; t <= n; t++) {
			double p1 = (double)t - tb, p2 = p1 * p1 - c1 * p1 - c0;
			s22 += p2 * p2;
			b2 += p2 * Z(t - 1);
		}
		b2 = s22 > 0.0 ? b2 / s22 : 0.0;
	}
	for (size_t t = 1; t <= n; t++) {
		double p1 = (double)t - tb, p2 = p1 * p1 - c1 * p1 - c0;
		double e = Z(t - 1) - b0 - b1 * p1 - (deg == 2 ? b2 * p2 : 0.0);
		ss += e * e;
	}
	sig2 = ss / (double)(n - (size_t)deg - 1);
	for (size_t i = 0; i < h; i++) {
		double p1 = (double)(n + 1 + i) - tb, p2 = p1 * p1 - c1 * p1 - c0;
		double v = 1.0 + 1.0 / (double)n + p1 * p1 / s11;
		pred[i] = b0 + b1 * p1;
		if (deg == 2) {
			pred[i] += b2 * p2;
			v += s22 > 0.0 ? p2 * p2 / s22 : 0.0;
		}
		se[i] = sqrt(sig2 * v);
	}
#undef Z
}

/* t intervals with DF degrees of freedom around PRED (data scale), or on
 * the log scale and exponentiated when LOGSCALE. */
static void trend_intervals(const struct fc_request *rq, const double *pred, const double *se,
			    double df, int logscale, struct fc_result *out)
{
	size_t h = rq->h;
	for (size_t i = 0; i < h; i++)
		out->mean[i] = logscale ? exp(pred[i]) : pred[i];
	for (size_t l = 0; l < rq->nlevels; l++) {
		double q = gsl_cdf_tdist_Pinv(0.5 + rq->levels[l] / 200.0, df);
		for (size_t i = 0; i < h; i++) {
			double lo = pred[i] - q * se[i], hi = pred[i] + q * se[i];
			out->lo[l * h + i] = logscale ? exp(lo) : lo;
			out->hi[l * h + i] = logscale ? exp(hi) : hi;
		}
	}
	out->aicc = NAN;
}

static int trend_method(const struct fc_request *rq, int deg, int logscale, struct fc_result *out,
			struct sb40_error *err)
{
	double pred[FC_HMAX], se[FC_HMAX];
	size_t n = rq->n;
	int rc = fc_check(rq, err);
	if (rc)
		return rc;
	if (logscale) {
		for (size_t t = 0; t < n; t++)
			if (!(rq->y[t] > 0.0))
				return error_set(err, SB40_EINVAL,
						 "exponential needs positive values (value %zu is %g)",
						 t + 1, rq->y[t]);
	}
	if (n < (size_t)deg + 2)
		return naive_or_fallback(rq, deg == 1 ? (logscale ? "naive (too short for exponential)"
								  : "naive (too short for linear)")
						   : "naive (too short for quadratic)",
					 out);
	trend_fit(rq->y, n, deg, logscale, rq->h, pred, se);
	trend_intervals(rq, pred, se, (double)(n - (size_t)deg - 1), logscale, out);
	snprintf(out->model, sizeof out->model, "%s",
		 logscale ? "log-linear trend" : deg == 1 ? "linear trend" : "quadratic trend");
	return 0;
}

int fc_linear(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return trend_method(rq, 1, 0, out, err);
}

int fc_quadratic(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return trend_method(rq, 2, 0, out, err);
}

int fc_exponential(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return trend_method(rq, 1, 1, out, err);
}
