/* fcsmooth.c - ses, holt, damped and comb (see fcsmooth.h). */
#include "stats/fcsmooth.h"
#include "stats/decomp.h"
#include "stats/fcsimple.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fcs_seasadj(const double *y, size_t n, int m, int rule, double *adj, double *idx)
{
	if (m > 1 && decomp_seasonal(y, n, m, rule) && decomp_mult(y, n, m, idx) == 0) {
		for (size_t t = 0; t < n; t++)
			adj[t] = y[t] / idx[t % (size_t)m];
		return 1;
	}
	memcpy(adj, y, n * sizeof *y);
	return 0;
}

void fcs_reseason(struct fc_result *out, const double *idx, size_t n, int m)
{
	for (size_t i = 0; i < out->h; i++) {
		double f = decomp_future(idx, n, m, i + 1);
		out->mean[i] *= f;
		for (size_t l = 0; l < out->nlevels; l++) {
			out->lo[l * out->h + i] *= f;
			out->hi[l * out->h + i] *= f;
		}
	}
}

int fcs_fixed(const struct fc_request *rq, const double *y, size_t n, const char *spec,
	      const struct ets_options *opt, struct fc_result *out, double *alpha, double *sigma2,
	      struct sb40_error *err)
{
	struct fc_request sub = *rq;
	struct ets_spec sp;
	struct ets_model mod;
	struct sb40_error e2;
	size_t need;
	int rc;

	sub.y = y;
	sub.n = n;
	if (alpha)
		*alpha = 1.0;
	if (sigma2)
		*sigma2 = 0.0;
	if (ets_spec_parse(spec, &sp))
		return error_set(err, SB40_EINVAL, "not an ETS model: %s", spec);
	need = sp.trend == ETS_N ? 4 : sp.damped ? 7 : 6;
	if (fc_is_constant(y, n)) {
		fc_flat(&sub, y[n - 1], "constant", out);
		return 0;
	}
	if (n < need)
		goto fallback;
	rc = ets_fit(y, n, 1, &sp, opt, &mod, &e2);
	if (rc == SB40_ENOMEM)
		return error_set(err, rc, "out of memory");
	if (rc)
		goto fallback;
	rc = ets_forecast(&mod, rq->h, rq->levels, rq->nlevels, rq->seed, opt, out->mean, out->lo,
			  out->hi, &e2);
	if (rc == 0) {
		snprintf(out->model, sizeof out->model, "%s", mod.name);
		out->aicc = mod.aicc;
		if (alpha)
			*alpha = mod.alpha;
		if (sigma2)
			*sigma2 = mod.sigma2;
	}
	ets_model_release(&mod);
	if (rc == SB40_ENOMEM)
		return error_set(err, rc, "out of memory");
	if (rc == 0)
		return 0;
fallback:
	rc = sp.trend == ETS_N ? fc_naive(&sub, out, err) : fc_drift(&sub, out, err);
	if (rc == 0 && strncmp(out->model, "naive (", 7)) {
		char m[32] = {0};
		memcpy(m, out->model, sizeof m - 1);
		snprintf(out->model, sizeof out->model, "%s (fallback from %.4s)", m, spec);
	}
	return rc;
}

void fcs_options(struct ets_options *opt)
{
	ets_options_init(opt);
	opt->crit = ETS_CRIT_MSE;
}

static int smooth(const struct fc_request *rq, const char *spec, struct fc_result *out,
		  struct sb40_error *err)
{
	struct ets_options opt;
	int rc = fc_check(rq, err);
	fcs_options(&opt);
	return rc ? rc : fcs_fixed(rq, rq->y, rq->n, spec, &opt, out, NULL, NULL, err);
}

int fc_ses(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return smooth(rq, "ANN", out, err);
}

int fc_holt(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return smooth(rq, "AAN", out, err);
}

int fc_damped(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return smooth(rq, "AAdN", out, err);
}

int fc_comb(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	static const char *const specs[3] = {"ANN", "AAN", "AAdN"};
	struct ets_options opt;
	struct fc_result part;
	double idx[64], *adj;
	size_t h = rq->h, nb = rq->h * rq->nlevels;
	int seasonal, rc = fc_check(rq, err);

	if (rc)
		return rc;
	fcs_options(&opt);
	adj = malloc(rq->n * sizeof *adj);
	if (!adj)
		return error_set(err, SB40_ENOMEM, "out of memory");
	seasonal = fcs_seasadj(rq->y, rq->n, rq->m, DECOMP_M4, adj, idx);
	for (size_t i = 0; i < h; i++)
		out->mean[i] = 0.0;
	for (size_t k = 0; k < nb; k++)
		out->lo[k] = out->hi[k] = 0.0;
	for (int s = 0; s < 3 && rc == 0; s++) {
		rc = fc_result_init(&part, h, rq->nlevels, err);
		if (rc)
			break;
		rc = fcs_fixed(rq, adj, rq->n, specs[s], &opt, &part, NULL, NULL, err);
		for (size_t i = 0; rc == 0 && i < h; i++)
			out->mean[i] += part.mean[i] / 3.0;
		for (size_t k = 0; rc == 0 && k < nb; k++) {
			out->lo[k] += part.lo[k] / 3.0;
			out->hi[k] += part.hi[k] / 3.0;
		}
		fc_result_release(&part);
	}
	free(adj);
	if (rc)
		return rc;
	if (seasonal)
		fcs_reseason(out, idx, rq->n, rq->m);
	snprintf(out->model, sizeof out->model, "mean of SES, Holt, damped%s",
		 seasonal ? " (seasonally adjusted)" : "");
	out->aicc = NAN;
	return 0;
}
