/* test_obligation.c - domain/obligation: dates, the 3-month acceptance
 * window at its boundaries (end of month, leap years), fulfilment and the
 * month's acceptance list, against dates worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "domain/obligation.h"

static struct zdate D(const char *s)
{
	struct zdate d = {0, 0, 0};
	assert_int_equal(zdate_parse(s, &d), 0);
	return d;
}

static void expect_date(struct zdate d, const char *want)
{
	char s[11];
	zdate_format(d, s);
	assert_string_equal(s, want);
}

static void test_dates(void **state)
{
	struct zdate d;
	assert_int_equal(zdate_parse("2025-02-29", &d), -1);
	assert_int_equal(zdate_parse("2025-1-01", &d), -1);
	assert_int_equal(zdate_parse("2025-13-01", &d), -1);
	assert_int_equal(zdate_parse("2025-01-01x", &d), -1);
	assert_int_equal(zdate_parse("2024-02-29", &d), 0);
	expect_date(zdate_add_months(D("2025-11-30"), 3), "2026-02-28");
	expect_date(zdate_add_months(D("2023-11-30"), 3), "2024-02-29");
	expect_date(zdate_add_months(D("2099-11-30"), 3), "2100-02-28"); /* 2100 not leap */
	expect_date(zdate_add_months(D("2025-12-31"), 3), "2026-03-31");
	expect_date(zdate_add_months(D("2025-10-31"), 3), "2026-01-31");
	expect_date(zdate_add_months(D("2025-09-30"), 3), "2025-12-30");
	assert_int_equal(zdate_days(D("2024-02-28"), D("2024-03-01")), 2);
	assert_int_equal(zdate_days(D("2025-02-28"), D("2025-03-01")), 1);
	assert_int_equal(zdate_days(D("2026-03-31"), D("2025-12-31")), -90);
	assert_true(zdate_cmp(D("2025-01-02"), D("2025-01-01")) > 0);
	assert_int_equal(zdate_cmp(D("2025-01-02"), D("2025-01-02")), 0);
}

static enum obl_status status(const char *due, const char *accepted, const char *today)
{
	struct zd_obligation o;
	enum obl_status st;
	memset(&o, 0, sizeof o);
	snprintf(o.due, sizeof o.due, "%s", due);
	snprintf(o.accepted, sizeof o.accepted, "%s", accepted);
	assert_int_equal(obl_status(&o, D(today), &st, NULL), 0);
	return st;
}

static void test_status_window(void **state)
{
	/* due 2025-12-31: deadline 2026-03-31, the deadline itself in time */
	assert_int_equal(status("2025-12-31", "", "2025-12-30"), OBL_PENDING);
	assert_int_equal(status("2025-12-31", "", "2025-12-31"), OBL_DUE);
	assert_int_equal(status("2025-12-31", "", "2026-03-31"), OBL_DUE);
	assert_int_equal(status("2025-12-31", "", "2026-04-01"), OBL_OVERDUE);
	assert_int_equal(status("2025-12-31", "2026-03-31", "2030-01-01"), OBL_ACCEPTED_IN_TIME);
	assert_int_equal(status("2025-12-31", "2026-04-01", "2030-01-01"), OBL_ACCEPTED_LATE);
	assert_int_equal(status("2025-12-31", "2025-11-01", "2025-11-02"), OBL_ACCEPTED_IN_TIME);
	/* end of a 30-day month into February: leap and common years */
	assert_int_equal(status("2023-11-30", "2024-02-29", "2030-01-01"), OBL_ACCEPTED_IN_TIME);
	assert_int_equal(status("2023-11-30", "2024-03-01", "2030-01-01"), OBL_ACCEPTED_LATE);
	assert_int_equal(status("2024-11-30", "2025-02-28", "2030-01-01"), OBL_ACCEPTED_IN_TIME);
	assert_int_equal(status("2024-11-30", "2025-03-01", "2030-01-01"), OBL_ACCEPTED_LATE);
	assert_int_equal(status("2024-11-30", "", "2025-02-28"), OBL_DUE);
	assert_int_equal(status("2024-11-30", "", "2025-03-01"), OBL_OVERDUE);
	assert_int_equal(status("2023-11-30", "", "2024-02-29"), OBL_DUE);
	assert_int_equal(status("2023-11-30", "", "2024-03-01"), OBL_OVERDUE);
	/* a broken date is refused */
	struct zd_obligation o;
	enum obl_status st;
	memset(&o, 0, sizeof o);
	snprintf(o.due, sizeof o.due, "2025-02-30");
	assert_int_equal(obl_status(&o, D("2025-01-01"), &st, NULL), -1);
	assert_string_equal(obl_status_code(OBL_ACCEPTED_LATE), "accepted_late");
}

static void add(struct zone_data *d, const char *zone, const char *due, const char *acc)
{
	struct zd_obligation o;
	memset(&o, 0, sizeof o);
	snprintf(o.zone, sizeof o.zone, "%s", zone);
	snprintf(o.tin, sizeof o.tin, "300000000");
	snprintf(o.kind, sizeof o.kind, "jobs");
	o.amount = 10;
	snprintf(o.due, sizeof o.due, "%s", due);
	snprintf(o.accepted, sizeof o.accepted, "%s", acc);
	zd_add_obligation(d, &o);
}

static void test_fulfilment_and_month(void **state)
{
	struct zone_data d;
	struct zd_zone za = {.code = "A", .area_ha = 1}, zb = {.code = "B", .area_ha = 1};
	size_t due, acc;
	zone_data_init(&d);
	zd_add_zone(&d, &za);
	zd_add_zone(&d, &zb);
	add(&d, "A", "2025-01-31", "2025-03-01");
	add(&d, "A", "2025-06-30", "");
	add(&d, "A", "2026-01-31", "");
	add(&d, "A", "2026-03-31", "");
	add(&d, "A", "2026-04-01", "");
	/* through 2025-12-31: 2 due, 1 accepted */
	assert_true(fabs(obl_fulfilled_pct(d.obl, d.nobl, "A", D("2025-12-31"), &due, &acc) - 50) <
		    1e-12);
	assert_int_equal(due, 2);
	assert_int_equal(acc, 1);
	assert_true(isnan(obl_fulfilled_pct(d.obl, d.nobl, "B", D("2025-12-31"), NULL, NULL)));
	/* this month on 2026-03-15: the overdue 2025-06-30, the due 2026-01-31
	 * and the 2026-03-31 falling due; not the accepted one nor April's */
	struct zdate today = D("2026-03-15");
	int want[5] = {0, 1, 1, 1, 0};
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(obl_to_accept_this_month(&d.obl[i], today), want[i]);
	struct obl_zone_summary s[2];
	obl_summarise(&d, today, s);
	assert_int_equal(s[0].total, 5);
	assert_int_equal(s[0].count[OBL_ACCEPTED_IN_TIME], 1);
	assert_int_equal(s[0].count[OBL_OVERDUE], 1);
	assert_int_equal(s[0].count[OBL_DUE], 1);
	assert_int_equal(s[0].count[OBL_PENDING], 2);
	assert_true(fabs(s[0].fulfilled_pct - 100.0 / 3) < 1e-12);
	assert_int_equal(s[1].total, 0);
	assert_true(isnan(s[1].fulfilled_pct));
	zone_data_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_status_window),
		cmocka_unit_test(test_fulfilment_and_month),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
