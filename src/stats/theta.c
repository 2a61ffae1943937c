/* theta.c - the standard Theta method, as R's thetaf (see theta.h). */
#include "stats/theta.h"
#include "stats/decomp.h"
#include "stats/ets_fast.h"
#include "stats/fcsimple.h"
#include "stats/fcsmooth.h"
#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int theta_forecast(const struct fc_request *rq, int fast, struct fc_result *out,
		   struct sb40_error *err)
{
	size_t n = rq->n, h = rq->h;
	double idx[64], *x, alpha, sigma2, tb = (n - 1) / 2.0, sxy = 0.0, sxx = 0.0, b, adj;
	int seasonal, rc = fc_check(rq, err);

	if (rc)
		return rc;
	if (n < 4) {
		rc = fc_drift(rq, out, err);
		if (rc == 0 && n == 3)
			snprintf(out->model, sizeof out->model, "random walk with drift (too short for theta)");
		return rc;
	}
	x = malloc(n * sizeof *x);
	if (!x)
		return error_set(err, SB40_ENOMEM, "out of memory");
	seasonal = fcs_seasadj(rq->y, n, rq->m, DECOMP_THETAF, x, idx);
	if (fast) { /* SES by ets_fast, the flat fallback on a constant or failed fit */
		struct ets_fast ef;
		if (!fc_is_constant(x, n) && ets_fast_fit(x, n, 0, 0, &ef) == 0) {
			alpha = ef.alpha;
			sigma2 = ef.sigma2;
			for (size_t i = 0; i < h; i++)
				out->mean[i] = ef.l;
		} else {
			alpha = 1.0;
			sigma2 = 0.0;
			for (size_t i = 0; i < h; i++)
				out->mean[i] = x[n - 1];
		}
	} else { /* SES on x, point forecasts only: the intervals are thetaf's */
		struct fc_request sub = *rq;
		struct ets_options opt;
		fcs_options(&opt); /* R's thetaf() calls ses() */
		sub.nlevels = 0;
		rc = fcs_fixed(&sub, x, n, "ANN", &opt, out, &alpha, &sigma2, err);
	}
	if (rc) {
		free(x);
		return rc;
	}
	for (size_t t = 0; t < n; t++) {
		sxy += ((double)t - tb) * x[t];
		sxx += ((double)t - tb) * ((double)t - tb);
	}
	free(x);
	b = sxy / sxx / 2.0;
	alpha = fmax(alpha, 1e-10);
	adj = (1.0 - pow(1.0 - alpha, (double)n)) / alpha;
	for (size_t i = 0; i < h; i++) {
		out->mean[i] += b * ((double)i + adj);
		if (seasonal)
			out->mean[i] *= decomp_future(idx, n, rq->m, i + 1);
	}
	for (size_t l = 0; l < rq->nlevels; l++) {
		double z = gsl_cdf_ugaussian_Pinv(0.5 + rq->levels[l] / 200.0);
		for (size_t i = 0; i < h; i++) {
			double se = sqrt(sigma2) * sqrt((double)i * alpha * alpha + 1.0);
			out->lo[l * h + i] = out->mean[i] - z * se;
			out->hi[l * h + i] = out->mean[i] + z * se;
		}
	}
	snprintf(out->model, sizeof out->model, "Theta%s (alpha %.3f, drift %.4g)",
		 seasonal ? ", seasonally adjusted" : "", alpha, b);
	out->aicc = NAN;
	return 0;
}

int fc_theta(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return theta_forecast(rq, 0, out, err);
}
