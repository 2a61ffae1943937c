/* error.c - filling struct sb40_error. */
#include "base/error.h"
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
}

static int vset(struct sb40_error *e, int code, const char *fmt, va_list ap)
{
	if (!e)
		return code;
	e->code = code;
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	return code;
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
	if (e) {
		if (line > 0 && column > 0)
			snprintf(e->where, sizeof e->where, "%s:%ld:%ld", file, line, column);
		else if (line > 0)
			snprintf(e->where, sizeof e->where, "%s:%ld", file, line);
		else
			snprintf(e->where, sizeof e->where, "%s", file);
	}
	va_start(ap, fmt);
	vset(e, code, fmt, ap);
	va_end(ap);
	return code;
}

int error_setwhere(struct sb40_error *e, int code, const char *where,
		   const char *fmt, ...)
{
	va_list ap;
	if (e)
		snprintf(e->where, sizeof e->where, "%s", where ? where : "");
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
