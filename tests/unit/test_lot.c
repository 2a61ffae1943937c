/* test_lot.c - domain/lot: lot states on a day and the offerable area. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "domain/lot.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) <= 1e-9)

static void test_states_and_summary(void **state)
{
	struct zone_data d;
	struct zd_zone z = {.code = "A", .area_ha = 1}, y = {.code = "B", .area_ha = NAN};
	const struct zd_lot lots[] = {
		{"A", "1", 1000, "vacant", ""},
		{"A", "2", 2000, "auction", "2025-10-01"},
		{"A", "3", 500, "auction", "2025-09-30"},
		{"A", "4", 700, "leased", ""},
		{"B", "5", 300, "vacant", ""},
	};
	const struct zdate today = {2025, 10, 1};
	zone_data_init(&d);
	zd_add_zone(&d, &z);
	zd_add_zone(&d, &y);
	for (size_t i = 0; i < 5; i++)
		zd_add_lot(&d, &lots[i]);
	assert_int_equal(lot_state(&lots[0], today), LOT_VACANT);
	assert_int_equal(lot_state(&lots[1], today), LOT_AUCTION_SCHEDULED); /* on the day */
	assert_int_equal(lot_state(&lots[2], today), LOT_AUCTION_PASSED);
	assert_int_equal(lot_state(&lots[3], today), LOT_LEASED);
	assert_string_equal(lot_state_code(LOT_AUCTION_PASSED), "auction_passed");
	assert_true(lot_offerable(&lots[0], today));
	assert_false(lot_offerable(&lots[1], today));
	assert_true(lot_offerable(&lots[2], today));
	assert_false(lot_offerable(&lots[3], today));
	struct lot_zone_summary s[2];
	lot_summarise(&d, today, s);
	/* offerable 1000 + 500; not in use (1000 + 2000 + 500) / 10000 m2 */
	NEAR(s[0].offerable_m2, 1500);
	NEAR(s[0].unused_pct, 35);
	assert_int_equal(s[0].nlots[LOT_LEASED], 1);
	NEAR(s[0].area_m2[LOT_AUCTION_SCHEDULED], 2000);
	NEAR(s[1].offerable_m2, 300);
	assert_true(isnan(s[1].unused_pct));
	zone_data_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_states_and_summary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
