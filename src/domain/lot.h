/* lot.h - vacant and half-used lots of the zones and what can be offered.
 *
 * Why: article 002 asks that vacant and half-used plots in the zones be put
 * up for auction.  Per lot this says where it stands on a day (vacant, not
 * offered; auction scheduled; auction date passed without a recorded
 * result; leased); per zone how much area is vacant, at auction, leased,
 * and could be offered now (vacant lots not yet at auction, plus auctions
 * whose date passed without a result, which must be offered again).
 * Pure; TODAY is an argument.  Ownership: everything borrowed.
 */
#ifndef SB40_DOMAIN_LOT_H
#define SB40_DOMAIN_LOT_H
#include <stddef.h>
#include "domain/obligation.h"
#include "domain/zonedata.h"

enum lot_state {
	LOT_VACANT,           /* not offered yet */
	LOT_AUCTION_SCHEDULED,/* auction on a date from today on */
	LOT_AUCTION_PASSED,   /* auction date passed, result not recorded */
	LOT_LEASED,
	LOT_NSTATES
};

/* "vacant", "auction_scheduled", "auction_passed", "leased". */
const char *lot_state_code(enum lot_state s);
/* The state of L on TODAY (an "auction" lot without a valid date counts as
 * scheduled). */
enum lot_state lot_state(const struct zd_lot *l, struct zdate today);
/* 1 when L's area could be offered at auction now. */
int lot_offerable(const struct zd_lot *l, struct zdate today);

struct lot_zone_summary {
	char zone[48];
	size_t nlots[LOT_NSTATES];
	double area_m2[LOT_NSTATES];
	double offerable_m2;
	double zone_area_m2;  /* the zone's area (NaN when unknown) */
	double unused_pct;    /* (vacant + at auction) / zone area, in %; NaN when unknown */
};

/* One summary per zone of D (D's order) into OUT[d->nzones]. */
void lot_summarise(const struct zone_data *d, struct zdate today, struct lot_zone_summary *out);

#endif
