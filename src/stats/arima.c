/* arima.c - forecasts and names of fitted ARIMA models, and the `arima`
 * method of fcmodel.h.  See arima.h. */
#include "stats/arima.h"
#include "stats/arima_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int arima_forecast(const struct arima_model *model, size_t h, double *mean, double *sd,
		   struct sb40_error *err)
{
	if (h == 0)
		return 0;
	size_t narma = model->ncoef - (size_t)model->has_const;
	if (model->const_series) {
		for (size_t i = 0; i < h; i++) {
			mean[i] = model->coef[narma];
			if (sd)
				sd[i] = 0;
		}
		return 0;
	}
	double *var = malloc(h * sizeof *var);
	if (!var || arima_kforecast(model->priv->ss, h, mean, var) != 0) {
		free(var);
		return error_set(err, SB40_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < h; i++) {
		if (model->has_const) {
			double b = model->coef[narma];
			mean[i] += model->is_drift ? b * (double)(model->n + i + 1) : b;
		}
		if (sd)
			sd[i] = sqrt(fmax(var[i], 0.0) * model->sigma2);
	}
	free(var);
	return 0;
}

char *arima_model_name(const struct arima_model *model, char *buf, size_t n)
{
	const struct arima_spec *s = &model->spec;
	int len = snprintf(buf, n, "ARIMA(%d,%d,%d)", s->p, s->d, s->q);
	if (len < 0 || (size_t)len >= n)
		return buf;
	if (s->m > 1 && s->P + s->D + s->Q > 0)
		len += snprintf(buf + len, n - (size_t)len, "(%d,%d,%d)[%d]", s->P, s->D, s->Q, s->m);
	if (len < 0 || (size_t)len >= n)
		return buf;
	if (model->has_const && model->is_drift)
		snprintf(buf + len, n - (size_t)len, " with drift");
	else if (model->has_const)
		snprintf(buf + len, n - (size_t)len, " with non-zero mean");
	else if (s->d == 0 && s->D == 0)
		snprintf(buf + len, n - (size_t)len, " with zero mean");
	return buf;
}

static int all_finite(const double *x, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isfinite(x[i]))
			return 0;
	return 1;
}

int fc_arima(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return fc_arima_opts(rq, NULL, out, err);
}

int fc_arima_opts(const struct fc_request *rq, const struct arima_auto_opts *opts,
		  struct fc_result *out, struct sb40_error *err)
{
	int rc;
	struct arima_model *mod = NULL;
	struct sb40_error e;
	double *sd = NULL;
	if (rq->n == 0)
		return error_set(err, SB40_EMISSING, "ARIMA needs at least one observation");
	sd = malloc((rq->h > 0 ? rq->h : 1) * sizeof *sd);
	if (!sd)
		return error_set(err, SB40_ENOMEM, "out of memory");
	rc = arima_auto(rq->y, rq->n, rq->m, opts, &mod, NULL, &e);
	if (rc == SB40_ENOMEM || rc == SB40_EINVAL) {
		*err = e;
		goto out;
	}
	if (rc == 0) {
		rc = arima_forecast(mod, rq->h, out->mean, sd, err);
		if (rc != 0)
			goto out;
		if (!all_finite(out->mean, rq->h) || !all_finite(sd, rq->h)) {
			arima_model_free(mod);
			mod = NULL;
		}
	} else {
		arima_model_free(mod);
		mod = NULL;
	}
	if (!mod && rq->n >= 2) {
		/* fallback: a random walk */
		struct arima_spec sp = { 0, 1, 0, 0, 0, 0, 1, 0, NAN };
		rc = arima_fit(rq->y, rq->n, &sp, &mod, &e);
		if (rc == SB40_ENOMEM) {
			*err = e;
			goto out;
		}
		if (rc == 0 && arima_forecast(mod, rq->h, out->mean, sd, err) == 0 &&
		    (!all_finite(out->mean, rq->h) || !all_finite(sd, rq->h))) {
			arima_model_free(mod);
			mod = NULL;
		}
	}
	if (!mod) {
		/* last resort: repeat the last value */
		for (size_t i = 0; i < rq->h; i++) {
			out->mean[i] = rq->y[rq->n - 1];
			sd[i] = 0;
		}
		snprintf(out->model, sizeof out->model, "ARIMA(0,1,0)");
		out->aicc = NAN;
	} else {
		arima_model_name(mod, out->model, sizeof out->model);
		out->aicc = isfinite(mod->aicc) ? mod->aicc : NAN;
	}
	fc_intervals_normal(rq, sd, out);
	rc = 0;
out:
	arima_model_free(mod);
	free(sd);
	return rc;
}
