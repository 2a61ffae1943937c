/* mcda.c - weighted sum, TOPSIS and AHP on plain arrays. */
#include "domain/mcda.h"
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <math.h>
#include <stdlib.h>

static int check_problem(const double *x, size_t m, size_t n, const double *w,
			 const int *dir, struct sb40_error *err)
{
	double sum = 0;
	if (m == 0 || n == 0)
		return error_set(err, SB40_EINVAL, "expected at least one alternative and one criterion");
	for (size_t j = 0; j < n; j++) {
		if (!isfinite(w[j]) || w[j] < 0)
			return error_set(err, SB40_EINVAL, "weight %zu is not a finite number >= 0", j + 1);
		if (dir[j] != MCDA_BENEFIT && dir[j] != MCDA_COST)
			return error_set(err, SB40_EINVAL, "direction %zu is neither benefit nor cost", j + 1);
		sum += w[j];
	}
	if (!(sum > 0))
		return error_set(err, SB40_EINVAL, "the weights sum to 0");
	for (size_t i = 0; i < m * n; i++)
		if (!isfinite(x[i]))
			return error_set(err, SB40_EINVAL, "score [%zu][%zu] is not a finite number",
					 i / n, i % n);
	return 0;
}

int mcda_wsum(const double *x, size_t m, size_t n, const double *w, const int *dir,
	      double *score, struct sb40_error *err)
{
	int rc = check_problem(x, m, n, w, dir, err);
	if (rc)
		return rc;
	for (size_t i = 0; i < m; i++)
		score[i] = 0;
	for (size_t j = 0; j < n; j++) {
		double lo = x[j], hi = x[j];
		for (size_t i = 1; i < m; i++) {
			lo = fmin(lo, x[i * n + j]);
			hi = fmax(hi, x[i * n + j]);
		}
		for (size_t i = 0; i < m; i++) {
			double r = 1;
			if (hi > lo)
				r = dir[j] == MCDA_BENEFIT ? (x[i * n + j] - lo) / (hi - lo)
							   : (hi - x[i * n + j]) / (hi - lo);
			score[i] += w[j] * r;
		}
	}
	return 0;
}

int mcda_topsis(const double *x, size_t m, size_t n, const double *w, const int *dir,
		double *closeness, struct sb40_error *err)
{
	double *v = NULL, *best = NULL, *worst = NULL;
	int rc = check_problem(x, m, n, w, dir, err);
	if (rc)
		return rc;
	v = malloc(m * n * sizeof *v);
	best = malloc(n * sizeof *best);
	worst = malloc(n * sizeof *worst);
	if (!v || !best || !worst) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t j = 0; j < n; j++) {
		double ss = 0;
		for (size_t i = 0; i < m; i++)
			ss += x[i * n + j] * x[i * n + j];
		double norm = sqrt(ss);
		for (size_t i = 0; i < m; i++)
			v[i * n + j] = norm > 0 ? w[j] * x[i * n + j] / norm : 0;
		double lo = v[j], hi = v[j];
		for (size_t i = 1; i < m; i++) {
			lo = fmin(lo, v[i * n + j]);
			hi = fmax(hi, v[i * n + j]);
		}
		best[j] = dir[j] == MCDA_BENEFIT ? hi : lo;
		worst[j] = dir[j] == MCDA_BENEFIT ? lo : hi;
	}
	for (size_t i = 0; i < m; i++) {
		double sp = 0, sm = 0;
		for (size_t j = 0; j < n; j++) {
			double dp = v[i * n + j] - best[j], dm = v[i * n + j] - worst[j];
			sp += dp * dp;
			sm += dm * dm;
		}
		sp = sqrt(sp);
		sm = sqrt(sm);
		closeness[i] = sp + sm > 0 ? sm / (sp + sm) : 1;
	}
out:
	free(v);
	free(best);
	free(worst);
	return rc;
}

double mcda_random_index(size_t n)
{
	static const double ri[16] = {0,    0,    0,    0.58, 0.90, 1.12, 1.24, 1.32,
				      1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
	return n < 16 ? ri[n] : NAN;
}

/* Checks the matrix is a positive reciprocal one; names the first bad entry. */
static int check_pairwise(const double *a, size_t n, struct sb40_error *err)
{
	for (size_t i = 0; i < n; i++) {
		if (a[i * n + i] != 1)
			return error_set(err, SB40_EINVAL,
					 "[%zu][%zu]: expected 1 on the diagonal, got %g", i, i,
					 a[i * n + i]);
		for (size_t j = 0; j < n; j++) {
			double v = a[i * n + j];
			if (!isfinite(v) || v <= 0)
				return error_set(err, SB40_EINVAL,
						 "[%zu][%zu]: expected a positive number, got %g", i, j, v);
		}
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			double p = a[i * n + j] * a[j * n + i];
			if (p < 0.99 || p > 1.01)
				return error_set(err, SB40_EINVAL,
						 "[%zu][%zu]: expected the reciprocal of [%zu][%zu] (%g), got %g",
						 j, i, i, j, 1 / a[i * n + j], a[j * n + i]);
		}
	return 0;
}

int mcda_ahp(const double *a, size_t n, double *w, struct mcda_ahp *out,
	     struct sb40_error *err)
{
	gsl_matrix *m = NULL;
	gsl_vector_complex *eval = NULL;
	gsl_matrix_complex *evec = NULL;
	gsl_eigen_nonsymmv_workspace *ws = NULL;
	int rc;

	out->n = n;
	out->lambda_max = (double)n;
	out->ci = out->cr = 0;
	out->ri = mcda_random_index(n);
	out->worst_i = out->worst_j = 0;
	out->worst_given = out->worst_implied = 1;
	if (n < 1 || n > 15)
		return error_set(err, SB40_EINVAL, "expected 1 to 15 criteria, got %zu", n);
	rc = check_pairwise(a, n, err);
	if (rc)
		return rc;
	if (n == 1) {
		w[0] = 1;
		return 0;
	}
	m = gsl_matrix_alloc(n, n);
	eval = gsl_vector_complex_alloc(n);
	evec = gsl_matrix_complex_alloc(n, n);
	ws = gsl_eigen_nonsymmv_alloc(n);
	if (!m || !eval || !evec || !ws) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	/* The exact reciprocal matrix built from the upper triangle. */
	for (size_t i = 0; i < n; i++) {
		gsl_matrix_set(m, i, i, 1);
		for (size_t j = i + 1; j < n; j++) {
			gsl_matrix_set(m, i, j, a[i * n + j]);
			gsl_matrix_set(m, j, i, 1 / a[i * n + j]);
		}
	}
	if (gsl_eigen_nonsymmv(m, eval, evec, ws) != GSL_SUCCESS) {
		rc = error_set(err, SB40_ENOCONV, "the eigenvalue solver did not converge");
		goto out;
	}
	/* Perron root: the eigenvalue with the largest real part (it is real
	 * and simple for a positive matrix); its eigenvector has one sign. */
	size_t k = 0;
	for (size_t i = 1; i < n; i++)
		if (GSL_REAL(gsl_vector_complex_get(eval, i)) >
		    GSL_REAL(gsl_vector_complex_get(eval, k)))
			k = i;
	double sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += GSL_REAL(gsl_matrix_complex_get(evec, i, k));
	if (!(fabs(sum) > 0)) {
		rc = error_set(err, SB40_ENOCONV, "no principal eigenvector");
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		w[i] = GSL_REAL(gsl_matrix_complex_get(evec, i, k)) / sum;
	out->lambda_max = GSL_REAL(gsl_vector_complex_get(eval, k));
	if (n > 2) {
		/* lambda_max >= n in exact arithmetic; clamp rounding below it. */
		out->ci = fmax(0, (out->lambda_max - (double)n) / (double)(n - 1));
		out->cr = out->ci / out->ri;
	}
	double dev = 0, strength = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			double e = a[i * n + j] * w[j] / w[i];
			double d = fmax(e, 1 / e), s = fabs(log(a[i * n + j]));
			/* Ties (always so for n = 3) go to the strongest judgement:
			 * the one furthest from "equal" is the likeliest slip. */
			if (d > dev * (1 + 1e-9) || (d >= dev * (1 - 1e-9) && s > strength)) {
				strength = s;
				dev = d;
				out->worst_i = i;
				out->worst_j = j;
				out->worst_given = a[i * n + j];
			}
		}
	/* What the other judgements say about the worst pair: the geometric
	 * mean of the indirect comparisons a_ik a_kj through every third k. */
	double lsum = 0;
	for (size_t t = 0; t < n; t++)
		if (t != out->worst_i && t != out->worst_j)
			lsum += log(a[out->worst_i * n + t]) + log(a[t * n + out->worst_j]);
	out->worst_implied = n > 2 ? exp(lsum / (double)(n - 2))
				   : w[out->worst_i] / w[out->worst_j];
	rc = 0;
out:
	gsl_matrix_free(m);
	gsl_vector_complex_free(eval);
	gsl_matrix_complex_free(evec);
	gsl_eigen_nonsymmv_free(ws);
	return rc;
}

static int same(double a, double b)
{
	return fabs(a - b) <= 1e-12 * fmax(1, fmax(fabs(a), fabs(b)));
}

void mcda_rank(const double *score, const int *skip, size_t m, size_t *rank)
{
	for (size_t i = 0; i < m; i++) {
		rank[i] = 0;
		if ((skip && skip[i]) || isnan(score[i]))
			continue;
		size_t r = 1;
		for (size_t k = 0; k < m; k++)
			if (k != i && !(skip && skip[k]) && !isnan(score[k]) &&
			    score[k] > score[i] && !same(score[k], score[i]))
				r++;
		rank[i] = r;
	}
}
