/* h_zone.c - a zone's page: its attributes and rank, indicators over time
 * (chart and table, with the revision history and a forecast link per
 * series), derived indicators over the years, infrastructure coverage,
 * obligations with their acceptance status, lots with their state and the
 * area that could be offered, and the zone's consistency findings.
 * The count of firms gets a forecast fan (the default method, 3 years,
 * 80% and 95% intervals) from the same registry as /forecast.
 * Obligations follow the user's scope as /api/v1/zones/{code} does. */
#include "web/handlers.h"
#include "web/svg_web.h"
#include "web/zoneweb.h"
#include "domain/lot.h"
#include "domain/zoneind.h"
#include "report/chart.h"
#include "report/fanchart.h"
#include "stats/fcmethods.h"
#include "web/fc_web.h"
#include "store/queries.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void dl_item(struct buf *b, const char *k, const char *v)
{
	buf_adds(b, "<dt>");
	html_esc(b, k);
	buf_adds(b, "</dt><dd>");
	html_esc(b, v && *v ? v : "–");
	buf_adds(b, "</dd>");
}

static void forecast_link(struct web_req *r, struct buf *b, const char *zone, const char *ind)
{
	buf_adds(b, " <a class=\"fc\" href=\"/forecast?entity=zone:");
	html_esc(b, zone);
	buf_adds(b, "&amp;indicator=");
	html_esc(b, ind);
	buf_addf(b, "\">%s</a>", T(r, I_ZONE_FORECAST_LINK));
}

/* Stored indicators over time: a chart for the counts, a table for all. */
static void zone_values(struct web_req *r, struct buf *b, const char *code,
			const struct web_rows *v)
{
	const char *periods[64];
	size_t np = 0;
	for (size_t i = 0; i < v->n; i++) {
		size_t k = 0;
		while (k < np && strcmp(periods[k], v->v[i][6]))
			k++;
		if (k == np && np < 64)
			periods[np++] = v->v[i][6];
	}
	for (size_t i = 1; i < np; i++)
		for (size_t j = i; j > 0 && strcmp(periods[j], periods[j - 1]) < 0; j--) {
			const char *t = periods[j];
			periods[j] = periods[j - 1];
			periods[j - 1] = t;
		}
	buf_addf(b, "<section class=\"card\"><h2>%s</h2>", T(r, I_INDICATORS_OVER_TIME));
	if (!v->n) {
		buf_addf(b, "<p class=\"muted\">%s</p></section>", T(r, I_NO_DATA));
		return;
	}
	{
		static const char *const charted[] = {"enterprises", "workers"};
		struct svg_series s[2];
		double *y = arena_alloc(&r->arena, 2 * (np ? np : 1) * sizeof *y);
		size_t ns = 0;
		for (int c = 0; c < 2; c++) {
			int any = 0;
			double *row = y + (size_t)c * np;
			for (size_t k = 0; k < np; k++)
				row[k] = NAN;
			for (size_t i = 0; i < v->n; i++) {
				if (strcmp(v->v[i][0], charted[c]))
					continue;
				for (size_t k = 0; k < np; k++)
					if (!strcmp(periods[k], v->v[i][6])) {
						row[k] = web_cell(v->v[i][7]);
						any = 1;
					}
			}
			if (any) {
				for (size_t i = 0; i < v->n; i++)
					if (!strcmp(v->v[i][0], charted[c]))
						s[ns].name = v->v[i][1 + r->li];
				s[ns++].y = row;
			}
		}
		if (ns && np > 1)
			svg_line_chart(b, T(r, I_INDICATORS_OVER_TIME), periods, np, s, ns, r->lang);
	}
	buf_addf(b, "<div class=\"scroll\"><table class=\"data\"><thead><tr><th>%s</th><th>%s</th>",
		 T(r, I_INDICATOR), T(r, I_UNIT));
	for (size_t k = 0; k < np; k++)
		buf_addf(b, "<th class=\"num\">%s</th>", periods[k]);
	buf_adds(b, "</tr></thead><tbody>");
	for (size_t i = 0; i < v->n;) {
		const char *ind = v->v[i][0];
		buf_adds(b, "<tr><td>");
		html_esc(b, v->v[i][1 + r->li]);
		forecast_link(r, b, code, ind);
		buf_adds(b, "</td><td>");
		html_esc(b, i18n_web_value(r->li, v->v[i][5]));
		buf_adds(b, "</td>");
		for (size_t k = 0; k < np; k++) {
			size_t j = i;
			while (j < v->n && !strcmp(v->v[j][0], ind) && strcmp(v->v[j][6], periods[k]))
				j++;
			if (j < v->n && !strcmp(v->v[j][0], ind)) {
				double x = web_cell(v->v[j][7]);
				buf_addf(b, "<td class=\"num\"><a href=\"/data/history?entity=zone:");
				html_esc(b, code);
				buf_adds(b, "&amp;indicator=");
				html_esc(b, ind);
				buf_addf(b, "&amp;period=%s\" title=\"%s\">%s</a>%s</td>", periods[k],
					 T(r, I_REVISION_HISTORY),
					 web_num(r, x, x == floor(x) ? 0 : 1),
					 atoi(v->v[j][8]) > 1 ? "<sup>r</sup>" : "");
			} else {
				buf_adds(b, "<td class=\"num muted\">–</td>");
			}
		}
		buf_adds(b, "</tr>");
		while (i < v->n && !strcmp(v->v[i][0], ind))
			i++;
	}
	buf_addf(b, "</tbody></table></div><p class=\"note\">%s</p></section>", T(r, I_REVISED_NOTE));
}

/* The forecast fan of the zone's firm count: the default method (auto),
 * 3 years ahead, missing years between two counts filled linearly (said
 * on the card).  Nothing when there are fewer than 3 counts or the method
 * cannot run; the /forecast page has the details and the backtest. */
static void zone_fan(struct web_req *r, struct buf *b, const char *code,
		     const struct web_rows *v)
{
	enum { MAXY = 64, H = 3 };
	static const double levels[2] = {80, 95};
	int year[MAXY];
	double val[MAXY], y[MAXY];
	size_t n = 0, span;
	const char *name = NULL;
	const struct fc_method *m = fcw_default_method();
	struct fc_result res;
	struct sb40_error err;
	int filled = 0;

	for (size_t i = 0; i < v->n && n < MAXY; i++) {
		const char *p = v->v[i][6];
		if (strcmp(v->v[i][0], "enterprises") || strlen(p) != 4 ||
		    strspn(p, "0123456789") != 4)
			continue;
		name = v->v[i][1 + r->li];
		year[n] = atoi(p);
		val[n] = web_cell(v->v[i][7]);
		for (size_t j = n; j > 0 && year[j] < year[j - 1]; j--) {
			int t = year[j];
			double x = val[j];
			year[j] = year[j - 1], val[j] = val[j - 1];
			year[j - 1] = t, val[j - 1] = x;
		}
		n++;
	}
	if (n < 3 || !m || (span = (size_t)(year[n - 1] - year[0] + 1)) > MAXY)
		return;
	filled = zoneind_yearly(year, val, n, y) > 0;
	{
		struct fc_request rq = {y, span, 1, H, levels, 2, 40};
		if (fc_result_init(&res, H, 2, &err))
			return;
		if (!m->fn(&rq, &res, &err)) {
			struct fanchart fc = {y, span, res.mean, H, res.lo, res.hi, levels, 2};
			char first[16], last[16];
			snprintf(first, sizeof first, "%d", year[0]);
			snprintf(last, sizeof last, "%d", year[n - 1] + H);
			buf_adds(b, "<section class=\"card zone-forecast\" data-mean=\"");
			for (size_t k = 0; k < H; k++)
				buf_addf(b, "%s%.10g", k ? " " : "", res.mean[k]);
			buf_addf(b, "\"><h2>%s: ", T(r, I_FORECAST));
			html_esc(b, name);
			buf_adds(b, "</h2><div class=\"fanchart\">");
			fanchart_svg(b, &fc, first, last, name, r->lang);
			buf_addf(b, "</div><p class=\"muted\">%s <b class=\"method\">%s</b>",
				 T(r, I_FC_METHOD), m->name);
			if (res.model[0]) {
				buf_addf(b, ", %s <b class=\"model\">", T(r, I_FC_MODEL));
				html_esc(b, res.model);
				buf_adds(b, "</b>");
			}
			if (filled)
				buf_addf(b, "; %s", T(r, I_FC_FILL_LINEAR));
			buf_adds(b, ". ");
			forecast_link(r, b, code, "enterprises");
			buf_adds(b, "</p></section>");
		}
		fc_result_release(&res);
	}
}

/* Derived indicators of zone Z over the years with data. */
static void derived_table(struct web_req *r, struct buf *b, const struct wz_ctx *c, size_t z)
{
	const struct zone_data *d = &c->d;
	buf_addf(b, "<section class=\"card\"><h2>%s</h2>", T(r, I_DERIVED_INDICATORS));
	if (!d->nyears) {
		buf_addf(b, "<p class=\"muted\">%s</p></section>", T(r, I_NO_DATA));
		return;
	}
	/* the years with some derived value for this zone */
	int *yrs = arena_alloc(&r->arena, (size_t)d->nyears * sizeof *yrs), ny = 0;
	for (int k = 0; k < d->nyears; k++) {
		int any = 0;
		for (int i = ZI_NSTORED; i < ZI_COUNT && !any; i++)
			any = !isnan(zoneind_value(d, z, i, d->year0 + k));
		if (any)
			yrs[ny++] = d->year0 + k;
	}
	if (!ny) {
		buf_addf(b, "<p class=\"muted\">%s</p></section>", T(r, I_NO_DATA));
		return;
	}
	buf_addf(b, "<div class=\"scroll\"><table class=\"data derived\"><thead><tr><th>%s</th>"
		 "<th>%s</th>", T(r, I_INDICATOR), T(r, I_UNIT));
	for (int k = 0; k < ny; k++)
		buf_addf(b, "<th class=\"num\">%d</th>", yrs[k]);
	buf_adds(b, "</tr></thead><tbody>");
	for (int i = ZI_NSTORED; i < ZI_COUNT; i++) {
		const char *code = zd_ind_code(i);
		buf_addf(b, "<tr data-ind=\"%s\"><td>", code);
		html_esc(b, zone_label(c->lb, code, c->lang));
		buf_adds(b, "</td><td>");
		html_esc(b, i18n_web_value(r->li, zone_unit(c->lb, code)));
		buf_adds(b, "</td>");
		for (int k = 0; k < ny; k++) {
			double v = zoneind_value(d, z, i, yrs[k]);
			if (isnan(v))
				buf_adds(b, "<td class=\"num muted\">–</td>");
			else
				buf_addf(b, "<td class=\"num\">%s</td>", web_num(r, v, 2));
		}
		buf_adds(b, "</tr>");
	}
	buf_adds(b, "</tbody></table></div></section>");
}

/* Electricity, gas, water, roads (and the overall figure) in the latest
 * year the zone has any of them. */
static void infrastructure(struct web_req *r, struct buf *b, const struct wz_ctx *c, size_t z)
{
	static const int inds[] = {ZI_ELECTRICITY_PCT, ZI_GAS_PCT, ZI_WATER_PCT, ZI_ROADS_PCT,
				   ZI_INFRASTRUCTURE_PCT};
	const struct zone_data *d = &c->d;
	int year = 0;
	for (int k = d->nyears - 1; k >= 0 && !year; k--)
		for (size_t i = 0; i < sizeof inds / sizeof *inds; i++)
			if (!isnan(zd_get(d, z, inds[i], d->year0 + k)))
				year = d->year0 + k;
	buf_adds(b, "<section class=\"card infra\"><h2>");
	html_esc(b, wz_text(c->lang, "T_INFRA"));
	if (year)
		buf_addf(b, ", %d", year);
	buf_adds(b, "</h2>");
	if (!year) {
		buf_addf(b, "<p class=\"muted\">%s</p></section>", T(r, I_NO_DATA));
		return;
	}
	{
		const char *lab[5];
		double val[5];
		size_t n = 0;
		for (size_t i = 0; i < sizeof inds / sizeof *inds; i++) {
			double v = zd_get(d, z, inds[i], year);
			if (isnan(v))
				continue;
			lab[n] = zone_label(c->lb, zd_ind_code(inds[i]), c->lang);
			val[n++] = v;
		}
		struct chart_bar bars[5];
		struct buf svg = BUF_INIT;
		for (size_t i = 0; i < n; i++) {
			bars[i] = (struct chart_bar){lab[i], val[i],
						     arena_printf(&r->arena, "%s %%",
								  web_num(r, val[i], 0)),
						     NULL, 0};
		}
		chart_hbar(&svg, bars, n, 100, wz_text(c->lang, "T_INFRA"));
		if (!strncmp(svg.data, "<svg ", 5))
			buf_addf(b, "<svg class=\"chart hbar\" %s", svg.data + 5);
		buf_release(&svg);
		buf_addf(b, "<table class=\"data\"><thead><tr><th>%s</th><th class=\"num\">%%</th>"
			 "</tr></thead><tbody>", T(r, I_INDICATOR));
		for (size_t i = 0; i < n; i++) {
			buf_adds(b, "<tr><td>");
			html_esc(b, lab[i]);
			buf_addf(b, "</td><td class=\"num\">%s</td></tr>", web_num(r, val[i], 0));
		}
		buf_adds(b, "</tbody></table>");
	}
	buf_adds(b, "</section>");
}

static const char *const status_key[OBL_NSTATUS] = {
	[OBL_PENDING] = "S_PENDING", [OBL_DUE] = "S_DUE",
	[OBL_ACCEPTED_IN_TIME] = "S_ACCEPTED_IN_TIME", [OBL_ACCEPTED_LATE] = "S_ACCEPTED_LATE",
	[OBL_OVERDUE] = "S_OVERDUE",
};

static void obligations(struct web_req *r, struct buf *b, const struct wz_ctx *c,
			const char *code)
{
	const char *tin = web_scope_tin(r), *zone = web_scope_zone(r);
	size_t n = 0;
	buf_addf(b, "<section class=\"card\"><h2>%s</h2>", T(r, I_OBLIGATIONS));
	for (size_t i = 0; i < c->d.nobl; i++) {
		const struct zd_obligation *o = &c->d.obl[i];
		enum obl_status st;
		struct zdate dl;
		char dls[11];
		if (strcmp(o->zone, code) || (tin && strcmp(o->tin, tin)) ||
		    (zone && strcmp(zone, code)))
			continue;
		if (!n++)
			buf_addf(b, "<div class=\"scroll\"><table class=\"data sortable obligations\"><thead><tr><th>%s</th>"
				 "<th>%s</th><th class=\"num\">%s</th><th>%s</th><th>%s</th>"
				 "<th>%s</th><th>%s</th></tr></thead><tbody>", T(r, I_FIRM),
				 T(r, I_KIND), T(r, I_AMOUNT), T(r, I_DUE),
				 wz_text(c->lang, "C_DEADLINE"), T(r, I_ACCEPTED), T(r, I_STATUS));
		if (obl_status(o, c->today, &st, &dl))
			continue;
		zdate_format(dl, dls);
		buf_addf(b, "<tr class=\"%s\" data-status=\"%s\"><td>",
			 st == OBL_OVERDUE ? "late" : "", obl_status_code(st));
		html_esc(b, o->firm);
		buf_adds(b, "</td><td>");
		html_esc(b, i18n_web_value(r->li, o->kind));
		buf_addf(b, "</td><td class=\"num\" data-v=\"%.10g\">%s ", o->amount,
			 web_num(r, o->amount, 0));
		html_esc(b, i18n_web_value(r->li, o->unit));
		buf_addf(b, "</td><td data-v=\"%s\">%s</td><td data-v=\"%s\">%s</td><td>%s</td>",
			 o->due, web_date(r, o->due), dls, web_date(r, dls),
			 o->accepted[0] ? web_date(r, o->accepted) : "–");
		buf_addf(b, "<td><span class=\"badge %s\">%s</span></td></tr>",
			 st == OBL_OVERDUE || st == OBL_ACCEPTED_LATE ? "bad"
			 : st == OBL_DUE ? "auction" : st == OBL_ACCEPTED_IN_TIME ? "vacant" : "",
			 wz_text(c->lang, status_key[st]));
	}
	if (n)
		buf_adds(b, "</tbody></table></div>");
	else
		buf_addf(b, "<p class=\"muted\">%s</p>", T(r, I_NONE));
	buf_adds(b, "</section>");
}

static const char *const lot_key[LOT_NSTATES] = {
	[LOT_VACANT] = "L_VACANT", [LOT_AUCTION_SCHEDULED] = "L_AUCTION_SCHEDULED",
	[LOT_AUCTION_PASSED] = "L_AUCTION_PASSED", [LOT_LEASED] = "L_LEASED",
};

static void lots(struct web_req *r, struct buf *b, const struct wz_ctx *c, const char *code)
{
	size_t n = 0;
	double offer = 0;
	buf_addf(b, "<section class=\"card\"><h2>%s</h2>", T(r, I_LOTS));
	for (size_t i = 0; i < c->d.nlots; i++) {
		const struct zd_lot *l = &c->d.lots[i];
		enum lot_state s;
		int off;
		if (strcmp(l->zone, code))
			continue;
		s = lot_state(l, c->today);
		off = lot_offerable(l, c->today);
		if (off && !isnan(l->area_m2))
			offer += l->area_m2;
		if (!n++)
			buf_addf(b, "<div class=\"scroll\"><table class=\"data lots\"><thead><tr><th>%s</th><th class=\"num\">"
				 "%s</th><th>%s</th><th>%s</th><th class=\"num\">%s</th></tr></thead>"
				 "<tbody>", T(r, I_LOT), T(r, I_AREA_M2), T(r, I_STATUS),
				 T(r, I_AUCTION_DATE), wz_text(c->lang, "C_OFFERABLE"));
		buf_addf(b, "<tr data-state=\"%s\"><td>", lot_state_code(s));
		html_esc(b, l->lot);
		buf_addf(b, "</td><td class=\"num\">%s</td><td><span class=\"badge %s\">%s</span></td>"
			 "<td>%s</td><td class=\"num\">%s</td></tr>", web_num(r, l->area_m2, 0),
			 s == LOT_LEASED ? "leased" : s == LOT_VACANT ? "vacant" : "auction",
			 wz_text(c->lang, lot_key[s]),
			 l->auction_date[0] ? web_date(r, l->auction_date) : "",
			 off ? web_num(r, l->area_m2, 0) : "–");
	}
	if (n)
		buf_addf(b, "</tbody></table></div><p class=\"offerable\"><strong>%s: %s</strong></p>",
			 wz_text(c->lang, "C_OFFERABLE"), web_num(r, offer, 0));
	else
		buf_addf(b, "<p class=\"muted\">%s</p>", T(r, I_NONE));
	buf_adds(b, "</section>");
}

int h_zone(struct web_req *r)
{
	const char *code = r->cap[0];
	const char *p1[1] = {code};
	struct web_rows z, v;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	const char *const *row;
	struct wz_ctx c;
	struct wz_rank rk;
	struct wz_findings fs;
	long zi;

	if (web_rows(r, Q_ZONE_TABLE, 1, p1, &z, &err))
		return web_fail_err(r, &err);
	if (!z.n)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", NULL, "no zone \"%s\"", code);
	if (web_rows(r, Q_ZONE_VALUES, 1, p1, &v, &err))
		return web_fail_err(r, &err);
	if (zw_load_or_respond(r, &c))
		return 1;
	zi = zd_zone_index(&c.d, code);
	row = z.v[0];
	page_begin(r, &b, row[1], "/zones");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/zones\">%s</a> / ", T(r, I_ZONES));
	html_esc(&b, row[0]);
	buf_adds(&b, "</p><h1>");
	html_esc(&b, row[1]);
	buf_adds(&b, "</h1><div class=\"grid2\"><section class=\"card\"><dl class=\"attrs\">");
	dl_item(&b, T(r, I_CODE), row[0]);
	dl_item(&b, T(r, I_REGION), row[3 + r->li]);
	dl_item(&b, T(r, I_DISTRICT), row[7]);
	dl_item(&b, T(r, I_KIND), i18n_web_value(r->li, row[8]));
	dl_item(&b, T(r, I_ESTABLISHED), row[9]);
	dl_item(&b, T(r, I_AREA_HA), isnan(web_cell(row[10])) ? NULL : web_num(r, web_cell(row[10]), 1));
	dl_item(&b, T(r, I_PRODUCTION_AREA),
		isnan(web_cell(row[11])) ? NULL : web_num(r, web_cell(row[11]), 0));
	dl_item(&b, T(r, I_SPECIALISATION), row[12]);
	buf_adds(&b, "</dl></section><section class=\"kpis small\">");
	web_kpi(&b, T(r, I_FIRMS), web_num(r, web_cell(row[13]), 0), NULL);
	web_kpi(&b, T(r, I_WORKERS), web_num(r, web_cell(row[14]), 0), NULL);
	web_kpi(&b, T(r, I_INFRASTRUCTURE), isnan(web_cell(row[15])) ? "–"
		: arena_printf(&r->arena, "%s %%", web_num(r, web_cell(row[15]), 0)), NULL);
	error_clear(&err);
	if (zi >= 0 && c.year && !wz_ranking(&c, &rk, &err)) {
		for (size_t k = 0; k < rk.m; k++) {
			if (rk.zone[k] != (size_t)zi)
				continue;
			if (rk.rank[k]) {
				static const char *const names[2] = {"rank", "n"};
				const char *vals[2] = {arena_printf(&r->arena, "%d", rk.rank[k]),
						       arena_printf(&r->arena, "%zu", rk.m)};
				struct buf s = BUF_INIT;
				wz_fill(&s, T(r, I_RANK_OF), names, vals, 2);
				web_kpi(&b, arena_printf(&r->arena, "%s, %d",
							 wz_text(c.lang, "C_RANK"), c.year),
					arena_printf(&r->arena, "%d", rk.rank[k]),
					arena_printf(&r->arena, "%s · %s %d–%d", s.data,
						     T(r, I_RANK_RANGE), rk.best[k], rk.worst[k]));
				buf_release(&s);
			} else {
				web_kpi(&b, wz_text(c.lang, "C_RANK"),
					wz_text(c.lang, "N_NOT_RANKED"), NULL);
			}
		}
		wz_rank_release(&rk);
	}
	buf_adds(&b, "</section></div>");
	zone_values(r, &b, code, &v);
	zone_fan(r, &b, code, &v);
	if (zi >= 0) {
		buf_adds(&b, "<div class=\"grid2\">");
		derived_table(r, &b, &c, (size_t)zi);
		infrastructure(r, &b, &c, (size_t)zi);
		buf_adds(&b, "</div>");
	}
	buf_adds(&b, "<div class=\"grid2\">");
	obligations(r, &b, &c, code);
	lots(r, &b, &c, code);
	buf_adds(&b, "</div>");
	wz_checks(&c, &fs);
	zw_findings_card(r, &b, &c, &fs, code, T(r, I_ZONE_FINDINGS), 0);
	wz_findings_release(&fs);
	wz_release(&c);
	page_end(r, &b);
	return page_send(r, &b);
}
