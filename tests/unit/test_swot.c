/* test_swot.c - domain/swot: IFE/EFE totals by hand and the IE matrix. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include "domain/swot.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

/* IFE = .20*4 + .15*3 + .25*1 + .40*2 = .80 + .45 + .25 + .80 = 2.30
 * EFE = .30*3 + .20*4 + .35*2 + .15*1 = .90 + .80 + .70 + .15 = 2.55
 * Both in the middle band: cell V, hold and maintain. */
static void test_totals_by_hand(void **state)
{
	const struct swot_factor f[8] = {
		{"own workshop", SWOT_STRENGTH, 0.20, 4},
		{"experienced mechanic", SWOT_STRENGTH, 0.15, 3},
		{"no marketing staff", SWOT_WEAKNESS, 0.25, 1},
		{"old equipment", SWOT_WEAKNESS, 0.40, 2},
		{"state support for small business", SWOT_OPPORTUNITY, 0.30, 3},
		{"growing demand", SWOT_OPPORTUNITY, 0.20, 4},
		{"imports", SWOT_THREAT, 0.35, 2},
		{"raw-material prices", SWOT_THREAT, 0.15, 1},
	};
	struct swot_result r;
	struct sb40_error e;
	assert_int_equal(swot_evaluate(f, 8, &r, &e), 0);
	NEAR(r.ife, 2.30, 1e-12);
	NEAR(r.efe, 2.55, 1e-12);
	assert_int_equal(r.ie_cell, 5);
	assert_int_equal(r.strategy, IE_HOLD_MAINTAIN);
}

/* Cells are read row by row from (strong IFE, high EFE) = I to
 * (weak, low) = IX. */
static void test_ie_matrix(void **state)
{
	assert_int_equal(swot_ie_cell(3.2, 3.5), 1);
	assert_int_equal(swot_ie_cell(2.5, 3.0), 2);
	assert_int_equal(swot_ie_cell(1.5, 3.9), 3);
	assert_int_equal(swot_ie_cell(3.0, 2.0), 4);
	assert_int_equal(swot_ie_cell(1.99, 2.99), 6);
	assert_int_equal(swot_ie_cell(3.0, 1.99), 7);
	assert_int_equal(swot_ie_cell(2.0, 1.0), 8);
	assert_int_equal(swot_ie_cell(1.0, 1.0), 9);
	/* 2.996 prints as 3.00 and is read as such */
	assert_int_equal(swot_ie_cell(2.996, 2.996), 1);
	assert_int_equal(swot_ie_strategy(1), IE_GROW_BUILD);
	assert_int_equal(swot_ie_strategy(2), IE_GROW_BUILD);
	assert_int_equal(swot_ie_strategy(4), IE_GROW_BUILD);
	assert_int_equal(swot_ie_strategy(3), IE_HOLD_MAINTAIN);
	assert_int_equal(swot_ie_strategy(5), IE_HOLD_MAINTAIN);
	assert_int_equal(swot_ie_strategy(7), IE_HOLD_MAINTAIN);
	assert_int_equal(swot_ie_strategy(6), IE_HARVEST_DIVEST);
	assert_int_equal(swot_ie_strategy(8), IE_HARVEST_DIVEST);
	assert_int_equal(swot_ie_strategy(9), IE_HARVEST_DIVEST);
}

static void test_rating_rules(void **state)
{
	assert_true(swot_rating_ok(SWOT_STRENGTH, 3) && swot_rating_ok(SWOT_STRENGTH, 4));
	assert_false(swot_rating_ok(SWOT_STRENGTH, 2));
	assert_true(swot_rating_ok(SWOT_WEAKNESS, 1) && swot_rating_ok(SWOT_WEAKNESS, 2));
	assert_false(swot_rating_ok(SWOT_WEAKNESS, 3));
	assert_true(swot_rating_ok(SWOT_THREAT, 4) && swot_rating_ok(SWOT_OPPORTUNITY, 1));
	assert_false(swot_rating_ok(SWOT_OPPORTUNITY, 5));
	assert_false(swot_rating_ok(SWOT_THREAT, 0));
}

static void test_errors(void **state)
{
	struct swot_result r;
	struct sb40_error e;
	struct swot_factor f[3] = {
		{"a", SWOT_STRENGTH, 0.5, 4},
		{"b", SWOT_WEAKNESS, 0.4, 2},
		{"c", SWOT_THREAT, 1, 2},
	};
	assert_int_equal(swot_evaluate(f, 3, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "the weights of the strengths and weaknesses sum to 0.9, expected 1");
	f[1].weight = 0.5;
	f[2].weight = 0.8;
	assert_int_equal(swot_evaluate(f, 3, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "the weights of the opportunities and threats sum to 0.8, expected 1");
	f[2].weight = 1;
	f[1].rating = 3;
	assert_int_equal(swot_evaluate(f, 3, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "factor 2: rating 3 is not allowed");
	f[1].rating = 2;
	assert_int_equal(swot_evaluate(f, 2, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "expected at least one internal and one external factor");
	/* within the tolerance the weights are read as shares: 0.9995 -> 1 */
	f[1].weight = 0.4995;
	assert_int_equal(swot_evaluate(f, 3, &r, &e), 0);
	NEAR(r.ife, (0.5 * 4 + 0.4995 * 2) / 0.9995, 1e-12);
	NEAR(r.efe, 2, 1e-12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_totals_by_hand),
		cmocka_unit_test(test_ie_matrix),
		cmocka_unit_test(test_rating_rules),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
