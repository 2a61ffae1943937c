/* qtime.c - bench/scale's query timer: open a store by URL and time named
 * read queries (store_query) and store_overview; median of RUNS, in ms.
 *
 *     qtime URL RUNS QUERY[:PARAM,...] ...
 * QUERY is a name of queries.h without Q_ (ZONE_TABLE) or "OVERVIEW"; a
 * PARAM "NULL" is SQL NULL.
 * Built by bench/scale/run.sh against the optimised build's libsb40core.a.
 * Prints "NAME<TAB>median ms<TAB>rows" per query.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "store/queries.h"
#include "store/store.h"

#define Q(x) {#x, Q_##x}
static const struct {
	const char *name;
	int id;
} names[] = {
	{"OVERVIEW", -1}, Q(ENTERPRISES_BY_FORM), Q(ENTERPRISES_BY_STATUS),
	Q(ENTERPRISES_BY_ACTIVITY), Q(ENTERPRISES_BY_ZONE), Q(REGION_COUNTS),
	Q(ZONES_PER_REGION), Q(ZONE_TOTALS), Q(ZONE_TABLE), Q(ZONE_VALUES), Q(ENTERPRISES),
	Q(ENTERPRISES_COUNT), Q(OBLIGATIONS), Q(LOTS), Q(OBSERVATIONS), Q(AUDIT),
};

static int count_row(void *ctx, int ncols, const char *const *vals)
{
	(void)ncols;
	(void)vals;
	(*(long *)ctx)++;
	return 0;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	struct store *st;
	struct sb40_error err;
	int runs;
	if (argc < 4) {
		fprintf(stderr, "usage: qtime URL RUNS QUERY[:PARAM,...] ...\n");
		return 2;
	}
	runs = atoi(argv[2]);
	if (runs < 1 || runs > 100 || store_open(argv[1], 0, &st, &err)) {
		fprintf(stderr, "qtime: %s\n", runs < 1 ? "bad RUNS" : error_text(&err));
		return 1;
	}
	for (int a = 3; a < argc; a++) {
		char spec[512], name[64], *colon;
		const char *params[16];
		int np = 0, id = -2;
		double t[100];
		long rows = 0;
		snprintf(spec, sizeof spec, "%s", argv[a]);
		snprintf(name, sizeof name, "%.*s", (int)strcspn(spec, ":"), spec);
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			if (!strcmp(names[i].name, name))
				id = names[i].id;
		if (id == -2) {
			fprintf(stderr, "qtime: unknown query %s\n", name);
			return 2;
		}
		if ((colon = strchr(spec, ':'))) {
			*colon = '\0';
			char *p = colon + 1, *c;
			do {
				c = strchr(p, ',');
				if (c)
					*c = '\0';
				params[np++] = strcmp(p, "NULL") ? p : NULL;
				p = c ? c + 1 : NULL;
			} while (p && np < 16);
		}
		for (int r = 0; r < runs; r++) {
			double t0 = now_ms();
			int rc;
			rows = 0;
			if (id < 0) {
				struct store_overview o;
				rc = store_overview(st, &o, &err);
				rows = 1;
			} else {
				rc = store_query(st, id, np, params, count_row, &rows, &err);
			}
			if (rc) {
				fprintf(stderr, "qtime: %s: %s\n", spec, error_text(&err));
				return 1;
			}
			t[r] = now_ms() - t0;
		}
		qsort(t, (size_t)runs, sizeof t[0], cmp);
		printf("%s\t%.1f\t%ld\n", argv[a], t[runs / 2], rows);
	}
	store_close(st);
	return 0;
}
