/* ets_lik.c - fast paths of the ETS likelihood (and of R's other criterion,
 * the MSE) for the optimiser (see ets_int.h, ets_lik_fast, ets_mse_fast).
 *
 * Why: the optimiser evaluates the likelihood hundreds of times per model,
 * and the plain recursion is one chain of dependent operations (each
 * forecast needs the previous one), so the core mostly waits.  Without a
 * multiplicative component the one-step forecasts follow a linear system:
 * with z_t = (f_t, u_{t-1}), f_t the forecast of y_t and u = phi b,
 *
 *     z_{t+1} = M z_t + K y_t,   M = [1-k1  phi; -k2  phi],  K = (k1, k2),
 *     k1 = alpha + phi beta,  k2 = phi beta,
 *
 * for either error type (the states are updated with y - f in R's
 * Holt-Winters form; only the likelihood tells the errors apart).  Stepping
 * four observations at once, z_{t+4} = M^4 z_t + (terms in y only), leaves
 * one short chain per four values and lets the forecasts inside the block
 * be computed in parallel from z_t (in pairs of SSE2 lanes).  No trend:
 * phi = beta = 0 (u stays 0).  An additive season enters as y_t - s_t: with
 * m >= 4 the four indices a block uses were all updated before it starts.
 * An additive error's criterion only grows along the series, so the loop
 * stops as soon as it passes the optimiser's threshold (ets_nm_thresh).
 *
 * Multiplicative season (R allows it with a multiplicative error only, as
 * sb40's ets_select): the recursion stays one step at a time, but with
 * 1/q and the reciprocal of each seasonal index (taken when the index is
 * updated, m steps before it is used) its three divisions per step become
 * two, none of them on the level's chain; R's guards against |q| or |s|
 * below 1e-10, which almost never apply, are checked once per run instead
 * of at every step.
 *
 * The values differ from ets_core_run's one-step recursion only by rounding
 * (tests/unit/test_ets_lik.c compares them).  Pure, no allocation.
 */
#include <math.h>
#include "stats/ets_int.h"

typedef double v2 __attribute__((vector_size(16))); /* a pair of SSE2 lanes */

/* A (2x2, row-major) times B */
static inline void mat2_mul(const double *a, const double *b, double *out)
{
	out[0] = a[0] * b[0] + a[1] * b[2];
	out[1] = a[0] * b[1] + a[1] * b[3];
	out[2] = a[2] * b[0] + a[3] * b[2];
	out[3] = a[2] * b[1] + a[3] * b[3];
}

static inline void mat2_vec(const double *a, const double *v, double *out)
{
	out[0] = a[0] * v[0] + a[1] * v[1];
	out[1] = a[2] * v[0] + a[3] * v[1];
}

/* One step's error E with forecast F into A (relative for MULT). */
static inline __attribute__((always_inline)) void acc_add(struct ets_acc *a, double e, double f,
							  int mult)
{
	if (mult) {
		e /= f;
		ets_acc_prod(a, fabs(f));
	}
	a->sse += e * e;
}

/* A number >= exp(X) and within 2e-5 of it (relative), cheaper than exp():
 * 2^k e^f, f in [0, ln 2), with e^f from its Taylor series to degree 7 (short
 * by less than 3e-6) and a margin of 1e-5.  INFINITY (never stop early)
 * outside +-1000 binary orders and for NaN. */
static inline double exp_above(double x)
{
	double z = x * M_LOG2E, k, f, p;
	if (!(z < 1000.0 && z > -1000.0))
		return INFINITY;
	k = floor(z);
	f = (z - k) * M_LN2;
	p = 1.0 + f * (1.0 + f * (1.0 / 2 + f * (1.0 / 6 + f * (1.0 / 24 + f * (1.0 / 120 +
		f * (1.0 / 720 + f * (1.0 / 5040)))))));
	return ldexp(p * (1.0 + 1e-5), (int)k);
}

/* The constants of a four-step block in lane pairs: the new state
 * z' = c0 f + c1 u + w3 y0 + w2 y1 + w1 y2 + w0 y3, the forecasts
 * (f, f1) = a0 f + a1 u + a2 y0 and (f2, f3) = b0 f + b1 u + b2 y0 + b3 y1
 * + b4 y2 (y: the values less their additive seasonal indices). */
struct blk {
	v2 c0, c1, w3, w2, w1, w0, a0, a1, a2, b0, b1, b2, b3, b4;
};

/* One block of Y[0..3] with additive indices S01, S23 (zero without a
 * season): the state (F, U) moves four steps, the criterion's parts into A,
 * the four errors y - s - forecast into E01, E23. */
static inline __attribute__((always_inline)) void block4(const struct blk *k, const double *y,
							 v2 s01, v2 s23, double *f, double *u,
							 struct ets_acc *a, int mult, v2 *e01, v2 *e23)
{
	const v2 y01 = (v2){y[0], y[1]} - s01, y23 = (v2){y[2], y[3]} - s23;
	const v2 fb = {*f, *f}, ub = {*u, *u};
	const v2 y0 = {y01[0], y01[0]}, y1 = {y01[1], y01[1]};
	const v2 y2 = {y23[0], y23[0]}, y3 = {y23[1], y23[1]};
	const v2 f01 = k->a0 * fb + k->a1 * ub + k->a2 * y0;
	const v2 f23 = (k->b0 * fb + k->b1 * ub) + (k->b2 * y0 + k->b3 * y1 + k->b4 * y2);
	const v2 zn = (k->c0 * fb + k->c1 * ub) + (k->w3 * y0 + k->w2 * y1 + k->w1 * y2 + k->w0 * y3);
	*e01 = y01 - f01;
	*e23 = y23 - f23;
	if (mult) {
		const v2 p01 = f01 + s01, p23 = f23 + s23, pp = p01 * p23;
		const double p4 = fabs(pp[0] * pp[1]);
		if (p4 > 1e-280 && p4 < 1e280) {
			const v2 r01 = *e01 / p01, r23 = *e23 / p23;
			const v2 q = r01 * r01 + r23 * r23;
			a->sse += q[0] + q[1];
			ets_acc_prod(a, p4);
		} else { /* one step at a time near over/underflow */
			acc_add(a, (*e01)[0], p01[0], 1);
			acc_add(a, (*e01)[1], p01[1], 1);
			acc_add(a, (*e23)[0], p23[0], 1);
			acc_add(a, (*e23)[1], p23[1], 1);
		}
	} else {
		const v2 q = *e01 * *e01 + *e23 * *e23;
		a->sse += q[0] + q[1];
	}
	*f = zn[0];
	*u = zn[1];
}

/* SEASON: additive seasonal indices in a ring S[M] (S[k] the next one
 * used), M >= 4 so that a block of four never uses an index it updates. */
static inline __attribute__((always_inline)) double
lin_run(const struct ets_core *c, const double *x0, int mult, int season, double thresh, int mse)
{
	const double *y = c->y;
	const size_t n = c->n;
	const int m = season ? c->m : 1;
	const double phi = c->trend ? c->phi : 0.0, beta = c->trend ? c->beta : 0.0;
	const double gamma = season ? c->gamma : 0.0;
	const double k1 = c->alpha + phi * beta, k2 = phi * beta;
	const double m1[4] = {1.0 - k1, phi, -k2, phi}, kk[2] = {k1, k2};
	double m2[4], m3[4], m4[4], mk[2], m2k[2], m3k[2], s[ETS_MAXM];
	double f, u;
	struct ets_acc a = {0.0, 1.0, 0};
	size_t t = 0;
	int k = 0;
	/* an additive error's criterion n log(sse) only grows: once the
	 * partial sse passes this, the value is above THRESH */
	const double lim = mult	 ? INFINITY
			   : mse ? thresh * (double)n * (1.0 + 1e-12)
				 : exp_above(thresh / (double)n);

	mat2_mul(m1, m1, m2);
	mat2_mul(m2, m1, m3);
	mat2_mul(m2, m2, m4);
	mat2_vec(m1, kk, mk);
	mat2_vec(m2, kk, m2k);
	mat2_vec(m3, kk, m3k);
	u = c->trend ? phi * x0[1] : 0.0;
	f = x0[0] + u; /* level + trend part of the forecast */
	if (season) {
		const int soff = 1 + (c->trend != ETS_N);
		for (int i = 0; i < m; i++)
			s[i] = x0[soff + m - 1 - i];
	}

	{
		const struct blk bk = {
		    {m4[0], m4[2]}, {m4[1], m4[3]}, {m3k[0], m3k[1]}, {m2k[0], m2k[1]},
		    {mk[0], mk[1]}, {kk[0], kk[1]}, {1.0, m1[0]}, {0.0, m1[1]},
		    {0.0, kk[0]},   {m2[0], m3[0]}, {m2[1], m3[1]}, {mk[0], m2k[0]},
		    {kk[0], mk[0]}, {0.0, kk[0]}};
		const v2 g = {gamma, gamma};
		v2 e01, e23;
		if (season && m == 4) {
			/* the four indices stay in registers: every block uses them all */
			v2 s01 = {s[0], s[1]}, s23 = {s[2], s[3]};
			for (; t + 4 <= n; t += 4) {
				block4(&bk, y + t, s01, s23, &f, &u, &a, mult, &e01, &e23);
				s01 += g * e01;
				s23 += g * e23;
				if (!mult && a.sse >= lim)
					return INFINITY;
			}
			s[0] = s01[0], s[1] = s01[1], s[2] = s23[0], s[3] = s23[1];
		}
		for (; t + 4 <= n; t += 4) {
			v2 s01 = {0, 0}, s23 = {0, 0};
			int i0 = k, i1 = 0, i2 = 0, i3 = 0;
			if (season) {
				i1 = i0 + 1 == m ? 0 : i0 + 1;
				i2 = i1 + 1 == m ? 0 : i1 + 1;
				i3 = i2 + 1 == m ? 0 : i2 + 1;
				k = i3 + 1 == m ? 0 : i3 + 1;
				s01 = (v2){s[i0], s[i1]};
				s23 = (v2){s[i2], s[i3]};
			}
			block4(&bk, y + t, s01, s23, &f, &u, &a, mult, &e01, &e23);
			if (season) {
				const v2 n01 = s01 + g * e01, n23 = s23 + g * e23;
				s[i0] = n01[0];
				s[i1] = n01[1];
				s[i2] = n23[0];
				s[i3] = n23[1];
			}
			if (!mult && a.sse >= lim)
				return INFINITY;
		}
	}
	for (; t < n; t++) {
		double yt = y[t], so = 0.0, e, fn;
		if (season) {
			so = s[k];
			yt -= so;
		}
		e = yt - f;
		fn = m1[0] * f + m1[1] * u + kk[0] * yt;
		acc_add(&a, e, f + so, mult);
		if (season) {
			s[k] = so + gamma * e;
			k = k + 1 == m ? 0 : k + 1;
		}
		u = m1[2] * f + m1[3] * u + kk[1] * yt;
		f = fn;
	}
	if (mse)
		return a.sse / (double)n;
	return ets_acc_lik(&a, n, mult);
}

/* One step of the multiplicative error and season at index K, trend N or A
 * (TREND): R's update with p = y / s as y (1/s), u = y / q as y (1/q).
 * GUARD: R's guards for |q|, |s| < ETS_TOL and R's relative error
 * (y - f) / f, f = q s; without: e = p (1/q) - 1, the same while no guard
 * applies, and the smallest q and new index go into *MNQ, *MNS. */
static inline __attribute__((always_inline)) void
mseas_step(double yt, double alpha, double beta, double gamma, double phi, int trend, int guard,
	   double *l, double *b, double *s, double *rs, int k, struct ets_acc *a, double *mnq,
	   double *mns)
{
	const double so = s[k];
	const double phib = trend ? phi * *b : 0.0, q = trend ? *l + phib : *l;
	double p, rq, u, e, sn;
	if (guard) {
		p = rs[k] != 0.0 ? yt * rs[k] : ETS_HUGEN;
		rq = fabs(q) < ETS_TOL ? 0.0 : 1.0 / q;
		u = rq != 0.0 ? yt * rq : ETS_HUGEN;
		e = (yt - q * so) / (q * so);
	} else {
		p = yt * rs[k];
		rq = 1.0 / q;
		u = yt * rq;
		e = p * rq - 1.0;
	}
	sn = so + gamma * (u - so);
	a->sse += e * e;
	ets_acc_prod(a, fabs(q * so));
	*l = q + alpha * (p - q);
	if (trend)
		*b = phib + beta * (p - q);
	s[k] = sn;
	if (guard) {
		rs[k] = fabs(sn) < ETS_TOL ? 0.0 : 1.0 / sn;
	} else {
		rs[k] = 1.0 / sn;
		*mnq = q < *mnq ? q : *mnq;
		*mns = sn < *mns ? sn : *mns;
	}
}

/* One pass over the series from X0 (see mseas_step; GUARD a constant);
 * the criterion's parts into *A, the smallest q and index met (the initial
 * ones included) into *MNQ, *MNS. */
static inline __attribute__((always_inline)) void
mseas_pass(const struct ets_core *c, const double *x0, int trend, int guard, struct ets_acc *ao,
	   double *mnq, double *mns)
{
	const int m = c->m, soff = 1 + (trend != ETS_N);
	double s[ETS_MAXM], rs[ETS_MAXM], l = x0[0], b = trend ? x0[1] : 0.0;
	double lq = INFINITY, ls = INFINITY;
	struct ets_acc a = {0.0, 1.0, 0};
	int k = 0;
	for (int i = 0; i < m; i++) {
		s[i] = x0[soff + m - 1 - i];
		rs[i] = fabs(s[i]) < ETS_TOL ? 0.0 : 1.0 / s[i];
		ls = s[i] < ls ? s[i] : ls;
	}
	for (size_t t = 0; t < c->n; t++) {
		mseas_step(c->y[t], c->alpha, c->beta, c->gamma, c->phi, trend, guard, &l, &b, s, rs,
			   k, &a, &lq, &ls);
		k = k + 1 == m ? 0 : k + 1;
	}
	*ao = a;
	*mnq = lq;
	*mns = ls;
}

/* Multiplicative error and season, trend N or A (TREND): the pass without
 * R's guards while the smallest q and s it met say none applied, otherwise
 * the pass with them. */
static inline __attribute__((always_inline)) double mseas_run(const struct ets_core *c,
							      const double *x0, int trend)
{
	struct ets_acc a;
	double mnq, mns;
	mseas_pass(c, x0, trend, 0, &a, &mnq, &mns);
	if (!(mnq >= ETS_TOL && mns >= ETS_TOL))
		mseas_pass(c, x0, trend, 1, &a, &mnq, &mns);
	return ets_acc_lik(&a, c->n, 1);
}

int ets_lin_class(const struct ets_core *c)
{
	return c->trend != ETS_M &&
	       (c->season == ETS_N || (c->season == ETS_A && c->m >= 4));
}

int ets_lik_fast(const struct ets_core *c, const double *x0, double thresh, double *lik)
{
	if (c->trend == ETS_M)
		return 0;
	if (c->season == ETS_M) {
		if (c->error != ETS_M)
			return 0;
		*lik = c->trend ? mseas_run(c, x0, 1) : mseas_run(c, x0, 0);
		return 1;
	}
	if (!ets_lin_class(c))
		return 0;
	if (c->season)
		*lik = c->error == ETS_M ? lin_run(c, x0, 1, 1, thresh, 0) : lin_run(c, x0, 0, 1, thresh, 0);
	else
		*lik = c->error == ETS_M ? lin_run(c, x0, 1, 0, thresh, 0) : lin_run(c, x0, 0, 0, thresh, 0);
	return 1;
}

int ets_mse_fast(const struct ets_core *c, const double *x0, double thresh, double *mse)
{
	if (c->error != ETS_A || !ets_lin_class(c))
		return 0;
	*mse = c->season ? lin_run(c, x0, 0, 1, thresh, 1) : lin_run(c, x0, 0, 0, thresh, 1);
	return 1;
}
