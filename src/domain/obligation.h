/* obligation.h - zone participants' obligations and their acceptance.
 *
 * Why: a participant of a small industrial zone promises investment, jobs
 * or exports by a due date; the zone's directorate must accept (check and
 * sign off) the obligation within 3 months of that date (Cabinet of
 * Ministers resolution No. 432 of 17 July 2024).  This module says where
 * each obligation stands on a given day, how much of a zone's obligations
 * is fulfilled, and what the directorate must accept this month.  Pure: the
 * day is an argument ("today" comes from the caller), no I/O.
 *
 * The acceptance deadline is the due date plus 3 calendar months; when that
 * month is shorter, the deadline is its last day (30 Nov + 3 months =
 * 28 Feb, or 29 Feb in a leap year).  The deadline day itself is in time.
 *
 * Ownership: everything is borrowed; outputs are caller-owned values.
 */
#ifndef SB40_DOMAIN_OBLIGATION_H
#define SB40_DOMAIN_OBLIGATION_H
#include <stddef.h>
#include "domain/zonedata.h"

#define OBL_ACCEPT_MONTHS 3

struct zdate {
	int y, m, d;
};

/* Parse "YYYY-MM-DD" (a real calendar day, 1900..2999).  0 or -1. */
int zdate_parse(const char *s, struct zdate *out);
/* <0, 0, >0 as A is before, on or after B. */
int zdate_cmp(struct zdate a, struct zdate b);
/* A plus MONTHS months, clamped to the last day of the month. */
struct zdate zdate_add_months(struct zdate a, int months);
/* Days from A to B (negative when B is before A). */
long zdate_days(struct zdate a, struct zdate b);
/* Writes "YYYY-MM-DD" into OUT (11 bytes). */
void zdate_format(struct zdate a, char out[11]);
int zdate_days_in_month(int y, int m);

enum obl_status {
	OBL_PENDING,          /* not yet due */
	OBL_DUE,              /* due, within the acceptance window, not accepted */
	OBL_ACCEPTED_IN_TIME, /* accepted on or before the deadline */
	OBL_ACCEPTED_LATE,    /* accepted after the deadline */
	OBL_OVERDUE,          /* past the deadline, not accepted */
	OBL_NSTATUS
};

/* "pending", "due", "accepted_in_time", "accepted_late", "overdue". */
const char *obl_status_code(enum obl_status s);

/* The status of O on TODAY, its acceptance deadline in *DEADLINE (may be
 * NULL).  Returns -1 when O's dates do not parse. */
int obl_status(const struct zd_obligation *o, struct zdate today, enum obl_status *st,
	       struct zdate *deadline);

/* Fulfilment of ZONE's obligations (NULL: all zones) due on or before
 * THROUGH: accepted ones / due ones, in percent; NaN when none is due.
 * *DUE and *ACCEPTED (may be NULL) get the counts. */
double obl_fulfilled_pct(const struct zd_obligation *o, size_t n, const char *zone,
			 struct zdate through, size_t *due, size_t *accepted);

/* Per-zone counts of each status on a day. */
struct obl_zone_summary {
	char zone[48];
	size_t count[OBL_NSTATUS];
	size_t total;
	double fulfilled_pct; /* accepted / due by today, NaN when none due */
};

/* One summary per zone in D (in D's zone order) into OUT[d->nzones]. */
void obl_summarise(const struct zone_data *d, struct zdate today, struct obl_zone_summary *out);

/* 1 when O must be accepted by the directorate in TODAY's month: not
 * accepted and due on or before the month's last day (due now, falling due
 * this month, or overdue). */
int obl_to_accept_this_month(const struct zd_obligation *o, struct zdate today);

#endif
