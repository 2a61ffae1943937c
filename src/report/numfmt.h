/* numfmt.h - numbers as people of each language write them.
 *
 * Why: "1,234.5" in English, "1 234,5" in Russian and Uzbek (a no-break
 * space groups thousands, a comma marks decimals).  Pure; writes into the
 * caller's buffer.
 */
#ifndef SB40_REPORT_NUMFMT_H
#define SB40_REPORT_NUMFMT_H
#include <stddef.h>

/* LANG: "en", "ru", "uz", "uz-Cyrl" (unknown: "en").  DECIMALS: digits after
 * the point (0-9); NaN is written as an en dash.  Returns OUT. */
char *numfmt(char *out, size_t n, double v, int decimals, const char *lang);

#endif
