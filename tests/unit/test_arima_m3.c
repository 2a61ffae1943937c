/* test_arima_m3.c - auto.arima on M3 series against R's choices.
 *
 * Under ctest: the first series of the M3 yearly and quarterly training
 * sets (from $SB40_SHARED/data/m3), compared with R's selected orders in
 * tests/data/arima/m3_auto.csv; most must agree, all forecasts must be
 * finite, and the run must be deterministic.
 *
 * As a driver (the benchmark of docs/arima.md):
 *   test_arima_m3 FREQ TRAIN.csv OUT.csv [m3_auto.csv]
 * fits every series of TRAIN (FREQ yearly: h 6, m 1; quarterly: h 8, m 4;
 * other: h 8, m 1), writes series,period,forecast to OUT.csv (score it with
 * ../shared/tools/m3eval.py), prints series per second on one thread and,
 * given R's table, how often the order agrees.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <time.h>
#include "stats/arima.h"
#include "test_arima_data.h"

struct rorder {
	char name[32];
	int o[7];  /* p d q P D Q constant */
	double aicc;
};

static struct rorder *load_orders(const char *path, size_t *n)
{
	struct csvr *r;
	struct sb40_error e;
	struct rorder *v = NULL;
	size_t k = 0, cap = 0;
	*n = 0;
	if (csvr_open(path, NULL, &r, &e) != 0)
		return NULL;
	int header = 1;
	while (csvr_next(r, &e) == 1) {
		if (header) {
			header = 0;
			continue;
		}
		if (k == cap) {
			cap = cap ? 2 * cap : 256;
			struct rorder *nv = realloc(v, cap * sizeof *nv);
			if (!nv)
				abort();
			v = nv;
		}
		snprintf(v[k].name, sizeof v[k].name, "%s", csvr_field(r, 0, NULL));
		for (int i = 0; i < 7; i++)
			v[k].o[i] = atoi(csvr_field(r, (size_t)i + 1, NULL));
		v[k].aicc = strtod(csvr_field(r, 8, NULL), NULL);
		k++;
	}
	csvr_close(r);
	*n = k;
	return v;
}

static const struct rorder *find_order(const struct rorder *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return &v[i];
	return NULL;
}

static void model_order(const struct arima_model *m, int o[7])
{
	o[0] = m->spec.p, o[1] = m->spec.d, o[2] = m->spec.q;
	o[3] = m->spec.P, o[4] = m->spec.D, o[5] = m->spec.Q;
	o[6] = m->has_const;
}

struct agree {
	size_t n, same, same_d, same_D;
};

/* Fit the series of T from FIRST, at most COUNT; forecasts into FC (may be
 * NULL) as series,period,forecast. */
static int run_set(struct tset *t, size_t first, size_t count, int m, size_t h,
		   const struct rorder *ref, size_t nref, FILE *fc, struct agree *ag,
		   double *seconds)
{
	double mean[100];
	struct timespec t0, t1;
	memset(ag, 0, sizeof *ag);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	for (size_t i = first; i < t->n && i < first + count; i++) {
		struct tseries *s = &t->s[i];
		struct arima_model *mod = NULL;
		struct sb40_error e;
		if (arima_auto(s->y, s->n, m, NULL, &mod, NULL, &e) != 0) {
			fprintf(stderr, "%s: %s\n", s->name, error_text(&e));
			return -1;
		}
		if (arima_forecast(mod, h, mean, NULL, &e) != 0)
			return -1;
		for (size_t k = 0; k < h; k++) {
			if (!isfinite(mean[k]))
				return -1;
			if (fc) {
				char buf[32];
				struct period p = s->last;
				p.key += (long)k + 1;
				fprintf(fc, "%s,%s,%.10g\n", s->name, period_format(p, buf), mean[k]);
			}
		}
		const struct rorder *r = ref ? find_order(ref, nref, s->name) : NULL;
		if (r) {
			int o[7];
			model_order(mod, o);
			ag->n++;
			ag->same += memcmp(o, r->o, sizeof o) == 0;
			ag->same_d += o[1] == r->o[1];
			ag->same_D += o[4] == r->o[4];
			if (getenv("ARIMA_VERBOSE") && memcmp(o, r->o, sizeof o) != 0)
				fprintf(stderr, "%s: ours (%d,%d,%d)(%d,%d,%d)c%d %.4f  R (%d,%d,%d)(%d,%d,%d)c%d %.4f\n",
					s->name, o[0], o[1], o[2], o[3], o[4], o[5], o[6], mod->aicc,
					r->o[0], r->o[1], r->o[2], r->o[3], r->o[4], r->o[5], r->o[6], r->aicc);
		}
		arima_model_free(mod);
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	*seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
	return 0;
}

static char *path_join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *p = malloc(n);
	if (!p)
		abort();
	snprintf(p, n, "%s/%s", a, b);
	return p;
}

static void check_subset(const char *freq, int m, size_t h, size_t count, double min_agree)
{
	const char *shared = getenv("SB40_SHARED"), *src = getenv("SB40_SOURCE");
	if (!shared || !src)
		skip();
	char name[64];
	snprintf(name, sizeof name, "data/m3/%s-train.csv", freq);
	char *train = path_join(shared, name), *refp = path_join(src, "tests/data/arima/m3_auto.csv");
	struct tset t;
	size_t nref;
	if (tset_load(train, m, &t) != 0) {
		free(train);
		free(refp);
		skip();
	}
	struct rorder *ref = load_orders(refp, &nref);
	assert_non_null(ref);
	struct agree ag;
	double sec;
	assert_int_equal(run_set(&t, 0, count, m, h, ref, nref, NULL, &ag, &sec), 0);
	assert_int_equal(ag.n, count);
	print_message("%s: %zu of %zu orders as R's (d %zu, D %zu)\n", freq, ag.same, ag.n,
		      ag.same_d, ag.same_D);
	assert_true((double)ag.same >= min_agree * (double)ag.n);
	assert_true((double)ag.same_d >= 0.97 * (double)ag.n);
	/* determinism: the same series twice gives the same numbers */
	struct arima_model *a = NULL, *b = NULL;
	struct sb40_error e;
	assert_int_equal(arima_auto(t.s[0].y, t.s[0].n, m, NULL, &a, NULL, &e), 0);
	assert_int_equal(arima_auto(t.s[0].y, t.s[0].n, m, NULL, &b, NULL, &e), 0);
	assert_memory_equal(a->coef, b->coef, a->ncoef * sizeof *a->coef);
	assert_true(a->aicc == b->aicc);
	arima_model_free(a);
	arima_model_free(b);
	free(ref);
	tset_free(&t);
	free(train);
	free(refp);
}

static void test_m3_yearly(void **state)
{
	check_subset("yearly", 1, 6, 60, 0.85);
}

static void test_m3_quarterly(void **state)
{
	check_subset("quarterly", 4, 8, 30, 0.75);
}

static int driver(int argc, char **argv)
{
	const char *freq = argv[1];
	int m = strcmp(freq, "quarterly") == 0 ? 4 : 1;
	size_t h = strcmp(freq, "yearly") == 0 ? 6 : 8;
	struct tset t;
	struct rorder *ref = NULL;
	size_t nref = 0;
	if (tset_load(argv[2], m, &t) != 0)
		return 1;
	if (argc > 4)
		ref = load_orders(argv[4], &nref);
	FILE *fc = fopen(argv[3], "w");
	if (!fc)
		return 1;
	fprintf(fc, "series,period,forecast\n");
	struct agree ag;
	double sec;
	if (run_set(&t, 0, t.n, m, h, ref, nref, fc, &ag, &sec) != 0)
		return 1;
	fclose(fc);
	printf("%s: %zu series in %.3f s: %.1f series/s (CPU time, one thread)\n", freq, t.n, sec,
	       (double)t.n / sec);
	if (ref)
		printf("orders as R's: %zu of %zu (%.1f%%); d as R's %.1f%%, D %.1f%%\n", ag.same, ag.n,
		       100.0 * (double)ag.same / (double)ag.n, 100.0 * (double)ag.same_d / (double)ag.n,
		       100.0 * (double)ag.same_D / (double)ag.n);
	free(ref);
	tset_free(&t);
	return 0;
}

int main(int argc, char **argv)
{
	gsl_set_error_handler_off();
	if (argc >= 4)
		return driver(argc, argv);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_m3_yearly),
		cmocka_unit_test(test_m3_quarterly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
