/* test_assess_json.c - io/assess_json: what a good document becomes, and
 * the exact error, with its JSON path, for every kind of bad input.
 *
 * The error cases are data: a valid base document, one change (a path and
 * a JSON value, or a deletion), and the message expected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "io/assess_json.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

static const char innov_base[] =
	"{\"firm\": {\"name\": \"Test MChJ\", \"tin\": \"300000001\",\n"
	"  \"capabilities\": {\"mastering_technology\": 4, \"production_capacity\": 3,\n"
	"   \"staff_qualification\": 3, \"funds\": 2, \"research_links\": 3,\n"
	"   \"raw_material_access\": 4}},\n"
	" \"swot\": {\"strengths\": [{\"factor\": \"workshop\", \"weight\": 0.6, \"rating\": 4}],\n"
	"  \"weaknesses\": [{\"factor\": \"capital\", \"weight\": 0.25, \"rating\": 1},\n"
	"                 {\"factor\": \"lab\", \"weight\": 0.15, \"rating\": 2}],\n"
	"  \"opportunities\": [{\"factor\": \"subsidies\", \"weight\": 0.5, \"rating\": 4}],\n"
	"  \"threats\": [{\"factor\": \"imports\", \"weight\": 0.25, \"rating\": 2},\n"
	"              {\"factor\": \"prices\", \"weight\": 0.25, \"rating\": 3}]},\n"
	" \"market\": {\"product\": \"kits\", \"imitation_type\": \"new_technology\",\n"
	"  \"sales\": [{\"period\": \"2016\", \"value\": 10}, {\"period\": 2017, \"value\": 12},\n"
	"            {\"period\": \"2018\", \"value\": 15}, {\"period\": \"2019\", \"value\": 19},\n"
	"            {\"period\": \"2020\", \"value\": 24}, {\"period\": \"2021\", \"value\": 29}]},\n"
	" \"criteria\": [{\"name\": \"market demand\", \"direction\": \"benefit\", \"weight\": 0.5},\n"
	"  {\"name\": \"risk\", \"direction\": \"cost\", \"weight\": 0.3},\n"
	"  {\"name\": \"cost\", \"direction\": \"cost\", \"weight\": 0.2}],\n"
	" \"candidates\": [\n"
	"  {\"name\": \"A\", \"property\": \"public\",\n"
	"   \"scores\": {\"market demand\": 4, \"risk\": 2, \"cost\": 15}},\n"
	"  {\"name\": \"B\", \"property\": \"patent_in_force\", \"description\": \"until 2031\",\n"
	"   \"scores\": {\"market demand\": 5, \"risk\": 3, \"cost\": 25}}]}\n";

static const char maturity_base[] =
	"{\"firm\": {\"name\": \"Tikuv MChJ\", \"region\": \"Toshkent shahri\"},\n"
	" \"answers\": {\"automation\": 2, \"connectivity\": 3, \"online_sales\": 1,\n"
	"  \"product_life_cycle\": 2, \"internet_iot\": 1, \"cloud\": 2, \"robotisation\": 1,\n"
	"  \"printing_3d\": null, \"integration\": 1, \"modelling_forecasting\": 1,\n"
	"  \"artificial_intelligence\": 0, \"marketing\": 2, \"advertising\": 2},\n"
	" \"targets\": {\"robotisation\": 2}}\n";

/* Set (or, with VALUE NULL, delete) the member at PATH ("a.b.0.c"; numbers
 * index arrays; "+" appends) of ROOT to the JSON text VALUE. */
static void mutate(json_t *root, const char *path, const char *value)
{
	char buf[256], *save = NULL, *tok, *next;
	json_t *cur = root;
	snprintf(buf, sizeof buf, "%s", path);
	tok = strtok_r(buf, ".", &save);
	while (tok) {
		next = strtok_r(NULL, ".", &save);
		int is_index = tok[0] >= '0' && tok[0] <= '9';
		if (!next) {
			json_t *v = value ? json_loads(value, JSON_DECODE_ANY, NULL) : NULL;
			if (value && !v)
				fail_msg("bad test value %s", value);
			if (!strcmp(tok, "+"))
				json_array_append_new(cur, v);
			else if (is_index && value)
				json_array_set_new(cur, (size_t)atoi(tok), v);
			else if (is_index)
				json_array_remove(cur, (size_t)atoi(tok));
			else if (value)
				json_object_set_new(cur, tok, v);
			else
				json_object_del(cur, tok);
			return;
		}
		cur = is_index ? json_array_get(cur, (size_t)atoi(tok)) : json_object_get(cur, tok);
		if (!cur)
			fail_msg("bad test path %s", path);
		tok = next;
	}
}

struct error_case {
	const char *path;  /* member to change */
	const char *value; /* its new JSON value, NULL to delete */
	const char *want;  /* the error text */
};

static void run_cases(const char *base, int maturity, const struct error_case *cases, size_t n)
{
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *root = json_loads(base, 0, NULL);
		struct sb40_error e;
		char *text;
		int rc;
		assert_non_null(root);
		mutate(root, cases[i].path, cases[i].value);
		text = json_dumps(root, JSON_COMPACT);
		json_decref(root);
		if (maturity) {
			struct maturity_doc d;
			rc = assess_json_maturity(text, strlen(text), "firm.json", &d, &e);
			if (!rc)
				maturity_doc_release(&d);
		} else {
			struct innov_doc d;
			rc = assess_json_innovation(text, strlen(text), "firm.json", &d, &e);
			if (!rc)
				innov_doc_release(&d);
		}
		free(text);
		if (rc != SB40_EINVAL || strcmp(error_text(&e), cases[i].want)) {
			print_error("case %zu (%s):\n  want %s\n  got  %s\n", i, cases[i].path,
				    cases[i].want, rc ? error_text(&e) : "(no error)");
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_innovation_ok(void **state)
{
	struct innov_doc d;
	struct sb40_error e;
	assert_int_equal(assess_json_innovation(innov_base, strlen(innov_base), "firm.json", &d, &e), 0);
	assert_string_equal(d.firm.name, "Test MChJ");
	assert_string_equal(d.firm.tin, "300000001");
	assert_null(d.firm.region);
	assert_string_equal(d.product, "kits");
	assert_int_equal(d.in.capability[CAP_FUNDS], 2);
	assert_int_equal(d.in.nfactors, 6);
	assert_int_equal(d.in.factors[1].kind, SWOT_WEAKNESS);
	assert_int_equal(d.in.factors[5].rating, 3);
	assert_int_equal(d.in.type, IMIT_TECHNOLOGY);
	assert_int_equal(d.in.nsales, 6);
	NEAR(d.in.sales[5], 29, 0);
	assert_string_equal(d.first_period, "2016");
	assert_string_equal(d.last_period, "2021");
	assert_int_equal(d.in.ncriteria, 3);
	assert_int_equal(d.in.criteria[1].direction, MCDA_COST);
	NEAR(d.in.criteria[2].weight, 0.2, 0);
	assert_null(d.in.pairwise);
	assert_int_equal(d.in.ncandidates, 2);
	assert_int_equal(d.in.candidates[1].property, PROP_PATENT);
	NEAR(d.in.candidates[1].score[2], 25, 0);
	innov_doc_release(&d);
}

static void test_pairwise_ok(void **state)
{
	json_t *root = json_loads(innov_base, 0, NULL);
	struct innov_doc d;
	struct sb40_error e;
	for (int j = 0; j < 3; j++) {
		json_t *c = json_array_get(json_object_get(root, "criteria"), (size_t)j);
		json_object_del(c, "weight");
	}
	mutate(root, "pairwise", "[[1, 2, \"4\"], [\"1/2\", 1, 2], [0.25, 0.5, 1]]");
	char *text = json_dumps(root, 0);
	json_decref(root);
	assert_int_equal(assess_json_innovation(text, strlen(text), "firm.json", &d, &e), 0);
	free(text);
	assert_non_null(d.in.pairwise);
	NEAR(d.in.pairwise[2], 4, 0);
	NEAR(d.in.pairwise[3], 0.5, 0);
	assert_true(isnan(d.in.criteria[0].weight));
	innov_doc_release(&d);
}

static const struct error_case innov_cases[] = {
	{"colour", "1", "firm.json: $: unknown field \"colour\""},
	{"firm", NULL, "firm.json: $: missing field \"firm\""},
	{"firm", "[]", "firm.json: $.firm: expected an object, got an array"},
	{"firm.name", "3", "firm.json: $.firm.name: expected a non-empty string, got 3"},
	{"firm.name", "\"\"", "firm.json: $.firm.name: expected a non-empty string, got \"\""},
	{"firm.tin", "true", "firm.json: $.firm.tin: expected a non-empty string, got true"},
	{"firm.capabilities.funds", "\"x\"",
	 "firm.json: $.firm.capabilities.funds: expected a whole number from 1 to 5, got \"x\""},
	{"firm.capabilities.funds", "2.5",
	 "firm.json: $.firm.capabilities.funds: expected a whole number from 1 to 5, got 2.5"},
	{"firm.capabilities.funds", "6",
	 "firm.json: $.firm.capabilities.funds: expected a whole number from 1 to 5, got 6"},
	{"firm.capabilities.fundz", "2", "firm.json: $.firm.capabilities: unknown field \"fundz\""},
	{"firm.capabilities.funds", NULL, "firm.json: $.firm.capabilities: missing field \"funds\""},
	{"swot.strengths.0.rating", "2",
	 "firm.json: $.swot.strengths[0].rating: expected 3 or 4 for a strength, got 2"},
	{"swot.weaknesses.1.rating", "3",
	 "firm.json: $.swot.weaknesses[1].rating: expected 1 or 2 for a weakness, got 3"},
	{"swot.threats.1.rating", "5",
	 "firm.json: $.swot.threats[1].rating: expected a whole number from 1 to 4, got 5"},
	{"swot.weaknesses.1.weight", "\"x\"",
	 "firm.json: $.swot.weaknesses[1].weight: expected a number from 0 to 1, got \"x\""},
	{"swot.weaknesses.1.weight", "1.5",
	 "firm.json: $.swot.weaknesses[1].weight: expected a number from 0 to 1, got 1.5"},
	{"swot.weaknesses.1.factor", NULL,
	 "firm.json: $.swot.weaknesses[1]: missing field \"factor\""},
	{"swot.weaknesses.1.score", "1", "firm.json: $.swot.weaknesses[1]: unknown field \"score\""},
	{"swot.threats.0.weight", "0.5",
	 "firm.json: $.swot: the weights of the opportunities and threats sum to 1.25, expected 1"},
	{"swot.strengths.0.weight", "0.5",
	 "firm.json: $.swot: the weights of the strengths and weaknesses sum to 0.9, expected 1"},
	{"swot.opportunities", "\"x\"", "firm.json: $.swot.opportunities: expected an array, got \"x\""},
	{"swot.threats", NULL, "firm.json: $.swot: missing field \"threats\""},
	{"market.imitation_type", "\"copy\"",
	 "firm.json: $.market.imitation_type: expected one of new_product, new_technology, "
	 "new_market, new_raw_material or new_organisation, got \"copy\""},
	{"market.sales.3.period", "\"2020\"",
	 "firm.json: $.market.sales[3].period: expected \"2019\" after \"2018\", got \"2020\""},
	{"market.sales.3.period", "\"2019Q1\"",
	 "firm.json: $.market.sales[3].period: expected \"2019\" after \"2018\", got \"2019Q1\""},
	{"market.sales.3.period", "\"2019Q5\"",
	 "firm.json: $.market.sales[3].period: expected a period (2024, 2024Q3 or an index), "
	 "got \"2019Q5\""},
	{"market.sales.3.period", "null",
	 "firm.json: $.market.sales[3].period: expected a period such as \"2024\" or \"2024Q3\", "
	 "got null"},
	{"market.sales.2.value", "-1",
	 "firm.json: $.market.sales[2].value: expected a number 0 or more, got -1"},
	{"market.sales",
	 "[{\"period\": 1, \"value\": 1}, {\"period\": 2, \"value\": 2}, "
	 "{\"period\": 3, \"value\": 3}, {\"period\": 4, \"value\": 4}]",
	 "firm.json: $.market.sales: expected at least 5 periods to tell the life-cycle phase, "
	 "got 4"},
	{"market.sales", "{}", "firm.json: $.market.sales: expected an array, got an object"},
	{"criteria.2.weight", "\"x\"",
	 "firm.json: $.criteria[2].weight: expected a number from 0 to 1, got \"x\""},
	{"criteria.2.weight", "0.1", "firm.json: $.criteria: the weights sum to 0.9, expected 1"},
	{"criteria.1.direction", "\"up\"",
	 "firm.json: $.criteria[1].direction: expected one of benefit or cost, got \"up\""},
	{"criteria.1.name", "\"market demand\"",
	 "firm.json: $.criteria[1].name: duplicate criterion \"market demand\""},
	{"criteria.0.weight", NULL,
	 "firm.json: $.criteria[0]: missing field \"weight\" (give every criterion a weight, or "
	 "a pairwise matrix)"},
	{"criteria", "[]", "firm.json: $.criteria: expected at least 1 criterion, got 0"},
	{"pairwise", "[[1]]",
	 "firm.json: $.criteria[0].weight: give either weights or a pairwise matrix, not both"},
	{"candidates.1.property", "\"patent\"",
	 "firm.json: $.candidates[1].property: expected one of public, licensed, patent_in_force "
	 "or trademark, got \"patent\""},
	{"candidates.0.scores.riskk", "1", "firm.json: $.candidates[0].scores: unknown criterion \"riskk\""},
	{"candidates.0.scores.cost", NULL, "firm.json: $.candidates[0].scores: missing criterion \"cost\""},
	{"candidates.0.scores.market demand", "\"high\"",
	 "firm.json: $.candidates[0].scores[\"market demand\"]: expected a number 0 or more, got \"high\""},
	{"candidates.1.name", "\"A\"", "firm.json: $.candidates[1].name: duplicate candidate \"A\""},
	{"candidates.1.scores", "[1, 2, 3]",
	 "firm.json: $.candidates[1].scores: expected an object with a score per criterion, got an array"},
	{"candidates", "[]", "firm.json: $.candidates: expected at least 1 candidate, got 0"},
	{"criteria", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,"
		     "27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51]",
	 "firm.json: $.criteria: expected at most 50 criteria, got 51"},
};

static void test_innovation_errors(void **state)
{
	run_cases(innov_base, 0, innov_cases, sizeof innov_cases / sizeof innov_cases[0]);
}

/* Pairwise errors, on the base with its weights taken out. */
static void test_pairwise_errors(void **state)
{
	static const struct error_case cases[] = {
		{"pairwise", "[[1, 2, 4], [3, 1, 2], [0.25, 0.5, 1]]",
		 "firm.json: $.pairwise[1][0]: expected 1/2, the reciprocal of $.pairwise[0][1], got 3"},
		{"pairwise", "[[2, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]",
		 "firm.json: $.pairwise[0][0]: expected 1 on the diagonal, got 2"},
		{"pairwise", "[[1, 2, 12], [0.5, 1, 2], [0.25, 0.5, 1]]",
		 "firm.json: $.pairwise[0][2]: expected a judgement from 1/9 to 9, such as 3 or \"1/3\", "
		 "got 12"},
		{"pairwise", "[[1, 2, \"1/x\"], [0.5, 1, 2], [0.25, 0.5, 1]]",
		 "firm.json: $.pairwise[0][2]: expected a judgement from 1/9 to 9, such as 3 or \"1/3\", "
		 "got \"1/x\""},
		{"pairwise", "[[1, 2, 4], [0.5, 1, 2]]",
		 "firm.json: $.pairwise: expected 3 rows, one per criterion, got 2"},
		{"pairwise", "[[1, 2, 4], [0.5, 1], [0.25, 0.5, 1]]",
		 "firm.json: $.pairwise[1]: expected 3 judgements, got 2"},
		{"pairwise", "{\"a\": 1}", "firm.json: $.pairwise: expected an array of rows, got an object"},
		{"pairwise", "[[1, 2, \"1/4\"], [0.5, 1, 2], [4, 0.5, 1]]",
		 "firm.json: $.pairwise[0][2]: inconsistent pairwise judgements (consistency ratio "
		 "0.790, above 0.10): the most inconsistent is \"market demand\" against \"cost\", "
		 "given 1/4 where the other judgements suggest 4"},
	};
	json_t *root = json_loads(innov_base, 0, NULL);
	for (int j = 0; j < 3; j++)
		json_object_del(json_array_get(json_object_get(root, "criteria"), (size_t)j), "weight");
	char *base = json_dumps(root, 0);
	json_decref(root);
	run_cases(base, 0, cases, sizeof cases / sizeof cases[0]);
	free(base);
}

static void test_syntax_errors(void **state)
{
	struct innov_doc d;
	struct sb40_error e;
	assert_int_equal(assess_json_innovation("{\"firm\": }", 10, "firm.json", &d, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "firm.json:1:10: invalid JSON: unexpected token near '}'");
	assert_int_equal(assess_json_innovation("{\"a\": 1, \"a\": 2}", 16, "firm.json", &d, &e),
			 SB40_EINVAL);
	assert_string_equal(error_text(&e),
			    "firm.json:1:12: invalid JSON: duplicate object key near '\"a\"'");
	assert_int_equal(assess_json_innovation("[1]", 3, "firm.json", &d, &e), SB40_EINVAL);
	assert_string_equal(error_text(&e), "firm.json: $: expected an object, got an array");
}

static void test_maturity_ok(void **state)
{
	struct maturity_doc d;
	struct sb40_error e;
	assert_int_equal(assess_json_maturity(maturity_base, strlen(maturity_base), "m.json", &d, &e), 0);
	assert_string_equal(d.firm.name, "Tikuv MChJ");
	assert_string_equal(d.firm.region, "Toshkent shahri");
	assert_int_equal(d.in.answer[MAT_CONNECTIVITY], 3);
	assert_int_equal(d.in.answer[MAT_PRINTING_3D], MAT_NA);
	assert_int_equal(d.in.target[MAT_ROBOTISATION], 2);
	assert_int_equal(d.in.target[MAT_CLOUD], MAT_DEFAULT_TARGET);
	maturity_doc_release(&d);
}

static void test_maturity_errors(void **state)
{
	static const struct error_case cases[] = {
		{"answers.cloud", "5",
		 "firm.json: $.answers.cloud: expected a whole number from 0 to 4, or null (not "
		 "applicable), got 5"},
		{"answers.automation", "null",
		 "firm.json: $.answers.automation: a precondition cannot be not applicable (null); "
		 "expected a whole number from 0 to 4"},
		{"answers.automation", "\"2\"",
		 "firm.json: $.answers.automation: expected a whole number from 0 to 4, got \"2\""},
		{"answers.marketing", NULL, "firm.json: $.answers: missing field \"marketing\""},
		{"answers.blockchain", "1", "firm.json: $.answers: unknown field \"blockchain\""},
		{"targets.cloud", "\"x\"",
		 "firm.json: $.targets.cloud: expected a whole number from 0 to 4, got \"x\""},
		{"targets.cloud", "null",
		 "firm.json: $.targets.cloud: expected a whole number from 0 to 4, got null"},
		{"firm.capabilities", "{}", "firm.json: $.firm: unknown field \"capabilities\""},
		{"firm.name", NULL, "firm.json: $.firm: missing field \"name\""},
		{"answers", "[]", "firm.json: $.answers: expected an object, got an array"},
		{"score", "1", "firm.json: $: unknown field \"score\""},
	};
	run_cases(maturity_base, 1, cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_innovation_ok),
		cmocka_unit_test(test_pairwise_ok),
		cmocka_unit_test(test_innovation_errors),
		cmocka_unit_test(test_pairwise_errors),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_maturity_ok),
		cmocka_unit_test(test_maturity_errors),
	};
	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
