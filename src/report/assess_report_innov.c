/* assess_report_innov.c - the imitative-innovation result as text, JSON and
 * HTML. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "base/text.h"
#include "report/assess_report.h"
#include "report/assess_report_int.h"
#include "report/chart.h"
#include "report/html.h"
#include "report/i18n_assess.h"

/* Keys follow the domain enums in order (see i18n_assess.h). */
_Static_assert(IA_R_GO - IA_R_DECLINE == RULE_GO - RULE_DECLINE, "rule keys");
_Static_assert(IA_PHASE_DECLINE - IA_PHASE_INTRODUCTION == LC_DECLINE - LC_INTRODUCTION, "phases");
_Static_assert(IA_CAP_RAW_MATERIALS - IA_CAP_MASTERING == CAP_RAW_MATERIALS - CAP_MASTERING, "caps");
_Static_assert(IA_TYPE_ORGANISATION - IA_TYPE_PRODUCT == IMIT_ORGANISATION - IMIT_PRODUCT, "types");
_Static_assert(IA_PROP_TRADEMARK - IA_PROP_PUBLIC == PROP_TRADEMARK - PROP_PUBLIC, "property");
_Static_assert(IA_IE_HARVEST - IA_IE_GROW == IE_HARVEST_DIVEST - IE_GROW_BUILD, "strategies");
_Static_assert(IA_THREATS - IA_STRENGTHS == SWOT_THREAT - SWOT_STRENGTH, "swot kinds");
_Static_assert(IA_SEV_INFO - IA_SEV_BLOCKER == SEV_INFO - SEV_BLOCKER, "severities");

#define T(key) ia_text(l, IA_##key)

static const char *cand(const struct innov_doc *d, long i)
{
	return i >= 0 && (size_t)i < d->in.ncandidates ? d->candidates[i].name : "";
}

/* "+10%" for a sensitivity move. */
static const char *change_text(char *out, size_t n, enum lang l, double delta)
{
	return ar_pct(out, n, l, delta, 0, 1);
}

/* One reason in words. */
static void reason_text(struct buf *b, enum lang l, const struct innov_doc *d,
			const struct innov_result *r, const struct innov_reason *rs)
{
	char v1[48], v2[48], v3[48];
	struct ia_arg a[4];
	size_t n = 0;
	switch (rs->rule) {
	case RULE_DECLINE:
		a[n++] = (struct ia_arg){"growth", ar_pct(v1, sizeof v1, l, rs->value, 1, 1)};
		a[n++] = (struct ia_arg){"p", ar_pvalue(v2, sizeof v2, l, rs->value2)};
		break;
	case RULE_GROWTH:
		a[n++] = (struct ia_arg){"growth", ar_pct(v1, sizeof v1, l, rs->value, 1, 1)};
		break;
	case RULE_NO_MASTERING:
	case RULE_NO_PRODUCTION:
		a[n++] = (struct ia_arg){"score", ia_numstr(v1, sizeof v1, l, rs->value, 0, 0)};
		break;
	case RULE_POSITION:
		a[n++] = (struct ia_arg){"ife", ia_numstr(v1, sizeof v1, l, rs->value, 2, 0)};
		a[n++] = (struct ia_arg){"efe", ia_numstr(v2, sizeof v2, l, rs->value2, 2, 0)};
		a[n++] = (struct ia_arg){"cell", ar_roman((int)rs->item)};
		a[n++] = (struct ia_arg){"strategy", ia_text(l, IA_IE_GROW + r->swot.strategy)};
		break;
	case RULE_TYPE_NEEDS:
		a[n++] = (struct ia_arg){"type", ia_text(l, IA_TYPE_PRODUCT + r->type)};
		/* fall through */
	case RULE_WEAK_CAPABILITY:
		a[n++] = (struct ia_arg){"capability", ia_text(l, IA_CAP_MASTERING + rs->item)};
		a[n++] = (struct ia_arg){"score", ia_numstr(v1, sizeof v1, l, rs->value, 0, 0)};
		break;
	case RULE_PATENT_EXCLUDED:
	case RULE_TRADEMARK:
	case RULE_METHODS_DISAGREE:
		a[n++] = (struct ia_arg){"candidate", cand(d, rs->item)};
		break;
	case RULE_AHP_CONSISTENT:
		a[n++] = (struct ia_arg){"cr", ia_numstr(v1, sizeof v1, l, rs->value, 3, 0)};
		break;
	case RULE_WINNER:
		a[n++] = (struct ia_arg){"candidate", cand(d, rs->item)};
		a[n++] = (struct ia_arg){"score", ia_numstr(v1, sizeof v1, l, rs->value, 3, 0)};
		break;
	case RULE_SENSITIVE: {
		const struct innov_sens *s = &r->sens[rs->item];
		a[n++] = (struct ia_arg){"candidate", cand(d, s->winner)};
		a[n++] = (struct ia_arg){"criterion", d->criteria[s->criterion].name};
		a[n++] = (struct ia_arg){"change", change_text(v3, sizeof v3, l, s->delta)};
		break;
	}
	default:
		break;
	}
	ia_render(b, l, (enum ia_key)(IA_R_DECLINE + rs->rule), a, n);
}

/* The candidates in ranking order for one method: ranked ones by rank (then
 * input order), then the excluded ones in input order. */
static void order_by_rank(const size_t *rank, size_t m, size_t *idx)
{
	for (size_t i = 0; i < m; i++) {
		/* insertion sort on (excluded, rank), stable in input order */
		size_t k = i, ki = rank[i] ? rank[i] : (size_t)-1;
		while (k > 0 && (rank[idx[k - 1]] ? rank[idx[k - 1]] : (size_t)-1) > ki) {
			idx[k] = idx[k - 1];
			k--;
		}
		idx[k] = i;
	}
}

static void lifecycle_text(struct buf *b, enum lang l, const struct innov_result *r)
{
	char g[48], p[48], n[16];
	snprintf(n, sizeof n, "%zu", r->lc.k);
	const struct ia_arg a[3] = {{"growth", ar_pct(g, sizeof g, l, r->lc.growth, 1, 1)},
				    {"n", n},
				    {"p", ar_pvalue(p, sizeof p, l, r->lc.slope_p)}};
	ia_render(b, l, IA_LC_DETAIL, a, 3);
}

static void position_text(struct buf *b, enum lang l, const struct innov_result *r)
{
	const struct ia_arg a[2] = {{"cell", ar_roman(r->swot.ie_cell)},
				    {"strategy", ia_text(l, IA_IE_GROW + r->swot.strategy)}};
	ia_render(b, l, IA_POSITION_TEXT, a, 2);
}

static void weights_note(struct buf *b, enum lang l, const struct innov_result *r)
{
	char cr[32];
	const struct ia_arg a[1] = {{"cr", ia_numstr(cr, sizeof cr, l, r->ahp_stats.cr, 3, 0)}};
	ia_render(b, l, r->ahp ? IA_WEIGHTS_AHP : IA_WEIGHTS_DIRECT, a, 1);
}

/* ---- JSON ---- */

static json_t *ranking_json(const struct innov_doc *d, const double *score, const size_t *rank,
			    const int *excluded)
{
	size_t m = d->in.ncandidates, idx[m];
	json_t *arr = json_array();
	order_by_rank(rank, m, idx);
	for (size_t k = 0; arr && k < m; k++) {
		size_t i = idx[k];
		json_t *o = json_object();
		json_object_set_new(o, "name", json_string(d->candidates[i].name));
		json_object_set_new(o, "property",
				    json_string(innovation_property_id(d->candidates[i].property)));
		json_object_set_new(o, "score", excluded[i] ? json_null() : ar_real(score[i]));
		json_object_set_new(o, "rank", excluded[i] ? json_null() : json_integer((json_int_t)rank[i]));
		json_object_set_new(o, "excluded",
				    excluded[i] ? json_string(innovation_property_id(PROP_PATENT))
						: json_null());
		json_array_append_new(arr, o);
	}
	return arr;
}

json_t *assess_innovation_json(const struct innov_doc *d, const struct innov_result *r,
			       enum lang l)
{
	json_t *o = json_object(), *lc = json_object(), *w = json_array(), *sens = json_array(),
	       *reasons = json_array(), *steps = json_array(), *guide = json_object(),
	       *rank = json_object(), *pos = json_object();
	struct buf b = BUF_INIT;

	json_object_set_new(o, "assessment", json_string("innovation"));
	json_object_set_new(o, "language", json_string(lang_code(l)));
	json_object_set_new(o, "firm", ar_firm_json(&d->firm));
	json_object_set_new(o, "product", d->product ? json_string(d->product) : json_null());
	json_object_set_new(o, "imitation_type", json_string(innovation_type_id(r->type)));
	json_object_set_new(o, "verdict", json_string(r->go ? "go" : "no_go"));
	json_object_set_new(o, "lifecycle_phase", json_string(lifecycle_phase_name(r->lc.phase)));
	json_object_set_new(lc, "periods", json_integer((json_int_t)d->in.nsales));
	json_object_set_new(lc, "first_period", json_string(d->first_period));
	json_object_set_new(lc, "last_period", json_string(d->last_period));
	json_object_set_new(lc, "trend_window", json_integer((json_int_t)r->lc.k));
	json_object_set_new(lc, "slope", ar_real(r->lc.slope));
	json_object_set_new(lc, "slope_p", ar_real(r->lc.slope_p));
	json_object_set_new(lc, "growth", ar_real(r->lc.growth));
	json_object_set_new(lc, "acceleration", ar_real(r->lc.accel));
	json_object_set_new(lc, "acceleration_p", ar_real(r->lc.accel_p));
	json_object_set_new(lc, "cagr", ar_real(r->lc.cagr));
	json_object_set_new(o, "lifecycle", lc);
	for (size_t j = 0; j < d->in.ncriteria; j++) {
		json_t *c = json_object();
		json_object_set_new(c, "criterion", json_string(d->criteria[j].name));
		json_object_set_new(c, "direction",
				    json_string(d->criteria[j].direction == MCDA_COST ? "cost" : "benefit"));
		json_object_set_new(c, "weight", ar_real(r->weights[j]));
		json_array_append_new(w, c);
	}
	json_object_set_new(o, "weights", w);
	json_object_set_new(o, "weights_method", json_string(r->ahp ? "ahp" : "direct"));
	json_object_set_new(o, "consistency_ratio", r->ahp ? ar_real(r->ahp_stats.cr) : json_null());
	json_object_set_new(o, "ife", ar_real(r->swot.ife));
	json_object_set_new(o, "efe", ar_real(r->swot.efe));
	json_object_set_new(pos, "cell", json_integer(r->swot.ie_cell));
	json_object_set_new(pos, "strategy", json_string(swot_strategy_id(r->swot.strategy)));
	json_object_set_new(o, "strategic_position", pos);
	json_object_set_new(rank, "topsis", ranking_json(d, r->topsis, r->topsis_rank, r->excluded));
	json_object_set_new(rank, "weighted_sum", ranking_json(d, r->wsum, r->wsum_rank, r->excluded));
	json_object_set_new(o, "ranking", rank);
	json_object_set_new(o, "winner", r->winner >= 0 ? json_string(cand(d, r->winner)) : json_null());
	for (size_t k = 0; k < r->nsens; k++) {
		json_t *s = json_object();
		json_object_set_new(s, "criterion", json_string(d->criteria[r->sens[k].criterion].name));
		json_object_set_new(s, "change", json_real(r->sens[k].delta));
		json_object_set_new(s, "winner", json_string(cand(d, r->sens[k].winner)));
		json_object_set_new(s, "changed", json_boolean(r->sens[k].changed));
		json_array_append_new(sens, s);
	}
	json_object_set_new(o, "sensitivity", sens);
	for (size_t k = 0; k < r->nreasons; k++) {
		json_t *s = json_object();
		buf_reset(&b);
		reason_text(&b, l, d, r, &r->reasons[k]);
		json_object_set_new(s, "rule", json_string(innovation_rule_id(r->reasons[k].rule)));
		json_object_set_new(s, "severity",
				    json_string(innovation_severity_id(r->reasons[k].severity)));
		json_object_set_new(s, "text", json_string(b.data));
		json_array_append_new(reasons, s);
	}
	json_object_set_new(o, "reasons", reasons);
	json_object_set_new(guide, "type", json_string(innovation_type_id(r->type)));
	json_object_set_new(guide, "title", json_string(ia_text(l, IA_TYPE_PRODUCT + r->type)));
	for (int k = 0; k < 3; k++)
		json_array_append_new(steps, json_string(ia_text(l, IA_GUIDE_PRODUCT_1 + 3 * r->type + k)));
	json_object_set_new(guide, "steps", steps);
	json_object_set_new(o, "guidance", guide);
	buf_release(&b);
	return o;
}

/* ---- text ---- */

static void text_ranking(struct buf *b, enum lang l, const struct innov_doc *d,
			 const double *score, const size_t *rank, const int *excluded)
{
	size_t m = d->in.ncandidates, idx[m];
	order_by_rank(rank, m, idx);
	for (size_t k = 0; k < m; k++) {
		size_t i = idx[k];
		if (excluded[i]) {
			buf_addf(b, "    -  -       %s (%s)\n", d->candidates[i].name, T(EXCLUDED_PATENT));
			continue;
		}
		buf_addf(b, "    %-2zu ", rank[i]);
		ia_number(b, l, score[i], 4, 0);
		buf_addf(b, "  %s\n", d->candidates[i].name);
	}
}

static void text_report(struct buf *b, enum lang l, const struct innov_doc *d,
			const struct innov_result *r)
{
	size_t wname = 12;
	for (size_t j = 0; j < d->in.ncriteria; j++) {
		size_t w = utf8_count(d->criteria[j].name, strlen(d->criteria[j].name));
		wname = w + 2 > wname ? w + 2 : wname;
	}
	buf_addf(b, "%s\n", T(TITLE_INNOVATION));
	buf_addf(b, "%s: %s\n", T(FIRM), d->firm.name);
	if (d->product)
		buf_addf(b, "%s: %s\n", T(PRODUCT), d->product);
	buf_addf(b, "%s: %s\n", T(VERDICT), r->go ? T(VERDICT_GO) : T(VERDICT_NO_GO));
	buf_addf(b, "%s: %s (", T(LIFECYCLE), ia_text(l, IA_PHASE_INTRODUCTION + r->lc.phase));
	lifecycle_text(b, l, r);
	buf_adds(b, ")\n");
	buf_addf(b, "%s: ", T(IFE));
	ia_number(b, l, r->swot.ife, 2, 0);
	buf_addf(b, "\n%s: ", T(EFE));
	ia_number(b, l, r->swot.efe, 2, 0);
	buf_addf(b, "\n%s: ", T(POSITION));
	position_text(b, l, r);

	buf_addf(b, "\n\n%s (", T(WEIGHTS));
	weights_note(b, l, r);
	buf_adds(b, ")\n");
	for (size_t j = 0; j < d->in.ncriteria; j++) {
		buf_adds(b, "  ");
		ar_pad(b, d->criteria[j].name, wname);
		ia_number(b, l, r->weights[j], 4, 0);
		buf_addf(b, "  %s\n",
			 d->criteria[j].direction == MCDA_COST ? T(DIR_COST) : T(DIR_BENEFIT));
	}

	buf_addf(b, "\n%s\n  %s\n", T(RANKING), T(TOPSIS));
	text_ranking(b, l, d, r->topsis, r->topsis_rank, r->excluded);
	buf_addf(b, "  %s\n", T(WSUM));
	text_ranking(b, l, d, r->wsum, r->wsum_rank, r->excluded);

	if (r->nsens) {
		char c[32];
		buf_addf(b, "\n%s (%s: %s)\n  ", T(SENSITIVITY), T(WINNER), cand(d, r->winner));
		ar_pad(b, T(CRITERION), wname);
		for (int k = 0; k < INNOV_NDELTAS; k++) {
			change_text(c, sizeof c, l, innov_deltas[k]);
			if (k + 1 < INNOV_NDELTAS)
				ar_pad(b, c, 10);
			else
				buf_adds(b, c);
		}
		buf_adds(b, "\n");
		for (size_t j = 0; j < d->in.ncriteria; j++) {
			buf_adds(b, "  ");
			ar_pad(b, d->criteria[j].name, wname);
			for (int k = 0; k < INNOV_NDELTAS; k++) {
				const struct innov_sens *s = &r->sens[j * INNOV_NDELTAS + k];
				const char *w = s->changed ? cand(d, s->winner) : "=";
				if (k + 1 < INNOV_NDELTAS)
					ar_pad(b, w, 10);
				else
					buf_adds(b, w);
			}
			buf_adds(b, "\n");
		}
		buf_addf(b, "  %s\n", T(SENS_NOTE));
	}

	buf_addf(b, "\n%s\n", T(REASONS));
	for (size_t k = 0; k < r->nreasons; k++) {
		buf_addf(b, "  [%s] ", ia_text(l, IA_SEV_BLOCKER + r->reasons[k].severity));
		reason_text(b, l, d, r, &r->reasons[k]);
		buf_adds(b, "\n");
	}
	buf_adds(b, "\n");
	const struct ia_arg ta[1] = {{"type", ia_text(l, IA_TYPE_PRODUCT + r->type)}};
	ia_render(b, l, IA_GUIDANCE, ta, 1);
	buf_adds(b, "\n");
	for (int k = 0; k < 3; k++)
		buf_addf(b, "  - %s\n", ia_text(l, IA_GUIDE_PRODUCT_1 + 3 * r->type + k));
}

/* ---- HTML ---- */

static void html_ranking(struct buf *b, enum lang l, const struct innov_doc *d,
			 const struct innov_result *r)
{
	size_t m = d->in.ncandidates, idx[m];
	struct chart_bar bars[m];
	char text[m][32];
	order_by_rank(r->topsis_rank, m, idx);
	for (size_t k = 0; k < m; k++) {
		size_t i = idx[k];
		bars[k] = (struct chart_bar){d->candidates[i].name, r->excluded[i] ? NAN : r->topsis[i],
					     ia_numstr(text[k], sizeof text[k], l, r->topsis[i], 3, 0),
					     T(EXCLUDED_PATENT), (long)i == r->winner};
	}
	buf_adds(b, "<h2>");
	html_escape(b, T(RANKING));
	buf_adds(b, "</h2>\n");
	chart_hbar(b, bars, m, 1, T(TOPSIS));
	buf_adds(b, "<table>\n<tr>");
	ar_th(b, T(CANDIDATE));
	ar_th(b, T(PROPERTY));
	ar_th(b, T(TOPSIS));
	ar_th(b, T(RANK));
	ar_th(b, T(WSUM));
	ar_th(b, T(RANK));
	buf_adds(b, "</tr>\n");
	for (size_t k = 0; k < m; k++) {
		size_t i = idx[k];
		char s[32], rk[16];
		buf_adds(b, "<tr>");
		ar_td(b, d->candidates[i].name, 0);
		ar_td(b, ia_text(l, IA_PROP_PUBLIC + d->candidates[i].property), 0);
		if (r->excluded[i]) {
			buf_adds(b, "<td colspan=\"4\" class=\"muted\">");
			html_escape(b, T(EXCLUDED_PATENT));
			buf_adds(b, "</td></tr>\n");
			continue;
		}
		ar_td(b, ia_numstr(s, sizeof s, l, r->topsis[i], 4, 0), 1);
		snprintf(rk, sizeof rk, "%zu", r->topsis_rank[i]);
		ar_td(b, rk, 1);
		ar_td(b, ia_numstr(s, sizeof s, l, r->wsum[i], 4, 0), 1);
		snprintf(rk, sizeof rk, "%zu", r->wsum_rank[i]);
		ar_td(b, rk, 1);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n");
}

static void html_swot(struct buf *b, enum lang l, const struct innov_doc *d,
		      const struct innov_result *r)
{
	char s[32];
	buf_adds(b, "<h2>");
	html_escape(b, T(SWOT));
	buf_adds(b, "</h2>\n");
	for (int matrix = 0; matrix < 2; matrix++) {
		buf_adds(b, "<table>\n<tr>");
		ar_th(b, matrix ? T(EFE) : T(IFE));
		ar_th(b, T(WEIGHT));
		ar_th(b, T(RATING));
		ar_th(b, T(WEIGHTED));
		buf_adds(b, "</tr>\n");
		for (int kind = 2 * matrix; kind < 2 * matrix + 2; kind++) {
			buf_adds(b, "<tr><th colspan=\"4\">");
			html_escape(b, ia_text(l, IA_STRENGTHS + kind));
			buf_adds(b, "</th></tr>\n");
			for (size_t i = 0; i < d->in.nfactors; i++) {
				const struct swot_factor *f = &d->factors[i];
				if ((int)f->kind != kind)
					continue;
				buf_adds(b, "<tr>");
				ar_td(b, f->name, 0);
				ar_td(b, ia_numstr(s, sizeof s, l, f->weight, 2, 0), 1);
				ar_td(b, ia_numstr(s, sizeof s, l, f->rating, 0, 0), 1);
				ar_td(b, ia_numstr(s, sizeof s, l, f->weight * f->rating, 2, 0), 1);
				buf_adds(b, "</tr>\n");
			}
		}
		buf_adds(b, "<tr>");
		ar_th(b, T(TOTAL));
		buf_adds(b, "<td></td><td></td>");
		ar_td(b, ia_numstr(s, sizeof s, l, matrix ? r->swot.efe : r->swot.ife, 2, 0), 1);
		buf_adds(b, "</tr>\n</table>\n");
	}
	buf_adds(b, "<p>");
	html_escape(b, T(POSITION));
	buf_adds(b, ": ");
	struct buf t = BUF_INIT;
	position_text(&t, l, r);
	html_escape(b, t.data);
	buf_release(&t);
	buf_adds(b, "</p>\n");
}

static void html_report(struct buf *b, enum lang l, const struct innov_doc *d,
			const struct innov_result *r, int part)
{
	struct buf t = BUF_INIT;
	char s[32];
	html_begin_as(b, part, lang_code(l), T(TITLE_INNOVATION));
	buf_adds(b, "<h1>");
	html_escape(b, T(TITLE_INNOVATION));
	buf_adds(b, "</h1>\n<p class=\"meta\">");
	html_escape(b, T(FIRM));
	buf_adds(b, ": ");
	html_escape(b, d->firm.name);
	if (d->product) {
		buf_adds(b, " &#183; ");
		html_escape(b, T(PRODUCT));
		buf_adds(b, ": ");
		html_escape(b, d->product);
	}
	buf_addf(b, "</p>\n<p class=\"verdict %s\">", r->go ? "go" : "no_go");
	html_escape(b, T(VERDICT));
	buf_adds(b, ": ");
	html_escape(b, r->go ? T(VERDICT_GO) : T(VERDICT_NO_GO));
	buf_adds(b, "</p>\n<p>");
	html_escape(b, T(LIFECYCLE));
	buf_adds(b, ": <strong>");
	html_escape(b, ia_text(l, IA_PHASE_INTRODUCTION + r->lc.phase));
	buf_adds(b, "</strong> (");
	lifecycle_text(&t, l, r);
	html_escape(b, t.data);
	buf_adds(b, ")</p>\n");

	buf_adds(b, "<h2>");
	html_escape(b, T(REASONS));
	buf_adds(b, "</h2>\n<ul>\n");
	for (size_t k = 0; k < r->nreasons; k++) {
		const char *sev = innovation_severity_id(r->reasons[k].severity);
		buf_addf(b, "<li class=\"%s\"><span class=\"sev\">", sev);
		html_escape(b, ia_text(l, IA_SEV_BLOCKER + r->reasons[k].severity));
		buf_adds(b, ":</span> ");
		buf_reset(&t);
		reason_text(&t, l, d, r, &r->reasons[k]);
		html_escape(b, t.data);
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ul>\n");

	html_ranking(b, l, d, r);

	buf_adds(b, "<h2>");
	html_escape(b, T(WEIGHTS));
	buf_adds(b, "</h2>\n<p class=\"meta\">");
	buf_reset(&t);
	weights_note(&t, l, r);
	html_escape(b, t.data);
	buf_adds(b, "</p>\n<table>\n<tr>");
	ar_th(b, T(CRITERION));
	ar_th(b, T(WEIGHT));
	ar_th(b, T(DIRECTION));
	buf_adds(b, "</tr>\n");
	for (size_t j = 0; j < d->in.ncriteria; j++) {
		buf_adds(b, "<tr>");
		ar_td(b, d->criteria[j].name, 0);
		ar_td(b, ia_numstr(s, sizeof s, l, r->weights[j], 4, 0), 1);
		ar_td(b, d->criteria[j].direction == MCDA_COST ? T(DIR_COST) : T(DIR_BENEFIT), 0);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n");

	if (r->nsens) {
		buf_adds(b, "<h2>");
		html_escape(b, T(SENSITIVITY));
		buf_adds(b, "</h2>\n<table>\n<tr>");
		ar_th(b, T(CRITERION));
		for (int k = 0; k < INNOV_NDELTAS; k++)
			ar_th(b, change_text(s, sizeof s, l, innov_deltas[k]));
		buf_adds(b, "</tr>\n");
		for (size_t j = 0; j < d->in.ncriteria; j++) {
			buf_adds(b, "<tr>");
			ar_td(b, d->criteria[j].name, 0);
			for (int k = 0; k < INNOV_NDELTAS; k++) {
				const struct innov_sens *e = &r->sens[j * INNOV_NDELTAS + k];
				buf_adds(b, e->changed ? "<td class=\"changed\">" : "<td>");
				html_escape(b, e->changed ? cand(d, e->winner) : "=");
				buf_adds(b, "</td>");
			}
			buf_adds(b, "</tr>\n");
		}
		buf_adds(b, "</table>\n<p class=\"meta\">");
		html_escape(b, T(SENS_NOTE));
		buf_adds(b, "</p>\n");
	}

	html_swot(b, l, d, r);

	buf_adds(b, "<h2>");
	html_escape(b, T(CAPABILITIES));
	buf_adds(b, "</h2>\n<table>\n");
	for (int c = 0; c < CAP_COUNT; c++) {
		buf_adds(b, "<tr>");
		ar_td(b, ia_text(l, IA_CAP_MASTERING + c), 0);
		buf_reset(&t);
		const struct ia_arg a[1] = {{"score", ia_numstr(s, sizeof s, l, d->in.capability[c], 0, 0)}};
		ia_render(&t, l, IA_SCORE_OF_5, a, 1);
		ar_td(b, t.data, 1);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n<h2>");
	buf_reset(&t);
	const struct ia_arg ta[1] = {{"type", ia_text(l, IA_TYPE_PRODUCT + r->type)}};
	ia_render(&t, l, IA_GUIDANCE, ta, 1);
	html_escape(b, t.data);
	buf_adds(b, "</h2>\n<ol>\n");
	for (int k = 0; k < 3; k++) {
		buf_adds(b, "<li>");
		html_escape(b, ia_text(l, IA_GUIDE_PRODUCT_1 + 3 * r->type + k));
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ol>\n");
	html_end_as(b, part);
	buf_release(&t);
}

int assess_innovation_report(struct buf *out, const struct innov_doc *d,
			     const struct innov_result *r, enum report_format f, enum lang l,
			     struct sb40_error *err)
{
	switch (f) {
	case REPORT_JSON:
		return ar_json_dump(out, assess_innovation_json(d, r, l), err);
	case REPORT_HTML:
	case REPORT_HTML_PART:
		html_report(out, l, d, r, f == REPORT_HTML_PART);
		return 0;
	default:
		text_report(out, l, d, r);
		return 0;
	}
}
