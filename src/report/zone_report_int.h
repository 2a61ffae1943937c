/* zone_report_int.h - helpers shared by zone_report.c and zone_lists.c. */
#ifndef SB40_REPORT_ZONE_REPORT_INT_H
#define SB40_REPORT_ZONE_REPORT_INT_H
#include "report/i18n_assess.h"
#include "report/i18n_zones.h"
#include "report/zone_report.h"

/* KEY's text in O's language. */
#define ZT(o, key) zt_text((o)->lang, ZT_##key)

/* KEY's template with ONE placeholder NAME = VALUE, into a new string DOC
 * keeps. */
const char *zr_fill1(struct zdoc *doc, const struct zone_opts *o, enum zt_key key,
		     const char *name, const char *value);
/* The localised word for an obligation kind (investment, jobs, export). */
const char *zr_kind(const struct zone_opts *o, const char *kind);
/* A number as O's language writes it, DEC decimals (integral: 0). */
char *zr_num(char *out, size_t n, const struct zone_opts *o, double v, int dec);

#endif
