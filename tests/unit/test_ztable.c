/* test_ztable.c - report/ztable: one small table in every text format,
 * byte for byte (alignment, CSV quoting, JSON nulls and codes, HTML
 * escaping, numbers per language). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "report/ztable.h"

static void build(struct zdoc *doc, enum lang l)
{
	memset(doc, 0, sizeof *doc);
	doc->command = "test";
	doc->title = "T";
	doc->lang = l;
	struct ztable *t = ztable_new("tab", "Table <1>");
	ztable_col(t, "zone", "Zona");
	ztable_col(t, "v", "Qiymat");
	ztable_col(t, "s", "Holat");
	ztable_row(t);
	ztable_text(t, 0, "A, \"B\"");
	ztable_num(t, 1, 1234.5, 1);
	ztable_coded(t, 2, "oʻz vaqtida", "in_time");
	ztable_row(t);
	ztable_text(t, 0, "Oʻ");
	ztable_num(t, 1, NAN, 1);
	ztable_num(t, 2, 2025, -1);
	ztable_note(t, "n");
	zdoc_add(doc, t);
}

static void render(enum zformat f, enum lang l, const char *want)
{
	struct zdoc doc;
	struct buf out = BUF_INIT;
	build(&doc, l);
	zdoc_render(&out, &doc, f);
	assert_string_equal(out.data, want);
	buf_release(&out);
	zdoc_release(&doc);
}

static void test_text(void **state)
{
	render(ZF_TEXT, LANG_EN,
	       "T\n\nTable <1>\n"
	       "Zona    Qiymat   Holat\n"
	       "A, \"B\"  1,234.5  oʻz vaqtida\n"
	       "Oʻ            –         2025\n"
	       "n\n");
	render(ZF_TEXT, LANG_RU,
	       "T\n\nTable <1>\n"
	       "Zona    Qiymat   Holat\n"
	       "A, \"B\"  1\u00a0234,5  oʻz vaqtida\n"
	       "Oʻ            –         2025\n"
	       "n\n");
}

static void test_csv_json(void **state)
{
	render(ZF_CSV, LANG_RU, "zone,v,s\n\"A, \"\"B\"\"\",1234.5,in_time\nOʻ,,2025\n");
	render(ZF_JSON, LANG_UZ,
	       "{\n  \"command\": \"test\",\n  \"language\": \"uz\",\n  \"title\": \"T\",\n"
	       "  \"tables\": {\n    \"tab\": {\"title\": \"Table <1>\", \"rows\": [\n"
	       "      {\"zone\": \"A, \\\"B\\\"\", \"v\": 1234.5, \"s\": \"in_time\"},\n"
	       "      {\"zone\": \"Oʻ\", \"v\": null, \"s\": 2025}\n    ]}\n  }\n}\n");
}

static void test_html(void **state)
{
	struct zdoc doc;
	struct buf out = BUF_INIT;
	build(&doc, LANG_EN);
	zdoc_render(&out, &doc, ZF_HTML);
	assert_non_null(strstr(out.data, "<html lang=\"en\">"));
	assert_non_null(strstr(out.data, "<h2>Table &lt;1&gt;</h2>"));
	assert_non_null(strstr(out.data, "<td>A, &quot;B&quot;</td><td class=\"num\">1,234.5</td>"
					 "<td>oʻz vaqtida</td>"));
	assert_non_null(strstr(out.data, "<td class=\"num\">–</td>"));
	buf_release(&out);
	zdoc_release(&doc);
	enum zformat f;
	assert_int_equal(zformat_parse("xlsx", &f), 0);
	assert_int_equal(f, ZF_XLSX);
	assert_int_equal(zformat_parse("XLS", &f), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_csv_json),
		cmocka_unit_test(test_html),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
