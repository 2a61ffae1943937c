/* errmsg.c - error messages in the user's language: lookup and rendering. */
#include "report/errmsg.h"
#include "base/fmtspec.h"
#include "base/text.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXENT 1024
enum { NTAB = 3 };

static const struct errmsg_entry *sorted[NTAB][MAXENT];
static size_t nsorted[NTAB];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int cmp(const void *a, const void *b)
{
	const struct errmsg_entry *const *x = a, *const *y = b;
	return strcmp((*x)->en, (*y)->en);
}

static void build(void)
{
	const struct errmsg_entry *tab[NTAB] = {errmsg_uz, errmsg_uz_cyrl, errmsg_ru};
	size_t n[NTAB] = {errmsg_uz_n, errmsg_uz_cyrl_n, errmsg_ru_n};
	int l;
	for (l = 0; l < NTAB; l++) {
		size_t i;
		for (i = 0; i < n[l] && i < MAXENT; i++)
			sorted[l][i] = &tab[l][i];
		nsorted[l] = i;
		qsort(sorted[l], nsorted[l], sizeof sorted[l][0], cmp);
	}
}

const char *errmsg_lookup(const char *en, int lang)
{
	size_t lo = 0, hi;
	if (!en || lang < 0 || lang >= NTAB)
		return NULL;
	pthread_once(&once, build);
	hi = nsorted[lang];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(en, sorted[lang][mid]->en);
		if (!c)
			return sorted[lang][mid]->tr;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The integer value of a '*' argument. */
static int star_value(const struct sb40_error *e, int idx, int *out)
{
	if (idx < 0 || idx >= e->nargs || e->args[idx].type != SB40_ARG_INT)
		return -1;
	*out = (int)e->args[idx].v.i;
	return 0;
}

/* Format one conversion S with argument A into OUT (size N); returns what
 * snprintf returns. */
static int one(const struct fmtspec *s, int width, int prec,
	       const struct sb40_error *e, const struct sb40_error_arg *a,
	       const char *str, char *out, size_t n)
{
	char f[40];
	int k = snprintf(f, sizeof f, "%%%s", s->flags);
	if (width >= 0)
		k += snprintf(f + k, sizeof f - (size_t)k, "%d", width);
	if (prec >= 0)
		k += snprintf(f + k, sizeof f - (size_t)k, ".%d", prec);
	snprintf(f + k, sizeof f - (size_t)k, "%s%c", s->len, s->conv);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	switch (a->type) {
	case SB40_ARG_INT: case SB40_ARG_CHAR: return snprintf(out, n, f, (int)a->v.i);
	case SB40_ARG_UINT: return snprintf(out, n, f, (unsigned)a->v.u);
	case SB40_ARG_LONG: return snprintf(out, n, f, (long)a->v.i);
	case SB40_ARG_ULONG: return snprintf(out, n, f, (unsigned long)a->v.u);
	case SB40_ARG_LLONG: return snprintf(out, n, f, a->v.i);
	case SB40_ARG_ULLONG: return snprintf(out, n, f, a->v.u);
	case SB40_ARG_SIZE: return snprintf(out, n, f, (size_t)a->v.u);
	case SB40_ARG_SSIZE: return snprintf(out, n, f, (ptrdiff_t)a->v.i);
	case SB40_ARG_DOUBLE: return snprintf(out, n, f, a->v.d);
	case SB40_ARG_STR: return snprintf(out, n, f, str ? str : e->sbuf + a->v.s);
	default: return -1;
	}
#pragma GCC diagnostic pop
}

/* Cut BUF (LEN bytes, filled to its end) back to a whole UTF-8 character. */
static void cut_utf8(char *buf, size_t len)
{
	size_t i = len;
	while (i > 0 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0 && ((unsigned char)buf[i - 1] & 0x80)) {
		/* I-1 is a lead byte: keep it only if its sequence is complete */
		unsigned char c = (unsigned char)buf[i - 1];
		size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (len - (i - 1) < need)
			len = i - 1;
	}
	buf[len] = '\0';
}

/* A string argument that is itself a whole phrase of the table (such as
 * "a number from 0 to 1" in "expected %s, got %s"), translated; else NULL. */
static const char *phrase(const struct sb40_error *e, const struct sb40_error_arg *a, int lang)
{
	const char *tr;
	if (a->type != SB40_ARG_STR || lang < 0)
		return NULL;
	tr = errmsg_lookup(e->sbuf + a->v.s, lang);
	return tr && !strchr(tr, '%') ? tr : NULL;
}

static int render(const char *tr, const struct sb40_error *e, int lang, char *buf, size_t n)
{
	unsigned char types[SB40_ERROR_MAXARGS];
	size_t o = 0;
	int cnt, i, seq = 0, trunc = 0;
	const char *p;
	if (!n)
		return -1;
	buf[0] = '\0';
	cnt = fmtspec_types(tr, 1, types, SB40_ERROR_MAXARGS);
	if (cnt < 0 || cnt > e->nargs)
		return -1;
	for (i = 0; i < cnt; i++)
		if (types[i] != e->args[i].type)
			return -1;
	for (p = tr; *p; p++) {
		struct fmtspec s;
		int k, w, pr, idx, r;
		if (o + 1 >= n) {
			trunc = 1;
			break;
		}
		if (*p != '%') {
			buf[o++] = *p;
			continue;
		}
		k = fmtspec_parse(p, &s);
		p += k - 1;
		if (s.conv == '%') {
			buf[o++] = '%';
			continue;
		}
		w = s.width;
		pr = s.prec;
		if (w == -2 && star_value(e, s.wpos ? s.wpos - 1 : seq++, &w))
			return buf[0] = '\0', -1;
		if (pr == -2 && star_value(e, s.ppos ? s.ppos - 1 : seq++, &pr))
			return buf[0] = '\0', -1;
		w = w < 0 ? -1 : w;
		pr = pr < 0 ? -1 : pr;
		idx = s.pos ? s.pos - 1 : seq++;
		r = one(&s, w, pr, e, &e->args[idx], phrase(e, &e->args[idx], lang), buf + o,
			n - o);
		if (r < 0)
			return buf[0] = '\0', -1;
		if ((size_t)r >= n - o) {
			o = n - 1;
			trunc = 1;
			break;
		}
		o += (size_t)r;
	}
	buf[o] = '\0';
	if (trunc)
		cut_utf8(buf, o);
	return 0;
}

int errmsg_render(const char *tr, const struct sb40_error *e, char *buf, size_t n)
{
	return render(tr, e, -1, buf, n);
}

const char *errmsg_msg(const struct sb40_error *e, int lang, char *buf, size_t n)
{
	const char *tr;
	if (!n)
		return buf;
	if (e->fmt) {
		tr = errmsg_lookup(e->fmt, lang);
		/* a message passed on whole ("%s", msg): a phrase of the table */
		if (!tr && !strcmp(e->fmt, "%s"))
			tr = "%s";
		if (tr && !render(tr, e, lang, buf, n))
			return buf;
	}
	snprintf(buf, n, "%s", e->msg);
	return buf;
}

const char *errmsg_text(const struct sb40_error *e, int lang, char *buf, size_t n)
{
	char msg[sizeof e->msg + 512];
	errmsg_msg(e, lang, msg, sizeof msg);
	if (e->where[0])
		snprintf(buf, n, "%s: %s", e->where, msg);
	else
		snprintf(buf, n, "%s", msg);
	return buf;
}
