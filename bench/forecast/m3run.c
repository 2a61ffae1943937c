/* m3run.c - forecast the M3 subsets with sb40's methods, for bench/forecast.
 *
 *   m3run FREQ TRAIN.csv OUTDIR METHOD[,METHOD...] [--threads T] [--min-series N] [--reps R]
 *
 * FREQ is yearly (h 6, m 1), quarterly (h 8, m 4) or other (h 8, m 1).
 * For each method: one pass over the series writes OUTDIR/METHOD-FREQ.csv
 * (series,period,forecast,lo80,hi80,lo95,hi95); then a timed pass over the
 * subset repeated until at least N series (default 30000) are forecast by T
 * threads (default 2), R times (default 1; the median is reported), and one line on stdout:
 *   METHOD FREQ SERIES SECONDS SERIES_PER_S FAILURES CPU_US_PER_SERIES
 * Wall-clock time (CLOCK_MONOTONIC), fit + forecast + 80/95% intervals; the
 * last column is the process CPU time (all threads) per series of the same
 * pass (CLOCK_PROCESS_CPUTIME_ID; select_auto.py's cost with --threads 1),
 * reading the file excluded.  Built by bench/forecast/run.sh against the
 * library (build/libsb40core.a).  Memory: everything lives until exit.
 */
#include <gsl/gsl_errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "stats/fcauto.h"
#include "stats/fcmethods.h"

struct series {
	char name[32];
	char last[32]; /* last period as written */
	double *y;
	size_t n, cap;
};

static void die(const char *msg)
{
	fprintf(stderr, "m3run: %s\n", msg);
	exit(1);
}

static struct series *S;
static size_t NS;
static int H, M;
static const struct fc_method *METHOD;
static const double LEVELS[2] = {80.0, 95.0};
static atomic_size_t NEXT;
static size_t TOTAL;
static atomic_int FAILS;
static double *RES; /* NS x (5 h): mean, lo80, hi80, lo95, hi95 */
static int STORE;
/* "combo:median:theta+damped+drift" (or combo:mean:...): fc_auto_combine() */
static const char *CNAMES[8];
static size_t CK;
static int CMED;

static int combo_fn(const struct fc_request *rq, struct fc_result *out, struct sb40_error *err)
{
	return fc_auto_combine(rq, CNAMES, CK, CMED, out, err);
}
static const struct fc_method COMBO = {"combo", combo_fn, "combination"};

static const struct fc_method *find_method(char *name)
{
	char *p, *save = NULL;
	if (strncmp(name, "combo:", 6))
		return fc_method_find(name);
	p = strdup(name + 6);
	if (!p)
		die("out of memory");
	CMED = !strncmp(p, "median:", 7);
	CK = 0;
	for (char *t = strtok_r(strchr(p, ':') + 1, "+", &save); t && CK < 8;
	     t = strtok_r(NULL, "+", &save))
		CNAMES[CK++] = t;
	return &COMBO;
}


static void read_train(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[256];
	size_t cap = 0;
	if (!f)
		die("cannot open the training file");
	if (!fgets(line, sizeof line, f))
		die("empty file");
	while (fgets(line, sizeof line, f)) {
		char *c1 = strchr(line, ','), *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
		struct series *s;
		if (!c2)
			die("bad line");
		*c1 = *c2 = '\0';
		if (!NS || strcmp(S[NS - 1].name, line)) {
			if (NS == cap) {
				cap = cap ? 2 * cap : 1024;
				S = realloc(S, cap * sizeof *S);
				if (!S)
					die("out of memory");
			}
			memset(&S[NS], 0, sizeof S[NS]);
			snprintf(S[NS].name, sizeof S[NS].name, "%.31s", line);
			NS++;
		}
		s = &S[NS - 1];
		if (s->n == s->cap) {
			s->cap = s->cap ? 2 * s->cap : 64;
			s->y = realloc(s->y, s->cap * sizeof *s->y);
			if (!s->y)
				die("out of memory");
		}
		s->y[s->n++] = strtod(c2 + 1, NULL);
		snprintf(s->last, sizeof s->last, "%s", c1 + 1);
	}
	fclose(f);
}

static void next_period(const char *last, int step, char *out, size_t n)
{
	const char *q = strchr(last, 'Q');
	if (q) {
		long k = strtol(last, NULL, 10) * 4 + (q[1] - '1') + step;
		snprintf(out, n, "%ldQ%ld", k / 4, k % 4 + 1);
	} else {
		snprintf(out, n, "%ld", strtol(last, NULL, 10) + step);
	}
}

static void *worker(void *arg)
{
	struct fc_result r;
	struct sb40_error err;
	(void)arg;
	for (;;) {
		size_t i = atomic_fetch_add(&NEXT, 1);
		const struct series *s;
		struct fc_request rq;
		if (i >= TOTAL)
			break;
		s = &S[i % NS];
		rq = (struct fc_request){s->y, s->n, M, (size_t)H, LEVELS, 2, 42UL};
		if (fc_result_init(&r, (size_t)H, 2, &err))
			die("out of memory");
		if (METHOD->fn(&rq, &r, &err)) {
			atomic_fetch_add(&FAILS, 1);
			if (STORE)
				fprintf(stderr, "m3run: %s %s: %s\n", METHOD->name, s->name,
					error_text(&err));
		} else if (STORE) {
			double *o = RES + i * 5 * (size_t)H;
			memcpy(o, r.mean, (size_t)H * sizeof *o);
			memcpy(o + H, r.lo, (size_t)H * sizeof *o);
			memcpy(o + 2 * H, r.hi, (size_t)H * sizeof *o);
			memcpy(o + 3 * H, r.lo + H, (size_t)H * sizeof *o);
			memcpy(o + 4 * H, r.hi + H, (size_t)H * sizeof *o);
		}
		fc_result_release(&r);
	}
	return NULL;
}

static double CPU; /* CPU seconds of the last run() */

static double run(size_t total, int threads)
{
	pthread_t th[16];
	struct timespec a, b, ca, cb;
	atomic_store(&NEXT, 0);
	atomic_store(&FAILS, 0);
	TOTAL = total;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int t = 0; t < threads; t++)
		if (pthread_create(&th[t], NULL, worker, NULL))
			die("pthread_create");
	for (int t = 0; t < threads; t++)
		pthread_join(th[t], NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	CPU = (double)(cb.tv_sec - ca.tv_sec) + 1e-9 * (double)(cb.tv_nsec - ca.tv_nsec);
	return (double)(b.tv_sec - a.tv_sec) + 1e-9 * (double)(b.tv_nsec - a.tv_nsec);
}

int main(int argc, char **argv)
{
	int threads = 2, reps = 1;
	size_t minser = 30000;
	char *methods, *tok, *save = NULL;
	if (argc < 5)
		die("usage: m3run FREQ TRAIN OUTDIR METHODS [--threads T] [--min-series N]");
	for (int i = 5; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--threads"))
			threads = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--min-series"))
			minser = strtoul(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--reps"))
			reps = atoi(argv[i + 1]);
	}
	if (threads < 1 || threads > 16)
		die("--threads: 1..16");
	gsl_set_error_handler_off();
	if (!strcmp(argv[1], "yearly"))
		H = 6, M = 1;
	else if (!strcmp(argv[1], "quarterly"))
		H = 8, M = 4;
	else if (!strcmp(argv[1], "other"))
		H = 8, M = 1;
	else
		die("FREQ: yearly, quarterly or other");
	read_train(argv[2]);
	RES = calloc(NS * 5 * (size_t)H, sizeof *RES);
	methods = strdup(argv[4]);
	if (!RES || !methods)
		die("out of memory");
	for (tok = strtok_r(methods, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char path[4096], per[32];
		FILE *f;
		size_t total;
		double sec, cpus;
		METHOD = find_method(tok);
		if (!METHOD)
			die("unknown method");
		STORE = 1;
		run(NS, threads);
		snprintf(path, sizeof path, "%s/%s-%s.csv", argv[3], tok, argv[1]);
		f = fopen(path, "w");
		if (!f)
			die("cannot write the forecast file");
		fprintf(f, "series,period,forecast,lo80,hi80,lo95,hi95\n");
		for (size_t i = 0; i < NS; i++) {
			const double *o = RES + i * 5 * (size_t)H;
			for (int j = 0; j < H; j++) {
				next_period(S[i].last, j + 1, per, sizeof per);
				fprintf(f, "%s,%s,%.10g,%.10g,%.10g,%.10g,%.10g\n", S[i].name, per, o[j],
					o[H + j], o[2 * H + j], o[3 * H + j], o[4 * H + j]);
			}
		}
		fclose(f);
		STORE = 0;
		total = ((minser + NS - 1) / NS) * NS;
		if (total < NS)
			total = NS;
		{
			double t[15], cpu[15];
			if (reps < 1 || reps > 15)
				die("--reps: 1..15");
			for (int r = 0; r < reps; r++) {
				t[r] = run(total, threads);
				cpu[r] = CPU;
				for (int q = r; q > 0 && t[q] < t[q - 1]; q--) {
					double x = t[q];
					t[q] = t[q - 1];
					t[q - 1] = x;
				}
				for (int q = r; q > 0 && cpu[q] < cpu[q - 1]; q--) {
					double x = cpu[q];
					cpu[q] = cpu[q - 1];
					cpu[q - 1] = x;
				}
			}
			sec = t[reps / 2];
			cpus = cpu[reps / 2];
		}
		printf("%s %s %zu %.4f %.1f %d %.2f\n", tok, argv[1], total, sec, (double)total / sec,
		       atomic_load(&FAILS), 1e6 * cpus / (double)total);
		fflush(stdout);
	}
	free(methods);
	return 0;
}
