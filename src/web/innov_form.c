/* innov_form.c - the innovation form's fields to the JSON document, and a
 * validation error's JSON path back to the field (see innov_form.h). */
#include "web/innov_form.h"
#include "base/error.h"
#include "base/parse.h"
#include "domain/innovation.h"
#include "report/i18n_assess.h"
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const group_id[IG_COUNT] = {"strengths", "weaknesses", "opportunities",
					       "threats", "sales", "crit", "cand"};
static const int group_rows[IG_COUNT] = {4, 4, 4, 4, 10, 6, 4};

const char *innov_group_id(enum innov_group g)
{
	return g >= 0 && g < IG_COUNT ? group_id[g] : "";
}

int innov_group_default_rows(enum innov_group g)
{
	return g >= 0 && g < IG_COUNT ? group_rows[g] : 0;
}

/* The value of field NAME trimmed, in the arena; "" when absent. */
static const char *val(const struct form *in, struct arena *a, const char *name)
{
	const char *v = form_get(in, name), *e;
	if (!v)
		return "";
	while (isspace((unsigned char)*v))
		v++;
	e = v + strlen(v);
	while (e > v && isspace((unsigned char)e[-1]))
		e--;
	return arena_strndup(a, v, (size_t)(e - v));
}

static const char *rval(const struct form *in, struct arena *a, enum innov_group g, int row,
			const char *key)
{
	return val(in, a, arena_printf(a, "%s_%d_%s", group_id[g], row, key));
}

/* "12", "0.2", "0,2": 0 and *X; else -1. */
static int number(const char *s, double *x)
{
	char buf[64], msg[8];
	size_t n = strlen(s);
	if (!n || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n + 1);
	if (!strchr(buf, '.')) {
		char *c = strchr(buf, ',');
		if (c && !strchr(c + 1, ','))
			*c = '.';
	}
	return parse_double(buf, n, x, msg, sizeof msg) ? -1 : 0;
}

static int whole(const char *s)
{
	if (*s == '-')
		s++;
	if (!*s || strlen(s) > 15)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* S as a JSON number, or as text when it is none (the checks then name it). */
static json_t *num(const char *s)
{
	double x;
	if (whole(s))
		return json_integer(strtoll(s, NULL, 10));
	if (!number(s, &x))
		return json_real(x);
	return json_string(s);
}

static void set_text(json_t *o, const char *key, const char *v)
{
	if (*v)
		json_object_set_new(o, key, json_string(v));
}

static void set_num(json_t *o, const char *key, const char *v)
{
	if (*v)
		json_object_set_new(o, key, num(v));
}

/* Rows N_GROUP, and at least every row a field of IN names. */
void innov_form_init(struct innov_form *f, const struct form *in, const char *more)
{
	char name[32];
	const char *v = form_get(in, "weighting");
	memset(f, 0, sizeof *f);
	f->pairwise = v && !strcmp(v, "pairwise");
	for (int g = 0; g < IG_COUNT; g++) {
		int n = 0;
		snprintf(name, sizeof name, "n_%s", group_id[g]);
		v = form_get(in, name);
		if (v)
			n = atoi(v);
		if (n <= 0)
			n = group_rows[g];
		f->rows[g] = n;
	}
	for (int i = 0; i < in->n; i++) {
		const char *fn = in->f[i].name;
		for (int g = 0; g < IG_COUNT; g++) {
			size_t l = strlen(group_id[g]);
			if (!strncmp(fn, group_id[g], l) && fn[l] == '_' && isdigit((unsigned char)fn[l + 1])) {
				char *end;
				long r = strtol(fn + l + 1, &end, 10);
				if (*end == '_' && r >= 0 && r < INNOV_FORM_MAX_ROWS && r >= f->rows[g])
					f->rows[g] = (int)r + 1;
				/* cand_R_score_C: criterion row C */
				if (g == IG_CAND && !strncmp(end, "_score_", 7)) {
					long c = strtol(end + 7, NULL, 10);
					if (c >= 0 && c < INNOV_FORM_MAX_ROWS && c >= f->rows[IG_CRIT])
						f->rows[IG_CRIT] = (int)c + 1;
				}
			}
		}
		if (!strncmp(fn, "pw_", 3)) {
			char *end;
			long a = strtol(fn + 3, &end, 10), b = *end == '_' ? strtol(end + 1, NULL, 10) : -1;
			long m = a > b ? a : b;
			if (m >= 0 && m < INNOV_FORM_MAX_ROWS && m >= f->rows[IG_CRIT])
				f->rows[IG_CRIT] = (int)m + 1;
		}
	}
	for (int g = 0; g < IG_COUNT; g++) {
		if (more && !strcmp(more, group_id[g]))
			f->rows[g] += INNOV_FORM_MORE;
		if (f->rows[g] > INNOV_FORM_MAX_ROWS)
			f->rows[g] = INNOV_FORM_MAX_ROWS;
	}
}

int innov_form_blank(const struct form *in, struct arena *a, enum innov_group g, int row,
		     int ncrit)
{
	static const char *const keys[IG_COUNT][4] = {
		{"factor", "weight", "rating", NULL}, {"factor", "weight", "rating", NULL},
		{"factor", "weight", "rating", NULL}, {"factor", "weight", "rating", NULL},
		{"period", "value", NULL}, {"name", "weight", "description", NULL},
		{"name", "description", NULL}};
	for (int k = 0; keys[g][k]; k++)
		if (*rval(in, a, g, row, keys[g][k]))
			return 0;
	if (g == IG_CAND)
		for (int c = 0; c < ncrit; c++)
			if (*rval(in, a, g, row, arena_printf(a, "score_%d", c)))
				return 0;
	return 1;
}

/* The non-blank rows of G, in F->map[G]. */
static void rows_of(struct innov_form *f, const struct form *in, struct arena *a, enum innov_group g)
{
	f->map[g] = arena_alloc(a, (size_t)(f->rows[g] + 1) * sizeof(int));
	f->nmap[g] = 0;
	for (int r = 0; r < f->rows[g]; r++)
		if (!innov_form_blank(in, a, g, r, f->rows[IG_CRIT]))
			f->map[g][f->nmap[g]++] = r;
}

static json_t *swot_group(struct innov_form *f, const struct form *in, struct arena *a,
			  enum innov_group g)
{
	json_t *arr = json_array();
	for (int i = 0; i < f->nmap[g]; i++) {
		int r = f->map[g][i];
		json_t *o = json_object();
		set_text(o, "factor", rval(in, a, g, r, "factor"));
		set_num(o, "weight", rval(in, a, g, r, "weight"));
		set_num(o, "rating", rval(in, a, g, r, "rating"));
		json_array_append_new(arr, o);
	}
	return arr;
}

/* The judgement S of I over J and its reciprocal for [J][I]: "1/3" -> 3,
 * 3 -> "1/3", 0.5 -> 2; text that is no judgement gives null. */
static json_t *reciprocal(const char *s, struct arena *a)
{
	const char *slash = strchr(s, '/');
	double x, y;
	if (!slash) {
		if (number(s, &x) || !(x > 0))
			return json_null();
		if (x == 1)
			return json_integer(1);
		if (x == floor(x) && x < 1e6)
			return json_string(arena_printf(a, "1/%.0f", x));
		return json_real(1 / x);
	}
	const char *num_s = arena_strndup(a, s, (size_t)(slash - s));
	if (number(num_s, &x) || number(slash + 1, &y) || !(x > 0) || !(y > 0))
		return json_null();
	if (x == 1 && y == floor(y) && y < 1e6)
		return json_integer((json_int_t)y);
	return json_string(arena_printf(a, "%s/%s", slash + 1, num_s));
}

static json_t *pairwise(struct innov_form *f, const struct form *in, struct arena *a)
{
	int n = f->nmap[IG_CRIT];
	json_t *m = json_array();
	json_t **rows = arena_alloc(a, (size_t)(n + 1) * sizeof *rows);
	for (int i = 0; i < n; i++) {
		rows[i] = json_array();
		json_array_append_new(m, rows[i]);
	}
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			int ri = f->map[IG_CRIT][i], rj = f->map[IG_CRIT][j];
			const char *v = val(in, a, arena_printf(a, "pw_%d_%d", i < j ? ri : rj,
								i < j ? rj : ri));
			json_t *x;
			if (i == j)
				x = json_integer(1);
			else if (!*v)
				x = json_null();
			else if (i < j)
				x = strchr(v, '/') ? json_string(v) : num(v);
			else
				x = reciprocal(v, a);
			json_array_append_new(rows[i], x);
		}
	return m;
}

json_t *innov_form_doc(struct innov_form *f, const struct form *in, struct arena *a,
		       const char *tin)
{
	json_t *doc = json_object(), *firm = json_object(), *caps = json_object(),
	       *swot = json_object(), *market = json_object(), *sales = json_array(),
	       *crit = json_array(), *cand = json_array();

	for (int g = 0; g < IG_COUNT; g++)
		rows_of(f, in, a, (enum innov_group)g);
	set_text(firm, "name", val(in, a, "name"));
	set_text(firm, "tin", tin ? tin : val(in, a, "tin"));
	set_text(firm, "region", val(in, a, "region"));
	set_text(firm, "zone", val(in, a, "zone"));
	set_text(firm, "sector", val(in, a, "sector"));
	for (int c = 0; c < CAP_COUNT; c++) {
		const char *id = innovation_capability_id((enum capability)c);
		set_num(caps, id, val(in, a, arena_printf(a, "cap_%s", id)));
	}
	json_object_set_new(firm, "capabilities", caps);
	json_object_set_new(doc, "firm", firm);
	for (int g = IG_STRENGTHS; g <= IG_THREATS; g++)
		json_object_set_new(swot, group_id[g], swot_group(f, in, a, (enum innov_group)g));
	json_object_set_new(doc, "swot", swot);

	set_text(market, "product", val(in, a, "product"));
	set_text(market, "imitation_type", val(in, a, "imitation_type"));
	for (int i = 0; i < f->nmap[IG_SALES]; i++) {
		int r = f->map[IG_SALES][i];
		json_t *o = json_object();
		set_text(o, "period", rval(in, a, IG_SALES, r, "period"));
		set_num(o, "value", rval(in, a, IG_SALES, r, "value"));
		json_array_append_new(sales, o);
	}
	json_object_set_new(market, "sales", sales);
	json_object_set_new(doc, "market", market);

	for (int i = 0; i < f->nmap[IG_CRIT]; i++) {
		int r = f->map[IG_CRIT][i];
		json_t *o = json_object();
		set_text(o, "name", rval(in, a, IG_CRIT, r, "name"));
		set_text(o, "direction", rval(in, a, IG_CRIT, r, "direction"));
		if (!f->pairwise)
			set_num(o, "weight", rval(in, a, IG_CRIT, r, "weight"));
		set_text(o, "description", rval(in, a, IG_CRIT, r, "description"));
		json_array_append_new(crit, o);
	}
	json_object_set_new(doc, "criteria", crit);
	if (f->pairwise)
		json_object_set_new(doc, "pairwise", pairwise(f, in, a));

	for (int i = 0; i < f->nmap[IG_CAND]; i++) {
		int r = f->map[IG_CAND][i];
		json_t *o = json_object(), *sc = json_object();
		set_text(o, "name", rval(in, a, IG_CAND, r, "name"));
		set_text(o, "property", rval(in, a, IG_CAND, r, "property"));
		set_text(o, "description", rval(in, a, IG_CAND, r, "description"));
		for (int k = 0; k < f->nmap[IG_CRIT]; k++) {
			int rc = f->map[IG_CRIT][k];
			const char *cn = rval(in, a, IG_CRIT, rc, "name");
			if (*cn)
				set_num(sc, cn, rval(in, a, IG_CAND, r, arena_printf(a, "score_%d", rc)));
		}
		json_object_set_new(o, "scores", sc);
		json_array_append_new(cand, o);
	}
	json_object_set_new(doc, "candidates", cand);
	return doc;
}

/* ---- from a JSON path to a field ---- */

/* P starts with PREFIX: the rest, else NULL. */
static const char *after(const char *p, const char *prefix)
{
	size_t n = strlen(prefix);
	return strncmp(p, prefix, n) ? NULL : p + n;
}

/* "[12]..." -> 12 and *REST; -1 when P is no index. */
static long index_of(const char *p, const char **rest)
{
	char *end;
	long i;
	if (*p != '[' || !isdigit((unsigned char)p[1]))
		return -1;
	i = strtol(p + 1, &end, 10);
	if (*end != ']')
		return -1;
	*rest = end + 1;
	return i;
}

/* The form row of JSON index I of G, or -1. */
static int row_of(const struct innov_form *f, enum innov_group g, long i)
{
	return i >= 0 && i < f->nmap[g] ? f->map[g][i] : -1;
}

/* "$.G[i].key" below a group: "G_ROW_key", "G_ROW" or "g_G". */
static const char *in_group(const struct innov_form *f, enum innov_group g, const char *p,
			    struct arena *a)
{
	const char *rest;
	long i = index_of(p, &rest);
	int r = row_of(f, g, i);
	if (r < 0)
		return arena_printf(a, "g_%s", group_id[g]);
	if (rest[0] == '.' && rest[1] && !strchr(rest + 1, '.') && !strchr(rest + 1, '['))
		return arena_printf(a, "%s_%d_%s", group_id[g], r, rest + 1);
	return arena_printf(a, "%s_%d", group_id[g], r);
}

/* The criterion row whose name is KEY (".name" or "[\"quoted\"]" as
 * io/jsonread writes path keys) in DOC; -1 when none. */
static int crit_by_key(const struct innov_form *f, json_t *doc, const char *key)
{
	json_t *crit = json_object_get(doc, "criteria");
	for (size_t k = 0; k < json_array_size(crit); k++) {
		const char *n = json_string_value(json_object_get(json_array_get(crit, k), "name"));
		char q[128];
		size_t ql;
		if (!n)
			continue;
		error_quote(q, sizeof q, n, strlen(n));
		ql = strlen(q);
		if ((key[0] == '.' && !strcmp(key + 1, n)) ||
		    (key[0] == '[' && !strncmp(key + 1, q, ql) && !strcmp(key + 1 + ql, "]")))
			return row_of(f, IG_CRIT, (long)k);
	}
	return -1;
}

static const char *candidate(const struct innov_form *f, json_t *doc, const char *p,
			     struct arena *a)
{
	const char *rest, *k;
	long i = index_of(p, &rest);
	int r = row_of(f, IG_CAND, i), c;
	if (r >= 0 && (k = after(rest, ".scores")) && *k &&
	    (c = crit_by_key(f, doc, k)) >= 0)
		return arena_printf(a, "cand_%d_score_%d", r, c);
	return in_group(f, IG_CAND, p, a);
}

static const char *pairwise_cell(const struct innov_form *f, const char *p, struct arena *a)
{
	const char *rest, *rest2;
	long i = index_of(p, &rest), j = i < 0 ? -1 : index_of(rest, &rest2);
	int ri = row_of(f, IG_CRIT, i), rj = row_of(f, IG_CRIT, j);
	if (ri < 0 || rj < 0 || ri == rj)
		return "g_pw";
	return arena_printf(a, "pw_%d_%d", ri < rj ? ri : rj, ri < rj ? rj : ri);
}

const char *innov_form_field(const struct innov_form *f, json_t *doc, const char *where,
			     const char *msg, struct arena *a)
{
	static const char *const firm_keys[] = {"name", "tin", "region", "zone", "sector", NULL};
	const char *p = where ? strstr(where, "$") : NULL, *q;
	const char *miss;
	if (!p)
		return NULL;
	/* "missing field \"weight\"" at $.x[1]: the field is $.x[1].weight;
	 * "missing criterion \"risk\"" at $.candidates[0].scores likewise */
	if (msg && ((miss = after(msg, "missing field \"")) || (miss = after(msg, "missing criterion \"")))) {
		const char *end = strchr(miss, '"');
		if (end) {
			char q2[128];
			const char *key = arena_strndup(a, miss, (size_t)(end - miss));
			if (after(msg, "missing criterion"))
				p = arena_printf(a, "%s[%s]", p, error_quote(q2, sizeof q2, key, strlen(key)));
			else
				p = arena_printf(a, "%s.%s", p, key);
		}
	}
	if ((q = after(p, "$.firm"))) {
		if (!*q)
			return "g_firm";
		if ((q = after(q, ".capabilities")))
			return *q == '.' ? arena_printf(a, "cap_%s", q + 1) : "g_caps";
		for (int k = 0; firm_keys[k]; k++)
			if (!strcmp(p, arena_printf(a, "$.firm.%s", firm_keys[k])))
				return firm_keys[k];
		return "g_firm";
	}
	if ((q = after(p, "$.swot"))) {
		for (int g = IG_STRENGTHS; *q == '.' && g <= IG_THREATS; g++) {
			const char *r = after(q + 1, group_id[g]);
			if (r && (!*r || *r == '['))
				return in_group(f, (enum innov_group)g, r, a);
		}
		return "g_swot";
	}
	if ((q = after(p, "$.market.sales")))
		return in_group(f, IG_SALES, q, a);
	if (!strcmp(p, "$.market.product") || !strcmp(p, "$.market.imitation_type"))
		return p + strlen("$.market.");
	if (after(p, "$.market"))
		return "g_market";
	if ((q = after(p, "$.criteria")))
		return in_group(f, IG_CRIT, q, a);
	if ((q = after(p, "$.pairwise")))
		return pairwise_cell(f, q, a);
	if ((q = after(p, "$.candidates")))
		return candidate(f, doc, q, a);
	return NULL;
}

/* ---- words ---- */

const char *innov_form_word(int lang, enum innov_word w, int k)
{
	static const enum ia_key key[] = {
		[IW_CAPABILITIES] = IA_CAPABILITIES, [IW_CAP] = IA_CAP_MASTERING, [IW_SWOT] = IA_SWOT,
		[IW_SWOT_GROUP] = IA_STRENGTHS, [IW_FACTOR] = IA_FACTOR, [IW_WEIGHT] = IA_WEIGHT,
		[IW_RATING] = IA_RATING, [IW_PRODUCT] = IA_PRODUCT, [IW_TYPE] = IA_TYPE_PRODUCT,
		[IW_CRITERION] = IA_CRITERION, [IW_DIRECTION] = IA_DIRECTION, [IW_DIR] = IA_DIR_BENEFIT,
		[IW_WEIGHTS] = IA_WEIGHTS, [IW_CANDIDATE] = IA_CANDIDATE, [IW_PROPERTY] = IA_PROPERTY,
		[IW_PROP] = IA_PROP_PUBLIC, [IW_SCORE] = IA_SCORE};
	static const int count[] = {[IW_CAP] = CAP_COUNT, [IW_SWOT_GROUP] = 4,
				    [IW_TYPE] = IMIT_TYPE_COUNT, [IW_DIR] = 2, [IW_PROP] = PROP_COUNT};
	int n = (size_t)w < sizeof count / sizeof *count && count[w] ? count[w] : 1;
	if (lang < 0 || lang >= LANG_COUNT || k < 0 || k >= n)
		return "";
	return ia_text((enum lang)lang, (enum ia_key)(key[w] + k));
}
