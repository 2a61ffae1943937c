/* zoneind.c - derived zone indicators; missing stays missing. */
#include "domain/zoneind.h"
#include <math.h>
#include <stdlib.h>
#include "domain/obligation.h"
#include "stats/fcmethods.h"

/* A / B, NaN when either is missing or B is not positive. */
static double ratio(double a, double b)
{
	return isnan(a) || isnan(b) || !(b > 0) ? NAN : a / b;
}

double zoneind_value(const struct zone_data *d, size_t z, int ind, int year)
{
	if (z >= d->nzones)
		return NAN;
	const struct zd_zone *zn = &d->zones[z];
	double ent = zd_get(d, z, ZI_ENTERPRISES, year);
	switch (ind) {
	case ZI_ENTERPRISES_PER_HA:
		return ratio(ent, zn->area_ha);
	case ZI_WORKERS_PER_HA:
		return ratio(zd_get(d, z, ZI_WORKERS, year), zn->area_ha);
	case ZI_WORKERS_PER_ENTERPRISE:
		return ratio(zd_get(d, z, ZI_WORKERS, year), ent);
	case ZI_OUTPUT_PER_HA:
		return ratio(zd_get(d, z, ZI_OUTPUT, year), zn->area_ha);
	case ZI_GROWTH_ENTERPRISES_PCT: {
		double r = ratio(ent, zd_get(d, z, ZI_ENTERPRISES, year - 1));
		return isnan(r) ? NAN : 100 * (r - 1);
	}
	case ZI_CAGR_ENTERPRISES_PCT: {
		if (zn->established <= 0 || year <= zn->established)
			return NAN;
		double r = ratio(ent, zd_get(d, z, ZI_ENTERPRISES, zn->established));
		if (isnan(r) || !(r > 0))
			return NAN;
		return 100 * (pow(r, 1.0 / (year - zn->established)) - 1);
	}
	case ZI_OBLIGATIONS_FULFILLED_PCT: {
		struct zdate end = {year, 12, 31};
		return obl_fulfilled_pct(d->obl, d->nobl, zn->code, end, NULL, NULL);
	}
	default:
		return ind >= 0 && ind < ZI_NSTORED ? zd_get(d, z, ind, year) : NAN;
	}
}

size_t zoneind_yearly(const int *year, const double *v, size_t n, double *y)
{
	size_t filled = 0;
	for (size_t i = 0; i < n; i++) {
		y[year[i] - year[0]] = v[i];
		if (i == 0)
			continue;
		for (int yr = year[i - 1] + 1; yr < year[i]; yr++, filled++)
			y[yr - year[0]] = v[i - 1] + (v[i] - v[i - 1]) * (yr - year[i - 1]) /
							 (double)(year[i] - year[i - 1]);
	}
	return filled;
}

int zoneind_trend(const int *x, size_t nx, const double *v, double *fc)
{
	const struct fc_method *auto_m = fc_method_find("auto");
	size_t cap = nx ? nx : 1, k = 0, lastobs = 0;
	int *oy = malloc(cap * sizeof *oy);
	double *ov = malloc(cap * sizeof *ov), *yy = NULL;
	struct fc_result res;
	struct sb40_error err;
	int rc = -1;
	if (!oy || !ov)
		abort();
	for (size_t i = 0; i < nx; i++) {
		fc[i] = NAN;
		if (isnan(v[i]))
			continue;
		oy[k] = x[i];
		ov[k++] = v[i];
		lastobs = i;
	}
	if (auto_m && k >= 3 && lastobs + 1 < nx &&
	    !fc_result_init(&res, nx - 1 - lastobs, 0, &err)) {
		size_t span = (size_t)(oy[k - 1] - oy[0] + 1);
		if (!(yy = malloc(span * sizeof *yy)))
			abort();
		zoneind_yearly(oy, ov, k, yy);
		struct fc_request rq = {yy, span, 1, nx - 1 - lastobs, NULL, 0, 40};
		if (!auto_m->fn(&rq, &res, &err)) {
			fc[lastobs] = v[lastobs];
			for (size_t i = lastobs + 1; i < nx; i++)
				fc[i] = fmax(0, res.mean[i - lastobs - 1]);
			rc = 0;
		}
		fc_result_release(&res);
	}
	free(oy);
	free(ov);
	free(yy);
	return rc;
}
