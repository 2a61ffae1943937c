/* text.h - small text helpers: UTF-8 checks, trimming, case-insensitive ASCII.
 *
 * Why: imports must reject invalid UTF-8 with a column and keep every valid
 * Uzbek (oʻ, gʻ) and Cyrillic name byte for byte.  Pure functions; no memory
 * is allocated.
 */
#ifndef SB40_BASE_TEXT_H
#define SB40_BASE_TEXT_H
#include <stddef.h>

/* Length of the valid UTF-8 sequence at S (at most LEN bytes), or 0 when the
 * bytes there are not valid UTF-8 (overlongs, surrogates, > U+10FFFF). */
size_t utf8_seqlen(const unsigned char *s, size_t len);

/* Offset of the first invalid byte in S[0..LEN), or LEN when all is valid. */
size_t utf8_invalid_at(const char *s, size_t len);

/* Number of code points in a valid UTF-8 string S[0..LEN). */
size_t utf8_count(const char *s, size_t len);

/* ASCII case-insensitive equality of S[0..LEN) and NUL-terminated T. */
int text_ieq(const char *s, size_t len, const char *t);

#endif
