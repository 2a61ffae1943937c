/* h_regress.c - the regression page: upload a CSV, choose the dependent
 * column and the regressors, see the coefficients and fit statistics
 * (stats/ols, the same fit as `sb40 regress`). */
#include "web/web_int.h"
#include "web/handlers.h"
#include "base/csvread.h"
#include "base/parse.h"
#include "stats/ols.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define RG_MAX_COLS 40
#define RG_MAX_ROWS 100000

struct table {
	int ncols;
	size_t nrows;
	const char *name[RG_MAX_COLS];
	int numeric[RG_MAX_COLS];
	double *col[RG_MAX_COLS];
};

/* Read DATA as a CSV of numbers; ERR on a malformed file.  Non-numeric
 * columns are kept by name but marked. */
static int table_read(struct web_req *r, const char *data, size_t len, struct table *t,
		      struct sb40_error *err)
{
	struct csvr *rd = NULL;
	size_t cap = 256;
	int more, rc = 0;
	memset(t, 0, sizeof *t);
	if ((rc = csvr_open_mem("upload.csv", data, len, &rd, err)))
		return rc;
	if ((more = csvr_next(rd, err)) != 1) {
		rc = more < 0 ? err->code
			      : error_setat(err, SB40_EINVAL, "upload.csv", 1, 0, "the file is empty");
		goto out;
	}
	t->ncols = (int)csvr_nfields(rd);
	if (t->ncols > RG_MAX_COLS) {
		rc = error_setat(err, SB40_EINVAL, "upload.csv", 1, 0, "too many columns (at most %d)",
				 RG_MAX_COLS);
		goto out;
	}
	for (int c = 0; c < t->ncols; c++) {
		t->name[c] = arena_strdup(&r->arena, csvr_field(rd, (size_t)c, NULL));
		t->numeric[c] = 1;
		t->col[c] = arena_alloc(&r->arena, cap * sizeof(double));
	}
	while ((more = csvr_next(rd, err)) == 1) {
		if (t->nrows == RG_MAX_ROWS) {
			rc = error_setat(err, SB40_EINVAL, "upload.csv", csvr_line(rd), 0,
					 "too many rows (at most %d)", RG_MAX_ROWS);
			goto out;
		}
		if (t->nrows == cap) {
			for (int c = 0; c < t->ncols; c++) {
				double *n = arena_alloc(&r->arena, cap * 2 * sizeof(double));
				memcpy(n, t->col[c], cap * sizeof(double));
				t->col[c] = n;
			}
			cap *= 2;
		}
		for (int c = 0; c < t->ncols; c++) {
			size_t n = 0;
			const char *f = (size_t)c < csvr_nfields(rd) ? csvr_field(rd, (size_t)c, &n) : "";
			char msg[128];
			double v = NAN;
			if (n && parse_double(f, n, &v, msg, sizeof msg))
				t->numeric[c] = 0;
			t->col[c][t->nrows] = v;
		}
		t->nrows++;
	}
	if (more < 0)
		rc = err->code;
out:
	csvr_close(rd);
	return rc;
}

static void choose_form(struct web_req *r, struct buf *b, const struct table *t, const char *data,
			size_t len, const char *y, const struct form *f)
{
	buf_addf(b, "<section class=\"card\"><h2>%s</h2><form method=\"post\" action=\"/regression\" "
		 "enctype=\"multipart/form-data\" class=\"stack\">", T(r, I_CHOOSE_COLUMNS));
	html_csrf(r, b);
	buf_adds(b, "<input type=\"hidden\" name=\"data\" value=\"");
	html_escn(b, data, len);
	buf_addf(b, "\"><fieldset><legend>%s</legend><div class=\"choices\">", T(r, I_DEPENDENT));
	for (int c = 0; c < t->ncols; c++) {
		if (!t->numeric[c])
			continue;
		buf_adds(b, "<label class=\"choice\"><input type=\"radio\" name=\"y\" value=\"");
		html_esc(b, t->name[c]);
		buf_addf(b, "\"%s required> ", y && !strcmp(y, t->name[c]) ? " checked" : "");
		html_esc(b, t->name[c]);
		buf_adds(b, "</label>");
	}
	buf_addf(b, "</div></fieldset><fieldset><legend>%s</legend><div class=\"choices\">",
		 T(r, I_REGRESSORS));
	for (int c = 0; c < t->ncols; c++) {
		int on = 0;
		if (!t->numeric[c])
			continue;
		for (int i = 0; f && i < f->n; i++)
			if (!strcmp(f->f[i].name, "x") && !strcmp(f->f[i].value, t->name[c]))
				on = 1;
		buf_adds(b, "<label class=\"choice\"><input type=\"checkbox\" name=\"x\" value=\"");
		html_esc(b, t->name[c]);
		buf_addf(b, "\"%s> ", on ? " checked" : "");
		html_esc(b, t->name[c]);
		buf_adds(b, "</label>");
	}
	buf_addf(b, "</div></fieldset><button type=\"submit\">%s</button></form></section>",
		 T(r, I_FIT));
}

static void upload_form(struct web_req *r, struct buf *b)
{
	buf_addf(b, "<section class=\"card\"><form method=\"post\" action=\"/regression\" "
		 "enctype=\"multipart/form-data\" class=\"row\">");
	html_csrf(r, b);
	buf_addf(b, "<label>%s<input type=\"file\" name=\"file\" accept=\".csv,text/csv\" required>"
		 "</label><button type=\"submit\">%s</button></form></section>",
		 T(r, I_CSV_FILE), T(r, I_UPLOAD));
}

int h_regress_form(struct web_req *r)
{
	struct buf b = BUF_INIT;
	page_begin(r, &b, T(r, I_REGRESSION), "/regression");
	buf_addf(&b, "<h1>%s</h1><p class=\"lead\">%s</p>", T(r, I_REGRESSION), T(r, I_REGRESSION_LEAD));
	upload_form(r, &b);
	page_end(r, &b);
	return page_send(r, &b);
}

static const char *fmt_g(struct web_req *r, double v)
{
	char tmp[64];
	if (isnan(v))
		return "–";
	snprintf(tmp, sizeof tmp, "%.6g", v);
	if (r->li != LANG_EN)
		for (char *p = tmp; *p; p++)
			if (*p == '.')
				*p = ',';
	return arena_strdup(&r->arena, tmp);
}

static void results(struct web_req *r, struct buf *b, const struct ols *m, const char *y,
		    const char *const *xn, size_t p)
{
	buf_addf(b, "<section class=\"card\"><h2>%s: ", T(r, I_COEFFICIENTS));
	html_esc(b, y);
	buf_addf(b, "</h2><table class=\"data coef\"><thead><tr><th>%s</th><th class=\"num\">%s</th>"
		 "<th class=\"num\">%s</th><th class=\"num\">t</th><th class=\"num\">p</th></tr>"
		 "</thead><tbody>", T(r, I_VARIABLE), T(r, I_ESTIMATE), T(r, I_STD_ERROR));
	for (size_t i = 0; i < m->k; i++) {
		const char *name = m->has_const ? (i ? xn[i - 1] : "const") : xn[i];
		buf_adds(b, "<tr><td>");
		html_esc(b, name);
		buf_addf(b, "</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s"
			 "</td><td class=\"num%s\">%s</td></tr>", fmt_g(r, m->coef[i]), fmt_g(r, m->se[i]),
			 fmt_g(r, m->t[i]), m->p[i] < 0.05 ? " strong" : "", fmt_g(r, m->p[i]));
	}
	buf_addf(b, "</tbody></table><dl class=\"attrs fit\"><dt>n</dt><dd>%zu</dd>"
		 "<dt>R²</dt><dd>%s</dd><dt>%s R²</dt><dd>%s</dd><dt>F</dt><dd>%s (p = %s)</dd>"
		 "<dt>σ</dt><dd>%s</dd><dt>Durbin–Watson</dt><dd>%s</dd><dt>AIC</dt><dd>%s</dd>"
		 "<dt>BIC</dt><dd>%s</dd></dl></section>",
		 m->n, fmt_g(r, m->r2), T(r, I_ADJUSTED), fmt_g(r, m->adj_r2), fmt_g(r, m->f),
		 fmt_g(r, m->f_p), fmt_g(r, m->sigma), fmt_g(r, m->dw), fmt_g(r, m->aic),
		 fmt_g(r, m->bic));
	(void)p;
}

int h_regress(struct web_req *r)
{
	const struct form_field *file = form_field(&r->form, "file");
	const struct form_field *data = file ? file : form_field(&r->form, "data");
	const char *y = form_get(&r->form, "y");
	const char *xn[RG_MAX_COLS];
	const double *xv[RG_MAX_COLS];
	struct table t;
	struct sb40_error err;
	struct buf b = BUF_INIT;
	struct ols m = {0};
	size_t p = 0;
	int yc = -1;

	if (!data)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "invalid", "file", "choose a CSV file");
	if (table_read(r, data->value, data->len, &t, &err))
		return web_fail_err(r, &err);
	page_begin(r, &b, T(r, I_REGRESSION), "/regression");
	buf_addf(&b, "<h1>%s</h1>", T(r, I_REGRESSION));
	if (y && !file) {
		for (int c = 0; c < t.ncols; c++)
			if (!strcmp(t.name[c], y) && t.numeric[c])
				yc = c;
		for (int i = 0; i < r->form.n; i++) {
			if (strcmp(r->form.f[i].name, "x"))
				continue;
			for (int c = 0; c < t.ncols; c++)
				if (c != yc && t.numeric[c] && !strcmp(t.name[c], r->form.f[i].value) &&
				    p < RG_MAX_COLS) {
					xn[p] = t.name[c];
					xv[p++] = t.col[c];
				}
		}
		if (yc < 0) {
			buf_addf(&b, "<p class=\"error\" role=\"alert\">%s</p>", T(r, I_CHOOSE_COLUMNS));
		} else {
			struct ols_spec spec = {t.col[yc], t.name[yc], xv, xn, t.nrows, p, 1};
			if (ols_fit(&m, &spec, &err)) {
				buf_adds(&b, "<p class=\"error\" role=\"alert\">");
				if (err.where[0]) {
					html_esc(&b, err.where);
					buf_adds(&b, ": ");
				}
				html_esc(&b, web_errmsg(r, &err));
				buf_adds(&b, "</p>");
			} else {
				results(r, &b, &m, y, xn, p);
			}
			ols_release(&m);
		}
	}
	buf_addf(&b, "<p class=\"muted\">%s: %zu × %d</p>", T(r, I_ROWS), t.nrows, t.ncols);
	choose_form(r, &b, &t, data->value, data->len, y, &r->form);
	upload_form(r, &b);
	page_end(r, &b);
	return page_send(r, &b);
}
