/* series.c - time series from CSV or the store (see series.h).
 *
 * Reading collects points (period key, value, line) per series; finishing
 * sorts each series by period, then checks duplicates and gaps and fills
 * when asked.  Both CSV and store rows go through the same builder, so the
 * rules and the messages are the same; series_bulk.c (many stored series)
 * shares the builder through series_int.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/csvread.h"
#include "base/hset.h"
#include "base/parse.h"
#include "io/entity.h"
#include "io/series.h"
#include "io/series_int.h"
#include "store/queries.h"

static const char *const freq_name[] = {"", "yearly", "quarterly", "monthly", "index"};

int series_fill_parse(const char *s)
{
	if (!strcmp(s, "none"))
		return FILL_NONE;
	if (!strcmp(s, "linear"))
		return FILL_LINEAR;
	if (!strcmp(s, "previous"))
		return FILL_PREVIOUS;
	if (!strcmp(s, "zero"))
		return FILL_ZERO;
	return -1;
}

int series_season(enum series_freq f)
{
	return f == SERIES_QUARTER ? 4 : f == SERIES_MONTH ? 12 : 1;
}

static char *key_text(enum series_freq f, long key, char *out)
{
	if (f == SERIES_QUARTER)
		snprintf(out, 24, "%ldQ%ld", key / 4, key % 4 + 1);
	else if (f == SERIES_MONTH)
		snprintf(out, 24, "%ld-%02ld", key / 12, key % 12 + 1);
	else
		snprintf(out, 24, "%ld", key);
	return out;
}

char *series_period(const struct series *s, size_t i, char *out)
{
	return key_text(s->freq, s->first + (long)i, out);
}

/* A period: "YYYY-MM" here, the rest by parse_period(). */
static int parse_per(const char *s, size_t len, enum series_freq *f, long *key,
		     struct sb40_error *err)
{
	struct period p;
	if (len == 7 && s[4] == '-') {
		int ok = 1;
		for (size_t i = 0; i < 7; i++)
			if (i != 4 && (s[i] < '0' || s[i] > '9'))
				ok = 0;
		long y = atol(s), m = atol(s + 5);
		if (ok && y >= 1000 && m >= 1 && m <= 12) {
			*f = SERIES_MONTH;
			*key = y * 12 + m - 1;
			return 0;
		}
	}
	if (parse_period(s, len, 1, &p, NULL, 0)) {
		char q[256];
		error_set(err, SB40_EINVAL, "expected a period (2024, 2024Q3 or an index), got %s "
			  "(expected 2024, 2024Q3, 2024-03 or an index)",
			  error_quote(q, sizeof q, s, len));
		return -1;
	}
	*f = p.kind == PERIOD_YEAR ? SERIES_YEAR : p.kind == PERIOD_QUARTER ? SERIES_QUARTER
									: SERIES_INDEX;
	*key = p.key;
	return 0;
}

void builder_release(struct builder *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->a[i].name);
		free(b->a[i].p);
	}
	free(b->a);
	hset_release(&b->names);
	b->a = NULL;
	b->n = b->cap = 0;
}

struct acc *builder_series(struct builder *b, const char *name, size_t len)
{
	long idx = hset_get(&b->names, name, len);
	if (idx)
		return &b->a[idx - 1];
	if (b->n == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 16;
		struct acc *a = realloc(b->a, cap * sizeof *a);
		if (!a)
			return NULL;
		b->a = a;
		b->cap = cap;
	}
	struct acc *a = &b->a[b->n];
	memset(a, 0, sizeof *a);
	a->name = strndup(name, len);
	if (!a->name)
		return NULL;
	b->n++;
	hset_add(&b->names, name, len, (long)b->n);
	return a;
}

/* Add one point; PLACE_COL is the period's column for messages. */
int builder_add(struct builder *b, struct acc *a, const char *per, size_t plen,
		const char *val, size_t vlen, long line, long pcol, long vcol,
		struct sb40_error *err)
{
	char msg[256], q[64];
	enum series_freq f;
	struct pt p = {0, 0, line, 0};
	if (parse_per(per, plen, &f, &p.key, err)) {
		error_place(err, b->file, line, pcol);
		return SB40_EINVAL;
	}
	if (!a->freq) {
		a->freq = f;
		a->freq_line = line;
	} else if (a->freq != f) {
		int yi = (a->freq == SERIES_YEAR || a->freq == SERIES_INDEX) &&
			 (f == SERIES_YEAR || f == SERIES_INDEX);
		if (yi) {
			a->freq = SERIES_INDEX;
		} else {
			error_quote(q, sizeof q, a->name, strlen(a->name));
			error_quote(msg, sizeof msg, per, plen);
			/* whole formats, so that each translates */
			if (a->freq_line)
				return error_setat(err, SB40_EINVAL, b->file, line, pcol,
						   "series %s mixes frequencies: period %s is %s, "
						   "earlier periods (line %ld) are %s", q, msg,
						   freq_name[f], a->freq_line, freq_name[a->freq]);
			return error_setat(err, SB40_EINVAL, b->file, line, pcol,
					   "series %s mixes frequencies: period %s is %s, earlier "
					   "periods are %s", q, msg, freq_name[f], freq_name[a->freq]);
		}
	}
	if (vlen == 0 || (vlen == 2 && !memcmp(val, "NA", 2))) {
		p.missing = 1;
	} else if (parse_double_e(val, vlen, &p.v, err)) {
		error_place(err, b->file, line, vcol);
		return SB40_EINVAL;
	}
	if (a->n == a->cap) {
		size_t cap = a->cap ? 2 * a->cap : 32;
		struct pt *np = realloc(a->p, cap * sizeof *np);
		if (!np)
			return error_set(err, SB40_ENOMEM, "out of memory");
		a->p = np;
		a->cap = cap;
	}
	a->p[a->n++] = p;
	return 0;
}

static int pt_cmp(const void *x, const void *y)
{
	const struct pt *a = x, *b = y;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return (a->line > b->line) - (a->line < b->line);
}

static int gap_error(struct builder *b, const struct acc *a, long key, const struct pt *before,
		     const struct pt *after, struct sb40_error *err)
{
	char q[64], per[24];
	error_quote(q, sizeof q, a->name, strlen(a->name));
	key_text(a->freq, key, per);
	/* whole formats, so that each translates */
	if (before->line && after->line)
		return error_setwhere(err, SB40_EINVAL, b->file,
				      "series %s has no value for period %s (between lines %ld and "
				      "%ld); --fill linear, previous or zero fills gaps",
				      q, per, before->line, after->line);
	return error_setwhere(err, SB40_EINVAL, b->file,
			      "series %s has no value for period %s; --fill linear, previous or "
			      "zero fills gaps", q, per);
}

/* Sort, check and fill series A into OUT. */
static int finish_one(struct builder *b, struct acc *a, struct series *out,
		      struct sb40_error *err)
{
	char q[64], per[24];
	size_t lo = 0, hi;
	qsort(a->p, a->n, sizeof *a->p, pt_cmp);
	for (size_t i = 1; i < a->n; i++)
		if (a->p[i].key == a->p[i - 1].key)
			return error_setat(err, SB40_EINVAL, b->file, a->p[i].line, 0,
					   "series %s has period %s twice (also at line %ld)",
					   error_quote(q, sizeof q, a->name, strlen(a->name)),
					   key_text(a->freq, a->p[i].key, per), a->p[i - 1].line);
	hi = a->n;
	while (lo < hi && a->p[lo].missing)
		lo++;
	while (hi > lo && a->p[hi - 1].missing)
		hi--;
	if (lo == hi)
		return error_setwhere(err, SB40_EMISSING, b->file, "series %s has no values",
				      error_quote(q, sizeof q, a->name, strlen(a->name)));
	long first = a->p[lo].key, last = a->p[hi - 1].key;
	size_t n = (size_t)(last - first + 1);
	double *y = malloc(n * sizeof *y);
	unsigned char *have = calloc(n, 1);
	if (!y || !have) {
		free(y);
		free(have);
		return error_set(err, SB40_ENOMEM, "out of memory");
	}
	const struct pt *prev = &a->p[lo];
	for (size_t i = lo; i < hi; i++) {
		const struct pt *p = &a->p[i];
		if (p->missing)
			continue;
		if (b->fill == FILL_NONE && p->key > prev->key + 1) {
			free(y);
			free(have);
			return gap_error(b, a, prev->key + 1, prev, p, err);
		}
		y[p->key - first] = p->v;
		have[p->key - first] = 1;
		prev = p;
	}
	size_t filled = 0;
	for (size_t i = 0; i < n; i++) {
		if (have[i])
			continue;
		size_t j = i;
		while (!have[j])
			j++; /* the last value is present, so this stops */
		for (size_t k = i; k < j; k++) {
			double t = (double)(k - i + 1) / (double)(j - i + 1);
			y[k] = b->fill == FILL_ZERO     ? 0.0
			       : b->fill == FILL_LINEAR ? y[i - 1] + t * (y[j] - y[i - 1])
							: y[i - 1];
			filled++;
		}
		i = j;
	}
	free(have);
	out->name = a->name;
	a->name = NULL;
	out->freq = a->freq;
	out->first = first;
	out->y = y;
	out->n = n;
	out->filled = filled;
	return 0;
}

int builder_finish(struct builder *b, struct series_set *out, struct sb40_error *err)
{
	memset(out, 0, sizeof *out);
	if (b->n == 0)
		return error_setwhere(err, SB40_EMISSING, b->file, "no series: the file has no data rows");
	out->s = calloc(b->n, sizeof *out->s);
	if (!out->s)
		return error_set(err, SB40_ENOMEM, "out of memory");
	out->cap = b->n;
	for (size_t i = 0; i < b->n; i++) {
		int rc = finish_one(b, &b->a[i], &out->s[i], err);
		if (rc) {
			series_set_release(out);
			return rc;
		}
		out->n++;
	}
	return 0;
}

void series_set_release(struct series_set *set)
{
	for (size_t i = 0; set->s && i < set->n; i++) {
		free(set->s[i].name);
		free(set->s[i].y);
	}
	free(set->s);
	memset(set, 0, sizeof *set);
}

/* ---- CSV ---------------------------------------------------------------- */

static size_t find_col(struct csvr *r, const char *name)
{
	for (size_t f = 0; f < csvr_nfields(r); f++)
		if (!strcmp(csvr_field(r, f, NULL), name))
			return f;
	return SIZE_MAX;
}

static int read_rows(struct csvr *r, struct builder *b, struct sb40_error *err)
{
	int got = csvr_next(r, err);
	size_t nf, cs, cp, cv;
	struct acc **wide = NULL;
	int rc = 0;
	if (got <= 0)
		return got < 0 ? err->code
			       : error_setwhere(err, SB40_EINVAL, b->file,
						"the file is empty (expected a header row: "
						"series,period,value or period,VALUE...)");
	nf = csvr_nfields(r);
	cs = find_col(r, "series");
	cp = find_col(r, "period");
	cv = find_col(r, "value");
	int longform = cs != SIZE_MAX && cp != SIZE_MAX && cv != SIZE_MAX;
	if (!longform) {
		if (cs != SIZE_MAX)
			return error_setat(err, SB40_EINVAL, b->file, csvr_line(r), 0,
					   "a long file needs the columns series, period and value "
					   "(missing: %s)", cp == SIZE_MAX ? "period" : "value");
		if (nf < 2)
			return error_setat(err, SB40_EINVAL, b->file, csvr_line(r), 0,
					   "expected a header series,period,value or period,VALUE...");
		wide = calloc(nf, sizeof *wide);
		if (!wide)
			return error_set(err, SB40_ENOMEM, "out of memory");
		for (size_t f = 1; f < nf; f++) {
			size_t len;
			const char *h = csvr_field(r, f, &len);
			if (!len) {
				rc = error_setat(err, SB40_EINVAL, b->file, csvr_line(r), (long)f + 1,
						 "empty column name in the header");
				goto out;
			}
			if (hset_get(&b->names, h, len)) {
				rc = error_setat(err, SB40_EINVAL, b->file, csvr_line(r), (long)f + 1,
						 "column %s appears twice in the header", h);
				goto out;
			}
			wide[f] = builder_series(b, h, len);
			if (!wide[f]) {
				rc = error_set(err, SB40_ENOMEM, "out of memory");
				goto out;
			}
		}
		cp = 0;
	}
	while ((got = csvr_next(r, err)) == 1) {
		size_t plen, slen, vlen;
		const char *per, *sname, *val;
		if (csvr_nfields(r) != nf) {
			rc = error_setat(err, SB40_EINVAL, b->file, csvr_line(r), 0,
					 "expected %zu fields as in the header, got %zu", nf,
					 csvr_nfields(r));
			goto out;
		}
		per = csvr_field(r, cp, &plen);
		if (!longform) {
			for (size_t f = 1; f < nf && !rc; f++) {
				val = csvr_field(r, f, &vlen);
				rc = builder_add(b, wide[f], per, plen, val, vlen, csvr_line(r),
						 (long)cp + 1, (long)f + 1, err);
			}
			if (rc)
				goto out;
			continue;
		}
		sname = csvr_field(r, cs, &slen);
		if (!slen) {
			rc = error_setat(err, SB40_EINVAL, b->file, csvr_line(r), (long)cs + 1,
					 "empty series name");
			goto out;
		}
		struct acc *a = builder_series(b, sname, slen);
		if (!a) {
			rc = error_set(err, SB40_ENOMEM, "out of memory");
			goto out;
		}
		val = csvr_field(r, cv, &vlen);
		rc = builder_add(b, a, per, plen, val, vlen, csvr_line(r), (long)cp + 1,
				 (long)cv + 1, err);
		if (rc)
			goto out;
	}
	if (got < 0)
		rc = err->code ? err->code : SB40_EINVAL;
out:
	free(wide);
	return rc;
}

static int read_csv(struct csvr *r, enum series_fill fill, struct series_set *out,
		    struct sb40_error *err)
{
	struct builder b = {.file = csvr_name(r), .fill = fill};
	int rc;
	hset_init(&b.names);
	rc = read_rows(r, &b, err);
	if (!rc)
		rc = builder_finish(&b, out, err);
	builder_release(&b);
	return rc;
}

int series_read_csv(const char *path, const char *name, enum series_fill fill,
		    struct series_set *out, struct sb40_error *err)
{
	struct csvr *r = NULL;
	int rc;
	memset(out, 0, sizeof *out);
	rc = csvr_open(path, name, &r, err);
	if (!rc)
		rc = read_csv(r, fill, out, err);
	csvr_close(r);
	return rc;
}

int series_read_mem(const char *name, const char *data, size_t len, enum series_fill fill,
		    struct series_set *out, struct sb40_error *err)
{
	struct csvr *r = NULL;
	int rc;
	memset(out, 0, sizeof *out);
	rc = csvr_open_mem(name, data, len, &r, err);
	if (!rc)
		rc = read_csv(r, fill, out, err);
	csvr_close(r);
	return rc;
}

/* ---- the store ---------------------------------------------------------- */

struct store_ctx {
	struct builder *b;
	struct acc *a;
	struct sb40_error *err;
	int rc;
};

static int store_row(void *vctx, int ncols, const char *const *vals)
{
	struct store_ctx *c = vctx;
	if (ncols < 5 || !vals[3] || !vals[4])
		return 0;
	c->rc = builder_add(c->b, c->a, vals[3], strlen(vals[3]), vals[4], strlen(vals[4]), 0, 0,
			    0, c->err);
	return c->rc;
}

int series_read_store(struct store *st, const char *entity, const char *indicator,
		      enum series_fill fill, struct series_set *out, struct sb40_error *err)
{
	struct store_indicator ind;
	const char *kind;
	long id;
	char name[512], q[64];
	int rc;
	memset(out, 0, sizeof *out);
	rc = entity_resolve(st, entity, &kind, &id, err);
	if (rc)
		return rc;
	rc = store_indicator_get(st, indicator, &ind, err);
	if (rc == SB40_ENOTFOUND)
		return error_set(err, SB40_ENOTFOUND, "no indicator %s in the database",
				 error_quote(q, sizeof q, indicator, strlen(indicator)));
	if (rc)
		return rc;
	snprintf(name, sizeof name, "%s/%s", entity, indicator);
	struct builder b = {.file = "", .fill = fill}; /* the message names the series */
	hset_init(&b.names);
	struct store_ctx c = {&b, builder_series(&b, name, strlen(name)), err, 0};
	if (!c.a) {
		builder_release(&b);
		return error_set(err, SB40_ENOMEM, "out of memory");
	}
	const char *key = strchr(entity, ':') + 1;
	const char *params[7] = {kind, key, indicator, NULL, "100000000", "0", NULL};
	rc = store_query(st, Q_OBSERVATIONS, 7, params, store_row, &c, err);
	if (c.rc)
		rc = c.rc;
	if (!rc && c.a->n == 0)
		rc = error_set(err, SB40_EMISSING, "no values of %s for %s in the database",
			       indicator, entity);
	if (!rc)
		rc = builder_finish(&b, out, err);
	builder_release(&b);
	return rc;
}
