/* zoneind.h - the zone indicators of a year, stored and derived.
 *
 * Why: issue 4's indicator system.  The derived indicators are computed
 * from stored values every time, never stored by hand, and one that cannot
 * be computed (an input is missing, a divisor is 0) is NaN - missing, never
 * 0:
 *
 *   enterprises_per_ha        enterprises(Y) / area_ha
 *   workers_per_ha            workers(Y) / area_ha
 *   workers_per_enterprise    workers(Y) / enterprises(Y)
 *   output_per_ha             output(Y) / area_ha   (production density)
 *   growth_enterprises_pct    100 (enterprises(Y) / enterprises(Y-1) - 1)
 *   cagr_enterprises_pct      100 ((enterprises(Y) / enterprises(E))^(1/(Y-E)) - 1),
 *                             E the year the zone was established, Y > E
 *   obligations_fulfilled_pct 100 accepted / due, over the zone's obligations
 *                             due on or before 31 December of Y
 *
 * area_ha is the zone's registered area.  Stored indicators are the value
 * of year Y itself: nothing is carried forward from earlier years.
 * Pure: no I/O.  Ownership: D is borrowed.
 */
#ifndef SB40_DOMAIN_ZONEIND_H
#define SB40_DOMAIN_ZONEIND_H
#include "domain/zonedata.h"

/* Indicator IND (enum zd_ind) of zone Z in YEAR; NaN when missing. */
double zoneind_value(const struct zone_data *d, size_t z, int ind, int year);

/* The counts V[N] observed in the years YEAR[N] (ascending, distinct) as a
 * yearly series from the first to the last of those years, each year
 * between two counts on the line joining them (counts are irregular in
 * time), into Y[YEAR[N-1] - YEAR[0] + 1].  Returns how many years it filled. */
size_t zoneind_yearly(const int *year, const double *v, size_t n, double *y);

/* The forecast of the values V over the years X[NX] (ascending; NaN where
 * there is no observation) by the forecasting engine's default method
 * (`auto`), on the yearly series of the observations (zoneind_yearly).
 * FC[NX] gets the forecast from the last observation (which it starts at)
 * to the end of X, never below 0, and NaN elsewhere.
 * Returns 0, or -1 (FC all NaN) when there are fewer than 3 observations,
 * nothing after the last one, or the method fails. */
int zoneind_trend(const int *x, size_t nx, const double *v, double *fc);

#endif
