/* h_api.c - the JSON API /api/v1: read endpoints over store_query(), the
 * revision history of a value, and imports.  Errors are
 * {"error": {"code", "message", "where"}} (respond.c).  Lists that can be
 * long are paged: ?page=1&per_page=100 (at most 1000), answered with
 * {"items": [...], "page", "per_page", "total"}.  Firm-level data follows
 * the user's scope (scope.c). */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/import_web.h"
#include "io/entity.h"
#include "store/queries.h"
#include <stdlib.h>
#include <string.h>

/* A cell as a JSON number (integer when it has no fraction), or null. */
static json_t *jnum(const char *s)
{
	char *end;
	long long i;
	double d;
	if (!s || !*s)
		return json_null();
	i = strtoll(s, &end, 10);
	if (!*end)
		return json_integer(i);
	d = strtod(s, &end);
	return *end ? json_null() : json_real(d);
}

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* An empty query argument is no filter. */
static const char *arg(struct web_req *r, const char *name)
{
	const char *v = web_arg(r, name);
	return v && *v ? v : NULL;
}

/* ?page= and ?per_page= into LIMIT/OFFSET texts; -1 after a 400. */
static int paging_or_respond(struct web_req *r, long *page, long *per, const char **lim,
			     const char **off)
{
	const char *p = web_arg(r, "page"), *pp = web_arg(r, "per_page");
	char *end;
	*page = 1;
	*per = 100;
	if (p) {
		*page = strtol(p, &end, 10);
		if (*end || *page < 1 || *page > 10000000) {
			web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "page",
				 "expected a page number from 1, got \"%.40s\"", p);
			return -1;
		}
	}
	if (pp) {
		*per = strtol(pp, &end, 10);
		if (*end || *per < 1 || *per > 1000) {
			web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "per_page",
				 "expected per_page from 1 to 1000, got \"%.40s\"", pp);
			return -1;
		}
	}
	*lim = arena_printf(&r->arena, "%ld", *per);
	*off = arena_printf(&r->arena, "%ld", (*page - 1) * *per);
	return 0;
}

static json_t *zone_json(const char *const *z)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:o, s:o, s:o, s:o, s:{s:o, s:o, s:o}}",
			 "code", z[0], "name", z[1], "region", z[2], "region_name", z[6],
			 "district", jstr(z[7]), "kind", z[8], "established", jnum(z[9]),
			 "area_ha", jnum(z[10]), "production_area_m2", jnum(z[11]),
			 "specialisation", jstr(z[12]), "latest", "enterprises", jnum(z[13]),
			 "workers", jnum(z[14]), "infrastructure_pct", jnum(z[15]));
}

int h_api_zones(struct web_req *r)
{
	const char *nop[1] = {NULL};
	struct web_rows z;
	struct sb40_error err;
	json_t *a;
	if (web_rows(r, Q_ZONE_TABLE, 1, nop, &z, &err))
		return web_fail_err(r, &err);
	a = json_array();
	for (size_t i = 0; i < z.n; i++)
		json_array_append_new(a, zone_json(z.v[i]));
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o}", "items", a));
}

static json_t *obligations_json(const struct web_rows *o)
{
	json_t *a = json_array();
	for (size_t i = 0; i < o->n; i++) {
		const char *const *v = o->v[i];
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:s, s:o}",
						   "enterprise", v[0], "enterprise_name", v[1],
						   "zone", v[2], "kind", v[3], "amount", jnum(v[4]),
						   "unit", v[5], "due_date", v[6],
						   "accepted_on", jstr(v[7])));
	}
	return a;
}

static json_t *lots_json(const struct web_rows *l)
{
	json_t *a = json_array();
	for (size_t i = 0; i < l->n; i++) {
		const char *const *v = l->v[i];
		json_array_append_new(a, json_pack("{s:s, s:s, s:o, s:s, s:o}", "zone", v[0], "lot",
						   v[1], "area_m2", jnum(v[2]), "status", v[3],
						   "auction_date", jstr(v[4])));
	}
	return a;
}

int h_api_zone(struct web_req *r)
{
	const char *p1[1] = {r->cap[0]};
	const char *p2[2] = {r->cap[0], web_scope_tin(r)};
	struct web_rows z, v, o, l;
	struct sb40_error err;
	json_t *j, *vals;
	if (web_rows(r, Q_ZONE_TABLE, 1, p1, &z, &err))
		return web_fail_err(r, &err);
	if (!z.n)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", "code", "no zone \"%s\"",
				r->cap[0]);
	if (web_rows(r, Q_ZONE_VALUES, 1, p1, &v, &err) || web_rows(r, Q_LOTS, 1, p1, &l, &err) ||
	    web_rows(r, Q_OBLIGATIONS, 2, p2, &o, &err))
		return web_fail_err(r, &err);
	j = zone_json(z.v[0]);
	vals = json_array();
	for (size_t i = 0; i < v.n; i++)
		json_array_append_new(vals, json_pack("{s:s, s:s, s:o, s:o}", "indicator", v.v[i][0],
						      "period", v.v[i][6], "value", jnum(v.v[i][7]),
						      "revision", jnum(v.v[i][8])));
	json_object_set_new(j, "values", vals);
	/* a zone manager of another zone sees no firm-level obligations */
	if (web_scope_zone(r) && strcmp(web_scope_zone(r), r->cap[0]))
		o.n = 0;
	json_object_set_new(j, "obligations", obligations_json(&o));
	json_object_set_new(j, "lots", lots_json(&l));
	return web_json(r, MHD_HTTP_OK, j);
}

int h_api_enterprises(struct web_req *r)
{
	const char *params[5], *lim, *off;
	struct web_rows e, n;
	struct sb40_error err;
	long page, per;
	json_t *a;
	if (paging_or_respond(r, &page, &per, &lim, &off))
		return 1;
	params[0] = web_scope_zone(r) ? web_scope_zone(r) : arg(r, "zone");
	params[1] = web_scope_tin(r) ? web_scope_tin(r) : arg(r, "tin");
	params[2] = arg(r, "region");
	params[3] = lim;
	params[4] = off;
	if (web_rows(r, Q_ENTERPRISES, 5, params, &e, &err) ||
	    web_rows(r, Q_ENTERPRISES_COUNT, 3, params, &n, &err))
		return web_fail_err(r, &err);
	a = json_array();
	for (size_t i = 0; i < e.n; i++) {
		const char *const *v = e.v[i];
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:o, s:s, s:o, s:o, s:s}", "tin",
						   v[0], "name", v[1], "legal_form", v[2],
						   "activity_code", jstr(v[3]), "region", v[4],
						   "zone", jstr(v[5]), "registered_on", jstr(v[6]),
						   "status", v[7]));
	}
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o, s:i, s:i, s:o}", "items", a, "page",
						  (json_int_t)page, "per_page", (json_int_t)per,
						  "total", jnum(n.n ? n.v[0][0] : "0")));
}

int h_api_indicators(struct web_req *r)
{
	struct web_rows v;
	struct sb40_error err;
	json_t *a;
	if (web_rows(r, Q_INDICATORS, 0, NULL, &v, &err))
		return web_fail_err(r, &err);
	a = json_array();
	for (size_t i = 0; i < v.n; i++) {
		const char *const *x = v.v[i];
		json_array_append_new(a, json_pack("{s:s, s:{s:s, s:s, s:s, s:s}, s:s, s:o, s:s, s:o, "
						   "s:o, s:b, s:b}", "code", x[0], "name", "uz", x[1],
						   "uz-Cyrl", x[2], "ru", x[3], "en", x[4], "unit", x[5],
						   "direction", jnum(x[6]), "aggregation", x[7],
						   "min", jnum(x[8]), "max", jnum(x[9]),
						   "integer", atoi(x[10]), "derived", atoi(x[11])));
	}
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o}", "items", a));
}

int h_api_observations(struct web_req *r)
{
	const char *params[7], *lim, *off, *entity = arg(r, "entity");
	const char *kind = arg(r, "kind"), *key = NULL;
	struct web_rows v;
	struct sb40_error err;
	long page, per;
	json_t *a;
	if (paging_or_respond(r, &page, &per, &lim, &off))
		return 1;
	if (entity) {
		const char *colon = strchr(entity, ':');
		if (!colon || !colon[1])
			return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "entity",
					"expected an entity zone:CODE, enterprise:TIN, region:NAME "
					"or country:UZ, got \"%.40s\"", entity);
		kind = arena_strndup(&r->arena, entity, (size_t)(colon - entity));
		key = colon + 1;
		if (web_scope_entity_or_respond(r, entity))
			return 1;
	}
	if (web_scope_tin(r)) { /* a firm sees its own values only */
		kind = "enterprise";
		key = web_scope_tin(r);
	}
	params[0] = kind;
	params[1] = key;
	params[2] = arg(r, "indicator");
	params[3] = arg(r, "period");
	params[4] = lim;
	params[5] = off;
	params[6] = web_scope_zone(r);
	if (web_rows(r, Q_OBSERVATIONS, 7, params, &v, &err))
		return web_fail_err(r, &err);
	a = json_array();
	for (size_t i = 0; i < v.n; i++) {
		const char *const *x = v.v[i];
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:s}", "entity",
						   arena_printf(&r->arena, "%s:%s", x[0], x[1]),
						   "indicator", x[2], "period", x[3], "value", jnum(x[4]),
						   "revision", jnum(x[5]), "source", jstr(x[6]),
						   "recorded_at", x[7]));
	}
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o, s:i, s:i}", "items", a, "page",
						  (json_int_t)page, "per_page", (json_int_t)per));
}

static int hist_json(void *ctx, const struct store_revision *v)
{
	json_array_append_new(ctx, json_pack("{s:s, s:i, s:f, s:o, s:s, s:s}", "period", v->period,
					     "revision", v->revision, "value", v->value, "source",
					     jstr(v->source), "recorded_at", v->recorded_at,
					     "recorded_by", v->recorded_by));
	return 0;
}

int h_api_history(struct web_req *r)
{
	const char *entity = arg(r, "entity"), *ind = arg(r, "indicator"), *kind;
	struct store_indicator si;
	struct sb40_error err;
	long id;
	int rc;
	json_t *a;
	if (!entity)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "entity", "entity is required");
	if (!ind)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "indicator",
				"indicator is required");
	if (entity_resolve(r->st, entity, &kind, &id, &err)) {
		if (!err.where[0])
			snprintf(err.where, sizeof err.where, "entity");
		return web_fail_err(r, &err);
	}
	if (web_scope_entity_or_respond(r, entity))
		return 1;
	rc = store_indicator_get(r->st, ind, &si, &err);
	if (rc == SB40_ENOTFOUND)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", "indicator",
				"unknown indicator \"%.60s\"", ind);
	if (rc)
		return web_fail_err(r, &err);
	a = json_array();
	if (store_observation_history(r->st, kind, id, si.id, arg(r, "period"), hist_json, a, &err)) {
		json_decref(a);
		return web_fail_err(r, &err);
	}
	return web_json(r, MHD_HTTP_OK, json_pack("{s:s, s:s, s:o}", "entity", entity, "indicator",
						  ind, "revisions", a));
}

int h_api_obligations(struct web_req *r)
{
	const char *p[2];
	struct web_rows o;
	struct sb40_error err;
	p[0] = web_scope_zone(r) ? web_scope_zone(r) : arg(r, "zone");
	p[1] = web_scope_tin(r) ? web_scope_tin(r) : arg(r, "enterprise");
	if (web_rows(r, Q_OBLIGATIONS, 2, p, &o, &err))
		return web_fail_err(r, &err);
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o}", "items", obligations_json(&o)));
}

int h_api_lots(struct web_req *r)
{
	const char *p[1] = {arg(r, "zone")};
	struct web_rows l;
	struct sb40_error err;
	if (web_rows(r, Q_LOTS, 1, p, &l, &err))
		return web_fail_err(r, &err);
	return web_json(r, MHD_HTTP_OK, json_pack("{s:o}", "items", lots_json(&l)));
}

int h_api_overview(struct web_req *r)
{
	struct store_overview o;
	struct sb40_error err;
	if (store_overview(r->st, &o, &err))
		return web_fail_err(r, &err);
	return web_json(r, MHD_HTTP_OK,
			json_pack("{s:i, s:f, s:i, s:i, s:i, s:i, s:i, s:s?, s:f, s:f}", "zones",
				  (json_int_t)o.zones, "zone_area_ha", o.zone_area_ha, "enterprises",
				  (json_int_t)o.enterprises, "observations", (json_int_t)o.observations,
				  "revisions", (json_int_t)o.revisions, "obligations",
				  (json_int_t)o.obligations, "lots", (json_int_t)o.lots, "latest_period",
				  o.latest_period[0] ? o.latest_period : NULL, "zone_enterprises",
				  o.zone_enterprises, "zone_workers", o.zone_workers));
}

/* POST /api/v1/import/{kind}?dry_run=1 with the CSV as the body. */
int h_api_import(struct web_req *r)
{
	int k = import_kind_parse(r->cap[0]);
	const char *dry = web_arg(r, "dry_run"), *name = web_arg(r, "name");
	struct web_import *res;
	json_t *errs;
	unsigned status = MHD_HTTP_OK;
	if (k < 0)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", "kind",
				"unknown import kind \"%.40s\" (expected zones, enterprises, "
				"observations, obligations or lots)", r->cap[0]);
	res = arena_alloc(&r->arena, sizeof *res);
	web_import_run(r, (enum import_kind)k, name ? name : arena_printf(&r->arena, "%s.csv",
									 r->cap[0]),
		       r->body.data, r->body.len, dry && strcmp(dry, "0") && strcmp(dry, "false"), res);
	errs = json_array();
	for (size_t i = 0; i < res->nerr; i++)
		json_array_append_new(errs, json_pack("{s:s, s:s}", "where", res->err[i].where,
						      "message", res->err[i].msg));
	if (res->forbidden)
		status = MHD_HTTP_FORBIDDEN;
	else if (res->internal)
		status = MHD_HTTP_INTERNAL_SERVER_ERROR;
	else if (!res->ok)
		status = MHD_HTTP_UNPROCESSABLE_CONTENT;
	if (status != MHD_HTTP_OK) {
		json_t *e = json_pack("{s:s, s:s, s:s, s:o}", "code",
				      res->forbidden ? "forbidden" : res->internal ? "internal" : "invalid",
				      "message", res->nerr ? res->err[0].msg : "import failed",
				      "where", res->nerr ? res->err[0].where : "", "errors", errs);
		return web_json(r, status, json_pack("{s:o}", "error", e));
	}
	json_decref(errs);
	return web_json(r, status, json_pack("{s:s, s:b, s:i, s:i, s:i, s:i}", "kind", r->cap[0],
					     "dry_run", dry && strcmp(dry, "0") && strcmp(dry, "false"),
					     "rows", (json_int_t)res->stats.rows, "added",
					     (json_int_t)res->stats.added, "changed",
					     (json_int_t)res->stats.changed, "unchanged",
					     (json_int_t)res->stats.unchanged));
}
