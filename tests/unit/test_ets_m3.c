/* test_ets_m3.c - stats/ets on the M3 competition data against R's ets.
 *
 * The M3 yearly and quarterly training series live in
 * $SB40_SHARED/data/m3/ (the tests skip when they are absent); R's choice
 * and forecasts on every series are in tests/data/ets/m3_r_*.csv, written by
 * scripts/make_ets_refs.R.
 *
 * As a unit test (sanitizer build) it runs every yearly series and every
 * sixth quarterly one.  As a measurement, on an optimised build:
 *     ETS_M3_BENCH=DIR [ETS_M3_REPS=5] build/tests/test_ets_m3
 * runs all 645 + 756 series single-threaded, prints series per second, and
 * writes DIR/ets-yearly.csv and DIR/ets-quarterly.csv
 * (series,period,forecast,lo80,hi80,lo95,hi95) for ../shared/tools/m3eval.py.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "base/csvread.h"
#include "stats/ets.h"

struct series {
	char name[16];
	char last[16]; /* last training period */
	double *y;
	size_t n, cap;
	double test[8];
	size_t ntest;
	double rfc[8]; /* R's forecasts */
	char rmodel[8];
};

struct m3set {
	struct series *s;
	size_t n;
	int m;
	size_t h;
	const char *freq;
	size_t cursor; /* the series found last */
};

static struct series *find(struct m3set *d, const char *name)
{
	/* the files are grouped by series in the same order */
	for (size_t k = 0; k < 2 && d->cursor + k < d->n; k++)
		if (strcmp(d->s[d->cursor + k].name, name) == 0)
			return &d->s[d->cursor += k];
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->s[i].name, name) == 0)
			return &d->s[d->cursor = i];
	return NULL;
}

/* Read PATH (header + rows); FN gets the fields of each row. */
static int read_csv(const char *path, void (*fn)(struct m3set *, const char **), struct m3set *d)
{
	struct csvr *r = NULL;
	struct sb40_error err;
	int rc, first = 1;
	if (csvr_open(path, NULL, &r, &err) != 0)
		return -1;
	while ((rc = csvr_next(r, &err)) == 1) {
		const char *f[3];
		if (first) {
			first = 0;
			continue;
		}
		assert_int_equal(csvr_nfields(r), 3);
		for (int i = 0; i < 3; i++)
			f[i] = csvr_field(r, (size_t)i, NULL);
		fn(d, f);
	}
	assert_int_equal(rc, 0);
	csvr_close(r);
	return 0;
}

static void add_train(struct m3set *d, const char **f)
{
	struct series *s = find(d, f[0]);
	if (!s) {
		struct series *ns = realloc(d->s, (d->n + 1) * sizeof *d->s);
		assert_non_null(ns);
		d->s = ns;
		d->cursor = d->n;
		s = &d->s[d->n++];
		memset(s, 0, sizeof *s);
		snprintf(s->name, sizeof s->name, "%s", f[0]);
	}
	if (s->n == s->cap) {
		double *ny;
		s->cap = s->cap ? 2 * s->cap : 32;
		ny = realloc(s->y, s->cap * sizeof *ny);
		assert_non_null(ny);
		s->y = ny;
	}
	s->y[s->n++] = strtod(f[2], NULL);
	snprintf(s->last, sizeof s->last, "%s", f[1]);
}

static void add_test(struct m3set *d, const char **f)
{
	struct series *s = find(d, f[0]);
	assert_non_null(s);
	assert_true(s->ntest < 8);
	s->test[s->ntest++] = strtod(f[2], NULL);
}

static void add_rfc(struct m3set *d, const char **f)
{
	struct series *s = find(d, f[0]);
	long step = strtol(f[1], NULL, 10);
	if (!s)
		return; /* the other frequency */
	assert_true(step >= 1 && step <= 8);
	s->rfc[step - 1] = strtod(f[2], NULL);
}

static void add_rmodel(struct m3set *d, const char **f)
{
	struct series *s = find(d, f[0]);
	if (s)
		snprintf(s->rmodel, sizeof s->rmodel, "%s", f[1]);
}

/* Load FREQ; returns 0, or -1 when the M3 data are not on this machine. */
static int m3_load(struct m3set *d, const char *freq)
{
	const char *shared = getenv("SB40_SHARED"), *src = getenv("SB40_SOURCE");
	char path[1024];
	memset(d, 0, sizeof *d);
	d->freq = freq;
	d->m = strcmp(freq, "quarterly") == 0 ? 4 : 1;
	d->h = d->m == 4 ? 8 : 6;
	snprintf(path, sizeof path, "%s/data/m3/%s-train.csv", shared ? shared : "../shared", freq);
	if (read_csv(path, add_train, d) != 0)
		return -1;
	snprintf(path, sizeof path, "%s/data/m3/%s-test.csv", shared ? shared : "../shared", freq);
	assert_int_equal(read_csv(path, add_test, d), 0);
	snprintf(path, sizeof path, "%s/tests/data/ets/m3_r_forecast.csv", src ? src : ".");
	assert_int_equal(read_csv(path, add_rfc, d), 0);
	snprintf(path, sizeof path, "%s/tests/data/ets/m3_r_models.csv", src ? src : ".");
	assert_int_equal(read_csv(path, add_rmodel, d), 0);
	return 0;
}

static void m3_free(struct m3set *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->s[i].y);
	free(d->s);
}

static double smape_add(const double *y, const double *f, size_t h)
{
	double s = 0.0;
	for (size_t i = 0; i < h; i++)
		s += 200.0 * fabs(y[i] - f[i]) / (fabs(y[i]) + fabs(f[i]));
	return s;
}

/* Fit every STRIDE-th series; compare with R. */
static void m3_compare(const char *freq, size_t stride, double min_close)
{
	struct m3set d;
	double ours = 0.0, theirs = 0.0, worst = 0.0;
	size_t npts = 0, nser = 0, close = 0, samemodel = 0;

	if (m3_load(&d, freq) != 0)
		skip();
	for (size_t i = 0; i < d.n; i += stride) {
		struct series *s = &d.s[i];
		struct ets_model mod;
		struct sb40_error err;
		double f[8], rel = 0.0, scale = 0.0;
		char spec[8];
		assert_int_equal(s->ntest, d.h);
		assert_int_equal(ets_select(s->y, s->n, d.m, NULL, &mod, &err), 0);
		assert_int_equal(ets_forecast(&mod, d.h, NULL, 0, 1, NULL, f, NULL, NULL, &err), 0);
		snprintf(spec, sizeof spec, "%c%c%s%c", "NAM"[mod.spec.error], "NAM"[mod.spec.trend],
			 mod.spec.damped ? "d" : "", "NAM"[mod.spec.season]);
		samemodel += strcmp(spec, s->rmodel) == 0;
		for (size_t k = 0; k < d.h; k++) {
			rel = fmax(rel, fabs(f[k] - s->rfc[k]));
			scale = fmax(scale, fabs(s->rfc[k]));
		}
		rel /= scale;
		close += rel <= 1e-6;
		worst = fmax(worst, rel);
		ours += smape_add(s->test, f, d.h);
		theirs += smape_add(s->test, s->rfc, d.h);
		npts += d.h;
		nser++;
		ets_model_release(&mod);
	}
	ours /= (double)npts;
	theirs /= (double)npts;
	if (getenv("ETS_VERBOSE"))
		printf("%s: %zu series, same model as R %zu, forecasts within 1e-6 %zu, worst "
		       "%.2e; sMAPE ours %.3f R %.3f\n",
		       freq, nser, samemodel, close, worst, ours, theirs);
	/* the same procedure: nearly always the same model and forecasts */
	assert_true((double)samemodel >= 0.99 * (double)nser);
	assert_true((double)close >= min_close * (double)nser);
	assert_true(worst < 0.05);
	assert_true(fabs(ours - theirs) < 0.02);
	m3_free(&d);
}

static void test_m3_yearly(void **state)
{
	m3_compare("yearly", 1, 0.99);
}

static void test_m3_quarterly(void **state)
{
	m3_compare("quarterly", 6, 0.97);
}

static void next_period(char *p, size_t n, int quarterly)
{
	if (quarterly) {
		int y = atoi(p), q = p[5] - '0';
		if (++q > 4) {
			q = 1;
			y++;
		}
		snprintf(p, n, "%dQ%d", y, q);
	} else {
		snprintf(p, n, "%d", atoi(p) + 1);
	}
}

static double cpu_seconds(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* The measurement (see the header). */
static int m3_bench(const char *dir)
{
	const char *freqs[2] = {"yearly", "quarterly"};
	int reps = getenv("ETS_M3_REPS") ? atoi(getenv("ETS_M3_REPS")) : 3;
	fc_method_fn method = fc_ets;
	for (int k = 0; k < 2; k++) {
		struct m3set d;
		double lv[2] = {80, 95}, t0, dt;
		char path[1024];
		FILE *out;
		if (m3_load(&d, freqs[k]) != 0) {
			fprintf(stderr, "no M3 data under $SB40_SHARED\n");
			return 1;
		}
		snprintf(path, sizeof path, "%s/ets-%s.csv", dir, freqs[k]);
		out = fopen(path, "w");
		if (!out)
			return 1;
		fprintf(out, "series,period,forecast,lo80,hi80,lo95,hi95\n");
		t0 = cpu_seconds();
		for (int r = 0; r < reps; r++) {
			for (size_t i = 0; i < d.n; i++) {
				struct series *s = &d.s[i];
				struct fc_request rq = {s->y, s->n, d.m, d.h, lv, 2, 1};
				struct fc_result res;
				struct sb40_error err;
				if (fc_result_init(&res, d.h, 2, &err) || method(&rq, &res, &err)) {
					fprintf(stderr, "%s: %s\n", s->name, error_text(&err));
					return 1;
				}
				if (r == 0) {
					char p[16];
					snprintf(p, sizeof p, "%s", s->last);
					for (size_t j = 0; j < d.h; j++) {
						next_period(p, sizeof p, d.m == 4);
						fprintf(out, "%s,%s,%.10g,%.10g,%.10g,%.10g,%.10g\n",
							s->name, p, res.mean[j], res.lo[j], res.hi[j],
							res.lo[d.h + j], res.hi[d.h + j]);
					}
				}
				fc_result_release(&res);
			}
		}
		dt = cpu_seconds() - t0;
		fclose(out);
		printf("%s: %zu series x %d in %.3f s CPU: %.0f series/s (one thread); wrote %s\n",
		       freqs[k], d.n, reps, dt, (double)d.n * reps / dt, path);
		m3_free(&d);
	}
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_m3_yearly),
		cmocka_unit_test(test_m3_quarterly),
	};
	gsl_set_error_handler_off();
	if (getenv("ETS_M3_BENCH"))
		return m3_bench(getenv("ETS_M3_BENCH"));
	return cmocka_run_group_tests(tests, NULL, NULL);
}
