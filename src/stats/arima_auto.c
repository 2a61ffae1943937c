/* arima_auto.c - automatic ARIMA order selection, the stepwise algorithm
 * of Hyndman & Khandakar (2008) as forecast::auto.arima 8.20 runs it with
 * its defaults: D from the STL seasonal strength (> 0.64), d from repeated
 * KPSS tests at 5%, then a stepwise search over p, q, P, Q and the constant
 * from four starting models, each step trying the neighbours of the current
 * best (one order up or down, or two together, and the constant on or
 * off), keeping a model only if its AICc is lower.  A model is rejected
 * (as R does) when it cannot be fitted, when a root of its AR or MA
 * polynomial lies within 1.01 of the unit circle, or when its coefficient
 * covariance has a negative variance.
 *
 * Ownership: see arima.h.
 */
#include "stats/arima_int.h"
#include "stats/arima_stl.h"
#include "stats/kpss.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

void arima_auto_defaults(struct arima_auto_opts *o)
{
	o->max_p = 5, o->max_q = 5, o->max_P = 2, o->max_Q = 2;
	o->max_order = 5, o->max_d = 2, o->max_D = 1;
	o->start_p = 2, o->start_q = 2, o->start_P = 1, o->start_Q = 1;
	o->allow_drift = 1, o->allow_mean = 1;
	o->stepwise = 1;
	o->nmodels = 94;
	o->approximation = -1;
	o->kpss_alpha = 0.05;
	o->seas_threshold = 0.64;
}

struct search {
	const double *y;
	size_t n;
	int m, d, D;
	int use_aic;        /* ic = "aic" for n <= 3 */
	int approx;
	double offset;
	int nfits;
};

struct cand {
	struct arima_model *fit;  /* NULL when the fit failed */
	double ic;
	int checked;              /* checkarima done */
};

static int imin(int a, int b)
{
	return a < b ? a : b;
}

/* forecast's myarima(): fit and score one model; never fails except for
 * memory (returns -1), a failed fit gets ic = +Inf. */
static int try_model(struct search *s, int p, int q, int P, int Q, int constant, struct cand *c)
{
	struct arima_spec sp = { p, s->d, q, P, s->D, Q, s->m, constant, NAN };
	struct sb40_error e;
	c->fit = NULL;
	c->ic = INFINITY;
	c->checked = 0;
	s->nfits++;
	int rc = arima_fit_method(s->y, s->n, &sp, s->approx ? ARIMA_CSS : ARIMA_CSS_ML, &c->fit, &e);
	if (rc == SB40_ENOMEM)
		return -1;
	if (rc != 0)
		return 0;
	struct arima_model *f = c->fit;
	double nstar = (double)(s->n - (size_t)s->d - (size_t)(s->D * s->m));
	double npar = (double)f->nfree + 1;
	if (s->approx) {
		f->aic = s->offset + nstar * log(f->sigma2_ml) + 2 * npar;
		f->bic = f->aic + npar * (log(nstar) - 2);
		f->aicc = nstar - npar - 1 > 0 ? f->aic + 2 * npar * (npar + 1) / (nstar - npar - 1)
					       : INFINITY;
	}
	if (isnan(f->aic))
		return 0;
	c->ic = s->use_aic ? f->aic : f->aicc;
	if (isnan(c->ic))
		c->ic = INFINITY;
	/* roots of the expanded AR and MA polynomials */
	int pe = p + s->m * P, qe = q + s->m * Q;
	double poly[pe + qe + 1];
	double minroot = 2, mr;
	if (p + P > 0) {
		struct arima_spec fs = sp;
		double th[qe + 1];
		arima_expand(&fs, f->coef, 0, poly, th);
		if (arima_minroot(poly, pe, -1.0, 1e-8, &mr) != 0)
			c->ic = INFINITY;
		else if (mr < minroot)
			minroot = mr;
	}
	if (q + Q > 0 && c->ic < INFINITY) {
		double ph[pe + 1];
		arima_expand(&sp, f->coef, 0, ph, poly);
		if (arima_minroot(poly, qe, 1.0, 1e-8, &mr) != 0)
			c->ic = INFINITY;
		else if (mr < minroot)
			minroot = mr;
	}
	if (minroot < 1.01)
		c->ic = INFINITY;
	if (s->approx && c->ic < INFINITY) {  /* eager, so the refit order is R's */
		c->checked = 1;
		if (!arima_check_var(s->y, s->n, f))
			c->ic = INFINITY;
	}
	return 0;
}

/* R's `fit$ic < bestfit$ic`, with checkarima() done only when it matters. */
static int better(struct search *s, struct cand *c, double best)
{
	if (!(c->ic < best))
		return 0;
	if (!c->checked) {
		c->checked = 1;
		if (!arima_check_var(s->y, s->n, c->fit)) {
			c->ic = INFINITY;
			return 0;
		}
	}
	return 1;
}

struct row {
	int p, q, P, Q, c;
	double ic;
	int k;  /* position, for a stable sort as R's order() */
};

static int seen(const struct row *r, int k, int p, int q, int P, int Q, int c)
{
	for (int i = 0; i < k; i++)
		if (r[i].p == p && r[i].q == q && r[i].P == P && r[i].Q == Q && r[i].c == c)
			return 1;
	return 0;
}

static int cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	if (x->ic < y->ic)
		return -1;
	if (x->ic > y->ic)
		return 1;
	return x->k - y->k;
}

static int fit_fixed(const double *y, size_t n, struct arima_spec sp, struct arima_model **out,
		     struct sb40_error *err)
{
	return arima_fit(y, n, &sp, out, err);
}

/* Differences of X (length *N) in place at LAG; returns 0 or -1 if empty. */
static int diff_lag(double *x, size_t *n, size_t lag)
{
	if (*n <= lag) {
		*n = 0;
		return -1;
	}
	for (size_t i = 0; i + lag < *n; i++)
		x[i] = x[i + lag] - x[i];
	*n -= lag;
	return 0;
}

int arima_auto(const double *y, size_t n, int m, const struct arima_auto_opts *opts,
	       struct arima_model **out, struct arima_auto_info *info, struct sb40_error *err)
{
	int rc = 0;
	struct arima_auto_opts o;
	struct row *res = NULL;
	double *dx = NULL;
	struct cand best = { NULL, INFINITY, 1 }, c = { NULL, INFINITY, 0 };
	struct search s;
	memset(&s, 0, sizeof s);
	*out = NULL;
	if (opts)
		o = *opts;
	else
		arima_auto_defaults(&o);
	if (info) {
		info->nfits = 0;
		info->seas_strength = NAN;
	}
	if (n == 0)
		return error_set(err, SB40_EMISSING, "no observations");
	for (size_t i = 0; i < n; i++)
		if (!isfinite(y[i]))
			return error_set(err, SB40_EINVAL, "observation %zu is not a finite number", i + 1);
	if (arima_is_constant(y, n)) {
		double mean = 0;
		for (size_t i = 0; i < n; i++)
			mean += y[i];
		mean /= (double)n;
		struct arima_spec sp = { 0, 0, 0, 0, 0, 0, 1, 1, mean };
		if (!o.allow_mean)
			sp.constant = 0, sp.fixed_constant = NAN;
		rc = fit_fixed(y, n, sp, out, err);
		if (rc == 0)
			(*out)->const_series = 1;
		return rc;
	}
	if (m < 1)
		m = 1;
	int max_p = imin(o.max_p, (int)(n / 3)), max_q = imin(o.max_q, (int)(n / 3));
	int max_P = imin(o.max_P, (int)(n / 3 / (size_t)m)), max_Q = imin(o.max_Q, (int)(n / 3 / (size_t)m));
	s.use_aic = n <= 3;
	s.y = y;
	s.n = n;
	s.m = m;

	dx = malloc(n * sizeof *dx);
	if (!dx) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	memcpy(dx, y, n * sizeof *dx);
	size_t ndx = n;
	int D = 0, d;
	if (m == 1) {
		max_P = max_Q = 0;
	} else if (n > 2 * (size_t)m) {
		double st;
		D = imin(arima_nsdiffs(y, n, m, o.seas_threshold, &st), o.max_D);
		if (info)
			info->seas_strength = st;
	}
	if (D > 0 && diff_lag(dx, &ndx, (size_t)m) != 0)
		D = 0, ndx = n, memcpy(dx, y, n * sizeof *dx);
	d = kpss_ndiffs(dx, ndx, o.kpss_alpha, o.max_d);
	if (d < 0) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	if (d > 0 && ndx <= (size_t)d)
		d--;
	for (int k = 0; k < d; k++)
		diff_lag(dx, &ndx, 1);
	s.d = d;
	s.D = D;
	if (ndx == 0) {
		rc = error_set(err, SB40_EMISSING, "not enough data to fit an ARIMA model");
		goto out;
	}
	if (arima_is_constant(dx, ndx)) {
		double mdx = 0;
		for (size_t i = 0; i < ndx; i++)
			mdx += dx[i];
		mdx /= (double)ndx;
		struct arima_spec sp = { 0, d, 0, 0, D, 0, m, 0, NAN };
		if (D > 0 && d == 0)
			sp.constant = 1, sp.fixed_constant = mdx / m;
		else if (D == 0 && d < 2)
			sp.constant = 1, sp.fixed_constant = mdx;
		rc = fit_fixed(y, n, sp, out, err);
		goto out;
	}
	if (m > 1) {
		if (max_P > 0)
			max_p = imin(max_p, m - 1);
		if (max_Q > 0)
			max_q = imin(max_q, m - 1);
	}
	s.approx = o.approximation < 0 ? (n > 150 || m > 12) : o.approximation;
	if (s.approx) {
		struct arima_spec sp = { 0, d, 0, 0, D, 0, m, 1, NAN };
		struct arima_model *f0 = NULL;
		s.offset = 0;
		if (arima_fit(y, n, &sp, &f0, NULL) == 0)
			s.offset = -2 * f0->loglik - (double)n * log(f0->sigma2_ml);
		arima_model_free(f0);
	}
	int allowdrift = o.allow_drift && d + D == 1;
	int allowmean = o.allow_mean && d + D == 0;
	int constant = allowdrift || allowmean;
	int start_p = o.start_p, start_q = o.start_q, start_P = o.start_P, start_Q = o.start_Q;
	if (n < 10) {
		start_p = imin(start_p, 1);
		start_q = imin(start_q, 1);
		start_P = start_Q = 0;
	}
	int p = imin(start_p, max_p), q = imin(start_q, max_q);
	int P = imin(start_P, max_P), Q = imin(start_Q, max_Q);
	int nmodels = o.nmodels;
	res = calloc((size_t)nmodels + 1, sizeof *res);
	if (!res) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	int k = 0;
#define TRY(pp, qq, PP, QQ, cc)                                                    \
	do {                                                                       \
		if (try_model(&s, (pp), (qq), (PP), (QQ), (cc), &c) != 0) {         \
			rc = error_set(err, SB40_ENOMEM, "out of memory");          \
			goto out;                                                  \
		}                                                                  \
		res[k] = (struct row){ (pp), (qq), (PP), (QQ), (cc), c.ic, k };    \
		k++;                                                               \
	} while (0)
#define KEEP_OR_DROP(cond_then)                                                    \
	do {                                                                       \
		if (better(&s, &c, best.ic)) {                                     \
			res[k - 1].ic = c.ic;                                      \
			arima_model_free(best.fit);                                \
			best = c;                                                  \
			c.fit = NULL;                                              \
			cond_then;                                                 \
		} else {                                                           \
			res[k - 1].ic = c.ic;                                      \
			arima_model_free(c.fit);                                   \
			c.fit = NULL;                                              \
		}                                                                  \
	} while (0)

	TRY(p, q, P, Q, constant);
	best = c;
	c.fit = NULL;
	if (!best.checked && best.ic < INFINITY) {
		best.checked = 1;
		if (!arima_check_var(y, n, best.fit))
			best.ic = INFINITY;
		res[0].ic = best.ic;
	}
	TRY(0, 0, 0, 0, constant);
	KEEP_OR_DROP((p = q = P = Q = 0));
	if (max_p > 0 || max_P > 0) {
		int pp = max_p > 0, PP = m > 1 && max_P > 0;
		TRY(pp, 0, PP, 0, constant);
		KEEP_OR_DROP((p = pp, P = PP, q = Q = 0));
	}
	if (max_q > 0 || max_Q > 0) {
		int qq = max_q > 0, QQ = m > 1 && max_Q > 0;
		TRY(0, qq, 0, QQ, constant);
		KEEP_OR_DROP((p = P = 0, Q = QQ, q = qq));
	}
	if (constant) {
		TRY(0, 0, 0, 0, 0);
		KEEP_OR_DROP((p = q = P = Q = 0));
	}
	/* Neighbours in R's order; on an improvement the scan restarts. */
	int startk = 0;
	while (startk < k && k < nmodels) {
		startk = k;
		static const int moves[][5] = {
			/* dP, dQ, dp, dq, toggle-constant */
			{ -1, 0, 0, 0, 0 }, { 0, -1, 0, 0, 0 }, { 1, 0, 0, 0, 0 }, { 0, 1, 0, 0, 0 },
			{ -1, -1, 0, 0, 0 }, { -1, 1, 0, 0, 0 }, { 1, -1, 0, 0, 0 }, { 1, 1, 0, 0, 0 },
			{ 0, 0, -1, 0, 0 }, { 0, 0, 0, -1, 0 }, { 0, 0, 1, 0, 0 }, { 0, 0, 0, 1, 0 },
			{ 0, 0, -1, -1, 0 }, { 0, 0, -1, 1, 0 }, { 0, 0, 1, -1, 0 }, { 0, 0, 1, 1, 0 },
			{ 0, 0, 0, 0, 1 },
		};
		for (size_t mi = 0; mi < sizeof moves / sizeof moves[0]; mi++) {
			const int *mv = moves[mi];
			int np_ = p + mv[2], nq = q + mv[3], nP = P + mv[0], nQ = Q + mv[1];
			int nc = mv[4] ? !constant : constant;
			if (mv[4] && !(allowdrift || allowmean))
				continue;
			if (np_ < 0 || nq < 0 || nP < 0 || nQ < 0 || np_ > max_p || nq > max_q ||
			    nP > max_P || nQ > max_Q)
				continue;
			if (seen(res, k, np_, nq, nP, nQ, nc))
				continue;
			if (k + 1 > nmodels) {
				k++;
				break;
			}
			int improved = 0;
			TRY(np_, nq, nP, nQ, nc);
			KEEP_OR_DROP((p = np_, q = nq, P = nP, Q = nQ, constant = nc, improved = 1));
			if (improved && !mv[4])
				break;
		}
	}
	if (s.approx && best.fit) {
		/* refit the best models exactly, in order of their approximate IC */
		qsort(res, (size_t)(k < nmodels ? k : nmodels), sizeof *res, cmp_row);
		s.approx = 0;
		arima_model_free(best.fit);
		best.fit = NULL;
		best.ic = INFINITY;
		for (int i = 0; i < (k < nmodels ? k : nmodels); i++) {
			if (try_model(&s, res[i].p, res[i].q, res[i].P, res[i].Q, res[i].c, &c) != 0) {
				rc = error_set(err, SB40_ENOMEM, "out of memory");
				goto out;
			}
			if (better(&s, &c, INFINITY)) {
				best = c;
				c.fit = NULL;
				break;
			}
			arima_model_free(c.fit);
			c.fit = NULL;
		}
	}
	if (!best.fit || !(best.ic < INFINITY)) {
		rc = error_set(err, SB40_ENOCONV, "no suitable ARIMA model found");
		goto out;
	}
	*out = best.fit;
	best.fit = NULL;
#undef TRY
#undef KEEP_OR_DROP
out:
	if (info)
		info->nfits = s.nfits;
	arima_model_free(best.fit);
	arima_model_free(c.fit);
	free(res);
	free(dx);
	return rc;
}
