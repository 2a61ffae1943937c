/* test_ols.c - stats/ols and stats/corr: NIST StRD certified values, the
 * definitions of every statistic, and the errors.
 *
 * The NIST part is data-driven: every .dat file in $SB40_SHARED/data/nist is parsed
 * (certified values and data at the line numbers its header states; the
 * model from "N Predictor Variable(s)" and the parameters B0..Bk listed:
 * no B0 means no constant, one predictor with more slopes means a
 * polynomial, run as a regression on the powers of x given as columns).
 * LRE = -log10(|est - cert| / |cert|) (-log10|est| when cert = 0), capped at
 * 15; required: 9 on every set, 7 on Filip.  The table printed here is the
 * one in docs/accuracy.md.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ctype.h>
#include <dirent.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stats/corr.h"
#include "stats/ols.h"

#define NIST_MAXPAR 12

struct nist {
	char name[64];
	int has_const, npar, npred;
	double cert_b[NIST_MAXPAR], cert_se[NIST_MAXPAR], cert_sd, cert_r2;
	size_t n;
	double *y, *x[NIST_MAXPAR];
};

static void nist_free(struct nist *d)
{
	free(d->y);
	for (int j = 0; j < NIST_MAXPAR; j++)
		free(d->x[j]);
}

static const char *skip_space(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* Parse FILE into D; fails the test on anything unexpected. */
static void nist_load(const char *dir, const char *file, struct nist *d)
{
	char path[2048], line[512];
	long ln = 0, c0 = 0, c1 = 0, d0 = 0, d1 = 0;
	int after_residual = 0;
	size_t cap = 0;
	FILE *f;

	memset(d, 0, sizeof *d);
	snprintf(d->name, sizeof d->name, "%.*s", (int)(strlen(file) - 4), file);
	assert_true((size_t)snprintf(path, sizeof path, "%s/%s", dir, file) < sizeof path);
	f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof line, f)) {
		const char *p, *s = skip_space(line);
		ln++;
		if ((p = strstr(line, "Certified Values")) && (p = strstr(p, "lines")))
			assert_int_equal(sscanf(p, "lines %ld to %ld", &c0, &c1), 2);
		else if (!strncmp(s, "Data", 4) && (p = strstr(line, "(lines")))
			assert_int_equal(sscanf(p, "(lines %ld to %ld", &d0, &d1), 2);
		if (strstr(line, "Predictor Variable"))
			d->npred = (int)strtol(s, NULL, 10);
		if (c0 && ln >= c0 && ln <= c1) {
			if (s[0] == 'B' && isdigit((unsigned char)s[1])) {
				char *e;
				long j = strtol(s + 1, &e, 10);
				assert_true(j >= 0 && j < NIST_MAXPAR);
				d->cert_b[j] = strtod(e, &e);
				d->cert_se[j] = strtod(e, NULL);
				d->has_const |= j == 0;
				d->npar++;
			}
			if (strstr(s, "Residual"))
				after_residual = 1;
			if (after_residual && (p = strstr(s, "Standard Deviation"))) {
				d->cert_sd = strtod(p + strlen("Standard Deviation"), NULL);
				after_residual = 0;
			}
			if ((p = strstr(s, "R-Squared")))
				d->cert_r2 = strtod(p + strlen("R-Squared"), NULL);
		}
		if (d0 && ln >= d0 && ln <= d1 && *s) {
			char *e = (char *)s;
			if (d->n == cap) {
				double *p2;
				cap = cap ? 2 * cap : 64;
				p2 = realloc(d->y, cap * sizeof *p2);
				assert_non_null(p2);
				d->y = p2;
				for (int j = 0; j < NIST_MAXPAR; j++) {
					p2 = realloc(d->x[j], cap * sizeof *p2);
					assert_non_null(p2);
					d->x[j] = p2;
				}
			}
			d->y[d->n] = strtod(e, &e);
			for (int j = 0; j < d->npred; j++)
				d->x[j][d->n] = strtod(e, &e);
			d->n++;
		}
	}
	fclose(f);
	assert_true(c0 > 0 && d0 > 0 && d->npred >= 1 && d->npar >= 1);
	assert_int_equal((long)d->n, d1 - d0 + 1);
	int nslope = d->npar - d->has_const;
	if (d->npred == 1 && nslope > 1) /* polynomial: x, x^2, ... as columns */
		for (int j = 1; j < nslope; j++)
			for (size_t i = 0; i < d->n; i++)
				d->x[j][i] = pow(d->x[0][i], j + 1);
	else
		assert_int_equal(nslope, d->npred);
}

static double lre(double est, double cert)
{
	double v;
	if (isnan(est))
		return 0;
	if (est == cert)
		return 15;
	v = cert == 0 ? -log10(fabs(est)) : -log10(fabs(est - cert) / fabs(cert));
	return fmax(0, fmin(15, v));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_nist(void **state)
{
	const char *shared = getenv("SB40_SHARED");
	char dir[1024];
	char *files[64];
	size_t nf = 0;
	struct dirent *de;
	DIR *dp;

	snprintf(dir, sizeof dir, "%s/data/nist", shared ? shared : "../shared");
	dp = opendir(dir);
	assert_non_null(dp);
	while ((de = readdir(dp)) && nf < 64) {
		size_t l = strlen(de->d_name);
		if (l > 4 && !strcmp(de->d_name + l - 4, ".dat"))
			files[nf++] = strdup(de->d_name);
	}
	closedir(dp);
	qsort(files, nf, sizeof *files, cmp_str);
	assert_int_equal(nf, 11); /* Filip Longley NoInt1-2 Norris Pontius Wampler1-5 */

	printf("| dataset | n | k | need | estimates | std. errors | residual SD | R2 | steps |\n"
	       "|---|---|---|---|---|---|---|---|---|\n");
	for (size_t a = 0; a < nf; a++) {
		struct nist d;
		struct ols m;
		struct sb40_error e;
		nist_load(dir, files[a], &d);
		struct ols_spec s = {d.y, "y", (const double *const *)d.x, NULL, d.n,
				     (size_t)(d.npar - d.has_const), d.has_const};
		error_clear(&e);
		if (ols_fit(&m, &s, &e))
			fail_msg("%s: %s", d.name, error_text(&e));
		double need = strcmp(d.name, "Filip") ? 9 : 7, lb = 15, ls = 15;
		assert_int_equal(m.k, d.npar);
		for (int j = 0; j < d.npar; j++) {
			int c = d.has_const ? j : j + 1; /* certified B index */
			lb = fmin(lb, lre(m.coef[j], d.cert_b[c]));
			ls = fmin(ls, lre(m.se[j], d.cert_se[c]));
		}
		double lsd = lre(m.sigma, d.cert_sd), lr2 = lre(m.r2, d.cert_r2);
		printf("| %s | %zu | %zu | %.0f | %.1f | %.1f | %.1f | %.1f | %d |\n", d.name, d.n, m.k,
		       need, lb, ls, lsd, lr2, m.iterations);
		if (lb < need || ls < need || lsd < need || lr2 < need)
			fail_msg("%s: LRE below %.0f (estimates %.1f, std. errors %.1f, sd %.1f, R2 %.1f)",
				 d.name, need, lb, ls, lsd, lr2);
		ols_release(&m);
		nist_free(&d);
		free(files[a]);
	}
}

/* A small case with closed forms: slope = Sxy/Sxx, F = t^2 for one
 * regressor, p(F) = p(t), and the values statsmodels 0.13.5 prints. */
static void test_simple_closed_form(void **state)
{
	const double y[] = {1, 2, 3, 4, 6}, x[] = {1, 2, 3, 4, 5};
	const double *xs[] = {x};
	struct ols_spec s = {y, "y", xs, NULL, 5, 1, 1};
	struct ols m;
	struct sb40_error e;
	assert_int_equal(ols_fit(&m, &s, &e), 0);
	assert_true(fabs(m.coef[1] - 12.0 / 10.0) < 1e-15);
	assert_true(fabs(m.coef[0] - (3.2 - 1.2 * 3)) < 1e-15);
	assert_true(fabs(m.f - m.t[1] * m.t[1]) < 1e-10 * m.f);
	assert_true(fabs(m.f_p - m.p[1]) < 1e-14);
	assert_true(fabs(m.se[0] - 0.38297084) < 1e-8);
	assert_true(fabs(m.se[1] - 0.11547005) < 1e-8);
	assert_true(fabs(m.f_p - 0.00190127466019637) < 1e-15);
	assert_true(fabs(m.p[0] - 0.37302136) < 1e-8);
	/* residuals 0.2 -0 -0.2 -0.4 0.4: ssr 0.4; DW = (0.04+0.04+0.04+0.64)/0.4 */
	assert_true(fabs(m.ssr - 0.4) < 1e-15);
	assert_true(fabs(m.dw - 0.76 / 0.4) < 1e-13);
	assert_true(fabs(m.loglik - (-2.5 * (1 + log(2 * M_PI) + log(0.08)))) < 1e-13);
	assert_true(fabs(m.aic - (-2 * m.loglik + 4)) < 1e-13);
	assert_true(fabs(m.bic - (-2 * m.loglik + 2 * log(5.0))) < 1e-13);
	assert_true(fabs(m.ymean - 3.2) < 1e-15);
	ols_release(&m);
}

static void test_intercept_only_and_no_const(void **state)
{
	const double y[] = {2, 4, 4, 4, 5, 5, 7, 9};
	const double x[] = {1, 2, 2, 2, 3, 3, 4, 5};
	const double *xs[] = {x};
	struct ols m;
	struct sb40_error e;
	struct ols_spec s = {y, "y", xs, NULL, 8, 0, 1};
	assert_int_equal(ols_fit(&m, &s, &e), 0);
	assert_int_equal(m.k, 1);
	assert_true(fabs(m.coef[0] - 5) < 1e-15);
	/* sample sd of y is sqrt(32/7); se of the mean is that over sqrt(8) */
	assert_true(fabs(m.se[0] - sqrt(32.0 / 7) / sqrt(8.0)) < 1e-14);
	assert_true(fabs(m.r2) < 1e-15);
	assert_true(isnan(m.f) && isnan(m.f_p));
	ols_release(&m);

	/* through the origin: b = sum xy / sum x^2, R2 uncentred */
	struct ols_spec s2 = {y, "y", xs, NULL, 8, 1, 0};
	assert_int_equal(ols_fit(&m, &s2, &e), 0);
	assert_int_equal(m.k, 1);
	double sxy = 0, sxx = 0, syy = 0;
	for (int i = 0; i < 8; i++) {
		sxy += x[i] * y[i];
		sxx += x[i] * x[i];
		syy += y[i] * y[i];
	}
	assert_true(fabs(m.coef[0] - sxy / sxx) < 1e-15);
	assert_true(fabs(m.tss - syy) < 1e-12);
	assert_true(fabs(m.r2 - (sxy * sxy / sxx) / syy) < 1e-14);
	assert_true(fabs(m.adj_r2 - (1 - 8.0 / 7 * (1 - m.r2))) < 1e-14);
	assert_int_equal(m.df_model, 1);
	ols_release(&m);
}

static void expect_error(const double *y, const double *const *xs, const char *const *names,
			 size_t n, size_t p, int with_const, int code, const char *msg)
{
	struct ols m;
	struct sb40_error e;
	struct ols_spec s = {y, "sales", xs, names, n, p, with_const};
	error_clear(&e);
	assert_int_equal(ols_fit(&m, &s, &e), code);
	assert_string_equal(error_text(&e), msg);
	assert_null(m.coef);
	ols_release(&m);
}

static void test_errors(void **state)
{
	const double y[] = {3, 1, 4, 1, 5, 9, 2};
	const double a[] = {1, 2, 3, 4, 5, 6, 7};
	const double b[] = {2, 7, 1, 8, 2, 8, 1};
	const double sum[] = {3, 9, 4, 12, 7, 14, 8};       /* a + b */
	const double k5[] = {5, 5, 5, 5, 5, 5, 5};
	const double z[] = {0, 0, 0, 0, 0, 0, 0};
	const double hole[] = {1, 2, NAN, 4, 5, 6, 7};
	const char *names[] = {"price", "ads", "total"};
	const double *abs_[] = {a, b, sum};
	const double *ak[] = {a, k5};
	const double *az[] = {a, z};
	const double *ah[] = {a, hole};

	expect_error(y, abs_, names, 7, 3, 1, SB40_ESINGULAR,
		     "regressor \"total\" is collinear with the regressors before it");
	expect_error(y, abs_, names, 7, 3, 0, SB40_ESINGULAR,
		     "regressor \"total\" is collinear with the regressors before it");
	expect_error(y, ak, names, 7, 2, 1, SB40_ESINGULAR,
		     "regressor \"ads\" is constant, so it is collinear with the constant");
	expect_error(y, az, NULL, 7, 2, 0, SB40_ESINGULAR, "regressor \"x2\" is all zeros");
	expect_error(y, ah, names, 7, 2, 1, SB40_EMISSING,
		     "missing value in \"ads\" at observation 3");
	expect_error(y, abs_, names, 3, 2, 1, SB40_EMISSING,
		     "too few observations: 3 for 3 parameters (need at least 4)");
	expect_error(y, NULL, NULL, 7, 0, 0, SB40_EINVAL,
		     "no regressors and no constant: nothing to fit");
	/* a constant regressor is fine without the constant term */
	struct ols m;
	struct sb40_error e;
	struct ols_spec s = {y, "sales", ak, names, 7, 2, 0};
	assert_int_equal(ols_fit(&m, &s, &e), 0);
	ols_release(&m);
	/* nearly collinear beyond what double can resolve */
	double near[7];
	for (int i = 0; i < 7; i++)
		near[i] = a[i] * (1 + 1e-14 * (i % 2));
	const double *an[] = {a, near};
	expect_error(y, an, names, 7, 2, 1, SB40_ESINGULAR,
		     "regressor \"ads\" is collinear with the regressors before it");
}

static void test_t_pvalue(void **state)
{
	/* scipy.stats.t.sf, two-sided */
	assert_true(fabs(ols_t_pvalue(2.2281388519649385, 10) - 0.05000000000180862) < 1e-15);
	assert_true(fabs(ols_t_pvalue(50, 5) / 6.047757626601234e-08 - 1) < 1e-10);
	assert_true(fabs(ols_t_pvalue(-3.5, 1e6) / 0.00046527839368103413 - 1) < 1e-9);
	assert_true(fabs(ols_t_pvalue(0.01, 7) - 0.9923003176436218) < 1e-14);
	assert_true(ols_t_pvalue(0, 3) == 1);
	assert_true(ols_t_pvalue(INFINITY, 3) == 0);
	assert_true(isnan(ols_t_pvalue(NAN, 3)));
}

static void test_corr(void **state)
{
	const double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 5, 4, 5}, w[] = {5, 4, 3, 2, 1};
	const double k[] = {1, 1, 1, 1, 1};
	const double *v[] = {x, y, w};
	const char *names[] = {"x", "y", "w"};
	double r[9], p[9];
	struct sb40_error e;
	assert_int_equal(corr_pearson(v, 5, 3, names, r, p, &e), 0);
	/* scipy.stats.pearsonr: 0.7745966692414834, p 0.12402706265755462 */
	assert_true(fabs(r[1] - 0.7745966692414834) < 1e-15);
	assert_true(r[3] == r[1] && p[3] == p[1]);
	assert_true(fabs(p[1] - 0.12402706265755462) < 1e-14);
	assert_true(r[2] == -1 && p[2] == 0);
	assert_true(r[0] == 1 && r[4] == 1 && r[8] == 1 && p[4] == 0);
	const double *vk[] = {x, k};
	assert_int_equal(corr_pearson(vk, 5, 2, names, r, p, &e), SB40_ESINGULAR);
	assert_string_equal(error_text(&e), "\"y\" is constant, so its correlation is undefined");
	assert_int_equal(corr_pearson(v, 2, 2, names, r, p, &e), SB40_EMISSING);
	assert_string_equal(error_text(&e),
			    "too few observations for a correlation: 2 (need at least 3)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nist),
		cmocka_unit_test(test_simple_closed_form),
		cmocka_unit_test(test_intercept_only_and_no_const),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_t_pvalue),
		cmocka_unit_test(test_corr),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
