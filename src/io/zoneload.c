/* zoneload.c - store -> struct zone_data through store_query(). */
#include "io/zoneload.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/jsonread.h"
#include "store/queries.h"

static double num(const char *s)
{
	char *end;
	if (!s || !*s)
		return NAN;
	double v = strtod(s, &end);
	return *end ? NAN : v;
}

static void copy(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "%s", s ? s : "");
}

/* A year "2024"; 0 for anything else (quarters). */
static int year_of(const char *p)
{
	if (!p || strlen(p) != 4)
		return 0;
	for (int i = 0; i < 4; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return atoi(p);
}

static int noted(const char *source)
{
	const char *semi = source ? strchr(source, ';') : NULL;
	if (!semi)
		return 0;
	for (semi++; *semi; semi++)
		if (*semi != ' ' && *semi != '\t')
			return 1;
	return 0;
}

static int on_zone(void *ctx, int n, const char *const *v)
{
	struct zone_data *d = ctx;
	struct zd_zone z;
	memset(&z, 0, sizeof z);
	copy(z.code, sizeof z.code, v[0]);
	copy(z.name, sizeof z.name, v[1]);
	copy(z.region, sizeof z.region, v[2]);
	copy(z.district, sizeof z.district, v[3]);
	z.established = v[5] ? atoi(v[5]) : 0;
	z.area_ha = num(v[6]);
	z.production_area_m2 = num(v[7]);
	zd_add_zone(d, &z);
	return 0;
}

static int on_value(void *ctx, int n, const char *const *v)
{
	struct zone_data *d = ctx;
	int year = year_of(v[3]);
	double x = num(v[4]);
	if (!year || isnan(x))
		return 0;
	if (!strcmp(v[0], "zone")) {
		long z = zd_zone_index(d, v[1] ? v[1] : "");
		int ind = zd_ind_parse(v[2]);
		if (z >= 0 && ind >= 0 && ind < ZI_NSTORED)
			zd_add_value(d, (size_t)z, ind, year, x, noted(v[5]));
	} else if (!strcmp(v[0], "region")) {
		struct zd_region_value rv;
		memset(&rv, 0, sizeof rv);
		copy(rv.region, sizeof rv.region, v[1]);
		copy(rv.ind, sizeof rv.ind, v[2]);
		rv.year = year;
		rv.value = x;
		zd_add_region_value(d, &rv);
	}
	return 0;
}

static int on_obligation(void *ctx, int n, const char *const *v)
{
	struct zd_obligation o;
	memset(&o, 0, sizeof o);
	copy(o.tin, sizeof o.tin, v[0]);
	copy(o.firm, sizeof o.firm, v[1]);
	copy(o.zone, sizeof o.zone, v[2]);
	copy(o.kind, sizeof o.kind, v[3]);
	o.amount = num(v[4]);
	copy(o.unit, sizeof o.unit, v[5]);
	copy(o.due, sizeof o.due, v[6]);
	copy(o.accepted, sizeof o.accepted, v[7]);
	zd_add_obligation(ctx, &o);
	return 0;
}

static int on_lot(void *ctx, int n, const char *const *v)
{
	struct zd_lot l;
	memset(&l, 0, sizeof l);
	copy(l.zone, sizeof l.zone, v[0]);
	copy(l.lot, sizeof l.lot, v[1]);
	l.area_m2 = num(v[2]);
	copy(l.status, sizeof l.status, v[3]);
	copy(l.auction_date, sizeof l.auction_date, v[4]);
	zd_add_lot(ctx, &l);
	return 0;
}

static int on_form(void *ctx, int n, const char *const *v)
{
	zd_add_form(ctx, v[0] ? v[0] : "", v[1] ? atol(v[1]) : 0);
	return 0;
}

/* region code, names uz, uz-Cyrl, ru, en, zones, enterprises, stated, period */
static int on_region(void *ctx, int n, const char *const *v)
{
	struct zone_data *d = ctx;
	zd_add_region(d, v[4] ? v[4] : "", v[5] ? atol(v[5]) : 0, num(v[7]));
	struct zd_count *c = &d->regions[d->nregions - 1];
	for (int l = 0; l < 4; l++)
		copy(c->names[l], sizeof c->names[l], v[1 + l]);
	return 0;
}

static int on_indicator(void *ctx, int n, const char *const *v)
{
	struct zone_labels *lb = ctx;
	if (lb->n >= ZONE_LABELS_MAX)
		return 0;
	struct zone_label *x = &lb->ind[lb->n++];
	copy(x->code, sizeof x->code, v[0]);
	for (int l = 0; l < 4; l++)
		copy(x->name[l], sizeof x->name[l], v[1 + l]);
	copy(x->unit, sizeof x->unit, v[5]);
	return 0;
}

static const struct zone_label *find(const struct zone_labels *lb, const char *code)
{
	for (size_t i = 0; i < lb->n; i++)
		if (!strcmp(lb->ind[i].code, code))
			return &lb->ind[i];
	return NULL;
}

const char *zone_label(const struct zone_labels *lb, const char *code, int l)
{
	const struct zone_label *x = find(lb, code);
	return x && l >= 0 && l < 4 && x->name[l][0] ? x->name[l] : code;
}

const char *zone_unit(const struct zone_labels *lb, const char *code)
{
	const struct zone_label *x = find(lb, code);
	return x ? x->unit : "";
}

int zoneload(struct store *st, struct zone_data *d, struct zone_labels *labels,
	     struct sb40_error *err)
{
	const char *zone_kind[2] = {"zone", NULL}, *region_kind[2] = {"region", NULL};
	const char *none[2] = {NULL, NULL};
	int rc;
	zone_data_init(d);
	memset(labels, 0, sizeof *labels);
	rc = store_query(st, Q_ZONES, 0, NULL, on_zone, d, err);
	if (!rc)
		rc = store_query(st, Q_CURRENT_VALUES, 2, zone_kind, on_value, d, err);
	if (!rc)
		rc = store_query(st, Q_CURRENT_VALUES, 2, region_kind, on_value, d, err);
	if (!rc)
		rc = store_query(st, Q_OBLIGATIONS, 2, none, on_obligation, d, err);
	if (!rc)
		rc = store_query(st, Q_LOTS, 1, none, on_lot, d, err);
	if (!rc)
		rc = store_query(st, Q_ENTERPRISES_BY_FORM, 0, NULL, on_form, d, err);
	if (!rc)
		rc = store_query(st, Q_REGION_COUNTS, 0, NULL, on_region, d, err);
	if (!rc)
		rc = store_query(st, Q_INDICATORS, 0, NULL, on_indicator, labels, err);
	zd_index(d);
	if (rc)
		zone_data_release(d);
	return rc;
}

int zone_weights_parse(const char *text, size_t len, const char *file, double w[ZI_COUNT],
		       struct sb40_error *err)
{
	struct jr c = JR_INIT(file, err);
	json_t *root, *v;
	const char *key;
	double sum = 0;
	int rc = jr_load(&c, text, len, &root);
	if (rc)
		return rc;
	for (int i = 0; i < ZI_COUNT; i++)
		w[i] = 0;
	json_object_foreach(root, key, v) {
		size_t mark = jr_push_key(&c, key);
		int ind = zd_ind_parse(key);
		if (ind < 0) {
			rc = jr_fail(&c, "unknown indicator \"%s\"", key);
			break;
		}
		rc = jr_number(&c, v, 0, 1000, "a number from 0 to 1000", &w[ind]);
		if (rc)
			break;
		sum += w[ind];
		jr_pop(&c, mark);
	}
	if (!rc && !(sum > 0))
		rc = jr_fail(&c, "expected at least one positive weight");
	json_decref(root);
	return rc;
}
