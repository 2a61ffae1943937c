/* h_pages.c - the overview, the zones table and a zone's page. */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/svg_web.h"
#include "base/parse.h"
#include "store/queries.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void kpi(struct buf *b, const char *label, const char *value, const char *note)
{
	buf_adds(b, "<div class=\"kpi\"><div class=\"kpi-label\">");
	html_esc(b, label);
	buf_adds(b, "</div><div class=\"kpi-value\">");
	html_esc(b, value);
	buf_adds(b, "</div><div class=\"kpi-note\">");
	html_esc(b, note ? note : "");
	buf_adds(b, "</div></div>");
}

/* The latest period and sum of the zones' values of indicator CODE. */
static double latest_total(const struct web_rows *t, const char *code, const char **period,
			   long *zones)
{
	double v = NAN;
	*period = NULL;
	*zones = 0;
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i][0], code)) {
			*period = t->v[i][1];
			v = web_cell(t->v[i][2]);
			*zones = atol(t->v[i][3]);
		}
	return v;
}

int h_overview(struct web_req *r)
{
	struct store_overview o;
	struct web_rows tot, forms, regions;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	const char *p;
	long nz;
	double v;

	if (store_overview(r->st, &o, &err) || web_rows(r, Q_ZONE_TOTALS, 0, NULL, &tot, &err) ||
	    web_rows(r, Q_ENTERPRISES_BY_FORM, 0, NULL, &forms, &err) ||
	    web_rows(r, Q_REGION_COUNTS, 0, NULL, &regions, &err))
		return web_fail_err(r, &err);
	page_begin(r, &b, T(r, I_OVERVIEW), "/");
	buf_addf(&b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_OVERVIEW), T(r, I_OVERVIEW_LEAD));
	buf_adds(&b, "<section class=\"kpis\">");
	kpi(&b, T(r, I_ZONES), web_num(r, (double)o.zones, 0),
	    arena_printf(&r->arena, "%s %s", web_num(r, o.zone_area_ha, 1), T(r, I_HA)));
	v = latest_total(&tot, "enterprises", &p, &nz);
	kpi(&b, T(r, I_FIRMS_IN_ZONES), web_num(r, v, 0),
	    p ? arena_printf(&r->arena, "%s · %s %ld", p, T(r, I_ZONES_REPORTING), nz)
	      : T(r, I_NO_DATA));
	v = latest_total(&tot, "workers", &p, &nz);
	kpi(&b, T(r, I_WORKERS), web_num(r, v, 0), p ? p : T(r, I_NO_DATA));
	v = latest_total(&tot, "investment", &p, &nz);
	kpi(&b, T(r, I_INVESTMENT), web_num(r, v, 1),
	    p ? arena_printf(&r->arena, "%s · %s", p, T(r, I_MLN_UZS)) : T(r, I_NO_DATA));
	v = latest_total(&tot, "export", &p, &nz);
	kpi(&b, T(r, I_EXPORT), web_num(r, v, 1),
	    p ? arena_printf(&r->arena, "%s · %s", p, T(r, I_THOUSAND_USD)) : T(r, I_NO_DATA));
	kpi(&b, T(r, I_REGISTERED_FIRMS), web_num(r, (double)o.enterprises, 0),
	    arena_printf(&r->arena, "%s %s", web_num(r, (double)o.observations, 0),
			 T(r, I_VALUES_STORED)));
	buf_adds(&b, "</section><div class=\"grid2\">");

	/* firms in zones over time */
	{
		const char *x[64];
		double y[64];
		size_t n = 0;
		for (size_t i = 0; i < tot.n && n < 64; i++)
			if (!strcmp(tot.v[i][0], "enterprises")) {
				x[n] = tot.v[i][1];
				y[n++] = web_cell(tot.v[i][2]);
			}
		buf_addf(&b, "<section class=\"card\"><h2>%s</h2>", T(r, I_FIRMS_OVER_TIME));
		if (n) {
			struct svg_series s = {T(r, I_FIRMS_IN_ZONES), y};
			svg_line_chart(&b, T(r, I_FIRMS_OVER_TIME), x, n, &s, 1, r->lang);
			buf_addf(&b, "<p class=\"note\">%s</p>", T(r, I_FIRMS_OVER_TIME_NOTE));
		} else {
			buf_addf(&b, "<p class=\"muted\">%s</p>", T(r, I_NO_DATA));
		}
		buf_adds(&b, "</section>");
	}
	/* firms by legal form */
	{
		const char *lab[32];
		double val[32];
		size_t n = 0;
		for (size_t i = 0; i < forms.n && n < 32; i++) {
			lab[n] = i18n_web_value(r->li, forms.v[i][0]);
			val[n++] = web_cell(forms.v[i][1]);
		}
		buf_addf(&b, "<section class=\"card\"><h2>%s</h2>", T(r, I_FIRMS_BY_FORM));
		if (n)
			svg_bars(&b, T(r, I_FIRMS_BY_FORM), lab, val, n, r->lang);
		else
			buf_addf(&b, "<p class=\"muted\">%s</p>", T(r, I_NO_DATA));
		buf_adds(&b, "</section>");
	}
	buf_adds(&b, "</div>");
	/* zones per region */
	buf_addf(&b, "<section class=\"card\"><h2>%s</h2><table class=\"data sortable\"><thead><tr>"
		 "<th>%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th></tr></thead><tbody>", T(r, I_ZONES_PER_REGION),
		 T(r, I_REGION), T(r, I_ZONES_REPORTED), T(r, I_ZONES_REGISTERED),
		 T(r, I_REGISTERED_FIRMS));
	{
		int hidden = 0;
		for (size_t i = 0; i < regions.n; i++) {
			const char *const *row = regions.v[i];
			long zc = atol(row[5]), fc = atol(row[6]);
			double rep = web_cell(row[7]);
			if (!zc && !fc && isnan(rep)) {
				hidden++;
				continue;
			}
			buf_adds(&b, "<tr><td>");
			html_esc(&b, row[1 + r->li]);
			buf_addf(&b, "</td><td class=\"num\" data-v=\"%s\">%s%s</td>", row[7] ? row[7] : "",
				 web_num(r, rep, 0), row[8] ? arena_printf(&r->arena,
				 " <span class=\"muted\">(%s)</span>", row[8]) : "");
			buf_addf(&b, "<td class=\"num\" data-v=\"%ld\">%s</td><td class=\"num\" "
				 "data-v=\"%ld\">%s</td></tr>", zc, web_num(r, (double)zc, 0), fc,
				 web_num(r, (double)fc, 0));
		}
		buf_addf(&b, "</tbody></table><p class=\"note\">%s %s</p></section>",
			 T(r, I_ZONES_PER_REGION_NOTE), hidden ? arena_printf(&r->arena, "%s: %d.",
			 T(r, I_REGIONS_WITHOUT), hidden) : "");
	}
	page_end(r, &b);
	return page_send(r, &b);
}

static void zone_link(struct buf *b, const char *code)
{
	buf_adds(b, "<a href=\"/zones/");
	html_esc(b, code);
	buf_adds(b, "\">");
	html_esc(b, code);
	buf_adds(b, "</a>");
}

static void num_td(struct web_req *r, struct buf *b, const char *cell, int decimals)
{
	double v = web_cell(cell);
	if (isnan(v))
		buf_adds(b, "<td class=\"num\" data-v=\"\">–</td>");
	else
		buf_addf(b, "<td class=\"num\" data-v=\"%s\">%s</td>", cell, web_num(r, v, decimals));
}

int h_zones(struct web_req *r)
{
	struct web_rows z;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	const char *nop[1] = {NULL};
	const char *lab[64];
	double val[64];
	size_t nb = 0;

	if (web_rows(r, Q_ZONE_TABLE, 1, nop, &z, &err))
		return web_fail_err(r, &err);
	page_begin(r, &b, T(r, I_ZONES), "/zones");
	buf_addf(&b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_ZONES), T(r, I_ZONES_LEAD));
	for (size_t i = 0; i < z.n && nb < 64; i++) {
		if (isnan(web_cell(z.v[i][13])))
			continue;
		lab[nb] = z.v[i][1];
		val[nb++] = web_cell(z.v[i][13]);
	}
	for (size_t i = 1; i < nb; i++) /* largest first */
		for (size_t j = i; j > 0 && val[j] > val[j - 1]; j--) {
			double tv = val[j];
			const char *tl = lab[j];
			val[j] = val[j - 1];
			lab[j] = lab[j - 1];
			val[j - 1] = tv;
			lab[j - 1] = tl;
		}
	if (nb) {
		buf_addf(&b, "<section class=\"card\"><h2>%s</h2>", T(r, I_FIRMS_PER_ZONE));
		svg_bars(&b, T(r, I_FIRMS_PER_ZONE), lab, val, nb, r->lang);
		buf_adds(&b, "</section>");
	}
	buf_addf(&b, "<section class=\"card\"><div class=\"tools\"><input type=\"search\" "
		 "class=\"filter\" data-table=\"zones\" placeholder=\"%s\" aria-label=\"%s\"></div>"
		 "<table id=\"zones\" class=\"data sortable\"><thead><tr>"
		 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th></tr></thead><tbody>",
		 T(r, I_FILTER), T(r, I_FILTER), T(r, I_CODE), T(r, I_NAME), T(r, I_REGION),
		 T(r, I_KIND), T(r, I_ESTABLISHED), T(r, I_AREA_HA), T(r, I_FIRMS), T(r, I_WORKERS),
		 T(r, I_INFRASTRUCTURE));
	for (size_t i = 0; i < z.n; i++) {
		const char *const *row = z.v[i];
		buf_adds(&b, "<tr><td>");
		zone_link(&b, row[0]);
		buf_adds(&b, "</td><td>");
		html_esc(&b, row[1]);
		buf_adds(&b, "</td><td>");
		html_esc(&b, row[3 + r->li]);
		buf_adds(&b, "</td><td>");
		html_esc(&b, i18n_web_value(r->li, row[8]));
		buf_adds(&b, "</td>");
		buf_addf(&b, "<td class=\"num\" data-v=\"%s\">%s</td>", row[9] ? row[9] : "",
			 row[9] ? row[9] : "–");
		num_td(r, &b, row[10], 1);
		num_td(r, &b, row[13], 0);
		num_td(r, &b, row[14], 0);
		num_td(r, &b, row[15], 0);
		buf_adds(&b, "</tr>");
	}
	buf_adds(&b, "</tbody></table></section>");
	page_end(r, &b);
	return page_send(r, &b);
}

static void dl_item(struct buf *b, const char *k, const char *v)
{
	buf_adds(b, "<dt>");
	html_esc(b, k);
	buf_adds(b, "</dt><dd>");
	html_esc(b, v && *v ? v : "–");
	buf_adds(b, "</dd>");
}

/* Indicators over time: a chart for the counts, a table for everything. */
static void zone_values(struct web_req *r, struct buf *b, const char *code,
			const struct web_rows *v)
{
	const char *periods[64];
	size_t np = 0;
	/* the periods, in order */
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

/* Is an unaccepted obligation due ISO overdue (acceptance is due within 3
 * months of the due date)? */
static int overdue(const char *due, const char *accepted)
{
	long d, today;
	char msg[64];
	time_t t = time(NULL);
	if (accepted && *accepted)
		return 0;
	if (!due || parse_date(due, strlen(due), &d, msg, sizeof msg))
		return 0;
	today = (long)(t / 86400);
	return date_add_months(d, 3) < today;
}

int h_zone(struct web_req *r)
{
	const char *code = r->cap[0];
	const char *p1[1] = {code}, *p2[2] = {code, NULL};
	struct web_rows z, v, ob, lots;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	const char *const *row;

	if (web_rows(r, Q_ZONE_TABLE, 1, p1, &z, &err))
		return web_fail_err(r, &err);
	if (!z.n)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", NULL, "no zone \"%s\"", code);
	if (web_rows(r, Q_ZONE_VALUES, 1, p1, &v, &err) ||
	    web_rows(r, Q_OBLIGATIONS, 2, p2, &ob, &err) || web_rows(r, Q_LOTS, 1, p1, &lots, &err))
		return web_fail_err(r, &err);
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
	kpi(&b, T(r, I_FIRMS), web_num(r, web_cell(row[13]), 0), NULL);
	kpi(&b, T(r, I_WORKERS), web_num(r, web_cell(row[14]), 0), NULL);
	kpi(&b, T(r, I_INFRASTRUCTURE), isnan(web_cell(row[15])) ? "–"
		: arena_printf(&r->arena, "%s %%", web_num(r, web_cell(row[15]), 0)), NULL);
	buf_adds(&b, "</section></div>");
	zone_values(r, &b, code, &v);

	buf_addf(&b, "<div class=\"grid2\"><section class=\"card\"><h2>%s</h2>", T(r, I_OBLIGATIONS));
	if (!ob.n) {
		buf_addf(&b, "<p class=\"muted\">%s</p>", T(r, I_NONE));
	} else {
		buf_addf(&b, "<table class=\"data sortable\"><thead><tr><th>%s</th><th>%s</th>"
			 "<th class=\"num\">%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
			 T(r, I_FIRM), T(r, I_KIND), T(r, I_AMOUNT), T(r, I_DUE), T(r, I_ACCEPTED));
		for (size_t i = 0; i < ob.n; i++) {
			const char *const *o = ob.v[i];
			int late = overdue(o[6], o[7]);
			buf_addf(&b, "<tr%s><td>", late ? " class=\"late\"" : "");
			html_esc(&b, o[1]);
			buf_adds(&b, "</td><td>");
			html_esc(&b, i18n_web_value(r->li, o[3]));
			buf_addf(&b, "</td><td class=\"num\" data-v=\"%s\">%s ", o[4],
				 web_num(r, web_cell(o[4]), 0));
			html_esc(&b, i18n_web_value(r->li, o[5]));
			buf_addf(&b, "</td><td data-v=\"%s\">%s</td><td>", o[6], web_date(r, o[6]));
			if (o[7])
				buf_adds(&b, web_date(r, o[7]));
			else
				buf_addf(&b, "<span class=\"badge %s\">%s</span>", late ? "bad" : "",
					 T(r, late ? I_OVERDUE : I_PENDING));
			buf_adds(&b, "</td></tr>");
		}
		buf_adds(&b, "</tbody></table>");
	}
	buf_addf(&b, "</section><section class=\"card\"><h2>%s</h2>", T(r, I_LOTS));
	if (!lots.n) {
		buf_addf(&b, "<p class=\"muted\">%s</p>", T(r, I_NONE));
	} else {
		buf_addf(&b, "<table class=\"data\"><thead><tr><th>%s</th><th class=\"num\">%s</th>"
			 "<th>%s</th><th>%s</th></tr></thead><tbody>",
			 T(r, I_LOT), T(r, I_AREA_M2), T(r, I_STATUS), T(r, I_AUCTION_DATE));
		for (size_t i = 0; i < lots.n; i++) {
			const char *const *l = lots.v[i];
			buf_adds(&b, "<tr><td>");
			html_esc(&b, l[1]);
			buf_addf(&b, "</td><td class=\"num\">%s</td><td><span class=\"badge %s\">%s"
				 "</span></td><td>%s</td></tr>", web_num(r, web_cell(l[2]), 0),
				 l[3], i18n_web_value(r->li, l[3]), l[4] ? web_date(r, l[4]) : "");
		}
		buf_adds(&b, "</tbody></table>");
	}
	buf_adds(&b, "</section></div>");
	page_end(r, &b);
	return page_send(r, &b);
}
