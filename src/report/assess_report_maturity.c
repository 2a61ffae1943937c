/* assess_report_maturity.c - the digital-maturity result as text, JSON and
 * HTML (with a radar chart). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "base/text.h"
#include "report/assess_report.h"
#include "report/assess_report_int.h"
#include "report/chart.h"
#include "report/html.h"
#include "report/i18n_assess.h"

_Static_assert(IA_B_ADVERTISING - IA_B_AUTOMATION == MAT_ADVERTISING - MAT_AUTOMATION, "blocks");
_Static_assert(IA_L_ADVERTISING_4 - IA_L_AUTOMATION_0 == 5 * MAT_BLOCK_COUNT - 1, "levels");
_Static_assert(IA_PILLAR_MARKET - IA_PILLAR_FOUNDATIONS == PILLAR_MARKET - PILLAR_FOUNDATIONS,
	       "pillars");
_Static_assert(IA_STAGE_4 - IA_STAGE_0 == MAT_STAGE_COUNT - 1, "stages");
_Static_assert(IA_PEER_SECTOR - IA_PEER_ZONE == PEER_SECTOR - PEER_ZONE, "peer groups");

#define T(key) ia_text(l, IA_##key)

static const char *block_name(enum lang l, int b)
{
	return ia_text(l, (enum ia_key)(IA_B_AUTOMATION + b));
}

/* The description of LEVEL (0..4) of block B. */
static const char *level_text(enum lang l, int b, int level)
{
	return ia_text(l, (enum ia_key)(IA_L_AUTOMATION_0 + 5 * b + level));
}

static const char *stage_name(enum lang l, int stage)
{
	return ia_text(l, (enum ia_key)(IA_STAGE_0 + stage));
}

static void capped_text(struct buf *b, enum lang l, const struct maturity_result *r)
{
	char st[16], lv[16];
	snprintf(st, sizeof st, "%d", r->stage);
	snprintf(lv, sizeof lv, "%d", r->answer[r->cap_block]);
	const struct ia_arg a[3] = {{"stage", st}, {"block", block_name(l, r->cap_block)}, {"level", lv}};
	ia_render(b, l, IA_CAPPED, a, 3);
}

const char *peer_group_id(enum peer_group g)
{
	static const char *const ids[PEER_NGROUPS] = {"zone", "region", "sector"};
	return g < PEER_NGROUPS ? ids[g] : "?";
}

static const char *group_name(enum lang l, int g)
{
	return ia_text(l, (enum ia_key)(IA_PEER_ZONE + g));
}

/* One line on group G: "Same zone (X): 3 firms, mean index 41.7; ..." */
static void peer_line(struct buf *b, enum lang l, const struct maturity_peers *p, int g)
{
	const struct maturity_comparison *c = &p->c[g];
	char n[24], mean[32], pct[32];
	snprintf(n, sizeof n, "%zu", c->n);
	const struct ia_arg a[5] = {{"group", group_name(l, g)}, {"key", p->key[g] ? p->key[g] : ""},
				    {"n", n}, {"mean", ia_numstr(mean, sizeof mean, l, c->overall_mean, 1, 0)},
				    {"pct", ia_numstr(pct, sizeof pct, l, c->percentile, 0, 0)}};
	if (!p->key[g])
		ia_render(b, l, IA_PEER_UNKNOWN, a, 5);
	else if (!c->n)
		ia_render(b, l, IA_PEER_NONE, a, 5);
	else
		ia_render(b, l, IA_PEER_LINE, a, 5);
}

static json_t *peers_json(const struct maturity_peers *p)
{
	json_t *arr = json_array();
	for (int g = 0; g < PEER_NGROUPS; g++) {
		const struct maturity_comparison *c = &p->c[g];
		json_t *e = json_object(), *blocks = json_object();
		json_object_set_new(e, "group", json_string(peer_group_id((enum peer_group)g)));
		json_object_set_new(e, "key", p->key[g] ? json_string(p->key[g]) : json_null());
		json_object_set_new(e, "n", json_integer((json_int_t)c->n));
		json_object_set_new(e, "overall_mean", ar_real(c->overall_mean));
		json_object_set_new(e, "percentile", ar_real(c->percentile));
		for (int b = 0; b < MAT_BLOCK_COUNT; b++)
			json_object_set_new(blocks, maturity_block_id((enum mat_block)b),
					    ar_real(c->n ? c->block_mean[b] : NAN));
		json_object_set_new(e, "block_means", blocks);
		json_array_append_new(arr, e);
	}
	return arr;
}

json_t *assess_maturity_json(const struct maturity_doc *d, const struct maturity_result *r,
			     const struct maturity_peers *peers, enum lang l)
{
	json_t *o = json_object(), *pillars = json_array(), *blocks = json_array(),
	       *gaps = json_array(), *largest = json_array(), *notes = json_array();
	json_object_set_new(o, "assessment", json_string("maturity"));
	json_object_set_new(o, "language", json_string(lang_code(l)));
	json_object_set_new(o, "firm", ar_firm_json(&d->firm));
	json_object_set_new(o, "overall", ar_real(r->overall));
	json_object_set_new(o, "stage", json_integer(r->stage));
	json_object_set_new(o, "stage_name", json_string(stage_name(l, r->stage)));
	json_object_set_new(o, "stage_by_index", json_integer(r->stage_by_index));
	json_object_set_new(o, "capped_by",
			    r->capped ? json_string(maturity_block_id(r->cap_block)) : json_null());
	for (int p = 0; p < PILLAR_COUNT; p++) {
		json_t *e = json_object();
		json_object_set_new(e, "pillar", json_string(maturity_pillar_id((enum mat_pillar)p)));
		json_object_set_new(e, "name", json_string(ia_text(l, IA_PILLAR_FOUNDATIONS + p)));
		json_object_set_new(e, "index", ar_real(r->pillar_index[p]));
		json_array_append_new(pillars, e);
	}
	json_object_set_new(o, "pillars", pillars);
	for (int b = 0; b < MAT_BLOCK_COUNT; b++) {
		json_t *e = json_object();
		int na = r->answer[b] == MAT_NA;
		json_object_set_new(e, "block", json_string(maturity_block_id((enum mat_block)b)));
		json_object_set_new(e, "pillar",
				    json_string(maturity_pillar_id(maturity_pillar((enum mat_block)b))));
		json_object_set_new(e, "name", json_string(block_name(l, b)));
		json_object_set_new(e, "answer", na ? json_null() : json_integer(r->answer[b]));
		json_object_set_new(e, "target", json_integer(r->target[b]));
		json_object_set_new(e, "index", ar_real(r->block_index[b]));
		json_object_set_new(e, "level_text",
				    na ? json_string(T(NOT_APPLICABLE))
				       : json_string(level_text(l, b, r->answer[b])));
		json_array_append_new(blocks, e);
	}
	json_object_set_new(o, "blocks", blocks);
	for (size_t k = 0; k < r->ngaps; k++) {
		const struct maturity_gap *g = &r->gaps[k];
		json_t *e = json_object();
		json_object_set_new(e, "block", json_string(maturity_block_id(g->block)));
		json_object_set_new(e, "name", json_string(block_name(l, g->block)));
		json_object_set_new(e, "answer", json_integer(g->answer));
		json_object_set_new(e, "target", json_integer(g->target));
		json_object_set_new(e, "gap", json_integer(g->gap));
		json_object_set_new(e, "prerequisite", json_boolean(g->prerequisite));
		json_object_set_new(e, "next_step", json_string(level_text(l, g->block, g->answer + 1)));
		json_array_append_new(gaps, e);
		if (k < MATURITY_LARGEST)
			json_array_append_new(largest, json_string(maturity_block_id(g->block)));
	}
	json_object_set_new(o, "gaps", gaps);
	json_object_set_new(o, "largest_gaps", largest);
	if (r->capped) {
		struct buf t = BUF_INIT;
		capped_text(&t, l, r);
		json_array_append_new(notes, json_string(t.data));
		buf_release(&t);
	}
	json_object_set_new(o, "notes", notes);
	if (peers)
		json_object_set_new(o, "peers", peers_json(peers));
	return o;
}

static void text_peers(struct buf *b, enum lang l, const struct maturity_result *r,
		       const struct maturity_peers *p, size_t w)
{
	buf_addf(b, "\n%s\n", T(PEERS));
	for (int g = 0; g < PEER_NGROUPS; g++) {
		buf_adds(b, "  ");
		peer_line(b, l, p, g);
		buf_adds(b, "\n");
	}
	if (!p->c[0].n && !p->c[1].n && !p->c[2].n)
		return;
	buf_adds(b, "\n  ");
	ar_pad(b, T(BLOCK), w);
	ar_pad(b, T(THIS_FIRM), 16);
	for (int g = 0; g < PEER_NGROUPS; g++)
		ar_pad(b, group_name(l, g), 16);
	buf_adds(b, "\n  ");
	ar_pad(b, T(OVERALL), w);
	{
		char s[32];
		ar_pad(b, ia_numstr(s, sizeof s, l, r->overall, 1, 0), 16);
		for (int g = 0; g < PEER_NGROUPS; g++)
			ar_pad(b, ia_numstr(s, sizeof s, l, p->c[g].n ? p->c[g].overall_mean : NAN, 1, 0),
			       16);
	}
	buf_adds(b, "\n");
	for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
		char s[32];
		buf_adds(b, "  ");
		ar_pad(b, block_name(l, k), w);
		ar_pad(b, ia_numstr(s, sizeof s, l, r->block_index[k], 0, 0), 16);
		for (int g = 0; g < PEER_NGROUPS; g++)
			ar_pad(b, ia_numstr(s, sizeof s, l, p->c[g].n ? p->c[g].block_mean[k] : NAN, 1, 0),
			       16);
		buf_adds(b, "\n");
	}
}

static void text_report(struct buf *b, enum lang l, const struct maturity_doc *d,
			const struct maturity_result *r, const struct maturity_peers *peers)
{
	size_t w = 20;
	for (int k = 0; k < MAT_BLOCK_COUNT + PILLAR_COUNT; k++) {
		const char *s = k < MAT_BLOCK_COUNT ? block_name(l, k)
						    : ia_text(l, IA_PILLAR_FOUNDATIONS + k - MAT_BLOCK_COUNT);
		size_t n = utf8_count(s, strlen(s)) + 2;
		w = n > w ? n : w;
	}
	buf_addf(b, "%s\n%s: %s\n%s: ", T(TITLE_MATURITY), T(FIRM), d->firm.name, T(OVERALL));
	ia_number(b, l, r->overall, 1, 0);
	buf_addf(b, " / 100\n%s: %d (%s)\n", T(STAGE), r->stage, stage_name(l, r->stage));
	if (r->capped) {
		capped_text(b, l, r);
		buf_adds(b, "\n");
	}
	buf_addf(b, "\n%s\n", T(PILLARS));
	for (int p = 0; p < PILLAR_COUNT; p++) {
		buf_adds(b, "  ");
		ar_pad(b, ia_text(l, IA_PILLAR_FOUNDATIONS + p), w);
		ia_number(b, l, r->pillar_index[p], 1, 0);
		buf_adds(b, "\n");
	}
	buf_addf(b, "\n%s\n  ", T(BLOCKS));
	ar_pad(b, T(BLOCK), w);
	ar_pad(b, T(ANSWER), 9);
	ar_pad(b, T(TARGET), 9);
	buf_addf(b, "%s\n", T(INDEX));
	for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
		char s[16];
		buf_adds(b, "  ");
		ar_pad(b, block_name(l, k), w);
		if (r->answer[k] == MAT_NA) {
			buf_addf(b, "%s\n", T(NOT_APPLICABLE));
			continue;
		}
		snprintf(s, sizeof s, "%d", r->answer[k]);
		ar_pad(b, s, 9);
		snprintf(s, sizeof s, "%d", r->target[k]);
		ar_pad(b, s, 9);
		ia_number(b, l, r->block_index[k], 0, 0);
		buf_adds(b, "\n");
	}
	buf_addf(b, "\n%s\n", T(GAPS));
	if (!r->ngaps)
		buf_addf(b, "  %s\n", T(NO_GAPS));
	for (size_t k = 0; k < r->ngaps; k++) {
		const struct maturity_gap *g = &r->gaps[k];
		buf_addf(b, "  %zu. %s: %d -> %d", k + 1, block_name(l, g->block), g->answer, g->target);
		if (g->prerequisite)
			buf_addf(b, " (%s)", T(PREREQUISITE));
		buf_addf(b, "\n     %s: %s\n", T(NEXT_STEP), level_text(l, g->block, g->answer + 1));
	}
	if (peers)
		text_peers(b, l, r, peers, w);
}

static void html_peers(struct buf *b, enum lang l, const struct maturity_result *r,
		       const struct maturity_peers *p)
{
	char s[32];
	buf_adds(b, "<h2 id=\"peers\">");
	html_escape(b, T(PEERS));
	buf_adds(b, "</h2>\n<p class=\"meta\">");
	html_escape(b, T(PEERS_NOTE));
	buf_adds(b, "</p>\n<ul>\n");
	for (int g = 0; g < PEER_NGROUPS; g++) {
		struct buf t = BUF_INIT;
		peer_line(&t, l, p, g);
		buf_addf(b, "<li class=\"peer-%s\">", peer_group_id((enum peer_group)g));
		html_escape(b, t.data ? t.data : "");
		buf_adds(b, "</li>\n");
		buf_release(&t);
	}
	buf_adds(b, "</ul>\n");
	if (!p->c[0].n && !p->c[1].n && !p->c[2].n)
		return;
	buf_adds(b, "<table class=\"peers\">\n<tr>");
	ar_th(b, T(BLOCK));
	ar_th(b, T(THIS_FIRM));
	for (int g = 0; g < PEER_NGROUPS; g++)
		ar_th(b, group_name(l, g));
	buf_adds(b, "</tr>\n<tr>");
	ar_td(b, T(OVERALL), 0);
	ar_td(b, ia_numstr(s, sizeof s, l, r->overall, 1, 0), 1);
	for (int g = 0; g < PEER_NGROUPS; g++)
		ar_td(b, ia_numstr(s, sizeof s, l, p->c[g].n ? p->c[g].overall_mean : NAN, 1, 0), 1);
	buf_adds(b, "</tr>\n");
	for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
		buf_adds(b, "<tr>");
		ar_td(b, block_name(l, k), 0);
		ar_td(b, ia_numstr(s, sizeof s, l, r->block_index[k], 0, 0), 1);
		for (int g = 0; g < PEER_NGROUPS; g++)
			ar_td(b, ia_numstr(s, sizeof s, l, p->c[g].n ? p->c[g].block_mean[k] : NAN, 1, 0),
			      1);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n");
}

static void html_report(struct buf *b, enum lang l, const struct maturity_doc *d,
			const struct maturity_result *r, const struct maturity_peers *peers,
			int part)
{
	const char *labels[MAT_BLOCK_COUNT];
	double answer[MAT_BLOCK_COUNT], target[MAT_BLOCK_COUNT], peer[MAT_BLOCK_COUNT];
	struct buf pname = BUF_INIT;
	int pg = -1;
	char s[32];

	html_begin_as(b, part, lang_code(l), T(TITLE_MATURITY));
	buf_adds(b, "<h1>");
	html_escape(b, T(TITLE_MATURITY));
	buf_adds(b, "</h1>\n<p class=\"meta\">");
	html_escape(b, T(FIRM));
	buf_adds(b, ": ");
	html_escape(b, d->firm.name);
	buf_adds(b, "</p>\n<p class=\"verdict go\">");
	html_escape(b, T(OVERALL));
	buf_adds(b, ": ");
	html_escape(b, ia_numstr(s, sizeof s, l, r->overall, 1, 0));
	buf_adds(b, " / 100 &#183; ");
	html_escape(b, T(STAGE));
	buf_addf(b, " %d: ", r->stage);
	html_escape(b, stage_name(l, r->stage));
	buf_adds(b, "</p>\n");
	if (r->capped) {
		struct buf t = BUF_INIT;
		capped_text(&t, l, r);
		buf_adds(b, "<p class=\"warning\">");
		html_escape(b, t.data);
		buf_adds(b, "</p>\n");
		buf_release(&t);
	}

	for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
		labels[k] = block_name(l, k);
		answer[k] = r->answer[k] == MAT_NA ? NAN : r->answer[k];
		target[k] = r->target[k];
	}
	/* the narrowest peer group with firms in it, as a third outline */
	for (int g = 0; peers && g < PEER_NGROUPS && pg < 0; g++)
		if (peers->c[g].n)
			pg = g;
	if (pg >= 0) {
		char n[24];
		snprintf(n, sizeof n, "%zu", peers->c[pg].n);
		const struct ia_arg a[2] = {{"group", group_name(l, pg)}, {"n", n}};
		ia_render(&pname, l, IA_CHART_PEERS, a, 2);
		for (int k = 0; k < MAT_BLOCK_COUNT; k++)
			peer[k] = peers->c[pg].block_mean[k] / 25;
	}
	const struct chart_series series[3] = {{T(CHART_TARGET), target, 1},
					       {T(CHART_FIRM), answer, 0},
					       {pname.data ? pname.data : "", peer, 1}};
	chart_radar(b, labels, MAT_BLOCK_COUNT, MAT_MAX_LEVEL, MAT_MAX_LEVEL, series,
		    pg >= 0 ? 3 : 2, T(TITLE_MATURITY));
	buf_release(&pname);

	buf_adds(b, "<h2>");
	html_escape(b, T(GAPS));
	buf_adds(b, "</h2>\n");
	if (!r->ngaps) {
		buf_adds(b, "<p>");
		html_escape(b, T(NO_GAPS));
		buf_adds(b, "</p>\n");
	} else {
		buf_adds(b, "<ol>\n");
		for (size_t k = 0; k < r->ngaps; k++) {
			const struct maturity_gap *g = &r->gaps[k];
			buf_adds(b, k < MATURITY_LARGEST ? "<li><strong>" : "<li>");
			html_escape(b, block_name(l, g->block));
			buf_addf(b, ": %d &#8594; %d", g->answer, g->target);
			buf_adds(b, k < MATURITY_LARGEST ? "</strong>" : "");
			if (g->prerequisite) {
				buf_adds(b, " <span class=\"warning\">(");
				html_escape(b, T(PREREQUISITE));
				buf_adds(b, ")</span>");
			}
			buf_adds(b, "<br/>");
			html_escape(b, T(NEXT_STEP));
			buf_adds(b, ": ");
			html_escape(b, level_text(l, g->block, g->answer + 1));
			buf_adds(b, "</li>\n");
		}
		buf_adds(b, "</ol>\n");
	}

	buf_adds(b, "<h2>");
	html_escape(b, T(PILLARS));
	buf_adds(b, "</h2>\n<table>\n");
	for (int p = 0; p < PILLAR_COUNT; p++) {
		buf_adds(b, "<tr>");
		ar_td(b, ia_text(l, IA_PILLAR_FOUNDATIONS + p), 0);
		ar_td(b, ia_numstr(s, sizeof s, l, r->pillar_index[p], 1, 0), 1);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n<h2>");
	html_escape(b, T(BLOCKS));
	buf_adds(b, "</h2>\n<table>\n<tr>");
	ar_th(b, T(BLOCK));
	ar_th(b, T(ANSWER));
	ar_th(b, T(TARGET));
	ar_th(b, T(INDEX));
	buf_adds(b, "</tr>\n");
	for (int k = 0; k < MAT_BLOCK_COUNT; k++) {
		buf_adds(b, "<tr><td>");
		html_escape(b, block_name(l, k));
		buf_adds(b, "<br/><span class=\"meta\">");
		html_escape(b, r->answer[k] == MAT_NA ? T(NOT_APPLICABLE) : level_text(l, k, r->answer[k]));
		buf_adds(b, "</span></td>");
		if (r->answer[k] == MAT_NA) {
			buf_adds(b, "<td class=\"muted\">-</td>");
		} else {
			snprintf(s, sizeof s, "%d", r->answer[k]);
			ar_td(b, s, 1);
		}
		snprintf(s, sizeof s, "%d", r->target[k]);
		ar_td(b, s, 1);
		ar_td(b, ia_numstr(s, sizeof s, l, r->block_index[k], 0, 0), 1);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n");
	if (peers)
		html_peers(b, l, r, peers);
	html_end_as(b, part);
}

int assess_maturity_report(struct buf *out, const struct maturity_doc *d,
			   const struct maturity_result *r, const struct maturity_peers *peers,
			   enum report_format f, enum lang l, struct sb40_error *err)
{
	switch (f) {
	case REPORT_JSON:
		return ar_json_dump(out, assess_maturity_json(d, r, peers, l), err);
	case REPORT_HTML:
	case REPORT_HTML_PART:
		html_report(out, l, d, r, peers, f == REPORT_HTML_PART);
		return 0;
	default:
		text_report(out, l, d, r, peers);
		return 0;
	}
}
