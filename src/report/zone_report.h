/* zone_report.h - the views of `sb40 zones` as documents of tables.
 *
 * Why: the ranking, the consistency findings, obligations, lots, indicator
 * values, regions and the yearly report are each built here once from the
 * domain's results, as a struct zdoc (report/ztable.h) that renders in
 * every format and in the user's language.  The CLI (and later the web)
 * only chooses the view and the format.  No I/O.
 *
 * Ownership: D, LB and O are borrowed; DOC gets tables and strings it owns
 * (free with zdoc_release()).
 */
#ifndef SB40_REPORT_ZONE_REPORT_H
#define SB40_REPORT_ZONE_REPORT_H
#include <stdint.h>
#include "base/error.h"
#include "domain/obligation.h"
#include "domain/rank.h"
#include "domain/zonedata.h"
#include "io/zoneload.h"
#include "report/ztable.h"

/* What the views need besides the data. */
struct zone_opts {
	int year;                /* 0: the latest year with a zone value */
	struct zdate today;
	double w[ZI_COUNT];      /* weights; all 0: the default set */
	enum rank_norm norm;
	unsigned long draws;     /* sensitivity draws */
	double spread;           /* sensitivity: weights vary by up to +-spread */
	uint64_t seed;
	enum lang lang;
};

/* The default weights: 1 for enterprises_per_ha, workers_per_ha,
 * workers_per_enterprise, infrastructure_pct, obligations_fulfilled_pct. */
void zone_default_weights(double w[ZI_COUNT]);

/* The ranking (tables "ranking", "values", "weights").  Returns 0 or
 * SB40_EINVAL (no data for the year, nothing to rank). */
int zone_view_rank(const struct zone_data *d, const struct zone_labels *lb,
		   const struct zone_opts *o, struct zdoc *doc, struct sb40_error *err);
/* The findings (table "findings"); *ERRORS gets the number at error level. */
void zone_view_check(const struct zone_data *d, const struct zone_labels *lb,
		     const struct zone_opts *o, struct zdoc *doc, size_t *errors);
/* Tables "obligations", "to_accept", "fulfilment". */
void zone_view_obligations(const struct zone_data *d, const struct zone_opts *o,
			   struct zdoc *doc);
/* Tables "lots", "lots_by_zone". */
void zone_view_lots(const struct zone_data *d, const struct zone_opts *o, struct zdoc *doc);
/* Table "indicators": every zone indicator of every zone in the year. */
void zone_view_indicators(const struct zone_data *d, const struct zone_labels *lb,
			  const struct zone_opts *o, struct zdoc *doc);
/* Tables "regions" and "legal_forms". */
void zone_view_regions(const struct zone_data *d, const struct zone_opts *o, struct zdoc *doc);
/* The yearly report: ranking with its chart, enterprises over time with a
 * trend, infrastructure, obligations, findings, lots, regions, forms. */
int zone_view_report(const struct zone_data *d, const struct zone_labels *lb,
		     const struct zone_opts *o, struct zdoc *doc, struct sb40_error *err);

/* The year the views use: O->year, else the latest with data. */
int zone_view_year(const struct zone_data *d, const struct zone_opts *o);

#endif
