/* text.c - UTF-8 validation after RFC 3629. */
#include "base/text.h"
#include <ctype.h>
#include <string.h>

size_t utf8_seqlen(const unsigned char *s, size_t len)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		if (len < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		return 2;
	}
	if (c < 0xF0) {
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

size_t utf8_invalid_at(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		size_t n;
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_seqlen(u + i, len - i);
		if (!n)
			return i;
		i += n;
	}
	return len;
}

size_t utf8_count(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

int text_ieq(const char *s, size_t len, const char *t)
{
	size_t tl = strlen(t);
	if (tl != len)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (tolower((unsigned char)s[i]) != tolower((unsigned char)t[i]))
			return 0;
	return 1;
}
