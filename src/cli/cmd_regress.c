/* cmd_regress.c - `sb40 regress`: OLS with full inference on a wide CSV.
 *
 * Reads FILE (a header row of column names, then one row per observation),
 * takes the dependent variable --y and the regressors --x by name, fits with
 * stats/ols (and stats/corr for --correlation) and prints a gretl-like table
 * or the JSON of DESIGN.md.  A row whose cell is empty or NA in a column in
 * use is left out (listwise deletion, as gretl and statsmodels'
 * missing="drop" do) and counted; any other cell that is not a number is an
 * error with its line and column.
 *
 * Ownership: everything read is owned by struct regress_data and freed by
 * data_release(); names are borrowed from the split copy of --x.
 */
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "base/csvread.h"
#include "base/parse.h"
#include "base/text.h"
#include "cli/cli.h"
#include "stats/corr.h"
#include "stats/ols.h"

struct regress_data {
	size_t nvar;       /* 1 + regressors: column 0 is y */
	const char **name; /* nvar, borrowed */
	double **col;      /* nvar arrays of n values */
	size_t n, cap;
	size_t skipped;    /* rows left out for a missing value */
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: sb40 regress --input FILE --y COL --x COL[,COL...] [--no-const]\n"
		"                    [--correlation] [--format text|json]\n\n"
		"Ordinary least squares of column --y on the columns --x of a CSV file\n"
		"with a header row: coefficients, standard errors, t, two-sided p, R2,\n"
		"adjusted R2, F and its p, sigma, Durbin-Watson, log-likelihood, AIC and\n"
		"BIC, as gretl and statsmodels define them.\n\n"
		"  --input FILE     the CSV file (\"-\" reads standard input)\n"
		"  --y COL          the dependent variable\n"
		"  --x COLS         the regressors, comma-separated\n"
		"  --no-const       regression through the origin (R2 is then uncentred)\n"
		"  --correlation    also print the Pearson correlation matrix of y and the\n"
		"                   regressors, with two-sided p-values\n"
		"  --format F       text (default, a table like gretl's) or json\n\n"
		"Rows with an empty or NA cell in a column used are left out and counted.\n"
		"Collinear regressors or too few rows are an error naming the problem.\n\n"
		"JSON: dependent, n, skipped, coefficients [{name, estimate, std_error, t, p}]\n"
		"(the constant first, named const), r2, adj_r2, f, f_p, sigma, dw,\n"
		"log_likelihood, aic, bic and, with --correlation, correlation {variables, r, p}.\n"
		"A statistic that does not exist or is infinite (an exact fit) is null.\n");
}

static void data_release(struct regress_data *d)
{
	for (size_t j = 0; d->col && j < d->nvar; j++)
		free(d->col[j]);
	free(d->col);
	d->col = NULL;
}

static int data_push(struct regress_data *d, const double *row, struct sb40_error *err)
{
	if (d->n == d->cap) {
		size_t cap = d->cap ? 2 * d->cap : 256;
		for (size_t j = 0; j < d->nvar; j++) {
			double *p = realloc(d->col[j], cap * sizeof *p);
			if (!p)
				return error_set(err, SB40_ENOMEM, "out of memory");
			d->col[j] = p;
		}
		d->cap = cap;
	}
	for (size_t j = 0; j < d->nvar; j++)
		d->col[j][d->n] = row[j];
	d->n++;
	return 0;
}

/* Find each wanted name in the header row; IDX[j] gets its field number. */
static int map_header(struct csvr *r, const struct regress_data *d, size_t *idx,
		      struct sb40_error *err)
{
	size_t nf = csvr_nfields(r);
	char q[64];
	for (size_t j = 0; j < d->nvar; j++) {
		size_t hit = SIZE_MAX;
		for (size_t f = 0; f < nf; f++) {
			if (strcmp(csvr_field(r, f, NULL), d->name[j]))
				continue;
			if (hit != SIZE_MAX)
				return error_setat(err, SB40_EINVAL, csvr_name(r), csvr_line(r), (long)f + 1,
						   "column %s appears twice in the header",
						   error_quote(q, sizeof q, d->name[j], strlen(d->name[j])));
			hit = f;
		}
		if (hit == SIZE_MAX) {
			struct buf b = BUF_INIT;
			for (size_t f = 0; f < nf && b.len < 300; f++)
				buf_addf(&b, "%s%s", f ? ", " : "", csvr_field(r, f, NULL));
			error_setat(err, SB40_EINVAL, csvr_name(r), csvr_line(r), 0,
				    "unknown column %s (the header has: %s)",
				    error_quote(q, sizeof q, d->name[j], strlen(d->name[j])), b.data);
			buf_release(&b);
			return SB40_EINVAL;
		}
		idx[j] = hit;
	}
	return 0;
}

static int is_missing(const char *s, size_t len)
{
	return len == 0 || (len == 2 && !strcmp(s, "NA"));
}

static int read_data(const char *path, struct regress_data *d, struct sb40_error *err)
{
	struct csvr *r = NULL;
	size_t *idx = calloc(d->nvar, sizeof *idx);
	double *row = calloc(d->nvar, sizeof *row);
	size_t nhead = 0;
	int rc, got;

	d->col = calloc(d->nvar, sizeof *d->col);
	if (!idx || !row || !d->col) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	rc = csvr_open(path, NULL, &r, err);
	if (rc)
		goto out;
	got = csvr_next(r, err);
	if (got <= 0) {
		rc = got < 0 ? err->code
			     : error_setwhere(err, SB40_EINVAL, csvr_name(r),
					      "the file is empty (expected a header row)");
		goto out;
	}
	nhead = csvr_nfields(r);
	rc = map_header(r, d, idx, err);
	if (rc)
		goto out;
	while ((got = csvr_next(r, err)) == 1) {
		int missing = 0;
		if (csvr_nfields(r) != nhead) {
			rc = error_setat(err, SB40_EINVAL, csvr_name(r), csvr_line(r), 0,
					 "expected %zu fields as in the header, got %zu", nhead,
					 csvr_nfields(r));
			goto out;
		}
		for (size_t j = 0; j < d->nvar; j++) {
			size_t len;
			const char *s = csvr_field(r, idx[j], &len);
			char msg[256];
			if (is_missing(s, len)) {
				missing = 1;
				continue;
			}
			if (parse_double(s, len, &row[j], msg, sizeof msg)) {
				rc = error_setat(err, SB40_EINVAL, csvr_name(r), csvr_line(r),
						 (long)idx[j] + 1, "%s", msg);
				goto out;
			}
		}
		if (missing) {
			d->skipped++;
			continue;
		}
		rc = data_push(d, row, err);
		if (rc)
			goto out;
	}
	if (got < 0)
		rc = err->code ? err->code : SB40_EINVAL;
out:
	csvr_close(r);
	free(idx);
	free(row);
	return rc;
}

/* ---- output ------------------------------------------------------------- */

static json_t *jnum(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

static json_t *json_matrix(const double *m, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *row = json_array();
		for (size_t j = 0; j < n; j++)
			json_array_append_new(row, jnum(m[i * n + j]));
		json_array_append_new(a, row);
	}
	return a;
}

static int print_json(FILE *out, const struct regress_data *d, const struct ols *m,
		      const double *cr, const double *cp)
{
	json_t *o = json_object(), *coefs = json_array();
	json_object_set_new(o, "dependent", json_string(d->name[0]));
	json_object_set_new(o, "n", json_integer((json_int_t)m->n));
	json_object_set_new(o, "skipped", json_integer((json_int_t)d->skipped));
	for (size_t j = 0; j < m->k; j++) {
		json_t *c = json_object();
		const char *name = m->has_const ? (j ? d->name[j] : "const") : d->name[j + 1];
		json_object_set_new(c, "name", json_string(name));
		json_object_set_new(c, "estimate", jnum(m->coef[j]));
		json_object_set_new(c, "std_error", jnum(m->se[j]));
		json_object_set_new(c, "t", jnum(m->t[j]));
		json_object_set_new(c, "p", jnum(m->p[j]));
		json_array_append_new(coefs, c);
	}
	json_object_set_new(o, "coefficients", coefs);
	json_object_set_new(o, "r2", jnum(m->r2));
	json_object_set_new(o, "adj_r2", jnum(m->adj_r2));
	json_object_set_new(o, "f", jnum(m->f));
	json_object_set_new(o, "f_p", jnum(m->f_p));
	json_object_set_new(o, "sigma", jnum(m->sigma));
	json_object_set_new(o, "dw", jnum(m->dw));
	json_object_set_new(o, "log_likelihood", jnum(m->loglik));
	json_object_set_new(o, "aic", jnum(m->aic));
	json_object_set_new(o, "bic", jnum(m->bic));
	if (cr) {
		json_t *c = json_object(), *vars = json_array();
		for (size_t j = 0; j < d->nvar; j++)
			json_array_append_new(vars, json_string(d->name[j]));
		json_object_set_new(c, "variables", vars);
		json_object_set_new(c, "r", json_matrix(cr, d->nvar));
		json_object_set_new(c, "p", json_matrix(cp, d->nvar));
		json_object_set_new(o, "correlation", c);
	}
	int rc = json_dumpf(o, out, JSON_INDENT(2) | JSON_REAL_PRECISION(17));
	fputc('\n', out);
	json_decref(o);
	return rc;
}

/* NAME left-aligned in WIDTH display columns (UTF-8 aware). */
static void put_name(struct buf *b, const char *name, size_t width)
{
	size_t w = utf8_count(name, strlen(name));
	buf_adds(b, name);
	for (; w < width; w++)
		buf_addc(b, ' ');
}

/* Print B without trailing blanks, then a newline; empty B. */
static void put_line(FILE *out, struct buf *b)
{
	while (b->len && b->data[b->len - 1] == ' ')
		b->data[--b->len] = '\0';
	fprintf(out, "%s\n", b->data);
	buf_reset(b);
}

static void fmt_p(char *buf, size_t n, double p)
{
	if (isnan(p))
		snprintf(buf, n, "NA");
	else if (p < 1e-4)
		snprintf(buf, n, "%.2e", p);
	else
		snprintf(buf, n, "%.4f", p);
}

/* A number for the text table: "%.*g", or NA when it does not exist. */
static const char *fmt_g(char *buf, size_t n, int prec, double v)
{
	if (isnan(v))
		snprintf(buf, n, "NA");
	else
		snprintf(buf, n, "%.*g", prec, v);
	return buf;
}

static const char *fmt_t(char *buf, size_t n, double t)
{
	if (isnan(t))
		snprintf(buf, n, "NA");
	else
		snprintf(buf, n, "%.3f", t);
	return buf;
}

/* One line of the summary: two labelled values side by side. */
static void put_pair(FILE *out, const char *l1, double v1, const char *l2, double v2)
{
	char a[40], b[40];
	fprintf(out, "%-20s %14s   %-20s %14s\n", l1, fmt_g(a, sizeof a, 7, v1), l2,
		fmt_g(b, sizeof b, 7, v2));
}

static size_t name_width(const char *s)
{
	return utf8_count(s, strlen(s));
}

static void print_corr(FILE *out, const struct regress_data *d, size_t wn, const double *cr,
		       const double *cp, struct buf *b)
{
	size_t nv = d->nvar;
	char p1[32], pb[40];
	buf_addf(b, "Correlation coefficients (Pearson), n = %zu; two-sided p-values below",
		 d->n);
	put_line(out, b);
	put_line(out, b);
	buf_adds(b, "  ");
	put_name(b, "", wn);
	for (size_t j = 0; j < nv; j++) {
		buf_adds(b, "  ");
		for (size_t w = name_width(d->name[j]); w < 10; w++)
			buf_addc(b, ' ');
		buf_adds(b, d->name[j]);
	}
	put_line(out, b);
	for (size_t i = 0; i < nv; i++) {
		buf_adds(b, "  ");
		put_name(b, d->name[i], wn);
		for (size_t j = 0; j < nv; j++) {
			size_t w = name_width(d->name[j]);
			buf_addf(b, "  %*.4f", (int)(w > 10 ? w : 10), cr[i * nv + j]);
		}
		put_line(out, b);
		buf_adds(b, "  ");
		put_name(b, "", wn);
		for (size_t j = 0; j < nv; j++) {
			size_t w = name_width(d->name[j]);
			fmt_p(p1, sizeof p1, cp[i * nv + j]);
			snprintf(pb, sizeof pb, "(%s)", p1);
			buf_addf(b, "  %*s", (int)(w > 10 ? w : 10), i == j ? "" : pb);
		}
		put_line(out, b);
	}
}

static void print_text(FILE *out, const char *path, const struct regress_data *d,
		       const struct ols *m, const double *cr, const double *cp)
{
	struct buf b = BUF_INIT;
	size_t wn = 5;
	char p1[32], fl[48], c1[40], c2[40], c3[40];
	for (size_t j = 0; j < d->nvar; j++)
		if (name_width(d->name[j]) > wn)
			wn = name_width(d->name[j]);
	buf_addf(&b, "Model: OLS%s, using %zu observations from %s",
		 m->has_const ? "" : " through the origin", m->n, path);
	if (d->skipped)
		buf_addf(&b, " (%zu rows with missing values left out)", d->skipped);
	put_line(out, &b);
	buf_addf(&b, "Dependent variable: %s", d->name[0]);
	put_line(out, &b);
	put_line(out, &b);
	buf_adds(&b, "  ");
	put_name(&b, "", wn);
	buf_addf(&b, "  %14s  %14s  %9s  %9s", "coefficient", "std. error", "t-ratio", "p-value");
	put_line(out, &b);
	buf_adds(&b, "  ");
	for (size_t i = 0; i < wn + 54; i++)
		buf_addc(&b, '-');
	put_line(out, &b);
	for (size_t j = 0; j < m->k; j++) {
		const char *name = m->has_const ? (j ? d->name[j] : "const") : d->name[j + 1];
		const char *stars = m->p[j] < 0.01 ? "***" : m->p[j] < 0.05 ? "**" : m->p[j] < 0.1 ? "*" : "";
		fmt_p(p1, sizeof p1, m->p[j]);
		buf_adds(&b, "  ");
		put_name(&b, name, wn);
		buf_addf(&b, "  %14s  %14s  %9s  %9s %s", fmt_g(c1, sizeof c1, 6, m->coef[j]),
			 fmt_g(c2, sizeof c2, 6, m->se[j]), fmt_t(c3, sizeof c3, m->t[j]), p1, stars);
		put_line(out, &b);
	}
	put_line(out, &b);
	snprintf(fl, sizeof fl, "F(%zu, %zu)", m->df_model, m->df_resid);
	fmt_p(p1, sizeof p1, m->f_p);
	put_pair(out, "Mean dependent var", m->ymean, "S.D. dependent var", m->ysd);
	put_pair(out, "Sum squared resid", m->ssr, "S.E. of regression", m->sigma);
	put_pair(out, m->has_const ? "R-squared" : "Uncentered R-squared", m->r2,
		 "Adjusted R-squared", m->adj_r2);
	fprintf(out, "%-20s %14s   %-20s %14s\n", fl, fmt_g(c1, sizeof c1, 7, m->f), "P-value(F)", p1);
	put_pair(out, "Log-likelihood", m->loglik, "Akaike criterion", m->aic);
	put_pair(out, "Schwarz criterion", m->bic, "Durbin-Watson", m->dw);
	if (cr) {
		put_line(out, &b);
		print_corr(out, d, wn, cr, cp, &b);
	}
	buf_release(&b);
}

/* ---- the command -------------------------------------------------------- */

/* Split --x into D->name[1..]; XS is modified in place. */
static int split_names(struct cli_ctx *ctx, char *xs, const char *y, struct regress_data *d)
{
	size_t n = 1;
	char q[64];
	for (const char *s = xs; *s; s++)
		n += *s == ',';
	d->name = calloc(n + 1, sizeof *d->name);
	if (!d->name) {
		struct sb40_error err;
		error_set(&err, SB40_ENOMEM, "out of memory");
		return cli_fail(ctx, &err);
	}
	d->name[0] = y;
	d->nvar = 1;
	for (char *tok = xs, *next; tok; tok = next) {
		next = strchr(tok, ',');
		if (next)
			*next++ = '\0';
		if (!*tok)
			return cli_usage(ctx, "regress", "empty column name in --x");
		for (size_t j = 0; j < d->nvar; j++)
			if (!strcmp(d->name[j], tok))
				return cli_usage(ctx, "regress", j ? "column %s appears twice in --x"
								    : "column %s is both --y and in --x",
						 error_quote(q, sizeof q, tok, strlen(tok)));
		d->name[d->nvar++] = tok;
	}
	return 0;
}

int cmd_regress(int argc, char **argv, struct cli_ctx *ctx)
{
	static const struct option opts[] = {
		{"input", required_argument, NULL, 'i'},
		{"y", required_argument, NULL, 'y'},
		{"x", required_argument, NULL, 'x'},
		{"no-const", no_argument, NULL, 'n'},
		{"correlation", no_argument, NULL, 'c'},
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *input = NULL, *y = NULL, *format = "text";
	char *xs = NULL;
	int with_const = 1, want_corr = 0, opt, rc = EXIT_OK;
	struct regress_data d = {0};
	struct ols m = {0};
	struct sb40_error err;
	double *cr = NULL, *cp = NULL;

	error_clear(&err);
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (opt) {
		case 'i': input = optarg; break;
		case 'y': y = optarg; break;
		case 'x':
			free(xs);
			xs = strdup(optarg);
			if (!xs) {
				error_set(&err, SB40_ENOMEM, "out of memory");
				rc = cli_fail(ctx, &err);
				goto out;
			}
			break;
		case 'n': with_const = 0; break;
		case 'c': want_corr = 1; break;
		case 'f': format = optarg; break;
		case 'h':
			usage(ctx->out);
			goto out;
		case ':':
			rc = cli_usage(ctx, "regress", "option %s needs a value", argv[optind - 1]);
			goto out;
		default:
			rc = cli_usage(ctx, "regress", "unknown option \"%s\"", argv[optind - 1]);
			goto out;
		}
	}
	if (optind < argc) {
		rc = cli_usage(ctx, "regress", "unexpected argument \"%s\"", argv[optind]);
		goto out;
	}
	if (!input || !y || !xs) {
		rc = cli_usage(ctx, "regress", "missing %s", !input ? "--input FILE"
							   : !y	    ? "--y COLUMN"
								    : "--x COLUMN[,COLUMN...]");
		goto out;
	}
	if (strcmp(format, "text") && strcmp(format, "json")) {
		rc = cli_usage(ctx, "regress", "unknown format \"%s\" (use text or json)", format);
		goto out;
	}
	rc = split_names(ctx, xs, y, &d);
	if (rc)
		goto out;
	if (read_data(input, &d, &err)) {
		rc = cli_fail(ctx, &err);
		goto out;
	}
	struct ols_spec s = {d.col[0], d.name[0], (const double *const *)d.col + 1, d.name + 1,
			     d.n, d.nvar - 1, with_const};
	if (ols_fit(&m, &s, &err))
		goto fail;
	if (want_corr) {
		cr = calloc(d.nvar * d.nvar, sizeof *cr);
		cp = calloc(d.nvar * d.nvar, sizeof *cp);
		if (!cr || !cp) {
			error_set(&err, SB40_ENOMEM, "out of memory");
			goto fail;
		}
		if (corr_pearson((const double *const *)d.col, d.n, d.nvar, d.name, cr, cp, &err))
			goto fail;
	}
	if (!strcmp(format, "json")) {
		if (print_json(ctx->out, &d, &m, cr, cp)) {
			error_set(&err, SB40_EIO, "cannot write the output");
			goto fail;
		}
	} else {
		print_text(ctx->out, input, &d, &m, cr, cp);
	}
	goto out;
fail:
	if (!err.where[0])
		snprintf(err.where, sizeof err.where, "%s", input);
	if (err.code == SB40_EMISSING && d.skipped) {
		size_t l = strlen(err.msg);
		snprintf(err.msg + l, sizeof err.msg - l,
			 "; %zu rows with missing values were left out", d.skipped);
	}
	rc = cli_fail(ctx, &err);
out:
	ols_release(&m);
	data_release(&d);
	free(d.name);
	free(xs);
	free(cr);
	free(cp);
	return rc;
}
