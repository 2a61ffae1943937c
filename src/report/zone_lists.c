/* zone_lists.c - obligations, lots, indicator values, regions and legal
 * forms as tables.  A view sets the document's title and command only when
 * the document has none yet (the yearly report sets its own). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "domain/lot.h"
#include "domain/obligation.h"
#include "domain/zoneind.h"
#include "report/chart.h"
#include "report/zone_report_int.h"

static void head(struct zdoc *doc, const char *command, const char *title,
		 const struct zone_opts *o)
{
	char date[11];
	if (doc->title)
		return;
	zdate_format(o->today, date);
	doc->command = command;
	doc->title = title;
	doc->meta[0] = zr_fill1(doc, o, ZT_N_TODAY, "date", date);
	struct buf extra = BUF_INIT;
	buf_addf(&extra, "\"today\": \"%s\"", date);
	doc->json_extra = zdoc_keep(doc, &extra);
}

static const char *status_text(const struct zone_opts *o, enum obl_status s)
{
	return zt_text(o->lang, (enum zt_key)(ZT_S_PENDING + (int)s));
}

/* The obligation columns shared by the two lists. */
static void obl_cols(struct ztable *t, const struct zone_opts *o)
{
	ztable_col(t, "tin", ZT(o, C_TIN));
	ztable_col(t, "enterprise", ZT(o, C_FIRM));
	ztable_col(t, "zone", ZT(o, C_ZONE));
	ztable_col(t, "kind", ZT(o, C_KIND));
	ztable_col(t, "amount", ZT(o, C_AMOUNT));
	ztable_col(t, "unit", ZT(o, C_UNIT));
	ztable_col(t, "due_date", ZT(o, C_DUE));
	ztable_col(t, "deadline", ZT(o, C_DEADLINE));
}

static void obl_row(struct ztable *t, const struct zone_opts *o, const struct zd_obligation *b,
		    struct zdate dl)
{
	char s[11];
	zdate_format(dl, s);
	ztable_row(t);
	ztable_text(t, 0, b->tin);
	ztable_text(t, 1, b->firm);
	ztable_text(t, 2, b->zone);
	ztable_coded(t, 3, zr_kind(o, b->kind), b->kind);
	ztable_num(t, 4, b->amount, 0);
	ztable_text(t, 5, b->unit);
	ztable_text(t, 6, b->due);
	ztable_text(t, 7, s);
}

void zone_view_obligations(const struct zone_data *d, const struct zone_opts *o,
			   struct zdoc *doc)
{
	struct ztable *all = ztable_new("obligations", ZT(o, T_OBLIGATIONS));
	struct ztable *now = ztable_new("to_accept", ZT(o, T_TO_ACCEPT));
	struct ztable *ful = ztable_new("fulfilment", ZT(o, T_FULFILMENT));
	head(doc, "obligations", ZT(o, T_OBLIGATIONS), o);
	obl_cols(all, o);
	ztable_col(all, "accepted_on", ZT(o, C_ACCEPTED));
	ztable_col(all, "status", ZT(o, C_STATUS));
	obl_cols(now, o);
	ztable_col(now, "days_left", ZT(o, C_DAYS_LEFT));
	ztable_col(now, "status", ZT(o, C_STATUS));
	for (size_t i = 0; i < d->nobl; i++) {
		const struct zd_obligation *b = &d->obl[i];
		enum obl_status st;
		struct zdate dl;
		if (obl_status(b, o->today, &st, &dl))
			continue;
		obl_row(all, o, b, dl);
		ztable_text(all, 8, b->accepted);
		ztable_coded(all, 9, status_text(o, st), obl_status_code(st));
		if (obl_to_accept_this_month(b, o->today)) {
			obl_row(now, o, b, dl);
			ztable_num(now, 8, (double)zdate_days(o->today, dl), 0);
			ztable_coded(now, 9, status_text(o, st), obl_status_code(st));
		}
	}
	if (!now->nrows)
		ztable_note(now, ZT(o, N_NOTHING));

	struct obl_zone_summary *s = calloc(d->nzones ? d->nzones : 1, sizeof *s);
	struct chart_bar *bars = calloc(d->nzones ? d->nzones : 1, sizeof *bars);
	char (*texts)[32] = calloc(d->nzones ? d->nzones : 1, sizeof *texts);
	if (!s || !bars || !texts)
		abort();
	obl_summarise(d, o->today, s);
	ztable_col(ful, "zone", ZT(o, C_ZONE));
	ztable_col(ful, "obligations", ZT(o, C_TOTAL));
	ztable_col(ful, "due", ZT(o, C_DUE_N));
	ztable_col(ful, "accepted", ZT(o, C_ACCEPTED_N));
	ztable_col(ful, "overdue", ZT(o, S_OVERDUE));
	ztable_col(ful, "fulfilled_pct", ZT(o, C_FULFILLED));
	for (size_t z = 0; z < d->nzones; z++) {
		size_t due = 0, acc = 0;
		obl_fulfilled_pct(d->obl, d->nobl, s[z].zone, o->today, &due, &acc);
		ztable_row(ful);
		ztable_text(ful, 0, s[z].zone);
		ztable_num(ful, 1, (double)s[z].total, 0);
		ztable_num(ful, 2, (double)due, 0);
		ztable_num(ful, 3, (double)acc, 0);
		ztable_num(ful, 4, (double)s[z].count[OBL_OVERDUE], 0);
		ztable_num(ful, 5, s[z].fulfilled_pct, 1);
		bars[z].label = d->zones[z].name;
		bars[z].value = s[z].fulfilled_pct;
		zr_num(texts[z], sizeof texts[z], o, s[z].fulfilled_pct, 1);
		bars[z].text = texts[z];
		bars[z].note = "\u2013";
		bars[z].highlight = s[z].count[OBL_OVERDUE] > 0;
	}
	struct buf svg = BUF_INIT;
	chart_hbar(&svg, bars, d->nzones, 100, ful->title);
	ztable_svg(ful, svg.data);
	buf_release(&svg);
	free(s);
	free(bars);
	free(texts);
	zdoc_add(doc, now);
	zdoc_add(doc, ful);
	zdoc_add(doc, all);
}

void zone_view_lots(const struct zone_data *d, const struct zone_opts *o, struct zdoc *doc)
{
	struct ztable *t = ztable_new("lots", ZT(o, T_LOTS));
	struct ztable *z = ztable_new("lots_by_zone", ZT(o, T_LOTS_ZONE));
	head(doc, "lots", ZT(o, T_LOTS), o);
	ztable_col(t, "zone", ZT(o, C_ZONE));
	ztable_col(t, "lot", ZT(o, C_LOT));
	ztable_col(t, "area_m2", ZT(o, C_AREA));
	ztable_col(t, "state", ZT(o, C_STATUS));
	ztable_col(t, "auction_date", ZT(o, C_AUCTION_DATE));
	ztable_col(t, "offerable_m2", ZT(o, C_OFFERABLE));
	for (size_t i = 0; i < d->nlots; i++) {
		const struct zd_lot *l = &d->lots[i];
		enum lot_state st = lot_state(l, o->today);
		ztable_row(t);
		ztable_text(t, 0, l->zone);
		ztable_text(t, 1, l->lot);
		ztable_num(t, 2, l->area_m2, 0);
		ztable_coded(t, 3, zt_text(o->lang, (enum zt_key)(ZT_L_VACANT + (int)st)),
			     lot_state_code(st));
		ztable_text(t, 4, l->auction_date);
		ztable_num(t, 5, lot_offerable(l, o->today) ? l->area_m2 : 0, 0);
	}
	struct lot_zone_summary *s = calloc(d->nzones ? d->nzones : 1, sizeof *s);
	if (!s)
		abort();
	lot_summarise(d, o->today, s);
	ztable_col(z, "zone", ZT(o, C_ZONE));
	ztable_col(z, "vacant_m2", ZT(o, C_VACANT));
	ztable_col(z, "at_auction_m2", ZT(o, C_AT_AUCTION));
	ztable_col(z, "leased_m2", ZT(o, C_LEASED));
	ztable_col(z, "offerable_m2", ZT(o, C_OFFERABLE));
	ztable_col(z, "unused_pct", ZT(o, C_UNUSED));
	for (size_t k = 0; k < d->nzones; k++) {
		ztable_row(z);
		ztable_text(z, 0, s[k].zone);
		ztable_num(z, 1, s[k].area_m2[LOT_VACANT], 0);
		ztable_num(z, 2, s[k].area_m2[LOT_AUCTION_SCHEDULED] + s[k].area_m2[LOT_AUCTION_PASSED], 0);
		ztable_num(z, 3, s[k].area_m2[LOT_LEASED], 0);
		ztable_num(z, 4, s[k].offerable_m2, 0);
		ztable_num(z, 5, s[k].unused_pct, 1);
	}
	free(s);
	zdoc_add(doc, t);
	zdoc_add(doc, z);
}

void zone_view_indicators(const struct zone_data *d, const struct zone_labels *lb,
			  const struct zone_opts *o, struct zdoc *doc)
{
	int year = zone_view_year(d, o);
	char y[16];
	snprintf(y, sizeof y, "%d", year);
	struct ztable *t = ztable_new("indicators", zr_fill1(doc, o, ZT_T_INDICATORS, "year", y));
	head(doc, "indicators", t->title, o);
	ztable_col(t, "zone", ZT(o, C_ZONE));
	ztable_col(t, "indicator", ZT(o, C_INDICATOR));
	ztable_col(t, "name", ZT(o, C_NAME));
	ztable_col(t, "value", ZT(o, C_VALUE));
	ztable_col(t, "unit", ZT(o, C_UNIT));
	for (size_t z = 0; z < d->nzones; z++)
		for (int i = 0; i < ZI_COUNT; i++) {
			const char *code = zd_ind_code(i);
			ztable_row(t);
			ztable_text(t, 0, d->zones[z].code);
			ztable_text(t, 1, code);
			ztable_text(t, 2, zone_label(lb, code, o->lang));
			ztable_num(t, 3, zoneind_value(d, z, i, year), 2);
			ztable_text(t, 4, zone_unit(lb, code));
		}
	struct buf extra = BUF_INIT;
	if (doc->json_extra)
		buf_addf(&extra, "%s, ", doc->json_extra);
	buf_addf(&extra, "\"year\": %d", year);
	doc->json_extra = zdoc_keep(doc, &extra);
	zdoc_add(doc, t);
}

void zone_view_regions(const struct zone_data *d, const struct zone_opts *o, struct zdoc *doc)
{
	struct ztable *r = ztable_new("regions", ZT(o, T_REGIONS));
	struct ztable *f = ztable_new("legal_forms", ZT(o, T_FORMS));
	long total = 0;
	head(doc, "regions", ZT(o, T_REGIONS), o);
	ztable_col(r, "region", ZT(o, C_REGION));
	ztable_col(r, "name", ZT(o, C_NAME));
	ztable_col(r, "zones", ZT(o, C_ZONES));
	ztable_col(r, "zones_stated", ZT(o, C_STATED));
	for (size_t i = 0; i < d->nregions; i++) {
		const struct zd_count *c = &d->regions[i];
		ztable_row(r);
		ztable_text(r, 0, c->name);
		ztable_text(r, 1, c->names[o->lang][0] ? c->names[o->lang] : c->name);
		ztable_num(r, 2, (double)c->count, 0);
		ztable_num(r, 3, c->stated, 0);
	}
	ztable_col(f, "legal_form", ZT(o, C_LEGAL_FORM));
	ztable_col(f, "enterprises", ZT(o, C_ENTERPRISES));
	ztable_col(f, "share_pct", ZT(o, C_SHARE));
	for (size_t i = 0; i < d->nforms; i++)
		total += d->forms[i].count;
	for (size_t i = 0; i < d->nforms; i++) {
		ztable_row(f);
		ztable_text(f, 0, d->forms[i].name);
		ztable_num(f, 1, (double)d->forms[i].count, 0);
		ztable_num(f, 2, total ? 100.0 * (double)d->forms[i].count / (double)total : NAN, 1);
	}
	zdoc_add(doc, r);
	zdoc_add(doc, f);
}
