/* lang.c - language tags. */
#include "report/lang.h"
#include <strings.h>

static const char *const codes[LANG_COUNT] = {"uz", "uz-Cyrl", "ru", "en"};

int lang_parse(const char *s, enum lang *out)
{
	if (!s)
		return -1;
	if (!strcasecmp(s, "uz-Latn")) {
		*out = LANG_UZ;
		return 0;
	}
	for (int l = 0; l < LANG_COUNT; l++)
		if (!strcasecmp(s, codes[l])) {
			*out = (enum lang)l;
			return 0;
		}
	return -1;
}

const char *lang_code(enum lang l)
{
	return (unsigned)l < LANG_COUNT ? codes[l] : codes[LANG_UZ];
}

char lang_decimal(enum lang l)
{
	return l == LANG_EN ? '.' : ',';
}
