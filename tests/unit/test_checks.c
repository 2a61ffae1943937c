/* test_checks.c - domain/checks: every rule fires on a crafted case with
 * the numbers worked out by hand, and a clean data set gives no finding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "domain/checks.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) <= 1e-9)

static const struct zdate TODAY = {2025, 10, 1};

/* Region R: zones A (2 ha) and B (3 ha); 2025: 10 and 20 firms, 50 and 100
 * workers; the region states 30 firms, 5 ha, 2 zones.  One obligation
 * accepted in time, one lot at auction next month. */
static void clean(struct zone_data *d)
{
	struct zd_zone a = {.code = "A", .region = "R", .established = 2017, .area_ha = 2,
			    .production_area_m2 = NAN};
	struct zd_zone b = {.code = "B", .region = "R", .established = 2017, .area_ha = 3,
			    .production_area_m2 = NAN};
	zone_data_init(d);
	zd_add_zone(d, &a);
	zd_add_zone(d, &b);
	zd_add_value(d, 0, ZI_ENTERPRISES, 2025, 10, 0);
	zd_add_value(d, 1, ZI_ENTERPRISES, 2025, 20, 0);
	zd_add_value(d, 0, ZI_WORKERS, 2025, 50, 0);
	zd_add_value(d, 1, ZI_WORKERS, 2025, 100, 0);
	zd_add_value(d, 0, ZI_INFRASTRUCTURE_PCT, 2025, 100, 0);
	struct zd_region_value rv = {.region = "R", .ind = "enterprises", .year = 2025, .value = 30};
	zd_add_region_value(d, &rv);
	rv = (struct zd_region_value){.region = "R", .ind = "area_ha", .year = 2025, .value = 5};
	zd_add_region_value(d, &rv);
	rv = (struct zd_region_value){.region = "R", .ind = "zones", .year = 2025, .value = 2};
	zd_add_region_value(d, &rv);
	struct zd_obligation o = {.tin = "300000001", .zone = "A", .kind = "jobs", .amount = 5,
				  .due = "2025-06-30", .accepted = "2025-09-30"};
	zd_add_obligation(d, &o);
	struct zd_lot l = {.zone = "B", .lot = "B-1", .area_m2 = 500, .status = "auction",
			   .auction_date = "2025-11-01"};
	zd_add_lot(d, &l);
}

static size_t run(struct zone_data *d, struct chk_list *l)
{
	memset(l, 0, sizeof *l);
	zd_index(d);
	return zone_checks(d, TODAY, l);
}

static void test_clean(void **state)
{
	struct zone_data d;
	struct chk_list l;
	clean(&d);
	assert_int_equal(run(&d, &l), 0);
	assert_int_equal(l.n, 0);
	chk_list_release(&l);
	zone_data_release(&d);
}

static void test_region_total_and_zone_count(void **state)
{
	struct zone_data d;
	struct chk_list l;
	clean(&d);
	d.region_values[0].value = 40;  /* 40 firms stated, zones sum to 30 */
	d.region_values[2].value = 3;   /* 3 zones stated, 2 registered */
	assert_int_equal(run(&d, &l), 1);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.f[0].rule, CHK_REGION_TOTAL);
	assert_string_equal(chk_rule_id(l.f[0].rule), "ZC01");
	assert_int_equal(l.f[0].sev, CHK_ERROR);
	assert_string_equal(l.f[0].entity, "R");
	assert_string_equal(l.f[0].period, "2025");
	assert_string_equal(l.f[0].ind, "enterprises");
	NEAR(l.f[0].a, 40);
	NEAR(l.f[0].b, 30);
	assert_int_equal(l.f[0].n, 2);
	assert_int_equal(l.f[1].rule, CHK_ZONES_COUNT);
	assert_int_equal(l.f[1].sev, CHK_INFO);
	NEAR(l.f[1].a, 3);
	NEAR(l.f[1].b, 2);
	chk_list_release(&l);
	zone_data_release(&d);
	/* within 0.5% is not a finding */
	clean(&d);
	d.region_values[1].value = 5.02;
	assert_int_equal(run(&d, &l), 0);
	assert_int_equal(l.n, 0);
	chk_list_release(&l);
	zone_data_release(&d);
}

static void test_series_rules(void **state)
{
	struct zone_data d;
	struct chk_list l;
	clean(&d);
	zd_add_value(&d, 0, ZI_ENTERPRISES, 2024, 12, 0);   /* 12 -> 10: fall */
	zd_add_value(&d, 1, ZI_ENTERPRISES, 2022, 25, 0);   /* 25 -> 20 noted: explained */
	zd_add_value(&d, 1, ZI_ENTERPRISES, 2025, 20, 1);
	zd_add_value(&d, 0, ZI_GAS_PCT, 2024, 104.5, 0);    /* out of range */
	zd_add_value(&d, 1, ZI_ENTERPRISES, 2023, 0, 1);    /* workers, no firms */
	zd_add_value(&d, 1, ZI_WORKERS, 2023, 5, 0);
	zd_add_value(&d, 1, ZI_WORKERS, 2021, 7, 0);        /* workers, no count */
	size_t errors = run(&d, &l);
	assert_int_equal(l.n, 4);
	assert_int_equal(errors, 2);
	assert_int_equal(l.f[0].rule, CHK_ENTERPRISES_FALL);
	assert_string_equal(l.f[0].entity, "A");
	assert_string_equal(l.f[0].period, "2024-2025");
	NEAR(l.f[0].a, 12);
	NEAR(l.f[0].b, 10);
	/* zone B: 25 (2022) -> 0 (2023, noted) -> 20: no unexplained fall */
	assert_int_equal(l.f[1].rule, CHK_SHARE_RANGE);
	assert_string_equal(l.f[1].ind, "gas_pct");
	assert_string_equal(l.f[1].period, "2024");
	NEAR(l.f[1].a, 104.5);
	assert_int_equal(l.f[2].rule, CHK_WORKERS_NO_ENTERPRISES);
	assert_string_equal(l.f[2].period, "2023");
	NEAR(l.f[2].a, 5);
	assert_int_equal(l.f[3].rule, CHK_WORKERS_UNMATCHED);
	assert_string_equal(l.f[3].period, "2021");
	chk_list_release(&l);
	zone_data_release(&d);
}

static void test_density_outlier(void **state)
{
	/* five 1-ha zones with 10, 11, 12, 13, 50 firms: median 12, deviations
	 * 2, 1, 0, 1, 38, MAD 1; robust z of 50 = 0.6745 * 38 = 25.631 */
	struct zone_data d;
	struct chk_list l;
	const double firms[5] = {10, 11, 12, 13, 50};
	zone_data_init(&d);
	for (int i = 0; i < 5; i++) {
		struct zd_zone z = {.region = "S", .area_ha = 1, .production_area_m2 = NAN};
		snprintf(z.code, sizeof z.code, "Z%d", i);
		zd_add_zone(&d, &z);
		zd_add_value(&d, (size_t)i, ZI_ENTERPRISES, 2025, firms[i], 0);
	}
	assert_int_equal(run(&d, &l), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.f[0].rule, CHK_DENSITY_OUTLIER);
	assert_string_equal(l.f[0].entity, "Z4");
	assert_string_equal(l.f[0].ind, "enterprises_per_ha");
	NEAR(l.f[0].a, 50);
	NEAR(l.f[0].b, 12);
	NEAR(l.f[0].c, 0.6745 * 38);
	chk_list_release(&l);
	zone_data_release(&d);
	NEAR(chk_median(firms, 4), 11.5);
}

static void test_obligations_and_lots(void **state)
{
	struct zone_data d;
	struct chk_list l;
	clean(&d);
	/* due 2025-06-30: deadline 2025-09-30; today 2025-10-01 */
	struct zd_obligation o = {.tin = "300000002", .zone = "B", .kind = "investment",
				  .amount = 100, .due = "2025-06-30"};
	zd_add_obligation(&d, &o);
	snprintf(o.tin, sizeof o.tin, "300000003");
	snprintf(o.accepted, sizeof o.accepted, "2025-10-02");
	zd_add_obligation(&d, &o);
	snprintf(d.lots[0].auction_date, sizeof d.lots[0].auction_date, "2025-09-01");
	assert_int_equal(run(&d, &l), 1);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.f[0].rule, CHK_OBLIGATION_OVERDUE);
	assert_string_equal(l.f[0].entity, "300000002");
	assert_string_equal(l.f[0].zone, "B");
	assert_string_equal(l.f[0].period, "2025-06-30");
	assert_string_equal(l.f[0].date1, "2025-09-30");
	assert_int_equal(l.f[0].n, 1);
	assert_int_equal(l.f[1].rule, CHK_OBLIGATION_LATE);
	assert_string_equal(l.f[1].date2, "2025-10-02");
	assert_int_equal(l.f[1].n, 2);
	assert_int_equal(l.f[2].rule, CHK_AUCTION_STALE);
	assert_string_equal(l.f[2].entity, "B-1");
	assert_int_equal(l.f[2].n, 30);
	assert_string_equal(chk_sev_code(l.f[2].sev), "warning");
	chk_list_release(&l);
	zone_data_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_region_total_and_zone_count),
		cmocka_unit_test(test_series_rules),
		cmocka_unit_test(test_density_outlier),
		cmocka_unit_test(test_obligations_and_lots),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
