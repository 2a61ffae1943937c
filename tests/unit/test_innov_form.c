/* test_innov_form.c - web/innov_form: the rows the innovation form shows,
 * the document built from its fields (blank rows skipped, decimal commas,
 * text passed on for the checks to name, the pairwise grid's reciprocals),
 * an error's JSON path mapped back to the field, the labels' words, and
 * forms of thousands of fields. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "web/form.h"
#include "web/innov_form.h"

static struct form parse(struct arena *a, const char *q)
{
	struct form f = {0};
	char msg[128];
	assert_int_equal(form_parse_urlencoded(&f, a, q, strlen(q), msg, sizeof msg), 0);
	return f;
}

static char *dump(json_t *j)
{
	return json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
}

static void test_rows(void **state)
{
	struct arena a = ARENA_INIT;
	struct innov_form f;
	struct form in = {0};
	(void)state;
	innov_form_init(&f, &in, NULL);
	for (int g = 0; g < IG_COUNT; g++)
		assert_int_equal(f.rows[g], innov_group_default_rows((enum innov_group)g));
	assert_int_equal(f.pairwise, 0);
	/* n_GROUP, a field past it, "add rows", a score column, a grid cell */
	in = parse(&a, "n_sales=12&strengths_7_factor=x&more=cand&cand_0_score_8=1&pw_2_9=3"
		       "&weighting=pairwise&n_threats=999");
	innov_form_init(&f, &in, form_get(&in, "more"));
	assert_int_equal(f.rows[IG_SALES], 12);
	assert_int_equal(f.rows[IG_STRENGTHS], 8);
	assert_int_equal(f.rows[IG_CAND], 4 + INNOV_FORM_MORE);
	assert_int_equal(f.rows[IG_CRIT], 10);
	assert_int_equal(f.rows[IG_THREATS], INNOV_FORM_MAX_ROWS);
	assert_int_equal(f.pairwise, 1);
	assert_true(innov_form_blank(&in, &a, IG_STRENGTHS, 0, 10));
	assert_false(innov_form_blank(&in, &a, IG_STRENGTHS, 7, 10));
	assert_false(innov_form_blank(&in, &a, IG_CAND, 0, 10));
	arena_release(&a);
}

static void test_doc(void **state)
{
	struct arena a = ARENA_INIT;
	struct innov_form f;
	struct form in;
	json_t *doc;
	char *s;
	(void)state;
	in = parse(&a, "name=+Firm+&tin=123&cap_funds=2&cap_research_links=x"
		       "&strengths_0_factor=a&strengths_0_weight=0%2C5&strengths_0_rating=4"
		       "&strengths_2_factor=b&strengths_2_weight=0.5&strengths_2_rating="
		       "&imitation_type=new_market&sales_1_period=2020&sales_1_value=3"
		       "&weighting=pairwise&crit_0_name=c1&crit_0_direction=cost&crit_0_weight=9"
		       "&crit_2_name=c2&crit_2_direction=benefit&crit_3_name=c3"
		       "&pw_0_2=3&pw_0_3=1%2F2&pw_2_3=0.5"
		       "&cand_1_name=k&cand_1_property=public&cand_1_score_0=1&cand_1_score_2=2,5");
	innov_form_init(&f, &in, NULL);
	doc = innov_form_doc(&f, &in, &a, "999");
	s = dump(doc);
	assert_string_equal(s,
		"{\"candidates\":[{\"name\":\"k\",\"property\":\"public\",\"scores\":{\"c1\":1,\"c2\":2.5}}],"
		"\"criteria\":[{\"direction\":\"cost\",\"name\":\"c1\"},{\"direction\":\"benefit\",\"name\":\"c2\"},"
		"{\"name\":\"c3\"}],"
		"\"firm\":{\"capabilities\":{\"funds\":2,\"research_links\":\"x\"},\"name\":\"Firm\",\"tin\":\"999\"},"
		"\"market\":{\"imitation_type\":\"new_market\",\"sales\":[{\"period\":\"2020\",\"value\":3}]},"
		"\"pairwise\":[[1,3,\"1/2\"],[\"1/3\",1,0.5],[2,2.0,1]],"
		"\"swot\":{\"opportunities\":[],\"strengths\":[{\"factor\":\"a\",\"rating\":4,\"weight\":0.5},"
		"{\"factor\":\"b\",\"weight\":0.5}],\"threats\":[],\"weaknesses\":[]}}");
	free(s);
	assert_int_equal(f.nmap[IG_STRENGTHS], 2);
	assert_int_equal(f.map[IG_STRENGTHS][1], 2);
	assert_int_equal(f.nmap[IG_CRIT], 3);
	assert_int_equal(f.map[IG_CRIT][2], 3);

	/* from a path to the field */
	static const char *const cases[][3] = {
		{"form: $.swot.strengths[1].weight", "expected a number", "strengths_2_weight"},
		{"form: $.swot.strengths[1]", "missing field \"rating\"", "strengths_2_rating"},
		{"form: $.swot.strengths[5].weight", "x", "g_strengths"},
		{"form: $.swot.strengths", "the weights sum to 2", "g_strengths"},
		{"form: $.swot", "x", "g_swot"},
		{"form: $.firm", "missing field \"name\"", "name"},
		{"form: $.firm.tin", "x", "tin"},
		{"form: $.firm.capabilities", "missing field \"staff_qualification\"",
		 "cap_staff_qualification"},
		{"form: $.firm.capabilities.research_links", "x", "cap_research_links"},
		{"form: $.market", "missing field \"imitation_type\"", "imitation_type"},
		{"form: $.market.sales", "expected at least 5", "g_sales"},
		{"form: $.market.sales[0].period", "x", "sales_1_period"},
		{"form: $.criteria[2]", "missing field \"direction\"", "crit_3_direction"},
		{"form: $.criteria", "the weights sum to 1.1, expected 1", "g_crit"},
		{"form: $.pairwise[2][1]", "expected 2, the reciprocal", "pw_2_3"},
		{"form: $.pairwise[0][2]", "inconsistent", "pw_0_3"},
		{"form: $.pairwise[1][1]", "x", "g_pw"},
		{"form: $.candidates[0].scores.c2", "x", "cand_1_score_2"},
		{"form: $.candidates[0].scores", "missing criterion \"c3\"", "cand_1_score_3"},
		{"form: $.candidates[0].property", "x", "cand_1_property"},
		{"form: $", "unknown field", NULL},
		{"x.csv:3:4", "x", NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *got = innov_form_field(&f, doc, cases[i][0], cases[i][1], &a);
		if (cases[i][2])
			assert_string_equal(got, cases[i][2]);
		else
			assert_null(got);
	}
	json_decref(doc);

	/* a score key that is no identifier is quoted in the path */
	in = parse(&a, "crit_0_name=market+demand&cand_0_name=k&cand_0_score_0=1");
	innov_form_init(&f, &in, NULL);
	doc = innov_form_doc(&f, &in, &a, NULL);
	assert_string_equal(innov_form_field(&f, doc, "form: $.candidates[0].scores[\"market demand\"]",
					     "x", &a), "cand_0_score_0");
	assert_string_equal(innov_form_field(&f, doc, "form: $.candidates[0].scores",
					     "missing criterion \"market demand\"", &a),
			    "cand_0_score_0");
	/* weights given directly: no grid, the weight passed on */
	assert_null(json_object_get(doc, "pairwise"));
	json_decref(doc);
	arena_release(&a);
}

/* struct form grows in the arena past its first 32 fields, up to FORM_MAX_FIELDS */
static void test_many_fields(void **state)
{
	struct arena a = ARENA_INIT;
	struct form f = {0};
	struct buf q = BUF_INIT;
	char msg[128];
	(void)state;
	for (int i = 0; i < FORM_MAX_FIELDS; i++)
		buf_addf(&q, "%sf%d=%d", i ? "&" : "", i, i);
	assert_int_equal(form_parse_urlencoded(&f, &a, q.data, q.len, msg, sizeof msg), 0);
	assert_int_equal(f.n, FORM_MAX_FIELDS);
	assert_string_equal(form_get(&f, "f0"), "0");
	assert_string_equal(form_get(&f, "f4095"), "4095");
	memset(&f, 0, sizeof f);
	buf_adds(&q, "&one=more");
	assert_int_equal(form_parse_urlencoded(&f, &a, q.data, q.len, msg, sizeof msg), -1);
	assert_string_equal(msg, "too many form fields (at most 4096)");
	buf_release(&q);
	arena_release(&a);
}

static void test_words(void **state)
{
	(void)state;
	assert_string_equal(innov_form_word(3, IW_TYPE, 1), "new technology or equipment");
	assert_string_equal(innov_form_word(2, IW_PROP, 2), "действующий патент");
	assert_string_equal(innov_form_word(3, IW_SWOT_GROUP, 3), "Threats");
	assert_string_equal(innov_form_word(3, IW_CAP, 9), "");
	assert_string_equal(innov_form_word(7, IW_CAP, 0), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_doc),
		cmocka_unit_test(test_many_fields),
		cmocka_unit_test(test_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
