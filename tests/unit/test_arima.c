/* test_arima.c - ARIMA fitting, forecasting and order selection against R.
 *
 * References: the CSV files in tests/data/arima/ written by scripts/make_arima_refs.R
 * (R 4.2, forecast 8.20, urca): given-order fits (Arima), automatic
 * selection (auto.arima), KPSS statistics, STL components and seasonal
 * strengths, on synthetic AR/MA/seasonal series and M3 series.
 *
 * Tolerances (stated once, here):
 *   log-likelihood, AIC, AICc: 1e-4 absolute (R's optimiser stops at a
 *     relative change of 1.5e-8, so its optimum is itself only that good)
 *   coefficients: 2e-3 absolute, or 1e-3 relative for the mean/drift
 *   sigma2 and interval half-widths: 1e-3 relative
 *   point forecasts: 1e-3 of the series' scale (its standard deviation)
 *   KPSS statistic, STL components, seasonal strength: 1e-9
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <float.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include "stats/arima.h"
#include "stats/arima_int.h"
#include "stats/arima_stl.h"
#include "stats/kpss.h"
#include "test_arima_data.h"

#define TOL_LL 1e-4
#define TOL_COEF 2e-3
#define TOL_REL 1e-3
#define TOL_EXACT 1e-9

static struct tset series;

static char *data_path(const char *name)
{
	const char *src = getenv("SB40_SOURCE");
	static char buf[4096];
	snprintf(buf, sizeof buf, "%s/tests/data/arima/%s", src ? src : ".", name);
	return buf;
}

static int setup(void **state)
{
	gsl_set_error_handler_off();
	return tset_load(data_path("series.csv"), 1, &series);
}

static int teardown(void **state)
{
	tset_free(&series);
	return 0;
}

static double sd_of(const double *y, size_t n)
{
	double m = 0, s = 0;
	for (size_t i = 0; i < n; i++)
		m += y[i];
	m /= (double)n;
	for (size_t i = 0; i < n; i++)
		s += (y[i] - m) * (y[i] - m);
	return n > 1 ? sqrt(s / (double)(n - 1)) : 0;
}

/* One reference table: rows of fields, vectors space-separated. */
struct table {
	struct csvr *r;
};

static int table_open(struct table *t, const char *name)
{
	struct sb40_error e;
	if (csvr_open(data_path(name), NULL, &t->r, &e) != 0)
		return -1;
	return csvr_next(t->r, &e) == 1 ? 0 : -1;  /* header */
}

static int table_next(struct table *t)
{
	struct sb40_error e;
	return csvr_next(t->r, &e) == 1;
}

static const char *fld(struct table *t, size_t i)
{
	return csvr_field(t->r, i, NULL);
}

struct worst {
	double ll, coef, rel, fc;
};

static void compare_forecasts(struct table *t, size_t col, const struct arima_model *mod,
			      size_t h, double scale, struct worst *w)
{
	double mean[16], sd[16], ref[5][16];
	struct sb40_error e;
	assert_true(h <= 16);
	for (int k = 0; k < 5; k++)
		assert_int_equal(parse_vec(fld(t, col + (size_t)k), ref[k], 16), h);
	assert_int_equal(arima_forecast(mod, h, mean, sd, &e), 0);
	for (size_t i = 0; i < h; i++) {
		double dm = fabs(mean[i] - ref[0][i]) / scale;
		w->fc = fmax(w->fc, dm);
		assert_true(dm < TOL_REL);
		/* R's half-widths: z * sd */
		double z80 = (ref[2][i] - ref[1][i]) / 2, z95 = (ref[4][i] - ref[3][i]) / 2;
		double my80 = 1.2815515655446004 * sd[i], my95 = 1.959963984540054 * sd[i];
		double d80 = fabs(my80 - z80) / fmax(z80, 1e-12 * scale);
		double d95 = fabs(my95 - z95) / fmax(z95, 1e-12 * scale);
		w->rel = fmax(w->rel, fmax(d80, d95));
		assert_true(d80 < TOL_REL && d95 < TOL_REL);
	}
}

/* Given orders: coefficients, likelihood, AICc, sigma2, forecasts and
 * intervals as forecast::Arima + forecast(). */
static void test_fixed_orders(void **state)
{
	struct table t;
	struct worst w = { 0, 0, 0, 0 };
	int rows = 0, better = 0;
	assert_int_equal(table_open(&t, "fixed.csv"), 0);
	while (table_next(&t)) {
		struct tseries *s = tset_get(&series, fld(&t, 0));
		assert_non_null(s);
		struct arima_spec sp = { atoi(fld(&t, 1)), atoi(fld(&t, 2)), atoi(fld(&t, 3)),
					 atoi(fld(&t, 4)), atoi(fld(&t, 5)), atoi(fld(&t, 6)),
					 atoi(fld(&t, 7)), atoi(fld(&t, 8)), NAN };
		size_t h = (size_t)atoi(fld(&t, 9));
		double ll = atof(fld(&t, 10)), aic = atof(fld(&t, 11)), aicc = atof(fld(&t, 12));
		double sigma2 = atof(fld(&t, 13)), coef[32];
		size_t nc = parse_vec(fld(&t, 14), coef, 32);
		struct arima_model *mod = NULL;
		struct sb40_error e;
		assert_int_equal(arima_fit(s->y, s->n, &sp, &mod, &e), 0);
		assert_int_equal(mod->ncoef, nc);
		if (mod->loglik > ll + TOL_LL) {
			/* a higher maximum than R's optimiser reached: then the
			 * coefficients differ too; only "not worse" is checked */
			print_message("%s (%d,%d,%d)(%d,%d,%d): loglik %.6f above R's %.6f\n", s->name,
				      sp.p, sp.d, sp.q, sp.P, sp.D, sp.Q, mod->loglik, ll);
			better++;
			arima_model_free(mod);
			continue;
		}
		double dll = fmax(fabs(mod->loglik - ll), fmax(fabs(mod->aic - aic), fabs(mod->aicc - aicc)));
		if (dll > TOL_LL)
			print_message("%s (%d,%d,%d)(%d,%d,%d): loglik %.8f, R %.8f\n", s->name, sp.p,
				      sp.d, sp.q, sp.P, sp.D, sp.Q, mod->loglik, ll);
		assert_true(dll < TOL_LL);
		w.ll = fmax(w.ll, dll);
		for (size_t i = 0; i < nc; i++) {
			int is_const = mod->has_const && i == nc - 1;
			double dc = fabs(mod->coef[i] - coef[i]);
			if (is_const)
				dc /= fmax(fabs(coef[i]), 1e-12) * (TOL_REL / TOL_COEF);
			w.coef = fmax(w.coef, dc);
			if (dc >= TOL_COEF)
				print_message("%s (%d,%d,%d)(%d,%d,%d): coef %zu %.6f, R %.6f\n", s->name,
					      sp.p, sp.d, sp.q, sp.P, sp.D, sp.Q, i, mod->coef[i], coef[i]);
			assert_true(dc < TOL_COEF);
		}
		double ds = fabs(mod->sigma2 - sigma2) / sigma2;
		w.rel = fmax(w.rel, ds);
		assert_true(ds < TOL_REL);
		compare_forecasts(&t, 15, mod, h, sd_of(s->y, s->n), &w);
		arima_model_free(mod);
		rows++;
	}
	csvr_close(t.r);
	assert_true(rows >= 30);
	assert_true(better <= 2);
	print_message("given orders: %d fits, %d with a higher likelihood than R's; among the "
		      "others worst |loglik, aic, aicc| %.2g, coef %.2g, sigma2/intervals rel %.2g, "
		      "forecasts %.2g sd\n", rows, better, w.ll, w.coef, w.rel, w.fc);
}

/* auto.arima: the same order on every reference series, then the same
 * numbers. */
static void test_auto(void **state)
{
	struct table t;
	struct worst w = { 0, 0, 0, 0 };
	int rows = 0, same = 0;
	assert_int_equal(table_open(&t, "auto.csv"), 0);
	while (table_next(&t)) {
		struct tseries *s = tset_get(&series, fld(&t, 0));
		assert_non_null(s);
		int m = atoi(fld(&t, 1));
		size_t h = (size_t)atoi(fld(&t, 2));
		int o[7];
		for (int i = 0; i < 7; i++)
			o[i] = atoi(fld(&t, 3 + (size_t)i));
		struct arima_model *mod = NULL;
		struct sb40_error e;
		assert_int_equal(arima_auto(s->y, s->n, m, NULL, &mod, NULL, &e), 0);
		int mine[7] = { mod->spec.p, mod->spec.d, mod->spec.q, mod->spec.P,
				mod->spec.D, mod->spec.Q, mod->has_const };
		rows++;
		if (memcmp(mine, o, sizeof o) != 0) {
			char name[64];
			print_message("%s: %s, R (%d,%d,%d)(%d,%d,%d) const %d\n", s->name,
				      arima_model_name(mod, name, sizeof name), o[0], o[1], o[2], o[3],
				      o[4], o[5], o[6]);
			arima_model_free(mod);
			continue;
		}
		same++;
		double aicc = atof(fld(&t, 10));
		if (isfinite(aicc) && isfinite(mod->aicc)) {
			w.ll = fmax(w.ll, fabs(mod->aicc - aicc));
			assert_true(fabs(mod->aicc - aicc) < TOL_LL);
		}
		compare_forecasts(&t, 12, mod, h, fmax(sd_of(s->y, s->n), 1e-9), &w);
		arima_model_free(mod);
	}
	csvr_close(t.r);
	print_message("auto: %d of %d orders as R's; worst aicc %.2g, intervals rel %.2g, "
		      "forecasts %.2g sd\n", same, rows, w.ll, w.rel, w.fc);
	assert_true(rows >= 25);
	assert_true(same >= rows - 1);
}

static void test_kpss_and_strength(void **state)
{
	struct table t;
	int rows = 0;
	assert_int_equal(table_open(&t, "tests.csv"), 0);
	while (table_next(&t)) {
		struct tseries *s = tset_get(&series, fld(&t, 0));
		assert_non_null(s);
		int lags = atoi(fld(&t, 1));
		double st = atof(fld(&t, 2));
		assert_int_equal(lags, (int)trunc(3 * sqrt((double)s->n) / 13));
		double mine = kpss_stat(s->y, s->n, lags);
		assert_true(fabs(mine - st) <= TOL_EXACT * fmax(1, st));
		assert_int_equal(kpss_ndiffs(s->y, s->n, 0.05, 2), atoi(fld(&t, 3)));
		double strength;
		int nsd = arima_nsdiffs(s->y, s->n, s->m, 0.64, &strength);
		assert_int_equal(nsd, atoi(fld(&t, 5)));
		const char *rs = fld(&t, 4);
		if (strcmp(rs, "NA") != 0)
			assert_true(fabs(strength - atof(rs)) < TOL_EXACT);
		rows++;
	}
	csvr_close(t.r);
	assert_true(rows >= 20);
	/* the p-value table: linear between the critical values, clamped */
	assert_true(kpss_pvalue(0.2) == 0.10);
	assert_true(fabs(kpss_pvalue(0.463) - 0.05) < 1e-15);
	assert_true(fabs(kpss_pvalue(0.5185) - 0.0375) < 1e-12);
	assert_true(kpss_pvalue(5) == 0.01);
	assert_true(isnan(kpss_pvalue(NAN)));
}

static void test_stl(void **state)
{
	struct table t;
	int rows = 0;
	double seas[256], trend[256];
	struct tseries *cur = NULL;
	size_t i = 0;
	assert_int_equal(table_open(&t, "stl.csv"), 0);
	while (table_next(&t)) {
		struct tseries *s = tset_get(&series, fld(&t, 0));
		assert_non_null(s);
		if (s != cur) {
			cur = s;
			i = 0;
			assert_true(s->n <= 256);
			assert_int_equal(arima_stl(s->y, s->n, s->m, 11, seas, trend), 0);
		}
		assert_true(fabs(seas[i] - atof(fld(&t, 2))) < TOL_EXACT);
		assert_true(fabs(trend[i] - atof(fld(&t, 3))) < TOL_EXACT * fmax(1, fabs(trend[i])));
		i++;
		rows++;
	}
	csvr_close(t.r);
	assert_true(rows > 100);
	/* too short for STL */
	assert_int_equal(arima_stl(seas, 8, 4, 11, seas, trend), -1);
}

/* The Chandrasekhar likelihood equals the Kalman filter's for a stationary
 * ARMA (d = 0, where R's filter has no diffuse part). */
static void test_chandrasekhar(void **state)
{
	const double phi[3] = { 0.5, -0.2, 0.1 }, theta[2] = { 0.4, 0.3 };
	double w[40];
	unsigned long x = 12345;
	for (int i = 0; i < 40; i++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		w[i] = (double)(x >> 11) / 9007199254740992.0 - 0.5 + (i ? 0.5 * w[i - 1] : 0);
	}
	struct arima_state *a = arima_state_new(3, 2, NULL, 0), *b = arima_state_new(3, 2, NULL, 0);
	assert_non_null(a);
	assert_non_null(b);
	double s1, l1, s2, l2;
	int n1, n2;
	assert_int_equal(arima_state_set(a, phi, theta, 2), 0);
	arima_kalman(a, w, 40, NULL, &s1, &l1, &n1);
	assert_int_equal(arima_like_arma(b, phi, theta, 2, w, 40, &s2, &l2, &n2), 0);
	assert_int_equal(n1, n2);
	assert_true(fabs(s1 - s2) < 1e-10 * s1);
	assert_true(fabs(l1 - l2) < 1e-10);
	/* a unit root has no stationary covariance */
	const double rw[1] = { 1.0 };
	struct arima_state *c = arima_state_new(1, 0, NULL, 0);
	assert_non_null(c);
	assert_int_equal(arima_like_arma(c, rw, theta, 0, w, 40, &s2, &l2, &n2), -1);
	arima_state_free(c);
	arima_state_free(a);
	arima_state_free(b);
}

static void test_transforms(void **state)
{
	double raw[3] = { 0.3, -1.2, 2.0 }, phi[3], back[3];
	arima_partrans(3, raw, phi);
	assert_true(arima_ar_check(phi, 3));
	arima_invpartrans(3, phi, back);
	for (int i = 0; i < 3; i++)
		assert_true(fabs(back[i] - raw[i]) < 1e-12);
	/* 1 + 2.5 z + z^2 = (1 + 2z)(1 + 0.5z): the root -0.5 is reflected to -2 */
	double ma[2] = { 2.5, 1.0 };
	assert_int_equal(arima_ma_invert(ma, 2), 0);
	assert_true(fabs(ma[0] - 1.0) < 1e-12 && fabs(ma[1] - 0.25) < 1e-12);
	double ma1[1] = { 2.0 };
	assert_int_equal(arima_ma_invert(ma1, 1), 0);
	assert_true(fabs(ma1[0] - 0.5) < 1e-15);
	double mr;
	const double ar[2] = { 0.5, 0.0 };
	assert_int_equal(arima_minroot(ar, 2, -1.0, 1e-8, &mr), 0);
	assert_true(fabs(mr - 2.0) < 1e-12);
	assert_int_equal(arima_minroot(ar + 1, 1, -1.0, 1e-8, &mr), 0);
	assert_true(isinf(mr));
	assert_false(arima_ar_check((const double[]){ 1.0 }, 1));
	/* R's is.constant: all.equal tolerance 1.5e-8 */
	assert_true(arima_is_constant((const double[]){ 5, 5, 5 }, 3));
	assert_true(arima_is_constant((const double[]){ 1e6, 1e6 + 1e-3, 1e6 }, 3));
	assert_false(arima_is_constant((const double[]){ 1, 1.001, 1 }, 3));
}

static void check_result(const struct fc_request *rq, const struct fc_result *r)
{
	for (size_t i = 0; i < rq->h; i++) {
		assert_true(isfinite(r->mean[i]));
		for (size_t l = 0; l < rq->nlevels; l++) {
			double lo = r->lo[l * rq->h + i], hi = r->hi[l * rq->h + i];
			assert_true(isfinite(lo) && isfinite(hi));
			assert_true(lo <= r->mean[i] && r->mean[i] <= hi);
		}
		/* 95% contains 80% */
		assert_true(r->lo[rq->h + i] <= r->lo[i] && r->hi[i] <= r->hi[rq->h + i]);
	}
}

static void run_fc(const double *y, size_t n, int m, size_t h, char *model, double *mean0)
{
	const double levels[2] = { 80, 95 };
	struct fc_request rq = { y, n, m, h, levels, 2, 1 };
	struct fc_result r;
	struct sb40_error e;
	assert_int_equal(fc_result_init(&r, h, 2, &e), 0);
	assert_int_equal(fc_arima(&rq, &r, &e), 0);
	check_result(&rq, &r);
	if (model)
		snprintf(model, 64, "%s", r.model);
	if (mean0)
		*mean0 = r.mean[0];
	fc_result_release(&r);
}

/* Short, constant, trending and badly scaled series all get an answer. */
static void test_edge_cases(void **state)
{
	char model[64];
	double f;
	const double one[1] = { 7.5 };
	run_fc(one, 1, 1, 5, model, &f);
	assert_string_equal(model, "ARIMA(0,0,0) with non-zero mean");
	assert_true(f == 7.5);
	const double two[2] = { 3, 5 }, three[3] = { 5, 7, 6 };
	run_fc(two, 2, 1, 4, model, NULL);
	run_fc(three, 3, 1, 4, model, NULL);
	const double cst[12] = { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 };
	run_fc(cst, 12, 4, 8, model, &f);
	assert_string_equal(model, "ARIMA(0,0,0) with non-zero mean");
	assert_true(f == 4);
	/* constant differences: a fixed drift, the line continued */
	double lin[20];
	for (int i = 0; i < 20; i++)
		lin[i] = 3 + 2 * (i + 1);
	run_fc(lin, 20, 1, 3, model, &f);
	assert_string_equal(model, "ARIMA(0,1,0) with drift");
	assert_true(fabs(f - 45) < 1e-9);
	/* zeros with one spike, negatives, huge and tiny scales */
	double z[16] = { 0 };
	z[9] = 1;
	run_fc(z, 16, 1, 6, NULL, NULL);
	double neg[24], big[24], tiny[24], q[24];
	for (int i = 0; i < 24; i++) {
		neg[i] = -100 - 3.0 * i + ((i * 7) % 5);
		big[i] = 1e12 * (1 + 0.01 * sin(i)) + 1e9 * i;
		tiny[i] = 1e-12 * (1 + 0.3 * cos(1.3 * i));
		q[i] = 10 + (i % 4 == 0 ? 5 : 0) + 0.1 * i;
	}
	run_fc(neg, 24, 1, 6, NULL, NULL);
	run_fc(big, 24, 1, 6, NULL, NULL);
	run_fc(tiny, 24, 1, 6, NULL, NULL);
	run_fc(q, 24, 4, 8, model, NULL);
	run_fc(q, 9, 4, 8, NULL, NULL);  /* seasonal, barely two years */
	run_fc(q, 5, 12, 3, NULL, NULL); /* shorter than the period */
}

static void test_errors(void **state)
{
	struct arima_model *mod = NULL;
	struct sb40_error e;
	const double y[5] = { 1, 2, 4, 3, 5 };
	struct arima_spec bad = { -1, 0, 0, 0, 0, 0, 1, 0, NAN };
	assert_int_equal(arima_fit(y, 5, &bad, &mod, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "invalid ARIMA order (-1,0,0)(0,0,0)");
	struct arima_spec seas = { 1, 0, 0, 1, 0, 0, 1, 0, NAN };
	assert_int_equal(arima_fit(y, 5, &seas, &mod, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "a seasonal ARIMA part needs a period above 1");
	struct arima_spec fix = { 1, 0, 0, 0, 0, 0, 1, 1, 2.0 };
	assert_int_equal(arima_fit(y, 5, &fix, &mod, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "a fixed constant is only allowed without ARMA terms");
	struct arima_spec d2 = { 0, 2, 0, 0, 1, 0, 4, 0, NAN };
	assert_int_equal(arima_fit(y, 5, &d2, &mod, &e), SB40_EMISSING);
	assert_string_equal(error_text(&e), "too few observations for ARIMA(0,2,0)(0,1,0)[4]");
	assert_null(mod);
	assert_int_equal(arima_auto(y, 0, 1, NULL, &mod, NULL, &e), SB40_EMISSING);
	assert_string_equal(error_text(&e), "no observations");
	const double nan[3] = { 1, NAN, 2 };
	assert_int_equal(arima_auto(nan, 3, 1, NULL, &mod, NULL, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "observation 2 is not a finite number");
	const double levels[1] = { 80 };
	struct fc_request rq = { y, 0, 1, 3, levels, 1, 1 };
	struct fc_result r;
	assert_int_equal(fc_result_init(&r, 3, 1, &e), 0);
	assert_int_equal(fc_arima(&rq, &r, &e), SB40_EMISSING);
	assert_string_equal(error_text(&e), "ARIMA needs at least one observation");
	fc_result_release(&r);
}

/* Names as forecast's arima.string(); the model of fc_arima() is the one
 * arima_auto() picks; identical input gives identical output. */
static void test_names_and_determinism(void **state)
{
	struct tseries *s = tset_get(&series, "sarima");
	assert_non_null(s);
	struct arima_spec sp = { 0, 1, 1, 0, 1, 1, 4, 0, NAN };
	struct arima_model *mod = NULL;
	struct sb40_error e;
	char name[64];
	assert_int_equal(arima_fit(s->y, s->n, &sp, &mod, &e), 0);
	assert_string_equal(arima_model_name(mod, name, sizeof name), "ARIMA(0,1,1)(0,1,1)[4]");
	arima_model_free(mod);
	struct arima_spec z = { 1, 0, 0, 0, 0, 0, 4, 0, NAN };
	assert_int_equal(arima_fit(s->y, s->n, &z, &mod, &e), 0);
	assert_string_equal(arima_model_name(mod, name, sizeof name), "ARIMA(1,0,0) with zero mean");
	arima_model_free(mod);
	struct arima_spec dr = { 0, 1, 1, 0, 0, 0, 1, 1, NAN };
	assert_int_equal(arima_fit(s->y, s->n, &dr, &mod, &e), 0);
	assert_string_equal(arima_model_name(mod, name, sizeof name), "ARIMA(0,1,1) with drift");
	arima_model_free(mod);
	struct arima_spec d2 = { 0, 2, 1, 0, 0, 0, 1, 1, NAN };
	assert_int_equal(arima_fit(s->y, s->n, &d2, &mod, &e), 0);
	assert_int_equal(mod->has_const, 0);  /* no drift with two differences, as R */
	assert_string_equal(arima_model_name(mod, name, sizeof name), "ARIMA(0,2,1)");
	arima_model_free(mod);

	const double levels[2] = { 80, 95 };
	struct fc_request rq = { s->y, s->n, 4, 8, levels, 2, 1 };
	struct fc_result r1, r2;
	assert_int_equal(fc_result_init(&r1, 8, 2, &e), 0);
	assert_int_equal(fc_result_init(&r2, 8, 2, &e), 0);
	assert_int_equal(fc_arima(&rq, &r1, &e), 0);
	assert_int_equal(fc_arima(&rq, &r2, &e), 0);
	assert_memory_equal(r1.mean, r2.mean, 8 * sizeof(double));
	assert_memory_equal(r1.lo, r2.lo, 16 * sizeof(double));
	assert_memory_equal(r1.hi, r2.hi, 16 * sizeof(double));
	assert_string_equal(r1.model, r2.model);
	assert_true(isfinite(r1.aicc));
	assert_int_equal(arima_auto(s->y, s->n, 4, NULL, &mod, NULL, &e), 0);
	assert_string_equal(r1.model, arima_model_name(mod, name, sizeof name));
	assert_true(r1.aicc == mod->aicc);
	arima_model_free(mod);
	fc_result_release(&r1);
	fc_result_release(&r2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixed_orders),
		cmocka_unit_test(test_auto),
		cmocka_unit_test(test_kpss_and_strength),
		cmocka_unit_test(test_stl),
		cmocka_unit_test(test_chandrasekhar),
		cmocka_unit_test(test_transforms),
		cmocka_unit_test(test_edge_cases),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_names_and_determinism),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
