/* test_maturity.c - domain/maturity: indices, stage, foundation cap, gap
 * order and peer comparison on crafted answers worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "domain/maturity.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

static void all(struct maturity_input *in, int answer)
{
	maturity_input_init(in);
	for (int b = 0; b < MAT_BLOCK_COUNT; b++)
		in->answer[b] = answer;
}

/* Every block at 2: every index 50, stage 2 (40-59), 13 gaps of 1 to the
 * default target 3, in block order. */
static void test_uniform(void **state)
{
	struct maturity_input in;
	struct maturity_result r;
	struct sb40_error e;
	all(&in, 2);
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	for (int b = 0; b < MAT_BLOCK_COUNT; b++)
		NEAR(r.block_index[b], 50, 1e-12);
	for (int p = 0; p < PILLAR_COUNT; p++)
		NEAR(r.pillar_index[p], 50, 1e-12);
	NEAR(r.overall, 50, 1e-12);
	assert_int_equal(r.stage, 2);
	assert_int_equal(r.capped, 0);
	assert_int_equal(r.ngaps, MAT_BLOCK_COUNT);
	for (size_t i = 0; i < r.ngaps; i++) {
		assert_int_equal(r.gaps[i].block, (int)i);
		assert_int_equal(r.gaps[i].gap, 1);
		assert_int_equal(r.gaps[i].prerequisite, 0);
	}
	all(&in, 4);
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	NEAR(r.overall, 100, 1e-12);
	assert_int_equal(r.stage, 4);
	assert_int_equal(r.ngaps, 0);
	all(&in, 0);
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	assert_int_equal(r.stage, 0);
}

/* Foundations 1 4 3 2 -> (25 + 100 + 75 + 50) / 4 = 62.5; operations
 * 4 4 n/a n/a 3 -> (100 + 100 + 75) / 3 = 91.667; intelligence 4 3 ->
 * 87.5; market 4 4 -> 100.  Overall (62.5 + 91.667 + 87.5 + 100) / 4 =
 * 85.417: stage 4 by the index, but automation at 1 caps it at 2.  Gaps
 * to 3: automation (2, a prerequisite) before the product life cycle (1). */
static void test_cap_and_na(void **state)
{
	struct maturity_input in;
	struct maturity_result r;
	struct sb40_error e;
	const int ans[MAT_BLOCK_COUNT] = {1, 4, 3, 2, 4, 4, MAT_NA, MAT_NA, 3, 4, 3, 4, 4};
	maturity_input_init(&in);
	memcpy(in.answer, ans, sizeof ans);
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	NEAR(r.pillar_index[PILLAR_FOUNDATIONS], 62.5, 1e-12);
	NEAR(r.pillar_index[PILLAR_OPERATIONS], 275.0 / 3, 1e-12);
	NEAR(r.pillar_index[PILLAR_INTELLIGENCE], 87.5, 1e-12);
	NEAR(r.pillar_index[PILLAR_MARKET], 100, 1e-12);
	NEAR(r.overall, (62.5 + 275.0 / 3 + 87.5 + 100) / 4, 1e-12);
	assert_true(isnan(r.block_index[MAT_ROBOTISATION]));
	assert_int_equal(r.stage_by_index, 4);
	assert_int_equal(r.stage, 2);
	assert_int_equal(r.capped, 1);
	assert_int_equal(r.cap_block, MAT_AUTOMATION);
	assert_int_equal(r.ngaps, 2);
	assert_int_equal(r.gaps[0].block, MAT_AUTOMATION);
	assert_int_equal(r.gaps[0].gap, 2);
	assert_int_equal(r.gaps[0].prerequisite, 1);
	assert_int_equal(r.gaps[1].block, MAT_LIFE_CYCLE);
	assert_int_equal(r.gaps[1].prerequisite, 0);
}

/* Foundations at 2 (gaps of 1), the rest at 0 with target 3 (gaps of 3),
 * AI with target 4 (gap 4), robotisation not applicable: AI first, then
 * the gaps of 3 in block order, then the foundations.  A foundation at 1
 * with a gap of only 1 jumps ahead of everything. */
static void test_gap_order(void **state)
{
	struct maturity_input in;
	struct maturity_result r;
	struct sb40_error e;
	all(&in, 0);
	for (int b = MAT_AUTOMATION; b <= MAT_LIFE_CYCLE; b++)
		in.answer[b] = 2;
	in.answer[MAT_ROBOTISATION] = MAT_NA;
	in.target[MAT_AI] = 4;
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	const int want[12] = {MAT_AI, MAT_INTERNET_IOT, MAT_CLOUD, MAT_PRINTING_3D,
			      MAT_INTEGRATION, MAT_MODELLING, MAT_MARKETING, MAT_ADVERTISING,
			      MAT_AUTOMATION, MAT_CONNECTIVITY, MAT_ONLINE_SALES, MAT_LIFE_CYCLE};
	assert_int_equal(r.ngaps, 12);
	for (int i = 0; i < 12; i++)
		assert_int_equal(r.gaps[i].block, want[i]);
	/* foundations 50, operations 0 (4 applicable), intelligence 0, market 0 */
	NEAR(r.overall, 12.5, 1e-12);
	assert_int_equal(r.stage, 0);
	in.answer[MAT_CONNECTIVITY] = 1;
	in.target[MAT_CONNECTIVITY] = 2;
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	assert_int_equal(r.gaps[0].block, MAT_CONNECTIVITY);
	assert_int_equal(r.gaps[0].gap, 1);
	assert_int_equal(r.gaps[0].prerequisite, 1);
}

/* The stage bands: 20 -> 1, just under 80 -> 3. */
static void test_stage_bands(void **state)
{
	struct maturity_input in;
	struct maturity_result r;
	struct sb40_error e;
	/* foundations 4 4 4 4 (100), operations all 0, intelligence 0,
	 * market 0 -> overall 25: stage 1 */
	all(&in, 0);
	for (int b = MAT_AUTOMATION; b <= MAT_LIFE_CYCLE; b++)
		in.answer[b] = 4;
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	NEAR(r.overall, 25, 1e-12);
	assert_int_equal(r.stage, 1);
	/* everything 3 except advertising 2: market 62.5, overall
	 * (75 * 3 + 62.5) / 4 = 71.875: stage 3 */
	all(&in, 3);
	in.answer[MAT_ADVERTISING] = 2;
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	NEAR(r.overall, 71.875, 1e-12);
	assert_int_equal(r.stage, 3);
	/* foundations 1, everything else 1 -> 25, stage 1, not capped (1 + 1) */
	all(&in, 1);
	assert_int_equal(maturity_assess(&in, &r, &e), 0);
	assert_int_equal(r.stage, 1);
	assert_int_equal(r.capped, 0);
}

static void test_errors(void **state)
{
	struct maturity_input in;
	struct maturity_result r;
	struct sb40_error e;
	all(&in, 2);
	in.answer[MAT_CONNECTIVITY] = MAT_NA;
	assert_int_equal(maturity_assess(&in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "connectivity: a precondition cannot be not applicable");
	all(&in, 2);
	in.answer[MAT_CLOUD] = 5;
	assert_int_equal(maturity_assess(&in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "cloud: expected an answer from 0 to 4, got 5");
	all(&in, 2);
	in.target[MAT_AI] = -1;
	assert_int_equal(maturity_assess(&in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "artificial_intelligence: expected a target from 0 to 4, got -1");
}

/* Peers at 40, 50, 60, 60 and a firm at 60: 2 below, 2 ties -> (2 + 1) / 4
 * = 75th percentile; mean 52.5.  A block no peer applies is NaN. */
static void test_compare(void **state)
{
	struct maturity_input in;
	struct maturity_result me, peers[4];
	struct maturity_comparison c;
	struct sb40_error e;
	const int level[4] = {2, 2, 2, 2};
	for (int i = 0; i < 4; i++) {
		all(&in, level[i]);
		in.answer[MAT_PRINTING_3D] = MAT_NA;
		assert_int_equal(maturity_assess(&in, &peers[i], &e), 0);
		peers[i].overall = 40 + 10 * (i < 3 ? i : 2);
	}
	peers[0].block_index[MAT_CLOUD] = 0;
	all(&in, 2);
	assert_int_equal(maturity_assess(&in, &me, &e), 0);
	me.overall = 60;
	maturity_compare(&me, peers, 4, &c);
	assert_int_equal(c.n, 4);
	NEAR(c.overall_mean, 52.5, 1e-12);
	NEAR(c.percentile, 75, 1e-12);
	NEAR(c.block_mean[MAT_CLOUD], 37.5, 1e-12);
	NEAR(c.block_mean[MAT_AUTOMATION], 50, 1e-12);
	assert_true(isnan(c.block_mean[MAT_PRINTING_3D]));
	maturity_compare(&me, peers, 0, &c);
	assert_true(isnan(c.overall_mean) && isnan(c.percentile));
}

static void test_ids(void **state)
{
	assert_string_equal(maturity_block_id(MAT_PRINTING_3D), "printing_3d");
	assert_string_equal(maturity_pillar_id(PILLAR_INTELLIGENCE), "intelligence");
	assert_int_equal(maturity_block_find("online_sales"), MAT_ONLINE_SALES);
	assert_int_equal(maturity_block_find("blockchain"), -1);
	assert_int_equal(maturity_pillar(MAT_ADVERTISING), PILLAR_MARKET);
	assert_int_equal(maturity_pillar(MAT_LIFE_CYCLE), PILLAR_FOUNDATIONS);
	assert_false(maturity_na_allowed(MAT_AUTOMATION));
	assert_true(maturity_na_allowed(MAT_ROBOTISATION));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_uniform),
		cmocka_unit_test(test_cap_and_na),
		cmocka_unit_test(test_gap_order),
		cmocka_unit_test(test_stage_bands),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_compare),
		cmocka_unit_test(test_ids),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
