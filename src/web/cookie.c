/* cookie.c - RFC 6265 cookie pairs, the strict subset sb40 writes. */
#include "web/cookie.h"
#include <stdio.h>
#include <string.h>

int cookie_get(const char *header, const char *name, char *out, size_t n)
{
	size_t nl = strlen(name);
	const char *p = header;
	if (!p || n == 0)
		return 0;
	while (*p) {
		const char *end, *eq;
		size_t vl;
		while (*p == ' ' || *p == ';' || *p == '\t')
			p++;
		end = strchr(p, ';');
		if (!end)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq && (size_t)(eq - p) == nl && !memcmp(p, name, nl)) {
			const char *v = eq + 1;
			vl = (size_t)(end - v);
			while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t'))
				vl--;
			if (vl >= 2 && v[0] == '"' && v[vl - 1] == '"') {
				v++;
				vl -= 2;
			}
			if (vl >= n)
				return 0;
			memcpy(out, v, vl);
			out[vl] = '\0';
			return 1;
		}
		p = end;
	}
	return 0;
}

static int cookie_safe(const char *s, int is_name)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c <= 0x20 || c >= 0x7f || c == ';' || c == ',' || c == '"' || c == '\\' ||
		    (is_name && (c == '=' || c == '(' || c == ')' || c == '/' || c == ':')))
			return 0;
	}
	return 1;
}

char *cookie_build(char *out, size_t n, const char *name, const char *value, long max_age,
		   int httponly)
{
	int len;
	if (!*name || !cookie_safe(name, 1) || !cookie_safe(value, 0))
		return NULL;
	len = snprintf(out, n, "%s=%s; Path=/; Max-Age=%ld; SameSite=Strict%s", name, value,
		       max_age, httponly ? "; HttpOnly" : "");
	return len < 0 || (size_t)len >= n ? NULL : out;
}
