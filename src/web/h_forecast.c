/* h_forecast.c - the Forecast page: pick a stored series (those the user's
 * role may read) or upload a CSV, choose a method from the registry, the
 * horizon, the interval levels, how to fill gaps (on the page linear by
 * default, as stored series have gaps; the API's default is the command's:
 * a gap is an error) and the backtest origins; see the fan chart,
 * the table of forecasts and the backtest's accuracy, and download the
 * forecast as CSV or XLSX.  GET /forecast?entity=..&indicator=.. shows a
 * stored series' forecast at once (the zone pages link there); POST
 * /forecast runs the form; GET /forecast.csv and /forecast.xlsx download a
 * stored series' forecast, POST /forecast with download=csv|xlsx an
 * uploaded one's.  The computing is web/fc_web.c's, the command's. */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/fc_web.h"
#include "web/import_web.h"
#include "store/queries.h"
#include <string.h>

/* The form's current values, to show them again. */
struct fc_form {
	const char *series, *method, *horizon, *level, *backtest, *fill;
};

/* The page fills gaps linearly unless told otherwise. */
static const char *page_fill(const char *fill)
{
	return fill && *fill ? fill : "linear";
}

static void text_input(struct buf *b, const char *label, const char *name, const char *value,
		       const char *extra)
{
	buf_addf(b, "<label>%s<input name=\"%s\" %s value=\"", label, name, extra);
	html_esc(b, value ? value : "");
	buf_adds(b, "\"></label>");
}

static void series_select(struct web_req *r, struct buf *b, const char *chosen)
{
	const char *params[2] = {web_scope_tin(r), web_scope_zone(r)};
	struct web_rows s;
	struct sb40_error err;
	if (web_rows(r, Q_FC_SERIES, 2, params, &s, &err))
		s.n = 0;
	buf_addf(b, "<label>%s<select name=\"series\"><option value=\"\">—</option>",
		 T(r, I_FC_STORED));
	for (size_t i = 0; i < s.n; i++) {
		const char *const *v = s.v[i];
		const char *val = arena_printf(&r->arena, "%s:%s|%s", v[0], v[1], v[2]);
		buf_adds(b, "<option value=\"");
		html_esc(b, val);
		buf_addf(b, "\"%s>", chosen && !strcmp(chosen, val) ? " selected" : "");
		html_esc(b, arena_printf(&r->arena, "%s:%s — %s (%s–%s)", v[0], v[1], v[3 + r->li],
					 v[8], v[9]));
		buf_adds(b, "</option>");
	}
	buf_adds(b, "</select></label>");
}

static void form(struct web_req *r, struct buf *b, const struct fc_form *f)
{
	const struct fc_method *def = fcw_default_method();
	buf_addf(b, "<section class=\"card\"><form method=\"post\" action=\"/forecast\" "
		 "enctype=\"multipart/form-data\" class=\"stack\" id=\"fcform\">");
	html_csrf(r, b);
	buf_adds(b, "<div class=\"row\">");
	series_select(r, b, f->series);
	buf_addf(b, "<label>%s<input type=\"file\" name=\"file\" accept=\".csv,text/csv\"></label>"
		 "</div><p class=\"note\">%s</p><div class=\"row\"><label>%s<select name=\"method\">",
		 T(r, I_FC_UPLOAD), T(r, I_FC_FORMATS), T(r, I_FC_METHOD));
	for (size_t i = 0; i < fc_method_count(); i++) {
		const struct fc_method *m = fc_method_at(i);
		int on = f->method && *f->method ? !strcmp(f->method, m->name) : m == def;
		buf_addf(b, "<option value=\"%s\"%s title=\"", m->name, on ? " selected" : "");
		html_esc(b, m->summary);
		buf_addf(b, "\">%s</option>", m->name);
	}
	buf_adds(b, "</select></label>");
	text_input(b, T(r, I_FC_HORIZON), "horizon", f->horizon,
		   "type=\"number\" min=\"1\" max=\"100\" placeholder=\"auto\"");
	text_input(b, T(r, I_FC_LEVELS), "level", f->level ? f->level : "80,95",
		   "pattern=\"none|[0-9.]+(,[0-9.]+)*\"");
	text_input(b, T(r, I_FC_ORIGINS_K), "backtest", f->backtest,
		   "type=\"number\" min=\"0\" max=\"50\" placeholder=\"3\"");
	{
		static const char *const fills[] = {"none", "linear", "previous", "zero"};
		static const enum i18n_key fk[] = {I_FC_FILL_NONE, I_FC_FILL_LINEAR,
						   I_FC_FILL_PREVIOUS, I_FC_FILL_ZERO};
		const char *cur = page_fill(f->fill);
		buf_addf(b, "<label>%s<select name=\"fill\">", T(r, I_FC_FILL));
		for (int i = 0; i < 4; i++)
			buf_addf(b, "<option value=\"%s\"%s>%s</option>", fills[i],
				 strcmp(cur, fills[i]) ? "" : " selected", T(r, fk[i]));
		buf_adds(b, "</select></label>");
	}
	buf_addf(b, "<button type=\"submit\">%s</button></div></form></section>", T(r, I_FC_RUN));
}

static void head(struct web_req *r, struct buf *b)
{
	page_begin(r, b, T(r, I_FORECAST), "/forecast");
	buf_addf(b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_FORECAST), T(r, I_FC_LEAD));
}

static void backtest_card(struct web_req *r, struct buf *b, const struct fc_web *w, size_t i)
{
	const struct bt_result *bt = &w->bt[i].bt;
	buf_addf(b, "<div class=\"backtest\"><h3>%s</h3>", T(r, I_FC_BACKTEST));
	if (!w->bt_k[i] || w->bt_note[i]) {
		buf_addf(b, "<p class=\"muted\">%s", T(r, I_FC_NO_BACKTEST));
		if (w->bt_note[i]) {
			buf_adds(b, ": ");
			html_esc(b, w->bt_note[i]);
		}
		buf_adds(b, "</p></div>");
		return;
	}
	buf_addf(b, "<dl class=\"attrs\"><dt>%s</dt><dd>%zu</dd><dt>%s</dt><dd>%zu</dd>"
		 "<dt>sMAPE</dt><dd class=\"smape\">%s</dd><dt>MASE</dt><dd class=\"mase\">%s</dd>",
		 T(r, I_FC_ORIGINS), bt->origins, T(r, I_FC_POINTS), bt->points, web_num(r, bt->smape, 2),
		 web_num(r, bt->mase, 3));
	for (size_t l = 0; l < w->nlevels; l++)
		buf_addf(b, "<dt>%s %g%%</dt><dd>%s %%</dd>", T(r, I_FC_COVERAGE), w->levels[l],
			 web_num(r, 100 * bt->coverage[l], 1));
	buf_addf(b, "</dl><p class=\"note\">%s</p></div>", T(r, I_FC_BACKTEST_NOTE));
}

static void table(struct web_req *r, struct buf *b, const struct fc_web *w, size_t i)
{
	const struct series *s = &w->set.s[i];
	const struct fc_result *fr = &w->fc[i].res;
	int dec = fcreport_decimals(s);
	char per[24];
	buf_addf(b, "<div class=\"scroll\"><table class=\"data fc\"><thead><tr><th>%s</th>"
		 "<th class=\"num\">%s</th>", T(r, I_PERIOD), T(r, I_FORECAST));
	for (size_t l = 0; l < w->nlevels; l++)
		buf_addf(b, "<th class=\"num\">lo%g</th><th class=\"num\">hi%g</th>", w->levels[l],
			 w->levels[l]);
	buf_adds(b, "</tr></thead><tbody>");
	for (size_t k = 0; k < fr->h; k++) {
		buf_addf(b, "<tr><td>%s</td><td class=\"num\">%s</td>", series_period(s, s->n + k, per),
			 web_num(r, fr->mean[k], dec));
		for (size_t l = 0; l < w->nlevels; l++)
			buf_addf(b, "<td class=\"num\">%s</td><td class=\"num\">%s</td>",
				 web_num(r, fr->lo[l * fr->h + k], dec),
				 web_num(r, fr->hi[l * fr->h + k], dec));
		buf_adds(b, "</tr>");
	}
	buf_adds(b, "</tbody></table></div>");
}

static void results(struct web_req *r, struct buf *b, const struct fc_web *w)
{
	const struct fc_method *methods[1];
	struct fcreport rep;
	char p1[24], p2[24];
	fcw_report(w, methods, &rep);
	rep.lang = (int)r->li;
	for (size_t i = 0; i < w->set.n; i++) {
		const struct series *s = &w->set.s[i];
		const struct fc_result *fr = &w->fc[i].res;
		buf_adds(b, "<section class=\"card forecast\"><h2>");
		html_esc(b, s->name);
		buf_addf(b, "</h2><p class=\"muted\">%s <b class=\"method\">%s</b>", T(r, I_FC_METHOD),
			 w->method->name);
		if (fr->model[0]) {
			buf_addf(b, ", %s <b class=\"model\">", T(r, I_FC_MODEL));
			html_esc(b, fr->model);
			buf_adds(b, "</b>");
		}
		buf_addf(b, "; %zu %s, %s–%s</p><div class=\"fanchart\">", s->n, T(r, I_FC_VALUES),
			 series_period(s, 0, p1), series_period(s, s->n - 1, p2));
		fcreport_svg(b, &rep, i);
		buf_adds(b, "</div><div class=\"grid2\"><div>");
		table(r, b, w, i);
		buf_adds(b, "</div>");
		backtest_card(r, b, w, i);
		buf_adds(b, "</div></section>");
	}
}

/* Download links of a stored series, or a form posting an upload back. */
static void downloads(struct web_req *r, struct buf *b, const struct fc_web *w,
		      const char *entity, const char *indicator, const struct form_field *data,
		      const char *name)
{
	buf_addf(b, "<section class=\"card downloads\"><h2>%s</h2>", T(r, I_FC_DOWNLOAD));
	if (!data) {
		const char *q = fcw_query(r, w, entity ? entity : "", indicator ? indicator : "");
		buf_adds(b, "<p><a class=\"button\" href=\"/forecast.csv?");
		html_esc(b, q);
		buf_adds(b, "\" download>CSV</a> <a class=\"button\" href=\"/forecast.xlsx?");
		html_esc(b, q);
		buf_adds(b, "\" download>XLSX</a></p></section>");
		return;
	}
	buf_adds(b, "<form method=\"post\" action=\"/forecast\" enctype=\"multipart/form-data\" "
		 "class=\"row\">");
	html_csrf(r, b);
	buf_adds(b, "<input type=\"hidden\" name=\"data\" value=\"");
	html_escn(b, data->value, data->len);
	buf_adds(b, "\"><input type=\"hidden\" name=\"name\" value=\"");
	html_esc(b, name);
	buf_addf(b, "\"><input type=\"hidden\" name=\"method\" value=\"%s\">", w->method->name);
	if (w->h)
		buf_addf(b, "<input type=\"hidden\" name=\"horizon\" value=\"%zu\">", w->h);
	buf_addf(b, "<input type=\"hidden\" name=\"fill\" value=\"%s\">", fcw_fill_name(w->fill));
	buf_adds(b, "<input type=\"hidden\" name=\"level\" value=\"");
	if (!w->nlevels)
		buf_adds(b, "none");
	for (size_t l = 0; l < w->nlevels; l++)
		buf_addf(b, "%s%g", l ? "," : "", w->levels[l]);
	buf_adds(b, "\"><button type=\"submit\" name=\"download\" value=\"csv\">CSV</button>"
		 "<button type=\"submit\" name=\"download\" value=\"xlsx\">XLSX</button></form>"
		 "</section>");
}

/* Send W's forecasts as a file: FORMAT "csv" or "xlsx". */
static int send_file(struct web_req *r, struct fc_web *w, const char *format)
{
	const struct fc_method *methods[1];
	struct fcreport rep;
	struct buf b = BUF_INIT;
	struct sb40_error err;
	fcw_report(w, methods, &rep);
	if (!strcmp(format, "xlsx")) {
		error_clear(&err);
		if (fcreport_xlsx(&b, &rep, &err)) {
			buf_release(&b);
			return web_fail_err(r, &err);
		}
		r->filename = "forecast.xlsx";
		return web_send(r, MHD_HTTP_OK,
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &b);
	}
	fcreport_write(&b, &rep, FCR_CSV);
	r->filename = "forecast.csv";
	return web_send(r, MHD_HTTP_OK, "text/csv; charset=utf-8", &b);
}

static const char *horizon_arg(struct web_req *r)
{
	const char *h = web_arg(r, "h");
	return h ? h : web_arg(r, "horizon");
}

int h_forecast_form(struct web_req *r)
{
	const char *entity = web_arg(r, "entity"), *ind = web_arg(r, "indicator");
	struct fc_form f = {NULL, web_arg(r, "method"), horizon_arg(r), web_arg(r, "level"),
			    web_arg(r, "backtest"), web_arg(r, "fill")};
	struct buf b = BUF_INIT;
	struct fc_web w;
	int run = entity || ind;
	if (fcw_args_or_respond(r, f.method, f.horizon, f.level, f.backtest, &w) ||
	    fcw_fill_or_respond(r, page_fill(f.fill), &w))
		return 1;
	if (run && (fcw_stored_or_respond(r, entity, ind, &w) || fcw_run_or_respond(r, &w))) {
		fcw_release(&w);
		return 1;
	}
	if (run)
		f.series = arena_printf(&r->arena, "%s|%s", entity, ind);
	head(r, &b);
	form(r, &b, &f);
	if (run) {
		results(r, &b, &w);
		downloads(r, &b, &w, entity, ind, NULL, NULL);
	}
	fcw_release(&w);
	page_end(r, &b);
	return page_send(r, &b);
}

/* GET /forecast.csv and /forecast.xlsx of a stored series. */
static int download(struct web_req *r, const char *format)
{
	struct fc_web w;
	int rc;
	if (fcw_args_or_respond(r, web_arg(r, "method"), horizon_arg(r), web_arg(r, "level"), "0",
				&w) || fcw_fill_or_respond(r, web_arg(r, "fill"), &w))
		return 1;
	if (fcw_stored_or_respond(r, web_arg(r, "entity"), web_arg(r, "indicator"), &w) ||
	    fcw_run_or_respond(r, &w)) {
		fcw_release(&w);
		return 1;
	}
	rc = send_file(r, &w, format);
	fcw_release(&w);
	return rc;
}

int h_forecast_csv(struct web_req *r)
{
	return download(r, "csv");
}

int h_forecast_xlsx(struct web_req *r)
{
	return download(r, "xlsx");
}

int h_forecast(struct web_req *r)
{
	const struct form_field *file = form_field(&r->form, "file");
	const struct form_field *data = file && file->len ? file : form_field(&r->form, "data");
	const char *dl = form_get(&r->form, "download");
	const char *series = form_get(&r->form, "series");
	const char *entity = NULL, *ind = NULL, *name = NULL;
	struct fc_form f = {series, form_get(&r->form, "method"), form_get(&r->form, "horizon"),
			    form_get(&r->form, "level"), form_get(&r->form, "backtest"),
			    form_get(&r->form, "fill")};
	struct buf b = BUF_INIT;
	struct fc_web w;
	int rc;
	if (fcw_args_or_respond(r, f.method, f.horizon, f.level, dl ? "0" : f.backtest, &w) ||
	    fcw_fill_or_respond(r, page_fill(f.fill), &w))
		return 1;
	if (data && data->len) {
		struct sb40_error err;
		name = web_import_name(r, data == file ? file->filename : form_get(&r->form, "name"));
		f.series = NULL;
		if (fcw_csv_read(&w, name, data->value, data->len, &err)) {
			/* the form again, with the place of the error */
			fcw_release(&w);
			head(r, &b);
			form(r, &b, &f);
			buf_adds(&b, "<p class=\"error\">");
			if (err.where[0]) {
				html_esc(&b, err.where);
				buf_adds(&b, ": ");
			}
			html_esc(&b, web_errmsg(r, &err));
			buf_adds(&b, "</p>");
			page_end(r, &b);
			return web_send(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "text/html; charset=utf-8",
					&b);
		}
		rc = 0;
	} else {
		const char *bar = series ? strchr(series, '|') : NULL;
		entity = bar ? arena_strndup(&r->arena, series, (size_t)(bar - series))
			     : form_get(&r->form, "entity");
		ind = bar ? bar + 1 : form_get(&r->form, "indicator");
		rc = fcw_stored_or_respond(r, entity, ind, &w);
	}
	if (rc || fcw_run_or_respond(r, &w)) {
		fcw_release(&w);
		return 1;
	}
	if (dl && (!strcmp(dl, "csv") || !strcmp(dl, "xlsx"))) {
		rc = send_file(r, &w, dl);
		fcw_release(&w);
		return rc;
	}
	head(r, &b);
	form(r, &b, &f);
	results(r, &b, &w);
	downloads(r, &b, &w, entity, ind, name ? data : NULL, name);
	fcw_release(&w);
	page_end(r, &b);
	return page_send(r, &b);
}
