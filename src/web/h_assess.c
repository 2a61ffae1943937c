/* h_assess.c - the assessment pages: the digital-maturity questionnaire as
 * a form (radio buttons with every level's description), the result page
 * (the report's HTML with its radar chart, from io/assess_run), and the
 * list of stored assessments.  The innovation form is h_assess_innov.c; the
 * helpers both share are declared in assess_web.h.
 *
 * Who: admins and analysts assess any firm and see every assessment; a
 * firm account assesses only its own firm (its TIN is forced on the
 * document) and sees only its own assessments (others are "not found").
 * A zone manager sees the assessments of the firms the registry has in its
 * zone (scope.c; others are "not found") and assesses none (routes.c).
 */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/assess_web.h"
#include "domain/maturity.h"
#include "io/assess_run.h"
#include "store/queries.h"
#include <stdlib.h>
#include <string.h>

#define PER_PAGE 50

/* The firm account's TIN; "" for a firm account without one; NULL for staff. */
static const char *scope(struct web_req *r)
{
	return web_scope_tin(r);
}

static int got_name(void *ctx, int ncols, const char *const *v)
{
	if (ncols > 1 && v[1])
		*(const char **)ctx = v[1];
	return 1;
}

/* The registry's name of firm TIN, in the arena, or NULL. */
const char *assess_firm_name(struct web_req *r, const char *tin)
{
	struct web_rows t;
	struct sb40_error err;
	const char *p[5] = {NULL, tin, NULL, "1", "0"};
	const char *name = NULL;
	if (web_rows(r, Q_ENTERPRISES, 5, p, &t, &err) || !t.n)
		return NULL;
	got_name(&name, t.ncols, t.v[0]);
	return name;
}

static const char *kind_label(struct web_req *r, const char *kind)
{
	return T(r, !strcmp(kind, "maturity") ? I_KIND_MATURITY : I_KIND_INNOVATION);
}

void assess_failed(struct web_req *r, struct buf *b, struct sb40_error *err)
{
	buf_addf(b, "<section class=\"card\"><p class=\"error\" role=\"alert\">%s<br><code>",
		 T(r, I_ASSESS_FAILED));
	if (err->where[0]) {
		html_esc(b, err->where);
		buf_adds(b, ": ");
	}
	html_esc(b, web_errmsg(r, err)); /* the request's language */
	buf_adds(b, "</code></p></section>");
}

unsigned assess_status_of(const struct sb40_error *err)
{
	switch (err->code) {
	case SB40_EINVAL: return MHD_HTTP_BAD_REQUEST;
	case SB40_EAUTH: return MHD_HTTP_FORBIDDEN;
	case SB40_ENOTFOUND: return MHD_HTTP_UNPROCESSABLE_CONTENT;
	default: return MHD_HTTP_INTERNAL_SERVER_ERROR;
	}
}

/* ---- the firm's fields ---- */

static void text_input(struct buf *b, const char *label, const char *name, const char *value,
		       int required)
{
	buf_adds(b, "<label>");
	html_esc(b, label);
	buf_addf(b, "<input name=\"%s\"", name);
	if (!strcmp(name, "zone") || !strcmp(name, "region"))
		buf_addf(b, " list=\"dl-%s\"", name);
	buf_adds(b, " value=\"");
	html_esc(b, value ? value : "");
	buf_addf(b, "\"%s></label>", required ? " required" : "");
}

/* <datalist id=ID>: the values of column 0 of QUERY's rows, labelled with
 * column LABEL. */
static void datalist(struct web_req *r, struct buf *b, const char *id, int query, int label)
{
	struct web_rows t;
	struct sb40_error err;
	buf_addf(b, "<datalist id=\"%s\">", id);
	if (!web_rows(r, query, 0, NULL, &t, &err))
		for (size_t i = 0; i < t.n; i++) {
			buf_adds(b, "<option value=\"");
			html_esc(b, t.v[i][0]);
			buf_adds(b, "\">");
			html_esc(b, t.v[i][label] ? t.v[i][label] : "");
			buf_adds(b, "</option>");
		}
	buf_adds(b, "</datalist>");
}

/* Suggestions for the zone and region fields: the registry's codes (the
 * peers are found by them), labelled with their names (Q_REGION_COUNTS has
 * the region's names in uz, uz-Cyrl, ru, en after its code). */
void assess_datalists(struct web_req *r, struct buf *b)
{
	datalist(r, b, "dl-zone", Q_ZONES, 1);
	datalist(r, b, "dl-region", Q_REGION_COUNTS, 1 + (int)r->li);
}

/* for h_assess_innov.c (assess_web.h) */
static void firm_fields(struct web_req *r, struct buf *b, const struct form *prev)
{
	const char *tin = scope(r);
	buf_addf(b, "<fieldset class=\"firm\"><legend>%s</legend>", T(r, I_ABOUT_FIRM));
	if (tin) {
		const char *name = assess_firm_name(r, tin);
		buf_addf(b, "<p>%s: <strong>", T(r, I_YOUR_FIRM));
		html_esc(b, name ? name : tin);
		buf_adds(b, "</strong> (");
		html_esc(b, tin);
		buf_adds(b, ")</p>");
	} else {
		buf_adds(b, "<div class=\"row\">");
		text_input(b, T(r, I_NAME), "name", prev ? form_get(prev, "name") : NULL, 1);
		text_input(b, T(r, I_TIN), "tin", prev ? form_get(prev, "tin") : NULL, 0);
		text_input(b, T(r, I_ZONE), "zone", prev ? form_get(prev, "zone") : NULL, 0);
		text_input(b, T(r, I_REGION), "region", prev ? form_get(prev, "region") : NULL, 0);
		text_input(b, T(r, I_SECTOR), "sector", prev ? form_get(prev, "sector") : NULL, 0);
		buf_adds(b, "</div>");
		assess_datalists(r, b);
	}
	buf_adds(b, "</fieldset>");
}

/* ---- maturity ---- */

static void maturity_form(struct web_req *r, struct buf *b, const struct form *prev)
{
	buf_addf(b, "<form method=\"post\" action=\"/assess/maturity\" class=\"stack assess\">");
	html_csrf(r, b);
	firm_fields(r, b, prev);
	for (int p = 0; p < PILLAR_COUNT; p++) {
		buf_adds(b, "<h2>");
		html_esc(b, assess_pillar_name(r->lang, p));
		buf_adds(b, "</h2>");
		for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
			const char *id = maturity_block_id((enum mat_block)k);
			const char *was = prev ? form_get(prev, arena_printf(&r->arena, "a_%s", id)) : NULL;
			const char *tw = prev ? form_get(prev, arena_printf(&r->arena, "t_%s", id)) : NULL;
			if ((int)maturity_pillar((enum mat_block)k) != p)
				continue;
			buf_addf(b, "<fieldset class=\"block\" id=\"b-%s\"><legend>", id);
			html_esc(b, assess_block_name(r->lang, k));
			buf_adds(b, "</legend><div class=\"levels\">");
			for (int lv = 0; lv <= MAT_MAX_LEVEL; lv++) {
				buf_addf(b, "<label class=\"level\"><input type=\"radio\" name=\"a_%s\" "
					 "value=\"%d\" required%s><span class=\"lv\">%d</span> <span>", id,
					 lv, was && was[0] == '0' + lv && !was[1] ? " checked" : "", lv);
				html_esc(b, assess_level_text(r->lang, k, lv));
				buf_adds(b, "</span></label>");
			}
			if (maturity_na_allowed((enum mat_block)k))
				buf_addf(b, "<label class=\"level na\"><input type=\"radio\" name=\"a_%s\" "
					 "value=\"na\"%s><span class=\"lv\">–</span> <span>%s</span></label>",
					 id, was && !strcmp(was, "na") ? " checked" : "",
					 T(r, I_NOT_APPLICABLE));
			buf_addf(b, "</div><label class=\"target\">%s <select name=\"t_%s\">",
				 T(r, I_TARGET_LEVEL), id);
			for (int lv = 0; lv <= MAT_MAX_LEVEL; lv++) {
				int on = tw && *tw ? tw[0] == '0' + lv && !tw[1] : lv == MAT_DEFAULT_TARGET;
				buf_addf(b, "<option value=\"%d\"%s>%d</option>", lv, on ? " selected" : "", lv);
			}
			buf_adds(b, "</select></label></fieldset>");
		}
	}
	buf_addf(b, "<button type=\"submit\">%s</button></form>", T(r, I_ASSESS_SAVE));
}

static void set_text(json_t *o, const char *key, const char *v)
{
	if (v && *v)
		json_object_set_new(o, key, json_string(v));
}

/* The form's answers as the JSON document of docs/assessments.md; a value
 * that is not a level is passed on as text, so that the document's checks
 * name it by its JSON path. */
static char *maturity_doc(struct web_req *r)
{
	json_t *doc = json_object(), *firm = json_object(), *ans = json_object(),
	       *tgt = json_object();
	const char *tin = scope(r);
	char *s;
	if (tin) {
		const char *name = assess_firm_name(r, tin);
		set_text(firm, "name", name ? name : tin);
		set_text(firm, "tin", tin);
	} else {
		set_text(firm, "name", form_get(&r->form, "name"));
		set_text(firm, "tin", form_get(&r->form, "tin"));
		set_text(firm, "region", form_get(&r->form, "region"));
		set_text(firm, "zone", form_get(&r->form, "zone"));
		set_text(firm, "sector", form_get(&r->form, "sector"));
	}
	for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
		const char *id = maturity_block_id((enum mat_block)k);
		const char *a = form_get(&r->form, arena_printf(&r->arena, "a_%s", id));
		const char *t = form_get(&r->form, arena_printf(&r->arena, "t_%s", id));
		if (a && !strcmp(a, "na"))
			json_object_set_new(ans, id, json_null());
		else if (a && a[0] >= '0' && a[0] <= '4' && !a[1])
			json_object_set_new(ans, id, json_integer(a[0] - '0'));
		else if (a)
			json_object_set_new(ans, id, json_string(a));
		if (t && t[0] >= '0' && t[0] <= '4' && !t[1])
			json_object_set_new(tgt, id, json_integer(t[0] - '0'));
		else if (t && *t)
			json_object_set_new(tgt, id, json_string(t));
	}
	json_object_set_new(doc, "firm", firm);
	json_object_set_new(doc, "answers", ans);
	json_object_set_new(doc, "targets", tgt);
	s = json_dumps(doc, JSON_INDENT(2));
	json_decref(doc);
	return s;
}

static int form_page(struct web_req *r, unsigned status, struct sb40_error *err);

/* Run the document TEXT of kind K for the signed-in user and store it;
 * then to its page, or the form again with what is wrong. */
static int submit(struct web_req *r, enum assess_kind k, const char *text, size_t len,
		  const char *file)
{
	struct sb40_error err;
	struct buf out = BUF_INIT;
	const char *tin = scope(r);
	long id = 0;
	int rc;
	if (tin && !*tin)
		return web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", NULL,
				"this firm account is not bound to a firm");
	struct assess_job j = {k, text, len, file, "json", r->lang, r->st, 1, tin, tin != NULL,
			       r->user->login};
	error_clear(&err);
	rc = assess_run(&j, &out, &id, &err);
	buf_release(&out);
	if (rc)
		return form_page(r, assess_status_of(&err), &err);
	return web_redirect(r, arena_printf(&r->arena, "/assess/%ld", id));
}

int h_assess_maturity(struct web_req *r)
{
	char *doc = maturity_doc(r);
	int rc;
	if (!doc)
		return web_fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", NULL, "out of memory");
	rc = submit(r, ASSESS_MATURITY, doc, strlen(doc), "form");
	free(doc);
	return rc;
}

/* ---- the form pages ---- */

static int form_page(struct web_req *r, unsigned status, struct sb40_error *err)
{
	struct buf b = BUF_INIT;
	const char *title = assess_title(r->lang, ASSESS_MATURITY);
	page_begin(r, &b, title, "/assess");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/assess\">%s</a> / %s</p><h1>", T(r, I_ASSESSMENTS),
		 T(r, I_NEW_ASSESSMENT));
	html_esc(&b, title);
	buf_addf(&b, "</h1><p class=\"lead\">%s</p>", T(r, I_MATURITY_HINT));
	if (err)
		assess_failed(r, &b, err);
	maturity_form(r, &b, err ? &r->form : NULL);
	page_end(r, &b);
	return web_send(r, status, "text/html; charset=utf-8", &b);
}

int h_assess_maturity_form(struct web_req *r)
{
	return form_page(r, MHD_HTTP_OK, NULL);
}

/* ---- a stored assessment ---- */

int h_assess_show(struct web_req *r)
{
	struct buf out = BUF_INIT, b = BUF_INIT;
	struct sb40_error err;
	enum assess_kind k = ASSESS_MATURITY;
	const char *tin = scope(r);
	char *end;
	long id = strtol(r->cap[0], &end, 10);
	if (*end || id <= 0)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", NULL, "no assessment %.40s",
				r->cap[0]);
	if (web_scope_assessment(r, id, &err) ||
	    assess_show(r->st, id, tin, "html-part", r->lang, &out, &k, &err)) {
		buf_release(&out);
		return web_fail_err(r, &err);
	}
	page_begin(r, &b, assess_title(r->lang, k), "/assess");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/assess\">%s</a> / %s #%ld</p>",
		 T(r, I_ASSESSMENTS), kind_label(r, assess_kind_name(k)), id);
	buf_add(&b, out.data, out.len);
	buf_addf(&b, "<p class=\"row\"><a class=\"button ghost\" href=\"/api/v1/assessments/%ld\" "
		 "download=\"assessment-%ld.json\">%s</a>", id, id, T(r, I_DOWNLOAD_JSON));
	if (!web_scope_zone(r)) /* zone managers read only */
		buf_addf(&b, "<a class=\"button ghost\" href=\"/assess/%s\">%s</a>",
			 assess_kind_name(k), T(r, I_NEW_ASSESSMENT));
	buf_adds(&b, "</p>");
	buf_release(&out);
	page_end(r, &b);
	return page_send(r, &b);
}

/* ---- the list ---- */

struct list_ctx {
	struct web_req *r;
	struct buf *b;
	int n;
};

static void cell(struct buf *b, const char *s, int num)
{
	buf_adds(b, num ? "<td class=\"num\">" : "<td>");
	html_esc(b, s && *s ? s : "–");
	buf_adds(b, "</td>");
}

static int list_row(void *c, const struct store_assessment *a)
{
	struct list_ctx *lc = c;
	struct web_req *r = lc->r;
	struct buf *b = lc->b;
	json_t *s = assess_summary_json(a);
	const char *res;
	if (!s)
		return SB40_ENOMEM;
	if (!strcmp(a->kind, "maturity"))
		res = arena_printf(&r->arena, "%s / 100 · %s",
				   web_num(r, json_number_value(json_object_get(s, "overall")), 1),
				   assess_stage_name(r->lang, (int)json_integer_value(
								      json_object_get(s, "stage"))));
	else {
		const char *v = json_string_value(json_object_get(s, "verdict"));
		const char *w = json_string_value(json_object_get(s, "winner"));
		res = arena_printf(&r->arena, "%s%s%s",
				   assess_verdict_name(r->lang, v && !strcmp(v, "go")), w ? " · " : "",
				   w ? w : "");
	}
	buf_addf(b, "<tr><td><a href=\"/assess/%ld\">#%ld</a></td>", a->id, a->id);
	cell(b, kind_label(r, a->kind), 0);
	cell(b, a->firm, 0);
	cell(b, a->tin, 0);
	cell(b, a->zone, 0);
	cell(b, a->region, 0);
	cell(b, a->sector, 0);
	cell(b, web_date(r, a->created_at), 0);
	cell(b, a->created_by, 0);
	cell(b, res, 0);
	buf_adds(b, "</tr>");
	json_decref(s);
	lc->n++;
	return 0;
}

/* "/assess?kind=..&..&page=" for the filters of F (the scope's own values
 * are not repeated), HTML-escaped. */
static void page_href(struct web_req *r, struct buf *b, const struct store_assessment_filter *f,
		      long per, long page)
{
	const char *names[5] = {"kind", "tin", "zone", "region", "sector"};
	const char *vals[5] = {f->kind, web_scope_tin(r) ? NULL : f->tin, f->zone, f->region,
			       f->sector};
	buf_adds(b, "/assess?");
	for (int i = 0; i < 5; i++)
		if (vals[i]) {
			buf_addf(b, "%s=", names[i]);
			url_enc(b, vals[i]);
			buf_adds(b, "&amp;");
		}
	if (per != PER_PAGE)
		buf_addf(b, "per_page=%ld&amp;", per);
	buf_addf(b, "page=%ld", page);
}

/* Links to the pages around PAGE of PAGES: newer, 1, .., page-2..page+2, .., last, older. */
static void pager(struct web_req *r, struct buf *b, const struct store_assessment_filter *f,
		  long per, long page, long pages)
{
	long prev = 0, lo = page - 2 > 2 ? page - 2 : 2, hi = page + 2 < pages ? page + 2 : pages - 1;
	buf_addf(b, "<nav class=\"pager\" aria-label=\"%s\">", T(r, I_PAGE));
	if (page > 1) {
		buf_adds(b, "<a rel=\"prev\" href=\"");
		page_href(r, b, f, per, page - 1);
		buf_addf(b, "\">← %s</a>", T(r, I_NEWER));
	}
	for (long p = 1; p <= pages;) { /* 1, lo..hi, pages */
		if (prev && p > prev + 1)
			buf_adds(b, "<span>…</span>");
		if (p == page) {
			buf_addf(b, "<strong aria-current=\"page\">%ld</strong>", p);
		} else {
			buf_adds(b, "<a href=\"");
			page_href(r, b, f, per, p);
			buf_addf(b, "\">%ld</a>", p);
		}
		prev = p;
		if (lo <= hi && p < lo)
			p = lo;
		else if (lo <= hi && p < hi)
			p++;
		else if (p < pages)
			p = pages;
		else
			break;
	}
	if (page < pages) {
		buf_adds(b, "<a rel=\"next\" href=\"");
		page_href(r, b, f, per, page + 1);
		buf_addf(b, "\">%s →</a>", T(r, I_OLDER));
	}
	buf_adds(b, "</nav>");
}

/* The filters as a GET form: a firm account chooses the kind only; the
 * zone (as recorded) is for staff, a zone manager's zone being its scope. */
static void filter_form(struct web_req *r, struct buf *b, const struct store_assessment_filter *f,
			long per)
{
	const char *kinds[2] = {"maturity", "innovation"};
	buf_addf(b, "<form method=\"get\" action=\"/assess\" class=\"zform\"><label>%s "
		 "<select name=\"kind\"><option value=\"\">%s</option>", T(r, I_KIND),
		 T(r, I_ALL_KINDS));
	for (int i = 0; i < 2; i++)
		buf_addf(b, "<option value=\"%s\"%s>%s</option>", kinds[i],
			 f->kind && !strcmp(f->kind, kinds[i]) ? " selected" : "",
			 kind_label(r, kinds[i]));
	buf_adds(b, "</select></label>");
	if (!web_scope_tin(r)) {
		text_input(b, T(r, I_TIN), "tin", f->tin, 0);
		if (!web_scope_zone(r))
			text_input(b, T(r, I_RECORDED_ZONE), "zone", f->zone, 0);
		text_input(b, T(r, I_REGION), "region", f->region, 0);
		text_input(b, T(r, I_SECTOR), "sector", f->sector, 0);
		assess_datalists(r, b);
	}
	if (per != PER_PAGE)
		buf_addf(b, "<input type=\"hidden\" name=\"per_page\" value=\"%ld\">", per);
	buf_addf(b, " <button type=\"submit\">%s</button> <a href=\"/assess\">%s</a></form>",
		 T(r, I_SHOW), T(r, I_CLEAR_FILTERS));
}

int h_assess_list(struct web_req *r)
{
	struct store_assessment_filter f;
	struct buf b = BUF_INIT, rows = BUF_INIT;
	struct sb40_error err;
	struct list_ctx lc = {r, &rows, 0};
	const char *zone = web_scope_zone(r);
	long page, per = PER_PAGE, total = 0, pages;
	int rc;

	if (web_assess_args_or_respond(r, &f, &page, &per))
		return 1;
	if ((rc = store_assessment_count(r->st, &f, &total, &err)) ||
	    (rc = store_assessment_list(r->st, &f, list_row, &lc, &err))) {
		buf_release(&rows);
		if (rc == SB40_ENOMEM)
			error_set(&err, rc, "out of memory");
		return web_fail_err(r, &err);
	}
	pages = total > 0 ? (total + per - 1) / per : 1;
	page_begin(r, &b, T(r, I_ASSESSMENTS), "/assess");
	buf_addf(&b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_ASSESSMENTS), T(r, I_ASSESS_LEAD));
	if (zone) {
		buf_addf(&b, "<p class=\"note scope\">%s: <strong>", T(r, I_ZONE_FIRMS_NOTE));
		html_esc(&b, zone);
		buf_adds(&b, "</strong></p>");
	} else {
		buf_addf(&b, "<section class=\"card\"><h2>%s</h2><p class=\"row\">"
			 "<a class=\"button\" href=\"/assess/maturity\">%s</a>"
			 "<a class=\"button\" href=\"/assess/innovation\">%s</a></p></section>",
			 T(r, I_NEW_ASSESSMENT), T(r, I_KIND_MATURITY), T(r, I_KIND_INNOVATION));
	}
	buf_addf(&b, "<section class=\"card\"><h2>%s</h2>", T(r, I_PAST_ASSESSMENTS));
	filter_form(r, &b, &f, per);
	buf_addf(&b, "<p class=\"total\">%s: <strong>%ld</strong> · %s %ld / %ld</p>",
		 T(r, I_ASSESS_TOTAL), total, T(r, I_PAGE), page, pages);
	if (!lc.n) {
		buf_addf(&b, "<p class=\"muted\">%s</p>", T(r, I_NO_ASSESSMENTS));
	} else {
		buf_addf(&b, "<table class=\"data assessments\"><thead><tr><th>#</th><th>%s</th>"
			 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
			 "<th>%s</th></tr></thead><tbody>", T(r, I_KIND), T(r, I_FIRM), T(r, I_TIN),
			 T(r, I_ZONE), T(r, I_REGION), T(r, I_SECTOR), T(r, I_CREATED),
			 T(r, I_RECORDED_BY), T(r, I_RESULT));
		buf_add(&b, rows.data, rows.len);
		buf_adds(&b, "</tbody></table>");
	}
	if (pages > 1 || page > 1)
		pager(r, &b, &f, per, page, pages);
	buf_adds(&b, "</section>");
	buf_release(&rows);
	page_end(r, &b);
	return page_send(r, &b);
}
