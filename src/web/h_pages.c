/* h_pages.c - the overview: key figures, firms in zones over time,
 * composition (firms by legal form with shares, zones per region) and the
 * latest consistency-check findings.  The zones pages are in h_zones.c and
 * h_zone.c. */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/svg_web.h"
#include "web/zoneweb.h"
#include "base/parse.h"
#include "store/queries.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
	web_kpi(&b, T(r, I_ZONES), web_num(r, (double)o.zones, 0),
	    arena_printf(&r->arena, "%s %s", web_num(r, o.zone_area_ha, 1), T(r, I_HA)));
	v = latest_total(&tot, "enterprises", &p, &nz);
	web_kpi(&b, T(r, I_FIRMS_IN_ZONES), web_num(r, v, 0),
	    p ? arena_printf(&r->arena, "%s · %s %ld", p, T(r, I_ZONES_REPORTING), nz)
	      : T(r, I_NO_DATA));
	v = latest_total(&tot, "workers", &p, &nz);
	web_kpi(&b, T(r, I_WORKERS), web_num(r, v, 0), p ? p : T(r, I_NO_DATA));
	v = latest_total(&tot, "investment", &p, &nz);
	web_kpi(&b, T(r, I_INVESTMENT), web_num(r, v, 1),
	    p ? arena_printf(&r->arena, "%s · %s", p, T(r, I_MLN_UZS)) : T(r, I_NO_DATA));
	v = latest_total(&tot, "export", &p, &nz);
	web_kpi(&b, T(r, I_EXPORT), web_num(r, v, 1),
	    p ? arena_printf(&r->arena, "%s · %s", p, T(r, I_THOUSAND_USD)) : T(r, I_NO_DATA));
	web_kpi(&b, T(r, I_REGISTERED_FIRMS), web_num(r, (double)o.enterprises, 0),
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
		if (n) {
			double total = 0;
			svg_bars(&b, T(r, I_FIRMS_BY_FORM), lab, val, n, r->lang);
			for (size_t i = 0; i < n; i++)
				total += isnan(val[i]) ? 0 : val[i];
			buf_addf(&b, "<table class=\"data sortable forms\"><thead><tr><th>%s</th>"
				 "<th class=\"num\">%s</th><th class=\"num\">%s</th></tr></thead>"
				 "<tbody>", wz_text((int)r->li, "C_LEGAL_FORM"), T(r, I_FIRMS),
				 wz_text((int)r->li, "C_SHARE"));
			for (size_t i = 0; i < n; i++) {
				buf_adds(&b, "<tr><td>");
				html_esc(&b, lab[i]);
				buf_addf(&b, "</td><td class=\"num\" data-v=\"%.10g\">%s</td><td class="
					 "\"num\" data-v=\"%.10g\">%s</td></tr>", val[i],
					 web_num(r, val[i], 0), total > 0 ? 100 * val[i] / total : 0,
					 web_num(r, total > 0 ? 100 * val[i] / total : NAN, 1));
			}
			buf_adds(&b, "</tbody></table>");
		} else
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
	/* the latest consistency-check findings on the stored data */
	{
		struct wz_ctx c;
		struct wz_findings fs;
		if (wz_load(r->st, (int)r->li, &c, &err)) {
			buf_release(&b);
			return web_fail_err(r, &err);
		}
		wz_checks(&c, &fs);
		zw_findings_card(r, &b, &c, &fs, NULL, T(r, I_LATEST_FINDINGS), 50);
		wz_findings_release(&fs);
		wz_release(&c);
	}
	page_end(r, &b);
	return page_send(r, &b);
}
