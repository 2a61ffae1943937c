/* store_assess.c - the assessment store (store_assessment_*), for every
 * backend at once.
 *
 * Why here and not in each backend: the statements are portable SQL
 * texts in queries.c (Q_ASSESS_*), run through the backend's prepared-query
 * operation, so SQLite and PostgreSQL share them and a backend needs no code
 * of its own for assessments.  The insert is "INSERT ... RETURNING id"
 * (SQLite 3.35+, PostgreSQL).
 *
 * Ownership: records handed to callbacks point into the backend's row,
 * valid for the call only.
 */
#include "store/store_int.h"
#include "store/queries.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The first column as a number (an id, a count). */
static int got_id(void *ctx, int ncols, const char *const *v)
{
	if (ncols >= 1 && v[0])
		*(long *)ctx = atol(v[0]);
	return 0;
}

int store_assessment_add(struct store *st, const struct store_assessment *a, long *id,
			 struct sb40_error *err)
{
	char eid[24], now[32];
	long got = 0;
	int rc;
	if (!st->in_tx)
		return error_set(err, SB40_EDB, "write outside a transaction");
	if (!a->kind || (strcmp(a->kind, "innovation") && strcmp(a->kind, "maturity")))
		return error_set(err, SB40_EINVAL, "unknown assessment kind");
	if (!a->input || !a->result || !a->created_by)
		return error_set(err, SB40_EINVAL, "an assessment needs its input, result and author");
	snprintf(eid, sizeof eid, "%ld", a->enterprise_id);
	const char *p[11] = {a->kind, a->enterprise_id > 0 ? eid : NULL, a->tin, a->firm,
			     a->zone, a->region, a->sector, a->input, a->result,
			     store_now(now), a->created_by};
	rc = st->ops->query(st, Q_ASSESS_ADD, 11, p, got_id, &got, err);
	if (!rc && got <= 0)
		rc = error_set(err, SB40_EDB, "database: the new assessment has no id");
	if (!rc && id)
		*id = got;
	return rc;
}

struct rows {
	store_assessment_fn fn;
	void *ctx;
	long n;
};

static int one_row(void *ctx, int ncols, const char *const *v)
{
	struct rows *w = ctx;
	struct store_assessment a;
	if (ncols < 12)
		return SB40_EDB;
	a.id = atol(v[0]);
	a.kind = v[1];
	a.enterprise_id = v[2] ? atol(v[2]) : 0;
	a.tin = v[3];
	a.firm = v[4];
	a.zone = v[5];
	a.region = v[6];
	a.sector = v[7];
	a.input = v[8] ? v[8] : "{}";
	a.result = v[9] ? v[9] : "{}";
	a.created_at = v[10];
	a.created_by = v[11];
	w->n++;
	return w->fn(w->ctx, &a);
}

int store_assessment_get(struct store *st, long id, store_assessment_fn fn, void *ctx,
			 struct sb40_error *err)
{
	char s[24];
	struct rows w = {fn, ctx, 0};
	const char *p[1] = {s};
	int rc;
	snprintf(s, sizeof s, "%ld", id);
	rc = st->ops->query(st, Q_ASSESS_GET, 1, p, one_row, &w, err);
	if (!rc && !w.n)
		return SB40_ENOTFOUND;
	return rc;
}

/* The filter's parameters $1..$9 of Q_ASSESS_LIST / Q_ASSESS_COUNT; BEFORE
 * holds the text of before_id. */
static void filter_params(const struct store_assessment_filter *f, char before[24],
			  const char *p[9])
{
	snprintf(before, 24, "%ld", f->before_id);
	p[0] = f->kind;
	p[1] = f->tin;
	p[2] = f->zone;
	p[3] = f->region;
	p[4] = f->sector;
	p[5] = f->before_id > 0 ? before : NULL;
	p[6] = f->not_tin;
	p[7] = f->latest_per_firm ? "1" : NULL;
	p[8] = f->member_zone;
}

int store_assessment_list(struct store *st, const struct store_assessment_filter *f,
			  store_assessment_fn fn, void *ctx, struct sb40_error *err)
{
	char before[24], limit[24], offset[24];
	struct rows w = {fn, ctx, 0};
	const char *p[11];
	filter_params(f, before, p);
	snprintf(limit, sizeof limit, "%ld", f->limit > 0 ? f->limit : 1000000000L);
	snprintf(offset, sizeof offset, "%ld", f->offset > 0 ? f->offset : 0L);
	p[9] = limit;
	p[10] = offset;
	return st->ops->query(st, Q_ASSESS_LIST, 11, p, one_row, &w, err);
}

int store_assessment_count(struct store *st, const struct store_assessment_filter *f, long *n,
			   struct sb40_error *err)
{
	char before[24];
	const char *p[9];
	long got = -1;
	int rc;
	filter_params(f, before, p);
	rc = st->ops->query(st, Q_ASSESS_COUNT, 9, p, got_id, &got, err);
	if (!rc && got < 0)
		rc = error_set(err, SB40_EDB, "database: the count of assessments is missing");
	if (!rc)
		*n = got;
	return rc;
}
