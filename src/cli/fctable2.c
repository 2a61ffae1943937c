/* fctable2.c - the trend table, changes and ratios (see fctable2.h). */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "io/fcreport.h"
#include "cli/fctable2.h"
#include "report/numfmt.h"
#include "stats/table2.h"

#define MAX_PAIRS 32

enum { L_TREND, L_SERIES, L_FORECAST, L_PERIOD, L_CHANGES, L_FROM, L_VALUE, L_TO, L_CHANGE,
       L_PCT, L_GROWTH, L_RATIOS, L_N };

static const char *const lbl[LANG_COUNT][L_N] = {
	[LANG_UZ] = {"Chiziqli trend y = a + b*t (eng kichik kvadratlar usuli)", "qator", "Prognoz",
		     "davr", "Oxirgi kuzatilgan davrdan oxirgi prognoz davrigacha o'zgarish", "dan",
		     "qiymat", "gacha", "o'zgarish", "bazaga %", "o'sish %",
		     "Xarajat birligiga mahsulot"},
	[LANG_UZ_CYRL] = {"Чизиқли тренд y = a + b*t (энг кичик квадратлар усули)", "қатор",
			  "Прогноз", "давр",
			  "Охирги кузатилган даврдан охирги прогноз даврига қадар ўзгариш", "дан",
			  "қиймат", "гача", "ўзгариш", "базага %", "ўсиш %",
			  "Харажат бирлигига маҳсулот"},
	[LANG_RU] = {"Линейный тренд y = a + b*t (МНК)", "ряд", "Прогноз", "период",
		     "Изменение от последнего наблюдения до последнего прогноза", "с", "значение",
		     "по", "изменение", "% к базе", "прирост %", "Выпуск на единицу затрат"},
	[LANG_EN] = {"Linear trend y = a + b*t by OLS", "series", "Forecast", "period",
		     "Change from the last observed to the last forecast period", "from", "value",
		     "to", "change", "% of base", "growth %", "Output per unit of cost"},
};

struct t2 {
	const struct series_set *set;
	size_t h;
	struct t2_trend *tr; /* per series */
	double *fc;          /* set->n * h */
	size_t pair[MAX_PAIRS][2];
	size_t npairs;
};

static size_t find(const struct series_set *set, const char *name, size_t len)
{
	for (size_t i = 0; i < set->n; i++)
		if (strlen(set->s[i].name) == len && !memcmp(set->s[i].name, name, len))
			return i;
	return SIZE_MAX;
}

static int parse_pairs(struct t2 *t, const char *spec, struct sb40_error *err)
{
	char q[64];
	if (!spec) { /* default: X...output... with X...expenditure... */
		for (size_t i = 0; i < t->set->n && t->npairs < MAX_PAIRS; i++) {
			const char *nm = t->set->s[i].name, *o = strstr(nm, "output");
			char other[512];
			if (!o)
				continue;
			snprintf(other, sizeof other, "%.*sexpenditure%s", (int)(o - nm), nm, o + 6);
			size_t j = find(t->set, other, strlen(other));
			if (j != SIZE_MAX) {
				t->pair[t->npairs][0] = i;
				t->pair[t->npairs++][1] = j;
			}
		}
		return 0;
	}
	for (const char *p = spec; *p;) {
		const char *end = strchr(p, ','), *colon;
		size_t len = end ? (size_t)(end - p) : strlen(p);
		colon = memchr(p, ':', len);
		if (!colon || colon == p || colon == p + len - 1)
			return error_set(err, SB40_EINVAL, "--ratios: expected OUTPUT:COST, got %s",
					 error_quote(q, sizeof q, p, len));
		size_t a = find(t->set, p, (size_t)(colon - p));
		size_t b = find(t->set, colon + 1, len - (size_t)(colon - p) - 1);
		if (a == SIZE_MAX || b == SIZE_MAX)
			return error_set(err, SB40_EINVAL, "--ratios: no series %s in the input",
					 a == SIZE_MAX ? error_quote(q, sizeof q, p, (size_t)(colon - p))
						       : error_quote(q, sizeof q, colon + 1,
								     len - (size_t)(colon - p) - 1));
		if (t->npairs == MAX_PAIRS)
			return error_set(err, SB40_EINVAL, "--ratios: at most %d pairs", MAX_PAIRS);
		t->pair[t->npairs][0] = a;
		t->pair[t->npairs++][1] = b;
		p += len + (end != NULL);
	}
	return 0;
}

static double last_obs(const struct series *s)
{
	return s->y[s->n - 1];
}

static void to_json(struct buf *out, const struct t2 *t)
{
	json_t *root = json_object(), *tr = json_array(), *fc = json_array(), *ch = json_array(),
	       *ra = json_array();
	char per[24];
	const struct series *s0 = &t->set->s[0];
	for (size_t i = 0; i < t->set->n; i++) {
		const struct series *s = &t->set->s[i];
		json_t *o = json_object();
		json_object_set_new(o, "series", json_string(s->name));
		json_object_set_new(o, "a", json_real(t->tr[i].a));
		json_object_set_new(o, "b", json_real(t->tr[i].b));
		json_object_set_new(o, "r2", isfinite(t->tr[i].r2) ? json_real(t->tr[i].r2) : json_null());
		json_array_append_new(tr, o);
		double from = last_obs(s), to = t->fc[i * t->h + t->h - 1];
		o = json_object();
		json_object_set_new(o, "series", json_string(s->name));
		json_object_set_new(o, "from_period", json_string(series_period(s, s->n - 1, per)));
		json_object_set_new(o, "from", json_real(from));
		json_object_set_new(o, "to_period", json_string(series_period(s, s->n + t->h - 1, per)));
		json_object_set_new(o, "to", json_real(to));
		json_object_set_new(o, "change", json_real(to - from));
		json_object_set_new(o, "pct_of_base", json_real(t2_pct_of(from, to)));
		json_object_set_new(o, "growth_pct", json_real(t2_pct_of(from, to) - 100));
		json_array_append_new(ch, o);
	}
	for (size_t k = 0; k < t->h; k++) {
		json_t *o = json_object(), *v = json_object();
		json_object_set_new(o, "period", json_string(series_period(s0, s0->n + k, per)));
		for (size_t i = 0; i < t->set->n; i++)
			json_object_set_new(v, t->set->s[i].name, json_real(t->fc[i * t->h + k]));
		json_object_set_new(o, "values", v);
		json_array_append_new(fc, o);
	}
	for (size_t p = 0; p < t->npairs; p++) {
		size_t a = t->pair[p][0], b = t->pair[p][1];
		const struct series *sa = &t->set->s[a], *sb = &t->set->s[b];
		json_t *o = json_object();
		json_object_set_new(o, "output", json_string(sa->name));
		json_object_set_new(o, "cost", json_string(sb->name));
		json_object_set_new(o, "base_period", json_string(series_period(sa, sa->n - 1, per)));
		json_object_set_new(o, "base", json_real(last_obs(sa) / last_obs(sb)));
		json_object_set_new(o, "end_period", json_string(series_period(sa, sa->n + t->h - 1, per)));
		json_object_set_new(o, "end", json_real(t->fc[a * t->h + t->h - 1] /
							 t->fc[b * t->h + t->h - 1]));
		json_array_append_new(ra, o);
	}
	json_object_set_new(root, "trend", tr);
	json_object_set_new(root, "forecast", fc);
	json_object_set_new(root, "change", ch);
	json_object_set_new(root, "ratios", ra);
	fcr_json_out(out, root);
}

static void to_text(struct buf *b, const struct t2 *t, enum lang lang)
{
	const char *lc = lang_code(lang);
	const char *const *L = lbl[lang];
	const struct series *s0 = &t->set->s[0];
	char n1[64], p0[24], p1[24];
	int wn = 12;
	for (size_t i = 0; i < t->set->n; i++)
		if ((int)strlen(t->set->s[i].name) > wn)
			wn = (int)strlen(t->set->s[i].name);
	buf_addf(b, "%s, t = 1 (%s) .. %zu (%s)\n\n", L[L_TREND],
		 series_period(s0, 0, p0), s0->n, series_period(s0, s0->n - 1, p1));
	fcr_lpad(b, L[L_SERIES], wn);
	fcr_pad(b, "a", 14);
	fcr_pad(b, "b", 14);
	fcr_pad(b, "R2", 8);
	buf_addc(b, '\n');
	for (size_t i = 0; i < t->set->n; i++) {
		buf_addf(b, "%-*s", wn, t->set->s[i].name);
		fcr_pad(b, numfmt(n1, sizeof n1, t->tr[i].a, 3, lc), 14);
		fcr_pad(b, numfmt(n1, sizeof n1, t->tr[i].b, 3, lc), 14);
		fcr_pad(b, numfmt(n1, sizeof n1, t->tr[i].r2, 4, lc), 8);
		buf_addc(b, '\n');
	}
	buf_addf(b, "\n%s\n", L[L_FORECAST]);
	fcr_lpad(b, L[L_PERIOD], 8);
	for (size_t i = 0; i < t->set->n; i++) {
		buf_addc(b, ' ');
		fcr_pad(b, t->set->s[i].name, 14);
	}
	buf_addc(b, '\n');
	for (size_t k = 0; k < t->h; k++) {
		buf_addf(b, "%-8s", series_period(s0, s0->n + k, p0));
		for (size_t i = 0; i < t->set->n; i++) {
			int w = (int)strlen(t->set->s[i].name);
			buf_addc(b, ' ');
			fcr_pad(b, numfmt(n1, sizeof n1, t->fc[i * t->h + k], 1, lc), w > 14 ? w : 14);
		}
		buf_addc(b, '\n');
	}
	buf_addf(b, "\n%s\n", L[L_CHANGES]);
	fcr_lpad(b, L[L_SERIES], wn);
	fcr_pad(b, L[L_FROM], 9);
	fcr_pad(b, L[L_VALUE], 14);
	fcr_pad(b, L[L_TO], 9);
	fcr_pad(b, L[L_VALUE], 14);
	fcr_pad(b, L[L_CHANGE], 14);
	fcr_pad(b, L[L_PCT], 11);
	fcr_pad(b, L[L_GROWTH], 10);
	buf_addc(b, '\n');
	for (size_t i = 0; i < t->set->n; i++) {
		const struct series *s = &t->set->s[i];
		double from = last_obs(s), to = t->fc[i * t->h + t->h - 1];
		buf_addf(b, "%-*s", wn, s->name);
		fcr_pad(b, series_period(s, s->n - 1, p0), 9);
		fcr_pad(b, numfmt(n1, sizeof n1, from, 1, lc), 14);
		fcr_pad(b, series_period(s, s->n + t->h - 1, p1), 9);
		fcr_pad(b, numfmt(n1, sizeof n1, to, 1, lc), 14);
		fcr_pad(b, numfmt(n1, sizeof n1, to - from, 1, lc), 14);
		fcr_pad(b, numfmt(n1, sizeof n1, t2_pct_of(from, to), 1, lc), 11);
		fcr_pad(b, numfmt(n1, sizeof n1, t2_pct_of(from, to) - 100, 1, lc), 10);
		buf_addc(b, '\n');
	}
	if (!t->npairs)
		return;
	buf_addf(b, "\n%s\n", L[L_RATIOS]);
	for (size_t p = 0; p < t->npairs; p++) {
		size_t a = t->pair[p][0], c = t->pair[p][1];
		const struct series *sa = &t->set->s[a], *sc = &t->set->s[c];
		buf_addf(b, "%s / %s: %s %s; %s %s\n", sa->name, sc->name,
			 series_period(sa, sa->n - 1, p0),
			 numfmt(n1, sizeof n1, last_obs(sa) / last_obs(sc), 2, lc),
			 series_period(sa, sa->n + t->h - 1, p1),
			 numfmt(n1 + 32, sizeof n1 - 32,
				t->fc[a * t->h + t->h - 1] / t->fc[c * t->h + t->h - 1], 2, lc));
	}
}

int fctable2_write(struct buf *out, const struct series_set *set, size_t h, const char *ratios,
		   int json, enum lang lang, struct sb40_error *err)
{
	struct t2 t = {set, h, calloc(set->n, sizeof *t.tr), calloc(set->n * h, sizeof *t.fc),
		       {{0}}, 0};
	int rc = 0;
	char q[64];
	if (!t.tr || !t.fc) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 1; i < set->n; i++)
		if (set->s[i].freq != set->s[0].freq || set->s[i].first + (long)set->s[i].n !=
								 set->s[0].first + (long)set->s[0].n) {
			rc = error_set(err, SB40_EINVAL,
				       "--table2 needs series that end in the same period; %s does not",
				       error_quote(q, sizeof q, set->s[i].name, strlen(set->s[i].name)));
			goto out;
		}
	rc = parse_pairs(&t, ratios, err);
	for (size_t i = 0; !rc && i < set->n; i++) {
		rc = t2_trend_fit(set->s[i].y, set->s[i].n, h, &t.tr[i], t.fc + i * h, err);
		if (rc) {
			char msg[sizeof err->msg];
			snprintf(msg, sizeof msg, "%s", err->msg);
			error_set(err, rc, "series %s: %s",
				  error_quote(q, sizeof q, set->s[i].name, strlen(set->s[i].name)), msg);
		}
	}
	if (!rc) {
		if (json)
			to_json(out, &t);
		else
			to_text(out, &t, lang);
	}
out:
	free(t.tr);
	free(t.fc);
	return rc;
}
