/* zonedata.c - building and reading struct zone_data. */
#include "domain/zonedata.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *code;
	int dir, share;
} inds[ZI_COUNT] = {
	[ZI_ENTERPRISES] = {"enterprises", 1, 0},
	[ZI_WORKERS] = {"workers", 1, 0},
	[ZI_OUTPUT] = {"output", 1, 0},
	[ZI_INVESTMENT] = {"investment", 1, 0},
	[ZI_EXPORT] = {"export", 1, 0},
	[ZI_ELECTRICITY_PCT] = {"electricity_pct", 1, 1},
	[ZI_GAS_PCT] = {"gas_pct", 1, 1},
	[ZI_WATER_PCT] = {"water_pct", 1, 1},
	[ZI_ROADS_PCT] = {"roads_pct", 1, 1},
	[ZI_INFRASTRUCTURE_PCT] = {"infrastructure_pct", 1, 1},
	[ZI_AREA_USED_PCT] = {"area_used_pct", 1, 1},
	[ZI_VACANT_AREA_M2] = {"vacant_area_m2", -1, 0},
	[ZI_ENTERPRISES_PER_HA] = {"enterprises_per_ha", 1, 0},
	[ZI_WORKERS_PER_HA] = {"workers_per_ha", 1, 0},
	[ZI_WORKERS_PER_ENTERPRISE] = {"workers_per_enterprise", 1, 0},
	[ZI_OUTPUT_PER_HA] = {"output_per_ha", 1, 0},
	[ZI_GROWTH_ENTERPRISES_PCT] = {"growth_enterprises_pct", 1, 0},
	[ZI_CAGR_ENTERPRISES_PCT] = {"cagr_enterprises_pct", 1, 0},
	[ZI_OBLIGATIONS_FULFILLED_PCT] = {"obligations_fulfilled_pct", 1, 1},
};

struct zd_pending {
	size_t n, cap;
	struct pv {
		size_t z;
		int ind, year, noted;
		double v;
	} *v;
};

const char *zd_ind_code(int ind)
{
	return ind >= 0 && ind < ZI_COUNT ? inds[ind].code : NULL;
}

int zd_ind_parse(const char *code)
{
	for (int i = 0; i < ZI_COUNT; i++)
		if (code && !strcmp(code, inds[i].code))
			return i;
	return -1;
}

int zd_ind_direction(int ind)
{
	return ind >= 0 && ind < ZI_COUNT ? inds[ind].dir : 1;
}

int zd_ind_is_share(int ind)
{
	return ind >= 0 && ind < ZI_COUNT && inds[ind].share;
}

/* Grow *P (of *CAP elements of SIZE) to hold N + 1; aborts without memory,
 * as struct buf does. */
static void *grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	size_t nc = *cap ? *cap * 2 : 16;
	void *q = realloc(p, nc * size);
	if (!q)
		abort();
	*cap = nc;
	return q;
}

#define APPEND(arr, n, cap, item)                                        \
	do {                                                             \
		(arr) = grow((arr), &(cap), (n), sizeof *(arr));         \
		(arr)[(n)++] = (item);                                   \
	} while (0)

/* The arrays grow by doubling from 16, so their capacity need not be
 * stored: it is the next power of two >= n (0 for an empty array). */
static size_t cap_of(size_t n)
{
	size_t c = 16;
	if (n == 0)
		return 0;
	while (c < n)
		c *= 2;
	return c;
}

void zone_data_init(struct zone_data *d)
{
	memset(d, 0, sizeof *d);
}

void zone_data_release(struct zone_data *d)
{
	free(d->zones);
	free(d->val);
	free(d->noted);
	free(d->region_values);
	free(d->obl);
	free(d->lots);
	free(d->forms);
	free(d->regions);
	if (d->pending)
		free(d->pending->v);
	free(d->pending);
	zone_data_init(d);
}

size_t zd_add_zone(struct zone_data *d, const struct zd_zone *z)
{
	size_t cap = cap_of(d->nzones);
	APPEND(d->zones, d->nzones, cap, *z);
	return d->nzones - 1;
}

long zd_zone_index(const struct zone_data *d, const char *code)
{
	for (size_t i = 0; i < d->nzones; i++)
		if (!strcmp(d->zones[i].code, code))
			return (long)i;
	return -1;
}

void zd_add_value(struct zone_data *d, size_t z, int ind, int year, double v, int noted)
{
	if (ind < 0 || ind >= ZI_NSTORED || z >= d->nzones)
		return;
	if (!d->pending) {
		d->pending = calloc(1, sizeof *d->pending);
		if (!d->pending)
			abort();
	}
	struct pv item = {z, ind, year, noted != 0, v};
	APPEND(d->pending->v, d->pending->n, d->pending->cap, item);
}

void zd_index(struct zone_data *d)
{
	size_t n = d->pending ? d->pending->n : 0;
	int lo = 0, hi = 0;
	for (size_t i = 0; i < n; i++) {
		int y = d->pending->v[i].year;
		if (i == 0 || y < lo)
			lo = y;
		if (i == 0 || y > hi)
			hi = y;
	}
	free(d->val);
	free(d->noted);
	d->val = NULL;
	d->noted = NULL;
	d->year0 = lo;
	d->nyears = n ? hi - lo + 1 : 0;
	size_t cells = d->nzones * ZI_NSTORED * (size_t)d->nyears;
	if (cells) {
		d->val = malloc(cells * sizeof *d->val);
		d->noted = calloc(cells, 1);
		if (!d->val || !d->noted)
			abort();
		for (size_t i = 0; i < cells; i++)
			d->val[i] = NAN;
	}
	for (size_t i = 0; i < n; i++) {
		const struct pv *p = &d->pending->v[i];
		size_t k = (p->z * ZI_NSTORED + (size_t)p->ind) * (size_t)d->nyears +
			   (size_t)(p->year - lo);
		d->val[k] = p->v;
		d->noted[k] = (unsigned char)p->noted;
	}
	if (d->pending)
		free(d->pending->v);
	free(d->pending);
	d->pending = NULL;
}

static long cell(const struct zone_data *d, size_t z, int ind, int year)
{
	if (z >= d->nzones || ind < 0 || ind >= ZI_NSTORED || !d->nyears || year < d->year0 ||
	    year >= d->year0 + d->nyears)
		return -1;
	return (long)((z * ZI_NSTORED + (size_t)ind) * (size_t)d->nyears +
		      (size_t)(year - d->year0));
}

double zd_get(const struct zone_data *d, size_t z, int ind, int year)
{
	long k = cell(d, z, ind, year);
	return k < 0 ? NAN : d->val[k];
}

int zd_noted(const struct zone_data *d, size_t z, int ind, int year)
{
	long k = cell(d, z, ind, year);
	return k < 0 ? 0 : d->noted[k];
}

void zd_add_region_value(struct zone_data *d, const struct zd_region_value *v)
{
	size_t cap = cap_of(d->nregion_values);
	APPEND(d->region_values, d->nregion_values, cap, *v);
}

void zd_add_obligation(struct zone_data *d, const struct zd_obligation *o)
{
	size_t cap = cap_of(d->nobl);
	APPEND(d->obl, d->nobl, cap, *o);
}

void zd_add_lot(struct zone_data *d, const struct zd_lot *l)
{
	size_t cap = cap_of(d->nlots);
	APPEND(d->lots, d->nlots, cap, *l);
}

void zd_add_form(struct zone_data *d, const char *form, long count)
{
	struct zd_count c = {.count = count, .stated = NAN};
	memset(c.names, 0, sizeof c.names);
	size_t cap = cap_of(d->nforms);
	snprintf(c.name, sizeof c.name, "%s", form);
	APPEND(d->forms, d->nforms, cap, c);
}

void zd_add_region(struct zone_data *d, const char *region, long zones, double stated)
{
	struct zd_count c = {.count = zones, .stated = stated};
	size_t cap = cap_of(d->nregions);
	snprintf(c.name, sizeof c.name, "%s", region);
	APPEND(d->regions, d->nregions, cap, c);
}

int zd_latest_year(const struct zone_data *d)
{
	for (int y = d->year0 + d->nyears - 1; d->nyears && y >= d->year0; y--)
		for (size_t z = 0; z < d->nzones; z++)
			for (int i = 0; i < ZI_NSTORED; i++)
				if (!isnan(zd_get(d, z, i, y)))
					return y;
	return 0;
}
