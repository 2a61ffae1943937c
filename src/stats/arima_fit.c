/* arima_fit.c - estimation of one ARIMA order, as R's stats::arima with
 * method "CSS-ML" (and "CSS" for auto.arima's approximation), wrapped the
 * way forecast::Arima reports it (AICc, BIC, residual variance).
 *
 * Steps (R's): regression start for the mean/drift on the differenced data;
 * conditional sum of squares minimised by BFGS from zero ARMA
 * coefficients; the AR parts must then be stationary; exact Gaussian
 * likelihood by the Kalman filter (arima_ss.c), minimised by BFGS over the
 * PACF-transformed AR coefficients; non-invertible MA parts are reflected.
 * BFGS is GSL's (arima_opt.c).  Inside the optimiser the likelihood is that
 * of the differenced series by the Chandrasekhar recursions
 * (arima_like_arma()); the reported value is R's own filter at the end.
 * arima_check_var() is R's checkarima(), used by the search.
 *
 * Ownership: see arima.h; everything allocated here is freed before return
 * except the model handed to the caller.
 */
#include "stats/arima_int.h"
#include <float.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define OPT_NDEPS 1e-3      /* R's ndeps: the Hessian check uses it */

struct fitctx {
	const double *y;
	size_t n;
	struct arima_spec sp;
	int narma, ncx, nfree;  /* free coefficients are coef[0..nfree-1] */
	int pexp, qexp, nd, ncond;
	double *coef;           /* narma + ncx */
	double *xreg;           /* n: the mean's or the drift's regressor */
	double *x;              /* n: y minus the regression part */
	double *phi, *theta;    /* expanded polynomials */
	double *cwork;          /* 2n for CSS */
	double *wd;             /* n: the differenced series */
	double *dy, *dxreg;     /* n - nd: y and the regressor differenced */
	struct arima_state *ss;  /* R's form, differencing in the state */
	struct arima_state *ssa; /* the ARMA part alone, for the optimiser */
	int exact;              /* obj_ml: R's diffuse filter instead of ssa */
	double *kresid;         /* exact obj_ml: the filter's residuals (may be NULL) */
	double kssq;            /* ... and its sum of squares */
	double (*fn)(struct fitctx *, const double *); /* being minimised */
	int trans;
};

static size_t diff_inplace(double *v, size_t n, int d, int sd, int m);

/* y - xreg * beta into X (length n) */
static void apply_xreg(struct fitctx *f, double *x)
{
	if (!f->ncx) {
		memcpy(x, f->y, f->n * sizeof *x);
		return;
	}
	double b = f->coef[f->narma];
	for (size_t i = 0; i < f->n; i++)
		x[i] = f->y[i] - b * f->xreg[i];
}

static void set_free(struct fitctx *f, const double *par)
{
	for (int i = 0; i < f->nfree; i++)
		f->coef[i] = par[i];
}

/* R's armaCSS: 0.5 log(CSS / n), on the differenced series prepared by
 * ctx_init() (differencing commutes with the regression). */
static double obj_css(struct fitctx *f, const double *par)
{
	set_free(f, par);
	arima_expand(&f->sp, f->coef, 0, f->phi, f->theta);
	size_t nw = f->n - (size_t)f->nd;
	const double *w = f->dy;
	if (f->ncx) {
		double b = f->coef[f->narma];
		for (size_t i = 0; i < nw; i++)
			f->wd[i] = f->dy[i] - b * f->dxreg[i];
		w = f->wd;
	}
	double s = arima_css_diff(w, nw, f->phi, f->pexp, f->theta, f->qexp, f->cwork);
	return 0.5 * log(s);
}

/* R's armafn: 0.5 (log(ssq / nu) + sumlog / nu).  Inside the optimiser
 * the likelihood is that of the differenced series (see
 * arima_kalman_arma()); with F->exact, R's own filter. */
static double obj_ml(struct fitctx *f, const double *par)
{
	double ssq, sumlog;
	int nu;
	set_free(f, par);
	arima_expand(&f->sp, f->coef, f->trans, f->phi, f->theta);
	if (f->exact) {
		apply_xreg(f, f->x);
		if (arima_state_set(f->ss, f->phi, f->theta, f->qexp) != 0)
			return DBL_MAX;
		arima_kalman(f->ss, f->x, f->n, f->kresid, &ssq, &sumlog, &nu);
		f->kssq = ssq;
	} else {
		/* the differenced series: without a regressor it is f->dy; with
		 * one, y - xreg b differenced (in this order: bit for bit what R's
		 * filter sees) */
		const double *w = f->dy;
		size_t nw = f->n - (size_t)f->nd;
		if (f->ncx) {
			apply_xreg(f, f->wd);
			nw = diff_inplace(f->wd, f->n, f->sp.d, f->sp.D, f->sp.m);
			w = f->wd;
		}
		if (arima_like_arma(f->ssa, f->phi, f->theta, f->qexp, w, nw, &ssq, &sumlog, &nu) != 0)
			return DBL_MAX;
	}
	if (nu <= 0)
		return DBL_MAX;
	double v = 0.5 * (log(ssq / nu) + sumlog / nu);
	return isnan(v) ? DBL_MAX : v;
}

typedef double (*objfn)(struct fitctx *, const double *);

static double call_obj(void *ctx, const double *par)
{
	struct fitctx *f = ctx;
	return f->fn(f, par);
}

/* Minimise FN over PAR (see arima_minimize()). */
static int minimize(struct fitctx *f, objfn fn, double *par, int np, const double *scale,
		    int central, double *fmin)
{
	f->fn = fn;
	return arima_minimize(call_obj, f, par, np, scale, central, fmin);
}

/* Differences of V (length N) in place: D at lag 1, SD at lag M; returns
 * the new length (the first d + sd m values are dropped). */
static size_t diff_inplace(double *v, size_t n, int d, int sd, int m)
{
	for (int k = 0; k < d; k++) {
		if (n <= 1)
			return 0;
		for (size_t i = 0; i + 1 < n; i++)
			v[i] = v[i + 1] - v[i];
		n--;
	}
	for (int k = 0; k < sd; k++) {
		if (n <= (size_t)m)
			return 0;
		for (size_t i = 0; i + (size_t)m < n; i++)
			v[i] = v[i + (size_t)m] - v[i];
		n -= (size_t)m;
	}
	return n;
}

/* lm(dx ~ dz - 1): coefficient and its standard error. */
static void lm1(const double *x, const double *z, size_t n, double *b, double *se)
{
	double sxz = 0, szz = 0, ssr = 0;
	for (size_t i = 0; i < n; i++)
		sxz += x[i] * z[i], szz += z[i] * z[i];
	*b = szz > 0 ? sxz / szz : 0;
	for (size_t i = 0; i < n; i++) {
		double e = x[i] - *b * z[i];
		ssr += e * e;
	}
	*se = n > 1 && szz > 0 ? sqrt(ssr / (double)(n - 1) / szz) : NAN;
}

static int check_spec(const struct arima_spec *sp, struct sb40_error *err)
{
	if (sp->p < 0 || sp->d < 0 || sp->q < 0 || sp->P < 0 || sp->D < 0 || sp->Q < 0 ||
	    sp->p > 50 || sp->q > 50 || sp->d > 3 || sp->P > 10 || sp->Q > 10 || sp->D > 2)
		return error_set(err, SB40_EINVAL, "invalid ARIMA order (%d,%d,%d)(%d,%d,%d)",
				 sp->p, sp->d, sp->q, sp->P, sp->D, sp->Q);
	if (sp->m < 1 || sp->m > 366)
		return error_set(err, SB40_EINVAL, "invalid seasonal period %d", sp->m);
	if (sp->m == 1 && (sp->P || sp->D || sp->Q))
		return error_set(err, SB40_EINVAL, "a seasonal ARIMA part needs a period above 1");
	if (!isnan(sp->fixed_constant) && (sp->p || sp->q || sp->P || sp->Q))
		return error_set(err, SB40_EINVAL, "a fixed constant is only allowed without ARMA terms");
	return 0;
}

static void ctx_release(struct fitctx *f)
{
	arima_state_free(f->ss);
	arima_state_free(f->ssa);
	free(f->coef);
	f->ss = f->ssa = NULL;
	f->coef = NULL;
}

void arima_model_free(struct arima_model *m)
{
	if (!m)
		return;
	if (m->priv) {
		arima_state_free(m->priv->ss);
		free(m->priv->tcoef);
		free(m->priv->parscale);
		free(m->priv);
	}
	free(m->coef);
	free(m);
}

int arima_fit(const double *y, size_t n, const struct arima_spec *spec,
	      struct arima_model **out, struct sb40_error *err)
{
	return arima_fit_method(y, n, spec, ARIMA_CSS_ML, out, err);
}

/* Set up F for Y, N, SPEC: buffers, Delta, the regressor, the starting
 * values INIT and scales SCALE (both nfree + 1, allocated here; caller
 * frees them and calls ctx_release()). */
static int ctx_init(struct fitctx *f, const double *y, size_t n, const struct arima_spec *spec,
		    double **init_out, double **scale_out, struct sb40_error *err)
{
	int rc;
	double *init = NULL, *scale = NULL;
	memset(f, 0, sizeof *f);
	*init_out = *scale_out = NULL;
	if ((rc = check_spec(spec, err)) != 0)
		return rc;
	f->y = y;
	f->n = n;
	f->sp = *spec;
	struct arima_spec *sp = &f->sp;
	if (sp->m == 1)
		sp->P = sp->D = sp->Q = 0;
	f->narma = sp->p + sp->q + sp->P + sp->Q;
	f->pexp = sp->p + sp->m * sp->P;
	f->qexp = sp->q + sp->m * sp->Q;
	f->nd = sp->d + sp->m * sp->D;
	int ndiff = sp->d + sp->D;
	f->ncx = sp->constant && ndiff <= 1;
	int fixed = !isnan(sp->fixed_constant);
	f->nfree = fixed ? 0 : f->narma + f->ncx;
	f->ncond = f->nd + f->pexp;
	if (n <= (size_t)f->nd) {
		if (sp->m > 1 && sp->P + sp->D + sp->Q > 0)
			return error_set(err, SB40_EMISSING,
					 "too few observations for ARIMA(%d,%d,%d)(%d,%d,%d)[%d]",
					 sp->p, sp->d, sp->q, sp->P, sp->D, sp->Q, sp->m);
		return error_set(err, SB40_EMISSING, "too few observations for ARIMA(%d,%d,%d)",
				 sp->p, sp->d, sp->q);
	}

	/* Delta = (1 - B)^d (1 - B^m)^D, R's sign: y_t = sum delta_k y_{t-k} + ... */
	double dpoly[f->nd + 1], delta[f->nd > 0 ? f->nd : 1];
	memset(dpoly, 0, sizeof dpoly);
	dpoly[0] = 1;
	int deg = 0;
	for (int k = 0; k < sp->d + sp->D; k++) {
		int lag = k < sp->d ? 1 : sp->m;
		for (int i = deg + lag; i >= lag; i--)
			dpoly[i] -= dpoly[i - lag];
		deg += lag;
	}
	for (int i = 0; i < f->nd; i++)
		delta[i] = -dpoly[i + 1];

	size_t nbuf = (size_t)(f->narma + f->ncx) + 6 * n + (size_t)f->pexp + (size_t)f->qexp +
		      2 * n + 1;
	double *buf = calloc(nbuf, sizeof *buf);
	init = calloc((size_t)f->nfree + 1, sizeof *init);
	scale = calloc((size_t)f->nfree + 1, sizeof *scale);
	f->ss = arima_state_new(f->pexp, f->qexp, delta, f->nd);
	f->ssa = arima_state_new(f->pexp, f->qexp, NULL, 0);
	f->coef = buf;
	if (!buf || !init || !scale || !f->ss || !f->ssa) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto fail;
	}
	double *w = buf;
	w += f->narma + f->ncx;
	f->xreg = w, w += n;
	f->x = w, w += n;
	double *dz = w;
	w += n;
	f->phi = w, w += f->pexp;
	f->theta = w, w += f->qexp;
	f->wd = w, w += n;
	f->dy = w, w += n;
	f->dxreg = w, w += n;
	f->cwork = w;

	for (int i = 0; i < f->nfree; i++)
		scale[i] = 1.0;
	memcpy(f->dy, y, n * sizeof *y);
	diff_inplace(f->dy, n, sp->d, sp->D, sp->m);
	if (f->ncx) {
		for (size_t i = 0; i < n; i++)
			f->xreg[i] = ndiff == 0 ? 1.0 : (double)(i + 1);
		memcpy(f->dxreg, f->xreg, n * sizeof *y);
		diff_inplace(f->dxreg, n, sp->d, sp->D, sp->m);
		if (fixed) {
			f->coef[f->narma] = sp->fixed_constant;
		} else {
			double b, se;
			memcpy(f->x, y, n * sizeof *f->x);
			memcpy(dz, f->xreg, n * sizeof *dz);
			size_t nx = diff_inplace(f->x, n, sp->d, sp->D, sp->m);
			diff_inplace(dz, n, sp->d, sp->D, sp->m);
			if (nx > 1)
				lm1(f->x, dz, nx, &b, &se);
			else
				lm1(y, f->xreg, n, &b, &se);
			init[f->narma] = b;
			scale[f->narma] = isfinite(se) && se > 0 ? 10 * se : 1.0;
		}
	}
	*init_out = init;
	*scale_out = scale;
	return 0;
fail:
	free(init);
	free(scale);
	ctx_release(f);
	return rc;
}

/* R's check after the CSS step: the AR parts of COEF are stationary. */
static int css_stationary(const struct arima_spec *sp, const double *coef)
{
	return (sp->p == 0 || arima_ar_check(coef, sp->p)) &&
	       (sp->P == 0 || arima_ar_check(coef + sp->p + sp->q, sp->P));
}

int arima_fit_method(const double *y, size_t n, const struct arima_spec *spec, int method,
		     struct arima_model **out, struct sb40_error *err)
{
	int rc;
	struct fitctx f;
	struct arima_model *mod = NULL;
	double *init = NULL, *scale = NULL, *resid = NULL;
	*out = NULL;
	if ((rc = ctx_init(&f, y, n, spec, &init, &scale, err)) != 0)
		return rc;
	struct arima_spec *sp = &f.sp;
	int ndiff = sp->d + sp->D;
	size_t n_used = n - (size_t)f.nd;
	resid = calloc(n, sizeof *resid);
	mod = calloc(1, sizeof *mod);
	if (mod)
		mod->priv = calloc(1, sizeof *mod->priv);
	if (!resid || !mod || !mod->priv) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}

	double fval = 0;
	int conv = 1;
	f.trans = 0;
	if (method == ARIMA_CSS) {
		if (f.nfree > 0) {
			int orc = minimize(&f, obj_css, init, f.nfree, scale, 0, &fval);
			if (orc < 0) {
				rc = error_set(err, SB40_ENOCONV, "the conditional sum of squares cannot be minimised");
				goto out;
			}
			conv = orc == 0;
		} else {
			fval = obj_css(&f, init);
		}
		set_free(&f, init);
	} else {
		if (f.nfree > 0) {
			double cssv;
			double tmp[f.nfree];
			memcpy(tmp, init, sizeof tmp);
			int orc = minimize(&f, obj_css, tmp, f.nfree, scale, 0, &cssv);
			if (orc == 0 && !css_stationary(sp, tmp)) {
				/* forward differences ended elsewhere than R's central
				 * ones would: R's gradient before giving up */
				memcpy(tmp, init, sizeof tmp);
				orc = minimize(&f, obj_css, tmp, f.nfree, scale, 1, &cssv);
			}
			if (orc == 0)
				memcpy(init, tmp, sizeof tmp);
			else if (orc < 0) {
				rc = error_set(err, SB40_ENOCONV, "the conditional sum of squares cannot be minimised");
				goto out;
			}
			if (!css_stationary(sp, init)) {
				rc = error_set(err, SB40_ENOCONV, "non-stationary AR part from CSS");
				goto out;
			}
			f.trans = 1;
			arima_invpartrans(sp->p, init, init);
			arima_invpartrans(sp->P, init + sp->p + sp->q, init + sp->p + sp->q);
			arima_ma_invert(init + sp->p, sp->q);
			arima_ma_invert(init + sp->p + sp->q + sp->P, sp->Q);
			orc = minimize(&f, obj_ml, init, f.nfree, scale, 0, &fval);
			if (orc < 0) {
				rc = error_set(err, SB40_ENOCONV, "the likelihood cannot be maximised");
				goto out;
			}
			conv = orc == 0;
			arima_ma_invert(init + sp->p, sp->q);
			arima_ma_invert(init + sp->p + sp->q + sp->P, sp->Q);
		}
		/* the value at the estimates with R's own filter */
		f.exact = 1;
		f.kresid = resid;  /* this is also the final filter (below) */
		fval = obj_ml(&f, init);
		f.exact = 0;
		f.kresid = NULL;
		set_free(&f, init);
		if (f.trans) {
			arima_partrans(sp->p, f.coef, f.coef);
			arima_partrans(sp->P, f.coef + sp->p + sp->q, f.coef + sp->p + sp->q);
		}
	}
	/* -inf: a model with nothing to estimate fits exactly (R reports an
	 * infinite likelihood too); with free coefficients R's optimiser fails */
	if (isnan(fval) || fval >= DBL_MAX || (fval == -INFINITY && f.nfree > 0)) {
		rc = error_set(err, SB40_ENOCONV, "the likelihood cannot be evaluated");
		goto out;
	}

	/* Final filter at the estimates: residuals, state for forecasting.
	 * With ML it ran above, at the same polynomials (the AR parts
	 * transformed by the same arima_partrans()): its state, residuals and
	 * sum of squares are kept from there. */
	if (method == ARIMA_CSS) {
		arima_expand(sp, f.coef, 0, f.phi, f.theta);
		if (arima_state_set(f.ss, f.phi, f.theta, f.qexp) != 0) {
			rc = error_set(err, SB40_ENOCONV, "the fitted ARMA part is not stationary");
			goto out;
		}
		apply_xreg(&f, f.x);
		double ssq, sumlog;
		int nu;
		arima_kalman(f.ss, f.x, n, NULL, &ssq, &sumlog, &nu);
		mod->sigma2_ml = arima_css(f.x, n, sp->d, sp->D, sp->m, f.phi, f.pexp, f.theta,
					   f.qexp, f.ncond, resid, f.cwork);
	} else {
		mod->sigma2_ml = f.kssq / (double)n_used;
	}

	mod->spec = *sp;
	mod->has_const = f.ncx;
	mod->is_drift = f.ncx && ndiff == 1;
	mod->n = n;
	mod->ncoef = (size_t)(f.narma + f.ncx);
	mod->nfree = (size_t)f.nfree;
	mod->converged = conv;
	mod->coef = malloc((mod->ncoef + 1) * sizeof *mod->coef);
	mod->priv->tcoef = malloc(((size_t)f.nfree + 1) * sizeof(double));
	mod->priv->parscale = malloc(((size_t)f.nfree + 1) * sizeof(double));
	if (!mod->coef || !mod->priv->tcoef || !mod->priv->parscale) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	memcpy(mod->coef, f.coef, mod->ncoef * sizeof *mod->coef);
	memcpy(mod->priv->tcoef, init, (size_t)f.nfree * sizeof(double));
	memcpy(mod->priv->parscale, scale, (size_t)f.nfree * sizeof(double));
	mod->priv->method = method;
	mod->priv->trans = f.trans;
	mod->priv->ss = f.ss;
	f.ss = NULL;

	double nu_d = (double)n_used;
	double value = 2 * nu_d * fval + nu_d + nu_d * log(2 * M_PI);
	mod->loglik = -0.5 * value;
	double npar = (double)f.nfree + 1;
	double nstar = (double)n_used;  /* n - d - D m */
	if (method == ARIMA_CSS)
		mod->aic = NAN;  /* auto.arima sets its own, with an offset */
	else
		mod->aic = value + 2 * (double)f.nfree + 2;
	mod->bic = mod->aic + npar * (log(nstar) - 2);
	mod->aicc = nstar - npar - 1 > 0 ? mod->aic + 2 * npar * (npar + 1) / (nstar - npar - 1)
					 : INFINITY;
	double rss = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(resid[i]))
			rss += resid[i] * resid[i];
	mod->sigma2 = nstar - npar + 1 > 0 ? rss / (nstar - npar + 1) : mod->sigma2_ml;
	*out = mod;
	mod = NULL;
	rc = 0;
out:
	arima_model_free(mod);
	ctx_release(&f);
	free(init);
	free(scale);
	free(resid);
	return rc;
}

/* d partrans(w)_j / d w_i by forward differences (R's ARIMA_Gradtrans). */
static void gradtrans_block(const double *w, int off, int p, double *A, int np)
{
	if (p <= 0)
		return;
	double w1[p], w2[p], w3[p];
	for (int i = 0; i < p; i++)
		w1[i] = w[off + i];
	arima_partrans(p, w1, w2);
	for (int i = 0; i < p; i++) {
		w1[i] += OPT_NDEPS;
		arima_partrans(p, w1, w3);
		for (int j = 0; j < p; j++)
			A[(off + i) * np + off + j] = (w3[j] - w2[j]) / OPT_NDEPS;
		w1[i] -= OPT_NDEPS;
	}
}

int arima_check_var(const double *y, size_t n, const struct arima_model *model)
{
	struct fitctx f;
	double *init = NULL, *scale = NULL;
	int ok = 0;
	int np = (int)model->nfree;
	if (np == 0)
		return 1;
	if (ctx_init(&f, y, n, &model->spec, &init, &scale, NULL) != 0)
		return 0;
	const struct arima_priv *pv = model->priv;
	objfn fn = pv->method == ARIMA_CSS ? obj_css : obj_ml;
	f.trans = pv->trans;
	size_t nn = (size_t)np * np;
	double *H = malloc((8 * nn + 2 * (size_t)np) * sizeof *H);
	gsl_vector *S = gsl_vector_alloc((size_t)np), *wk = gsl_vector_alloc((size_t)np);
	if (!H || !S || !wk)
		goto out;
	double *A = H + nn, *V = A + nn, *X = V + nn, *x = X + nn, *t = x + np;
	memcpy(x, pv->tcoef, (size_t)np * sizeof *x);
	/* R's optimhess: outer step 1e-3, inner step 1e-3 * parscale.  Where
	 * both parscales are 1, (i, j) evaluates the points (j, i) did (as
	 * v[0], v[2], v[1], v[3]): those values are reused. */
	double *vals = t + np;  /* 4 nn: v of each (i, j) */
	for (int i = 0; i < np; i++) {
		double hi = OPT_NDEPS;
		for (int j = 0; j < np; j++) {
			double gj = OPT_NDEPS * pv->parscale[j];
			double *v = vals + 4 * ((size_t)i * np + j);
			if (j < i && pv->parscale[i] == 1.0 && pv->parscale[j] == 1.0) {
				const double *vt = vals + 4 * ((size_t)j * np + i);
				v[0] = vt[0], v[1] = vt[2], v[2] = vt[1], v[3] = vt[3];
				H[i * np + j] = (v[0] - v[1] - v[2] + v[3]) / (4 * hi * gj);
				continue;
			}
			for (int k = 0; k < 4; k++) {
				memcpy(t, x, (size_t)np * sizeof *t);
				t[i] += k < 2 ? hi : -hi;
				t[j] += k % 2 == 0 ? gj : -gj;
				v[k] = fn(&f, t);
				if (!isfinite(v[k]) || v[k] >= DBL_MAX)
					goto out;
			}
			H[i * np + j] = (v[0] - v[1] - v[2] + v[3]) / (4 * hi * gj);
		}
	}
	for (int i = 0; i < np; i++)
		for (int j = 0; j < i; j++)
			H[i * np + j] = H[j * np + i] = 0.5 * (H[i * np + j] + H[j * np + i]);
	/* var = A' (H n_used)^-1 A, inverted through the SVD H = U S V' */
	double n_used = (double)(n - (size_t)f.nd);
	for (size_t k = 0; k < nn; k++)
		H[k] *= n_used;
	gsl_matrix_view Hv = gsl_matrix_view_array(H, np, np), Vv = gsl_matrix_view_array(V, np, np);
	if (gsl_linalg_SV_decomp(&Hv.matrix, &Vv.matrix, S, wk) != 0)
		goto out;
	double smax = gsl_vector_get(S, 0), smin = gsl_vector_get(S, (size_t)np - 1);
	if (!(smax > 0) || !(smin / smax >= DBL_EPSILON))
		goto out;
	memset(A, 0, nn * sizeof *A);
	for (int i = 0; i < np; i++)
		A[i * np + i] = 1.0;
	if (f.trans) {
		gradtrans_block(x, 0, f.sp.p, A, np);
		gradtrans_block(x, f.sp.p + f.sp.q, f.sp.P, A, np);
	}
	/* X = H^-1 A = V S^-1 U' A ; var_kk = sum_i A_ik X_ik */
	ok = 1;
	for (int k = 0; k < np; k++) {
		double var = 0;
		for (int i = 0; i < np; i++) {
			double xi = 0;
			for (int l = 0; l < np; l++) {
				double utA = 0;
				for (int m = 0; m < np; m++)
					utA += H[m * np + l] * A[m * np + k];
				xi += V[i * np + l] * utA / gsl_vector_get(S, (size_t)l);
			}
			X[i * np + k] = xi;
			var += A[i * np + k] * xi;
		}
		if (!(var >= 0))
			ok = 0;
	}
out:
	free(H);
	gsl_vector_free(S);
	gsl_vector_free(wk);
	ctx_release(&f);
	free(init);
	free(scale);
	return ok;
}
