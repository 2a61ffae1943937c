/* fcauto.c - the `auto` method and its components (see fcauto.h). */
#include "stats/fcauto.h"
#include "stats/arima.h"
#include "stats/decomp.h"
#include "stats/dotm.h"
#include "stats/ets.h"
#include "stats/ets_fast.h"
#include "stats/fcsimple.h"
#include "stats/fcsmooth.h"
#include "stats/theta.h"
#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXK 8

/* R's ets() AICc of a fast fit: n log(SSE) + 2k + 2k(k+1)/(n-k-1), k = npar + 1
 * (sigma counts); the same for every model up to a constant in n. */
static double fast_aicc(const struct ets_fast *f, size_t n)
{
	double k = f->npar + 1.0, dn = (double)n;
	if (dn - k - 1.0 <= 0.0)
		return INFINITY;
	return dn * log(fmax(f->sse, 1e-300)) + 2.0 * k + 2.0 * k * (k + 1.0) / (dn - k - 1.0);
}

/* ses/holt/damped by ets_fast, with naive/drift fallbacks (their aicc NaN). */
static int fast_smooth(const struct fc_request *rq, int trend, int damped, struct fc_result *out,
		       struct sb40_error *err)
{
	struct ets_fast f;
	double sd[FC_HMAX];
	if (fc_is_constant(rq->y, rq->n)) {
		fc_flat(rq, rq->y[rq->n - 1], "constant", out);
		return 0;
	}
	if (ets_fast_fit(rq->y, rq->n, trend, damped, &f))
		return trend ? fc_drift(rq, out, err) : fc_naive(rq, out, err);
	ets_fast_forecast(&f, rq->h, out->mean, sd);
	fc_intervals_normal(rq, sd, out);
	out->aicc = fast_aicc(&f, rq->n);
	return 0;
}

static int c_theta(const struct fc_request *rq, struct fc_result *o, struct sb40_error *e)
{
	return theta_forecast(rq, 1, o, e);
}

/* comb = the mean of the three fits P[0..2] (ses, holt, damped) */
static void comb_of(const struct fc_result *p, size_t h, size_t nb, struct fc_result *o)
{
	for (size_t i = 0; i < h; i++)
		o->mean[i] = 0.0;
	for (size_t k = 0; k < nb; k++)
		o->lo[k] = o->hi[k] = 0.0;
	for (int s = 0; s < 3; s++) {
		for (size_t i = 0; i < h; i++)
			o->mean[i] += p[s].mean[i] / 3.0;
		for (size_t k = 0; k < nb; k++) {
			o->lo[k] += p[s].lo[k] / 3.0;
			o->hi[k] += p[s].hi[k] / 3.0;
		}
	}
}

/* "arimas": auto ARIMA with a small search, for `auto`: R's approximation
 * (CSS during the stepwise search, exact ML for the refit of the best),
 * p, q <= 1 started at (1,d,1), on the seasonally adjusted series (m = 1).
 * About a quarter of `arima`'s cost on M3 yearly (bench/forecast/select_auto.md). */
static int c_arimas(const struct fc_request *rq, struct fc_result *o, struct sb40_error *e)
{
	struct arima_auto_opts a;
	arima_auto_defaults(&a);
	a.approximation = 1;
	a.max_p = a.max_q = 1;
	a.start_p = a.start_q = 1;
	return fc_arima_opts(rq, &a, o, e);
}

/* "etsq": ets_select() on the seasonally adjusted series (m = 1: error A/M,
 * trend N/A/Ad) with a looser Nelder-Mead tolerance (1e-4, 500 evaluations)
 * and analytic intervals; naive if nothing fits. */
static int c_etsq(const struct fc_request *rq, struct fc_result *o, struct sb40_error *e)
{
	struct ets_options opt;
	struct ets_model mod = {0};
	int rc;
	ets_options_init(&opt);
	opt.reltol = 1e-4;
	opt.maxit = 500;
	opt.pi = ETS_PI_ANALYTIC;
	rc = ets_select(rq->y, rq->n, rq->m, &opt, &mod, e);
	if (rc == 0)
		rc = ets_forecast(&mod, rq->h, rq->levels, rq->nlevels, rq->seed, &opt, o->mean,
				  o->lo, o->hi, e);
	if (rc == 0) {
		snprintf(o->model, sizeof o->model, "%s", mod.name);
		o->aicc = mod.how == ETS_HOW_MLE ? mod.aicc : NAN;
	}
	ets_model_release(&mod);
	if (rc == SB40_ENOMEM || rc == 0)
		return rc;
	return fc_naive(rq, o, e);
}

static const struct comp {
	const char *name;
	fc_method_fn fn;
	int own_season; /* sees the original series */
	/* 0 ses, 1 holt, 2 damped, 3 comb, 4 etsa: built by run_comp from the
	 * fast fits shared in a combination (FN is NULL); -1: FN */
	int smooth;
} COMPS[] = {
	{"naive", fc_naive, 0, -1}, {"drift", fc_drift, 0, -1}, {"linear", fc_linear, 0, -1},
	{"ses", NULL, 0, 0},        {"holt", NULL, 0, 1},       {"damped", NULL, 0, 2},
	{"theta", c_theta, 0, -1},  {"comb", NULL, 0, 3},       {"ets", fc_ets, 1, -1},
	{"arima", fc_arima, 1, -1}, {"dotm", fc_dotm, 0, -1},   {"dstm", fc_dstm, 0, -1},
	{"otm", fc_otm, 0, -1},     {"arimas", c_arimas, 0, -1}, {"etsq", c_etsq, 0, -1},
	{"etsa", NULL, 0, 4},
};

/* Component C on ADJ_RQ into OUT, the ses/holt/damped fits computed once per
 * combination in SM (HAVE marks the ones done). */
static int run_comp(const struct comp *c, const struct fc_request *rq, struct fc_result *sm,
		    int *have, struct fc_result *out, struct sb40_error *err)
{
	size_t h = rq->h, nb = rq->h * rq->nlevels;
	int rc = 0, pick;
	if (c->smooth < 0)
		return c->fn(rq, out, err);
	for (int s = 0; s < 3 && rc == 0; s++) {
		if (have[s] || (c->smooth < 3 && c->smooth != s))
			continue;
		if ((rc = fc_result_init(&sm[s], h, rq->nlevels, err)))
			return rc;
		have[s] = 1;
		rc = fast_smooth(rq, s > 0, s > 1, &sm[s], err);
	}
	if (rc)
		return rc;
	if (c->smooth == 3) {
		comb_of(sm, h, nb, out);
		return 0;
	}
	pick = c->smooth;
	if (pick == 4) { /* the lowest AICc of the three (a failed fit has NaN) */
		pick = 0;
		for (int s = 1; s < 3; s++)
			if (sm[s].aicc < sm[pick].aicc || (isnan(sm[pick].aicc) && !isnan(sm[s].aicc)))
				pick = s;
	}
	memcpy(out->mean, sm[pick].mean, h * sizeof *out->mean);
	memcpy(out->lo, sm[pick].lo, nb * sizeof *out->lo);
	memcpy(out->hi, sm[pick].hi, nb * sizeof *out->hi);
	memcpy(out->model, sm[pick].model, sizeof out->model);
	out->aicc = sm[pick].aicc;
	return 0;
}

static const struct comp *comp_find(const char *name)
{
	for (size_t i = 0; i < sizeof COMPS / sizeof COMPS[0]; i++)
		if (!strcmp(COMPS[i].name, name))
			return &COMPS[i];
	return NULL;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double combine(double *v, size_t k, int median)
{
	double s = 0.0;
	if (median) {
		qsort(v, k, sizeof *v, cmp_double);
		return k % 2 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
	}
	for (size_t i = 0; i < k; i++)
		s += v[i];
	return s / (double)k;
}

int fc_auto_combine(const struct fc_request *rq, const char *const *names, size_t k, int median,
		    struct fc_result *out, struct sb40_error *err)
{
	struct fc_result part[MAXK], sm[3];
	struct fc_request adj_rq = *rq;
	const struct comp *cp[MAXK];
	double idx[64], *adj = NULL, v[MAXK];
	size_t h = rq->h, nb = rq->h * rq->nlevels, got = 0;
	int seasonal, have[3] = {0, 0, 0}, rc = fc_check(rq, err);

	if (rc)
		return rc;
	if (k == 0 || k > MAXK)
		return error_set(err, SB40_EINVAL, "a combination takes 1..%d methods", MAXK);
	for (size_t j = 0; j < k; j++)
		if (!(cp[j] = comp_find(names[j])))
			return error_set(err, SB40_EINVAL, "unknown component \"%s\"", names[j]);
	adj = malloc(rq->n * sizeof *adj);
	if (!adj)
		return error_set(err, SB40_ENOMEM, "out of memory");
	seasonal = fcs_seasadj(rq->y, rq->n, rq->m, DECOMP_THETAF, adj, idx);
	adj_rq.y = adj;
	adj_rq.m = 1;
	for (got = 0; got < k; got++) {
		if ((rc = fc_result_init(&part[got], h, rq->nlevels, err)))
			break;
		rc = cp[got]->own_season ? cp[got]->fn(rq, &part[got], err)
					 : run_comp(cp[got], &adj_rq, sm, have, &part[got], err);
		if (rc) {
			got++;
			break;
		}
		if (seasonal && !cp[got]->own_season)
			fcs_reseason(&part[got], idx, rq->n, rq->m);
	}
	if (rc == 0) {
		for (size_t i = 0; i < h; i++) {
			for (size_t j = 0; j < k; j++)
				v[j] = part[j].mean[i];
			out->mean[i] = combine(v, k, median);
		}
		for (size_t q = 0; q < nb; q++) {
			for (size_t j = 0; j < k; j++)
				v[j] = part[j].lo[q];
			out->lo[q] = combine(v, k, median);
			for (size_t j = 0; j < k; j++)
				v[j] = part[j].hi[q];
			out->hi[q] = combine(v, k, median);
		}
		out->aicc = NAN;
		if (k == 1) {
			snprintf(out->model, sizeof out->model, "%s", part[0].model);
			out->aicc = part[0].aicc;
		} else {
			size_t len = 0;
			len += (size_t)snprintf(out->model, sizeof out->model, "%s(",
						median ? "median" : "mean");
			for (size_t j = 0; j < k && len < sizeof out->model; j++)
				len += (size_t)snprintf(out->model + len, sizeof out->model - len,
							"%s%s", j ? "," : "", names[j]);
			if (len < sizeof out->model)
				snprintf(out->model + len, sizeof out->model - len, ")");
		}
	}
	for (size_t j = 0; j < got; j++)
		fc_result_release(&part[j]);
	for (int s = 0; s < 3; s++)
		if (have[s])
			fc_result_release(&sm[s]);
	free(adj);
	return rc;
}

/* sb40:auto-choice: bench/forecast/select_auto.py's choice per group on the M3
 * training parts (bench/forecast/select_auto.md, docs/forecast-methods.md), with
 * the multipliers of the combined intervals' half-widths at 80% and 95% that
 * give the nominal coverage on the same hold-outs (its "Interval calibration"). */
static const char *const G_SEASONAL[] = {"holt", "theta", "dotm", "etsq"};
static const char *const G_M1SHORT[] = {"drift", "ses", "damped", "arimas"};
static const char *const G_M1LONG[] = {"ses", "holt", "theta", "etsa"};
static const struct auto_group {
	const char *const *names;
	size_t k;
	int median;
	double k80, k95;
} GROUPS[3] = {
	{G_SEASONAL, 4, 1, 1.277, 1.471}, /* m > 1 */
	{G_M1SHORT, 4, 0, 1.682, 2.247},  /* m = 1, n <= 50 */
	{G_M1LONG, 4, 1, 0.893, 1.003},   /* m = 1, n > 50 */
};

static const struct auto_group *group_of(const struct fc_request *rq)
{
	return rq->m > 1 ? &GROUPS[0] : rq->n <= 50 ? &GROUPS[1] : &GROUPS[2];
}

/* k80 at or below 80%, k95 at or above 95%, linear in the normal quantile
 * z = Phi^-1(0.5 + level / 200) in between. */
static double multiplier(const struct auto_group *g, double level)
{
	double z, z80, z95;
	if (level <= 80.0)
		return g->k80;
	if (level >= 95.0)
		return g->k95;
	z = gsl_cdf_ugaussian_Pinv(0.5 + level / 200.0);
	z80 = gsl_cdf_ugaussian_Pinv(0.9);
	z95 = gsl_cdf_ugaussian_Pinv(0.975);
	return g->k80 + (g->k95 - g->k80) * (z - z80) / (z95 - z80);
}

double fc_auto_multiplier(const struct fc_request *rq, double level)
{
	return multiplier(group_of(rq), level);
}

/* lo' = f - k (f - lo), hi' = f + k (hi - f) at every level and step, then
 * each interval widened to contain those of the lower levels (nested). */
static void widen(const struct fc_request *rq, const struct auto_group *g, struct fc_result *out)
{
	size_t h = rq->h, nl = rq->nlevels;
	for (size_t l = 0; l < nl; l++) {
		double k = multiplier(g, rq->levels[l]);
		for (size_t i = 0; i < h; i++) {
			double f = out->mean[i], *lo = &out->lo[l * h + i], *hi = &out->hi[l * h + i];
			*lo = f - k * (f - *lo);
			*hi = f + k * (*hi - f);
		}
	}
	for (size_t l = 0; l < nl; l++)
		for (size_t l2 = 0; l2 < nl; l2++) {
			if (!(rq->levels[l2] < rq->levels[l]))
				continue;
			for (size_t i = 0; i < h; i++) {
				double *lo = &out->lo[l * h + i], *hi = &out->hi[l * h + i];
				if (out->lo[l2 * h + i] < *lo)
					*lo = out->lo[l2 * h + i];
				if (out->hi[l2 * h + i] > *hi)
					*hi = out->hi[l2 * h + i];
			}
		}
}

int fc_auto(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	const struct auto_group *g = group_of(rq);
	int rc = fc_auto_combine(rq, g->names, g->k, g->median, out, err);
	if (rc == 0)
		widen(rq, g, out);
	return rc;
}
