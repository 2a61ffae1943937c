/* ets.c - fitting and selecting ETS models; the fc_ets() method (ets.h).
 *
 * A fit follows R's forecast::etsmodel(): initial states by initstate(),
 * smoothing parameters started by initparam(), then Nelder-Mead over
 * (alpha, beta, gamma, phi, l, b, s1..s(m-1)) on R's criterion
 * n log(SSE) (+ 2 sum log|f| for multiplicative errors), with +Inf outside
 * the bounds.  Candidates are optimised with everything on the stack; only
 * the chosen model's states, fitted values and residuals are allocated.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stats/ets.h"
#include "stats/ets_int.h"

#define ETS_MAXPAR (4 + 2 + ETS_MAXM)

static const double LOWER[4] = {1e-4, 1e-4, 1e-4, 0.8};
static const double UPPER[4] = {0.9999, 0.9999, 0.9999, 0.98};

void ets_options_init(struct ets_options *o)
{
	o->bounds = ETS_BOUNDS_BOTH;
	o->allow_mult_trend = 0;
	o->maxit = 2000;
	o->reltol = 1.4901161193847656e-08; /* sqrt(DBL_EPSILON), R's default */
	o->npaths = 2000;
	o->pi = ETS_PI_AUTO;
	o->crit = ETS_CRIT_LIK;
}

static int kind_of(char c)
{
	return c == 'N' ? ETS_N : c == 'A' ? ETS_A : c == 'M' ? ETS_M : -1;
}

int ets_spec_parse(const char *s, struct ets_spec *spec)
{
	struct ets_spec t = {0};
	size_t i = 0;
	if (!s)
		return -1;
	t.error = kind_of(s[i++]);
	if (t.error < ETS_A)
		return -1;
	t.trend = kind_of(s[i++]);
	if (t.trend < 0)
		return -1;
	if (s[i] == 'd') {
		if (t.trend == ETS_N)
			return -1;
		t.damped = 1;
		i++;
	}
	t.season = kind_of(s[i++]);
	if (t.season < 0 || s[i] != '\0')
		return -1;
	*spec = t;
	return 0;
}

void ets_spec_name(const struct ets_spec *spec, char *buf, size_t n)
{
	static const char k[] = "NAM";
	snprintf(buf, n, "ETS(%c,%c%s,%c)", k[spec->error % 3], k[spec->trend % 3],
		 spec->damped ? "d" : "", k[spec->season % 3]);
}

void ets_model_release(struct ets_model *mod)
{
	if (!mod)
		return;
	free(mod->states);
	free(mod->fitted);
	free(mod->resid);
	mod->states = mod->fitted = mod->resid = NULL;
}

/* One candidate's optimisation problem and result. */
struct cand {
	struct ets_core core; /* series, model, parameters of the last evaluation */
	int bounds;
	int mse;              /* minimise the MSE (ETS_CRIT_MSE), not the likelihood */
	/* an additive error's likelihood n log(sse) searched as mse / mse0
	 * (ets_nm_thresh_log: the same steps, no log per evaluation) */
	int sdom;
	/* the MSE objective is mse / SCALE: mse0 with SDOM, 1 with MSE;
	 * RSCALE = 1 / SCALE */
	double scale, rscale;
	int nsm;              /* smoothing parameters at the front of par */
	int npar;             /* length of par */
	double par[ETS_MAXPAR];
	double lik;           /* R's criterion at par */
	double aicc;
	int nevals;
};

/* The smoothing parameters of PAR into C->core and the full initial state
 * into X0 (the last seasonal index implied by the others summing to 0 or
 * m).  Returns -1 when a multiplicative seasonal index is negative. */
static int cand_decode(struct cand *c, const double *par, double *x0)
{
	struct ets_core *k = &c->core;
	int i = 0, nx = 1 + (k->trend != ETS_N);
	k->alpha = par[i++];
	k->beta = k->trend ? par[i++] : 0.0;
	k->gamma = k->season ? par[i++] : 0.0;
	k->phi = k->damped ? par[i++] : 1.0;
	for (int j = 0; j < c->npar - c->nsm; j++)
		x0[j] = par[c->nsm + j];
	if (k->season) {
		double sum = 0.0;
		for (int j = nx; j < nx + k->m - 1; j++)
			sum += x0[j];
		x0[nx + k->m - 1] = (k->season == ETS_M ? k->m : 0) - sum;
		if (k->season == ETS_M)
			for (int j = nx; j < nx + k->m; j++)
				if (x0[j] < 0.0)
					return -1;
	}
	return 0;
}

/* The usual bounds (R: 1e-4 <= beta <= alpha <= 0.9999, ...). */
static int cand_usual_ok(const struct ets_core *k)
{
	if (k->alpha < LOWER[0] || k->alpha > UPPER[0])
		return 0;
	if (k->trend && (k->beta < LOWER[1] || k->beta > k->alpha || k->beta > UPPER[1]))
		return 0;
	if (k->damped && (k->phi < LOWER[3] || k->phi > UPPER[3]))
		return 0;
	if (k->season && (k->gamma < LOWER[2] || k->gamma > 1.0 - k->alpha || k->gamma > UPPER[2]))
		return 0;
	return 1;
}

/* The objective: R's lik() with +Inf outside the bounds.  Above THRESH the
 * optimiser discards the point whatever its value (ets_nm_thresh), so the
 * likelihood may stop early and the admissible region, the costlier
 * check, is tested only for values below THRESH. */
static double cand_objective(const double *par, void *ctx, double thresh)
{
	struct cand *c = ctx;
	const struct ets_core *k = &c->core;
	double x0[2 + ETS_MAXM], lik;
	if (cand_decode(c, par, x0) != 0 || !cand_usual_ok(k))
		return INFINITY;
	if (c->mse || c->sdom) {
		if (!ets_mse_fast(k, x0, thresh * c->scale, &lik))
			return INFINITY; /* cand_fit checked that it applies */
		lik *= c->rscale;
	} else {
		lik = ets_core_lik(k, x0, thresh);
	}
	if (isnan(lik))
		return INFINITY;
	if (!c->mse && !c->sdom && lik < -1e10)
		lik = -1e10;
	if (lik < thresh && c->bounds == ETS_BOUNDS_BOTH &&
	    !ets_core_admissible(k->alpha, k->beta, k->gamma, k->phi, k->m, k->trend != ETS_N,
				 k->season != ETS_N))
		return INFINITY;
	return lik;
}

/* Optimise SPEC on Y.  Returns 0, SB40_EMISSING (too few values for the
 * model) or SB40_ENOCONV (no finite likelihood at the start). */
static int cand_fit(const double *y, size_t n, int m, const struct ets_spec *spec,
		    const struct ets_options *opt, struct cand *c)
{
	double ws[ETS_NM_WS(ETS_MAXPAR)], x0[2 + ETS_MAXM], fbest, alpha;
	int nx, i = 0, np, cnt, lin_a;

	memset(c, 0, sizeof *c);
	c->core.y = y;
	c->core.n = n;
	c->core.m = spec->season ? m : 1;
	c->core.error = spec->error;
	c->core.trend = spec->trend;
	c->core.damped = spec->damped;
	c->core.season = spec->season;
	c->bounds = opt->bounds;
	lin_a = spec->error == ETS_A && ets_lin_class(&c->core); /* ets_mse_fast applies */
	c->mse = opt->crit == ETS_CRIT_MSE && lin_a;
	c->scale = c->rscale = 1.0;
	c->aicc = INFINITY;
	nx = ets_core_initstate(y, n, c->core.m, spec->trend, spec->season, x0);
	if (nx < 0)
		return SB40_EMISSING;

	/* R's initparam() with the usual bounds */
	alpha = LOWER[0] + 0.2 * (UPPER[0] - LOWER[0]) / c->core.m;
	if (alpha > 1.0 || alpha < 0.0)
		alpha = LOWER[0] + 0.002;
	c->par[i++] = alpha;
	if (spec->trend) {
		double ub = fmin(UPPER[1], alpha), beta = LOWER[1] + 0.1 * (ub - LOWER[1]);
		if (beta < 0.0 || beta > alpha)
			beta = alpha - 0.001;
		c->par[i++] = beta;
	}
	if (spec->season) {
		double ub = fmin(UPPER[2], 1.0 - alpha), gamma = LOWER[2] + 0.05 * (ub - LOWER[2]);
		if (gamma < 0.0 || gamma > 1.0 - alpha)
			gamma = 1.0 - alpha - 0.001;
		c->par[i++] = gamma;
	}
	if (spec->damped)
		c->par[i++] = LOWER[3] + 0.99 * (UPPER[3] - LOWER[3]);
	c->nsm = i;
	for (int j = 0; j < nx; j++)
		c->par[i++] = x0[j];
	c->npar = np = i;
	if ((size_t)np + 1 >= n)
		return SB40_EMISSING;

	if (!c->mse && lin_a) {
		double mse0;
		cand_decode(c, c->par, x0);
		if (ets_mse_fast(&c->core, x0, INFINITY, &mse0) && isfinite(mse0) && mse0 > 0.0) {
			c->sdom = 1;
			c->scale = mse0;
			c->rscale = 1.0 / mse0;
		}
	}
	if (c->sdom)
		cnt = ets_nm_thresh_log(np, c->par, cand_objective, c, opt->reltol, opt->maxit,
					&fbest, ws, (double)n, (double)n * log((double)n / c->rscale));
	else
		cnt = ets_nm_thresh(np, c->par, cand_objective, c, opt->reltol, opt->maxit, &fbest,
				    ws);
	if (cnt < 0)
		return SB40_ENOCONV;
	c->nevals = cnt;
	c->lik = fbest;
	if (!isfinite(fbest) || fbest >= 1e35)
		return SB40_ENOCONV;
	if (c->mse || c->sdom) { /* AICc from the likelihood at the optimum */
		double xs[2 + ETS_MAXM];
		cand_decode(c, c->par, xs);
		fbest = ets_core_lik(&c->core, xs, INFINITY);
		if (!isfinite(fbest))
			return SB40_ENOCONV;
		c->lik = fbest;
	}
	{
		double k = np + 1, aic = fbest + 2.0 * k;
		c->aicc = aic + 2.0 * k * (k + 1.0) / ((double)n - k - 1.0);
	}
	return 0;
}

/* Allocate OUT's arrays for N values and NSTATE states. */
static int model_alloc(struct ets_model *out, size_t n, int nstate, struct sb40_error *err)
{
	out->n = n;
	out->nstate = nstate;
	out->states = malloc((n + 1) * (size_t)nstate * sizeof *out->states);
	out->fitted = malloc((n ? n : 1) * sizeof *out->fitted);
	out->resid = malloc((n ? n : 1) * sizeof *out->resid);
	if (!out->states || !out->fitted || !out->resid) {
		ets_model_release(out);
		return error_set(err, SB40_ENOMEM, "out of memory");
	}
	return 0;
}

/* Run CORE from X0 into OUT (allocated here) and fill the summaries. */
static int model_finish(const struct ets_core *core, const double *x0, int npar,
			struct ets_model *out, struct sb40_error *err)
{
	const size_t n = core->n;
	int ns = 1 + (core->trend != ETS_N) + (core->season ? core->m : 0), rc;
	double sse = 0.0, mse = 0.0, lik;

	out->spec.error = core->error;
	out->spec.trend = core->trend;
	out->spec.damped = core->damped;
	out->spec.season = core->season;
	out->m = core->season ? core->m : 1;
	out->alpha = core->alpha;
	out->beta = core->trend ? core->beta : NAN;
	out->gamma = core->season ? core->gamma : NAN;
	out->phi = core->damped ? core->phi : 1.0;
	out->npar = npar;
	ets_spec_name(&out->spec, out->name, sizeof out->name);
	rc = model_alloc(out, n, ns, err);
	if (rc)
		return rc;
	lik = ets_core_run(core, x0, out->states, out->fitted, out->resid);
	for (size_t t = 0; t < n; t++) {
		double d = core->y[t] - out->fitted[t];
		sse += out->resid[t] * out->resid[t];
		mse += d * d;
	}
	out->mse = n ? mse / (double)n : 0.0;
	out->sigma2 = (double)n > npar ? sse / ((double)n - npar) : sse / (double)(n ? n : 1);
	if (isnan(lik))
		lik = INFINITY;
	if (lik < -1e10)
		lik = -1e10;
	{
		double k = npar + 1;
		out->loglik = -0.5 * lik;
		out->aic = lik + 2.0 * k;
		out->bic = lik + log((double)n) * k;
		out->aicc = out->aic + 2.0 * k * (k + 1.0) / ((double)n - k - 1.0);
	}
	return 0;
}

static int cand_finish(struct cand *c, struct ets_model *out, struct sb40_error *err)
{
	double x0[2 + ETS_MAXM];
	cand_decode(c, c->par, x0);
	out->how = ETS_HOW_MLE;
	out->nevals = c->nevals;
	return model_finish(&c->core, x0, c->npar, out, err);
}

static int series_check(const double *y, size_t n, int *positive, struct sb40_error *err)
{
	*positive = 1;
	if (n == 0)
		return error_set(err, SB40_EMISSING, "no observations to fit");
	for (size_t t = 0; t < n; t++) {
		if (!isfinite(y[t]))
			return error_set(err, SB40_EINVAL, "expected finite values, got %g at %zu",
					 y[t], t + 1);
		if (y[t] <= 0.0)
			*positive = 0;
	}
	return 0;
}

int ets_fit(const double *y, size_t n, int m, const struct ets_spec *spec,
	    const struct ets_options *opt, struct ets_model *out, struct sb40_error *err)
{
	struct ets_options dflt;
	struct cand c;
	char name[24];
	int positive, rc;

	memset(out, 0, sizeof *out);
	if (!opt) {
		ets_options_init(&dflt);
		opt = &dflt;
	}
	if (spec->error < ETS_A || spec->error > ETS_M || spec->trend < ETS_N ||
	    spec->trend > ETS_M || spec->season < ETS_N || spec->season > ETS_M ||
	    (spec->damped && spec->trend == ETS_N))
		return error_set(err, SB40_EINVAL, "not an ETS model");
	ets_spec_name(spec, name, sizeof name);
	rc = series_check(y, n, &positive, err);
	if (rc)
		return rc;
	if ((spec->error == ETS_A && (spec->trend == ETS_M || spec->season == ETS_M)) ||
	    (spec->error == ETS_M && spec->trend == ETS_M && spec->season == ETS_A))
		return error_set(err, SB40_EINVAL, "forbidden model combination %s", name);
	if (!positive && (spec->error == ETS_M || spec->trend == ETS_M || spec->season == ETS_M))
		return error_set(err, SB40_EINVAL,
				 "multiplicative model %s needs positive data", name);
	if (spec->season && (m < 2 || m > ETS_MAXM))
		return error_set(err, SB40_EINVAL, "seasonal model %s needs a period of 2..%d, got %d",
				 name, ETS_MAXM, m);
	if (spec->season && n <= (size_t)m)
		return error_set(err, SB40_EMISSING,
				 "too few observations for seasonal model %s: %zu, period %d", name,
				 n, m);
	rc = cand_fit(y, n, m, spec, opt, &c);
	if (rc == SB40_EMISSING)
		return error_set(err, rc, "too few observations for %s: %zu", name, n);
	if (rc)
		return error_set(err, rc, "no finite likelihood for %s", name);
	return cand_finish(&c, out, err);
}

/* R's is.constant(): all.equal(y, rep(y[1], n)). */
static int series_constant(const double *y, size_t n)
{
	double d = 0.0, a = 0.0;
	for (size_t t = 0; t < n; t++) {
		d += fabs(y[t] - y[0]);
		a += fabs(y[t]);
	}
	d /= (double)n;
	a /= (double)n;
	if (a > 1.5e-8)
		d /= a;
	return d <= 1.5e-8;
}

/* Sum of squared one-step errors of SES (PAR = alpha) or Holt (PAR =
 * alpha, beta of Holt-Winters form) started at y[0] (and y[1] - y[0]), as
 * R's HoltWintersZZ(); +Inf outside [0, 1]. */
struct shortfit {
	const double *y;
	size_t n;
	int holt;
};

static double short_sse(const double *par, void *ctx)
{
	const struct shortfit *s = ctx;
	double a = par[0], bs = s->holt ? par[1] : 0.0, l = s->y[0];
	double b = s->holt ? s->y[1] - s->y[0] : 0.0, sse = 0.0;
	if (a < 0.0 || a > 1.0 || bs < 0.0 || bs > 1.0)
		return INFINITY;
	for (size_t t = 0; t < s->n; t++) {
		double e = s->y[t] - (l + b), ln = a * s->y[t] + (1.0 - a) * (l + b);
		sse += e * e;
		b = bs * (ln - l) + (1.0 - bs) * b;
		l = ln;
	}
	return sse;
}

static int short_model(const double *y, size_t n, int m, const struct ets_options *opt,
		       struct ets_model *out, struct sb40_error *err)
{
	struct shortfit sf = {y, n, 0};
	double ws[ETS_NM_WS(2)], ses[1], holt[2], fses, fholt = INFINITY, x0[2];
	struct ets_core core = {0};
	int cnt, rc, mm = m < 1 ? 1 : m;

	ses[0] = 0.2 / mm;
	cnt = ets_nm(1, ses, short_sse, &sf, opt->reltol, opt->maxit, &fses, ws);
	if (n >= 2) {
		int c2;
		sf.holt = 1;
		holt[0] = 0.2 / mm;
		holt[1] = 0.1 * holt[0];
		c2 = ets_nm(2, holt, short_sse, &sf, opt->reltol, opt->maxit, &fholt, ws);
		cnt += c2 > 0 ? c2 : 0;
	}
	core.y = y;
	core.n = n;
	core.m = 1;
	core.error = ETS_A;
	core.phi = 1.0;
	x0[0] = y[0];
	if (fholt < fses) { /* sigma2 = SSE / n for both */
		core.trend = ETS_A;
		core.alpha = holt[0];
		core.beta = holt[0] * holt[1];
		x0[1] = y[1] - y[0];
	} else {
		core.alpha = ses[0];
	}
	rc = model_finish(&core, x0, core.trend != ETS_N ? 4 : 2, out, err);
	if (rc)
		return rc;
	out->how = ETS_HOW_SHORT;
	out->nevals = cnt;
	out->sigma2 = out->mse;
	out->loglik = out->aic = out->aicc = out->bic = NAN;
	return 0;
}

static int constant_model(const double *y, size_t n, struct ets_model *out, struct sb40_error *err)
{
	struct ets_core core = {0};
	double x0[1] = {y[0]};
	int rc;
	core.y = y;
	core.n = n;
	core.m = 1;
	core.error = ETS_A;
	core.phi = 1.0;
	core.alpha = 0.99999;
	rc = model_finish(&core, x0, 1, out, err);
	if (rc)
		return rc;
	out->how = ETS_HOW_CONSTANT;
	out->sigma2 = out->mse;
	out->loglik = out->aic = out->aicc = out->bic = NAN;
	return 0;
}

int ets_select(const double *y, size_t n, int m, const struct ets_options *opt,
	       struct ets_model *out, struct sb40_error *err)
{
	struct ets_options dflt;
	struct cand best, c;
	int positive, rc, seasonal, ntrend, nevals = 0, found = 0;

	memset(out, 0, sizeof *out);
	if (!opt) {
		ets_options_init(&dflt);
		opt = &dflt;
	}
	rc = series_check(y, n, &positive, err);
	if (rc)
		return rc;
	if (series_constant(y, n))
		return constant_model(y, n, out, err);
	if (n <= 6)
		return short_model(y, n, m, opt, out, err);
	seasonal = m > 1 && m <= ETS_MAXM && n > (size_t)m;
	ntrend = opt->allow_mult_trend ? 3 : 2;
	best.aicc = INFINITY;
	/* R's order: error A, M; trend N, A(, M); season N, A, M; damped first */
	for (int e = ETS_A; e <= ETS_M; e++) {
		if (e == ETS_M && !positive)
			continue;
		for (int t = ETS_N; t < ntrend; t++) {
			for (int s = ETS_N; s <= (seasonal ? ETS_M : ETS_N); s++) {
				for (int d = 1; d >= 0; d--) {
					struct ets_spec sp = {e, t, d, s};
					if (t == ETS_N && d)
						continue;
					if (e == ETS_A && (t == ETS_M || s == ETS_M))
						continue;
					if (e == ETS_M && t == ETS_M && s == ETS_A)
						continue;
					if (cand_fit(y, n, m, &sp, opt, &c) != 0)
						continue;
					nevals += c.nevals;
					if (c.aicc < best.aicc) {
						best = c;
						found = 1;
					}
				}
			}
		}
	}
	if (!found)
		return error_set(err, SB40_ENOCONV, "no ETS model could be fitted to %zu values", n);
	rc = cand_finish(&best, out, err);
	out->nevals = nevals;
	return rc;
}

static int fc_ets_with(const struct fc_request *rq, const struct ets_options *opt,
		       struct fc_result *out, struct sb40_error *err)
{
	struct ets_model mod = {0};
	int rc;

	rc = ets_select(rq->y, rq->n, rq->m, opt, &mod, err);
	if (rc)
		goto out;
	rc = ets_forecast(&mod, rq->h, rq->levels, rq->nlevels, rq->seed, opt, out->mean, out->lo,
			  out->hi, err);
	if (rc)
		goto out;
	snprintf(out->model, sizeof out->model, "%s", mod.name);
	out->aicc = mod.how == ETS_HOW_MLE ? mod.aicc : NAN;
out:
	ets_model_release(&mod);
	return rc;
}

int fc_ets(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	struct ets_options opt;
	ets_options_init(&opt);
	return fc_ets_with(rq, &opt, out, err);
}
