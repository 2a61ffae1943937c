/* fmtspec.c - reading printf conversion specifications. */
#include "base/fmtspec.h"
#include "base/error.h"
#include <string.h>

/* Digits at *P as a number (at most 4 digits), advancing *P; -1 if none. */
static int num(const char **p)
{
	int v = 0, n = 0;
	while (**p >= '0' && **p <= '9') {
		if (++n > 4)
			return -1;
		v = v * 10 + (**p - '0');
		(*p)++;
	}
	return n ? v : -1;
}

/* "N$" at *P: N (>= 1), advancing past it; 0 (not moving) when absent. */
static int dollar(const char **p)
{
	const char *q = *p;
	int v = num(&q);
	if (v > 0 && *q == '$') {
		*p = q + 1;
		return v;
	}
	return 0;
}

static int type_of(const char *len, char conv)
{
	int sgn = conv == 'd' || conv == 'i';
	switch (conv) {
	case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
		if (!strcmp(len, "l"))
			return sgn ? SB40_ARG_LONG : SB40_ARG_ULONG;
		if (!strcmp(len, "ll"))
			return sgn ? SB40_ARG_LLONG : SB40_ARG_ULLONG;
		if (!strcmp(len, "z"))
			return sgn ? SB40_ARG_SSIZE : SB40_ARG_SIZE;
		return sgn ? SB40_ARG_INT : SB40_ARG_UINT; /* "", h, hh: promoted */
	case 'g': case 'G': case 'f': case 'F': case 'e': case 'E':
		return len[0] ? -1 : SB40_ARG_DOUBLE;
	case 's':
		return len[0] ? -1 : SB40_ARG_STR;
	case 'c':
		return len[0] ? -1 : SB40_ARG_CHAR;
	default:
		return -1;
	}
}

int fmtspec_parse(const char *p, struct fmtspec *s)
{
	const char *q = p + 1;
	size_t nf = 0;
	int t;
	memset(s, 0, sizeof *s);
	s->width = s->prec = -1;
	if (*q == '%') {
		s->conv = '%';
		return 2;
	}
	s->pos = dollar(&q);
	while (*q && strchr("-+ #0", *q)) {
		if (nf + 1 >= sizeof s->flags)
			return -1;
		s->flags[nf++] = *q++;
	}
	if (*q == '*') {
		q++;
		s->width = -2;
		s->wpos = dollar(&q);
	} else if (*q >= '0' && *q <= '9') {
		if ((s->width = num(&q)) < 0)
			return -1;
	}
	if (*q == '.') {
		q++;
		if (*q == '*') {
			q++;
			s->prec = -2;
			s->ppos = dollar(&q);
		} else {
			s->prec = *q >= '0' && *q <= '9' ? num(&q) : 0;
			if (s->prec < 0)
				return -1;
		}
	}
	if (q[0] == 'h' && q[1] == 'h') {
		memcpy(s->len, "hh", 3);
		q += 2;
	} else if (q[0] == 'l' && q[1] == 'l') {
		memcpy(s->len, "ll", 3);
		q += 2;
	} else if (*q == 'h' || *q == 'l' || *q == 'z') {
		s->len[0] = *q++;
	}
	if (!*q || (t = type_of(s->len, *q)) < 0)
		return -1;
	s->conv = *q++;
	s->type = (unsigned char)t;
	return (int)(q - p);
}

/* Record TYPE at argument position N (1-based) into TYPES. */
static int put(unsigned char *types, unsigned char *seen, int max, int n, int type)
{
	if (n < 1 || n > max)
		return -1;
	if (seen[n - 1] && types[n - 1] != type)
		return -1;
	seen[n - 1] = 1;
	types[n - 1] = (unsigned char)type;
	return 0;
}

int fmtspec_types(const char *fmt, int positional, unsigned char *types, int max)
{
	unsigned char seen[32] = {0};
	int n = 0, numbered = -1, top = 0, i;
	const char *p;
	struct fmtspec s;
	if (max > 32)
		max = 32;
	for (p = fmt; *p; p++) {
		int k, isnum;
		if (*p != '%')
			continue;
		if ((k = fmtspec_parse(p, &s)) < 0)
			return -1;
		p += k - 1;
		if (s.conv == '%')
			continue;
		isnum = s.pos > 0;
		if ((isnum && !positional) || (numbered >= 0 && numbered != isnum))
			return -1;
		numbered = isnum;
		if (isnum) {
			if ((s.width == -2 && !s.wpos) || (s.prec == -2 && !s.ppos) ||
			    (s.width != -2 && s.wpos) || (s.prec != -2 && s.ppos))
				return -1;
			if ((s.wpos && put(types, seen, max, s.wpos, SB40_ARG_INT)) ||
			    (s.ppos && put(types, seen, max, s.ppos, SB40_ARG_INT)) ||
			    put(types, seen, max, s.pos, s.type))
				return -1;
			top = s.pos > top ? s.pos : top;
			top = s.wpos > top ? s.wpos : top;
			top = s.ppos > top ? s.ppos : top;
		} else {
			if (s.wpos || s.ppos)
				return -1;
			if ((s.width == -2 && put(types, seen, max, ++n, SB40_ARG_INT)) ||
			    (s.prec == -2 && put(types, seen, max, ++n, SB40_ARG_INT)) ||
			    put(types, seen, max, ++n, s.type))
				return -1;
			top = n;
		}
	}
	for (i = 0; i < top; i++)
		if (!seen[i])
			return -1;
	return top;
}
