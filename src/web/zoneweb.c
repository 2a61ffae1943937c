/* zoneweb.c - the zone-monitoring helpers the pages and the API share
 * (zoneweb.h). */
#include "web/zoneweb.h"
#include <stdlib.h>
#include <string.h>

void web_kpi(struct buf *b, const char *label, const char *value, const char *note)
{
	buf_adds(b, "<div class=\"kpi\"><div class=\"kpi-label\">");
	html_esc(b, label);
	buf_adds(b, "</div><div class=\"kpi-value\">");
	html_esc(b, value);
	buf_adds(b, "</div><div class=\"kpi-note\">");
	html_esc(b, note ? note : "");
	buf_adds(b, "</div></div>");
}

int zw_load_or_respond(struct web_req *r, struct wz_ctx *c)
{
	struct sb40_error err;
	const char *year = web_arg(r, "year"), *norm = web_arg(r, "norm"),
		   *weights = web_arg(r, "weights");
	error_clear(&err);
	if (wz_load(r->st, (int)r->li, c, &err)) {
		web_fail_err(r, &err);
		return -1;
	}
	if (year && *year) {
		char *end;
		long y = strtol(year, &end, 10);
		if (*end || y < 1991 || y > 2100) {
			wz_release(c);
			web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "year",
				 "expected a year from 1991 to 2100, got \"%.40s\"", year);
			return -1;
		}
		c->year = (int)y;
	}
	if (norm && *norm && rank_norm_parse(norm, &c->norm)) {
		wz_release(c);
		web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "norm",
			 "expected minmax or zscore, got \"%.40s\"", norm);
		return -1;
	}
	if (weights && *weights && wz_weights(weights, c->w, &err)) {
		wz_release(c);
		web_fail_e(r, MHD_HTTP_BAD_REQUEST, "invalid", "weights", &err);
		return -1;
	}
	return 0;
}

int zw_finding_visible(const struct web_req *r, const struct wz_finding *f)
{
	const char *tin = web_scope_tin(r), *zone = web_scope_zone(r);
	if (!f->tin[0])
		return 1;
	if (tin)
		return !strcmp(tin, f->tin);
	if (zone)
		return !strcmp(zone, f->zone);
	return 1;
}

const char *zw_sev_class(enum chk_sev s)
{
	return s == CHK_ERROR ? "error" : s == CHK_WARNING ? "warning" : "info";
}

static const char *sev_key(enum chk_sev s)
{
	return s == CHK_ERROR ? "SEV_ERROR" : s == CHK_WARNING ? "SEV_WARNING" : "SEV_INFO";
}

void zw_findings_card(struct web_req *r, struct buf *b, const struct wz_ctx *c,
		      const struct wz_findings *fs, const char *zone, const char *title,
		      size_t max)
{
	size_t n[3] = {0, 0, 0}, shown = 0, total = 0;
	for (size_t i = 0; i < fs->n; i++) {
		const struct wz_finding *f = &fs->f[i];
		if (!zw_finding_visible(r, f) ||
		    (zone && strcmp(f->zone, zone) && strcmp(f->entity, zone)))
			continue;
		n[f->sev]++;
		total++;
	}
	buf_adds(b, "<section class=\"card findings\"><h2>");
	html_esc(b, title);
	buf_adds(b, "</h2>");
	if (!total) {
		buf_adds(b, "<p class=\"muted\">");
		html_esc(b, wz_text(c->lang, "N_NO_FINDINGS"));
		buf_adds(b, "</p></section>");
		return;
	}
	{
		static const char *const names[3] = {"errors", "warnings", "infos"};
		const char *vals[3] = {web_num(r, (double)n[CHK_ERROR], 0),
				       web_num(r, (double)n[CHK_WARNING], 0),
				       web_num(r, (double)n[CHK_INFO], 0)};
		struct buf s = BUF_INIT;
		wz_fill(&s, wz_text(c->lang, "N_SUMMARY"), names, vals, 3);
		buf_addf(b, "<p class=\"counts\" data-errors=\"%zu\" data-warnings=\"%zu\" "
			 "data-infos=\"%zu\">", n[CHK_ERROR], n[CHK_WARNING], n[CHK_INFO]);
		html_esc(b, s.data);
		buf_adds(b, "</p>");
		buf_release(&s);
	}
	buf_addf(b, "<div class=\"scroll\"><table class=\"data sortable findings\"><thead><tr>"
		 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
		 wz_text(c->lang, "C_RULE"), wz_text(c->lang, "C_SEVERITY"),
		 wz_text(c->lang, "C_ENTITY"), wz_text(c->lang, "C_PERIOD"),
		 wz_text(c->lang, "C_FINDING"));
	for (size_t i = 0; i < fs->n && (!max || shown < max); i++) {
		const struct wz_finding *f = &fs->f[i];
		if (!zw_finding_visible(r, f) ||
		    (zone && strcmp(f->zone, zone) && strcmp(f->entity, zone)))
			continue;
		shown++;
		buf_addf(b, "<tr class=\"sev-%s\"><td>%s</td><td data-v=\"%d\"><span class=\"badge "
			 "%s\">%s</span></td><td>", zw_sev_class(f->sev), f->rule, 2 - (int)f->sev,
			 f->sev == CHK_ERROR ? "bad" : zw_sev_class(f->sev),
			 wz_text(c->lang, sev_key(f->sev)));
		if (f->zone[0] && !strcmp(f->entity, f->zone)) {
			buf_adds(b, "<a href=\"/zones/");
			html_esc(b, f->zone);
			buf_adds(b, "\">");
			html_esc(b, f->entity);
			buf_adds(b, "</a>");
		} else {
			html_esc(b, f->entity);
		}
		buf_adds(b, "</td><td>");
		html_esc(b, f->period);
		buf_adds(b, "</td><td>");
		html_esc(b, f->msg);
		buf_adds(b, "</td></tr>");
	}
	buf_adds(b, "</tbody></table></div>");
	if (shown < total)
		buf_addf(b, "<p class=\"note\">%zu / %zu</p>", shown, total);
	buf_adds(b, "</section>");
}
