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
 * The simplex lives in WS: column-major (n+3) columns of (n+1) rows, rows
 * 0..n-1 the coordinates, row n the value; column n+1 is the centroid,
 * column n+2 the vertex sums.
 *
 * The centroid comes from running sums of the vertices (updated when a
 * vertex is replaced, recomputed after a shrink), not from adding up the
 * simplex at every step as optim() does: O(n) instead of O(n^2) a step, the
 * same points up to rounding.
 *
 * Thresholds (ets_nm_thresh): every trial point is kept only if its value
 * beats a known bound (the worst vertex for a reflection, the reflected
 * value for an expansion, the replaced vertex for a contraction), so the
 * objective is told that bound and may stop early with any value at or
 * above it; the steps taken are exactly those of the plain search.  Only
 * the vertices of a new simplex (start, shrink) need exact values.
 *
 * Log scale (ets_nm_thresh_log): an objective v whose criterion is
 * logn log(v) + offset orders points as the criterion does, so the search
 * compares v and turns only the convergence test into a ratio; ets.c
 * searches an additive error's n log(sse) as the MSE this way (no log, and
 * the early stop compares sums of squares directly).
 */
#include <math.h>
#include <string.h>
#include "stats/ets_int.h"

#define NM_BIG 1.0e35
#define NM_ALPHA 1.0 /* reflection */
#define NM_BETA 0.5  /* contraction, shrink */
#define NM_GAMMA 2.0 /* expansion */

struct plain {
	ets_nm_fn fn;
	void *ctx;
};

static double plain_fn(const double *x, void *ctx, double thresh)
{
	const struct plain *p = ctx;
	(void)thresh;
	return p->fn(x, p->ctx);
}

static double eval(ets_nm_tfn fn, void *ctx, const double *x, double thresh, int *count)
{
	double f = fn(x, ctx, thresh);
	(*count)++;
	return isfinite(f) ? f : NM_BIG;
}

/* S[i] = the sum of coordinate i over all N + 1 vertices of WS. */
static void vertex_sums(int n, const double *restrict ws, double *restrict sum)
{
	const size_t r = (size_t)n + 1;
	for (int i = 0; i < n; i++)
		sum[i] = 0.0;
	for (int j = 0; j <= n; j++)
		for (int i = 0; i < n; i++)
			sum[i] += ws[(size_t)j * r + (size_t)i];
}

/* Vertex J of WS becomes X with value F; SUM follows. */
static void replace(int n, double *ws, int j, const double *x, double f, double *sum)
{
	double *col = ws + (size_t)j * ((size_t)n + 1);
	for (int i = 0; i < n; i++) {
		sum[i] += x[i] - col[i];
		col[i] = x[i];
	}
	col[n] = f;
}

/* LOGN 0: plain values; otherwise see ets_nm_thresh_log */
static inline __attribute__((always_inline)) int nm_body(const int n, double *x, ets_nm_tfn fn,
							  void *ctx, double reltol, int maxit,
							  double *fmin, double *ws, double logn,
							  double offset)
{
	const int n1 = n + 1, r = n + 1; /* r: rows per column */
	double *c = ws + (size_t)(n + 1) * r; /* centroid column */
	double *sum = c + r;                  /* vertex sums */
	const double rn = 1.0 / n;
	double f, convtol, step = 0.0, size = 0.0, oldsize;
	int count = 0, lo = 0, calcvert = 1;
#define P(i, j) ws[(size_t)(j) * r + (i)]

	f = fn(x, ctx, INFINITY);
	count++;
	if (!isfinite(f))
		return -1;
	if (logn > 0.0) {
		/* criterion spread vh - vl <= tol as a ratio of values:
		 * vh <= vl exp(tol / logn); vl 0 (criterion -inf) only meets vh 0 */
		double f0 = f > 0.0 ? logn * log(f) + offset : -1e10;
		convtol = exp(reltol * (fabs(f0) + reltol) / logn);
	} else {
		convtol = reltol * (fabs(f) + reltol);
	}
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
				P(n, j) = eval(fn, ctx, x, INFINITY, &count);
			}
			calcvert = 0;
			vertex_sums(n, ws, sum);
		}
		/* optim()'s scan (the first lowest and first highest, from the
		 * old best) without branches: the outcomes are unpredictable and
		 * revisiting the old best changes nothing */
		vl = vh = P(n, lo);
		hi = lo;
		for (int j = 0; j < n1; j++) {
			const double fj = P(n, j);
			const int below = fj < vl, above = fj > vh;
			lo = below ? j : lo;
			vl = below ? fj : vl;
			hi = above ? j : hi;
			vh = above ? fj : vh;
		}
		if (logn > 0.0 ? vh <= vl * convtol : vh <= vl + convtol)
			break;

		for (int i = 0; i < n; i++)
			c[i] = (sum[i] - P(i, hi)) * rn;
		for (int i = 0; i < n; i++)
			x[i] = (1.0 + NM_ALPHA) * c[i] - NM_ALPHA * P(i, hi);
		vr = eval(fn, ctx, x, vh, &count);
		if (vr < vl) {
			/* try to expand beyond the reflected point */
			c[n] = vr;
			for (int i = 0; i < n; i++) {
				double e = NM_GAMMA * x[i] + (1.0 - NM_GAMMA) * c[i];
				c[i] = x[i];
				x[i] = e;
			}
			f = eval(fn, ctx, x, vr, &count);
			if (f < vr) {
				replace(n, ws, hi, x, f, sum);
			} else {
				replace(n, ws, hi, c, vr, sum);
			}
		} else {
			if (vr < vh)
				replace(n, ws, hi, x, vr, sum);
			for (int i = 0; i < n; i++)
				x[i] = (1.0 - NM_BETA) * P(i, hi) + NM_BETA * c[i];
			f = eval(fn, ctx, x, P(n, hi), &count);
			if (f < P(n, hi)) {
				replace(n, ws, hi, x, f, sum);
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

/* nm_body with the dimension a constant for the sizes ETS models have
 * (its small loops unrolled), any other N as a variable */
static int nm_run(int n, double *x, ets_nm_tfn fn, void *ctx, double reltol, int maxit,
		  double *fmin, double *ws, double logn, double offset)
{
#define NM_N(k)                                                                                   \
	case k:                                                                                   \
		return nm_body(k, x, fn, ctx, reltol, maxit, fmin, ws, logn, offset)
	switch (n) {
		NM_N(1);
		NM_N(2);
		NM_N(3);
		NM_N(4);
		NM_N(5);
		NM_N(6);
		NM_N(7);
		NM_N(8);
		NM_N(9);
	default:
		return nm_body(n, x, fn, ctx, reltol, maxit, fmin, ws, logn, offset);
	}
#undef NM_N
}

int ets_nm_thresh(int n, double *x, ets_nm_tfn fn, void *ctx, double reltol, int maxit,
		  double *fmin, double *ws)
{
	return nm_run(n, x, fn, ctx, reltol, maxit, fmin, ws, 0.0, 0.0);
}

int ets_nm_thresh_log(int n, double *x, ets_nm_tfn fn, void *ctx, double reltol, int maxit,
		      double *fmin, double *ws, double logn, double offset)
{
	return nm_run(n, x, fn, ctx, reltol, maxit, fmin, ws, logn, offset);
}

int ets_nm(int n, double *x, ets_nm_fn fn, void *ctx, double reltol, int maxit, double *fmin,
	   double *ws)
{
	struct plain p = {fn, ctx};
	return ets_nm_thresh(n, x, plain_fn, &p, reltol, maxit, fmin, ws);
}
