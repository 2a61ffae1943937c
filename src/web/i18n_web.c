/* i18n_web.c - lookup over the per-language tables (i18n_web_LANG.c), the
 * language negotiation, and the words for stored values and roles.
 * Ownership: all texts are static. */
#include "web/i18n_web.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const *const tables[LANG_N] = {iw_table_uz, iw_table_uz_cyrl, iw_table_ru,
						  iw_table_en};

static const char *const key_names[I_N] = {
#define I18N_NAME(k) #k,
	I18N_WEB_KEYS(I18N_NAME)
#undef I18N_NAME
};

static const char *const codes[LANG_N] = {"uz", "uz-Cyrl", "ru", "en"};

const char *i18n_web_raw(enum i18n_lang l, enum i18n_key k)
{
	if ((unsigned)l >= LANG_N || (unsigned)k >= I_N)
		return NULL;
	return tables[l][k];
}

const char *i18n_web_text(enum i18n_lang l, enum i18n_key k)
{
	const char *s = i18n_web_raw(l, k);
	if (!s || !*s)
		s = i18n_web_raw(LANG_EN, k);
	return s ? s : "";
}

const char *i18n_web_key_name(enum i18n_key k)
{
	return (unsigned)k < I_N ? key_names[k] : "?";
}

const char *i18n_web_lang_code(enum i18n_lang l)
{
	return (unsigned)l < LANG_N ? codes[l] : "uz";
}

int i18n_web_lang_parse(const char *s)
{
	if (!s)
		return -1;
	for (int i = 0; i < LANG_N; i++)
		if (!strcasecmp(s, codes[i]))
			return i;
	return -1;
}

/* A language tag of Accept-Language (S[0..N)) to a language, or -1. */
static int tag_lang(const char *s, size_t n)
{
	if (n >= 7 && !strncasecmp(s, "uz-cyrl", 7))
		return LANG_UZ_CYRL;
	if (n >= 2 && !strncasecmp(s, "uz", 2) && (n == 2 || s[2] == '-'))
		return LANG_UZ;
	if (n >= 2 && !strncasecmp(s, "ru", 2) && (n == 2 || s[2] == '-'))
		return LANG_RU;
	if (n >= 2 && !strncasecmp(s, "en", 2) && (n == 2 || s[2] == '-'))
		return LANG_EN;
	return -1;
}

enum i18n_lang i18n_web_negotiate(const char *query, const char *cookie, const char *accept)
{
	int l = i18n_web_lang_parse(query), best = -1;
	double bestq = 0;
	if (l >= 0)
		return (enum i18n_lang)l;
	if ((l = i18n_web_lang_parse(cookie)) >= 0)
		return (enum i18n_lang)l;
	for (const char *p = accept; p && *p;) {
		const char *end = strchr(p, ','), *semi;
		size_t n, tn;
		double q = 1;
		while (*p == ' ' || *p == '\t')
			p++;
		n = end ? (size_t)(end - p) : strlen(p);
		semi = memchr(p, ';', n);
		tn = semi ? (size_t)(semi - p) : n;
		while (tn && (p[tn - 1] == ' ' || p[tn - 1] == '\t'))
			tn--;
		if (semi) {
			const char *qs = strstr(semi, "q=");
			if (qs && qs < p + n)
				q = strtod(qs + 2, NULL);
		}
		l = tag_lang(p, tn);
		if (l >= 0 && q > bestq) {
			best = l;
			bestq = q;
		}
		p = end ? end + 1 : p + n;
	}
	return best >= 0 ? (enum i18n_lang)best : LANG_UZ;
}

static const struct {
	const char *value;
	enum i18n_key key;
} values[] = {
	{"admin", I_V_ADMIN}, {"analyst", I_V_ANALYST}, {"zone_manager", I_V_ZONE_MANAGER},
	{"enterprise", I_V_ENTERPRISE},
	{"limited liability company", I_V_LLC}, {"private enterprise", I_V_PRIVATE},
	{"family enterprise", I_V_FAMILY}, {"unitary enterprise", I_V_UNITARY},
	{"joint-stock company", I_V_JSC}, {"farm enterprise", I_V_FARM},
	{"individual entrepreneur", I_V_INDIVIDUAL},
	{"small-industrial", I_V_SMALL_INDUSTRIAL}, {"youth-industrial", I_V_YOUTH_INDUSTRIAL},
	{"entrepreneurship", I_V_ENTREPRENEURSHIP},
	{"vacant", I_V_VACANT}, {"auction", I_V_AUCTION}, {"leased", I_V_LEASED},
	{"investment", I_V_INVESTMENT}, {"jobs", I_V_JOBS}, {"export", I_V_EXPORT},
	{"zones", I_V_K_ZONES}, {"enterprises", I_V_K_ENTERPRISES},
	{"observations", I_V_K_OBSERVATIONS}, {"obligations", I_V_K_OBLIGATIONS},
	{"lots", I_V_K_LOTS},
	{"count", I_U_COUNT}, {"persons", I_U_PERSONS}, {"bln UZS", I_U_BLN_UZS}, {"m2", I_U_M2},
	{"per ha", I_U_PER_HA}, {"mln UZS per ha", I_U_MLN_UZS_PER_HA}, {"mln UZS", I_MLN_UZS},
	{"thousand USD", I_THOUSAND_USD}, {"ha", I_HA},
};

const char *i18n_web_value(enum i18n_lang l, const char *value)
{
	if (!value)
		return "";
	for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
		if (!strcmp(values[i].value, value))
			return i18n_web_text(l, values[i].key);
	return value;
}

enum i18n_key i18n_web_role_key(const char *role)
{
	for (size_t i = 0; i < 4; i++)
		if (role && !strcmp(values[i].value, role))
			return values[i].key;
	return I_ROLE;
}
