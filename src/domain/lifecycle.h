/* lifecycle.h - the life-cycle phase of a market from its sales history.
 *
 * Why: article 001 (Fig. 3) asks in which phase of its life cycle the
 * product's market is before imitating it; in the decline phase imitation
 * products are not expected to succeed.  This module decides the phase from
 * a sales series by a fixed, documented rule built on trend tests, so that
 * two consultants with the same data get the same answer.  Pure: no I/O,
 * no globals.
 *
 * The rule (the thresholds are the fields of struct lc_rule):
 *   1. Trend: OLS of y on t = 1..k over the last k = min(n, trend_window)
 *      values gives the slope b, its two-sided p-value (t distribution, k-2
 *      degrees of freedom) and the trend growth g = b / mean(window), the
 *      change per period as a share of the current level.
 *   2. Decline: b < 0, p < alpha and g <= -flat.
 *   3. Rising: b > 0, p < alpha and g >= flat.  Then the first differences
 *      of the last a = min(n, accel_window) values are regressed on time;
 *      the series is in its introduction when the increments grow
 *      significantly (slope c > 0, p < alpha) and sales are still small:
 *      the first value of that window is at most intro_base times the last.
 *      When the increments shrink significantly (c < 0, p < alpha) and the
 *      mean of the last two is below flat times the level, growth has run
 *      out: maturity.  Otherwise the market is in growth.
 *   4. Otherwise (no significant trend, or one smaller than flat per period
 *      in either direction) the market is in maturity.
 * Defaults: alpha 0.05, flat 0.03, trend_window 6, accel_window 8,
 * intro_base 0.25.  At least 5 values are needed; values must be >= 0 and
 * the level of the trend window positive.
 *
 * Ownership: the series is borrowed; the result is a plain value.
 */
#ifndef SB40_DOMAIN_LIFECYCLE_H
#define SB40_DOMAIN_LIFECYCLE_H
#include <stddef.h>
#include "base/error.h"

#define LIFECYCLE_MIN_N 5

enum lc_phase { LC_INTRODUCTION, LC_GROWTH, LC_MATURITY, LC_DECLINE };

struct lc_rule {
	double alpha;        /* significance level of both tests */
	double flat;         /* |trend growth| below this is no trend */
	size_t trend_window; /* >= 3 */
	size_t accel_window; /* >= 4 */
	double intro_base;   /* introduction: first/last of the accel window */
};

#define LC_RULE_DEFAULT {0.05, 0.03, 6, 8, 0.25}

struct lifecycle {
	enum lc_phase phase;
	size_t k;          /* values in the trend window */
	double slope;      /* b, per period */
	double slope_t, slope_p;
	double level;      /* mean of the trend window */
	double growth;     /* g = b / level */
	size_t a;          /* values in the acceleration window */
	double accel;      /* c: change of the increments per period; NaN if not rising */
	double accel_p;    /* NaN if not rising */
	double cagr;       /* compound growth per period over the trend window;
			      NaN when its first value is 0 */
};

/* Classify Y[n] by RULE (NULL: the defaults).  Returns 0, or SB40_EMISSING
 * (fewer than LIFECYCLE_MIN_N values), SB40_EINVAL (a negative or non-finite
 * value, a zero level). */
int lifecycle_classify(const double *y, size_t n, const struct lc_rule *rule,
		       struct lifecycle *out, struct sb40_error *err);

/* "introduction", "growth", "maturity", "decline". */
const char *lifecycle_phase_name(enum lc_phase p);

#endif
