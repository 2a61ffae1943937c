/* ols.c - OLS by scaled QR and double-double iterative refinement.
 *
 * See ols.h for the method and the definitions of every statistic.  The
 * parts: dd_* (double-double arithmetic, enough for exact-looking residual
 * sums), struct fit (the factorised, centred and scaled design), fit_solve()
 * (one approximate solve of the augmented system), ols_fit() (checks,
 * refinement loop, inference).
 */
#include "stats/ols.h"
#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* |R_jj| of a unit-length column below this: the column is (numerically) a
 * linear combination of the ones before it.  Filip, the worst NIST set, has
 * 6e-8; an exact duplicate gives about 1e-16. */
#define OLS_COLLINEAR_TOL 1e-11
/* Reciprocal condition of the scaled design below this: refinement in
 * double no longer contracts reliably (Filip: 2e-10). */
#define OLS_RCOND_MIN 1e-14
#define OLS_MAX_STEPS 20
/* A scaled correction below this, relative to the scaled solution, means
 * converged: far beyond double precision, so the reported doubles are final.
 * If the corrections stagnate above it, below OLS_ACCEPTABLE is still fine. */
#define OLS_CONVERGED 1e-24
#define OLS_ACCEPTABLE 1e-15
/* Below this reciprocal condition the standard errors are refined too (the
 * QR's R^-1 carries a relative error of about eps/rcond); above it R^-1 is
 * already accurate to 1e-10 and refining would cost k more solves. */
#define OLS_RCOND_REFINE_SE 1e-6

/* ---- double-double: a value hi + lo with |lo| <= ulp(hi)/2 ------------- */

struct dd {
	double hi, lo;
};

static struct dd two_sum(double a, double b)
{
	double s = a + b, bb = s - a;
	return (struct dd){s, (a - (s - bb)) + (b - bb)};
}

static struct dd fast_two_sum(double a, double b) /* |a| >= |b| */
{
	double s = a + b;
	return (struct dd){s, b - (s - a)};
}

static struct dd dd_add(struct dd a, struct dd b)
{
	struct dd s = two_sum(a.hi, b.hi), t = two_sum(a.lo, b.lo);
	s.lo += t.hi;
	s = fast_two_sum(s.hi, s.lo);
	s.lo += t.lo;
	return fast_two_sum(s.hi, s.lo);
}

static struct dd dd_mul_d(struct dd a, double b)
{
	double p = a.hi * b;
	double e = fma(a.hi, b, -p) + a.lo * b;
	return fast_two_sum(p, e);
}

static struct dd dd_neg(struct dd a)
{
	return (struct dd){-a.hi, -a.lo};
}

static struct dd dd_of(double a)
{
	return (struct dd){a, 0};
}

/* ---- the factorised design ---------------------------------------------- */

struct fit {
	size_t n, p, c, k;      /* c = 1 with a constant; k = p + c */
	const double *const *x; /* borrowed regressors */
	gsl_matrix *qr;         /* n x p Householder QR of centred, scaled x */
	gsl_vector *tau;
	double *xbar;           /* p means, 0 without a constant */
	double *scale;          /* p norms of the centred columns */
	gsl_vector *u;          /* n, work */
	double *d1, *f1;        /* p, work */
	double *mnorm;          /* k norms of the columns of M */
	double rcond;           /* reciprocal condition of R */
};

struct fit_work {
	double *f, *dr; /* n */
	double *g, *db; /* k */
};

/* Design matrix entry M[i][j] of the original model [1 X]. */
static double fit_m(const struct fit *w, size_t i, size_t j)
{
	return (w->c && j == 0) ? 1.0 : w->x[j - w->c][i];
}

/* One approximate solve of [I M; M' 0][dr; db] = [f; g] using the QR of the
 * centred, scaled design (Bjorck's refinement step).  With A = centred and
 * scaled x = Q1 R and e = (1..1) orthogonal to A, the model's orthogonal
 * factor is [e/sqrt(n), Q1] and M = [e, A] T^-1 for the triangular map T
 * between (b0, b) and (c, z): b = D^-1 z, b0 = c - xbar' D^-1 z. */
static void fit_solve(struct fit *w, const double *f, const double *g, double *dr, double *db)
{
	size_t n = w->n, p = w->p, c = w->c;
	double g0 = c ? g[0] : 0, ef = 0;
	for (size_t j = 0; j < p; j++)
		w->d1[j] = (g[j + c] - w->xbar[j] * g0) / w->scale[j]; /* T' g */
	for (size_t i = 0; i < n; i++) {
		gsl_vector_set(w->u, i, f[i]);
		ef += f[i];
	}
	if (p) {
		gsl_matrix_const_view r = gsl_matrix_const_submatrix(w->qr, 0, 0, p, p);
		gsl_vector_view d1 = gsl_vector_view_array(w->d1, p);
		gsl_vector_view f1 = gsl_vector_view_array(w->f1, p);
		gsl_blas_dtrsv(CblasUpper, CblasTrans, CblasNonUnit, &r.matrix, &d1.vector);
		gsl_linalg_QR_QTvec(w->qr, w->tau, w->u);
		for (size_t j = 0; j < p; j++) {
			w->f1[j] = gsl_vector_get(w->u, j) - w->d1[j];
			gsl_vector_set(w->u, j, w->d1[j]);
		}
		gsl_linalg_QR_Qvec(w->qr, w->tau, w->u);
		gsl_blas_dtrsv(CblasUpper, CblasNoTrans, CblasNonUnit, &r.matrix, &f1.vector);
	}
	for (size_t i = 0; i < n; i++)
		dr[i] = gsl_vector_get(w->u, i) + (c ? (g0 - ef) / (double)n : 0);
	double b0 = c ? (ef - g0) / (double)n : 0;
	for (size_t j = 0; j < p; j++) {
		db[j + c] = w->f1[j] / w->scale[j];
		b0 -= w->xbar[j] * db[j + c];
	}
	if (c)
		db[0] = b0;
}

static void fit_release(struct fit *w)
{
	gsl_matrix_free(w->qr);
	gsl_vector_free(w->tau);
	gsl_vector_free(w->u);
	free(w->xbar);
	free(w->scale);
	free(w->d1);
	free(w->f1);
	free(w->mnorm);
}

static const char *xname(const struct ols_spec *s, size_t j, char *buf, size_t n)
{
	if (s->x_names && s->x_names[j])
		return s->x_names[j];
	snprintf(buf, n, "x%zu", j + 1);
	return buf;
}

static int is_constant(const double *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (v[i] != v[0])
			return 0;
	return 1;
}

/* Centre (with a constant) and scale the regressors into W->qr, factorise,
 * and refuse collinear designs, naming the first offending column. */
static int fit_factor(struct fit *w, const struct ols_spec *s, struct sb40_error *err)
{
	size_t n = w->n, p = w->p;
	char nb[32];
	for (size_t j = 0; j < p; j++) {
		const double *v = s->x[j];
		long double m = 0, corr = 0, ss = 0;
		if (w->c && is_constant(v, n))
			return error_set(err, SB40_ESINGULAR,
					 "regressor \"%s\" is constant, so it is collinear with the constant",
					 xname(s, j, nb, sizeof nb));
		if (w->c) {
			for (size_t i = 0; i < n; i++)
				m += v[i];
			m /= (long double)n;
			for (size_t i = 0; i < n; i++)
				corr += v[i] - m;
			m += corr / (long double)n;
		}
		w->xbar[j] = (double)m;
		for (size_t i = 0; i < n; i++) {
			double d = (double)(v[i] - m);
			gsl_matrix_set(w->qr, i, j, d);
			ss += (long double)d * d;
		}
		if (ss == 0)
			return error_set(err, SB40_ESINGULAR, "regressor \"%s\" is all zeros",
					 xname(s, j, nb, sizeof nb));
		w->scale[j] = (double)sqrtl(ss);
		gsl_vector_view col = gsl_matrix_column(w->qr, j);
		gsl_vector_scale(&col.vector, 1.0 / w->scale[j]);
	}
	double *rcond = &w->rcond;
	*rcond = 1;
	if (!p)
		return 0;
	if (gsl_linalg_QR_decomp(w->qr, w->tau))
		return error_set(err, SB40_ESINGULAR, "the QR decomposition failed");
	for (size_t j = 0; j < p; j++)
		if (!(fabs(gsl_matrix_get(w->qr, j, j)) >= OLS_COLLINEAR_TOL))
			return error_set(err, SB40_ESINGULAR,
					 "regressor \"%s\" is collinear with the regressors before it",
					 xname(s, j, nb, sizeof nb));
	gsl_vector *work = gsl_vector_alloc(3 * p);
	if (!work)
		return error_set(err, SB40_ENOMEM, "out of memory");
	gsl_matrix_const_view r = gsl_matrix_const_submatrix(w->qr, 0, 0, p, p);
	int rc = gsl_linalg_tri_upper_rcond(&r.matrix, rcond, work);
	gsl_vector_free(work);
	if (rc || !(*rcond >= OLS_RCOND_MIN))
		return error_set(err, SB40_ESINGULAR,
				 "regressors are too nearly collinear (reciprocal condition number %.2g)",
				 *rcond);
	return 0;
}

/* Solve [I M; M' 0][r; b] = [Y; E_J] by refinement: Y (n) is the
 * right-hand side y (NULL: zeros), GJ the index of a unit vector in the
 * second block (-1: zeros).  With Y = y, GJ = -1 that is least squares; with
 * Y = NULL, GJ = j it gives b = -(M'M)^-1 e_j, a column of the covariance.
 * Residuals are exact to double-double, so the fixed point is exact; the
 * loop stops when the scaled correction |D db| is negligible beside |D b|
 * (D = column norms of M) or stops shrinking.  Returns the steps taken, or
 * -1 when it did not converge. */
static int fit_refine(struct fit *w, const double *y, long gj, struct dd *b, struct dd *r,
		      struct fit_work *t)
{
	size_t n = w->n, k = w->k;
	double last = INFINITY;
	for (size_t i = 0; i < n; i++)
		r[i] = dd_of(0);
	for (size_t j = 0; j < k; j++)
		b[j] = dd_of(0);
	for (int step = 1; step <= OLS_MAX_STEPS; step++) {
		for (size_t i = 0; i < n; i++) {
			struct dd a = dd_neg(r[i]);
			if (y)
				a = dd_add(a, dd_of(y[i]));
			for (size_t j = 0; j < k; j++)
				a = dd_add(a, dd_neg(dd_mul_d(b[j], fit_m(w, i, j))));
			t->f[i] = a.hi;
		}
		for (size_t j = 0; j < k; j++) {
			struct dd a = {(long)j == gj ? -1.0 : 0.0, 0};
			for (size_t i = 0; i < n; i++)
				a = dd_add(a, dd_mul_d(r[i], fit_m(w, i, j)));
			t->g[j] = -a.hi;
		}
		fit_solve(w, t->f, t->g, t->dr, t->db);
		double dmax = 0, bmax = 0;
		for (size_t i = 0; i < n; i++)
			r[i] = dd_add(r[i], dd_of(t->dr[i]));
		for (size_t j = 0; j < k; j++) {
			b[j] = dd_add(b[j], dd_of(t->db[j]));
			dmax = fmax(dmax, fabs(t->db[j]) * w->mnorm[j]);
			bmax = fmax(bmax, fabs(b[j].hi) * w->mnorm[j]);
		}
		if (!isfinite(dmax))
			return -1;
		if (dmax <= OLS_CONVERGED * bmax)
			return step;
		if (step > 2 && dmax > 0.5 * last) /* stagnated at the noise floor */
			return dmax <= OLS_ACCEPTABLE * bmax ? step : -1;
		last = dmax;
	}
	return -1;
}

double ols_t_pvalue(double t, double df)
{
	if (isnan(t) || !(df > 0))
		return NAN;
	if (isinf(t))
		return 0;
	double t2 = t * t;
	if (t2 > df)
		return gsl_cdf_beta_P(df / (df + t2), df / 2, 0.5);
	return gsl_cdf_beta_Q(t2 / (df + t2), 0.5, df / 2);
}

/* The diagonal of (M'M)^-1 into V (k).  From the QR: with z = D b the
 * scaled slopes, Cov(z)/sigma^2 = R^-1 R^-T and the constant's variance is
 * 1/n + |R^-T D^-1 xbar|^2.  When the design is ill-conditioned, each
 * diagonal element is refined instead (k more refined solves). */
static int fit_variances(struct fit *w, double *v, struct dd *b, struct dd *r,
			 struct fit_work *t, struct sb40_error *err)
{
	size_t p = w->p, c = w->c, k = w->k;
	gsl_matrix *ri = NULL;
	int rc = 0;

	if (p && w->rcond < OLS_RCOND_REFINE_SE) {
		for (size_t j = 0; j < k; j++) {
			if (fit_refine(w, NULL, (long)j, b, r, t) < 0)
				return error_set(err, SB40_ESINGULAR,
						 "regressors are too nearly collinear: the covariance did not converge");
			v[j] = -b[j].hi;
		}
		return 0;
	}
	if (p) {
		ri = gsl_matrix_calloc(p, p);
		if (!ri)
			return error_set(err, SB40_ENOMEM, "out of memory");
		for (size_t i = 0; i < p; i++)
			for (size_t j = i; j < p; j++)
				gsl_matrix_set(ri, i, j, gsl_matrix_get(w->qr, i, j));
		gsl_linalg_tri_upper_invert(ri);
	}
	for (size_t j = 0; j < p; j++) {
		long double s = 0;
		for (size_t l = j; l < p; l++) {
			double x = gsl_matrix_get(ri, j, l);
			s += (long double)x * x;
		}
		v[j + c] = (double)s / (w->scale[j] * w->scale[j]);
	}
	if (c) {
		long double s = 1.0L / w->n;
		for (size_t l = 0; l < p; l++) {
			long double x = 0;
			for (size_t j = 0; j <= l; j++)
				x += (long double)gsl_matrix_get(ri, j, l) * (w->xbar[j] / w->scale[j]);
			s += x * x;
		}
		v[0] = (double)s;
	}
	gsl_matrix_free(ri);
	return rc;
}

/* Sums of squares and every statistic of ols.h from M->resid and M->coef;
 * V holds diag((M'M)^-1). */
static void fit_statistics(struct ols *m, const struct fit *w, const double *y, const double *v)
{
	size_t n = m->n, k = m->k, c = w->c;
	double nn = (double)n;
	struct dd ssr = {0, 0}, tss = {0, 0}, ybar = {0, 0};

	for (size_t i = 0; i < n; i++)
		ssr = dd_add(ssr, dd_mul_d(dd_of(m->resid[i]), m->resid[i]));
	struct dd ctss = {0, 0}, corr = {0, 0};
	for (size_t i = 0; i < n; i++)
		ybar = dd_add(ybar, dd_of(y[i]));
	ybar = dd_of(ybar.hi / nn);
	for (size_t i = 0; i < n; i++) /* a second pass makes the mean exact enough */
		corr = dd_add(corr, dd_add(dd_of(y[i]), dd_neg(ybar)));
	ybar = dd_add(ybar, dd_of(corr.hi / nn));
	for (size_t i = 0; i < n; i++) {
		double d = dd_add(dd_of(y[i]), dd_neg(ybar)).hi;
		ctss = dd_add(ctss, dd_mul_d(dd_of(d), d));
		tss = dd_add(tss, dd_mul_d(dd_of(y[i]), y[i]));
	}
	m->ymean = ybar.hi;
	m->ysd = sqrt(ctss.hi / (nn - 1));
	m->ssr = ssr.hi;
	m->tss = c ? ctss.hi : tss.hi;
	m->df_resid = n - k;
	m->df_model = k - c;
	double dfr = (double)m->df_resid, dfm = (double)m->df_model;
	m->sigma = sqrt(m->ssr / dfr);
	m->r2 = 1 - m->ssr / m->tss;
	m->adj_r2 = 1 - (nn - (double)c) / dfr * (1 - m->r2);
	m->f = m->f_p = NAN;
	if (m->df_model > 0) {
		m->f = ((m->tss - m->ssr) / dfm) / (m->ssr / dfr);
		if (isinf(m->f))
			m->f_p = 0;
		else if (!isnan(m->f))
			m->f_p = gsl_cdf_fdist_Q(m->f, dfm, dfr);
	}
	double dw = 0;
	for (size_t i = 1; i < n; i++) {
		double d = m->resid[i] - m->resid[i - 1];
		dw += d * d;
	}
	m->dw = dw / m->ssr;
	m->loglik = -nn / 2 * (1 + log(2 * M_PI) + log(m->ssr / nn));
	m->aic = -2 * m->loglik + 2 * (double)k;
	m->bic = -2 * m->loglik + (double)k * log(nn);
	for (size_t j = 0; j < k; j++) {
		m->se[j] = m->sigma * sqrt(v[j]);
		m->t[j] = m->coef[j] / m->se[j];
		m->p[j] = ols_t_pvalue(m->t[j], dfr);
	}
}

static int check_input(const struct ols_spec *s, struct sb40_error *err)
{
	size_t c = s->with_const ? 1 : 0, k = s->p + c;
	char nb[32];
	if (k == 0)
		return error_set(err, SB40_EINVAL, "no regressors and no constant: nothing to fit");
	for (size_t i = 0; i < s->n; i++) {
		if (!isfinite(s->y[i]))
			return error_set(err, SB40_EMISSING, "missing value in \"%s\" at observation %zu",
					 s->y_name ? s->y_name : "y", i + 1);
		for (size_t j = 0; j < s->p; j++)
			if (!isfinite(s->x[j][i]))
				return error_set(err, SB40_EMISSING,
						 "missing value in \"%s\" at observation %zu",
						 xname(s, j, nb, sizeof nb), i + 1);
	}
	if (s->n <= k)
		return error_set(err, SB40_EMISSING,
				 "too few observations: %zu for %zu parameters (need at least %zu)",
				 s->n, k, k + 1);
	return 0;
}

int ols_fit(struct ols *m, const struct ols_spec *s, struct sb40_error *err)
{
	struct fit w = {0};
	struct fit_work t = {0};
	struct dd *b = NULL, *r = NULL;
	double *v = NULL;
	size_t n = s->n, p = s->p, c = s->with_const ? 1 : 0, k = p + c;
	int rc;

	memset(m, 0, sizeof *m);
	rc = check_input(s, err);
	if (rc)
		return rc;
	w.n = n;
	w.p = p;
	w.c = c;
	w.k = k;
	w.x = s->x;
	w.u = gsl_vector_alloc(n);
	w.xbar = calloc(p + 1, sizeof *w.xbar);
	w.scale = calloc(p + 1, sizeof *w.scale);
	w.d1 = calloc(p + 1, sizeof *w.d1);
	w.f1 = calloc(p + 1, sizeof *w.f1);
	w.mnorm = calloc(k, sizeof *w.mnorm);
	if (p) {
		w.qr = gsl_matrix_alloc(n, p);
		w.tau = gsl_vector_alloc(p);
	}
	t.f = calloc(n, sizeof *t.f);
	t.dr = calloc(n, sizeof *t.dr);
	t.g = calloc(k, sizeof *t.g);
	t.db = calloc(k, sizeof *t.db);
	b = calloc(k, sizeof *b);
	r = calloc(n, sizeof *r);
	v = calloc(k, sizeof *v);
	m->coef = calloc(k, sizeof *m->coef);
	m->se = calloc(k, sizeof *m->se);
	m->t = calloc(k, sizeof *m->t);
	m->p = calloc(k, sizeof *m->p);
	m->resid = calloc(n, sizeof *m->resid);
	if (!w.u || !w.xbar || !w.scale || !w.d1 || !w.f1 || !w.mnorm ||
	    (p && (!w.qr || !w.tau)) || !t.f || !t.dr || !t.g || !t.db || !b || !r || !v ||
	    !m->coef || !m->se || !m->t || !m->p || !m->resid) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	m->n = n;
	m->k = k;
	m->has_const = (int)c;
	for (size_t j = 0; j < k; j++) {
		long double ss = 0;
		for (size_t i = 0; i < n; i++)
			ss += (long double)fit_m(&w, i, j) * fit_m(&w, i, j);
		w.mnorm[j] = (double)sqrtl(ss);
	}

	rc = fit_factor(&w, s, err);
	if (rc)
		goto out;
	m->rcond = w.rcond;
	m->iterations = fit_refine(&w, s->y, -1, b, r, &t);
	if (m->iterations < 0) {
		rc = error_set(err, SB40_ESINGULAR,
			       "regressors are too nearly collinear: the solution did not converge");
		goto out;
	}
	for (size_t j = 0; j < k; j++)
		m->coef[j] = b[j].hi;
	for (size_t i = 0; i < n; i++) {
		struct dd a = dd_of(s->y[i]);
		for (size_t j = 0; j < k; j++)
			a = dd_add(a, dd_neg(dd_mul_d(b[j], fit_m(&w, i, j))));
		m->resid[i] = a.hi;
	}
	rc = fit_variances(&w, v, b, r, &t, err);
	if (rc)
		goto out;
	fit_statistics(m, &w, s->y, v);

out:
	fit_release(&w);
	free(t.f);
	free(t.dr);
	free(t.g);
	free(t.db);
	free(b);
	free(r);
	free(v);
	if (rc)
		ols_release(m);
	return rc;
}

void ols_release(struct ols *m)
{
	if (!m)
		return;
	free(m->coef);
	free(m->se);
	free(m->t);
	free(m->p);
	free(m->resid);
	memset(m, 0, sizeof *m);
}
