/* i18n_assess.c - lookup and {placeholder} rendering over the tables. */
#include "report/i18n_assess.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const *const tables[LANG_COUNT] = {
	[LANG_UZ] = ia_table_uz,
	[LANG_UZ_CYRL] = ia_table_uz_cyrl,
	[LANG_RU] = ia_table_ru,
	[LANG_EN] = ia_table_en,
};

static const char *const names[IA_COUNT] = {
#define IA_NAME(k) #k,
	IA_KEYS(IA_NAME)
#undef IA_NAME
};

const char *ia_text(enum lang l, enum ia_key key)
{
	const char *s;
	if ((unsigned)l >= LANG_COUNT || (unsigned)key >= IA_COUNT)
		return "";
	s = tables[l][key];
	return s ? s : "";
}

const char *ia_key_name(enum ia_key key)
{
	return (unsigned)key < IA_COUNT ? names[key] : "?";
}

void ia_render(struct buf *out, enum lang l, enum ia_key key, const struct ia_arg *args,
	       size_t n)
{
	i18n_fill(out, ia_text(l, key), args, n);
}

void i18n_fill(struct buf *out, const char *s, const struct ia_arg *args, size_t n)
{
	while (*s) {
		const char *open = strchr(s, '{'), *close;
		if (!open || !(close = strchr(open, '}'))) {
			buf_adds(out, s);
			return;
		}
		buf_add(out, s, (size_t)(open - s));
		size_t len = (size_t)(close - open - 1), i;
		for (i = 0; i < n; i++)
			if (strlen(args[i].name) == len && !memcmp(args[i].name, open + 1, len))
				break;
		if (i < n)
			buf_adds(out, args[i].value);
		else
			buf_add(out, open, len + 2);
		s = close + 1;
	}
}

char *ia_numstr(char *out, size_t n, enum lang l, double x, int decimals, int plus)
{
	if (isnan(x)) {
		snprintf(out, n, "-");
		return out;
	}
	/* round first so that -0.0001 at 2 decimals does not print "-0.00" */
	double p = pow(10, decimals), r = round(x * p) / p;
	if (r == 0)
		r = 0;
	snprintf(out, n, plus && r > 0 ? "+%.*f" : "%.*f", decimals, r);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = lang_decimal(l);
	return out;
}

void ia_number(struct buf *out, enum lang l, double x, int decimals, int plus)
{
	char tmp[64];
	buf_adds(out, ia_numstr(tmp, sizeof tmp, l, x, decimals, plus));
}
