/* test_i18n_zones.c - report/i18n_zones: every key in every language, with
 * the same {placeholders} as the English text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "report/i18n_zones.h"

/* The placeholders of S, sorted, as one string "{a}{b}". */
static void placeholders(const char *s, char *out, size_t n)
{
	char names[16][32];
	size_t k = 0;
	for (const char *p = strchr(s, '{'); p && k < 16; p = strchr(p + 1, '{')) {
		const char *q = strchr(p, '}');
		if (!q)
			break;
		snprintf(names[k++], sizeof names[0], "%.*s", (int)(q - p + 1), p);
	}
	for (size_t i = 1; i < k; i++)
		for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			char t[32];
			memcpy(t, names[j], sizeof t);
			memcpy(names[j], names[j - 1], sizeof t);
			memcpy(names[j - 1], t, sizeof t);
		}
	size_t len = 0;
	out[0] = '\0';
	for (size_t i = 0; i < k; i++)
		len += (size_t)snprintf(out + len, len < n ? n - len : 0, "%s", names[i]);
}

static void test_complete(void **state)
{
	int missing = 0;
	for (int l = 0; l < LANG_COUNT; l++)
		for (int k = 0; k < ZT_COUNT; k++) {
			const char *s = zt_text((enum lang)l, (enum zt_key)k);
			char a[512], b[512];
			if (!*s) {
				fprintf(stderr, "missing %s in %s\n", zt_key_name((enum zt_key)k),
					lang_code((enum lang)l));
				missing++;
				continue;
			}
			placeholders(s, a, sizeof a);
			placeholders(zt_text(LANG_EN, (enum zt_key)k), b, sizeof b);
			if (strcmp(a, b) != 0) {
				fprintf(stderr, "%s in %s: placeholders %s, English %s\n",
					zt_key_name((enum zt_key)k), lang_code((enum lang)l), a, b);
				missing++;
			}
		}
	assert_int_equal(missing, 0);
	assert_string_equal(zt_key_name(ZT_R_ZC01), "R_ZC01");
	assert_string_equal(zt_text(LANG_COUNT, ZT_C_ZONE), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_complete),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
