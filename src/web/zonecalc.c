/* zonecalc.c - zone monitoring for the web (see zonecalc.h). */
#include "web/zonecalc.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "report/i18n_assess.h"
#include "report/i18n_zones.h"
#include "report/zone_report.h"

static enum lang lang_of(int l)
{
	return l >= 0 && l < LANG_COUNT ? (enum lang)l : LANG_UZ;
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort();
	return p;
}

static struct zdate utc_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	return (struct zdate){tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

int wz_load(struct store *st, int lang, struct wz_ctx *c, struct sb40_error *err)
{
	memset(c, 0, sizeof *c);
	c->lb = xcalloc(1, sizeof *c->lb);
	c->lang = lang;
	c->today = utc_today();
	c->norm = RANK_MINMAX;
	zone_default_weights(c->w);
	if (zoneload(st, &c->d, c->lb, err)) {
		free(c->lb);
		c->lb = NULL;
		return err->code ? err->code : SB40_EIO;
	}
	c->year = zd_latest_year(&c->d);
	return 0;
}

void wz_release(struct wz_ctx *c)
{
	if (c->lb)
		zone_data_release(&c->d);
	free(c->lb);
	c->lb = NULL;
}

int wz_weights(const char *text, double w[ZI_COUNT], struct sb40_error *err)
{
	struct buf j = BUF_INIT;
	int rc, n = 0;
	const char *p = text;
	while (*p == ' ')
		p++;
	if (*p == '{') {
		buf_adds(&j, p);
	} else {
		/* code:w,code:w as a JSON object; codes are [a-z0-9_] */
		buf_addc(&j, '{');
		for (const char *s = p; *s;) {
			const char *colon = strchr(s, ':'), *comma = strchr(s, ',');
			if (!comma)
				comma = s + strlen(s);
			if (!colon || colon > comma || colon == s) {
				buf_release(&j);
				return error_setwhere(err, SB40_EINVAL, "weights",
						      "expected code:weight[,code:weight...] or a JSON "
						      "object");
			}
			for (const char *q = s; q < colon; q++)
				if (!((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '_')) {
					buf_release(&j);
					return error_setwhere(err, SB40_EINVAL, "weights",
							      "unknown indicator \"%.*s\"",
							      (int)(colon - s) > 48 ? 48 : (int)(colon - s), s);
				}
			for (const char *q = colon + 1; q < comma; q++)
				if (!strchr("0123456789.eE+-", *q)) {
					buf_release(&j);
					return error_setwhere(err, SB40_EINVAL, "weights",
							      "a weight must be a number");
				}
			buf_addf(&j, "%s\"%.*s\": %.*s", n++ ? ", " : "", (int)(colon - s), s,
				 (int)(comma - colon - 1), colon + 1);
			s = *comma ? comma + 1 : comma;
		}
		buf_addc(&j, '}');
	}
	rc = zone_weights_parse(j.data, j.len, "weights", w, err);
	buf_release(&j);
	if (rc)
		return rc;
	n = 0;
	for (int i = 0; i < ZI_COUNT; i++)
		n += w[i] > 0;
	if (n > ZT_MAX_COLS - 1)
		return error_setwhere(err, SB40_EINVAL, "weights",
				      "at most %d indicators can be weighted, got %d", ZT_MAX_COLS - 1,
				      n);
	return 0;
}

static void opts_of(const struct wz_ctx *c, struct zone_opts *o)
{
	memset(o, 0, sizeof *o);
	o->year = c->year;
	o->today = c->today;
	memcpy(o->w, c->w, sizeof o->w);
	o->norm = c->norm;
	o->draws = WZ_DRAWS;
	o->spread = WZ_SPREAD;
	o->seed = WZ_SEED;
	o->lang = lang_of(c->lang);
}

static struct ztable *table(const struct zdoc *doc, const char *id)
{
	for (size_t i = 0; i < doc->ntables; i++)
		if (!strcmp(doc->tables[i]->id, id))
			return doc->tables[i];
	return NULL;
}

static int col(const struct ztable *t, const char *id)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcmp(t->cols[i].id, id))
			return (int)i;
	return -1;
}

static double num(struct ztable *t, size_t row, int c)
{
	struct zcell *z = c >= 0 ? ztable_cell(t, row, (size_t)c) : NULL;
	return z && z->kind == ZC_NUM ? z->v : NAN;
}

static char *dup(const char *s)
{
	size_t n = strlen(s ? s : "");
	char *p = xcalloc(n + 1, 1);
	memcpy(p, s ? s : "", n);
	return p;
}

int wz_ranking(const struct wz_ctx *c, struct wz_rank *out, struct sb40_error *err)
{
	struct zone_opts o;
	struct zdoc doc;
	struct ztable *t;
	int rc;
	memset(out, 0, sizeof *out);
	memset(&doc, 0, sizeof doc);
	opts_of(c, &o);
	doc.lang = o.lang;
	rc = zone_view_rank(&c->d, c->lb, &o, &doc, err);
	if (rc || !(t = table(&doc, "ranking"))) {
		zdoc_release(&doc);
		return rc ? rc : error_set(err, SB40_EINVAL, "no ranking");
	}
	int cz = col(t, "zone"), cr = col(t, "rank"), ci = col(t, "index"),
	    cc = col(t, "coverage_pct"), cb = col(t, "rank_best"), cw = col(t, "rank_worst"),
	    cs = col(t, "same_rank_pct");
	out->zone = xcalloc(t->nrows, sizeof *out->zone);
	out->rank = xcalloc(t->nrows, sizeof *out->rank);
	out->score = xcalloc(t->nrows, sizeof *out->score);
	out->coverage = xcalloc(t->nrows, sizeof *out->coverage);
	out->best = xcalloc(t->nrows, sizeof *out->best);
	out->worst = xcalloc(t->nrows, sizeof *out->worst);
	out->same_pct = xcalloc(t->nrows, sizeof *out->same_pct);
	for (size_t i = 0; i < t->nrows; i++) {
		struct zcell *z = cz >= 0 ? ztable_cell(t, i, (size_t)cz) : NULL;
		long k = z && z->kind == ZC_TEXT ? zd_zone_index(&c->d, z->s) : -1;
		double rk = num(t, i, cr), b = num(t, i, cb), w = num(t, i, cw);
		if (k < 0)
			continue;
		size_t m = out->m++;
		out->zone[m] = (size_t)k;
		out->rank[m] = isnan(rk) ? 0 : (int)rk;
		out->score[m] = num(t, i, ci);
		out->coverage[m] = num(t, i, cc);
		out->best[m] = isnan(b) ? 0 : (int)b;
		out->worst[m] = isnan(w) ? 0 : (int)w;
		out->same_pct[m] = num(t, i, cs);
	}
	for (int i = 0; i < ZI_COUNT; i++)
		if (c->w[i] > 0 && out->nind < ZT_MAX_COLS - 1) {
			out->ind[out->nind] = i;
			out->wt[out->nind++] = c->w[i];
		}
	if (t->svg && !strncmp(t->svg, "<svg ", 5)) {
		struct buf s = BUF_INIT;
		buf_adds(&s, "<svg class=\"chart rank\" ");
		buf_adds(&s, t->svg + 5);
		out->svg = dup(s.data);
		buf_release(&s);
	} else {
		out->svg = dup(t->svg);
	}
	out->note = dup(t->note);
	zdoc_release(&doc);
	return 0;
}

void wz_rank_release(struct wz_rank *r)
{
	free(r->zone);
	free(r->rank);
	free(r->score);
	free(r->coverage);
	free(r->best);
	free(r->worst);
	free(r->same_pct);
	free(r->svg);
	free(r->note);
	memset(r, 0, sizeof *r);
}

void wz_checks(const struct wz_ctx *c, struct wz_findings *out)
{
	struct chk_list l = {0, 0, NULL};
	struct zone_opts o;
	struct zdoc doc;
	struct ztable *t;
	size_t errors, k = 0;
	memset(out, 0, sizeof *out);
	memset(&doc, 0, sizeof doc);
	opts_of(c, &o);
	doc.lang = o.lang;
	zone_checks(&c->d, c->today, &l);
	/* the same rules again, worded: one row per finding, in the same order */
	zone_view_check(&c->d, c->lb, &o, &doc, &errors);
	t = table(&doc, "findings");
	int cm = t ? col(t, "message") : -1;
	int worded = t && cm >= 0 && t->nrows == l.n;
	out->f = xcalloc(l.n, sizeof *out->f);
	out->n = l.n;
	for (int sev = CHK_ERROR; sev >= CHK_INFO; sev--)
		for (size_t i = 0; i < l.n; i++) {
			const struct chk_finding *f = &l.f[i];
			struct wz_finding *w = &out->f[k];
			if ((int)f->sev != sev)
				continue;
			k++;
			out->count[f->sev]++;
			w->sev = f->sev;
			w->rule = chk_rule_id(f->rule);
			w->rule_name = chk_rule_name(f->rule);
			snprintf(w->entity, sizeof w->entity, "%s", f->entity);
			snprintf(w->period, sizeof w->period, "%s", f->period);
			snprintf(w->zone, sizeof w->zone, "%s", f->zone);
			if (f->rule == CHK_OBLIGATION_OVERDUE || f->rule == CHK_OBLIGATION_LATE)
				snprintf(w->tin, sizeof w->tin, "%.15s", f->entity);
			if (worded) {
				struct zcell *z = ztable_cell(t, i, (size_t)cm);
				w->msg = dup(z && z->kind == ZC_TEXT ? z->s : "");
			} else {
				struct buf b = BUF_INIT;
				buf_addf(&b, "%s %s %s", w->rule, w->entity, w->period);
				w->msg = dup(b.data);
				buf_release(&b);
			}
		}
	zdoc_release(&doc);
	chk_list_release(&l);
}

void wz_findings_release(struct wz_findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->f[i].msg);
	free(f->f);
	memset(f, 0, sizeof *f);
}

const char *wz_text(int lang, const char *key)
{
	for (int k = 0; k < ZT_COUNT; k++) {
		const char *name = zt_key_name((enum zt_key)k);
		if (name && !strcmp(name, key))
			return zt_text(lang_of(lang), (enum zt_key)k);
	}
	return key;
}

void wz_fill(struct buf *b, const char *tmpl, const char *const *names,
	     const char *const *values, size_t n)
{
	struct ia_arg a[8];
	if (n > 8)
		n = 8;
	for (size_t i = 0; i < n; i++) {
		a[i].name = names[i];
		a[i].value = values[i];
	}
	i18n_fill(b, tmpl, a, n);
}
