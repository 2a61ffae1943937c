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

int zoneind_trend(const int *x, size_t nx, const double *v, double *fc)
{
	const struct fc_method *auto_m = fc_method_find("auto");
	double *yy = malloc((nx ? nx : 1) * sizeof *yy);
	size_t k = 0, first = nx, lastobs = 0, prev = 0;
	struct fc_result res;
	struct sb40_error err;
	int rc = -1;
	if (!yy)
		abort();
	for (size_t i = 0; i < nx; i++) {
		fc[i] = NAN;
		if (isnan(v[i]))
			continue;
		if (first == nx)
			first = i;
		else /* the years between two counts: on the line joining them */
			for (size_t j = prev + 1; j < i; j++)
				yy[j - first] = v[prev] + (v[i] - v[prev]) * (x[j] - x[prev]) /
								(double)(x[i] - x[prev]);
		yy[i - first] = v[i];
		prev = lastobs = i;
		k++;
	}
	if (auto_m && k >= 3 && lastobs + 1 < nx &&
	    !fc_result_init(&res, nx - 1 - lastobs, 0, &err)) {
		struct fc_request rq = {yy, lastobs - first + 1, 1, nx - 1 - lastobs, NULL, 0, 40};
		if (!auto_m->fn(&rq, &res, &err)) {
			fc[lastobs] = v[lastobs];
			for (size_t i = lastobs + 1; i < nx; i++)
				fc[i] = fmax(0, res.mean[i - lastobs - 1]);
			rc = 0;
		}
		fc_result_release(&res);
	}
	free(yy);
	return rc;
}
