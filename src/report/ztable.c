/* ztable.c - building tables and rendering them as text, CSV, JSON, HTML. */
#include "report/ztable.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/text.h"
#include "report/html.h"
#include "report/numfmt.h"

static char *dup(const char *s)
{
	size_t n = strlen(s ? s : "") + 1;
	char *p = malloc(n);
	if (!p)
		abort();
	memcpy(p, s ? s : "", n);
	return p;
}

struct ztable *ztable_new(const char *id, const char *title)
{
	struct ztable *t = calloc(1, sizeof *t);
	if (!t)
		abort();
	t->id = dup(id);
	t->title = dup(title);
	return t;
}

void ztable_free(struct ztable *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nrows * t->ncols; i++) {
		free(t->cells[i].s);
		free(t->cells[i].key);
	}
	for (size_t j = 0; j < t->ncols; j++) {
		free(t->cols[j].id);
		free(t->cols[j].label);
	}
	free(t->cells);
	free(t->id);
	free(t->title);
	free(t->note);
	free(t->svg);
	free(t);
}

void ztable_col(struct ztable *t, const char *id, const char *label)
{
	if (t->ncols >= ZT_MAX_COLS || t->nrows)
		abort(); /* a programming error: columns come first */
	t->cols[t->ncols].id = dup(id);
	t->cols[t->ncols].label = dup(label);
	t->ncols++;
}

void ztable_note(struct ztable *t, const char *note)
{
	free(t->note);
	t->note = dup(note);
}

void ztable_svg(struct ztable *t, const char *svg)
{
	free(t->svg);
	t->svg = dup(svg);
}

void ztable_row(struct ztable *t)
{
	if (t->nrows == t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 16;
		struct zcell *p = realloc(t->cells, nc * t->ncols * sizeof *p);
		if (!p)
			abort();
		t->cells = p;
		t->cap = nc;
	}
	memset(&t->cells[t->nrows * t->ncols], 0, t->ncols * sizeof *t->cells);
	t->nrows++;
}

struct zcell *ztable_cell(struct ztable *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

void ztable_text(struct ztable *t, size_t col, const char *s)
{
	struct zcell *c = ztable_cell(t, t->nrows - 1, col);
	free(c->s);
	c->kind = ZC_TEXT;
	c->s = dup(s);
}

void ztable_coded(struct ztable *t, size_t col, const char *s, const char *key)
{
	ztable_text(t, col, s);
	struct zcell *c = ztable_cell(t, t->nrows - 1, col);
	free(c->key);
	c->key = dup(key);
}

void ztable_num(struct ztable *t, size_t col, double v, int dec)
{
	struct zcell *c = ztable_cell(t, t->nrows - 1, col);
	c->kind = ZC_NUM;
	c->v = v;
	c->dec = dec;
}

int zformat_parse(const char *s, enum zformat *out)
{
	static const char *const names[] = {"text", "csv", "json", "html", "xlsx"};
	for (int i = 0; i < 5; i++)
		if (!strcmp(s, names[i])) {
			*out = (enum zformat)i;
			return 0;
		}
	return -1;
}

/* A cell as a person reads it in language L. */
static const char *human(const struct zcell *c, enum lang l, char *tmp, size_t n)
{
	if (c->kind == ZC_TEXT)
		return c->s;
	if (c->kind == ZC_NUM && c->dec < 0 && !isnan(c->v)) {
		snprintf(tmp, n, "%.0f", c->v); /* a year or a code: no grouping */
		return tmp;
	}
	if (c->kind == ZC_NUM)
		return numfmt(tmp, n, c->v, c->dec, lang_code(l));
	return "";
}

/* A number as JSON and CSV write it: plain, '.' decimals, no grouping. */
static void plain(struct buf *out, double v, int dec)
{
	if (isnan(v) || isinf(v))
		return;
	if (fabs(v) < 1e15 && v == floor(v))
		buf_addf(out, "%.0f", v);
	else
		buf_addf(out, "%.*f", dec < 0 ? 0 : dec > 9 ? 9 : dec, v);
}

static void pad(struct buf *out, const char *s, size_t width, int right)
{
	size_t w = utf8_count(s, strlen(s));
	if (right)
		for (size_t i = w; i < width; i++)
			buf_addc(out, ' ');
	buf_adds(out, s);
	if (!right)
		for (size_t i = w; i < width; i++)
			buf_addc(out, ' ');
}

static void render_text(struct buf *out, const struct zdoc *doc)
{
	char tmp[64];
	buf_addf(out, "%s\n", doc->title);
	for (size_t i = 0; i < 8 && doc->meta[i]; i++)
		buf_addf(out, "%s\n", doc->meta[i]);
	for (size_t k = 0; k < doc->ntables; k++) {
		const struct ztable *t = doc->tables[k];
		size_t width[ZT_MAX_COLS];
		/* a table named like the document needs no second heading */
		buf_addf(out, "\n%s", strcmp(t->title, doc->title) ? t->title : "");
		buf_adds(out, strcmp(t->title, doc->title) ? "\n" : "");
		for (size_t j = 0; j < t->ncols; j++) {
			width[j] = utf8_count(t->cols[j].label, strlen(t->cols[j].label));
			for (size_t i = 0; i < t->nrows; i++) {
				const struct zcell *c = &t->cells[i * t->ncols + j];
				const char *s = human(c, doc->lang, tmp, sizeof tmp);
				size_t w = utf8_count(s, strlen(s));
				if (w > width[j])
					width[j] = w;
			}
		}
		for (size_t j = 0; j < t->ncols; j++) {
			pad(out, t->cols[j].label, j + 1 < t->ncols ? width[j] : 0, 0);
			buf_adds(out, j + 1 < t->ncols ? "  " : "\n");
		}
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->ncols; j++) {
				const struct zcell *c = &t->cells[i * t->ncols + j];
				const char *s = human(c, doc->lang, tmp, sizeof tmp);
				int last = j + 1 == t->ncols;
				pad(out, s, last && c->kind != ZC_NUM ? 0 : width[j], c->kind == ZC_NUM);
				buf_adds(out, last ? "\n" : "  ");
			}
		if (!t->nrows)
			buf_adds(out, "-\n");
		if (t->note)
			buf_addf(out, "%s\n", t->note);
	}
}

static void csv_field(struct buf *out, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		buf_adds(out, s);
		return;
	}
	buf_addc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_addc(out, '"');
		buf_addc(out, *s);
	}
	buf_addc(out, '"');
}

static void render_csv(struct buf *out, const struct zdoc *doc)
{
	for (size_t k = 0; k < doc->ntables; k++) {
		const struct ztable *t = doc->tables[k];
		if (k)
			buf_addc(out, '\n');
		for (size_t j = 0; j < t->ncols; j++) {
			csv_field(out, t->cols[j].id);
			buf_adds(out, j + 1 < t->ncols ? "," : "\n");
		}
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->ncols; j++) {
				const struct zcell *c = &t->cells[i * t->ncols + j];
				if (c->kind == ZC_TEXT)
					csv_field(out, c->key ? c->key : c->s);
				else if (c->kind == ZC_NUM)
					plain(out, c->v, c->dec);
				buf_adds(out, j + 1 < t->ncols ? "," : "\n");
			}
	}
}

static void json_str(struct buf *out, const char *s)
{
	buf_addc(out, '"');
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			buf_addf(out, "\\%c", ch);
		else if (ch == '\n')
			buf_adds(out, "\\n");
		else if (ch < 0x20)
			buf_addf(out, "\\u%04x", ch);
		else
			buf_addc(out, (char)ch);
	}
	buf_addc(out, '"');
}

static void render_json(struct buf *out, const struct zdoc *doc)
{
	buf_adds(out, "{\n  \"command\": ");
	json_str(out, doc->command);
	buf_adds(out, ",\n  \"language\": ");
	json_str(out, lang_code(doc->lang));
	buf_adds(out, ",\n  \"title\": ");
	json_str(out, doc->title);
	if (doc->json_extra && *doc->json_extra)
		buf_addf(out, ",\n  %s", doc->json_extra);
	buf_adds(out, ",\n  \"tables\": {");
	for (size_t k = 0; k < doc->ntables; k++) {
		const struct ztable *t = doc->tables[k];
		buf_adds(out, k ? ",\n    " : "\n    ");
		json_str(out, t->id);
		buf_adds(out, ": {\"title\": ");
		json_str(out, t->title);
		buf_adds(out, ", \"rows\": [");
		for (size_t i = 0; i < t->nrows; i++) {
			buf_adds(out, i ? ",\n      {" : "\n      {");
			for (size_t j = 0; j < t->ncols; j++) {
				const struct zcell *c = &t->cells[i * t->ncols + j];
				if (j)
					buf_adds(out, ", ");
				json_str(out, t->cols[j].id);
				buf_adds(out, ": ");
				if (c->kind == ZC_TEXT)
					json_str(out, c->key ? c->key : c->s);
				else if (c->kind == ZC_NUM && isfinite(c->v) && c->v == floor(c->v) &&
					 fabs(c->v) < 1e15)
					buf_addf(out, "%.0f", c->v);
				else if (c->kind == ZC_NUM && isfinite(c->v))
					buf_addf(out, "%.15g", c->v); /* full precision for programs */
				else
					buf_adds(out, "null");
			}
			buf_addc(out, '}');
		}
		buf_adds(out, t->nrows ? "\n    ]}" : "]}");
	}
	buf_adds(out, "\n  }\n}\n");
}

/* A text cell holding an ISO date (kept on one line in HTML). */
static int is_date(const struct zcell *c)
{
	return c->kind == ZC_TEXT && strlen(c->s) == 10 && c->s[4] == '-' && c->s[7] == '-';
}

static void render_html(struct buf *out, const struct zdoc *doc)
{
	char tmp[64];
	html_begin(out, lang_code(doc->lang), doc->title);
	buf_adds(out, "<h1>");
	html_escape(out, doc->title);
	buf_adds(out, "</h1>\n");
	for (size_t i = 0; i < 8 && doc->meta[i]; i++) {
		buf_adds(out, "<p class=\"meta\">");
		html_escape(out, doc->meta[i]);
		buf_adds(out, "</p>\n");
	}
	for (size_t k = 0; k < doc->ntables; k++) {
		const struct ztable *t = doc->tables[k];
		buf_addf(out, "<section id=\"%s\">\n", t->id);
		if (strcmp(t->title, doc->title) != 0) {
			buf_adds(out, "<h2>");
			html_escape(out, t->title);
			buf_adds(out, "</h2>\n");
		}
		if (t->svg)
			buf_adds(out, t->svg);
		if (t->ncols) {
			buf_adds(out, "<table class=\"z\">\n<thead><tr>");
			for (size_t j = 0; j < t->ncols; j++) {
				buf_adds(out, "<th>");
				html_escape(out, t->cols[j].label);
				buf_adds(out, "</th>");
			}
			buf_adds(out, "</tr></thead>\n<tbody>\n");
			for (size_t i = 0; i < t->nrows; i++) {
				buf_adds(out, "<tr>");
				for (size_t j = 0; j < t->ncols; j++) {
					const struct zcell *c = &t->cells[i * t->ncols + j];
					buf_adds(out, c->kind == ZC_NUM ? "<td class=\"num\">"
						      : is_date(c)	     ? "<td class=\"nw\">"
									     : "<td>");
					html_escape(out, human(c, doc->lang, tmp, sizeof tmp));
					buf_adds(out, "</td>");
				}
				buf_adds(out, "</tr>\n");
			}
			buf_adds(out, "</tbody>\n</table>\n");
		}
		if (t->note) {
			buf_adds(out, "<p class=\"meta\">");
			html_escape(out, t->note);
			buf_adds(out, "</p>\n");
		}
		buf_adds(out, "</section>\n");
	}
	html_end(out);
}

void zdoc_render(struct buf *out, const struct zdoc *doc, enum zformat f)
{
	switch (f) {
	case ZF_CSV:
		render_csv(out, doc);
		break;
	case ZF_JSON:
		render_json(out, doc);
		break;
	case ZF_HTML:
		render_html(out, doc);
		break;
	default:
		render_text(out, doc);
		break;
	}
}

const char *zdoc_keep(struct zdoc *doc, struct buf *b)
{
	char *s = buf_detach(b, NULL);
	if (doc->nown >= sizeof doc->own / sizeof *doc->own)
		abort(); /* a programming error: too many strings */
	doc->own[doc->nown++] = s;
	return s;
}

void zdoc_add(struct zdoc *doc, struct ztable *t)
{
	if (doc->ntables >= sizeof doc->tables / sizeof *doc->tables)
		abort();
	doc->tables[doc->ntables++] = t;
}

void zdoc_release(struct zdoc *doc)
{
	for (size_t i = 0; i < doc->ntables; i++)
		ztable_free(doc->tables[i]);
	for (size_t i = 0; i < doc->nown; i++)
		free(doc->own[i]);
	doc->ntables = doc->nown = 0;
}
