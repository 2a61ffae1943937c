/* test_errmsg.c - base/error keeps typed arguments; report/errmsg renders
 * a translation with them (types, positions, fallbacks, truncation). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "base/error.h"
#include "base/fmtspec.h"
#include "base/parse.h"
#include "report/errmsg.h"

enum { UZ = 0, UZ_CYRL = 1, RU = 2, EN = 3 };

static void test_capture_types(void **state)
{
	struct sb40_error e;
	(void)state;
	error_set(&e, SB40_EINVAL, "%s %d %i %u %ld %lu %lld %zu", "a", -1, 2, 3u, -4L,
		  5UL, -6LL, (size_t)7);
	assert_string_equal(e.msg, "a -1 2 3 -4 5 -6 7");
	assert_ptr_not_equal(e.fmt, NULL);
	assert_int_equal(e.nargs, 8);
	assert_int_equal(e.args[0].type, SB40_ARG_STR);
	assert_string_equal(e.sbuf + e.args[0].v.s, "a");
	assert_int_equal(e.args[1].type, SB40_ARG_INT);
	assert_int_equal(e.args[4].type, SB40_ARG_LONG);
	assert_int_equal(e.args[6].v.i, -6);
	assert_int_equal(e.args[7].type, SB40_ARG_SIZE);
	error_set(&e, SB40_EINVAL, "%zd %g %f %.2f %e %c %x %5.1f%%", (ptrdiff_t)-8, 0.5,
		  1.0, 2.345, 1e10, 'q', 255u, 3.14159);
	assert_string_equal(e.msg, "-8 0.5 1.000000 2.35 1.000000e+10 q ff   3.1%");
	assert_int_equal(e.nargs, 8);
	assert_int_equal(e.args[0].type, SB40_ARG_SSIZE);
	assert_int_equal(e.args[5].type, SB40_ARG_CHAR);
	assert_int_equal(e.args[6].type, SB40_ARG_UINT);
	/* nine arguments, %p: not stored, English only */
	error_set(&e, SB40_EINVAL, "%d%d%d%d%d%d%d%d%d", 1, 2, 3, 4, 5, 6, 7, 8, 9);
	assert_ptr_equal(e.fmt, NULL);
	error_set(&e, SB40_EINVAL, "at %p", (void *)&e);
	assert_ptr_equal(e.fmt, NULL);
	/* %.*s reads no further than its precision */
	error_set(&e, SB40_EINVAL, "[%.*s]", 3, "abcdef");
	assert_string_equal(e.msg, "[abc]");
	assert_int_equal(e.nargs, 2);
	assert_string_equal(e.sbuf + e.args[1].v.s, "abc");
	/* a string longer than the buffer: English only, and whole */
	{
		char big[2 * SB40_ERROR_STRBUF];
		memset(big, 'x', sizeof big - 1);
		big[sizeof big - 1] = '\0';
		error_set(&e, SB40_EINVAL, "got %s", big);
		assert_ptr_equal(e.fmt, NULL);
		assert_int_equal(strlen(e.msg), sizeof e.msg - 1);
	}
}

static void test_render(void **state)
{
	struct sb40_error e;
	char out[256];
	(void)state;
	error_setat(&e, SB40_EINVAL, "f.csv", 3, 7, "expected %zu fields, got %zu in %s",
		    (size_t)4, (size_t)5, "row");
	/* in order */
	assert_int_equal(errmsg_render("%s: %zu / %zu", &e, out, sizeof out), -1);
	assert_int_equal(errmsg_render("%zu maydon kutilgan, %zu bor (%s)", &e, out, sizeof out), 0);
	assert_string_equal(out, "4 maydon kutilgan, 5 bor (row)");
	/* reordered with positions, widths and %% kept */
	assert_int_equal(errmsg_render("%3$s: %2$3zu%% из %1$-3zu|", &e, out, sizeof out), 0);
	assert_string_equal(out, "row:   5% из 4  |");
	/* a wrong type, an unknown conversion, a position out of range, mixed */
	assert_int_equal(errmsg_render("%1$d %2$zu %3$s", &e, out, sizeof out), -1);
	assert_string_equal(out, "");
	assert_int_equal(errmsg_render("%1$zu %2$zu %3$p", &e, out, sizeof out), -1);
	assert_int_equal(errmsg_render("%4$s", &e, out, sizeof out), -1);
	assert_int_equal(errmsg_render("%1$zu %zu", &e, out, sizeof out), -1);
	/* a gap in the positions */
	assert_int_equal(errmsg_render("%1$zu %3$s", &e, out, sizeof out), -1);
	/* doubles and precision as the translation says */
	error_set(&e, SB40_EINVAL, "ratio %.3f above %.2f for %s", 0.12345, 0.1, "x");
	assert_int_equal(errmsg_render("%3$s: %1$.3f > %2$.2f", &e, out, sizeof out), 0);
	assert_string_equal(out, "x: 0.123 > 0.10");
	/* star precision, positional */
	error_set(&e, SB40_EINVAL, "dup %.*s here", 2, "abcd");
	assert_int_equal(errmsg_render("takror %.*s", &e, out, sizeof out), 0);
	assert_string_equal(out, "takror ab");
	assert_int_equal(errmsg_render("takror %2$.*1$s", &e, out, sizeof out), 0);
	assert_string_equal(out, "takror ab");
}

static void test_truncation(void **state)
{
	struct sb40_error e;
	char out[12];
	(void)state;
	error_set(&e, SB40_EINVAL, "got %s", "\xd0\xb0\xd0\xb1\xd0\xb2\xd0\xb3\xd0\xb4");
	/* "ж: " (4 bytes) + five 2-byte letters do not fit in 11 bytes */
	assert_int_equal(errmsg_render("\xd0\xb6: %s", &e, out, sizeof out), 0);
	assert_true(strlen(out) < sizeof out);
	assert_string_equal(out, "\xd0\xb6: \xd0\xb0\xd0\xb1\xd0\xb2");
	/* cut in literal text, inside a character */
	assert_int_equal(errmsg_render("abcdefghij\xd0\xb6\xd0\xb6", &e, out, sizeof out), 0);
	assert_string_equal(out, "abcdefghij");
	assert_int_equal(errmsg_render("x", &e, out, 1), 0);
	assert_string_equal(out, "");
}

static void test_lookup_and_fallback(void **state)
{
	struct sb40_error e;
	char out[512];
	(void)state;
	/* parse.c's message, placed afterwards, in Russian */
	assert_int_equal(parse_double_e("many", 4, &(double){0}, &e), -1);
	assert_int_equal(e.code, SB40_EINVAL);
	error_place(&e, "obs.csv", 3, 5);
	assert_string_equal(error_text(&e), "obs.csv:3:5: expected a number, got \"many\"");
	errmsg_text(&e, RU, out, sizeof out);
	assert_string_equal(out, "obs.csv:3:5: ожидалось число, получено \"many\"");
	errmsg_text(&e, EN, out, sizeof out);
	assert_string_equal(out, "obs.csv:3:5: expected a number, got \"many\"");
	assert_ptr_not_equal(errmsg_lookup(e.fmt, UZ), NULL);
	assert_ptr_not_equal(errmsg_lookup(e.fmt, UZ_CYRL), NULL);
	/* a phrase argument is translated whole; a quoted value is not */
	error_setwhere(&e, SB40_EINVAL, "in.json: $.swot.threats[2].weight", "expected %s, got %s",
		       "a number from 0 to 1", "\"0.1.0\"");
	assert_string_equal(errmsg_text(&e, RU, out, sizeof out),
			    "in.json: $.swot.threats[2].weight: ожидалось число от 0 до 1, "
			    "получено \"0.1.0\"");
	assert_int_equal(errmsg_render("%s|%s", &e, out, sizeof out), 0);
	assert_string_equal(out, "a number from 0 to 1|\"0.1.0\"");
	/* no entry: English */
	error_setwhere(&e, SB40_EINVAL, "$.x", "no such message %d", 3);
	assert_ptr_equal(errmsg_lookup(e.fmt, RU), NULL);
	assert_string_equal(errmsg_text(&e, RU, out, sizeof out), "$.x: no such message 3");
	/* a format that is not a literal of the tables, with %s passed through */
	error_set(&e, SB40_EINVAL, "%s", "expected a number, got \"x\"");
	assert_string_equal(errmsg_msg(&e, RU, out, sizeof out), "expected a number, got \"x\"");
	/* a whole message passed on with "%s" that is an entry: translated */
	error_set(&e, SB40_EINVAL, "%s", "unknown role");
	assert_string_equal(errmsg_msg(&e, RU, out, sizeof out), "неизвестная роль");
	/* not stored (too many arguments): English */

	error_set(&e, SB40_EINVAL, "%d%d%d%d%d%d%d%d%d", 1, 2, 3, 4, 5, 6, 7, 8, 9);
	assert_string_equal(errmsg_msg(&e, UZ, out, sizeof out), "123456789");
	/* a struct copy keeps everything */
	{
		struct sb40_error c;
		parse_long_e("77", 2, 1, 10, &(long){0}, &e);
		c = e;
		memset(&e, 0, sizeof e);
		errmsg_msg(&c, RU, out, sizeof out);
		assert_non_null(strstr(out, "\"77\""));
		assert_null(strstr(out, "expected"));
	}
}

/* Every table entry's translation consumes the English types. */
static void test_tables_match(void **state)
{
	const struct errmsg_entry *tab[3] = {errmsg_uz, errmsg_uz_cyrl, errmsg_ru};
	size_t n[3] = {errmsg_uz_n, errmsg_uz_cyrl_n, errmsg_ru_n};
	(void)state;
	for (int l = 0; l < 3; l++) {
		assert_true(n[l] > 100);
		for (size_t i = 0; i < n[l]; i++) {
			unsigned char a[SB40_ERROR_MAXARGS], b[SB40_ERROR_MAXARGS];
			int na = fmtspec_types(tab[l][i].en, 0, a, SB40_ERROR_MAXARGS);
			int nb = fmtspec_types(tab[l][i].tr, 1, b, SB40_ERROR_MAXARGS);
			if (na < 0 || na != nb || memcmp(a, b, (size_t)na))
				fail_msg("table %d: \"%s\" -> \"%s\": conversions differ", l,
					 tab[l][i].en, tab[l][i].tr);
			assert_ptr_equal(errmsg_lookup(tab[l][i].en, l), tab[l][i].tr);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_capture_types),
		cmocka_unit_test(test_render),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_lookup_and_fallback),
		cmocka_unit_test(test_tables_match),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
