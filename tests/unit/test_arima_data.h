/* test_arima_data.h - loading the long-format series files and reference
 * tables the ARIMA tests compare with (tests/data/arima/, M3 data).
 *
 * A test helper only: functions are static inline so that each test
 * executable takes what it uses.  Everything returned is owned by the
 * caller and freed with the matching *_free().
 */
#ifndef SB40_TEST_ARIMA_DATA_H
#define SB40_TEST_ARIMA_DATA_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/csvread.h"
#include "base/parse.h"

struct tseries {
	char name[32];
	int m;
	size_t n, cap;
	double *y;
	struct period last;  /* the last period (M3 files) */
};

struct tset {
	size_t n, cap;
	struct tseries *s;
};

static inline void tset_free(struct tset *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->s[i].y);
	free(t->s);
	t->s = NULL;
	t->n = t->cap = 0;
}

static inline struct tseries *tset_get(struct tset *t, const char *name)
{
	for (size_t i = t->n; i-- > 0;)
		if (strcmp(t->s[i].name, name) == 0)
			return &t->s[i];
	return NULL;
}

static inline struct tseries *tset_add(struct tset *t, const char *name)
{
	if (t->n == t->cap) {
		size_t c = t->cap ? 2 * t->cap : 64;
		struct tseries *s = realloc(t->s, c * sizeof *s);
		if (!s)
			abort();
		t->s = s;
		t->cap = c;
	}
	struct tseries *s = &t->s[t->n++];
	memset(s, 0, sizeof *s);
	snprintf(s->name, sizeof s->name, "%s", name);
	s->m = 1;
	return s;
}

static inline void tseries_push(struct tseries *s, double v)
{
	if (s->n == s->cap) {
		size_t c = s->cap ? 2 * s->cap : 32;
		double *y = realloc(s->y, c * sizeof *y);
		if (!y)
			abort();
		s->y = y;
		s->cap = c;
	}
	s->y[s->n++] = v;
}

/* Read a long file: "series,period,value" (M3, M = period) or
 * "series,m,t,value" (tests/data/arima/series.csv, M read per row).
 * Returns 0, -1 on any problem (message on stderr). */
static inline int tset_load(const char *path, int m, struct tset *t)
{
	struct csvr *r = NULL;
	struct sb40_error e;
	int rc, header = 1, four = 0;
	memset(t, 0, sizeof *t);
	if (csvr_open(path, NULL, &r, &e) != 0) {
		fprintf(stderr, "%s\n", error_text(&e));
		return -1;
	}
	while ((rc = csvr_next(r, &e)) == 1) {
		if (header) {
			four = csvr_nfields(r) == 4;
			header = 0;
			continue;
		}
		const char *name = csvr_field(r, 0, NULL);
		const char *val = csvr_field(r, four ? 3 : 2, NULL);
		struct tseries *s = t->n && strcmp(t->s[t->n - 1].name, name) == 0 ? &t->s[t->n - 1]
										    : tset_get(t, name);
		if (!s)
			s = tset_add(t, name);
		s->m = four ? atoi(csvr_field(r, 1, NULL)) : m;
		if (!four) {
			size_t len;
			const char *p = csvr_field(r, 1, &len);
			char msg[128];
			if (parse_period(p, len, 1, &s->last, msg, sizeof msg) != 0) {
				fprintf(stderr, "%s: %s\n", path, msg);
				rc = -1;
				break;
			}
		}
		tseries_push(s, strtod(val, NULL));
	}
	csvr_close(r);
	if (rc != 0) {
		tset_free(t);
		return -1;
	}
	return 0;
}

/* Split a space-separated list of numbers into OUT (at most MAX); returns
 * how many were read. */
static inline size_t parse_vec(const char *s, double *out, size_t max)
{
	size_t k = 0;
	char *end;
	while (*s && k < max) {
		double v = strtod(s, &end);
		if (end == s)
			break;
		out[k++] = v;
		s = end;
	}
	return k;
}

#endif
