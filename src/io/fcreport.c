/* fcreport.c - forecasts and backtests as CSV, JSON, text, SVG. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "io/fcreport.h"
#include "report/fanchart.h"
#include "report/lang.h"
#include "report/numfmt.h"

enum { T_SERIES, T_METHOD, T_MODEL, T_PERIOD, T_FORECAST, T_VALUES, T_FILLED, T_ORIGINS,
       T_POINTS, T_COVER, T_ALL, T_BACKTEST, T_NT };

static const char *const tr[LANG_COUNT][T_NT] = {
	[LANG_UZ] = {"Qator", "usul", "model", "davr", "prognoz", "qiymat", "to'ldirilgan",
		     "nuqtalar soni", "prognozlar", "qamrov", "barcha qatorlar",
		     "Orqaga sinov (rolling origin)"},
	[LANG_UZ_CYRL] = {"Қатор", "усул", "модель", "давр", "прогноз", "қиймат", "тўлдирилган",
			  "нуқталар сони", "прогнозлар", "қамров", "барча қаторлар",
			  "Орқага синов (rolling origin)"},
	[LANG_RU] = {"Ряд", "метод", "модель", "период", "прогноз", "значений", "заполнено",
		     "точек отсчёта", "прогнозов", "покрытие", "все ряды",
		     "Ретроспективная проверка (rolling origin)"},
	[LANG_EN] = {"Series", "method", "model", "period", "forecast", "values", "filled",
		     "origins", "forecasts", "coverage", "all series", "Backtest (rolling origin)"},
};

int fcreport_format_parse(const char *s)
{
	static const char *const names[] = {"csv", "json", "text", "svg"};
	for (int i = 0; i < 4; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

/* A number for CSV: shortest faithful-enough text, empty when not finite. */
static void csv_num(struct buf *b, double v)
{
	if (isfinite(v))
		buf_addf(b, ",%.15g", v);
	else
		buf_adds(b, ",");
}

/* A CSV field, quoted when it needs to be. */
static void csv_field(struct buf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

static void level_cols(struct buf *b, const struct fcreport *r, const char *pre)
{
	for (size_t l = 0; l < r->nlevels; l++)
		buf_addf(b, ",%s%g", pre, r->levels[l]);
}

static const struct fcrun_cell *cell(const struct fcreport *r, size_t i, size_t j)
{
	return &r->cells[i * r->nmethods + j];
}

static void forecast_csv(struct buf *b, const struct fcreport *r)
{
	char per[24];
	buf_adds(b, r->nmethods > 1 ? "series,method,period,forecast" : "series,period,forecast");
	for (size_t l = 0; l < r->nlevels; l++)
		buf_addf(b, ",lo%g,hi%g", r->levels[l], r->levels[l]);
	buf_addc(b, '\n');
	for (size_t i = 0; i < r->set->n; i++) {
		const struct series *s = &r->set->s[i];
		for (size_t j = 0; j < r->nmethods; j++) {
			const struct fc_result *fr = &cell(r, i, j)->res;
			for (size_t k = 0; k < fr->h; k++) {
				csv_field(b, s->name);
				if (r->nmethods > 1)
					buf_addf(b, ",%s", r->methods[j]->name);
				buf_addf(b, ",%s", series_period(s, s->n + k, per));
				csv_num(b, fr->mean[k]);
				for (size_t l = 0; l < r->nlevels; l++) {
					csv_num(b, fr->lo[l * fr->h + k]);
					csv_num(b, fr->hi[l * fr->h + k]);
				}
				buf_addc(b, '\n');
			}
		}
	}
}

static json_t *jnum(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

static const char *freq_text(enum series_freq f)
{
	return f == SERIES_YEAR ? "yearly" : f == SERIES_QUARTER ? "quarterly"
					   : f == SERIES_MONTH	 ? "monthly"
								 : "index";
}

static json_t *json_levels(const struct fcreport *r)
{
	json_t *a = json_array();
	for (size_t l = 0; l < r->nlevels; l++)
		json_array_append_new(a, json_real(r->levels[l]));
	return a;
}

json_t *fcreport_series_json(const struct series *s)
{
	char per[24];
	json_t *o = json_object();
	json_object_set_new(o, "series", json_string(s->name));
	json_object_set_new(o, "frequency", json_string(freq_text(s->freq)));
	json_object_set_new(o, "first", json_string(series_period(s, 0, per)));
	json_object_set_new(o, "last", json_string(series_period(s, s->n - 1, per)));
	json_object_set_new(o, "n", json_integer((json_int_t)s->n));
	json_object_set_new(o, "filled", json_integer((json_int_t)s->filled));
	return o;
}

json_t *fcreport_forecasts_json(const struct series *s, const struct fc_result *fr,
				const double *levels, size_t nlevels)
{
	json_t *fa = json_array();
	char per[24], key[32];
	for (size_t k = 0; k < fr->h; k++) {
		json_t *p = json_object();
		json_object_set_new(p, "period", json_string(series_period(s, s->n + k, per)));
		json_object_set_new(p, "forecast", jnum(fr->mean[k]));
		for (size_t l = 0; l < nlevels; l++) {
			snprintf(key, sizeof key, "lo%g", levels[l]);
			json_object_set_new(p, key, jnum(fr->lo[l * fr->h + k]));
			snprintf(key, sizeof key, "hi%g", levels[l]);
			json_object_set_new(p, key, jnum(fr->hi[l * fr->h + k]));
		}
		json_array_append_new(fa, p);
	}
	return fa;
}

static void forecast_json(struct buf *b, const struct fcreport *r)
{
	json_t *root = json_object(), *arr = json_array();
	json_object_set_new(root, "levels", json_levels(r));
	for (size_t i = 0; i < r->set->n; i++) {
		const struct series *s = &r->set->s[i];
		json_t *o = fcreport_series_json(s), *ms = json_array();
		for (size_t j = 0; j < r->nmethods; j++) {
			const struct fc_result *fr = &cell(r, i, j)->res;
			json_t *m = json_object();
			json_object_set_new(m, "method", json_string(r->methods[j]->name));
			json_object_set_new(m, "model", json_string(fr->model));
			json_object_set_new(m, "aicc", jnum(fr->aicc));
			json_object_set_new(m, "forecasts",
					    fcreport_forecasts_json(s, fr, r->levels, r->nlevels));
			json_array_append_new(ms, m);
		}
		json_object_set_new(o, "methods", ms);
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "series", arr);
	fcr_json_out(b, root);
}

void fcr_json_out(struct buf *b, json_t *root)
{
	char *txt = json_dumps(root, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	buf_adds(b, txt ? txt : "null");
	buf_addc(b, '\n');
	free(txt);
	json_decref(root);
}

void fcr_pad(struct buf *b, const char *text, int w)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		n += (*p & 0xC0) != 0x80;
	for (; n < w; n++)
		buf_addc(b, ' ');
	buf_adds(b, text);
}

void fcr_lpad(struct buf *b, const char *text, int w)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		n += (*p & 0xC0) != 0x80;
	buf_adds(b, text);
	for (; n < w; n++)
		buf_addc(b, ' ');
}

/* Decimals for a series' numbers: 1 for large values, more for small. */
int fcreport_decimals(const struct series *s)
{
	double mx = 0;
	for (size_t i = 0; i < s->n; i++)
		if (fabs(s->y[i]) > mx)
			mx = fabs(s->y[i]);
	return mx >= 100 ? 1 : mx >= 1 ? 2 : 4;
}

static void forecast_text(struct buf *b, const struct fcreport *r)
{
	const char *lc = lang_code(r->lang);
	const char *const *t = tr[r->lang];
	char per[24], per2[24], num[64], head[32];
	for (size_t i = 0; i < r->set->n; i++) {
		const struct series *s = &r->set->s[i];
		int dec = fcreport_decimals(s);
		for (size_t j = 0; j < r->nmethods; j++) {
			const struct fc_result *fr = &cell(r, i, j)->res;
			if (i || j)
				buf_addc(b, '\n');
			buf_addf(b, "%s \"%s\": %zu %s %s..%s", t[T_SERIES], s->name, s->n, t[T_VALUES],
				 series_period(s, 0, per), series_period(s, s->n - 1, per2));
			if (s->filled)
				buf_addf(b, " (%s: %zu)", t[T_FILLED], s->filled);
			buf_addf(b, "; %s %s", t[T_METHOD], r->methods[j]->name);
			if (fr->model[0])
				buf_addf(b, ", %s %s", t[T_MODEL], fr->model);
			buf_addc(b, '\n');
			fcr_lpad(b, t[T_PERIOD], 8);
			fcr_pad(b, t[T_FORECAST], 16);
			for (size_t l = 0; l < r->nlevels; l++) {
				snprintf(head, sizeof head, "lo%g", r->levels[l]);
				fcr_pad(b, head, 16);
				snprintf(head, sizeof head, "hi%g", r->levels[l]);
				fcr_pad(b, head, 16);
			}
			buf_addc(b, '\n');
			for (size_t k = 0; k < fr->h; k++) {
				buf_addf(b, "%-8s", series_period(s, s->n + k, per));
				fcr_pad(b, numfmt(num, sizeof num, fr->mean[k], dec, lc), 16);
				for (size_t l = 0; l < r->nlevels; l++) {
					fcr_pad(b, numfmt(num, sizeof num, fr->lo[l * fr->h + k], dec, lc), 16);
					fcr_pad(b, numfmt(num, sizeof num, fr->hi[l * fr->h + k], dec, lc), 16);
				}
				buf_addc(b, '\n');
			}
		}
	}
}

/* ---- backtest ----------------------------------------------------------- */

struct bt_sum {
	double smape, mase, cov[BT_MAX_LEVELS];
	size_t points, mase_points, origins;
};

static void bt_total(const struct fcreport *r, size_t j, struct bt_sum *t)
{
	double sm = 0, ms = 0, cv[BT_MAX_LEVELS] = {0};
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < r->set->n; i++) {
		const struct bt_result *bt = &cell(r, i, j)->bt;
		sm += bt->smape * (double)bt->points;
		if (bt->mase_points)
			ms += bt->mase * (double)bt->mase_points;
		for (size_t l = 0; l < r->nlevels; l++)
			cv[l] += bt->coverage[l] * (double)bt->points;
		t->points += bt->points;
		t->mase_points += bt->mase_points;
		t->origins += bt->origins;
	}
	t->smape = t->points ? sm / (double)t->points : NAN;
	t->mase = t->mase_points ? ms / (double)t->mase_points : NAN;
	for (size_t l = 0; l < r->nlevels; l++)
		t->cov[l] = t->points ? cv[l] / (double)t->points : NAN;
}

static void bt_csv(struct buf *b, const struct fcreport *r)
{
	buf_adds(b, "series,method,origins,points,smape,mase");
	level_cols(b, r, "cov");
	buf_addc(b, '\n');
	for (size_t i = 0; i < r->set->n; i++)
		for (size_t j = 0; j < r->nmethods; j++) {
			const struct bt_result *bt = &cell(r, i, j)->bt;
			csv_field(b, r->set->s[i].name);
			buf_addf(b, ",%s,%zu,%zu", r->methods[j]->name, bt->origins, bt->points);
			csv_num(b, bt->smape);
			csv_num(b, bt->mase);
			for (size_t l = 0; l < r->nlevels; l++)
				csv_num(b, bt->coverage[l]);
			buf_addc(b, '\n');
		}
}

static json_t *json_cov(const double *levels, size_t nlevels, const double *cov)
{
	json_t *o = json_object();
	char key[32];
	for (size_t l = 0; l < nlevels; l++) {
		snprintf(key, sizeof key, "%g", levels[l]);
		json_object_set_new(o, key, jnum(cov[l]));
	}
	return o;
}

json_t *fcreport_bt_json(const char *method, const struct bt_result *bt, const double *levels,
			 size_t nlevels)
{
	json_t *m = json_object();
	if (method)
		json_object_set_new(m, "method", json_string(method));
	json_object_set_new(m, "origins", json_integer((json_int_t)bt->origins));
	json_object_set_new(m, "skipped", json_integer((json_int_t)bt->skipped));
	json_object_set_new(m, "points", json_integer((json_int_t)bt->points));
	json_object_set_new(m, "smape", jnum(bt->smape));
	json_object_set_new(m, "mase", jnum(bt->mase));
	json_object_set_new(m, "coverage", json_cov(levels, nlevels, bt->coverage));
	return m;
}

static void bt_json(struct buf *b, const struct fcreport *r)
{
	json_t *root = json_object(), *sum = json_array(), *arr = json_array();
	json_object_set_new(root, "origins", json_integer((json_int_t)r->backtest));
	json_object_set_new(root, "levels", json_levels(r));
	for (size_t j = 0; j < r->nmethods; j++) {
		struct bt_sum t;
		json_t *o = json_object();
		bt_total(r, j, &t);
		json_object_set_new(o, "method", json_string(r->methods[j]->name));
		json_object_set_new(o, "points", json_integer((json_int_t)t.points));
		json_object_set_new(o, "smape", jnum(t.smape));
		json_object_set_new(o, "mase", jnum(t.mase));
		json_object_set_new(o, "coverage", json_cov(r->levels, r->nlevels, t.cov));
		json_array_append_new(sum, o);
	}
	json_object_set_new(root, "summary", sum);
	for (size_t i = 0; i < r->set->n; i++) {
		json_t *o = fcreport_series_json(&r->set->s[i]), *ms = json_array();
		for (size_t j = 0; j < r->nmethods; j++) {
			json_array_append_new(ms, fcreport_bt_json(r->methods[j]->name, &cell(r, i, j)->bt,
								   r->levels, r->nlevels));
		}
		json_object_set_new(o, "methods", ms);
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "series", arr);
	fcr_json_out(b, root);
}

static void bt_text_row(struct buf *b, const struct fcreport *r, const char *name,
			const char *method, size_t origins, size_t points, double smape,
			double mase, const double *cov)
{
	const char *lc = lang_code(r->lang);
	char num[64], n1[32];
	fcr_lpad(b, name, 20);
	buf_addc(b, ' ');
	fcr_lpad(b, method, 10);
	snprintf(n1, sizeof n1, "%zu", origins);
	fcr_pad(b, n1, 15);
	snprintf(n1, sizeof n1, "%zu", points);
	fcr_pad(b, n1, 12);
	fcr_pad(b, numfmt(num, sizeof num, smape, 2, lc), 9);
	fcr_pad(b, numfmt(num, sizeof num, mase, 3, lc), 9);
	for (size_t l = 0; l < r->nlevels; l++)
		fcr_pad(b, numfmt(num, sizeof num, 100 * cov[l], 1, lc), 14);
	buf_addc(b, '\n');
}

static void bt_text(struct buf *b, const struct fcreport *r)
{
	const char *const *t = tr[r->lang];
	char head[32];
	buf_addf(b, "%s, K = %zu\n", t[T_BACKTEST], r->backtest);
	fcr_lpad(b, t[T_SERIES], 20);
	buf_addc(b, ' ');
	fcr_lpad(b, t[T_METHOD], 10);
	fcr_pad(b, t[T_ORIGINS], 15);
	fcr_pad(b, t[T_POINTS], 12);
	fcr_pad(b, "sMAPE", 9);
	fcr_pad(b, "MASE", 9);
	for (size_t l = 0; l < r->nlevels; l++) {
		snprintf(head, sizeof head, "%s %g%%", t[T_COVER], r->levels[l]);
		fcr_pad(b, head, 14);
	}
	buf_addc(b, '\n');
	for (size_t i = 0; i < r->set->n; i++)
		for (size_t j = 0; j < r->nmethods; j++) {
			const struct bt_result *bt = &cell(r, i, j)->bt;
			bt_text_row(b, r, r->set->s[i].name, r->methods[j]->name, bt->origins,
				    bt->points, bt->smape, bt->mase, bt->coverage);
		}
	if (r->set->n > 1)
		for (size_t j = 0; j < r->nmethods; j++) {
			struct bt_sum s;
			bt_total(r, j, &s);
			bt_text_row(b, r, t[T_ALL], r->methods[j]->name, s.origins, s.points, s.smape,
				    s.mase, s.cov);
		}
}

/* ---- SVG ---------------------------------------------------------------- */

void fcreport_svg(struct buf *b, const struct fcreport *r, size_t i)
{
	const struct series *s = &r->set->s[i];
	const struct fc_result *fr = &cell(r, i, 0)->res;
	char title[256];
	snprintf(title, sizeof title, "%s: %s", s->name, fr->model[0] ? fr->model : r->methods[0]->name);
	struct fanchart fc = {s->y, s->n, fr->mean, fr->h, fr->lo, fr->hi, r->levels, r->nlevels};
	char first[24], last[24];
	series_period(s, 0, first);
	series_period(s, s->n + fr->h - 1, last);
	fanchart_svg(b, &fc, first, last, title, lang_code(r->lang));
}

void fcreport_write(struct buf *out, const struct fcreport *r, enum fcreport_format f)
{
	if (r->backtest) {
		if (f == FCR_JSON)
			bt_json(out, r);
		else if (f == FCR_TEXT)
			bt_text(out, r);
		else
			bt_csv(out, r);
		return;
	}
	switch (f) {
	case FCR_JSON: forecast_json(out, r); break;
	case FCR_TEXT: forecast_text(out, r); break;
	case FCR_SVG: fcreport_svg(out, r, 0); break;
	default: forecast_csv(out, r); break;
	}
}
