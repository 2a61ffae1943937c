/* test_web.c - the pure parts of src/web/: routing and the route table's
 * rules, cookies, forms, language negotiation, the completeness of every
 * translation table, throttling, tokens, the arena, chart ticks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "web/arena.h"
#include "web/auth.h"
#include "web/cookie.h"
#include "web/form.h"
#include "web/handlers.h"
#include "web/i18n_web.h"
#include "web/route.h"
#include "web/svg_web.h"

static int h_a(struct web_req *r) { (void)r; return 1; }
static int h_b(struct web_req *r) { (void)r; return 2; }

static const struct route table[] = {
	{"GET", "/", h_a, R_ANY, 0},
	{"GET", "/zones/{code}", h_a, R_ANY, 0},
	{"POST", "/zones/{code}", h_b, R_ADMIN, 1},
	{"GET", "/users/{login}/edit", h_b, R_ADMIN, 0},
	{NULL, NULL, NULL, 0, 0},
};

static void test_route_match(void **state)
{
	struct route_caps c;
	(void)state;
	assert_true(route_match("/", "/", &c));
	assert_int_equal(c.n, 0);
	assert_true(route_match("/zones/{code}", "/zones/TK-BEKTEMIR", &c));
	assert_int_equal(c.n, 1);
	assert_int_equal(c.len[0], 11);
	assert_memory_equal(c.at[0], "TK-BEKTEMIR", 11);
	assert_false(route_match("/zones/{code}", "/zones/", &c));
	assert_false(route_match("/zones/{code}", "/zones/a/b", &c));
	assert_false(route_match("/zones/{code}", "/zones//", &c));
	assert_false(route_match("/zones", "/zones/", &c));
	assert_false(route_match("/zones", "/zonesx", &c));
	assert_false(route_match("/static/{name}", "/static/../etc/passwd", &c));
	assert_true(route_match("/users/{login}/edit", "/users/ana/edit", &c));
	assert_memory_equal(c.at[0], "ana", 3);
	assert_false(route_match("/users/{login}/edit", "/users/ana/editx", &c));
	assert_true(route_match("/files/*", "/files/a/b.csv", &c));
	assert_string_equal(c.at[0], "a/b.csv");
}

static void test_route_find(void **state)
{
	struct route_caps c;
	int known;
	const struct route *r;
	(void)state;
	r = route_find(table, "GET", "/zones/X", &c, &known);
	assert_non_null(r);
	assert_ptr_equal(r->fn, h_a);
	r = route_find(table, "POST", "/zones/X", &c, &known);
	assert_ptr_equal(r->fn, h_b);
	r = route_find(table, "HEAD", "/", &c, &known);
	assert_non_null(r);
	assert_null(route_find(table, "DELETE", "/zones/X", &c, &known));
	assert_int_equal(known, 1); /* 405 */
	assert_null(route_find(table, "GET", "/nowhere", &c, &known));
	assert_int_equal(known, 0); /* 404 */
	assert_int_equal(route_role_bit("zone_manager"), R_ZONE);
	assert_int_equal(route_role_bit("root"), 0);
}

/* The server's own table: every state-changing route needs the CSRF token
 * (sign-in excepted), every route names its roles, no two rows shadow. */
static void test_route_table_rules(void **state)
{
	(void)state;
	for (const struct route *r = web_routes; r->pattern; r++) {
		assert_non_null(r->fn);
		assert_true(r->roles != 0);
		if (strcmp(r->method, "GET")) {
			int login = !strcmp(r->pattern, "/login") || !strcmp(r->pattern, "/api/v1/login");
			if (!login && !(r->flags & ROUTE_CSRF))
				fail_msg("%s %s changes state without a CSRF check", r->method, r->pattern);
		}
		if ((r->roles & R_PUBLIC) && strcmp(r->method, "GET") && strcmp(r->pattern, "/login") &&
		    strcmp(r->pattern, "/api/v1/login"))
			fail_msg("%s %s is public and changes state", r->method, r->pattern);
		for (const struct route *s = web_routes; s < r; s++)
			if (!strcmp(s->method, r->method) && !strcmp(s->pattern, r->pattern))
				fail_msg("%s %s twice", r->method, r->pattern);
	}
}

static void test_cookies(void **state)
{
	char v[64], out[160];
	(void)state;
	assert_true(cookie_get("a=1; sb40_session=abc; b=2", "sb40_session", v, sizeof v));
	assert_string_equal(v, "abc");
	assert_false(cookie_get("xsb40_session=abc", "sb40_session", v, sizeof v));
	assert_true(cookie_get("sb40_lang=\"ru\"", "sb40_lang", v, sizeof v));
	assert_string_equal(v, "ru");
	assert_false(cookie_get(NULL, "a", v, sizeof v));
	assert_false(cookie_get("a=0123456789", "a", v, 5)); /* too long for OUT */
	assert_string_equal(cookie_build(out, sizeof out, "sb40_session", "T0k", 60, 1),
			    "sb40_session=T0k; Path=/; Max-Age=60; SameSite=Strict; HttpOnly");
	assert_null(cookie_build(out, sizeof out, "a", "x;y", 60, 0));
	assert_null(cookie_build(out, sizeof out, "a=b", "x", 60, 0));
	assert_null(cookie_build(out, 10, "name", "value", 60, 0));
}

static void test_forms(void **state)
{
	struct arena a = ARENA_INIT;
	struct form f = {0};
	char msg[128];
	static const char mp[] =
		"--XyZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nzones\r\n"
		"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"z.csv\"\r\n"
		"Content-Type: text/csv\r\n\r\ncode,name\r\nA,\"B\r\nC\"\r\n--XyZ--\r\n";
	(void)state;
	assert_int_equal(form_parse_urlencoded(&f, &a, "a=1&b=x%20y+z&c&d=%zz%4", 23, msg, sizeof msg), 0);
	assert_int_equal(f.n, 4);
	assert_string_equal(form_get(&f, "b"), "x y z");
	assert_string_equal(form_get(&f, "c"), "");
	assert_string_equal(form_get(&f, "d"), "%zz%4");
	assert_null(form_get(&f, "e"));
	memset(&f, 0, sizeof f);
	assert_int_equal(form_parse_multipart(&f, &a, "multipart/form-data; boundary=XyZ", mp,
					      sizeof mp - 1, msg, sizeof msg), 0);
	assert_int_equal(f.n, 2);
	assert_string_equal(form_get(&f, "kind"), "zones");
	assert_string_equal(form_field(&f, "file")->filename, "z.csv");
	assert_string_equal(form_get(&f, "file"), "code,name\r\nA,\"B\r\nC\"");
	memset(&f, 0, sizeof f);
	assert_int_equal(form_parse_multipart(&f, &a, "multipart/form-data", mp, sizeof mp - 1, msg,
					      sizeof msg), -1);
	assert_string_equal(msg, "multipart form without a boundary");
	assert_int_equal(form_parse_multipart(&f, &a, "multipart/form-data; boundary=XyZ",
					      "--XyZ\r\nno end", 14, msg, sizeof msg), -1);
	assert_string_equal(msg, "malformed multipart form");
	arena_release(&a);
}

static void test_lang(void **state)
{
	(void)state;
	assert_int_equal(i18n_web_negotiate(NULL, NULL, NULL), LANG_UZ);
	assert_int_equal(i18n_web_negotiate("ru", "en", "uz"), LANG_RU);
	assert_int_equal(i18n_web_negotiate("xx", "en", "ru"), LANG_EN);
	assert_int_equal(i18n_web_negotiate(NULL, "uz-cyrl", NULL), LANG_UZ_CYRL);
	assert_int_equal(i18n_web_negotiate(NULL, NULL, "de-DE,de;q=0.9,ru;q=0.5,en;q=0.7"), LANG_EN);
	assert_int_equal(i18n_web_negotiate(NULL, NULL, "uz-Cyrl-UZ"), LANG_UZ_CYRL);
	assert_int_equal(i18n_web_negotiate(NULL, NULL, "uz-UZ, ru;q=0.8"), LANG_UZ);
	assert_int_equal(i18n_web_negotiate(NULL, NULL, "rus, fr"), LANG_UZ);
	assert_int_equal(i18n_web_negotiate(NULL, NULL, "ru;q=0"), LANG_UZ);
	assert_string_equal(i18n_web_lang_code(LANG_UZ_CYRL), "uz-Cyrl");
	assert_string_equal(i18n_web_value(LANG_RU, "vacant"), "свободен");
	assert_string_equal(i18n_web_value(LANG_RU, "something else"), "something else");
}

/* Every key has a non-empty text in every language, and a text differs
 * from English somewhere (no table was copied from another). */
static void test_i18n_complete(void **state)
{
	int missing = 0;
	(void)state;
	for (int l = 0; l < LANG_N; l++) {
		int same_as_en = 0;
		for (int k = 0; k < I_N; k++) {
			const char *s = i18n_web_raw((enum i18n_lang)l, (enum i18n_key)k);
			if (!s || !*s) {
				fprintf(stderr, "missing: %s in %s\n", i18n_web_key_name((enum i18n_key)k),
					i18n_web_lang_code((enum i18n_lang)l));
				missing++;
			} else if (!strcmp(s, i18n_web_raw(LANG_EN, (enum i18n_key)k))) {
				same_as_en++;
			}
		}
		if (l != LANG_EN)
			assert_true(same_as_en < I_N / 4);
	}
	assert_int_equal(missing, 0);
	assert_string_equal(i18n_web_key_name(I_OVERVIEW), "I_OVERVIEW");
	assert_string_equal(i18n_web_text(LANG_UZ, I_OVERVIEW), "Umumiy koʻrinish");
	assert_string_equal(i18n_web_text(LANG_UZ_CYRL, I_OVERVIEW), "Умумий кўриниш");
}

static void test_auth(void **state)
{
	char t1[AUTH_TOKEN_CHARS], t2[AUTH_TOKEN_CHARS], h[AUTH_HASH_CHARS], pw[32];
	(void)state;
	auth_token(t1);
	auth_token(t2);
	assert_int_equal(strlen(t1), 43);
	assert_string_not_equal(t1, t2);
	assert_int_equal(strspn(t1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), 43);
	auth_token_hash("abc", h);
	/* BLAKE2b-256("abc"), RFC 7693 family, as libsodium's crypto_generichash */
	assert_string_equal(h, "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
	assert_true(auth_equal("abc", "abc"));
	assert_false(auth_equal("abc", "abd"));
	assert_false(auth_equal("abc", "abcd"));
	assert_false(auth_equal("", ""));
	/* throttling: free failures, then 30 s doubling to 15 min, forgotten after 15 min */
	assert_int_equal(auth_throttle_wait(4, 1000, 1001, 5), 0);
	assert_int_equal(auth_throttle_wait(5, 1000, 1001, 5), 29);
	assert_int_equal(auth_throttle_wait(6, 1000, 1000, 5), 60);
	assert_int_equal(auth_throttle_wait(5, 1000, 1030, 5), 0);
	assert_int_equal(auth_throttle_wait(40, 1000, 1000, 5), 900);
	assert_int_equal(auth_throttle_wait(40, 1000, 1900, 5), 0);
	auth_random_password(pw);
	assert_int_equal(strlen(pw), 16);
}

static void test_password(void **state)
{
	struct sb40_error err;
	char hash[AUTH_PWHASH_CHARS];
	(void)state;
	assert_int_equal(auth_hash_password(NULL, "short", hash, &err), SB40_EINVAL);
	assert_string_equal(error_text(&err), "password: the password is too short (at least 10 characters)");
	assert_int_equal(auth_hash_password(NULL, "correct horse", hash, &err), 0);
	assert_memory_equal(hash, "$argon2id$", 10);
	assert_true(auth_verify_password(NULL, hash, "correct horse"));
	assert_false(auth_verify_password(NULL, hash, "correct horsE"));
	assert_false(auth_verify_password(NULL, NULL, "correct horse"));
}

static void test_arena_and_ticks(void **state)
{
	struct arena a = ARENA_INIT;
	char *big;
	(void)state;
	for (int i = 0; i < 5000; i++)
		assert_string_equal(arena_printf(&a, "%d", i), arena_printf(&a, "%d", i));
	big = arena_alloc(&a, 100000);
	memset(big, 'x', 100000);
	assert_string_equal(arena_strndup(&a, "abcdef", 3), "abc");
	assert_null(arena_strdup(&a, NULL));
	arena_release(&a);
	assert_null(a.head);
	assert_true(svg_nice_step(600, 4) == 200);
	assert_true(svg_nice_step(7, 4) == 2);
	assert_true(svg_nice_step(0.3, 4) == 0.1);
	assert_string_equal(web_asset_type("style.css"), "text/css; charset=utf-8");
	assert_null(web_asset_type("0001_core.sql"));
	assert_null(web_asset_type("../style.css"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_route_match),  cmocka_unit_test(test_route_find),
		cmocka_unit_test(test_route_table_rules), cmocka_unit_test(test_cookies),
		cmocka_unit_test(test_forms),        cmocka_unit_test(test_lang),
		cmocka_unit_test(test_i18n_complete), cmocka_unit_test(test_auth),
		cmocka_unit_test(test_password),     cmocka_unit_test(test_arena_and_ticks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
