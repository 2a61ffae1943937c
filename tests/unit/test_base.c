/* test_base.c - base/: errors, buffers, UTF-8, value parsing, CSV reading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "base/csvread.h"
#include "base/error.h"
#include "base/hset.h"
#include "report/numfmt.h"
#include "base/parse.h"
#include "base/text.h"

static void test_error_format(void **state)
{
	struct sb40_error e;
	char q[64];
	error_clear(&e);
	assert_int_equal(error_setat(&e, SB40_EINVAL, "z.csv", 3, 7, "expected a number, got %s",
				     error_quote(q, sizeof q, "abc", 3)), SB40_EINVAL);
	assert_string_equal(error_text(&e), "z.csv:3:7: expected a number, got \"abc\"");
	error_set(&e, SB40_EIO, "cannot open");
	assert_string_equal(error_text(&e), "cannot open");
	error_quote(q, sizeof q, "a\"b\x01", 4);
	assert_string_equal(q, "\"a\\\"b\\x01\"");
	error_quote(q, sizeof q, "\xff", 1);
	assert_string_equal(q, "\"\\xff\"");
}

static void test_buf(void **state)
{
	struct buf b = BUF_INIT;
	assert_string_equal(b.data, "");
	for (int i = 0; i < 1000; i++)
		buf_addf(&b, "%d,", i);
	assert_int_equal(b.len, strlen(b.data));
	assert_memory_equal(b.data, "0,1,2,", 6);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	buf_adds(&b, "oʻzbek");
	size_t n;
	char *p = buf_detach(&b, &n);
	assert_string_equal(p, "oʻzbek");
	assert_int_equal(n, strlen("oʻzbek"));
	free(p);
	buf_release(&b);
}

static void test_utf8(void **state)
{
	assert_int_equal(utf8_invalid_at("Toshkent", 8), 8);
	assert_int_equal(utf8_invalid_at("Gʻalla", strlen("Gʻalla")), strlen("Gʻalla"));
	assert_int_equal(utf8_invalid_at("Ташкент", strlen("Ташкент")), strlen("Ташкент"));
	assert_int_equal(utf8_invalid_at("ab\xc3", 3), 2);        /* truncated */
	assert_int_equal(utf8_invalid_at("\xc0\xaf", 2), 0);       /* overlong */
	assert_int_equal(utf8_invalid_at("x\xed\xa0\x80", 4), 1);  /* surrogate */
	assert_int_equal(utf8_count("oʻ", strlen("oʻ")), 2);
}

static void test_parse_numbers(void **state)
{
	double v;
	long l;
	char msg[256];
	assert_int_equal(parse_double("4.5", 3, &v, msg, sizeof msg), 0);
	assert_true(v == 4.5);
	assert_int_equal(parse_double("-1e3", 4, &v, msg, sizeof msg), 0);
	assert_true(v == -1000);
	assert_int_equal(parse_double("4,5", 3, &v, msg, sizeof msg), -1);
	assert_string_equal(msg, "expected a number, got \"4,5\" (use a dot as the decimal separator)");
	assert_int_equal(parse_double("nan", 3, &v, msg, sizeof msg), -1);
	assert_int_equal(parse_double("0x10", 4, &v, msg, sizeof msg), -1);
	assert_int_equal(parse_double("1e999", 5, &v, msg, sizeof msg), -1);
	assert_string_equal(msg, "expected a finite number, got \"1e999\"");
	assert_int_equal(parse_double("", 0, &v, msg, sizeof msg), -1);
	assert_int_equal(parse_long("2017", 4, 1991, 2100, &l, msg, sizeof msg), 0);
	assert_int_equal(l, 2017);
	assert_int_equal(parse_long("1917", 4, 1991, 2100, &l, msg, sizeof msg), -1);
	assert_string_equal(msg, "expected a whole number from 1991 to 2100, got \"1917\"");
}

static void test_dates(void **state)
{
	long d;
	char msg[256], out[16];
	assert_int_equal(parse_date("2024-02-29", 10, &d, msg, sizeof msg), 0);
	assert_string_equal(date_format(d, out), "2024-02-29");
	assert_int_equal(parse_date("2023-02-29", 10, &d, msg, sizeof msg), -1);
	assert_string_equal(msg, "no such date \"2023-02-29\"");
	assert_int_equal(parse_date("29.02.2024", 10, &d, msg, sizeof msg), -1);
	assert_int_equal(date_from_ymd(1970, 1, 1), 0);
	/* month arithmetic clamps to the month's end */
	parse_date("2024-11-30", 10, &d, msg, sizeof msg);
	assert_string_equal(date_format(date_add_months(d, 3), out), "2025-02-28");
	parse_date("2023-11-30", 10, &d, msg, sizeof msg);
	assert_string_equal(date_format(date_add_months(d, 3), out), "2024-02-29");
	parse_date("2024-01-31", 10, &d, msg, sizeof msg);
	assert_string_equal(date_format(date_add_months(d, 1), out), "2024-02-29");
}

static void test_periods(void **state)
{
	struct period p;
	char msg[256], out[24];
	assert_int_equal(parse_period("2024", 4, 0, &p, msg, sizeof msg), 0);
	assert_int_equal(p.kind, PERIOD_YEAR);
	assert_int_equal(parse_period("2024Q4", 6, 0, &p, msg, sizeof msg), 0);
	assert_int_equal(p.kind, PERIOD_QUARTER);
	p.key++;
	assert_string_equal(period_format(p, out), "2025Q1");
	assert_int_equal(parse_period("42", 2, 1, &p, msg, sizeof msg), 0);
	assert_int_equal(p.kind, PERIOD_INDEX);
	assert_int_equal(parse_period("42", 2, 0, &p, msg, sizeof msg), -1);
	assert_int_equal(parse_period("2024Q5", 6, 0, &p, msg, sizeof msg), -1);
	assert_string_equal(msg, "expected a period (2024 or 2024Q3), got \"2024Q5\"");
}

static void test_csv_reader(void **state)
{
	const char *text = "\xEF\xBB\xBF" "code,name\r\n"
			   "A,\"Gʻalla, \"\"don\"\"\"\r\n"
			   "\r\n"
			   "B,\"two\nlines\"\n"
			   "C,last";
	struct csvr *r;
	struct sb40_error e;
	size_t n;
	assert_int_equal(csvr_open_mem("t.csv", text, strlen(text), &r, &e), 0);
	assert_int_equal(csvr_next(r, &e), 1);
	assert_int_equal(csvr_nfields(r), 2);
	assert_string_equal(csvr_field(r, 0, NULL), "code");
	assert_int_equal(csvr_line(r), 1);
	assert_int_equal(csvr_next(r, &e), 1);
	assert_string_equal(csvr_field(r, 1, &n), "Gʻalla, \"don\"");
	assert_int_equal(n, strlen("Gʻalla, \"don\""));
	assert_int_equal(csvr_line(r), 2);
	assert_int_equal(csvr_next(r, &e), 1);
	assert_string_equal(csvr_field(r, 1, NULL), "two\nlines");
	assert_int_equal(csvr_line(r), 4);
	assert_int_equal(csvr_next(r, &e), 1);
	assert_string_equal(csvr_field(r, 1, NULL), "last");
	assert_int_equal(csvr_line(r), 6);
	assert_int_equal(csvr_next(r, &e), 0);
	csvr_close(r);
}

static void expect_csv_error(const char *text, size_t len, const char *want)
{
	struct csvr *r;
	struct sb40_error e;
	int rc;
	assert_int_equal(csvr_open_mem("bad.csv", text, len, &r, &e), 0);
	while ((rc = csvr_next(r, &e)) == 1)
		;
	assert_int_equal(rc, -1);
	assert_string_equal(error_text(&e), want);
	csvr_close(r);
}

static void test_csv_errors(void **state)
{
	expect_csv_error("a,b\n1,\"x\"y\n", 11, "bad.csv:2:2: malformed CSV quoting (a quote inside "
			 "an unquoted field, or text after a closing quote)");
	expect_csv_error("a,b\n1,\"open\n", 12, "bad.csv:2: unterminated quoted field at the end of the file");
	expect_csv_error("a,b\n1,x\xff\n", 9, "bad.csv:2:2: invalid UTF-8 (byte 0xff at offset 2 of the field)");
	expect_csv_error("a,b\nq,x\0y\n", 10, "bad.csv:2:2: binary data (a NUL byte) in a text file");
}

static void test_hset(void **state)
{
	struct hset s;
	char key[32];
	hset_init(&s);
	for (long i = 0; i < 100000; i++) {
		snprintf(key, sizeof key, "%09ld", 300000000 + i);
		assert_int_equal(hset_add(&s, key, 9, i + 2), 0);
	}
	assert_int_equal(s.n, 100000);
	assert_int_equal(hset_add(&s, "300000000", 9, 7), 2);     /* first seen on line 2 */
	assert_int_equal(hset_get(&s, "300099999", 9), 100001);
	assert_int_equal(hset_get(&s, "399999999", 9), 0);
	assert_int_equal(hset_add(&s, "", 0, 5), 0);
	assert_int_equal(hset_add(&s, "", 0, 6), 5);
	hset_release(&s);
}

static void test_numfmt(void **state)
{
	char out[64];
	assert_string_equal(numfmt(out, sizeof out, 1234567.891, 2, "en"), "1,234,567.89");
	assert_string_equal(numfmt(out, sizeof out, 1234567.891, 1, "ru"), "1\u00a0234\u00a0567,9");
	assert_string_equal(numfmt(out, sizeof out, -3700, 0, "uz"), "-3\u00a0700");
	assert_string_equal(numfmt(out, sizeof out, 999, 0, "en"), "999");
	assert_string_equal(numfmt(out, sizeof out, NAN, 0, "en"), "\u2013");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_format),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_parse_numbers),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_csv_reader),
		cmocka_unit_test(test_csv_errors),
		cmocka_unit_test(test_hset),
		cmocka_unit_test(test_numfmt),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
