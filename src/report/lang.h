/* lang.h - the four languages of sb40's users.
 *
 * Why: the firms, zone directorates and ministries read sb40 in Uzbek
 * (Latin script, the default, and Cyrillic), Russian and English; every
 * translated text is chosen by one of these values.  Pure functions, no
 * state.
 */
#ifndef SB40_REPORT_LANG_H
#define SB40_REPORT_LANG_H

enum lang { LANG_UZ, LANG_UZ_CYRL, LANG_RU, LANG_EN, LANG_COUNT };

/* "uz" (also "uz-Latn"), "uz-Cyrl", "ru", "en", case-insensitive.  Returns 0
 * and sets *OUT, or -1 for anything else. */
int lang_parse(const char *s, enum lang *out);

/* The BCP 47 tag: "uz", "uz-Cyrl", "ru", "en". */
const char *lang_code(enum lang l);

/* The decimal separator the language writes: ',' for uz and ru, '.' for en. */
char lang_decimal(enum lang l);

#endif
