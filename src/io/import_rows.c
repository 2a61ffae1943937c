/* import_rows.c - what a valid row of each import kind is.
 *
 * Every check names the field; the message says what was expected and
 * quotes what was found.  Lookups of regions and zones are cached per
 * import (they repeat on every row of a national registry).
 */
#include "io/import_int.h"
#include "base/parse.h"
#include "base/text.h"
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>

enum { Z_CODE, Z_NAME, Z_REGION, Z_DISTRICT, Z_KIND, Z_ESTABLISHED, Z_AREA, Z_PAREA, Z_SPEC };
enum { E_TIN, E_NAME, E_FORM, E_ACTIVITY, E_REGION, E_ZONE, E_REGISTERED, E_STATUS };
enum { O_ENTITY, O_INDICATOR, O_PERIOD, O_VALUE, O_SOURCE };
enum { B_ENTERPRISE, B_ZONE, B_KIND, B_AMOUNT, B_UNIT, B_DUE, B_ACCEPTED };
enum { L_ZONE, L_LOT, L_AREA, L_STATUS, L_AUCTION };

static const struct import_col zone_cols[] = {
	{"code", 1}, {"name", 1}, {"region", 1}, {"district", 0}, {"kind", 0},
	{"established", 0}, {"area_ha", 0}, {"production_area_m2", 0}, {"specialisation", 0},
	{NULL, 0},
};
static const struct import_col enterprise_cols[] = {
	{"tin", 1}, {"name", 1}, {"legal_form", 1}, {"activity_code", 0}, {"region", 1},
	{"zone", 0}, {"registered_on", 0}, {"status", 0}, {NULL, 0},
};
static const struct import_col observation_cols[] = {
	{"entity", 1}, {"indicator", 1}, {"period", 1}, {"value", 1}, {"source", 0}, {NULL, 0},
};
static const struct import_col obligation_cols[] = {
	{"enterprise", 1}, {"zone", 1}, {"kind", 1}, {"amount", 1}, {"unit", 1},
	{"due_date", 1}, {"accepted_on", 0}, {NULL, 0},
};
static const struct import_col lot_cols[] = {
	{"zone", 1}, {"lot", 1}, {"area_m2", 1}, {"status", 1}, {"auction_date", 0}, {NULL, 0},
};

const struct import_col *const import_columns[IMPORT_NKINDS] = {
	zone_cols, enterprise_cols, observation_cols, obligation_cols, lot_cols,
};

/* The value of spec column C, or NULL when the column is absent or empty. */
static const char *get(struct import_state *s, int c, size_t *len)
{
	const char *v;
	size_t n;
	if (s->col[c] < 0) {
		*len = 0;
		return NULL;
	}
	v = csvr_field(s->r, (size_t)s->col[c], &n);
	*len = n;
	return n ? v : NULL;
}

static int fail(struct import_state *s, int c, struct sb40_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int fail(struct import_state *s, int c, struct sb40_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vsetat(err, SB40_EINVAL, csvr_name(s->r), csvr_line(s->r),
		     c >= 0 ? s->col[c] + 1 : 0, fmt, ap);
	va_end(ap);
	return SB40_EINVAL;
}

/* A message already in ERR (from parse.c), placed at column C. */
static int placed(struct import_state *s, int c, struct sb40_error *err)
{
	error_place(err, csvr_name(s->r), csvr_line(s->r), c >= 0 ? s->col[c] + 1 : 0);
	return SB40_EINVAL;
}

static const char *quote(char *q, size_t n, const char *v, size_t len)
{
	return error_quote(q, n, v ? v : "", v ? len : 0);
}

/* A required text of at most MAX characters. */
static int text(struct import_state *s, int c, size_t max, int required, const char **out,
		struct sb40_error *err)
{
	size_t len;
	const char *v = get(s, c, &len);
	*out = v;
	if (!v) {
		if (required)
			return fail(s, c, err, "missing value for \"%s\"",
				    import_columns[s->kind][c].name);
		return 0;
	}
	if (utf8_count(v, len) > max)
		return fail(s, c, err, "\"%s\" is longer than %zu characters",
			    import_columns[s->kind][c].name, max);
	return 0;
}

static int number(struct import_state *s, int c, int required, double *out,
		  struct sb40_error *err)
{
	size_t len;
	const char *v = get(s, c, &len);
	*out = NAN;
	if (!v)
		return required ? fail(s, c, err, "missing value for \"%s\"",
				       import_columns[s->kind][c].name) : 0;
	if (parse_double_e(v, len, out, err))
		return placed(s, c, err);
	return 0;
}

static int positive(struct import_state *s, int c, int required, const char *what, double *out,
		    struct sb40_error *err)
{
	char q[64];
	size_t len;
	int rc = number(s, c, required, out, err);
	if (rc || isnan(*out) || *out > 0)
		return rc;
	const char *v = get(s, c, &len);
	quote(q, sizeof q, v, len);
	/* whole formats, one per WHAT, so that each translates */
	if (!strcmp(what, "amount"))
		return fail(s, c, err, "expected a positive amount, got %s", q);
	return fail(s, c, err, "expected a positive area, got %s", q);
}

/* A date; NOT_FUTURE rejects dates after today. */
static int date(struct import_state *s, int c, int required, int not_future, const char **out,
		long *days, struct sb40_error *err)
{
	size_t len;
	const char *v = get(s, c, &len);
	*out = v;
	if (!v)
		return required ? fail(s, c, err, "missing value for \"%s\"",
				       import_columns[s->kind][c].name) : 0;
	if (parse_date_e(v, len, days, err))
		return placed(s, c, err);
	if (not_future && *days > s->today)
		return fail(s, c, err, "\"%s\" %s is in the future",
			    import_columns[s->kind][c].name, v);
	return 0;
}

/* One of the NULL-terminated WORDS; DEF when empty. */
static int choice(struct import_state *s, int c, const char *const *words, const char *def,
		  const char **out, struct sb40_error *err)
{
	char q[64], list[200];
	size_t len, o = 0;
	const char *v = get(s, c, &len);
	if (!v) {
		*out = def;
		if (!def)
			return fail(s, c, err, "missing value for \"%s\"",
				    import_columns[s->kind][c].name);
		return 0;
	}
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == len && !memcmp(words[i], v, len)) {
			*out = words[i];
			return 0;
		}
	for (int i = 0; words[i]; i++)
		o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", words[i]);
	return fail(s, c, err, "expected one of %s, got %s", list, quote(q, sizeof q, v, len));
}

static int code(struct import_state *s, int c, const char *what, const char **out,
		struct sb40_error *err)
{
	char q[64];
	size_t len;
	int rc = text(s, c, 32, 1, out, err);
	if (rc)
		return rc;
	get(s, c, &len);
	for (size_t i = 0; i < len; i++) {
		char ch = (*out)[i];
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
		      (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.'))
			return fail(s, c, err, "invalid %s %s (letters, digits, '-', '_' and '.' only)",
				    what, quote(q, sizeof q, *out, len));
	}
	return 0;
}

typedef int (*lookup_fn)(struct store *st, const char *key, long *id, struct sb40_error *err);

/* A lookup through CACHE; 0 found, else an error "unknown WHAT "KEY"". */
static int cached(struct import_state *s, int c, struct hset *cache, lookup_fn fn,
		  const char *what, const char *key, long *id, struct sb40_error *err)
{
	char q[256];
	size_t len = strlen(key);
	int rc;
	if ((*id = hset_get(cache, key, len)))
		return 0;
	rc = fn(s->st, key, id, err);
	if (rc == SB40_ENOTFOUND) {
		quote(q, sizeof q, key, len);
		/* whole formats per WHAT, so that each translates */
		if (!strcmp(what, "zone"))
			return fail(s, c, err, "unknown zone %s", q);
		return fail(s, c, err, "unknown region %s", q);
	}
	if (rc)
		return rc;
	hset_add(cache, key, len, *id);
	return 0;
}

static int region(struct import_state *s, int c, const char *name, long *id,
		  struct sb40_error *err)
{
	return cached(s, c, &s->regions, store_region_id, "region", name, id, err);
}

static int zone(struct import_state *s, int c, const char *code, long *id,
		struct sb40_error *err)
{
	return cached(s, c, &s->zones, store_zone_id, "zone", code, id, err);
}

static int tin(struct import_state *s, int c, const char **out, struct sb40_error *err)
{
	char q[64];
	size_t len;
	const char *v = get(s, c, &len);
	*out = v;
	if (!v)
		return fail(s, c, err, "missing value for \"%s\"", import_columns[s->kind][c].name);
	if (len != 9 || v[0] == '0' || strspn(v, "0123456789") != 9)
		return fail(s, c, err, "expected a 9-digit taxpayer number, got %s",
			    quote(q, sizeof q, v, len));
	return 0;
}

/* The line KEY (a row's identity) was first seen on, 0 when it is new (and
 * now recorded with this line). */
static long seen_before(struct import_state *s, const char *key)
{
	return hset_add(&s->seen, key, strlen(key), csvr_line(s->r));
}

static int duplicate(struct import_state *s, int c, const char *key, size_t len,
		     const char *what, struct sb40_error *err)
{
	char q[128];
	long first = hset_add(&s->seen, key, len, csvr_line(s->r));
	if (!first)
		return 0;
	return fail(s, c, err, "duplicate %s %s (first on line %ld)", what,
		    quote(q, sizeof q, key, strlen(key) < len ? strlen(key) : len), first);
}

static int zone_row(struct import_state *s, enum store_put *res, struct sb40_error *err)
{
	static const char *const kinds[] = {"small-industrial", "youth-industrial",
					    "entrepreneurship", NULL};
	struct store_zone z = {0};
	const char *regname;
	size_t len;
	const char *v;
	int rc;

	if ((rc = code(s, Z_CODE, "zone code", &z.code, err)) ||
	    (rc = duplicate(s, Z_CODE, z.code, strlen(z.code), "zone code", err)) ||
	    (rc = text(s, Z_NAME, 200, 1, &z.name, err)) ||
	    (rc = text(s, Z_REGION, 100, 1, &regname, err)) ||
	    (rc = region(s, Z_REGION, regname, &z.region_id, err)) ||
	    (rc = text(s, Z_DISTRICT, 100, 0, &z.district, err)) ||
	    (rc = choice(s, Z_KIND, kinds, "small-industrial", &z.kind, err)) ||
	    (rc = text(s, Z_SPEC, 500, 0, &z.specialisation, err)))
		return rc;
	if ((v = get(s, Z_ESTABLISHED, &len))) {
		int y, m, d;
		date_to_ymd(s->today, &y, &m, &d);
		if (parse_long_e(v, len, 1991, y, &z.established, err))
			return placed(s, Z_ESTABLISHED, err);
	}
	if ((rc = positive(s, Z_AREA, 0, "area", &z.area_ha, err)) ||
	    (rc = number(s, Z_PAREA, 0, &z.production_area_m2, err)))
		return rc;
	if (z.area_ha > 100000)
		return fail(s, Z_AREA, err, "area %g ha is implausible for a zone (at most 100000)",
			    z.area_ha);
	if (z.production_area_m2 < 0)
		return fail(s, Z_PAREA, err, "expected a production area of 0 or more, got %g",
			    z.production_area_m2);
	if (!isnan(z.area_ha) && z.production_area_m2 > z.area_ha * 10000 * (1 + 1e-9))
		return fail(s, Z_PAREA, err, "production area %g m2 is larger than the zone's "
			    "area %g ha (%g m2)", z.production_area_m2, z.area_ha, z.area_ha * 10000);
	if (!s->writing)
		return 0;
	return store_zone_put(s->st, &z, s->opt->actor, res, err);
}

static int enterprise_row(struct import_state *s, enum store_put *res, struct sb40_error *err)
{
	static const char *const statuses[] = {"active", "suspended", "liquidated", NULL};
	struct store_enterprise e = {0};
	const char *regname, *zcode;
	char q[64];
	size_t len;
	long days;
	int rc;

	if ((rc = tin(s, E_TIN, &e.tin, err)) ||
	    (rc = duplicate(s, E_TIN, e.tin, 9, "taxpayer number", err)) ||
	    (rc = text(s, E_NAME, 300, 1, &e.name, err)) ||
	    (rc = text(s, E_FORM, 100, 1, &e.legal_form, err)) ||
	    (rc = text(s, E_ACTIVITY, 10, 0, &e.activity_code, err)))
		return rc;
	if (e.activity_code && strspn(e.activity_code, "0123456789.") != strlen(e.activity_code))
		return fail(s, E_ACTIVITY, err, "expected an activity code of digits and dots "
			    "(OKED, e.g. 25.11), got %s",
			    quote(q, sizeof q, e.activity_code, strlen(e.activity_code)));
	if ((rc = text(s, E_REGION, 100, 1, &regname, err)) ||
	    (rc = region(s, E_REGION, regname, &e.region_id, err)) ||
	    (rc = text(s, E_ZONE, 32, 0, &zcode, err)))
		return rc;
	if (zcode && (rc = zone(s, E_ZONE, zcode, &e.zone_id, err)))
		return rc;
	if ((rc = date(s, E_REGISTERED, 0, 1, &e.registered_on, &days, err)) ||
	    (rc = choice(s, E_STATUS, statuses, "active", &e.status, err)))
		return rc;
	(void)len;
	if (!s->writing)
		return 0;
	return store_enterprise_put(s->st, &e, s->opt->actor, res, err);
}

/* entity "zone:CODE", "enterprise:TIN", "region:NAME" or "country:UZ". */
static int entity(struct import_state *s, struct store_obs *o, struct sb40_error *err)
{
	char q[128];
	size_t len;
	const char *v = get(s, O_ENTITY, &len), *colon;
	int rc = 0;
	if (!v)
		return fail(s, O_ENTITY, err, "missing value for \"entity\"");
	colon = memchr(v, ':', len);
	if (!colon || colon == v || colon == v + len - 1)
		return fail(s, O_ENTITY, err, "expected an entity zone:CODE, enterprise:TIN, "
			    "region:NAME or country:UZ, got %s", quote(q, sizeof q, v, len));
	if (!strncmp(v, "zone:", 5)) {
		o->entity_kind = "zone";
		rc = zone(s, O_ENTITY, colon + 1, &o->entity_id, err);
	} else if (!strncmp(v, "enterprise:", 11)) {
		long zid;
		o->entity_kind = "enterprise";
		rc = store_enterprise_id(s->st, colon + 1, &o->entity_id, &zid, err);
		if (rc == SB40_ENOTFOUND)
			return fail(s, O_ENTITY, err, "unknown enterprise %s",
				    quote(q, sizeof q, colon + 1, strlen(colon + 1)));
	} else if (!strncmp(v, "region:", 7)) {
		o->entity_kind = "region";
		rc = region(s, O_ENTITY, colon + 1, &o->entity_id, err);
	} else if (!strcmp(v, "country:UZ")) {
		o->entity_kind = "country";
		o->entity_id = 0;
	} else {
		return fail(s, O_ENTITY, err, "expected an entity zone:CODE, enterprise:TIN, "
			    "region:NAME or country:UZ, got %s", quote(q, sizeof q, v, len));
	}
	return rc;
}

static int observation_row(struct import_state *s, enum store_put *res, struct sb40_error *err)
{
	struct store_obs o = {0};
	struct store_indicator ind;
	struct period p;
	const char *icode;
	char q[64], key[64];
	size_t len;
	long first;
	int rc;

	if ((rc = entity(s, &o, err)) || (rc = text(s, O_INDICATOR, 48, 1, &icode, err)))
		return rc;
	rc = store_indicator_get(s->st, icode, &ind, err);
	if (rc == SB40_ENOTFOUND)
		return fail(s, O_INDICATOR, err, "unknown indicator %s",
			    quote(q, sizeof q, icode, strlen(icode)));
	if (rc)
		return rc;
	if (ind.derived)
		return fail(s, O_INDICATOR, err, "indicator \"%s\" is derived: sb40 computes it "
			    "from other values, it cannot be imported", icode);
	o.indicator_id = ind.id;
	o.period = get(s, O_PERIOD, &len);
	if (!o.period)
		return fail(s, O_PERIOD, err, "missing value for \"period\"");
	if (parse_period_e(o.period, len, 0, &p, err))
		return placed(s, O_PERIOD, err);
	if ((rc = number(s, O_VALUE, 1, &o.value, err)))
		return rc;
	if (!isnan(ind.min) && o.value < ind.min)
		return fail(s, O_VALUE, err, "\"%s\" must be at least %g%s%s, got %g", icode,
			    ind.min, strcmp(ind.unit, "%") ? " " : "", ind.unit, o.value);
	if (!isnan(ind.max) && o.value > ind.max)
		return fail(s, O_VALUE, err, "\"%s\" must be at most %g%s%s, got %g", icode,
			    ind.max, strcmp(ind.unit, "%") ? " " : "", ind.unit, o.value);
	if (ind.integer_valued && o.value != floor(o.value))
		return fail(s, O_VALUE, err, "\"%s\" is a count: expected a whole number, got %g",
			    icode, o.value);
	if ((rc = text(s, O_SOURCE, 300, 0, &o.source, err)))
		return rc;
	/* the exact identity: kind, id, indicator, period */
	snprintf(key, sizeof key, "%c%ld/%ld/%s", o.entity_kind[0], o.entity_id, o.indicator_id,
		 o.period);
	if ((first = seen_before(s, key))) {
		size_t el;
		const char *ev = get(s, O_ENTITY, &el);
		return fail(s, O_ENTITY, err, "duplicate value for %.*s, %s, %s (first on line %ld)",
			    (int)el, ev, icode, o.period, first);
	}
	if (!s->writing)
		return 0;
	return store_observation_put(s->st, &o, s->opt->actor, res, err);
}

static int obligation_row(struct import_state *s, enum store_put *res, struct sb40_error *err)
{
	static const char *const kinds[] = {"investment", "jobs", "export", NULL};
	struct store_obligation o = {0};
	const char *etin, *zcode;
	char q[64], zq[64], key[128];
	long due, acc, ezone, first;
	int rc;

	if ((rc = tin(s, B_ENTERPRISE, &etin, err)))
		return rc;
	rc = store_enterprise_id(s->st, etin, &o.enterprise_id, &ezone, err);
	if (rc == SB40_ENOTFOUND)
		return fail(s, B_ENTERPRISE, err, "unknown enterprise %s",
			    quote(q, sizeof q, etin, strlen(etin)));
	if (rc || (rc = text(s, B_ZONE, 32, 1, &zcode, err)) ||
	    (rc = zone(s, B_ZONE, zcode, &o.zone_id, err)))
		return rc;
	if (ezone && ezone != o.zone_id)
		return fail(s, B_ZONE, err, "enterprise %s is registered in another zone than %s",
			    quote(q, sizeof q, etin, strlen(etin)),
			    quote(zq, sizeof zq, zcode, strlen(zcode)));
	if ((rc = choice(s, B_KIND, kinds, NULL, &o.kind, err)) ||
	    (rc = positive(s, B_AMOUNT, 1, "amount", &o.amount, err)) ||
	    (rc = text(s, B_UNIT, 32, 1, &o.unit, err)) ||
	    (rc = date(s, B_DUE, 1, 0, &o.due_date, &due, err)) ||
	    (rc = date(s, B_ACCEPTED, 0, 1, &o.accepted_on, &acc, err)))
		return rc;
	if (!strcmp(o.kind, "jobs") && o.amount != floor(o.amount))
		return fail(s, B_AMOUNT, err, "a jobs obligation is a count: expected a whole "
			    "number, got %g", o.amount);
	snprintf(key, sizeof key, "%ld/%ld/%s/%s", o.enterprise_id, o.zone_id, o.kind, o.due_date);
	if ((first = seen_before(s, key)))
		return fail(s, B_ENTERPRISE, err, "duplicate %s obligation of %s due %s "
			    "(first on line %ld)", o.kind, quote(q, sizeof q, etin, strlen(etin)),
			    o.due_date, first);
	if (!s->writing)
		return 0;
	return store_obligation_put(s->st, &o, s->opt->actor, res, err);
}

static int lot_row(struct import_state *s, enum store_put *res, struct sb40_error *err)
{
	static const char *const statuses[] = {"vacant", "auction", "leased", NULL};
	struct store_lot l = {0};
	const char *zcode;
	char key[128], q[64];
	long days, first;
	int rc;

	if ((rc = text(s, L_ZONE, 32, 1, &zcode, err)) ||
	    (rc = zone(s, L_ZONE, zcode, &l.zone_id, err)) ||
	    (rc = code(s, L_LOT, "lot number", &l.lot, err)) ||
	    (rc = positive(s, L_AREA, 1, "area", &l.area_m2, err)) ||
	    (rc = choice(s, L_STATUS, statuses, NULL, &l.status, err)) ||
	    (rc = date(s, L_AUCTION, 0, 0, &l.auction_date, &days, err)))
		return rc;
	if (!strcmp(l.status, "auction") && !l.auction_date)
		return fail(s, L_AUCTION, err, "a lot with status \"auction\" needs an auction_date");
	snprintf(key, sizeof key, "%ld/%s", l.zone_id, l.lot);
	if ((first = seen_before(s, key)))
		return fail(s, L_LOT, err, "duplicate lot %s in zone %s (first on line %ld)",
			    quote(q, sizeof q, l.lot, strlen(l.lot)), zcode, first);
	if (!s->writing)
		return 0;
	return store_lot_put(s->st, &l, s->opt->actor, res, err);
}

int import_row(struct import_state *s, enum store_put *res, struct sb40_error *err)
{
	size_t nf = csvr_nfields(s->r);
	if (!s->today) {
		time_t t = time(NULL);
		s->today = (long)(t / 86400);
	}
	if (nf != s->nheader)
		return error_setat(err, SB40_EINVAL, csvr_name(s->r), csvr_line(s->r), 0,
				   "expected %zu fields as in the header, found %zu", s->nheader, nf);
	switch (s->kind) {
	case IMPORT_ZONES:
		return zone_row(s, res, err);
	case IMPORT_ENTERPRISES:
		return enterprise_row(s, res, err);
	case IMPORT_OBSERVATIONS:
		return observation_row(s, res, err);
	case IMPORT_OBLIGATIONS:
		return obligation_row(s, res, err);
	default:
		return lot_row(s, res, err);
	}
}
