/* arima_opt.c - the minimiser of the ARIMA estimation: R's BFGS (optim's
 * vmmin, src/appl/optim.c).  See arima_minimize() in arima_int.h.
 *
 * R's algorithm as it is: parameters divided by parscale, the inverse
 * Hessian approximation started at the identity, a backtracking line
 * search from the full quasi-Newton step (factor 0.2, sufficient decrease
 * 1e-4) on function values only, a gradient only at accepted points, the
 * BFGS update skipped (and the approximation reset) when the curvature is
 * not positive, periodic restarts, relative tolerance 1.49e-8 on the
 * objective, at most 100 iterations (gradients), failure when a gradient is
 * not finite (R's optim stops with an error).
 * Gradients: R's central differences of step 1e-3 when asked for, else
 * forward differences of relative step 1e-7 (as accurate, half the
 * evaluations).  (GSL's vector_bfgs2 was used before: its line search asks
 * for a gradient at every trial point, 1.45x the likelihood evaluations.)
 */
#include "stats/arima_int.h"
#include <float.h>
#include <math.h>
#include <string.h>

#define OPT_FDSTEP 1e-7     /* forward-difference gradient step (relative) */
#define OPT_NDEPS 1e-3      /* R's central-difference step (ndeps) */
#define OPT_RELTOL 1.490116119384765625e-8
#define OPT_MAXIT 100
#define OPT_STEPREDN 0.2    /* R's stepredn, acctol, reltest */
#define OPT_ACCTOL 1e-4
#define OPT_RELTEST 10.0

struct optctx {
	double (*fn)(void *, const double *);
	void *ctx;
	const double *scale;
	int np;
	double *par;     /* np: scratch in original units */
	int bad;         /* a gradient was not finite (R stops with an error) */
	int central;     /* R's central differences */
};

/* The objective at scaled parameters U; not finite gives DBL_MAX. */
static double opt_eval(struct optctx *o, const double *u)
{
	for (int i = 0; i < o->np; i++)
		o->par[i] = u[i] * o->scale[i];
	double v = o->fn(o->ctx, o->par);
	return isfinite(v) ? v : DBL_MAX;
}

/* The gradient G at U where the objective is F0: forward differences, or
 * R's central ones. */
static void grad(struct optctx *o, const double *u, double f0, double *g)
{
	double w[o->np];
	memcpy(w, u, (size_t)o->np * sizeof *w);
	for (int i = 0; i < o->np; i++) {
		double ui = w[i], d, f1, f2 = f0;
		if (o->central) {
			w[i] = ui + OPT_NDEPS;
			f1 = opt_eval(o, w);
			w[i] = ui - OPT_NDEPS;
			f2 = opt_eval(o, w);
			d = (f1 - f2) / (2 * OPT_NDEPS);
		} else {
			double h = OPT_FDSTEP * fmax(1.0, fabs(ui));
			w[i] = ui + h;
			h = w[i] - ui;  /* the step actually taken */
			f1 = opt_eval(o, w);
			d = (f1 - f0) / h;
		}
		w[i] = ui;
		if (!isfinite(d) || f1 >= DBL_MAX || f2 >= DBL_MAX) {
			o->bad = 1;
			d = 0;
		}
		g[i] = d;
	}
}

int arima_minimize(double (*fn)(void *, const double *), void *ctx, double *par, int np,
		   const double *scale, int central, double *fmin)
{
	double pw[np], b[np], g[np], t[np], X[np], c[np], B[np * np];
	struct optctx o = { fn, ctx, scale, np, pw, 0, central };
	for (int i = 0; i < np; i++)
		b[i] = par[i] / scale[i];
	double f = opt_eval(&o, b);
	if (f >= DBL_MAX)
		return -1;
	double Fmin = f;
	grad(&o, b, f, g);
	if (o.bad)
		return -1;
	int count, gradcount = 1, ilast = gradcount, iter = 1;
	do {
		if (ilast == gradcount) {
			memset(B, 0, sizeof B);
			for (int i = 0; i < np; i++)
				B[i * np + i] = 1.0;
		}
		memcpy(X, b, sizeof X);
		memcpy(c, g, sizeof c);
		double gradproj = 0;
		for (int i = 0; i < np; i++) {  /* t = -B g, B symmetric (lower half kept) */
			double s = 0;
			for (int j = 0; j <= i; j++)
				s -= B[i * np + j] * g[j];
			for (int j = i + 1; j < np; j++)
				s -= B[j * np + i] * g[j];
			t[i] = s;
			gradproj += s * g[i];
		}
		if (gradproj < 0) {  /* downhill */
			double steplength = 1.0;
			int accpoint = 0;
			do {
				count = 0;
				for (int i = 0; i < np; i++) {
					b[i] = X[i] + steplength * t[i];
					if (OPT_RELTEST + X[i] == OPT_RELTEST + b[i])
						count++;
				}
				if (count < np) {
					f = opt_eval(&o, b);
					accpoint = f < DBL_MAX &&
						   f <= Fmin + gradproj * steplength * OPT_ACCTOL;
					if (!accpoint)
						steplength *= OPT_STEPREDN;
				}
			} while (!(count == np || accpoint));
			if (!(fabs(f - Fmin) > OPT_RELTOL * (fabs(Fmin) + OPT_RELTOL))) {
				count = np;  /* relative change too small: done */
				Fmin = f;
			}
			if (count < np) {  /* progress: gradient and BFGS update */
				Fmin = f;
				grad(&o, b, f, g);
				if (o.bad)
					return -1;
				gradcount++;
				iter++;
				double D1 = 0;
				for (int i = 0; i < np; i++) {
					t[i] *= steplength;
					c[i] = g[i] - c[i];
					D1 += t[i] * c[i];
				}
				if (D1 > 0) {
					double D2 = 0;
					for (int i = 0; i < np; i++) {
						double s = 0;
						for (int j = 0; j <= i; j++)
							s += B[i * np + j] * c[j];
						for (int j = i + 1; j < np; j++)
							s += B[j * np + i] * c[j];
						X[i] = s;
						D2 += s * c[i];
					}
					D2 = 1.0 + D2 / D1;
					for (int i = 0; i < np; i++)
						for (int j = 0; j <= i; j++)
							B[i * np + j] += (D2 * t[i] * t[j] - X[i] * t[j] -
									  t[i] * X[j]) / D1;
				} else {
					ilast = gradcount;  /* reset */
				}
			} else if (ilast < gradcount) {  /* no progress: reset once */
				count = 0;
				ilast = gradcount;
			}
		} else {  /* uphill: reset unless just reset */
			count = 0;
			if (ilast == gradcount)
				count = np;
			else
				ilast = gradcount;
		}
		if (iter >= OPT_MAXIT)
			break;
		if (gradcount - ilast > 2 * np)
			ilast = gradcount;  /* periodic restart */
	} while (count != np || ilast != gradcount);
	for (int i = 0; i < np; i++)
		par[i] = b[i] * scale[i];
	*fmin = Fmin;
	return iter < OPT_MAXIT ? 0 : 1;
}
