/* jsonread.c - strict JSON reading with the path of every value. */
#include "io/jsonread.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int jr_fail(struct jr *c, const char *fmt, ...)
{
	char where[600];
	va_list ap;
	snprintf(where, sizeof where, "%s: %s", c->file, c->path);
	va_start(ap, fmt);
	error_vsetwhere(c->err, SB40_EINVAL, where, fmt, ap);
	va_end(ap);
	return SB40_EINVAL;
}

static int is_ident(const char *k)
{
	if (!*k || (*k >= '0' && *k <= '9'))
		return 0;
	for (; *k; k++)
		if (!((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') ||
		      (*k >= '0' && *k <= '9') || *k == '_'))
			return 0;
	return 1;
}

/* Push ".key", or ["key"] when KEY is not an identifier; returns the mark
 * to pop back to. */
size_t jr_push_key(struct jr *c, const char *key)
{
	size_t mark = c->len;
	int n;
	if (is_ident(key)) {
		n = snprintf(c->path + c->len, sizeof c->path - c->len, ".%s", key);
	} else {
		char q[128];
		error_quote(q, sizeof q, key, strlen(key));
		n = snprintf(c->path + c->len, sizeof c->path - c->len, "[%s]", q);
	}
	if (n > 0)
		c->len = strlen(c->path);
	return mark;
}

size_t jr_push_index(struct jr *c, size_t i)
{
	size_t mark = c->len;
	snprintf(c->path + c->len, sizeof c->path - c->len, "[%zu]", i);
	c->len = strlen(c->path);
	return mark;
}

void jr_pop(struct jr *c, size_t mark)
{
	c->len = mark;
	c->path[mark] = '\0';
}

/* How a value reads in a message: "x" quoted, 1.5, true, null, an array. */
const char *jr_describe(const json_t *v, char *out, size_t n)
{
	switch (json_typeof(v)) {
	case JSON_STRING:
		return error_quote(out, n, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		snprintf(out, n, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return out;
	case JSON_REAL:
		snprintf(out, n, "%g", json_real_value(v));
		return out;
	case JSON_TRUE:
		return "true";
	case JSON_FALSE:
		return "false";
	case JSON_NULL:
		return "null";
	case JSON_OBJECT:
		return "an object";
	default:
		return "an array";
	}
}

int jr_expect(struct jr *c, const json_t *v, const char *what)
{
	char g[128];
	return jr_fail(c, "expected %s, got %s", what, jr_describe(v, g, sizeof g));
}

/* V must be an object whose keys are all in ALLOWED (NULL-terminated). */
int jr_object(struct jr *c, json_t *v, const char *const *allowed)
{
	const char *key;
	json_t *val;
	if (!json_is_object(v))
		return jr_expect(c, v, "an object");
	json_object_foreach(v, key, val) {
		size_t i;
		for (i = 0; allowed[i]; i++)
			if (!strcmp(key, allowed[i]))
				break;
		if (!allowed[i]) {
			char q[128];
			return jr_fail(c, "unknown field %s", error_quote(q, sizeof q, key, strlen(key)));
		}
	}
	return 0;
}

int jr_need(struct jr *c, json_t *obj, const char *key, json_t **out)
{
	*out = json_object_get(obj, key);
	if (!*out)
		return jr_fail(c, "missing field \"%s\"", key);
	return 0;
}

/* A string member; optional ones may be absent or null. */
int jr_string(struct jr *c, json_t *obj, const char *key, int required,
		      const char **out)
{
	json_t *v = json_object_get(obj, key);
	int rc = 0;
	*out = NULL;
	if (!v || (json_is_null(v) && !required))
		return required ? jr_fail(c, "missing field \"%s\"", key) : 0;
	size_t m = jr_push_key(c, key);
	if (!json_is_string(v) || json_string_length(v) == 0)
		rc = jr_expect(c, v, "a non-empty string");
	else
		*out = json_string_value(v);
	jr_pop(c, m);
	return rc;
}

/* A number in [LO, HI]; WHAT is the expectation as the message says it. */
int jr_number(struct jr *c, const json_t *v, double lo, double hi, const char *what,
		      double *out)
{
	if (!json_is_number(v))
		return jr_expect(c, v, what);
	double x = json_number_value(v);
	if (!isfinite(x) || x < lo || x > hi)
		return jr_expect(c, v, what);
	*out = x;
	return 0;
}

int jr_int(struct jr *c, const json_t *v, int lo, int hi, const char *what, int *out)
{
	double x = 0;
	if (jr_number(c, v, lo, hi, what, &x))
		return SB40_EINVAL;
	if (x != floor(x))
		return jr_expect(c, v, what);
	*out = (int)x;
	return 0;
}

/* A string that must be one of IDS[N]; returns its index in *OUT. */
int jr_enum(struct jr *c, const json_t *v, const char *const *ids, size_t n, int *out)
{
	char head[256], g[128];
	const char *got;
	size_t o = 0;
	if (json_is_string(v))
		for (size_t i = 0; i < n; i++)
			if (!strcmp(json_string_value(v), ids[i])) {
				*out = (int)i;
				return 0;
			}
	/* "one of a, b or c": the list and the last apart, so that the words
	 * around them translate (report/errmsg.h) */
	head[0] = '\0';
	for (size_t i = 0; i + 1 < n && o < sizeof head; i++)
		o += (size_t)snprintf(head + o, sizeof head - o, "%s%s", i ? ", " : "", ids[i]);
	got = jr_describe(v, g, sizeof g);
	if (n < 2)
		return jr_fail(c, "expected one of %s, got %s", n ? ids[0] : "", got);
	return jr_fail(c, "expected one of %s or %s, got %s", head, ids[n - 1], got);
}

int jr_array(struct jr *c, const json_t *v, size_t min, const char *what)
{
	if (!json_is_array(v))
		return jr_expect(c, v, "an array");
	if (json_array_size(v) < min)
		return jr_fail(c, "expected at least %zu %s, got %zu", min, what, json_array_size(v));
	return 0;
}

/* Parse TEXT into *ROOT, an object; a syntax error names FILE:LINE:COLUMN. */
int jr_load(struct jr *c, const char *text, size_t len, json_t **root)
{
	json_error_t je;
	*root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
	if (!*root)
		return error_setat(c->err, SB40_EINVAL, c->file, je.line, je.column,
				   "invalid JSON: %s", je.text);
	if (!json_is_object(*root)) {
		int rc = jr_expect(c, *root, "an object");
		json_decref(*root);
		*root = NULL;
		return rc;
	}
	return 0;
}

