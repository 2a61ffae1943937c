/* h_zones.c - the zones page (the indicator system of a year with the
 * composite index, its rank range and the ranking chart, and the registry
 * of zones) and a zone's page (indicators over time, derived indicators,
 * infrastructure coverage, obligations with their acceptance status, lots,
 * the zone's check findings, links to the forecast page).  The numbers
 * come from the same domain code as `sb40 zones` (web/zonecalc.h). */
#include "web/handlers.h"
#include "web/svg_web.h"
#include "web/zoneweb.h"
#include "domain/lot.h"
#include "domain/zoneind.h"
#include "store/queries.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void zone_link(struct buf *b, const char *code, const char *text)
{
	buf_adds(b, "<a href=\"/zones/");
	html_esc(b, code);
	buf_adds(b, "\">");
	html_esc(b, text);
	buf_adds(b, "</a>");
}

static void num_td(struct web_req *r, struct buf *b, double v, int decimals)
{
	if (isnan(v))
		buf_adds(b, "<td class=\"num\" data-v=\"\">–</td>");
	else
		buf_addf(b, "<td class=\"num\" data-v=\"%.10g\">%s</td>", v,
			 web_num(r, v, v == floor(v) && fabs(v) < 1e12 ? 0 : decimals));
}

/* The form choosing the year and the normalisation (a GET, no script). */
static void rank_form(struct web_req *r, struct buf *b, const struct wz_ctx *c)
{
	const char *w = web_arg(r, "weights");
	buf_addf(b, "<form method=\"get\" action=\"/zones\" class=\"zform\">"
		 "<label>%s <select name=\"year\">", wz_text(c->lang, "C_YEAR"));
	for (int k = c->d.nyears - 1; k >= 0; k--) {
		int y = c->d.year0 + k;
		buf_addf(b, "<option value=\"%d\"%s>%d</option>", y, y == c->year ? " selected" : "",
			 y);
	}
	buf_addf(b, "</select></label> <label>%s <select name=\"norm\">"
		 "<option value=\"minmax\"%s>%s</option><option value=\"zscore\"%s>%s</option>"
		 "</select></label>", T(r, I_NORMALISATION),
		 c->norm == RANK_MINMAX ? " selected" : "", T(r, I_NORM_MINMAX),
		 c->norm == RANK_ZSCORE ? " selected" : "", T(r, I_NORM_ZSCORE));
	if (w && *w) {
		buf_adds(b, "<input type=\"hidden\" name=\"weights\" value=\"");
		html_esc(b, w);
		buf_adds(b, "\">");
	}
	buf_addf(b, " <button type=\"submit\">%s</button></form>", T(r, I_SHOW));
}

/* The indicator system of C's year: one row per zone in rank order. */
static void indicator_table(struct web_req *r, struct buf *b, const struct wz_ctx *c,
			    const struct wz_rank *rk)
{
	int cols[ZI_COUNT], nc = 0;
	struct buf hidden = BUF_INIT;
	for (int i = 0; i < ZI_COUNT; i++) {
		int any = 0;
		for (size_t z = 0; z < c->d.nzones && !any; z++)
			any = !isnan(zoneind_value(&c->d, z, i, c->year));
		if (any) {
			cols[nc++] = i;
		} else {
			if (hidden.len)
				buf_adds(&hidden, ", ");
			buf_adds(&hidden, zone_label(c->lb, zd_ind_code(i), c->lang));
		}
	}
	buf_addf(b, "<section class=\"card\"><h2>%s, %d</h2><p class=\"note\">%s</p>"
		 "<div class=\"scroll\"><table id=\"zind\" class=\"data sortable\"><thead><tr>"
		 "<th>%s</th><th>%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th><th class=\"num\">%s</th>",
		 T(r, I_INDICATOR_SYSTEM), c->year, T(r, I_INDICATOR_SYSTEM_LEAD),
		 wz_text(c->lang, "C_ZONE"), wz_text(c->lang, "C_NAME"),
		 wz_text(c->lang, "C_RANK"), wz_text(c->lang, "C_SCORE"), T(r, I_RANK_RANGE),
		 wz_text(c->lang, "C_COVERAGE"));
	for (int k = 0; k < nc; k++) {
		const char *code = zd_ind_code(cols[k]), *unit = zone_unit(c->lb, code);
		int weighted = 0;
		for (size_t j = 0; j < rk->nind; j++)
			weighted |= rk->ind[j] == cols[k];
		buf_addf(b, "<th class=\"num%s%s\" data-ind=\"%s\" title=\"",
			 cols[k] >= ZI_NSTORED ? " derived" : "", weighted ? " weighted" : "", code);
		html_esc(b, i18n_web_value(r->li, unit));
		buf_adds(b, "\">");
		html_esc(b, zone_label(c->lb, code, c->lang));
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead><tbody>");
	for (size_t k = 0; k < rk->m; k++) {
		size_t z = rk->zone[k];
		const struct zd_zone *zz = &c->d.zones[z];
		buf_addf(b, "<tr data-zone=\"");
		html_esc(b, zz->code);
		buf_adds(b, "\"><td>");
		zone_link(b, zz->code, zz->code);
		buf_adds(b, "</td><td>");
		html_esc(b, zz->name);
		buf_adds(b, "</td>");
		if (rk->rank[k])
			buf_addf(b, "<td class=\"num rank\" data-v=\"%d\">%d</td>", rk->rank[k],
				 rk->rank[k]);
		else
			buf_addf(b, "<td class=\"num rank muted\" data-v=\"\">%s</td>",
				 wz_text(c->lang, "N_NOT_RANKED"));
		buf_addf(b, "<td class=\"num\" data-v=\"%.10g\">%s</td>", rk->score[k],
			 web_num(r, rk->score[k], 3));
		if (rk->rank[k])
			buf_addf(b, "<td class=\"num\" data-v=\"%d\" title=\"%s %%\">%d–%d</td>",
				 rk->best[k], web_num(r, rk->same_pct[k], 0), rk->best[k],
				 rk->worst[k]);
		else
			buf_adds(b, "<td class=\"num\" data-v=\"\">–</td>");
		num_td(r, b, rk->coverage[k], 0);
		for (int j = 0; j < nc; j++)
			num_td(r, b, zoneind_value(&c->d, z, cols[j], c->year), 2);
		buf_adds(b, "</tr>");
	}
	buf_addf(b, "</tbody></table></div><p class=\"note\">%s</p>",
		 wz_text(c->lang, "N_MISSING_RULE"));
	if (hidden.len) {
		buf_addf(b, "<p class=\"note\">%s: ", T(r, I_HIDDEN_INDICATORS));
		html_esc(b, hidden.data);
		buf_adds(b, ".</p>");
	}
	buf_adds(b, "</section>");
	buf_release(&hidden);
}

/* The registry of zones (from the store's zone table). */
static int registry_table(struct web_req *r, struct buf *b)
{
	struct web_rows z;
	struct sb40_error err;
	const char *nop[1] = {NULL};
	if (web_rows(r, Q_ZONE_TABLE, 1, nop, &z, &err)) {
		web_fail_err(r, &err);
		return -1;
	}
	buf_addf(b, "<section class=\"card\"><h2>%s</h2><div class=\"tools\"><input type=\"search\" "
		 "class=\"filter\" data-table=\"zones\" placeholder=\"%s\" aria-label=\"%s\"></div>"
		 "<table id=\"zones\" class=\"data sortable\"><thead><tr>"
		 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th></tr></thead><tbody>", T(r, I_ZONE_REGISTRY),
		 T(r, I_FILTER), T(r, I_FILTER), T(r, I_CODE), T(r, I_NAME), T(r, I_REGION),
		 T(r, I_KIND), T(r, I_ESTABLISHED), T(r, I_AREA_HA), T(r, I_FIRMS), T(r, I_WORKERS),
		 T(r, I_INFRASTRUCTURE));
	for (size_t i = 0; i < z.n; i++) {
		const char *const *row = z.v[i];
		buf_adds(b, "<tr><td>");
		zone_link(b, row[0], row[0]);
		buf_adds(b, "</td><td>");
		html_esc(b, row[1]);
		buf_adds(b, "</td><td>");
		html_esc(b, row[3 + r->li]);
		buf_adds(b, "</td><td>");
		html_esc(b, i18n_web_value(r->li, row[8]));
		buf_adds(b, "</td>");
		buf_addf(b, "<td class=\"num\" data-v=\"%s\">%s</td>", row[9] ? row[9] : "",
			 row[9] ? row[9] : "–");
		num_td(r, b, web_cell(row[10]), 1);
		num_td(r, b, web_cell(row[13]), 0);
		num_td(r, b, web_cell(row[14]), 0);
		num_td(r, b, web_cell(row[15]), 0);
		buf_adds(b, "</tr>");
	}
	buf_adds(b, "</tbody></table></section>");
	return 0;
}

int h_zones(struct web_req *r)
{
	struct wz_ctx c;
	struct wz_rank rk;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	char y[16];

	if (zw_load_or_respond(r, &c))
		return 1;
	snprintf(y, sizeof y, "%d", c.year);
	page_begin(r, &b, T(r, I_ZONES), "/zones");
	buf_addf(&b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_ZONES), T(r, I_ZONES_LEAD));
	rank_form(r, &b, &c);
	error_clear(&err);
	if (c.year && !wz_ranking(&c, &rk, &err)) {
		static const char *const yn[1] = {"year"};
		const char *yv[1] = {y};
		struct buf title = BUF_INIT;
		wz_fill(&title, wz_text(c.lang, "T_RANK"), yn, yv, 1);
		buf_adds(&b, "<section class=\"card ranking\"><h2>");
		html_esc(&b, title.data);
		buf_addf(&b, "</h2><div class=\"rankchart\">%s</div><p class=\"note\">",
			 rk.svg ? rk.svg : "");
		html_esc(&b, rk.note);
		buf_adds(&b, " ");
		html_esc(&b, wz_text(c.lang, c.norm == RANK_ZSCORE ? "N_NORM_ZSCORE"
								    : "N_NORM_MINMAX"));
		buf_adds(&b, "</p><p class=\"note weights\">");
		html_esc(&b, wz_text(c.lang, "T_WEIGHTS"));
		buf_adds(&b, ": ");
		for (size_t j = 0; j < rk.nind; j++) {
			buf_addf(&b, "%s<span data-ind=\"%s\">", j ? ", " : "", zd_ind_code(rk.ind[j]));
			html_esc(&b, zone_label(c.lb, zd_ind_code(rk.ind[j]), c.lang));
			buf_addf(&b, " × %s</span>", web_num(r, rk.wt[j], rk.wt[j] == floor(rk.wt[j])
								      ? 0 : 2));
		}
		buf_adds(&b, "</p></section>");
		buf_release(&title);
		indicator_table(r, &b, &c, &rk);
		wz_rank_release(&rk);
	} else {
		buf_addf(&b, "<section class=\"card\"><p class=\"muted\">%s</p></section>",
			 T(r, I_NO_ZONE_VALUES));
	}
	wz_release(&c);
	if (registry_table(r, &b)) {
		buf_release(&b);
		return 1;
	}
	page_end(r, &b);
	return page_send(r, &b);
}
