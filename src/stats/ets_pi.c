/* ets_pi.c - point forecasts and prediction intervals of a fitted ETS
 * model: ets_forecast() and its engines (see ets.h, ets_int.h).
 *
 * Classes as in Hyndman et al. (2008), ch. 6:
 *   class 1 (A error; trend N/A/Ad; season N/A): exact normal variances
 *           sigma2 (1 + sum_{j<h} c_j^2), c_j = alpha + beta (phi+..+phi^j)
 *           + gamma [j = 0 mod m];
 *   class 2 (the same with M error): exact variances by the theta
 *           recursion, normal intervals;
 *   class 3 (M error, M season, trend N/A/Ad): R's approximate mean; the
 *           intervals simulated (or R's approximate variance on request);
 *   the rest (multiplicative trends): simulated.
 * R's class1() puts gamma on the second seasonal state when the model has
 * no trend, shifting the seasonal term of c_j by one step; we use the
 * textbook c_j above, so ETS(A,N,A) widths differ slightly from R's.
 */
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "stats/ets_int.h"

void ets_pi_class12(const struct ets_core *c, const double *x, double sigma2, size_t h,
		    double *mu, double *var, double *work)
{
	const int m = c->season ? c->m : 1;
	double *c2 = work, *theta = work + h, cum = 0.0, phis = 0.0, phip = 1.0;

	ets_core_forecast(c, x, h, mu);
	c2[0] = 0.0;
	for (size_t j = 1; j < h; j++) {
		double cj = c->alpha;
		phip *= c->phi;
		phis += phip;
		if (c->trend)
			cj += c->beta * phis;
		if (c->season && j % (size_t)m == 0)
			cj += c->gamma;
		c2[j] = cj * cj;
	}
	if (c->error == ETS_A) {
		for (size_t j = 0; j < h; j++) {
			cum += c2[j];
			var[j] = sigma2 * (1.0 + cum);
		}
		return;
	}
	/* class 2: theta_j = mu_j^2 + sigma2 sum_{0<i<=j} c_i^2 theta_{j-i} */
	for (size_t j = 0; j < h; j++) {
		double s = 0.0;
		for (size_t i = 1; i <= j; i++)
			s += c2[i] * theta[j - i];
		theta[j] = mu[j] * mu[j] + sigma2 * s;
		var[j] = (1.0 + sigma2) * theta[j] - mu[j] * mu[j];
	}
}

/* C = A B (TB 0) or A B' (TB 1), all N x N column-major. */
static void mat_mul(const double *a, const double *b, double *c, int n, int tb)
{
	for (int j = 0; j < n; j++)
		for (int i = 0; i < n; i++) {
			double s = 0.0;
			for (int k = 0; k < n; k++)
				s += a[i + k * n] * (tb ? b[j + k * n] : b[k + j * n]);
			c[i + j * n] = s;
		}
}

int ets_pi_class3(const struct ets_core *c, const double *x, double sigma2, size_t h,
		  double *mu, double *var)
{
	const int q = 1 + (c->trend != ETS_N), m = c->m, n = q * m;
	const size_t nn = (size_t)n * (size_t)n;
	double f1[4] = {1, 0, 0, 1}, g1[4], mh[2 * ETS_MAXM], mt[2 * ETS_MAXM];
	double *w = NULL, *F = NULL, *G = NULL, *K = NULL, *V = NULL, *A = NULL, *B = NULL;
	double *T = NULL, *vv = NULL;

	/* F1, G1 (q x q, column-major) */
	if (q == 1) {
		f1[0] = 1.0;
		g1[0] = c->alpha;
	} else {
		f1[0] = 1.0, f1[1] = 0.0, f1[2] = 1.0, f1[3] = c->phi;
		g1[0] = c->alpha, g1[1] = c->beta, g1[2] = c->alpha, g1[3] = c->beta;
	}
	/* Mh = (l[, b])' (s1..sm), q x m column-major */
	for (int j = 0; j < m; j++)
		for (int r = 0; r < q; r++)
			mh[r + j * q] = x[r] * x[q + j];
	if (var) {
		w = calloc(8 * nn, sizeof *w);
		if (!w)
			return -1;
		F = w, G = F + nn, K = G + nn, V = K + nn, A = V + nn, B = A + nn, T = B + nn;
		vv = T + nn;
		/* F2: s1 <- sm, s(j+1) <- sj; G2: gamma at (1, m) */
		for (int i2 = 0; i2 < m; i2++)
			for (int j2 = 0; j2 < m; j2++) {
				double f2 = (i2 == 0 && j2 == m - 1) || (i2 > 0 && j2 == i2 - 1);
				double g2 = (i2 == 0 && j2 == m - 1) ? c->gamma : 0.0;
				for (int i1 = 0; i1 < q; i1++)
					for (int j1 = 0; j1 < q; j1++) {
						size_t at = (size_t)(i2 * q + i1) + (size_t)(j2 * q + j1) * n;
						F[at] = f2 * f1[i1 + j1 * q];
						G[at] = g2 * g1[i1 + j1 * q];
						K[at] = g2 * f1[i1 + j1 * q] + f2 * g1[i1 + j1 * q];
					}
			}
	}
	for (size_t i = 0; i < h; i++) {
		double mui = 0.0;
		for (int r = 0; r < q; r++)
			mui += mh[r + (m - 1) * q];
		mu[i] = mui;
		if (var) {
			double hv = 0.0;
			for (int a = 0; a < q; a++)
				for (int b = 0; b < q; b++)
					hv += V[(size_t)((m - 1) * q + a) + (size_t)((m - 1) * q + b) * n];
			var[i] = (1.0 + sigma2) * hv + sigma2 * mui * mui;
			/* V <- F V F' + s2 (F V G' + G V F' + K (V + vv) K' + s2 G (3V + 2vv) G') */
			for (int a = 0; a < n; a++)
				for (int b = 0; b < n; b++)
					vv[a + (size_t)b * n] = mh[a] * mh[b];
			mat_mul(F, V, A, n, 0);  /* A = F V */
			mat_mul(A, F, T, n, 1);  /* T = F V F' */
			mat_mul(A, G, B, n, 1);  /* B = F V G' */
			for (int a = 0; a < n; a++)
				for (int b = 0; b < n; b++)
					T[a + (size_t)b * n] += sigma2 * (B[a + (size_t)b * n] + B[b + (size_t)a * n]);
			for (size_t k = 0; k < nn; k++)
				A[k] = V[k] + vv[k];
			mat_mul(K, A, B, n, 0);
			mat_mul(B, K, A, n, 1);  /* A = K (V + vv) K' */
			for (size_t k = 0; k < nn; k++)
				T[k] += sigma2 * A[k];
			for (size_t k = 0; k < nn; k++)
				A[k] = 3.0 * V[k] + 2.0 * vv[k];
			mat_mul(G, A, B, n, 0);
			mat_mul(B, G, A, n, 1);  /* A = G (3V + 2vv) G' */
			for (size_t k = 0; k < nn; k++)
				V[k] = T[k] + sigma2 * sigma2 * A[k];
		}
		/* Mh <- F1 Mh F2' + s2 G1 Mh G2' */
		for (int r = 0; r < q; r++) {
			mt[r] = mh[r + (m - 1) * q];
			for (int j = 1; j < m; j++)
				mt[r + j * q] = mh[r + (j - 1) * q];
		}
		for (int j = 0; j < m; j++) {
			double a0 = mt[j * q], a1 = q == 2 ? mt[1 + j * q] : 0.0;
			if (q == 1) {
				mh[j] = a0;
			} else {
				mh[j * q] = a0 + a1;
				mh[1 + j * q] = c->phi * a1;
			}
		}
		{
			double colsum = 0.0; /* G1 Mh G2': column 1 only, from Mh's column m */
			for (int r = 0; r < q; r++)
				colsum += mt[r]; /* mt's column 0 is old Mh's column m */
			mh[0] += sigma2 * c->gamma * g1[0] * colsum;
			if (q == 2)
				mh[1] += sigma2 * c->gamma * g1[1] * colsum;
		}
	}
	free(w);
	return 0;
}

/* Put the K-th smallest of A[N] at A[K], smaller ones before it, larger
 * ones after (Hoare's selection with a median-of-three pivot). */
static void select_kth(double *a, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1;
	while (hi > lo) {
		size_t mid = lo + (hi - lo) / 2, i = lo, j = hi;
		double piv, t;
		if (a[mid] < a[lo])
			t = a[mid], a[mid] = a[lo], a[lo] = t;
		if (a[hi] < a[lo])
			t = a[hi], a[hi] = a[lo], a[lo] = t;
		if (a[hi] < a[mid])
			t = a[hi], a[hi] = a[mid], a[mid] = t;
		piv = a[mid];
		while (i <= j) {
			while (a[i] < piv)
				i++;
			while (a[j] > piv)
				j--;
			if (i <= j) {
				t = a[i], a[i] = a[j], a[j] = t;
				i++;
				if (j == 0)
					break;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			return;
	}
}

/* The smallest of A[N] (N >= 1). */
static double min_of(const double *a, size_t n)
{
	double v = a[0];
	for (size_t i = 1; i < n; i++)
		if (a[i] < v)
			v = a[i];
	return v;
}

/* Quantile of type 8 (what R's forecast uses on simulated paths) of A[N]
 * at probability P; reorders A. */
static double quantile8(double *a, size_t n, double p)
{
	double nppm = (double)n * p + (p + 1.0) / 3.0, j = floor(nppm), g = nppm - j, lo;
	size_t k;
	if (j < 1.0) {
		select_kth(a, n, 0);
		return a[0];
	}
	if (j >= (double)n) {
		select_kth(a, n, n - 1);
		return a[n - 1];
	}
	k = (size_t)j - 1;
	select_kth(a, n, k);
	lo = a[k];
	return lo + g * (min_of(a + k + 1, n - k - 1) - lo);
}

int ets_pi_simulate(const struct ets_core *c, const double *x, double sigma2, size_t h,
		    const double *levels, size_t nlevels, unsigned long seed, int npaths,
		    double *lo, double *hi)
{
	const double sd = sqrt(sigma2 > 0.0 ? sigma2 : 0.0);
	const double boa = c->alpha != 0.0 ? c->beta / c->alpha : 0.0;
	const size_t np = (size_t)(npaths > 0 ? npaths : 1);
	struct ets_state st0, st;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	double *paths = malloc(h * np * sizeof *paths);
	int rc = -1;

	if (!rng || !paths)
		goto out;
	gsl_rng_set(rng, seed);
	ets_state_load(c, x, &st0);
	for (size_t k = 0; k < np; k++) {
		st = st0;
		for (size_t i = 0; i < h; i++) {
			double q, phib, so, f = ets_state_forecast(c, &st, &q, &phib, &so), yv;
			double e = sd * gsl_ran_gaussian_ziggurat(rng, 1.0);
			if (c->error == ETS_A) {
				yv = f + e;
			} else {
				if (e < -1.0)
					e = -1.0;
				yv = f * (1.0 + e);
			}
			paths[i * np + k] = yv;
			if (isnan(yv)) { /* a multiplicative trend went negative */
				for (size_t r = i + 1; r < h; r++)
					paths[r * np + k] = NAN;
				break;
			}
			ets_state_update(c, &st, yv, q, phib, so, boa);
		}
	}
	for (size_t i = 0; i < h; i++) {
		double *p = paths + i * np;
		size_t ok = 0;
		for (size_t k = 0; k < np; k++) /* drop failed paths, as R's na.rm */
			if (!isnan(p[k]))
				p[ok++] = p[k];
		for (size_t l = 0; l < nlevels; l++) {
			double a = levels[l] / 200.0;
			lo[l * h + i] = ok ? quantile8(p, ok, 0.5 - a) : NAN;
			hi[l * h + i] = ok ? quantile8(p, ok, 0.5 + a) : NAN;
		}
	}
	rc = 0;
out:
	free(paths);
	if (rng)
		gsl_rng_free(rng);
	return rc;
}

int ets_forecast(const struct ets_model *mod, size_t h, const double *levels, size_t nlevels,
		 unsigned long seed, const struct ets_options *opt, double *mean, double *lo,
		 double *hi, struct sb40_error *err)
{
	struct ets_options dflt;
	struct ets_core c = {0};
	const double *x;
	double *var = NULL;
	int rc = 0, cls, sim;

	if (!opt) {
		ets_options_init(&dflt);
		opt = &dflt;
	}
	if (h == 0)
		return error_set(err, SB40_EINVAL, "expected a horizon of at least 1, got 0");
	for (size_t l = 0; l < nlevels; l++)
		if (!(levels[l] > 0.0 && levels[l] < 100.0))
			return error_set(err, SB40_EINVAL,
					 "expected an interval level between 0 and 100, got %g",
					 levels[l]);
	if (!mod->states)
		return error_set(err, SB40_EINVAL, "no fitted model to forecast from");
	c.n = mod->n;
	c.m = mod->m;
	c.error = mod->spec.error;
	c.trend = mod->spec.trend;
	c.damped = mod->spec.damped;
	c.season = mod->spec.season;
	c.alpha = mod->alpha;
	c.beta = c.trend ? mod->beta : 0.0;
	c.gamma = c.season ? mod->gamma : 0.0;
	c.phi = c.damped ? mod->phi : 1.0;
	x = mod->states + mod->n * (size_t)mod->nstate;

	if (c.trend != ETS_M && c.season != ETS_M)
		cls = 12;
	else if (c.error == ETS_M && c.season == ETS_M && c.trend != ETS_M)
		cls = 3;
	else
		cls = 0;
	sim = opt->pi == ETS_PI_SIMULATE || cls == 0 || (cls == 3 && opt->pi != ETS_PI_ANALYTIC);
	var = malloc(3 * h * sizeof *var);
	if (!var)
		return error_set(err, SB40_ENOMEM, "out of memory");

	if (cls == 12 && opt->pi != ETS_PI_SIMULATE) {
		ets_pi_class12(&c, x, mod->sigma2, h, mean, var, var + h);
	} else if (cls == 3 && opt->pi != ETS_PI_SIMULATE) {
		if (ets_pi_class3(&c, x, mod->sigma2, h, mean, sim ? NULL : var) != 0) {
			rc = error_set(err, SB40_ENOMEM, "out of memory");
			goto out;
		}
	} else if (ets_core_forecast(&c, x, h, mean) != 0) {
		rc = error_set(err, SB40_EINVAL,
			       "cannot forecast %s: the multiplicative trend turned negative",
			       mod->name);
		goto out;
	}
	if (nlevels == 0)
		goto out;
	if (sim) {
		if (ets_pi_simulate(&c, x, mod->sigma2, h, levels, nlevels, seed, opt->npaths, lo,
				    hi) != 0)
			rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t l = 0; l < nlevels; l++) {
		double z = gsl_cdf_ugaussian_Pinv(0.5 + levels[l] / 200.0);
		for (size_t i = 0; i < h; i++) {
			double sd = var[i] > 0.0 ? sqrt(var[i]) : 0.0;
			lo[l * h + i] = mean[i] - z * sd;
			hi[l * h + i] = mean[i] + z * sd;
		}
	}
out:
	free(var);
	return rc;
}
