/* form.c - application/x-www-form-urlencoded and multipart/form-data. */
#include "web/form.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *form_decode(struct arena *a, const char *s, size_t len, int plus, size_t *outlen)
{
	char *out = arena_alloc(a, len + 1);
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		int h, l;
		if (s[i] == '%' && i + 2 < len && (h = hexval(s[i + 1])) >= 0 &&
		    (l = hexval(s[i + 2])) >= 0) {
			out[o++] = (char)(h * 16 + l);
			i += 2;
		} else if (plus && s[i] == '+') {
			out[o++] = ' ';
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = '\0';
	if (outlen)
		*outlen = o;
	return out;
}

static int add(struct form *f, struct arena *a, const char *name, const char *value, size_t len,
	       const char *filename, char *msg, size_t msgn)
{
	if (f->n == FORM_MAX_FIELDS) {
		snprintf(msg, msgn, "too many form fields (at most %d)", FORM_MAX_FIELDS);
		return -1;
	}
	if (f->n == f->cap) {
		int cap = f->cap ? 2 * f->cap : 32;
		struct form_field *nf = arena_alloc(a, (size_t)cap * sizeof *nf);
		if (f->n)
			memcpy(nf, f->f, (size_t)f->n * sizeof *nf);
		f->f = nf;
		f->cap = cap;
	}
	f->f[f->n].name = name;
	f->f[f->n].value = value;
	f->f[f->n].len = len;
	f->f[f->n].filename = filename;
	f->n++;
	return 0;
}

int form_parse_urlencoded(struct form *f, struct arena *a, const char *s, size_t len,
			  char *msg, size_t msgn)
{
	size_t i = 0;
	while (i < len) {
		size_t j = i, eq;
		const char *name, *value;
		size_t vl;
		while (j < len && s[j] != '&')
			j++;
		if (j > i) {
			eq = i;
			while (eq < j && s[eq] != '=')
				eq++;
			name = form_decode(a, s + i, eq - i, 1, NULL);
			value = eq < j ? form_decode(a, s + eq + 1, j - eq - 1, 1, &vl)
				       : form_decode(a, "", 0, 1, &vl);
			if (add(f, a, name, value, vl, NULL, msg, msgn))
				return -1;
		}
		i = j + 1;
	}
	return 0;
}

/* Find NEEDLE (length NL) in HAY[0..HL); NULL when absent. */
static const char *find(const char *hay, size_t hl, const char *needle, size_t nl)
{
	if (nl == 0 || hl < nl)
		return NULL;
	for (size_t i = 0; i + nl <= hl; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, nl))
			return hay + i;
	return NULL;
}

/* The value of PARAM="..." (or PARAM=token) in a header line; arena copy or NULL. */
static char *header_param(struct arena *a, const char *h, size_t hl, const char *param)
{
	size_t pl = strlen(param);
	for (size_t i = 0; i + pl + 1 < hl; i++) {
		if ((i == 0 || h[i - 1] == ' ' || h[i - 1] == ';' || h[i - 1] == '\t') &&
		    !strncasecmp(h + i, param, pl) && h[i + pl] == '=') {
			const char *v = h + i + pl + 1, *end = h + hl;
			if (v < end && *v == '"') {
				const char *q = memchr(v + 1, '"', (size_t)(end - v - 1));
				return q ? arena_strndup(a, v + 1, (size_t)(q - v - 1)) : NULL;
			}
			const char *e = v;
			while (e < end && *e != ';' && *e != ' ' && *e != '\r')
				e++;
			return arena_strndup(a, v, (size_t)(e - v));
		}
	}
	return NULL;
}

int form_parse_multipart(struct form *f, struct arena *a, const char *ctype, const char *body,
			 size_t len, char *msg, size_t msgn)
{
	char *boundary = ctype ? header_param(a, ctype, strlen(ctype), "boundary") : NULL;
	char *delim;
	size_t dl;
	const char *p, *end = body + len;

	if (!boundary || !*boundary || strlen(boundary) > 200) {
		snprintf(msg, msgn, "multipart form without a boundary");
		return -1;
	}
	delim = arena_printf(a, "--%s", boundary);
	dl = strlen(delim);
	p = find(body, len, delim, dl);
	if (!p) {
		snprintf(msg, msgn, "multipart form without its boundary line");
		return -1;
	}
	p += dl;
	for (;;) {
		const char *hdr_end, *next, *h;
		char *name = NULL, *filename = NULL;
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return 0; /* closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			break;
		p += 2;
		hdr_end = find(p, (size_t)(end - p), "\r\n\r\n", 4);
		if (!hdr_end)
			break;
		for (h = p; h < hdr_end;) {
			const char *eol = find(h, (size_t)(hdr_end - h), "\r\n", 2);
			size_t hl = (size_t)((eol ? eol : hdr_end) - h);
			if (hl > 20 && !strncasecmp(h, "Content-Disposition:", 20)) {
				name = header_param(a, h + 20, hl - 20, "name");
				filename = header_param(a, h + 20, hl - 20, "filename");
			}
			h += hl + (eol ? 2 : 0);
		}
		p = hdr_end + 4;
		next = find(p, (size_t)(end - p), delim, dl);
		if (!next || next - p < 2 || next[-2] != '\r' || next[-1] != '\n')
			break;
		if (!name) {
			snprintf(msg, msgn, "multipart part without a name");
			return -1;
		}
		if (add(f, a, name, arena_strndup(a, p, (size_t)(next - 2 - p)), (size_t)(next - 2 - p),
			filename, msg, msgn))
			return -1;
		p = next + dl;
	}
	snprintf(msg, msgn, "malformed multipart form");
	return -1;
}

const struct form_field *form_field(const struct form *f, const char *name)
{
	for (int i = 0; i < f->n; i++)
		if (!strcmp(f->f[i].name, name))
			return &f->f[i];
	return NULL;
}

const char *form_get(const struct form *f, const char *name)
{
	const struct form_field *x = form_field(f, name);
	return x ? x->value : NULL;
}
