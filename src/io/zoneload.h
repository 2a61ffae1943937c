/* zoneload.h - the zones' data from the store into domain structs, and the
 * weights file of `sb40 zones rank`.
 *
 * Why: the zone-monitoring logic (domain/zonedata, zoneind, rank, checks,
 * obligation, lot) works on plain structs; this adapter fills them through
 * the read-only queries of store/queries.h (store_query), so it runs on
 * either backend.  Yearly values only: a period "2024Q3" is skipped.  A
 * value's source "explains" it (struct zone_data's noted) when it carries a
 * note after ';', as in "002 text; one-stop-shop centre opened 2023".
 *
 * Ownership: zoneload() fills the caller's struct zone_data (release it
 * with zone_data_release()) and struct zone_labels (plain arrays).
 */
#ifndef SB40_IO_ZONELOAD_H
#define SB40_IO_ZONELOAD_H
#include <stddef.h>
#include "base/error.h"
#include "domain/zonedata.h"
#include "store/store.h"

/* Indicator names and units from the store's indicator table, by code and
 * language (uz, uz-Cyrl, ru, en: the order of enum lang). */
#define ZONE_LABELS_MAX 128
struct zone_labels {
	size_t n;
	struct zone_label {
		char code[48];
		char name[4][160];
		char unit[32];
	} ind[ZONE_LABELS_MAX];
};

/* The name of indicator CODE in language L (0..3); CODE itself when the
 * store does not know it.  Borrowed from LB or CODE. */
const char *zone_label(const struct zone_labels *lb, const char *code, int l);
/* Its unit, "" when unknown. */
const char *zone_unit(const struct zone_labels *lb, const char *code);

int zoneload(struct store *st, struct zone_data *d, struct zone_labels *labels,
	     struct sb40_error *err);

/* Weights from a JSON object {"indicator_code": weight, ...}: codes of
 * enum zd_ind, weights numbers from 0 to 1000, at least one positive.
 * W[ZI_COUNT] gets them (0 for an indicator not named).  FILE names the
 * document in errors ("FILE: $.code: ..."). */
int zone_weights_parse(const char *text, size_t len, const char *file, double w[ZI_COUNT],
		       struct sb40_error *err);

#endif
