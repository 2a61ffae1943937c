/* test_innovation.c - domain/innovation: every rule of the procedure fires
 * on a crafted case, the verdict follows the blocking rules, the ranking
 * and the sensitivity analysis agree with values worked out beside them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "domain/innovation.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

/* A firm in good shape (IFE 3.4, EFE 3.2: cell I), a growing market, three
 * criteria and three candidates, the first clearly best. */
static const struct swot_factor good_swot[4] = {
	{"skilled staff", SWOT_STRENGTH, 0.6, 4},
	{"old building", SWOT_WEAKNESS, 0.4, 2},
	{"state support", SWOT_OPPORTUNITY, 0.6, 4},
	{"competition", SWOT_THREAT, 0.4, 2},
};
static const struct swot_factor weak_swot[4] = {
	{"some skill", SWOT_STRENGTH, 0.2, 3},
	{"no funds", SWOT_WEAKNESS, 0.8, 1},
	{"small support", SWOT_OPPORTUNITY, 0.3, 2},
	{"imports", SWOT_THREAT, 0.7, 1},
};
static const double sales_growth[8] = {20, 35, 52, 70, 86, 100, 113, 125};
static const double sales_decline[8] = {100, 95, 88, 80, 70, 62, 55, 49};
static const double sales_mature[8] = {100, 102, 99, 101, 100, 98, 101, 100};
static const double sales_intro[8] = {1, 1.5, 2.2, 3.3, 5, 7.5, 11.2, 16.8};

static const struct innov_criterion crit3[3] = {
	{"market demand", MCDA_BENEFIT, 0.5},
	{"improvement potential", MCDA_BENEFIT, 0.3},
	{"cost", MCDA_COST, 0.2},
};
static const double sa[3] = {5, 5, 1}, sb[3] = {3, 3, 3}, sc[3] = {2, 2, 4};

struct fixture {
	struct innov_input in;
	struct innov_candidate cand[3];
};

static void base(struct fixture *f)
{
	memset(f, 0, sizeof *f);
	for (int c = 0; c < CAP_COUNT; c++)
		f->in.capability[c] = 4;
	f->in.factors = good_swot;
	f->in.nfactors = 4;
	f->in.sales = sales_growth;
	f->in.nsales = 8;
	f->in.type = IMIT_TECHNOLOGY;
	f->in.criteria = crit3;
	f->in.ncriteria = 3;
	f->cand[0] = (struct innov_candidate){"drip kit A", PROP_PUBLIC, sa};
	f->cand[1] = (struct innov_candidate){"drip kit B", PROP_LICENSED, sb};
	f->cand[2] = (struct innov_candidate){"drip kit C", PROP_PUBLIC, sc};
	f->in.candidates = f->cand;
	f->in.ncandidates = 3;
}

static const struct innov_reason *find(const struct innov_result *r, enum innov_rule rule)
{
	for (size_t i = 0; i < r->nreasons; i++)
		if (r->reasons[i].rule == rule)
			return &r->reasons[i];
	return NULL;
}

static size_t count(const struct innov_result *r, enum innov_rule rule)
{
	size_t k = 0;
	for (size_t i = 0; i < r->nreasons; i++)
		k += r->reasons[i].rule == rule;
	return k;
}

static void assess(struct fixture *f, struct innov_result *r)
{
	struct sb40_error e;
	if (innovation_assess(&f->in, r, &e))
		fail_msg("%s", error_text(&e));
}

/* The good case: go, growth, cell I; A dominates on every criterion so it
 * wins by both methods at any weights. */
static void test_go(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	assess(&f, &r);
	assert_int_equal(r.go, 1);
	assert_int_equal(r.lc.phase, LC_GROWTH);
	NEAR(r.swot.ife, 0.6 * 4 + 0.4 * 2, 1e-12);
	NEAR(r.swot.efe, 0.6 * 4 + 0.4 * 2, 1e-12);
	assert_int_equal(r.swot.ie_cell, 1);
	assert_int_equal(r.winner, 0);
	assert_int_equal(r.wsum_winner, 0);
	assert_int_equal(r.topsis_rank[0], 1);
	NEAR(r.topsis[0], 1, 1e-12); /* A is the ideal itself */
	NEAR(r.topsis[2], 0, 1e-12); /* C the anti-ideal */
	NEAR(r.wsum[0], 1, 1e-12);
	NEAR(r.weights[0] + r.weights[1] + r.weights[2], 1, 1e-12);
	assert_int_equal(r.nsens, 3 * INNOV_NDELTAS);
	assert_non_null(find(&r, RULE_GROWTH));
	assert_non_null(find(&r, RULE_POSITION));
	assert_int_equal(find(&r, RULE_POSITION)->item, 1);
	assert_non_null(find(&r, RULE_WINNER));
	assert_non_null(find(&r, RULE_ROBUST));
	assert_non_null(find(&r, RULE_GO));
	assert_null(find(&r, RULE_SENSITIVE));
	assert_null(find(&r, RULE_METHODS_DISAGREE));
	assert_null(find(&r, RULE_HARVEST));
	for (size_t i = 0; i < r.nreasons; i++)
		assert_int_not_equal(r.reasons[i].severity, SEV_BLOCKER);
	innovation_result_release(&r);
}

/* Article 001, Fig. 3: in the decline phase no imitation - no-go, with the
 * reason; the ranking is still shown. */
static void test_decline_no_go(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.in.sales = sales_decline;
	assess(&f, &r);
	assert_int_equal(r.go, 0);
	assert_int_equal(r.lc.phase, LC_DECLINE);
	const struct innov_reason *d = find(&r, RULE_DECLINE);
	assert_non_null(d);
	assert_int_equal(d->severity, SEV_BLOCKER);
	NEAR(d->value, r.lc.growth, 1e-12);
	assert_null(find(&r, RULE_GO));
	assert_int_equal(r.winner, 0);
	innovation_result_release(&r);
}

static void test_market_phases(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.in.sales = sales_mature;
	assess(&f, &r);
	assert_int_equal(r.go, 1);
	assert_int_equal(find(&r, RULE_MATURITY)->severity, SEV_WARNING);
	innovation_result_release(&r);
	f.in.sales = sales_intro;
	assess(&f, &r);
	assert_int_equal(r.go, 1);
	assert_int_equal(find(&r, RULE_INTRODUCTION)->severity, SEV_WARNING);
	innovation_result_release(&r);
}

/* A patent in force without licence excludes; a trademark warns. */
static void test_property_rights(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.cand[0].property = PROP_PATENT;
	f.cand[2].property = PROP_TRADEMARK;
	assess(&f, &r);
	assert_int_equal(r.go, 1);
	assert_int_equal(r.excluded[0], 1);
	assert_int_equal(r.topsis_rank[0], 0);
	assert_int_equal(r.wsum_rank[0], 0);
	assert_true(isnan(r.topsis[0]) && isnan(r.wsum[0]));
	/* B (3,3,3) against C (2,2,4): B is now the ideal */
	assert_int_equal(r.winner, 1);
	assert_int_equal(r.topsis_rank[1], 1);
	assert_int_equal(r.topsis_rank[2], 2);
	assert_int_equal(find(&r, RULE_PATENT_EXCLUDED)->item, 0);
	assert_int_equal(find(&r, RULE_TRADEMARK)->item, 2);
	assert_int_equal(find(&r, RULE_WINNER)->item, 1);
	innovation_result_release(&r);
	/* every candidate patented: nothing to imitate, no-go */
	f.cand[1].property = PROP_PATENT;
	f.cand[2].property = PROP_PATENT;
	assess(&f, &r);
	assert_int_equal(r.go, 0);
	assert_int_equal(r.winner, -1);
	assert_int_equal(r.nsens, 0);
	assert_int_equal(find(&r, RULE_ALL_EXCLUDED)->severity, SEV_BLOCKER);
	assert_int_equal(count(&r, RULE_PATENT_EXCLUDED), 3);
	assert_null(find(&r, RULE_WINNER));
	innovation_result_release(&r);
	/* licensed is fine */
	base(&f);
	f.cand[0].property = PROP_LICENSED;
	assess(&f, &r);
	assert_int_equal(r.excluded[0], 0);
	assert_null(find(&r, RULE_PATENT_EXCLUDED));
	innovation_result_release(&r);
}

/* Capabilities: 1 for mastering or production blocks; 2 warns, as a need of
 * the imitation type (new technology: funds, staff) or as a weakness. */
static void test_capabilities(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.in.capability[CAP_MASTERING] = 1;
	assess(&f, &r);
	assert_int_equal(r.go, 0);
	assert_int_equal(find(&r, RULE_NO_MASTERING)->severity, SEV_BLOCKER);
	assert_null(find(&r, RULE_WEAK_CAPABILITY));
	innovation_result_release(&r);

	base(&f);
	f.in.capability[CAP_PRODUCTION] = 1;
	assess(&f, &r);
	assert_int_equal(r.go, 0);
	assert_int_equal(find(&r, RULE_NO_PRODUCTION)->severity, SEV_BLOCKER);
	innovation_result_release(&r);

	base(&f);
	f.in.capability[CAP_FUNDS] = 2;
	f.in.capability[CAP_RESEARCH] = 1;
	f.in.capability[CAP_MASTERING] = 2;
	assess(&f, &r);
	assert_int_equal(r.go, 1);
	const struct innov_reason *n = find(&r, RULE_TYPE_NEEDS);
	assert_int_equal(n->item, CAP_FUNDS);
	NEAR(n->value, 2, 0);
	assert_int_equal(count(&r, RULE_TYPE_NEEDS), 1);
	assert_int_equal(count(&r, RULE_WEAK_CAPABILITY), 2); /* mastering 2, research 1 */
	innovation_result_release(&r);
	/* the same research score matters for a new raw-material source */
	f.in.type = IMIT_RAW_MATERIAL;
	assess(&f, &r);
	assert_int_equal(find(&r, RULE_TYPE_NEEDS)->item, CAP_RESEARCH);
	innovation_result_release(&r);
	assert_true(innovation_type_needs(IMIT_TECHNOLOGY) == (1u << CAP_FUNDS | 1u << CAP_STAFF));
}

/* IFE = .2*3 + .8*1 = 1.4, EFE = .3*2 + .7*1 = 1.3: cell IX. */
static void test_harvest(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.in.factors = weak_swot;
	assess(&f, &r);
	NEAR(r.swot.ife, 1.4, 1e-12);
	NEAR(r.swot.efe, 1.3, 1e-12);
	assert_int_equal(r.swot.ie_cell, 9);
	assert_int_equal(find(&r, RULE_HARVEST)->severity, SEV_WARNING);
	assert_int_equal(r.go, 1);
	innovation_result_release(&r);
}

/* Criteria benefit, benefit, cost with weights .5 .3 .2 and candidates
 * A (3,5,2), B (3,5,5), C (5,1,2).  TOPSIS: .5647 .4762 .5238 (A first);
 * weighted sum (min-max): A .5*0 + .3*1 + .2*1 = .5, B .3, C .5 + .2 = .7
 * (C first).  With the weight of demand +10% (.55, others x .9: .27 .18)
 * TOPSIS gives A .5149 < C .5598; with improvement -10% (.27; others x
 * 1.03/.. rescaled) C leads too; moving cost by 25% changes nothing. */
static void test_disagreement_and_sensitivity(void **state)
{
	static const double a[3] = {3, 5, 2}, b[3] = {3, 5, 5}, c[3] = {5, 1, 2};
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.cand[0].score = a;
	f.cand[1].score = b;
	f.cand[2].score = c;
	assess(&f, &r);
	NEAR(r.topsis[0], 0.5647, 0.00005);
	NEAR(r.topsis[1], 0.4762, 0.00005);
	NEAR(r.topsis[2], 0.5238, 0.00005);
	NEAR(r.wsum[0], 0.5, 1e-12);
	NEAR(r.wsum[1], 0.3, 1e-12);
	NEAR(r.wsum[2], 0.7, 1e-12);
	assert_int_equal(r.winner, 0);
	assert_int_equal(r.wsum_winner, 2);
	assert_int_equal(find(&r, RULE_METHODS_DISAGREE)->item, 2);
	assert_int_equal(count(&r, RULE_SENSITIVE), 2);
	/* criterion 0 first changes at +10% (sens index 0*4 + 2) */
	const struct innov_reason *s = find(&r, RULE_SENSITIVE);
	assert_int_equal(s->item, 2);
	NEAR(s->value, 0.10, 1e-12);
	assert_int_equal(r.sens[2].criterion, 0);
	assert_int_equal(r.sens[2].winner, 2);
	assert_int_equal(r.sens[1].changed, 0); /* -10% keeps A */
	/* criterion 1 first changes at -10% (index 1*4 + 1) */
	assert_int_equal(r.reasons[s - r.reasons + 1].item, 5);
	NEAR(r.reasons[s - r.reasons + 1].value, -0.10, 1e-12);
	/* criterion 2 never changes the winner */
	for (int d = 0; d < INNOV_NDELTAS; d++)
		assert_int_equal(r.sens[8 + d].changed, 0);
	assert_null(find(&r, RULE_ROBUST));
	innovation_result_release(&r);
}

/* Identical candidates tie; the first listed wins. */
static void test_ties(void **state)
{
	struct fixture f;
	struct innov_result r;
	base(&f);
	f.cand[0].score = sb;
	f.cand[1].score = sb;
	f.cand[2].score = sb;
	assess(&f, &r);
	assert_int_equal(r.winner, 0);
	assert_int_equal(r.topsis_rank[0], 1);
	assert_int_equal(r.topsis_rank[1], 1);
	assert_int_equal(r.topsis_rank[2], 1);
	assert_non_null(find(&r, RULE_ROBUST));
	innovation_result_release(&r);
}

/* AHP weights: a consistent matrix (demand = 2 x improvement = 4 x cost
 * ... i.e. w = 4/7, 2/7, 1/7) and an inconsistent one. */
static void test_ahp_weights(void **state)
{
	const double ok[9] = {1, 2, 4, 0.5, 1, 2, 0.25, 0.5, 1};
	const double bad[9] = {1, 2, 0.25, 0.5, 1, 2, 4, 0.5, 1};
	struct fixture f;
	struct innov_result r;
	struct sb40_error e;
	base(&f);
	f.in.pairwise = ok;
	assess(&f, &r);
	assert_int_equal(r.ahp, 1);
	NEAR(r.weights[0], 4.0 / 7, 1e-12);
	NEAR(r.weights[1], 2.0 / 7, 1e-12);
	NEAR(r.weights[2], 1.0 / 7, 1e-12);
	NEAR(find(&r, RULE_AHP_CONSISTENT)->value, 0, 1e-9);
	innovation_result_release(&r);
	/* demand 2 x improvement, improvement 2 x cost, but cost 4 x demand:
	 * lambda_max = 1 + r + 1/r with r = (a13 / (a12 a23))^(1/3) = 1/2^(4/3)
	 * = 0.39685, so 3.9167 and CR = (0.9167 / 2) / 0.58 = 0.790.  In a
	 * 3 x 3 matrix every pair departs alike; the strongest judgement (1/4)
	 * is named, against a12 a23 = 2 x 2 = 4 from the other judgements. */
	f.in.pairwise = bad;
	assert_int_equal(innovation_assess(&f.in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "inconsistent pairwise judgements (consistency ratio 0.790, above 0.10): "
			    "the most inconsistent is \"market demand\" against \"cost\", given 1/4 "
			    "where the other judgements suggest 4");
	innovation_result_release(&r);
}

static void test_errors(void **state)
{
	struct fixture f;
	struct innov_result r;
	struct sb40_error e;
	static const struct innov_criterion w9[3] = {
		{"a", MCDA_BENEFIT, 0.5}, {"b", MCDA_BENEFIT, 0.3}, {"c", MCDA_COST, 0.1}};
	base(&f);
	f.in.criteria = w9;
	assert_int_equal(innovation_assess(&f.in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "the criteria weights sum to 0.9, expected 1");
	innovation_result_release(&r);
	base(&f);
	f.in.capability[CAP_FUNDS] = 6;
	assert_int_equal(innovation_assess(&f.in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "capability funds: expected 1 to 5, got 6");
	innovation_result_release(&r);
	base(&f);
	f.in.nsales = 4;
	assert_int_equal(innovation_assess(&f.in, &r, &e), SB40_EMISSING);
	innovation_result_release(&r);
	static const double neg[3] = {1, -1, 1};
	base(&f);
	f.cand[1].score = neg;
	assert_int_equal(innovation_assess(&f.in, &r, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "candidate 2, criterion 2: expected a number 0 or more, got -1");
	innovation_result_release(&r);
}

static void test_ids(void **state)
{
	assert_string_equal(innovation_type_id(IMIT_RAW_MATERIAL), "new_raw_material");
	assert_string_equal(innovation_property_id(PROP_PATENT), "patent_in_force");
	assert_string_equal(innovation_capability_id(CAP_RESEARCH), "research_links");
	assert_string_equal(innovation_rule_id(RULE_DECLINE), "market_decline");
	assert_string_equal(innovation_rule_id(RULE_GO), "go");
	assert_string_equal(innovation_severity_id(SEV_BLOCKER), "blocker");
	for (int i = 0; i < RULE_COUNT; i++)
		assert_string_not_equal(innovation_rule_id((enum innov_rule)i), "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_go),
		cmocka_unit_test(test_decline_no_go),
		cmocka_unit_test(test_market_phases),
		cmocka_unit_test(test_property_rights),
		cmocka_unit_test(test_capabilities),
		cmocka_unit_test(test_harvest),
		cmocka_unit_test(test_disagreement_and_sensitivity),
		cmocka_unit_test(test_ties),
		cmocka_unit_test(test_ahp_weights),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_ids),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
