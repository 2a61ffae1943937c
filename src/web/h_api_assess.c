/* h_api_assess.c - the assessments in the JSON API:
 *   POST /api/v1/assessments/{innovation|maturity}  the document as the
 *        body; assessed, compared and stored: 201 {"id", "result"}
 *   GET  /api/v1/assessments        stored ones in short, newest first, paged:
 *        {"items", "page", "per_page", "total"} as the other lists (h_api.c)
 *   GET  /api/v1/assessments/{id}   one stored record with input and result
 * Errors as everywhere in the API; a bad document is 400 with "where" the
 * JSON path of the bad value ("$.answers.cloud") or LINE:COLUMN of a syntax
 * error.  A firm account assesses and sees only its own firm (scope.c); a
 * zone manager sees the assessments of the firms the registry has in its
 * zone, and assesses none (the route table).  The list's query parameters
 * are read here for the web page too (web_assess_args_or_respond). */
#include "web/web_int.h"
#include "web/handlers.h"
#include "io/assess_run.h"
#include <stdlib.h>
#include <string.h>

static int not_bound(struct web_req *r)
{
	return web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", NULL,
			"this firm account is not bound to a firm");
}

int h_api_assess_add(struct web_req *r)
{
	enum assess_kind k;
	struct sb40_error err;
	struct buf out = BUF_INIT;
	const char *tin = web_scope_tin(r), *where;
	json_t *res;
	long id = 0;
	if (assess_kind_parse(r->cap[0], &k))
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", "kind",
				"unknown assessment \"%.40s\" (expected innovation or maturity)",
				r->cap[0]);
	if (tin && !*tin)
		return not_bound(r);
	struct assess_job j = {k, r->body.data ? r->body.data : "", r->body.len, "body", "json",
			       r->lang, r->st, 1, tin, tin != NULL, r->user->login};
	error_clear(&err);
	if (assess_run(&j, &out, &id, &err)) {
		buf_release(&out);
		/* "body: $.x" -> "$.x"; "body:3:7" -> "3:7" */
		where = err.where;
		if (!strncmp(where, "body: ", 6))
			where += 6;
		else if (!strncmp(where, "body:", 5))
			where += 5;
		switch (err.code) {
		case SB40_EINVAL:
			return web_fail(r, MHD_HTTP_BAD_REQUEST,
					strstr(err.msg, "invalid JSON") ? "bad_json" : "invalid",
					*where ? where : NULL, "%s", err.msg);
		case SB40_EAUTH:
			return web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", *where ? where : NULL, "%s",
					err.msg);
		case SB40_ENOTFOUND:
			return web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "not_found", NULL, "%s",
					err.msg);
		default:
			return web_fail_err(r, &err);
		}
	}
	res = json_loadb(out.data, out.len, 0, NULL);
	buf_release(&out);
	return web_json(r, MHD_HTTP_CREATED, json_pack("{s:I, s:s, s:o}", "id", (json_int_t)id,
						       "kind", assess_kind_name(k), "result",
						       res ? res : json_null()));
}

static int add_item(void *ctx, const struct store_assessment *a)
{
	json_t *s = assess_summary_json(a);
	if (!s)
		return SB40_ENOMEM;
	json_array_append_new(ctx, s);
	return 0;
}

static const char *arg(struct web_req *r, const char *name)
{
	const char *v = web_arg(r, name);
	return v && *v ? v : NULL;
}

int web_assess_args_or_respond(struct web_req *r, struct store_assessment_filter *f, long *page,
			       long *per)
{
	const char *tin = web_scope_tin(r), *zone = web_scope_zone(r);
	const char *p = web_arg(r, "page"), *pp = web_arg(r, "per_page"), *z;
	static const char *const unknown[] = {"limit", "offset"};
	enum assess_kind k;
	char *end;

	memset(f, 0, sizeof *f);
	*page = 1;
	if ((tin && !*tin) || (zone && !*zone)) {
		web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", NULL, "%s",
			 tin ? "this firm account is not bound to a firm"
			     : "this zone manager account is not bound to a zone");
		return -1;
	}
	for (size_t i = 0; i < sizeof unknown / sizeof *unknown; i++)
		if (web_arg(r, unknown[i])) {
			web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", unknown[i],
				 "unknown parameter \"%s\": pages are ?page= (from 1) and "
				 "?per_page= (1 to 1000)", unknown[i]);
			return -1;
		}
	f->kind = arg(r, "kind");
	if (f->kind && assess_kind_parse(f->kind, &k)) {
		web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "kind",
			 "expected innovation or maturity, got \"%.40s\"", f->kind);
		return -1;
	}
	f->tin = arg(r, "tin");
	if (tin && f->tin && strcmp(f->tin, tin)) {
		web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", "tin",
			 "a firm account may see only its own firm's assessments");
		return -1;
	}
	if (tin)
		f->tin = tin;
	/* a zone manager's zone is the registry's (scope.c); asking for it
	 * again is no further filter, for another zone is outside the scope */
	z = arg(r, "zone");
	if (zone && z && strcmp(z, zone)) {
		web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", "zone",
			 "a zone manager may see only the assessments of its zone's firms");
		return -1;
	}
	f->zone = zone ? NULL : z;
	f->member_zone = zone;
	f->region = arg(r, "region");
	f->sector = arg(r, "sector");
	if (p && ((*page = strtol(p, &end, 10)) < 1 || *end || *page > 10000000)) {
		web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "page",
			 "expected a page number from 1, got \"%.40s\"", p);
		return -1;
	}
	if (pp && ((*per = strtol(pp, &end, 10)) < 1 || *end || *per > 1000)) {
		web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "per_page",
			 "expected per_page from 1 to 1000, got \"%.40s\"", pp);
		return -1;
	}
	f->limit = *per;
	f->offset = (*page - 1) * *per;
	return 0;
}

int h_api_assess_list(struct web_req *r)
{
	struct store_assessment_filter f;
	struct sb40_error err;
	long page, per = 100, total = 0;
	json_t *items;
	int rc;

	if (web_assess_args_or_respond(r, &f, &page, &per))
		return 1;
	if (store_assessment_count(r->st, &f, &total, &err))
		return web_fail_err(r, &err);
	items = json_array();
	rc = store_assessment_list(r->st, &f, add_item, items, &err);
	if (rc) {
		json_decref(items);
		if (rc == SB40_ENOMEM)
			error_set(&err, rc, "out of memory");
		return web_fail_err(r, &err);
	}
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o, s:I, s:I, s:I}", "items", items, "page",
						  (json_int_t)page, "per_page", (json_int_t)per,
						  "total", (json_int_t)total));
}

int h_api_assess_get(struct web_req *r)
{
	struct buf out = BUF_INIT;
	struct sb40_error err;
	const char *tin = web_scope_tin(r);
	char *end;
	long id = strtol(r->cap[0], &end, 10);
	if (*end || id <= 0)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", "id", "no assessment %.40s",
				r->cap[0]);
	if (tin && !*tin)
		return not_bound(r);
	if (web_scope_assessment(r, id, &err) ||
	    assess_show(r->st, id, tin, "json", r->lang, &out, NULL, &err)) {
		buf_release(&out);
		return web_fail_err(r, &err);
	}
	return web_send(r, MHD_HTTP_OK, "application/json; charset=utf-8", &out);
}
