/* arima_opt.c - the minimiser of the ARIMA estimation: GSL's BFGS
 * (vector_bfgs2) with finite-difference gradients, stopped the way R's
 * optim(method = "BFGS") stops.  See arima_minimize() in arima_int.h.
 *
 * R's choices kept: parameters divided by parscale, relative tolerance
 * 1.49e-8 on the objective between iterations, at most 100 iterations, and
 * failure when a gradient is not finite (R's optim stops with an error).
 * Departures: forward differences of relative step 1e-7 instead of central
 * differences of step 1e-3 (as accurate, half the evaluations) and GSL's
 * line search with the usual quasi-Newton tolerance 0.9.
 */
#include "stats/arima_int.h"
#include <float.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>
#include <math.h>

#define OPT_FDSTEP 1e-7     /* forward-difference gradient step (relative) */
#define OPT_WOLFE 0.9       /* line search: |g(a)'p| <= 0.9 |g(0)'p| */
#define OPT_RELTOL 1.490116119384765625e-8
#define OPT_MAXIT 100

struct optctx {
	double (*fn)(void *, const double *);
	void *ctx;
	const double *scale;
	int np;
	double *par;     /* np: scratch in original units */
	int bad;         /* a gradient was not finite (R stops with an error) */
	double *last_u;  /* np: where opt_f() was last called ... */
	double last_f;   /* ... and its value (GSL asks for f, then df there) */
	int have_last;
};

static double opt_eval(struct optctx *o, const gsl_vector *u)
{
	for (int i = 0; i < o->np; i++)
		o->par[i] = gsl_vector_get(u, (size_t)i) * o->scale[i];
	return o->fn(o->ctx, o->par);
}

static double opt_f(const gsl_vector *u, void *vp)
{
	struct optctx *o = vp;
	double v = opt_eval(o, u);
	v = isfinite(v) ? v : DBL_MAX;
	for (int i = 0; i < o->np; i++)
		o->last_u[i] = gsl_vector_get(u, (size_t)i);
	o->last_f = v;
	o->have_last = 1;
	return v;
}

/* opt_f(U), from the cache when U is where it was last computed */
static double opt_f_cached(const gsl_vector *u, struct optctx *o)
{
	if (o->have_last) {
		int same = 1;
		for (int i = 0; i < o->np && same; i++)
			same = o->last_u[i] == gsl_vector_get(u, (size_t)i);
		if (same)
			return o->last_f;
	}
	return opt_f(u, o);
}

/* Forward-difference gradient at U where the objective is F0. */
static void grad_fwd(struct optctx *o, const gsl_vector *u, double f0, gsl_vector *g)
{
	double w[o->np];
	gsl_vector_view wv = gsl_vector_view_array(w, (size_t)o->np);
	gsl_vector_memcpy(&wv.vector, u);
	for (int i = 0; i < o->np; i++) {
		double ui = w[i];
		double h = OPT_FDSTEP * fmax(1.0, fabs(ui));
		w[i] = ui + h;
		h = w[i] - ui;  /* the step actually taken */
		double f1 = opt_eval(o, &wv.vector);
		w[i] = ui;
		double d = (f1 - f0) / h;
		if (!isfinite(d) || f1 >= DBL_MAX || f0 >= DBL_MAX) {
			o->bad = 1;
			d = 0;
		}
		gsl_vector_set(g, (size_t)i, d);
	}
}

static void opt_df(const gsl_vector *u, void *vp, gsl_vector *g)
{
	grad_fwd(vp, u, opt_f_cached(u, vp), g);
}

static void opt_fdf(const gsl_vector *u, void *vp, double *f, gsl_vector *g)
{
	*f = opt_f(u, vp);
	grad_fwd(vp, u, *f, g);
}

int arima_minimize(double (*fn)(void *, const double *), void *ctx, double *par, int np,
		   const double *scale, double *fmin)
{
	int rc = -1;
	double pw[np], lu[np];
	struct optctx o = { fn, ctx, scale, np, pw, 0, lu, 0, 0 };
	gsl_multimin_function_fdf fdf = { opt_f, opt_df, opt_fdf, (size_t)np, &o };
	gsl_multimin_fdfminimizer *s = NULL;
	gsl_vector *u = gsl_vector_alloc((size_t)np);
	gsl_vector *g = gsl_vector_alloc((size_t)np);
	if (!u || !g)
		goto out;
	for (int i = 0; i < np; i++)
		gsl_vector_set(u, (size_t)i, par[i] / scale[i]);
	double f0 = opt_eval(&o, u);
	if (!isfinite(f0) || f0 >= DBL_MAX)
		goto out;
	grad_fwd(&o, u, f0, g);
	if (o.bad)
		goto out;
	double gn = gsl_blas_dnrm2(g);
	if (gn == 0) {
		*fmin = f0;
		rc = 0;
		goto out;
	}
	s = gsl_multimin_fdfminimizer_alloc(gsl_multimin_fdfminimizer_vector_bfgs2, (size_t)np);
	if (!s)
		goto out;
	/* R's first trial step is x - g; GSL takes a step length. */
	double step = gn < 1.0 ? gn : 1.0;
	gsl_multimin_fdfminimizer_set(s, &fdf, u, step, OPT_WOLFE);
	double fprev = s->f;
	rc = 1;
	for (int it = 0; it < OPT_MAXIT; it++) {
		int st = gsl_multimin_fdfminimizer_iterate(s);
		if (o.bad) {
			rc = -1;
			break;
		}
		if (st != GSL_SUCCESS) {  /* no progress possible: at the minimum */
			rc = 0;
			break;
		}
		if (fabs(fprev - s->f) <= OPT_RELTOL * (fabs(s->f) + OPT_RELTOL)) {
			rc = 0;
			break;
		}
		fprev = s->f;
	}
	if (rc >= 0) {
		const gsl_vector *x = gsl_multimin_fdfminimizer_x(s);
		for (int i = 0; i < np; i++)
			par[i] = gsl_vector_get(x, (size_t)i) * scale[i];
		*fmin = s->f;
	}
out:
	if (s)
		gsl_multimin_fdfminimizer_free(s);
	gsl_vector_free(u);
	gsl_vector_free(g);
	return rc;
}

