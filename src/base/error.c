/* error.c - filling struct sb40_error. */
#include "base/error.h"
#include "base/fmtspec.h"
#include "base/text.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void error_clear(struct sb40_error *e)
{
	if (!e)
		return;
	e->code = SB40_OK;
	e->where[0] = e->msg[0] = e->text[0] = '\0';
	e->fmt = NULL;
	e->nargs = 0;
}

/* Store the arguments of FMT from AP into E (e->fmt NULL when it cannot). */
static void capture(struct sb40_error *e, const char *fmt, va_list ap)
{
	const char *p;
	size_t used = 0;
	int n = 0;
	e->fmt = NULL;
	e->nargs = 0;
	for (p = fmt; *p; p++) {
		struct fmtspec s;
		struct sb40_error_arg *a;
		int k, star;
		if (*p != '%')
			continue;
		if ((k = fmtspec_parse(p, &s)) < 0 || s.pos || s.wpos || s.ppos)
			return;
		p += k - 1;
		if (s.conv == '%')
			continue;
		star = (s.width == -2) + (s.prec == -2);
		if (n + star + 1 > SB40_ERROR_MAXARGS)
			return;
		if (s.width == -2) {
			e->args[n].type = SB40_ARG_INT;
			e->args[n++].v.i = va_arg(ap, int);
		}
		if (s.prec == -2) {
			e->args[n].type = SB40_ARG_INT;
			e->args[n].v.i = va_arg(ap, int);
			s.prec = e->args[n].v.i < 0 ? -1 : (int)e->args[n].v.i;
			n++;
		}
		a = &e->args[n++];
		a->type = s.type;
		switch (s.type) {
		case SB40_ARG_INT: a->v.i = va_arg(ap, int); break;
		case SB40_ARG_CHAR: a->v.i = va_arg(ap, int); break;
		case SB40_ARG_UINT: a->v.u = va_arg(ap, unsigned); break;
		case SB40_ARG_LONG: a->v.i = va_arg(ap, long); break;
		case SB40_ARG_ULONG: a->v.u = va_arg(ap, unsigned long); break;
		case SB40_ARG_LLONG: a->v.i = va_arg(ap, long long); break;
		case SB40_ARG_ULLONG: a->v.u = va_arg(ap, unsigned long long); break;
		case SB40_ARG_SIZE: a->v.u = va_arg(ap, size_t); break;
		case SB40_ARG_SSIZE: a->v.i = (long long)va_arg(ap, ptrdiff_t); break;
		case SB40_ARG_DOUBLE: a->v.d = va_arg(ap, double); break;
		case SB40_ARG_STR: {
			const char *str = va_arg(ap, const char *);
			size_t len;
			if (!str)
				str = "(null)";
			/* a precision bounds the bytes read: the text may not end */
			len = s.prec >= 0 ? strnlen(str, (size_t)s.prec) : strlen(str);
			if (used + len + 1 > sizeof e->sbuf)
				return; /* too long to keep: English only */
			memcpy(e->sbuf + used, str, len);
			e->sbuf[used + len] = '\0';
			a->v.s = (unsigned short)used;
			used += len + 1;
			break;
		}
		default:
			return;
		}
	}
	e->nargs = n;
	e->fmt = fmt;
}

static int vset(struct sb40_error *e, int code, const char *fmt, va_list ap)
{
	va_list cp;
	if (!e)
		return code;
	e->code = code;
	va_copy(cp, ap);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	capture(e, fmt, cp);
	va_end(cp);
	return code;
}

int error_vset(struct sb40_error *e, int code, const char *fmt, va_list ap)
{
	if (e)
		e->where[0] = '\0';
	return vset(e, code, fmt, ap);
}

void error_place(struct sb40_error *e, const char *file, long line, long column)
{
	if (!e)
		return;
	if (line > 0 && column > 0)
		snprintf(e->where, sizeof e->where, "%s:%ld:%ld", file, line, column);
	else if (line > 0)
		snprintf(e->where, sizeof e->where, "%s:%ld", file, line);
	else
		snprintf(e->where, sizeof e->where, "%s", file);
}

void error_placewhere(struct sb40_error *e, const char *where)
{
	if (e)
		snprintf(e->where, sizeof e->where, "%s", where ? where : "");
}

int error_vsetat(struct sb40_error *e, int code, const char *file, long line,
		 long column, const char *fmt, va_list ap)
{
	error_place(e, file, line, column);
	return vset(e, code, fmt, ap);
}

int error_vsetwhere(struct sb40_error *e, int code, const char *where,
		    const char *fmt, va_list ap)
{
	error_placewhere(e, where);
	return vset(e, code, fmt, ap);
}

int error_set(struct sb40_error *e, int code, const char *fmt, ...)
{
	va_list ap;
	if (e)
		e->where[0] = '\0';
	va_start(ap, fmt);
	vset(e, code, fmt, ap);
	va_end(ap);
	return code;
}

int error_setat(struct sb40_error *e, int code, const char *file, long line,
		long column, const char *fmt, ...)
{
	va_list ap;
	error_place(e, file, line, column);
	va_start(ap, fmt);
	vset(e, code, fmt, ap);
	va_end(ap);
	return code;
}

int error_setwhere(struct sb40_error *e, int code, const char *where,
		   const char *fmt, ...)
{
	va_list ap;
	error_placewhere(e, where);
	va_start(ap, fmt);
	vset(e, code, fmt, ap);
	va_end(ap);
	return code;
}

const char *error_text(struct sb40_error *e)
{
	if (e->where[0])
		snprintf(e->text, sizeof e->text, "%s: %s", e->where, e->msg);
	else
		snprintf(e->text, sizeof e->text, "%s", e->msg);
	return e->text;
}

char *error_quote(char *out, size_t n, const char *s, size_t len)
{
	size_t o = 0, i;
	const size_t max = 40;
	if (n < 8) {
		if (n)
			out[0] = '\0';
		return out;
	}
	out[o++] = '"';
	for (i = 0; i < len && i < max && o + 6 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			out[o++] = '\\';
			out[o++] = (char)c;
		} else if (c < 0x20 || c == 0x7f) {
			o += (size_t)snprintf(out + o, n - o, "\\x%02x", c);
		} else if (c < 0x80) {
			out[o++] = (char)c;
		} else {
			size_t k = utf8_seqlen((const unsigned char *)s + i, len - i);
			if (k && o + k + 5 < n) {
				memcpy(out + o, s + i, k);
				o += k;
				i += k - 1;
			} else {
				o += (size_t)snprintf(out + o, n - o, "\\x%02x", c);
			}
		}
	}
	if (i < len && o + 5 < n) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o++] = '"';
	out[o] = '\0';
	return out;
}
