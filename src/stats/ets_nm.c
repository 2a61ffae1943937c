/* ets_nm.c - Nelder-Mead simplex minimisation (see ets_int.h).
 *
 * Why our own and not gsl_multimin_fminimizer_nmsimplex2: R's ets fits with
 * the Nelder-Mead of optim() (Nash's variant: one simplex of n+1 points,
 * an initial step of 10% of the largest coordinate, the best point kept
 * through shrinks, convergence when the spread of values falls below a
 * relative tolerance), and matching its optima matters more here than the
 * last few evaluations.  Bounds are handled by the caller returning +Inf
 * outside the feasible region; such points are never accepted.
 *
 * The simplex lives in WS: column-major (n+2) columns of (n+1) rows, rows
 * 0..n-1 the coordinates, row n the value; column n+1 is the centroid.
 */
#include <math.h>
#include <string.h>
#include "stats/ets_int.h"

#define NM_BIG 1.0e35
#define NM_ALPHA 1.0 /* reflection */
#define NM_BETA 0.5  /* contraction, shrink */
#define NM_GAMMA 2.0 /* expansion */

static double eval(ets_nm_fn fn, void *ctx, const double *x, int *count)
{
	double f = fn(x, ctx);
	(*count)++;
	return isfinite(f) ? f : NM_BIG;
}

int ets_nm(int n, double *x, ets_nm_fn fn, void *ctx, double reltol, int maxit, double *fmin,
	   double *ws)
{
	const int n1 = n + 1, r = n + 1; /* r: rows per column */
	double *c = ws + (size_t)(n + 1) * r; /* centroid column */
	double f, convtol, step = 0.0, size = 0.0, oldsize;
	int count = 0, lo = 0, calcvert = 1;
#define P(i, j) ws[(size_t)(j) * r + (i)]

	f = fn(x, ctx);
	count++;
	if (!isfinite(f))
		return -1;
	convtol = reltol * (fabs(f) + reltol);
	for (int i = 0; i < n; i++) {
		P(i, 0) = x[i];
		if (0.1 * fabs(x[i]) > step)
			step = 0.1 * fabs(x[i]);
	}
	P(n, 0) = f;
	if (step == 0.0)
		step = 0.1;
	for (int j = 1; j < n1; j++) {
		double trystep = step;
		for (int i = 0; i < n; i++)
			P(i, j) = x[i];
		while (P(j - 1, j) == x[j - 1]) {
			P(j - 1, j) = x[j - 1] + trystep;
			trystep *= 10.0;
		}
		size += trystep;
	}
	oldsize = size;

	for (;;) {
		double vl, vh, vr;
		int hi;
		if (calcvert) {
			for (int j = 0; j < n1; j++) {
				if (j == lo)
					continue;
				for (int i = 0; i < n; i++)
					x[i] = P(i, j);
				P(n, j) = eval(fn, ctx, x, &count);
			}
			calcvert = 0;
		}
		vl = vh = P(n, lo);
		hi = lo;
		for (int j = 0; j < n1; j++) {
			if (j == lo)
				continue;
			f = P(n, j);
			if (f < vl) {
				lo = j;
				vl = f;
			}
			if (f > vh) {
				hi = j;
				vh = f;
			}
		}
		if (vh <= vl + convtol)
			break;

		for (int i = 0; i < n; i++) {
			double t = -P(i, hi);
			for (int j = 0; j < n1; j++)
				t += P(i, j);
			c[i] = t / n;
		}
		for (int i = 0; i < n; i++)
			x[i] = (1.0 + NM_ALPHA) * c[i] - NM_ALPHA * P(i, hi);
		vr = eval(fn, ctx, x, &count);
		if (vr < vl) {
			/* try to expand beyond the reflected point */
			c[n] = vr;
			for (int i = 0; i < n; i++) {
				double e = NM_GAMMA * x[i] + (1.0 - NM_GAMMA) * c[i];
				c[i] = x[i];
				x[i] = e;
			}
			f = eval(fn, ctx, x, &count);
			if (f < vr) {
				for (int i = 0; i < n; i++)
					P(i, hi) = x[i];
				P(n, hi) = f;
			} else {
				for (int i = 0; i < n; i++)
					P(i, hi) = c[i];
				P(n, hi) = vr;
			}
		} else {
			if (vr < vh) {
				for (int i = 0; i < n; i++)
					P(i, hi) = x[i];
				P(n, hi) = vr;
			}
			for (int i = 0; i < n; i++)
				x[i] = (1.0 - NM_BETA) * P(i, hi) + NM_BETA * c[i];
			f = eval(fn, ctx, x, &count);
			if (f < P(n, hi)) {
				for (int i = 0; i < n; i++)
					P(i, hi) = x[i];
				P(n, hi) = f;
			} else if (vr >= vh) {
				/* shrink towards the best point */
				calcvert = 1;
				size = 0.0;
				for (int j = 0; j < n1; j++) {
					if (j == lo)
						continue;
					for (int i = 0; i < n; i++) {
						P(i, j) = NM_BETA * (P(i, j) - P(i, lo)) + P(i, lo);
						size += fabs(P(i, j) - P(i, lo));
					}
				}
				if (size < oldsize)
					oldsize = size;
				else
					break; /* the simplex no longer shrinks */
			}
		}
		if (count > maxit)
			break;
	}
	for (int i = 0; i < n; i++)
		x[i] = P(i, lo);
	*fmin = P(n, lo);
	return count;
#undef P
}
