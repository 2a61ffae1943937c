/* cookie.h - reading a Cookie header and writing Set-Cookie values.
 *
 * Why: the session token and the language live in cookies; parsing them by
 * hand at each use would get quoting and prefixes ("xsb40_session") wrong.
 * Pure functions.
 */
#ifndef SB40_WEB_COOKIE_H
#define SB40_WEB_COOKIE_H
#include <stddef.h>

/* The value of cookie NAME in the Cookie header HEADER (may be NULL) into
 * OUT (size N): 1 found, 0 absent or too long for OUT. */
int cookie_get(const char *header, const char *name, char *out, size_t n);

/* "NAME=VALUE; Path=/; Max-Age=AGE; SameSite=Strict" (+ "; HttpOnly" when
 * HTTPONLY); AGE 0 deletes the cookie.  Returns OUT, or NULL when N is too
 * small or NAME/VALUE hold characters a cookie may not. */
char *cookie_build(char *out, size_t n, const char *name, const char *value, long max_age,
		   int httponly);

#endif
