/* h_api_zones.c - GET /api/v1/rankings (the composite index, ranks and
 * rank ranges of the zones in a year, as `sb40 zones rank --format json`
 * computes them) and GET /api/v1/checks (the consistency findings, errors
 * first, with a count per severity, as `sb40 zones check`).  Firm-level
 * findings follow the user's scope (web/zoneweb.h). */
#include "web/handlers.h"
#include "web/zoneweb.h"
#include <math.h>
#include <string.h>

static json_t *jreal(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

int h_api_rankings(struct web_req *r)
{
	struct wz_ctx c;
	struct wz_rank rk;
	struct sb40_error err;
	json_t *items, *weights, *j;
	if (zw_load_or_respond(r, &c))
		return 1;
	error_clear(&err);
	if (!c.year || wz_ranking(&c, &rk, &err)) {
		wz_release(&c);
		if (!err.code)
			error_set(&err, SB40_EINVAL, "no zone values in the database");
		return web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", "year", "%s", err.msg);
	}
	items = json_array();
	for (size_t k = 0; k < rk.m; k++) {
		const struct zd_zone *z = &c.d.zones[rk.zone[k]];
		json_t *it = json_pack("{s:s, s:s, s:o, s:o, s:o}", "zone", z->code, "name", z->name,
				       "rank", rk.rank[k] ? json_integer(rk.rank[k]) : json_null(),
				       "index", jreal(rk.score[k]), "coverage_pct",
				       jreal(rk.coverage[k]));
		json_object_set_new(it, "rank_best",
				    rk.rank[k] ? json_integer(rk.best[k]) : json_null());
		json_object_set_new(it, "rank_worst",
				    rk.rank[k] ? json_integer(rk.worst[k]) : json_null());
		json_object_set_new(it, "same_rank_pct", rk.rank[k] ? jreal(rk.same_pct[k])
								      : json_null());
		json_array_append_new(items, it);
	}
	weights = json_object();
	for (size_t j2 = 0; j2 < rk.nind; j2++)
		json_object_set_new(weights, zd_ind_code(rk.ind[j2]), json_real(rk.wt[j2]));
	j = json_pack("{s:i, s:s, s:o, s:{s:i, s:f, s:i}, s:o}", "year", (json_int_t)c.year,
		      "normalisation", rank_norm_code(c.norm), "weights", weights, "sensitivity",
		      "draws", (json_int_t)WZ_DRAWS, "spread", WZ_SPREAD, "seed", (json_int_t)WZ_SEED,
		      "items", items);
	wz_rank_release(&rk);
	wz_release(&c);
	return web_json(r, MHD_HTTP_OK, j);
}

int h_api_checks(struct web_req *r)
{
	struct wz_ctx c;
	struct wz_findings fs;
	const char *zone = web_arg(r, "zone"), *sev = web_arg(r, "severity");
	size_t n[3] = {0, 0, 0};
	char today[11];
	json_t *items;
	if (sev && *sev && strcmp(sev, "error") && strcmp(sev, "warning") && strcmp(sev, "info"))
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "severity",
				"expected error, warning or info, got \"%.40s\"", sev);
	if (zw_load_or_respond(r, &c))
		return 1;
	wz_checks(&c, &fs);
	items = json_array();
	for (size_t i = 0; i < fs.n; i++) {
		const struct wz_finding *f = &fs.f[i];
		if (!zw_finding_visible(r, f))
			continue;
		if (zone && *zone && strcmp(f->zone, zone) && strcmp(f->entity, zone))
			continue;
		if (sev && *sev && strcmp(sev, zw_sev_class(f->sev)))
			continue;
		n[f->sev]++;
		json_array_append_new(items, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s?, s:s}",
						       "id", f->rule, "rule", f->rule_name,
						       "severity", zw_sev_class(f->sev), "entity",
						       f->entity, "period", f->period, "zone",
						       f->zone[0] ? f->zone : NULL, "message",
						       f->msg));
	}
	zdate_format(c.today, today);
	wz_findings_release(&fs);
	wz_release(&c);
	return web_json(r, MHD_HTTP_OK,
			json_pack("{s:s, s:s, s:{s:i, s:i, s:i}, s:o}", "today", today, "language",
				  r->lang, "counts", "error", (json_int_t)n[CHK_ERROR], "warning",
				  (json_int_t)n[CHK_WARNING], "info", (json_int_t)n[CHK_INFO],
				  "items", items));
}
