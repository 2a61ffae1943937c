/* checks.h - consistency rules over the zones' data.
 *
 * Why: official statistics on the zones disagree with themselves (the city
 * totals in article 002 against its own table); a monitoring platform flags
 * such things instead of hiding them.  Each rule has a fixed id and
 * severity; a finding names the entity, the period and the numbers, and
 * report/ puts it into words in the user's language.  Pure: "today" is an
 * argument.
 *
 * Rules (docs/zones.md has the table):
 *   ZC01 error    a region's stored total (enterprises, area_ha,
 *                 production_area_m2) differs from the sum over its zones by
 *                 more than 0.5% (checked when every zone of the region has
 *                 the value)
 *   ZC02 warning  a zone's enterprise count falls from one observation to
 *                 the next and the later value's source gives no note
 *   ZC03 error    a coverage percentage outside 0..100
 *   ZC04 error    workers reported while enterprises are 0
 *   ZC05 warning  workers reported with no enterprise count that year
 *   ZC06 warning  a density (enterprises or workers per ha) is an outlier
 *                 among the zones that year: robust z = 0.6745 (x - median)
 *                 / MAD beyond 3.5 (Iglewicz and Hoaglin), at least 4 zones
 *   ZC07 error    an obligation not accepted after its acceptance deadline
 *   ZC08 warning  an obligation accepted after its deadline
 *   ZC09 warning  a lot still "at auction" after its auction date
 *   ZC10 info     a region states a number of zones other than registered
 *
 * Ownership: struct chk_list owns its array; chk_list_release() frees it.
 */
#ifndef SB40_DOMAIN_CHECKS_H
#define SB40_DOMAIN_CHECKS_H
#include <stddef.h>
#include "domain/obligation.h"
#include "domain/zonedata.h"

#define CHK_TOTAL_TOLERANCE 0.005
#define CHK_ROBUST_Z 3.5
#define CHK_ROBUST_MIN_ZONES 4

enum chk_sev { CHK_INFO, CHK_WARNING, CHK_ERROR };

enum chk_rule {
	CHK_REGION_TOTAL, CHK_ENTERPRISES_FALL, CHK_SHARE_RANGE, CHK_WORKERS_NO_ENTERPRISES,
	CHK_WORKERS_UNMATCHED, CHK_DENSITY_OUTLIER, CHK_OBLIGATION_OVERDUE, CHK_OBLIGATION_LATE,
	CHK_AUCTION_STALE, CHK_ZONES_COUNT,
	CHK_NRULES
};

/* "ZC01", ... */
const char *chk_rule_id(enum chk_rule r);
/* "region_total", ... */
const char *chk_rule_name(enum chk_rule r);
enum chk_sev chk_rule_severity(enum chk_rule r);
/* "info", "warning", "error" */
const char *chk_sev_code(enum chk_sev s);

struct chk_finding {
	enum chk_rule rule;
	enum chk_sev sev;
	char entity[160];  /* zone code, region name, enterprise TIN, lot */
	char period[24];   /* a year, "2019-2022", or a date */
	char ind[48];      /* indicator code or obligation kind; may be "" */
	char zone[48];     /* the zone concerned, "" for a region */
	char date1[11];    /* obligations: the deadline; lots: the auction date */
	char date2[11];    /* obligations: the acceptance date */
	double a, b, c;    /* the numbers (see docs/zones.md per rule) */
	long n;
};

struct chk_list {
	size_t n, cap;
	struct chk_finding *f;
};

/* Run every rule on D as of TODAY; findings are appended to OUT in rule
 * order.  Returns the number of error-level findings. */
size_t zone_checks(const struct zone_data *d, struct zdate today, struct chk_list *out);

void chk_list_release(struct chk_list *l);

/* Median of V[N] (sorted copy; V is not changed); NaN when N is 0. */
double chk_median(const double *v, size_t n);

#endif
