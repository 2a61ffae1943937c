/* checks.c - the consistency rules of checks.h. */
#include "domain/checks.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "domain/zoneind.h"

static const struct {
	const char *id, *name;
	enum chk_sev sev;
} rules[CHK_NRULES] = {
	[CHK_REGION_TOTAL] = {"ZC01", "region_total", CHK_ERROR},
	[CHK_ENTERPRISES_FALL] = {"ZC02", "enterprises_fall", CHK_WARNING},
	[CHK_SHARE_RANGE] = {"ZC03", "share_range", CHK_ERROR},
	[CHK_WORKERS_NO_ENTERPRISES] = {"ZC04", "workers_no_enterprises", CHK_ERROR},
	[CHK_WORKERS_UNMATCHED] = {"ZC05", "workers_unmatched", CHK_WARNING},
	[CHK_DENSITY_OUTLIER] = {"ZC06", "density_outlier", CHK_WARNING},
	[CHK_OBLIGATION_OVERDUE] = {"ZC07", "obligation_overdue", CHK_ERROR},
	[CHK_OBLIGATION_LATE] = {"ZC08", "obligation_late", CHK_WARNING},
	[CHK_AUCTION_STALE] = {"ZC09", "auction_stale", CHK_WARNING},
	[CHK_ZONES_COUNT] = {"ZC10", "zones_count", CHK_INFO},
};

const char *chk_rule_id(enum chk_rule r)
{
	return (unsigned)r < CHK_NRULES ? rules[r].id : "?";
}

const char *chk_rule_name(enum chk_rule r)
{
	return (unsigned)r < CHK_NRULES ? rules[r].name : "?";
}

enum chk_sev chk_rule_severity(enum chk_rule r)
{
	return (unsigned)r < CHK_NRULES ? rules[r].sev : CHK_INFO;
}

const char *chk_sev_code(enum chk_sev s)
{
	return s == CHK_ERROR ? "error" : s == CHK_WARNING ? "warning" : "info";
}

static struct chk_finding *add(struct chk_list *l, enum chk_rule r, const char *entity,
			       const char *period)
{
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 16;
		struct chk_finding *p = realloc(l->f, nc * sizeof *p);
		if (!p)
			abort();
		l->f = p;
		l->cap = nc;
	}
	struct chk_finding *f = &l->f[l->n++];
	memset(f, 0, sizeof *f);
	f->rule = r;
	f->sev = rules[r].sev;
	snprintf(f->entity, sizeof f->entity, "%s", entity);
	snprintf(f->period, sizeof f->period, "%s", period);
	f->a = f->b = f->c = NAN;
	return f;
}

void chk_list_release(struct chk_list *l)
{
	free(l->f);
	memset(l, 0, sizeof *l);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double chk_median(const double *v, size_t n)
{
	if (!n)
		return NAN;
	double *s = malloc(n * sizeof *s);
	if (!s)
		abort();
	memcpy(s, v, n * sizeof *s);
	qsort(s, n, sizeof *s, cmp_double);
	double m = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	free(s);
	return m;
}

/* The sum over region R's zones of zone indicator IND in YEAR (IND < 0: the
 * registered area; -2: production area); NaN unless every zone has it. */
static double zone_sum(const struct zone_data *d, const char *region, int ind, int year,
		       long *nzones)
{
	double s = 0;
	long k = 0;
	for (size_t z = 0; z < d->nzones; z++) {
		if (strcmp(d->zones[z].region, region) != 0)
			continue;
		double v = ind == -1 ? d->zones[z].area_ha
			   : ind == -2 ? d->zones[z].production_area_m2
				       : zd_get(d, z, ind, year);
		if (isnan(v))
			return NAN;
		s += v;
		k++;
	}
	*nzones = k;
	return k ? s : NAN;
}

static void region_totals(const struct zone_data *d, struct chk_list *out)
{
	for (size_t i = 0; i < d->nregion_values; i++) {
		const struct zd_region_value *v = &d->region_values[i];
		int ind = !strcmp(v->ind, "enterprises") ? ZI_ENTERPRISES
			  : !strcmp(v->ind, "workers")   ? ZI_WORKERS
			  : !strcmp(v->ind, "area_ha")   ? -1
			  : !strcmp(v->ind, "production_area_m2") ? -2
								  : -3;
		long n = 0;
		if (ind == -3)
			continue;
		double sum = zone_sum(d, v->region, ind, v->year, &n);
		if (isnan(sum) || fabs(sum - v->value) <= CHK_TOTAL_TOLERANCE * fabs(v->value))
			continue;
		char period[16];
		snprintf(period, sizeof period, "%d", v->year);
		struct chk_finding *f = add(out, CHK_REGION_TOTAL, v->region, period);
		snprintf(f->ind, sizeof f->ind, "%s", v->ind);
		f->a = v->value;
		f->b = sum;
		f->n = n;
	}
}

static void zone_series(const struct zone_data *d, struct chk_list *out)
{
	for (size_t z = 0; z < d->nzones; z++) {
		const char *code = d->zones[z].code;
		double prev = NAN;
		int prev_year = 0;
		for (int y = d->year0; y < d->year0 + d->nyears; y++) {
			char period[24];
			double e = zd_get(d, z, ZI_ENTERPRISES, y);
			double w = zd_get(d, z, ZI_WORKERS, y);
			snprintf(period, sizeof period, "%d", y);
			if (!isnan(e) && !isnan(prev) && e < prev &&
			    !zd_noted(d, z, ZI_ENTERPRISES, y)) {
				snprintf(period, sizeof period, "%d-%d", prev_year, y);
				struct chk_finding *f = add(out, CHK_ENTERPRISES_FALL, code, period);
				snprintf(f->ind, sizeof f->ind, "enterprises");
				snprintf(f->zone, sizeof f->zone, "%s", code);
				f->a = prev;
				f->b = e;
				snprintf(period, sizeof period, "%d", y);
			}
			if (!isnan(e)) {
				prev = e;
				prev_year = y;
			}
			for (int i = 0; i < ZI_NSTORED; i++) {
				double v = zd_get(d, z, i, y);
				if (!zd_ind_is_share(i) || isnan(v) || (v >= 0 && v <= 100))
					continue;
				struct chk_finding *f = add(out, CHK_SHARE_RANGE, code, period);
				snprintf(f->ind, sizeof f->ind, "%s", zd_ind_code(i));
				snprintf(f->zone, sizeof f->zone, "%s", code);
				f->a = v;
			}
			if (!isnan(w) && w > 0 && (isnan(e) || e == 0)) {
				struct chk_finding *f =
					add(out, isnan(e) ? CHK_WORKERS_UNMATCHED
							  : CHK_WORKERS_NO_ENTERPRISES,
					    code, period);
				snprintf(f->zone, sizeof f->zone, "%s", code);
				f->a = w;
			}
		}
	}
}

static void densities(const struct zone_data *d, struct chk_list *out)
{
	static const int which[] = {ZI_ENTERPRISES_PER_HA, ZI_WORKERS_PER_HA};
	size_t m = d->nzones;
	double *v = malloc((m ? m : 1) * sizeof *v), *dev = malloc((m ? m : 1) * sizeof *dev);
	size_t *idx = malloc((m ? m : 1) * sizeof *idx);
	if (!v || !dev || !idx)
		abort();
	for (int y = d->year0; y < d->year0 + d->nyears; y++) {
		for (size_t k = 0; k < sizeof which / sizeof *which; k++) {
			size_t n = 0;
			for (size_t z = 0; z < m; z++) {
				double x = zoneind_value(d, z, which[k], y);
				if (!isnan(x)) {
					v[n] = x;
					idx[n++] = z;
				}
			}
			if (n < CHK_ROBUST_MIN_ZONES)
				continue;
			double med = chk_median(v, n);
			for (size_t i = 0; i < n; i++)
				dev[i] = fabs(v[i] - med);
			double mad = chk_median(dev, n);
			if (!(mad > 0))
				continue;
			for (size_t i = 0; i < n; i++) {
				double rz = 0.6745 * (v[i] - med) / mad;
				if (fabs(rz) <= CHK_ROBUST_Z)
					continue;
				char period[16];
				snprintf(period, sizeof period, "%d", y);
				struct chk_finding *f =
					add(out, CHK_DENSITY_OUTLIER, d->zones[idx[i]].code, period);
				snprintf(f->ind, sizeof f->ind, "%s", zd_ind_code(which[k]));
				snprintf(f->zone, sizeof f->zone, "%s", d->zones[idx[i]].code);
				f->a = v[i];
				f->b = med;
				f->c = rz;
			}
		}
	}
	free(v);
	free(dev);
	free(idx);
}

static void obligations(const struct zone_data *d, struct zdate today, struct chk_list *out)
{
	for (size_t i = 0; i < d->nobl; i++) {
		const struct zd_obligation *o = &d->obl[i];
		enum obl_status st;
		struct zdate dl, acc;
		if (obl_status(o, today, &st, &dl))
			continue;
		if (st != OBL_OVERDUE && st != OBL_ACCEPTED_LATE)
			continue;
		struct chk_finding *f = add(out, st == OBL_OVERDUE ? CHK_OBLIGATION_OVERDUE
								   : CHK_OBLIGATION_LATE,
					    o->tin, o->due);
		snprintf(f->ind, sizeof f->ind, "%s", o->kind);
		snprintf(f->zone, sizeof f->zone, "%s", o->zone);
		zdate_format(dl, f->date1);
		f->a = o->amount;
		if (st == OBL_OVERDUE) {
			f->n = zdate_days(dl, today);
		} else {
			snprintf(f->date2, sizeof f->date2, "%s", o->accepted);
			zdate_parse(o->accepted, &acc);
			f->n = zdate_days(dl, acc);
		}
	}
}

static void lots(const struct zone_data *d, struct zdate today, struct chk_list *out)
{
	for (size_t i = 0; i < d->nlots; i++) {
		const struct zd_lot *l = &d->lots[i];
		struct zdate a;
		if (strcmp(l->status, "auction") != 0 || zdate_parse(l->auction_date, &a) ||
		    zdate_cmp(a, today) >= 0)
			continue;
		struct chk_finding *f = add(out, CHK_AUCTION_STALE, l->lot, l->auction_date);
		snprintf(f->zone, sizeof f->zone, "%s", l->zone);
		snprintf(f->date1, sizeof f->date1, "%s", l->auction_date);
		f->a = l->area_m2;
		f->n = zdate_days(a, today);
	}
}

static void zone_counts(const struct zone_data *d, struct chk_list *out)
{
	for (size_t i = 0; i < d->nregion_values; i++) {
		const struct zd_region_value *v = &d->region_values[i];
		long registered = 0;
		if (strcmp(v->ind, "zones") != 0)
			continue;
		for (size_t z = 0; z < d->nzones; z++)
			registered += !strcmp(d->zones[z].region, v->region);
		if (fabs(v->value - (double)registered) < 0.5)
			continue;
		char period[16];
		snprintf(period, sizeof period, "%d", v->year);
		struct chk_finding *f = add(out, CHK_ZONES_COUNT, v->region, period);
		snprintf(f->ind, sizeof f->ind, "zones");
		f->a = v->value;
		f->b = (double)registered;
	}
}

size_t zone_checks(const struct zone_data *d, struct zdate today, struct chk_list *out)
{
	size_t errors = 0, first = out->n;
	region_totals(d, out);
	zone_series(d, out);
	densities(d, out);
	obligations(d, today, out);
	lots(d, today, out);
	zone_counts(d, out);
	/* stable insertion sort by rule, so findings read rule by rule */
	for (size_t i = first + 1; i < out->n; i++) {
		struct chk_finding t = out->f[i];
		size_t k = i;
		for (; k > first && out->f[k - 1].rule > t.rule; k--)
			out->f[k] = out->f[k - 1];
		out->f[k] = t;
	}
	for (size_t i = first; i < out->n; i++)
		errors += out->f[i].sev == CHK_ERROR;
	return errors;
}
