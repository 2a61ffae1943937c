/* h_assess_innov.c - the imitative-innovation assessment page: a
 * structured form (the firm, its capabilities, SWOT factors, the market's
 * sales, criteria with weights or a pairwise grid, candidates with a score
 * per criterion) that works without JavaScript, and, folded under
 * "advanced", the JSON document pasted or uploaded as before.
 *
 * Both end in io/assess_run: the form's fields become the document
 * (web/innov_form.c, with jansson), so it is checked exactly as a pasted
 * one.  On an error the form comes back with every value as typed, the
 * message beside the field its JSON path names (aria-invalid, class
 * "invalid"); "add rows" (name="more") comes back with more blank rows.
 *
 * Who: as h_assess.c: staff for any firm; a firm account for its own, its
 * TIN shown read-only and forced on the document.
 * Ownership: strings in the request's arena; the document is freed here.
 */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/assess_web.h"
#include "web/innov_form.h"
#include "domain/innovation.h"
#include "io/assess_run.h"
#include <stdlib.h>
#include <string.h>

struct page {
	struct web_req *r;
	struct buf *b;
	const struct form *in; /* the posted fields (none on a first showing) */
	struct innov_form f;
	const char *bad;       /* the field (row, group) an error points at */
	const char *badmsg;
	const char *name;      /* a firm account's registered name, for a first showing */
};

static const char *word(const struct page *p, enum innov_word w, int k)
{
	return innov_form_word((int)p->r->li, w, k);
}

static const char *value(const struct page *p, const char *name)
{
	const char *v = form_get(p->in, name);
	if (!v && p->name && !strcmp(name, "name"))
		return p->name;
	return v ? v : "";
}

/* id="f-NAME", class CLS (may be NULL) and, when the error points at it,
 * its marks. */
static void marks(struct page *p, const char *name, const char *cls)
{
	int bad = p->bad && !strcmp(p->bad, name);
	buf_addf(p->b, " id=\"f-%s\"", name);
	if (cls || bad)
		buf_addf(p->b, " class=\"%s%s%s\"", cls ? cls : "", cls && bad ? " " : "",
			 bad ? "invalid" : "");
	if (bad)
		buf_adds(p->b, " aria-invalid=\"true\" aria-describedby=\"ferr\"");
}

/* The error's message beside field NAME. */
static void message(struct page *p, const char *name)
{
	if (p->bad && !strcmp(p->bad, name)) {
		buf_adds(p->b, "<span class=\"ferr\" id=\"ferr\" role=\"alert\">");
		html_esc(p->b, p->badmsg);
		buf_adds(p->b, "</span>");
	}
}

static void aria_label(struct buf *b, const char *label)
{
	buf_adds(b, " aria-label=\"");
	html_esc(b, label);
	buf_adds(b, "\"");
}

/* <input NAME> with its posted value; NUMERIC: a decimal keyboard. */
static void input(struct page *p, const char *name, const char *label, int numeric,
		  const char *extra)
{
	buf_addf(p->b, "<input name=\"%s\"", name);
	marks(p, name, numeric ? "num" : NULL);
	if (label)
		aria_label(p->b, label);
	if (numeric)
		buf_adds(p->b, " inputmode=\"decimal\"");
	if (extra)
		buf_adds(p->b, extra);
	buf_adds(p->b, " value=\"");
	html_esc(p->b, value(p, name));
	buf_adds(p->b, "\">");
	message(p, name);
}

/* <select NAME>: N options VALS with LABELS; a blank first option when
 * BLANK; a posted value that is none of them is kept as one more option. */
static void choice(struct page *p, const char *name, const char *label, int n,
		   const char *const *vals, const char *const *labels, const char *blank,
		   const char *dflt)
{
	const char *v = form_get(p->in, name);
	int found = 0;
	if (!v)
		v = dflt ? dflt : "";
	buf_addf(p->b, "<select name=\"%s\"", name);
	marks(p, name, NULL);
	if (label)
		aria_label(p->b, label);
	buf_adds(p->b, ">");
	if (blank) {
		buf_addf(p->b, "<option value=\"\"%s>", *v ? "" : " selected");
		html_esc(p->b, blank);
		buf_adds(p->b, "</option>");
		found = !*v;
	}
	for (int i = 0; i < n; i++) {
		int on = !strcmp(v, vals[i]);
		found |= on;
		buf_adds(p->b, "<option value=\"");
		html_esc(p->b, vals[i]);
		buf_addf(p->b, "\"%s>", on ? " selected" : "");
		html_esc(p->b, labels[i]);
		buf_adds(p->b, "</option>");
	}
	if (!found) {
		buf_adds(p->b, "<option selected value=\"");
		html_esc(p->b, v);
		buf_adds(p->b, "\">");
		html_esc(p->b, v);
		buf_adds(p->b, "</option>");
	}
	buf_adds(p->b, "</select>");
	message(p, name);
}

static void labelled(struct page *p, const char *label, const char *name, const char *extra)
{
	buf_adds(p->b, "<label>");
	html_esc(p->b, label);
	input(p, name, NULL, 0, extra);
	buf_adds(p->b, "</label>");
}

/* <fieldset id=g_ID> with its legend; a message for the whole group. */
static void group_begin(struct page *p, const char *id, const char *legend, const char *cls)
{
	buf_addf(p->b, "<fieldset class=\"%s%s\" id=\"f-%s\"><legend>", cls,
		 p->bad && !strcmp(p->bad, id) ? " invalid" : "", id);
	html_esc(p->b, legend);
	buf_adds(p->b, "</legend>");
	message(p, id);
}

static void more_button(struct page *p, enum innov_group g)
{
	buf_addf(p->b, "<p><button type=\"submit\" name=\"more\" value=\"%s\" class=\"ghost small\" "
		 "formnovalidate>+ %s</button></p>", innov_group_id(g), T(p->r, I_IF_MORE_ROWS));
}

/* <tr id=f-GROUP_ROW> with the row's number; a message for the whole row. */
static void row_begin(struct page *p, enum innov_group g, int row)
{
	const char *id = arena_printf(&p->r->arena, "%s_%d", innov_group_id(g), row);
	buf_addf(p->b, "<tr id=\"f-%s\"%s><th scope=\"row\">%d", id,
		 p->bad && !strcmp(p->bad, id) ? " class=\"invalid\"" : "", row + 1);
	message(p, id);
	buf_adds(p->b, "</th>");
}

static const char *fname(struct page *p, enum innov_group g, int row, const char *key)
{
	return arena_printf(&p->r->arena, "%s_%d_%s", innov_group_id(g), row, key);
}

static const char *row_label(struct page *p, const char *group, int row, const char *what)
{
	return arena_printf(&p->r->arena, "%s, %s %d: %s", group, T(p->r, I_IF_ROW), row + 1, what);
}

/* A cell of row ROW of G: input KEY (KIND 0 text, 1 a number, 2 wide
 * text), labelled for screen readers "GNAME, row N: WHAT". */
static void td_input(struct page *p, enum innov_group g, const char *gname, int row,
		     const char *key, const char *what, int kind)
{
	buf_adds(p->b, kind == 2 ? "<td class=\"wide\">" : "<td>");
	input(p, fname(p, g, row, key), row_label(p, gname, row, what), kind == 1, NULL);
	buf_adds(p->b, "</td>");
}

struct opts {
	int n;
	const char *const *vals, *const *labels;
	const char *blank, *dflt; /* as choice() */
};

static void td_choice(struct page *p, enum innov_group g, const char *gname, int row,
		      const char *key, const char *what, const struct opts *o)
{
	buf_adds(p->b, "<td>");
	choice(p, fname(p, g, row, key), row_label(p, gname, row, what), o->n, o->vals, o->labels,
	       o->blank, o->dflt);
	buf_adds(p->b, "</td>");
}

/* ---- the sections ---- */

static void firm_section(struct page *p, const char *tin)
{
	struct web_req *r = p->r;
	buf_addf(p->b, "<fieldset class=\"firm\" id=\"f-g_firm\"><legend>%s</legend>",
		 T(r, I_ABOUT_FIRM));
	message(p, "g_firm");
	buf_adds(p->b, "<div class=\"grid\">");
	labelled(p, T(r, I_NAME), "name", " required");
	if (tin) {
		buf_addf(p->b, "<label>%s <small>(%s)</small><input name=\"tin\" id=\"f-tin\" readonly "
			 "value=\"", T(r, I_TIN), T(r, I_IF_TIN_FIXED));
		html_esc(p->b, tin);
		buf_adds(p->b, "\"></label>");
	} else {
		labelled(p, T(r, I_TIN), "tin", NULL);
	}
	labelled(p, T(r, I_ZONE), "zone", " list=\"dl-zone\"");
	labelled(p, T(r, I_REGION), "region", " list=\"dl-region\"");
	labelled(p, T(r, I_SECTOR), "sector", NULL);
	buf_adds(p->b, "</div>");
	assess_datalists(r, p->b);
	buf_adds(p->b, "</fieldset>");

	/* the six capabilities, 1 very weak .. 5 very strong */
	static const char *const vals[] = {"1", "2", "3", "4", "5"};
	const char *labels[5];
	for (int i = 0; i < 5; i++)
		labels[i] = arena_printf(&r->arena, "%d – %s", i + 1, T(r, (enum i18n_key)(I_IF_LEVEL_1 + i)));
	group_begin(p, "g_caps", word(p, IW_CAPABILITIES, 0), "caps");
	buf_adds(p->b, "<div class=\"grid\">");
	for (int c = 0; c < CAP_COUNT; c++) {
		const char *name = arena_printf(&r->arena, "cap_%s",
						innovation_capability_id((enum capability)c));
		buf_adds(p->b, "<label>");
		html_esc(p->b, word(p, IW_CAP, c));
		choice(p, name, NULL, 5, vals, labels, T(r, I_IF_CHOOSE), NULL);
		buf_adds(p->b, "</label>");
	}
	buf_adds(p->b, "</div></fieldset>");
}

static void swot_section(struct page *p)
{
	struct web_req *r = p->r;
	/* the ratings each group allows (docs/assessments.md) */
	static const char *const v34[] = {"4", "3"}, *const v12[] = {"1", "2"},
				 *const v14[] = {"4", "3", "2", "1"};
	const char *l_str[2], *l_weak[2], *l_ext[4];
	l_str[0] = arena_printf(&r->arena, "4 – %s", T(r, I_IF_MAJOR));
	l_str[1] = arena_printf(&r->arena, "3 – %s", T(r, I_IF_MINOR));
	l_weak[0] = arena_printf(&r->arena, "1 – %s", T(r, I_IF_MAJOR));
	l_weak[1] = arena_printf(&r->arena, "2 – %s", T(r, I_IF_MINOR));
	for (int i = 0; i < 4; i++)
		l_ext[i] = arena_printf(&r->arena, "%d – %s", 4 - i, T(r, (enum i18n_key)(I_IF_RESP_4 - i)));

	group_begin(p, "g_swot", word(p, IW_SWOT, 0), "swot");
	buf_addf(p->b, "<p class=\"muted\">%s</p>", T(r, I_IF_SWOT_HINT));
	for (int g = IG_STRENGTHS; g <= IG_THREATS; g++) {
		const char *gname = word(p, IW_SWOT_GROUP, g);
		const char *const *vals = g == IG_STRENGTHS ? v34 : g == IG_WEAKNESSES ? v12 : v14;
		const char *const *labels = g == IG_STRENGTHS ? l_str : g == IG_WEAKNESSES ? l_weak : l_ext;
		group_begin(p, arena_printf(&r->arena, "g_%s", innov_group_id((enum innov_group)g)),
			    gname, "rows");
		buf_addf(p->b, "<table class=\"rows\"><thead><tr><th>#</th><th>%s</th><th>%s</th>"
			 "<th>%s</th></tr></thead><tbody>", word(p, IW_FACTOR, 0), word(p, IW_WEIGHT, 0),
			 word(p, IW_RATING, 0));
		struct opts o = {g <= IG_WEAKNESSES ? 2 : 4, vals, labels, "–", NULL};
		for (int row = 0; row < p->f.rows[g]; row++) {
			enum innov_group gg = (enum innov_group)g;
			row_begin(p, gg, row);
			td_input(p, gg, gname, row, "factor", word(p, IW_FACTOR, 0), 2);
			td_input(p, gg, gname, row, "weight", word(p, IW_WEIGHT, 0), 1);
			td_choice(p, gg, gname, row, "rating", word(p, IW_RATING, 0), &o);
			buf_adds(p->b, "</tr>");
		}
		buf_adds(p->b, "</tbody></table>");
		more_button(p, (enum innov_group)g);
		buf_adds(p->b, "</fieldset>");
	}
	buf_adds(p->b, "</fieldset>");
}

static void market_section(struct page *p)
{
	struct web_req *r = p->r;
	const char *vals[IMIT_TYPE_COUNT], *labels[IMIT_TYPE_COUNT];
	for (int t = 0; t < IMIT_TYPE_COUNT; t++) {
		vals[t] = innovation_type_id((enum imitation_type)t);
		labels[t] = word(p, IW_TYPE, t);
	}
	group_begin(p, "g_market", T(r, I_IF_MARKET), "market");
	buf_adds(p->b, "<div class=\"grid\">");
	labelled(p, word(p, IW_PRODUCT, 0), "product", NULL);
	buf_addf(p->b, "<label>%s", T(r, I_IF_IMITATION_TYPE));
	choice(p, "imitation_type", NULL, IMIT_TYPE_COUNT, vals, labels, T(r, I_IF_CHOOSE), NULL);
	buf_adds(p->b, "</label></div>");
	group_begin(p, "g_sales", T(r, I_IF_SALES), "rows");
	buf_addf(p->b, "<p class=\"muted\">%s</p><table class=\"rows\"><thead><tr><th>#</th>"
		 "<th>%s</th><th>%s</th></tr></thead><tbody>", T(r, I_IF_SALES_HINT),
		 T(r, I_IF_PERIOD), T(r, I_IF_VALUE));
	for (int row = 0; row < p->f.rows[IG_SALES]; row++) {
		row_begin(p, IG_SALES, row);
		td_input(p, IG_SALES, T(r, I_IF_SALES), row, "period", T(r, I_IF_PERIOD), 0);
		td_input(p, IG_SALES, T(r, I_IF_SALES), row, "value", T(r, I_IF_VALUE), 1);
		buf_adds(p->b, "</tr>");
	}
	buf_adds(p->b, "</tbody></table>");
	more_button(p, IG_SALES);
	buf_adds(p->b, "</fieldset></fieldset>");
}

/* The criterion's name in row ROW, or "#ROW+1". */
static const char *crit_name(struct page *p, int row)
{
	const char *v = value(p, fname(p, IG_CRIT, row, "name"));
	return *v ? v : arena_printf(&p->r->arena, "#%d", row + 1);
}

static void pairwise_grid(struct page *p)
{
	struct web_req *r = p->r;
	int n = p->f.rows[IG_CRIT];
	buf_addf(p->b, "<details class=\"pairwise%s\" id=\"f-g_pw\"%s><summary>%s</summary>",
		 p->bad && !strcmp(p->bad, "g_pw") ? " invalid" : "", p->f.pairwise ? " open" : "",
		 T(r, I_IF_PAIRWISE));
	message(p, "g_pw");
	buf_addf(p->b, "<p class=\"muted\">%s</p><div class=\"scroll\"><table class=\"rows pw\">"
		 "<thead><tr><th></th>", T(r, I_IF_PAIRWISE_HINT));
	for (int j = 0; j < n; j++) {
		buf_addf(p->b, "<th scope=\"col\" data-crit=\"%d\">", j);
		html_esc(p->b, crit_name(p, j));
		buf_adds(p->b, "</th>");
	}
	buf_adds(p->b, "</tr></thead><tbody>");
	for (int i = 0; i < n; i++) {
		buf_addf(p->b, "<tr><th scope=\"row\" data-crit=\"%d\">", i);
		html_esc(p->b, crit_name(p, i));
		buf_adds(p->b, "</th>");
		for (int j = 0; j < n; j++) {
			if (i == j) {
				buf_adds(p->b, "<td class=\"diag\">1</td>");
			} else if (i < j) {
				buf_adds(p->b, "<td>");
				input(p, arena_printf(&r->arena, "pw_%d_%d", i, j),
				      arena_printf(&r->arena, "%s : %s", crit_name(p, i), crit_name(p, j)), 1,
				      " size=\"4\"");
				buf_adds(p->b, "</td>");
			} else {
				/* the reciprocal, shown once the upper cell is known */
				const char *u = value(p, arena_printf(&r->arena, "pw_%d_%d", j, i));
				const char *s = strchr(u, '/');
				buf_adds(p->b, "<td class=\"recip\">");
				if (s && !strncmp(u, "1/", 2))
					html_esc(p->b, u + 2);
				else if (s)
					html_esc(p->b, arena_printf(&r->arena, "%s/%.*s", s + 1, (int)(s - u), u));
				else if (*u)
					html_esc(p->b, arena_printf(&r->arena, "1/%s", u));
				buf_adds(p->b, "</td>");
			}
		}
		buf_adds(p->b, "</tr>");
	}
	buf_adds(p->b, "</tbody></table></div></details>");
}

static void criteria_section(struct page *p)
{
	struct web_req *r = p->r;
	static const char *const dirs[] = {"benefit", "cost"};
	const char *dl[2] = {word(p, IW_DIR, 0), word(p, IW_DIR, 1)};
	const struct opts o = {2, dirs, dl, NULL, "benefit"};
	const char *gname = T(r, I_IF_CRITERIA);
	group_begin(p, "g_crit", gname, "rows");
	buf_addf(p->b, "<fieldset class=\"choices\"><legend>%s</legend>", T(r, I_IF_WEIGHTING));
	buf_addf(p->b, "<label class=\"choice\"><input type=\"radio\" name=\"weighting\" "
		 "value=\"weights\"%s> %s</label>", p->f.pairwise ? "" : " checked",
		 T(r, I_IF_BY_WEIGHTS));
	buf_addf(p->b, "<label class=\"choice\"><input type=\"radio\" name=\"weighting\" "
		 "value=\"pairwise\"%s> %s</label></fieldset>", p->f.pairwise ? " checked" : "",
		 T(r, I_IF_BY_PAIRWISE));
	buf_addf(p->b, "<table class=\"rows\"><thead><tr><th>#</th><th>%s</th><th>%s</th>"
		 "<th>%s</th><th>%s</th></tr></thead><tbody>", word(p, IW_CRITERION, 0),
		 word(p, IW_DIRECTION, 0), word(p, IW_WEIGHT, 0), T(r, I_IF_DESCRIPTION));
	for (int row = 0; row < p->f.rows[IG_CRIT]; row++) {
		row_begin(p, IG_CRIT, row);
		td_input(p, IG_CRIT, gname, row, "name", word(p, IW_CRITERION, 0), 0);
		td_choice(p, IG_CRIT, gname, row, "direction", word(p, IW_DIRECTION, 0), &o);
		td_input(p, IG_CRIT, gname, row, "weight", word(p, IW_WEIGHT, 0), 1);
		td_input(p, IG_CRIT, gname, row, "description", T(r, I_IF_DESCRIPTION), 2);
		buf_adds(p->b, "</tr>");
	}
	buf_adds(p->b, "</tbody></table>");
	more_button(p, IG_CRIT);
	pairwise_grid(p);
	buf_adds(p->b, "</fieldset>");
}

static void candidates_section(struct page *p)
{
	struct web_req *r = p->r;
	const char *vals[PROP_COUNT], *labels[PROP_COUNT];
	const char *gname = T(r, I_IF_CANDIDATES);
	int nc = p->f.rows[IG_CRIT];
	for (int k = 0; k < PROP_COUNT; k++) {
		vals[k] = innovation_property_id((enum property_status)k);
		labels[k] = word(p, IW_PROP, k);
	}
	const struct opts o = {PROP_COUNT, vals, labels, NULL, "public"};
	group_begin(p, "g_cand", gname, "rows");
	buf_addf(p->b, "<p class=\"muted\">%s</p><div class=\"scroll\"><table class=\"rows cand\">"
		 "<thead><tr><th>#</th><th>%s</th><th>%s</th><th>%s</th>", T(r, I_IF_SCORES_HINT),
		 word(p, IW_CANDIDATE, 0), word(p, IW_PROPERTY, 0), T(r, I_IF_DESCRIPTION));
	for (int c = 0; c < nc; c++) {
		buf_addf(p->b, "<th scope=\"col\" class=\"score\" data-crit=\"%d\">", c);
		html_esc(p->b, crit_name(p, c));
		buf_adds(p->b, "</th>");
	}
	buf_adds(p->b, "</tr></thead><tbody>");
	for (int row = 0; row < p->f.rows[IG_CAND]; row++) {
		row_begin(p, IG_CAND, row);
		td_input(p, IG_CAND, gname, row, "name", word(p, IW_CANDIDATE, 0), 0);
		td_choice(p, IG_CAND, gname, row, "property", word(p, IW_PROPERTY, 0), &o);
		td_input(p, IG_CAND, gname, row, "description", T(r, I_IF_DESCRIPTION), 0);
		for (int c = 0; c < nc; c++)
			td_input(p, IG_CAND, gname, row, arena_printf(&r->arena, "score_%d", c),
				 crit_name(p, c), 1);
		buf_adds(p->b, "</tr>");
	}
	buf_adds(p->b, "</tbody></table></div>");
	more_button(p, IG_CAND);
	buf_adds(p->b, "</fieldset>");
}

/* The structured form; P->in holds the values to show again. */
static void structured_form(struct page *p)
{
	struct web_req *r = p->r;
	const char *tin = web_scope_tin(r);
	buf_addf(p->b, "<form method=\"post\" action=\"/assess/innovation\" class=\"stack assess innov\" "
		 "id=\"innovform\">");
	/* pressing Enter in a field submits, not adds rows: the first button */
	buf_addf(p->b, "<button type=\"submit\" name=\"go\" value=\"1\" class=\"implicit\" "
		 "tabindex=\"-1\" aria-hidden=\"true\">%s</button>", T(r, I_ASSESS_SAVE));
	html_csrf(r, p->b);
	buf_adds(p->b, "<input type=\"hidden\" name=\"form\" value=\"structured\">");
	for (int g = 0; g < IG_COUNT; g++)
		buf_addf(p->b, "<input type=\"hidden\" name=\"n_%s\" value=\"%d\">",
			 innov_group_id((enum innov_group)g), p->f.rows[g]);
	firm_section(p, tin);
	swot_section(p);
	market_section(p);
	criteria_section(p);
	candidates_section(p);
	buf_addf(p->b, "<p><button type=\"submit\" name=\"go\" value=\"1\" class=\"go\">%s</button></p>"
		 "</form>", T(r, I_ASSESS_SAVE));
}

/* The JSON document pasted or uploaded, as before. */
static void document_form(struct web_req *r, struct buf *b, const char *document, int open)
{
	buf_addf(b, "<details class=\"advanced\" id=\"advanced\"%s><summary>%s</summary>",
		 open ? " open" : "", T(r, I_IF_ADVANCED));
	buf_addf(b, "<p class=\"muted\">%s</p>", T(r, I_INNOVATION_HINT));
	buf_addf(b, "<form method=\"post\" action=\"/assess/innovation\" "
		 "enctype=\"multipart/form-data\" class=\"stack assess\">");
	html_csrf(r, b);
	buf_addf(b, "<label>%s<textarea name=\"document\" rows=\"18\" spellcheck=\"false\" "
		 "class=\"code\">", T(r, I_DOCUMENT));
	html_esc(b, document ? document : "");
	buf_addf(b, "</textarea></label><label>%s<input type=\"file\" name=\"file\" "
		 "accept=\".json,application/json\"></label><button type=\"submit\">%s</button>"
		 "</form></details>", T(r, I_JSON_FILE), T(r, I_ASSESS_SAVE));
}

/* The page: ERR (may be NULL) above the forms; PG->in the values to show
 * again, PG->bad the field ERR points at; DOCUMENT the pasted or uploaded
 * text (NULL: none; the "advanced" part is opened when set with ERR). */
static int show(struct web_req *r, unsigned status, struct sb40_error *err, const struct page *pg,
		const char *document)
{
	struct buf b = BUF_INIT;
	const char *title = assess_title(r->lang, ASSESS_INNOVATION);
	struct page q = *pg, *p = &q;
	q.r = r;
	q.b = &b;
	page_begin(r, &b, title, "/assess");
	buf_addf(&b, "<p class=\"crumbs\"><a href=\"/assess\">%s</a> / %s</p><h1>", T(r, I_ASSESSMENTS),
		 T(r, I_NEW_ASSESSMENT));
	html_esc(&b, title);
	buf_addf(&b, "</h1><p class=\"lead\">%s</p>", T(r, I_IF_FORM_LEAD));
	if (err) {
		assess_failed(r, &b, err);
		if (p->bad)
			buf_addf(&b, "<p class=\"error\"><a href=\"#f-%s\">%s</a></p>", p->bad,
				 T(r, I_IF_FIX_FIELD));
	}
	structured_form(p);
	document_form(r, &b, document, err && document);
	page_end(r, &b);
	return web_send(r, status, "text/html; charset=utf-8", &b);
}

/* A first showing: a firm account's name and TIN filled in. */
int h_assess_innovation_form(struct web_req *r)
{
	struct page p = {0};
	const char *tin = web_scope_tin(r);
	p.in = arena_alloc(&r->arena, sizeof *p.in);
	if (tin && *tin)
		p.name = assess_firm_name(r, tin);
	innov_form_init(&p.f, p.in, NULL);
	return show(r, MHD_HTTP_OK, NULL, &p, NULL);
}

/* Run document TEXT for the signed-in user; 0 and *ID, or ERR. */
static int run(struct web_req *r, const char *text, size_t len, const char *file, long *id,
	       struct sb40_error *err)
{
	struct buf out = BUF_INIT;
	const char *tin = web_scope_tin(r);
	struct assess_job j = {ASSESS_INNOVATION, text, len, file, "json", r->lang, r->st, 1, tin,
			       tin != NULL, r->user->login};
	int rc;
	error_clear(err);
	rc = assess_run(&j, &out, id, err);
	buf_release(&out);
	return rc;
}

static int structured(struct web_req *r)
{
	struct page p = {0};
	struct sb40_error err;
	const char *tin = web_scope_tin(r);
	json_t *doc;
	char *text;
	long id = 0;
	int rc;
	p.in = &r->form;
	innov_form_init(&p.f, &r->form, form_get(&r->form, "more"));
	if (form_get(&r->form, "more"))
		return show(r, MHD_HTTP_OK, NULL, &p, NULL);
	doc = innov_form_doc(&p.f, &r->form, &r->arena, tin);
	if (tin && !json_object_get(json_object_get(doc, "firm"), "name")) {
		const char *name = assess_firm_name(r, tin);
		json_object_set_new(json_object_get(doc, "firm"), "name", json_string(name ? name : tin));
	}
	text = json_dumps(doc, JSON_INDENT(2));
	if (!text) {
		json_decref(doc);
		return web_fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", NULL, "out of memory");
	}
	rc = run(r, text, strlen(text), "form", &id, &err);
	free(text);
	if (!rc) {
		json_decref(doc);
		return web_redirect(r, arena_printf(&r->arena, "/assess/%ld", id));
	}
	p.bad = innov_form_field(&p.f, doc, err.where, err.msg, &r->arena);
	p.badmsg = web_errmsg(r, &err); /* beside the field, in the request's language */
	json_decref(doc);
	return show(r, assess_status_of(&err), &err, &p, NULL);
}

int h_assess_innovation(struct web_req *r)
{
	const struct form_field *f = form_field(&r->form, "file");
	const struct form_field *d = form_field(&r->form, "document");
	const char *tin = web_scope_tin(r);
	const char *text;
	struct page p = {0};
	struct sb40_error err;
	long id = 0;
	int rc;
	if (tin && !*tin)
		return web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", NULL,
				"this firm account is not bound to a firm");
	if (!f && !d) {
		const char *kind = form_get(&r->form, "form");
		if (kind && !strcmp(kind, "structured"))
			return structured(r);
	}
	/* the document, pasted or uploaded */
	p.in = arena_alloc(&r->arena, sizeof *p.in);
	innov_form_init(&p.f, p.in, NULL);
	if (f && f->len) {
		text = f->value;
		rc = run(r, f->value, f->len, f->filename && *f->filename ? f->filename : "upload.json",
			 &id, &err);
	} else if (d && d->len) {
		text = d->value;
		rc = run(r, d->value, d->len, "document", &id, &err);
	} else {
		error_setwhere(&err, SB40_EINVAL, "document", "paste the document or choose a file");
		return show(r, MHD_HTTP_BAD_REQUEST, &err, &p, "");
	}
	if (rc)
		return show(r, assess_status_of(&err), &err, &p, text);
	return web_redirect(r, arena_printf(&r->arena, "/assess/%ld", id));
}
