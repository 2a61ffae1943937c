/* lot.c - lot states and per-zone offerable area. */
#include "domain/lot.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

const char *lot_state_code(enum lot_state s)
{
	static const char *const codes[LOT_NSTATES] = {
		"vacant", "auction_scheduled", "auction_passed", "leased",
	};
	return (unsigned)s < LOT_NSTATES ? codes[s] : "?";
}

enum lot_state lot_state(const struct zd_lot *l, struct zdate today)
{
	struct zdate a;
	if (!strcmp(l->status, "leased"))
		return LOT_LEASED;
	if (strcmp(l->status, "auction") != 0)
		return LOT_VACANT;
	if (zdate_parse(l->auction_date, &a) || zdate_cmp(a, today) >= 0)
		return LOT_AUCTION_SCHEDULED;
	return LOT_AUCTION_PASSED;
}

int lot_offerable(const struct zd_lot *l, struct zdate today)
{
	enum lot_state s = lot_state(l, today);
	return s == LOT_VACANT || s == LOT_AUCTION_PASSED;
}

void lot_summarise(const struct zone_data *d, struct zdate today, struct lot_zone_summary *out)
{
	for (size_t z = 0; z < d->nzones; z++) {
		struct lot_zone_summary *s = &out[z];
		memset(s, 0, sizeof *s);
		snprintf(s->zone, sizeof s->zone, "%s", d->zones[z].code);
		for (size_t i = 0; i < d->nlots; i++) {
			const struct zd_lot *l = &d->lots[i];
			if (strcmp(l->zone, s->zone) != 0)
				continue;
			enum lot_state st = lot_state(l, today);
			s->nlots[st]++;
			s->area_m2[st] += l->area_m2;
			if (lot_offerable(l, today))
				s->offerable_m2 += l->area_m2;
		}
		s->zone_area_m2 = d->zones[z].area_ha * 10000;
		double unused = s->area_m2[LOT_VACANT] + s->area_m2[LOT_AUCTION_SCHEDULED] +
				s->area_m2[LOT_AUCTION_PASSED];
		s->unused_pct = s->zone_area_m2 > 0 ? 100 * unused / s->zone_area_m2 : NAN;
	}
}
