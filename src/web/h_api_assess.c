/* h_api_assess.c - the assessments in the JSON API:
 *   POST /api/v1/assessments/{innovation|maturity}  the document as the
 *        body; assessed, compared and stored: 201 {"id", "result"}
 *   GET  /api/v1/assessments        stored ones in short, newest first, paged
 *   GET  /api/v1/assessments/{id}   one stored record with input and result
 * Errors as everywhere in the API; a bad document is 400 with "where" the
 * JSON path of the bad value ("$.answers.cloud") or LINE:COLUMN of a syntax
 * error.  A firm account assesses and sees only its own firm (scope.c). */
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

int h_api_assess_list(struct web_req *r)
{
	struct store_assessment_filter f = {0};
	struct sb40_error err;
	const char *tin = web_scope_tin(r), *p = web_arg(r, "page"), *pp = web_arg(r, "per_page");
	enum assess_kind k;
	long page = 1, per = 100;
	char *end;
	json_t *items;
	int rc;

	if (tin && !*tin)
		return not_bound(r);
	f.kind = arg(r, "kind");
	if (f.kind && assess_kind_parse(f.kind, &k))
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "kind",
				"expected innovation or maturity, got \"%.40s\"", f.kind);
	f.tin = arg(r, "tin");
	if (tin && f.tin && strcmp(f.tin, tin))
		return web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", "tin",
				"a firm account may see only its own firm's assessments");
	if (tin)
		f.tin = tin;
	f.zone = arg(r, "zone");
	f.region = arg(r, "region");
	f.sector = arg(r, "sector");
	if (p && ((page = strtol(p, &end, 10)) < 1 || *end || page > 10000000))
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "page",
				"expected a page number from 1, got \"%.40s\"", p);
	if (pp && ((per = strtol(pp, &end, 10)) < 1 || *end || per > 1000))
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "per_page",
				"expected per_page from 1 to 1000, got \"%.40s\"", pp);
	f.limit = per;
	f.offset = (page - 1) * per;
	items = json_array();
	rc = store_assessment_list(r->st, &f, add_item, items, &err);
	if (rc) {
		json_decref(items);
		if (rc == SB40_ENOMEM)
			error_set(&err, rc, "out of memory");
		return web_fail_err(r, &err);
	}
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o, s:I, s:I}", "items", items, "page",
						  (json_int_t)page, "per_page", (json_int_t)per));
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
	if (assess_show(r->st, id, tin, "json", r->lang, &out, NULL, &err)) {
		buf_release(&out);
		return web_fail_err(r, &err);
	}
	return web_send(r, MHD_HTTP_OK, "application/json; charset=utf-8", &out);
}
