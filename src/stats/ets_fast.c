/* ets_fast.c - concentrated least-squares SES/Holt/damped fits (see ets_fast.h). */
#include "stats/ets_fast.h"
#include "stats/ets_int.h"
#include <math.h>
#include <string.h>

struct fctx {
	const double *y;
	size_t n;
	int trend, damped;
	double l0, b0; /* best initial states of the last evaluation */
};

/* The search runs on unbounded U; the bounds map onto it by logistic curves:
 * alpha = 1e-4 + (0.9999 - 1e-4) s(u0), beta = 1e-4 + (alpha - 1e-4) s(u1),
 * phi = 0.8 + 0.18 s(u2).  (Nelder-Mead against infinite walls at the
 * bounds collapses its simplex and stalls far from the optimum.) */
static double logistic(double u)
{
	return 1.0 / (1.0 + exp(-u));
}

static double logit(double p)
{
	return log(p / (1.0 - p));
}

static void unpack(const struct fctx *c, const double *u, double *a, double *b, double *phi)
{
	*a = 1e-4 + (0.9999 - 1e-4) * logistic(u[0]);
	*b = c->trend ? 1e-4 + (*a - 1e-4) * logistic(u[1]) : 0.0;
	*phi = c->damped ? 0.8 + 0.18 * logistic(u[2]) : 1.0;
}

/* SSE at smoothing parameters P with the initial states concentrated out. */
static double sse_of(const double *p, void *vctx)
{
	struct fctx *c = vctx;
	double a, be, phi;
	/* three linear recursions: driven by y with zero start, by a unit level,
	 * by a unit trend (with y = 0) */
	double ly = 0, by = 0, ll = 1, bl = 0, lb = 0, bb = 1;
	double syy = 0, syl = 0, syb = 0, sll = 0, slb = 0, sbb = 0, det, l0, b0, s;

	unpack(c, p, &a, &be, &phi);
	for (size_t t = 0; t < c->n; t++) {
		double ey = c->y[t] - (ly + phi * by), el = -(ll + phi * bl), eb = -(lb + phi * bb);
		syy += ey * ey;
		syl += ey * el;
		syb += ey * eb;
		sll += el * el;
		slb += el * eb;
		sbb += eb * eb;
		ly += phi * by + a * ey;
		by = phi * by + be * ey;
		ll += phi * bl + a * el;
		bl = phi * bl + be * el;
		lb += phi * bb + a * eb;
		bb = phi * bb + be * eb;
	}
	/* minimise |ey + l0 el + b0 eb|^2 */
	if (c->trend) {
		det = sll * sbb - slb * slb;
		if (fabs(det) <= 1e-12 * fabs(sll * sbb) || det == 0.0) {
			l0 = sll > 0 ? -syl / sll : 0.0;
			b0 = 0.0;
		} else {
			l0 = (-syl * sbb + syb * slb) / det;
			b0 = (-syb * sll + syl * slb) / det;
		}
	} else {
		l0 = sll > 0 ? -syl / sll : 0.0;
		b0 = 0.0;
	}
	s = syy + 2 * l0 * syl + 2 * b0 * syb + l0 * l0 * sll + 2 * l0 * b0 * slb + b0 * b0 * sbb;
	c->l0 = l0;
	c->b0 = b0;
	return s > 0.0 ? s : 0.0;
}

int ets_fast_fit(const double *y, size_t n, int trend, int damped, struct ets_fast *out)
{
	struct fctx c = {y, n, trend, trend && damped, 0, 0};
	double p[3], ws[ETS_NM_WS(3)], f, a, be, phi, l, b;
	int np = 1 + (trend ? 1 : 0) + (c.damped ? 1 : 0);

	memset(out, 0, sizeof *out);
	out->npar = np + 1 + (trend ? 1 : 0);
	if (n <= (size_t)out->npar + 1)
		return -1;
	/* Start from the best point of a coarse grid: with the initial states
	 * solved exactly, SSE often has two basins in beta (near 0: a fixed
	 * trend; near alpha: a local one), and R's single start (alpha 0.2,
	 * beta 0.02) can sit in the wrong one. */
	{
		static const double ga[4] = {0.1, 0.3, 0.6, 0.95}, gb[3] = {0.05, 0.5, 0.95};
		double best = INFINITY, u[3];
		u[2] = logit(0.178 / 0.18); /* phi 0.978, R's start */
		for (int i = 0; i < 4; i++)
			for (int j = 0; j < (trend ? 3 : 1); j++) {
				double v;
				u[0] = logit((ga[i] - 1e-4) / (0.9999 - 1e-4));
				u[1] = logit(gb[j]);
				v = sse_of(u, &c);
				if (v < best) {
					best = v;
					memcpy(p, u, sizeof u);
				}
			}
	}
	if (ets_nm(np, p, sse_of, &c, 1e-6, 1000, &f, ws) < 0)
		return -1;
	f = sse_of(p, &c); /* the states of the optimum */
	if (!isfinite(f))
		return -1;
	unpack(&c, p, &a, &be, &phi);
	l = c.l0;
	b = c.b0;
	for (size_t t = 0; t < n; t++) {
		double e = y[t] - (l + phi * b);
		l += phi * b + a * e;
		b = phi * b + be * e;
	}
	out->trend = trend;
	out->damped = c.damped;
	out->alpha = a;
	out->beta = be;
	out->phi = phi;
	out->l = l;
	out->b = trend ? b : 0.0;
	out->sse = f;
	out->sigma2 = f / (double)(n - (size_t)out->npar);
	return 0;
}

void ets_fast_forecast(const struct ets_fast *f, size_t h, double *mean, double *sd)
{
	double phis = 0.0, pk = 1.0, v = 1.0;
	for (size_t i = 0; i < h; i++) {
		pk *= f->phi;
		phis += pk; /* phi + ... + phi^(i+1) */
		mean[i] = f->l + phis * f->b;
		if (sd)
			sd[i] = sqrt(f->sigma2 * v);
		{
			double cj = f->alpha + f->beta * phis;
			v += cj * cj;
		}
	}
}
