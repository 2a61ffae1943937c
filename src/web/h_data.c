/* h_data.c - the data pages: upload with a dry run and a confirmation,
 * the revision history of a value, and the audit log (admin). */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/import_web.h"
#include "io/entity.h"
#include "store/queries.h"
#include <stdlib.h>
#include <string.h>

static void kind_select(struct web_req *r, struct buf *b, const char *chosen)
{
	buf_addf(b, "<label>%s<select name=\"kind\" required>", T(r, I_KIND));
	for (int k = 0; k < IMPORT_NKINDS; k++) {
		const char *name = import_kind_name((enum import_kind)k);
		buf_addf(b, "<option value=\"%s\"%s>%s</option>", name,
			 chosen && !strcmp(chosen, name) ? " selected" : "", i18n_web_value(r->li, name));
	}
	buf_adds(b, "</select></label>");
}

static void upload_form(struct web_req *r, struct buf *b, const char *kind)
{
	buf_addf(b, "<section class=\"card\"><h2>%s</h2><p class=\"muted\">%s</p>"
		 "<form method=\"post\" action=\"/data/import\" enctype=\"multipart/form-data\" "
		 "class=\"row\">", T(r, I_UPLOAD), T(r, I_UPLOAD_HINT));
	html_csrf(r, b);
	kind_select(r, b, kind);
	buf_addf(b, "<label>%s<input type=\"file\" name=\"file\" accept=\".csv,text/csv\" required>"
		 "</label><button type=\"submit\">%s</button></form></section>",
		 T(r, I_CSV_FILE), T(r, I_CHECK_FILE));
}

int h_data(struct web_req *r)
{
	struct buf b = BUF_INIT;
	page_begin(r, &b, T(r, I_DATA), "/data");
	buf_addf(&b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_DATA), T(r, I_DATA_LEAD));
	upload_form(r, &b, NULL);
	buf_addf(&b, "<section class=\"card\"><h2>%s</h2><form method=\"get\" "
		 "action=\"/data/history\" class=\"row\"><label>%s<input name=\"entity\" "
		 "placeholder=\"zone:TK-BEKTEMIR\" required></label><label>%s<input name=\"indicator\" "
		 "placeholder=\"enterprises\" required></label><label>%s<input name=\"period\" "
		 "placeholder=\"2025\"></label><button type=\"submit\">%s</button></form></section>",
		 T(r, I_REVISION_HISTORY), T(r, I_ENTITY), T(r, I_INDICATOR), T(r, I_PERIOD),
		 T(r, I_SHOW));
	if (r->user && !strcmp(r->user->role, "admin"))
		buf_addf(&b, "<p><a class=\"button ghost\" href=\"/data/audit\">%s →</a></p>",
			 T(r, I_AUDIT_LOG));
	page_end(r, &b);
	return page_send(r, &b);
}

int h_data_import(struct web_req *r)
{
	const char *kind = form_get(&r->form, "kind");
	const struct form_field *file = form_field(&r->form, "file");
	const struct form_field *data = form_field(&r->form, "data");
	const char *fname = form_get(&r->form, "name");
	int confirm = form_get(&r->form, "confirm") != NULL, k;
	struct web_import *res = arena_alloc(&r->arena, sizeof *res);
	struct buf b = BUF_INIT;
	unsigned status = MHD_HTTP_OK;

	k = kind ? import_kind_parse(kind) : -1;
	if (k < 0)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "kind",
				"expected a kind: zones, enterprises, observations, obligations "
				"or lots");
	if (!file && !data)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "file", "choose a CSV file");
	if (file) {
		fname = file->filename;
		data = file;
	}
	web_import_run(r, (enum import_kind)k, fname, data->value, data->len, !confirm, res);
	fname = web_import_name(r, fname);
	if (res->forbidden)
		status = MHD_HTTP_FORBIDDEN;
	else if (res->internal)
		status = MHD_HTTP_INTERNAL_SERVER_ERROR;
	else if (!res->ok)
		status = MHD_HTTP_UNPROCESSABLE_CONTENT;

	page_begin(r, &b, T(r, I_UPLOAD), "/data");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/data\">%s</a> / %s</p><h1>", T(r, I_DATA),
		 T(r, confirm ? I_IMPORT_RESULT : I_VALIDATION_REPORT));
	html_esc(&b, fname);
	buf_addf(&b, " <span class=\"badge\">%s</span></h1>", i18n_web_value(r->li, kind));
	buf_adds(&b, "<section class=\"kpis small\">");
	buf_addf(&b, "<div class=\"kpi\"><div class=\"kpi-label\">%s</div><div class=\"kpi-value\">"
		 "%s</div></div>", T(r, I_ROWS), web_num(r, (double)res->stats.rows, 0));
	buf_addf(&b, "<div class=\"kpi\"><div class=\"kpi-label\">%s</div><div class=\"kpi-value\">"
		 "%s</div></div>", T(r, I_ADDED), web_num(r, (double)res->stats.added, 0));
	buf_addf(&b, "<div class=\"kpi\"><div class=\"kpi-label\">%s</div><div class=\"kpi-value\">"
		 "%s</div></div>", T(r, I_CHANGED), web_num(r, (double)res->stats.changed, 0));
	buf_addf(&b, "<div class=\"kpi\"><div class=\"kpi-label\">%s</div><div class=\"kpi-value\">"
		 "%s</div></div>", T(r, I_UNCHANGED), web_num(r, (double)res->stats.unchanged, 0));
	buf_addf(&b, "<div class=\"kpi%s\"><div class=\"kpi-label\">%s</div><div class=\"kpi-value\">"
		 "%s</div></div>", res->nerr ? " bad" : "", T(r, I_ERRORS),
		 web_num(r, (double)(res->stats.errors > (long)res->nerr ? res->stats.errors
									 : (long)res->nerr), 0));
	buf_adds(&b, "</section>");
	if (res->nerr) {
		buf_addf(&b, "<section class=\"card\"><h2>%s</h2><p class=\"error\" role=\"alert\">%s</p>"
			 "<table class=\"data errors\"><thead><tr><th>%s</th><th>%s</th></tr></thead>"
			 "<tbody>", T(r, I_ERRORS), T(r, I_NOTHING_WRITTEN), T(r, I_PLACE),
			 T(r, I_MESSAGE));
		for (size_t i = 0; i < res->nerr; i++) {
			buf_adds(&b, "<tr><td class=\"place\">");
			html_esc(&b, res->err[i].where);
			buf_adds(&b, "</td><td>");
			html_esc(&b, res->err[i].msg);
			buf_adds(&b, "</td></tr>");
		}
		buf_adds(&b, "</tbody></table></section>");
		upload_form(r, &b, kind);
	} else if (!confirm) {
		buf_addf(&b, "<section class=\"card ok\"><p>%s</p><form method=\"post\" "
			 "action=\"/data/import\" enctype=\"multipart/form-data\">", T(r, I_DRY_RUN_OK));
		html_csrf(r, &b);
		buf_addf(&b, "<input type=\"hidden\" name=\"kind\" value=\"%s\">"
			 "<input type=\"hidden\" name=\"confirm\" value=\"1\">"
			 "<input type=\"hidden\" name=\"name\" value=\"", import_kind_name((enum import_kind)k));
		html_esc(&b, fname);
		buf_adds(&b, "\"><input type=\"hidden\" name=\"data\" value=\"");
		html_escn(&b, data->value, data->len);
		buf_addf(&b, "\"><button type=\"submit\">%s</button> <a class=\"button ghost\" "
			 "href=\"/data\">%s</a></form></section>", T(r, I_CONFIRM_IMPORT), T(r, I_CANCEL));
	} else {
		buf_addf(&b, "<section class=\"card ok\"><p>%s</p><p><a href=\"/data\">%s</a></p>"
			 "</section>", T(r, I_IMPORT_DONE), T(r, I_DATA));
	}
	page_end(r, &b);
	return web_send(r, status, "text/html; charset=utf-8", &b);
}

struct hist {
	struct web_req *r;
	struct buf *b;
	int n;
};

static int hist_row(void *ctx, const struct store_revision *v)
{
	struct hist *h = ctx;
	h->n++;
	buf_addf(h->b, "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%s</td><td>",
		 v->period, v->revision, web_num(h->r, v->value, 2));
	html_esc(h->b, v->source);
	buf_addf(h->b, "</td><td>%s %.8s</td><td>", web_date(h->r, v->recorded_at),
		 v->recorded_at && strlen(v->recorded_at) > 11 ? v->recorded_at + 11 : "");
	html_esc(h->b, v->recorded_by);
	buf_adds(h->b, "</td></tr>");
	return 0;
}

int h_history(struct web_req *r)
{
	const char *entity = web_arg(r, "entity"), *ind = web_arg(r, "indicator");
	const char *period = web_arg(r, "period");
	struct store_indicator si;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	struct hist h = {r, &b, 0};
	const char *kind;
	long id;
	int rc;

	if (!entity || !ind)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "entity",
				"give an entity and an indicator");
	if (period && !*period)
		period = NULL;
	if ((rc = entity_resolve(r->st, entity, &kind, &id, &err)))
		return web_fail_err(r, &err);
	if (web_scope_entity_or_respond(r, entity))
		return 1;
	rc = store_indicator_get(r->st, ind, &si, &err);
	if (rc == SB40_ENOTFOUND)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", "indicator",
				"unknown indicator \"%s\"", ind);
	if (rc)
		return web_fail_err(r, &err);
	page_begin(r, &b, T(r, I_REVISION_HISTORY), "/data");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/data\">%s</a> / %s</p><h1>", T(r, I_DATA),
		 T(r, I_REVISION_HISTORY));
	html_esc(&b, si.name[r->li]);
	buf_adds(&b, " · ");
	html_esc(&b, entity);
	if (period) {
		buf_adds(&b, " · ");
		html_esc(&b, period);
	}
	buf_addf(&b, "</h1><section class=\"card\"><table class=\"data\"><thead><tr><th>%s</th>"
		 "<th class=\"num\">%s</th><th class=\"num\">%s</th><th>%s</th><th>%s</th><th>%s</th>"
		 "</tr></thead><tbody>", T(r, I_PERIOD), T(r, I_REVISION), T(r, I_VALUE),
		 T(r, I_SOURCE), T(r, I_RECORDED_AT), T(r, I_RECORDED_BY));
	if ((rc = store_observation_history(r->st, kind, id, si.id, period, hist_row, &h, &err))) {
		buf_release(&b);
		return web_fail_err(r, &err);
	}
	if (!h.n)
		buf_addf(&b, "<tr><td colspan=\"6\" class=\"muted\">%s</td></tr>", T(r, I_NO_DATA));
	buf_addf(&b, "</tbody></table><p class=\"note\">%s</p></section>", T(r, I_REVISIONS_NOTE));
	page_end(r, &b);
	return page_send(r, &b);
}

int h_audit(struct web_req *r)
{
	const char *pg = web_arg(r, "page");
	long page = pg ? atol(pg) : 1, per = 50;
	const char *params[2];
	struct web_rows a;
	struct sb40_error err;
	struct buf b = BUF_INIT;

	if (page < 1)
		page = 1;
	params[0] = arena_printf(&r->arena, "%ld", per + 1);
	params[1] = arena_printf(&r->arena, "%ld", (page - 1) * per);
	if (web_rows(r, Q_AUDIT, 2, params, &a, &err))
		return web_fail_err(r, &err);
	page_begin(r, &b, T(r, I_AUDIT_LOG), "/data");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/data\">%s</a> / %s</p><h1>%s</h1>"
		 "<section class=\"card\"><table class=\"data audit\"><thead><tr><th>%s</th>"
		 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
		 T(r, I_DATA), T(r, I_AUDIT_LOG), T(r, I_AUDIT_LOG), T(r, I_RECORDED_AT),
		 T(r, I_RECORDED_BY), T(r, I_ACTION), T(r, I_ENTITY), T(r, I_BEFORE), T(r, I_AFTER));
	for (size_t i = 0; i < a.n && (long)i < per; i++) {
		const char *const *row = a.v[i];
		buf_addf(&b, "<tr><td>%s %.8s</td><td>", web_date(r, row[1]),
			 strlen(row[1]) > 11 ? row[1] + 11 : "");
		for (int c = 2; c <= 6; c++) {
			if (c > 2)
				buf_adds(&b, c >= 5 ? "</td><td class=\"json\">" : "</td><td>");
			html_esc(&b, row[c] ? row[c] : "");
		}
		buf_adds(&b, "</td></tr>");
	}
	if (!a.n)
		buf_addf(&b, "<tr><td colspan=\"6\" class=\"muted\">%s</td></tr>", T(r, I_NO_DATA));
	buf_adds(&b, "</tbody></table><p class=\"pager\">");
	if (page > 1)
		buf_addf(&b, "<a href=\"/data/audit?page=%ld\">← %s</a> ", page - 1, T(r, I_NEWER));
	if ((long)a.n > per)
		buf_addf(&b, "<a href=\"/data/audit?page=%ld\">%s →</a>", page + 1, T(r, I_OLDER));
	buf_adds(&b, "</p></section>");
	page_end(r, &b);
	return page_send(r, &b);
}
