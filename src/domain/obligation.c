/* obligation.c - dates, acceptance status and fulfilment of obligations. */
#include "domain/obligation.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

int zdate_days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

int zdate_parse(const char *s, struct zdate *out)
{
	int y, m, d, n = 0;
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
		return -1;
	if (y < 1900 || y > 2999 || d < 1 || d > zdate_days_in_month(y, m))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

int zdate_cmp(struct zdate a, struct zdate b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	return a.d < b.d ? -1 : a.d > b.d;
}

struct zdate zdate_add_months(struct zdate a, int months)
{
	int idx = a.y * 12 + (a.m - 1) + months;
	struct zdate r = {idx / 12, idx % 12 + 1, a.d};
	int dim = zdate_days_in_month(r.y, r.m);
	if (r.d > dim)
		r.d = dim;
	return r;
}

/* Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
static long civil(struct zdate a)
{
	long y = a.y - (a.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (a.m + (a.m > 2 ? -3 : 9)) + 2) / 5 + a.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

long zdate_days(struct zdate a, struct zdate b)
{
	return civil(b) - civil(a);
}

void zdate_format(struct zdate a, char out[11])
{
	unsigned y = (unsigned)a.y % 10000u, m = (unsigned)a.m % 100u, d = (unsigned)a.d % 100u;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

const char *obl_status_code(enum obl_status s)
{
	static const char *const codes[OBL_NSTATUS] = {
		"pending", "due", "accepted_in_time", "accepted_late", "overdue",
	};
	return (unsigned)s < OBL_NSTATUS ? codes[s] : "?";
}

int obl_status(const struct zd_obligation *o, struct zdate today, enum obl_status *st,
	       struct zdate *deadline)
{
	struct zdate due, acc, dl;
	if (zdate_parse(o->due, &due))
		return -1;
	dl = zdate_add_months(due, OBL_ACCEPT_MONTHS);
	if (deadline)
		*deadline = dl;
	if (o->accepted[0]) {
		if (zdate_parse(o->accepted, &acc))
			return -1;
		*st = zdate_cmp(acc, dl) <= 0 ? OBL_ACCEPTED_IN_TIME : OBL_ACCEPTED_LATE;
	} else if (zdate_cmp(today, due) < 0) {
		*st = OBL_PENDING;
	} else {
		*st = zdate_cmp(today, dl) <= 0 ? OBL_DUE : OBL_OVERDUE;
	}
	return 0;
}

double obl_fulfilled_pct(const struct zd_obligation *o, size_t n, const char *zone,
			 struct zdate through, size_t *due_n, size_t *acc_n)
{
	size_t due = 0, acc = 0;
	for (size_t i = 0; i < n; i++) {
		struct zdate d;
		if (zone && strcmp(o[i].zone, zone) != 0)
			continue;
		if (zdate_parse(o[i].due, &d) || zdate_cmp(d, through) > 0)
			continue;
		due++;
		if (o[i].accepted[0])
			acc++;
	}
	if (due_n)
		*due_n = due;
	if (acc_n)
		*acc_n = acc;
	return due ? 100.0 * (double)acc / (double)due : NAN;
}

void obl_summarise(const struct zone_data *d, struct zdate today, struct obl_zone_summary *out)
{
	for (size_t z = 0; z < d->nzones; z++) {
		struct obl_zone_summary *s = &out[z];
		memset(s, 0, sizeof *s);
		snprintf(s->zone, sizeof s->zone, "%s", d->zones[z].code);
		for (size_t i = 0; i < d->nobl; i++) {
			enum obl_status st;
			if (strcmp(d->obl[i].zone, s->zone) != 0 ||
			    obl_status(&d->obl[i], today, &st, NULL))
				continue;
			s->count[st]++;
			s->total++;
		}
		s->fulfilled_pct = obl_fulfilled_pct(d->obl, d->nobl, s->zone, today, NULL, NULL);
	}
}

int obl_to_accept_this_month(const struct zd_obligation *o, struct zdate today)
{
	struct zdate due, end = {today.y, today.m, zdate_days_in_month(today.y, today.m)};
	if (o->accepted[0] || zdate_parse(o->due, &due))
		return 0;
	return zdate_cmp(due, end) <= 0;
}
