/* i18n_zones.c - lookup over the zone-monitoring tables. */
#include "report/i18n_zones.h"

static const char *const *const tables[LANG_COUNT] = {
	[LANG_UZ] = zt_table_uz,
	[LANG_UZ_CYRL] = zt_table_uz_cyrl,
	[LANG_RU] = zt_table_ru,
	[LANG_EN] = zt_table_en,
};

static const char *const names[ZT_COUNT] = {
#define ZT_NAME(k) #k,
	ZT_KEYS(ZT_NAME)
#undef ZT_NAME
};

const char *zt_text(enum lang l, enum zt_key key)
{
	if ((unsigned)l >= LANG_COUNT || (unsigned)key >= ZT_COUNT)
		return "";
	const char *s = tables[l][key];
	return s ? s : "";
}

const char *zt_key_name(enum zt_key key)
{
	return (unsigned)key < ZT_COUNT ? names[key] : "?";
}
