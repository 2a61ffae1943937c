/* zone_report.c - the ranking, the findings and the yearly report. */
#include "report/zone_report.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "domain/checks.h"
#include "domain/zoneind.h"
#include "report/chart.h"
#include "report/numfmt.h"
#include "report/zone_report_int.h"

#define MAX_RANKED ZT_MAX_COLS - 1

void zone_default_weights(double w[ZI_COUNT])
{
	for (int i = 0; i < ZI_COUNT; i++)
		w[i] = 0;
	w[ZI_ENTERPRISES_PER_HA] = 1;
	w[ZI_WORKERS_PER_HA] = 1;
	w[ZI_WORKERS_PER_ENTERPRISE] = 1;
	w[ZI_INFRASTRUCTURE_PCT] = 1;
	w[ZI_OBLIGATIONS_FULFILLED_PCT] = 1;
}

int zone_view_year(const struct zone_data *d, const struct zone_opts *o)
{
	return o->year ? o->year : zd_latest_year(d);
}

const char *zr_fill1(struct zdoc *doc, const struct zone_opts *o, enum zt_key key,
		     const char *name, const char *value)
{
	struct buf b = BUF_INIT;
	struct ia_arg a = {name, value};
	i18n_fill(&b, zt_text(o->lang, key), &a, 1);
	return zdoc_keep(doc, &b);
}

const char *zr_kind(const struct zone_opts *o, const char *kind)
{
	if (!strcmp(kind, "investment"))
		return ZT(o, K_INVESTMENT);
	if (!strcmp(kind, "jobs"))
		return ZT(o, K_JOBS);
	if (!strcmp(kind, "export"))
		return ZT(o, K_EXPORT);
	return kind;
}

char *zr_num(char *out, size_t n, const struct zone_opts *o, double v, int dec)
{
	if (!isnan(v) && v == floor(v) && fabs(v) < 1e15)
		dec = 0;
	return numfmt(out, n, v, dec, lang_code(o->lang));
}

/* The ranked indicators: those with a positive weight, in enum order. */
static size_t ranked_indicators(const struct zone_opts *o, int *ind)
{
	size_t n = 0;
	for (int i = 0; i < ZI_COUNT && n < MAX_RANKED; i++)
		if (o->w[i] > 0)
			ind[n++] = i;
	return n;
}

/* Zone I before zone J: by rank (unranked last), then by code. */
static int before(const struct zone_data *d, const struct rank_result *r, size_t i, size_t j)
{
	int ri = r->rank[i] ? r->rank[i] : 1 << 30, rj = r->rank[j] ? r->rank[j] : 1 << 30;
	if (ri != rj)
		return ri < rj;
	return strcmp(d->zones[i].code, d->zones[j].code) < 0;
}

static void meta_rank(struct zdoc *doc, const struct zone_opts *o, int year, size_t *nmeta)
{
	char y[16];
	snprintf(y, sizeof y, "%d", year);
	doc->meta[(*nmeta)++] = zr_fill1(doc, o, ZT_N_YEAR, "year", y);
	doc->meta[(*nmeta)++] = o->norm == RANK_ZSCORE ? ZT(o, N_NORM_ZSCORE) : ZT(o, N_NORM_MINMAX);
	doc->meta[(*nmeta)++] = ZT(o, N_MISSING_RULE);
}

/* Adds the ranking tables for YEAR to DOC. */
static int rank_tables(const struct zone_data *d, const struct zone_labels *lb,
		       const struct zone_opts *o, int year, struct zdoc *doc, struct sb40_error *err)
{
	int ind[MAX_RANKED];
	size_t n = ranked_indicators(o, ind), m = d->nzones;
	char y[16];
	int rc;
	if (!m)
		return error_set(err, SB40_EINVAL, "no zones in the database");
	double *x = malloc(m * n * sizeof *x), *w = malloc(n * sizeof *w);
	int *dir = malloc(n * sizeof *dir);
	size_t *order = malloc(m * sizeof *order);
	if (!x || !w || !dir || !order)
		abort();
	for (size_t j = 0; j < n; j++) {
		w[j] = o->w[ind[j]];
		dir[j] = zd_ind_direction(ind[j]);
		for (size_t i = 0; i < m; i++)
			x[i * n + j] = zoneind_value(d, i, ind[j], year);
	}
	struct rank_input in = {m, n, x, dir, w, o->norm};
	struct rank_result r;
	rc = rank_compute(&in, &r, err);
	if (!rc)
		rc = rank_sensitivity(&in, &r, o->draws, o->spread, o->seed, err);
	if (rc) {
		if (r.r)
			rank_result_release(&r);
		free(x);
		free(w);
		free(dir);
		free(order);
		if (rc == SB40_EINVAL && !strncmp(err->msg, "no zone has", 11))
			return error_set(err, SB40_EINVAL,
					 "no zone has a value for any weighted indicator in %d", year);
		return rc;
	}
	for (size_t i = 0; i < m; i++) {
		size_t k = i;
		for (; k > 0 && before(d, &r, i, order[k - 1]); k--)
			order[k] = order[k - 1];
		order[k] = i;
	}

	snprintf(y, sizeof y, "%d", year);
	struct ztable *t = ztable_new("ranking", zr_fill1(doc, o, ZT_T_RANK, "year", y));
	ztable_col(t, "zone", ZT(o, C_ZONE));
	ztable_col(t, "name", ZT(o, C_NAME));
	ztable_col(t, "rank", ZT(o, C_RANK));
	ztable_col(t, "index", ZT(o, C_SCORE));
	ztable_col(t, "coverage_pct", ZT(o, C_COVERAGE));
	ztable_col(t, "rank_best", ZT(o, C_BEST));
	ztable_col(t, "rank_worst", ZT(o, C_WORST));
	ztable_col(t, "same_rank_pct", ZT(o, C_SAME));
	struct chart_bar *bars = calloc(m, sizeof *bars);
	char (*texts)[32] = calloc(m, sizeof *texts);
	double lo = INFINITY, hi = -INFINITY;
	if (!bars || !texts)
		abort();
	for (size_t i = 0; i < m; i++)
		if (!isnan(r.score[i])) {
			lo = fmin(lo, r.score[i]);
			hi = fmax(hi, r.score[i]);
		}
	for (size_t k = 0; k < m; k++) {
		size_t i = order[k];
		ztable_row(t);
		ztable_text(t, 0, d->zones[i].code);
		ztable_text(t, 1, d->zones[i].name);
		if (r.rank[i])
			ztable_num(t, 2, r.rank[i], 0);
		else
			ztable_coded(t, 2, ZT(o, N_NOT_RANKED), "not ranked");
		ztable_num(t, 3, r.score[i], 3);
		ztable_num(t, 4, 100 * r.coverage[i], 0);
		if (r.rank[i]) {
			ztable_num(t, 5, r.rank_lo[i], 0);
			ztable_num(t, 6, r.rank_hi[i], 0);
			ztable_num(t, 7, 100 * r.p_same[i], 0);
		}
		/* the chart: min-max scores as they are, z-scores shifted to start at 0 */
		bars[k].label = d->zones[i].name;
		bars[k].value = isnan(r.score[i]) ? NAN
				: o->norm == RANK_MINMAX ? r.score[i]
							 : r.score[i] - lo;
		numfmt(texts[k], sizeof texts[k], r.score[i], 3, lang_code(o->lang));
		bars[k].text = texts[k];
		bars[k].note = ZT(o, N_NOT_RANKED);
		bars[k].highlight = r.rank[i] == 1;
	}
	struct buf svg = BUF_INIT, note = BUF_INIT;
	chart_hbar(&svg, bars, m, o->norm == RANK_MINMAX ? 1 : fmax(hi - lo, 1e-9),
		   t->title);
	ztable_svg(t, svg.data);
	{
		char dr[32], sp[32], sd[32];
		struct ia_arg a[3] = {{"draws", dr}, {"spread", sp}, {"seed", sd}};
		snprintf(dr, sizeof dr, "%lu", o->draws);
		zr_num(sp, sizeof sp, o, 100 * o->spread, 0);
		snprintf(sd, sizeof sd, "%llu", (unsigned long long)o->seed);
		i18n_fill(&note, ZT(o, N_SENS), a, 3);
		ztable_note(t, note.data);
	}
	buf_release(&svg);
	buf_release(&note);
	zdoc_add(doc, t);

	/* the values ranked on, with per-indicator ranks in JSON/CSV only via
	 * the value order; labels in the user's language */
	t = ztable_new("values", zr_fill1(doc, o, ZT_T_INDICATORS, "year", y));
	ztable_col(t, "zone", ZT(o, C_ZONE));
	for (size_t j = 0; j < n; j++)
		ztable_col(t, zd_ind_code(ind[j]), zone_label(lb, zd_ind_code(ind[j]), o->lang));
	for (size_t k = 0; k < m; k++) {
		size_t i = order[k];
		ztable_row(t);
		ztable_text(t, 0, d->zones[i].code);
		for (size_t j = 0; j < n; j++)
			ztable_num(t, 1 + j, x[i * n + j], 2);
	}
	zdoc_add(doc, t);
	/* per-indicator ranks, direction-aware, ties shared */
	t = ztable_new("indicator_ranks", ZT(o, T_IND_RANKS));
	ztable_col(t, "zone", ZT(o, C_ZONE));
	for (size_t j = 0; j < n; j++)
		ztable_col(t, zd_ind_code(ind[j]), zone_label(lb, zd_ind_code(ind[j]), o->lang));
	for (size_t k = 0; k < m; k++) {
		size_t i = order[k];
		ztable_row(t);
		ztable_text(t, 0, d->zones[i].code);
		for (size_t j = 0; j < n; j++)
			ztable_num(t, 1 + j, r.ind_rank[i * n + j] ? r.ind_rank[i * n + j] : NAN, 0);
	}
	zdoc_add(doc, t);
	t = ztable_new("weights", ZT(o, T_WEIGHTS));
	ztable_col(t, "indicator", ZT(o, C_INDICATOR));
	ztable_col(t, "name", ZT(o, C_NAME));
	ztable_col(t, "weight", ZT(o, C_WEIGHT));
	ztable_col(t, "direction", ZT(o, C_DIRECTION));
	ztable_col(t, "zones_with_value", ZT(o, C_HAVE));
	for (size_t j = 0; j < n; j++) {
		size_t have = 0;
		for (size_t i = 0; i < m; i++)
			have += !isnan(x[i * n + j]);
		ztable_row(t);
		ztable_text(t, 0, zd_ind_code(ind[j]));
		ztable_text(t, 1, zone_label(lb, zd_ind_code(ind[j]), o->lang));
		ztable_num(t, 2, w[j], 2);
		ztable_coded(t, 3, dir[j] > 0 ? ZT(o, DIR_UP) : ZT(o, DIR_DOWN),
			     dir[j] > 0 ? "higher_is_better" : "lower_is_better");
		ztable_num(t, 4, (double)have, 0);
	}
	zdoc_add(doc, t);
	free(bars);
	free(texts);
	rank_result_release(&r);
	free(x);
	free(w);
	free(dir);
	free(order);
	return 0;
}

int zone_view_rank(const struct zone_data *d, const struct zone_labels *lb,
		   const struct zone_opts *o, struct zdoc *doc, struct sb40_error *err)
{
	int year = zone_view_year(d, o);
	size_t nmeta = 0;
	char y[16];
	struct buf extra = BUF_INIT;
	if (!year)
		return error_set(err, SB40_EINVAL, "no zone values in the database");
	snprintf(y, sizeof y, "%d", year);
	doc->command = "rank";
	doc->title = zr_fill1(doc, o, ZT_T_RANK, "year", y);
	meta_rank(doc, o, year, &nmeta);
	buf_addf(&extra, "\"year\": %d, \"normalisation\": \"%s\", \"draws\": %lu, "
			 "\"spread\": %g, \"seed\": %llu",
		 year, rank_norm_code(o->norm), o->draws, o->spread, (unsigned long long)o->seed);
	doc->json_extra = zdoc_keep(doc, &extra);
	return rank_tables(d, lb, o, year, doc, err);
}

/* Region NAME (English) in O's language, NAME itself when unknown. */
static const char *region_name(const struct zone_data *d, const char *name,
			       const struct zone_opts *o)
{
	for (size_t i = 0; i < d->nregions; i++)
		if (!strcmp(d->regions[i].name, name) && d->regions[i].names[o->lang][0])
			return d->regions[i].names[o->lang];
	return name;
}

/* Finding F in O's language. */
static void finding_text(struct buf *out, const struct zone_data *d, const struct chk_finding *f,
			 const struct zone_labels *lb, const struct zone_opts *o)
{
	char a[48], b[48], c[48], n[24], diff[48];
	const char *ind = f->ind;
	if (f->rule == CHK_OBLIGATION_OVERDUE || f->rule == CHK_OBLIGATION_LATE)
		ind = zr_kind(o, f->ind);
	else if (*f->ind)
		ind = zone_label(lb, f->ind, o->lang);
	zr_num(a, sizeof a, o, f->a, 2);
	zr_num(b, sizeof b, o, f->b, 2);
	zr_num(c, sizeof c, o, f->c, 2);
	zr_num(diff, sizeof diff, o, f->a - f->b, 2);
	snprintf(n, sizeof n, "%ld", f->n);
	const struct ia_arg args[] = {
		{"entity", f->zone[0] ? f->entity : region_name(d, f->entity, o)},
		{"period", f->period}, {"indicator", ind},
		{"zone", f->zone},     {"a", a},              {"b", b},
		{"c", c},              {"n", n},              {"diff", diff},
		{"date1", f->date1},   {"date2", f->date2},
	};
	i18n_fill(out, zt_text(o->lang, (enum zt_key)(ZT_R_ZC01 + (int)f->rule)), args,
		  sizeof args / sizeof *args);
}

static const char *sev_text(const struct zone_opts *o, enum chk_sev s)
{
	return s == CHK_ERROR ? ZT(o, SEV_ERROR) : s == CHK_WARNING ? ZT(o, SEV_WARNING)
								  : ZT(o, SEV_INFO);
}

/* The findings table; returns the number of errors, counts in N[3]. */
static size_t check_table(const struct zone_data *d, const struct zone_labels *lb,
			  const struct zone_opts *o, struct zdoc *doc, size_t n[3])
{
	struct chk_list l = {0, 0, NULL};
	size_t errors = zone_checks(d, o->today, &l);
	struct ztable *t = ztable_new("findings", ZT(o, T_CHECKS));
	struct buf msg = BUF_INIT;
	n[0] = n[1] = n[2] = 0;
	ztable_col(t, "rule", ZT(o, C_RULE));
	ztable_col(t, "severity", ZT(o, C_SEVERITY));
	ztable_col(t, "entity", ZT(o, C_ENTITY));
	ztable_col(t, "period", ZT(o, C_PERIOD));
	ztable_col(t, "message", ZT(o, C_FINDING));
	for (size_t i = 0; i < l.n; i++) {
		const struct chk_finding *f = &l.f[i];
		n[f->sev]++;
		buf_reset(&msg);
		finding_text(&msg, d, f, lb, o);
		ztable_row(t);
		ztable_text(t, 0, chk_rule_id(f->rule));
		ztable_coded(t, 1, sev_text(o, f->sev), chk_sev_code(f->sev));
		ztable_coded(t, 2, f->zone[0] ? f->entity : region_name(d, f->entity, o), f->entity);
		ztable_text(t, 3, f->period);
		ztable_text(t, 4, msg.data);
	}
	buf_reset(&msg);
	if (!l.n) {
		buf_adds(&msg, ZT(o, N_NO_FINDINGS));
	} else {
		char e[16], w[16], in[16];
		struct ia_arg a[3] = {{"errors", e}, {"warnings", w}, {"infos", in}};
		snprintf(e, sizeof e, "%zu", n[CHK_ERROR]);
		snprintf(w, sizeof w, "%zu", n[CHK_WARNING]);
		snprintf(in, sizeof in, "%zu", n[CHK_INFO]);
		i18n_fill(&msg, ZT(o, N_SUMMARY), a, 3);
	}
	ztable_note(t, msg.data);
	buf_release(&msg);
	zdoc_add(doc, t);
	chk_list_release(&l);
	return errors;
}

void zone_view_check(const struct zone_data *d, const struct zone_labels *lb,
		     const struct zone_opts *o, struct zdoc *doc, size_t *errors)
{
	char date[11];
	size_t n[3];
	struct buf extra = BUF_INIT;
	zdate_format(o->today, date);
	doc->command = "check";
	doc->title = ZT(o, T_CHECKS);
	doc->meta[0] = zr_fill1(doc, o, ZT_N_TODAY, "date", date);
	*errors = check_table(d, lb, o, doc, n);
	buf_addf(&extra, "\"today\": \"%s\", \"errors\": %zu, \"warnings\": %zu, \"infos\": %zu",
		 date, n[CHK_ERROR], n[CHK_WARNING], n[CHK_INFO]);
	doc->json_extra = zdoc_keep(doc, &extra);
}

/* Enterprises per zone by year: a table zone x year (the last 15 years up
 * to YEAR) and a line chart with trends to YEAR + 2. */
static void timeline(const struct zone_data *d, const struct zone_opts *o, int year,
		     struct zdoc *doc)
{
	struct ztable *t = ztable_new("timeline", ZT(o, T_TIMELINE));
	size_t m = d->nzones;
	int first = d->year0, last = year + 2;
	char y[16];
	if (year - first + 1 > ZT_MAX_COLS - 1)
		first = year - (ZT_MAX_COLS - 2);
	size_t nx = last >= first ? (size_t)(last - first + 1) : 0;
	ztable_col(t, "zone", ZT(o, C_ZONE));
	for (int k = first; k <= year; k++) {
		snprintf(y, sizeof y, "%d", k);
		ztable_col(t, y, y);
	}
	if (!nx || !m) {
		zdoc_add(doc, t);
		return;
	}
	int *x = malloc(nx * sizeof *x);
	double *v = malloc(m * nx * sizeof *v), *fc = malloc(m * nx * sizeof *fc);
	struct chart_line *s = calloc(m, sizeof *s);
	if (!x || !v || !fc || !s)
		abort();
	for (size_t i = 0; i < nx; i++)
		x[i] = first + (int)i;
	for (size_t z = 0; z < m; z++) {
		ztable_row(t);
		ztable_text(t, 0, d->zones[z].code);
		for (size_t i = 0; i < nx; i++) {
			double e = x[i] <= year ? zd_get(d, z, ZI_ENTERPRISES, x[i]) : NAN;
			v[z * nx + i] = e;
			if (x[i] <= year)
				ztable_num(t, 1 + i, e, 0);
		}
		zoneind_trend(x, nx, v + z * nx, fc + z * nx);
		s[z] = (struct chart_line){d->zones[z].name, v + z * nx, fc + z * nx};
	}
	struct buf svg = BUF_INIT;
	snprintf(y, sizeof y, "%d", last);
	chart_lines(&svg, x, nx, s, m, t->title);
	ztable_svg(t, svg.data);
	ztable_note(t, zr_fill1(doc, o, ZT_N_FORECAST, "year", y));
	buf_release(&svg);
	zdoc_add(doc, t);
	free(x);
	free(v);
	free(fc);
	free(s);
}

/* Bars of one indicator per zone in YEAR (0..100). */
static void pct_chart(const struct zone_data *d, const struct zone_opts *o, int ind, int year,
		      const char *id, const char *title, const char *col_label, struct zdoc *doc)
{
	size_t m = d->nzones;
	struct chart_bar *bars = calloc(m ? m : 1, sizeof *bars);
	char (*texts)[32] = calloc(m ? m : 1, sizeof *texts);
	struct ztable *t = ztable_new(id, title);
	if (!bars || !texts)
		abort();
	ztable_col(t, "zone", ZT(o, C_ZONE));
	ztable_col(t, "value_pct", col_label);
	for (size_t z = 0; z < m; z++) {
		double v = zoneind_value(d, z, ind, year);
		bars[z].label = d->zones[z].name;
		bars[z].value = v;
		zr_num(texts[z], sizeof texts[z], o, v, 1);
		bars[z].text = texts[z];
		bars[z].note = "\u2013";
		ztable_row(t);
		ztable_text(t, 0, d->zones[z].code);
		ztable_num(t, 1, v, 1);
	}
	struct buf svg = BUF_INIT;
	chart_hbar(&svg, bars, m, 100, title);
	ztable_svg(t, svg.data);
	buf_release(&svg);
	zdoc_add(doc, t);
	free(bars);
	free(texts);
}

int zone_view_report(const struct zone_data *d, const struct zone_labels *lb,
		     const struct zone_opts *o, struct zdoc *doc, struct sb40_error *err)
{
	int year = zone_view_year(d, o);
	size_t nmeta = 0, n[3];
	char y[16], date[11];
	struct buf extra = BUF_INIT;
	if (!year)
		return error_set(err, SB40_EINVAL, "no zone values in the database");
	snprintf(y, sizeof y, "%d", year);
	zdate_format(o->today, date);
	doc->command = "report";
	doc->title = zr_fill1(doc, o, ZT_T_REPORT, "year", y);
	meta_rank(doc, o, year, &nmeta);
	doc->meta[nmeta++] = zr_fill1(doc, o, ZT_N_TODAY, "date", date);
	int rc = rank_tables(d, lb, o, year, doc, err);
	if (rc)
		return rc;
	timeline(d, o, year, doc);
	pct_chart(d, o, ZI_INFRASTRUCTURE_PCT, year, "infrastructure", ZT(o, T_INFRA),
		  zone_label(lb, "infrastructure_pct", o->lang), doc);
	zone_view_obligations(d, o, doc);
	size_t errors = check_table(d, lb, o, doc, n);
	zone_view_lots(d, o, doc);
	zone_view_regions(d, o, doc);
	doc->command = "report";
	buf_addf(&extra, "\"year\": %d, \"today\": \"%s\", \"normalisation\": \"%s\", "
			 "\"errors\": %zu, \"warnings\": %zu, \"infos\": %zu",
		 year, date, rank_norm_code(o->norm), errors, n[CHK_WARNING], n[CHK_INFO]);
	doc->json_extra = zdoc_keep(doc, &extra);
	return 0;
}
