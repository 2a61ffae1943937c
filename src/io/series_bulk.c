/* series_bulk.c - many stored series at once (see series.h,
 * series_store_many()).
 *
 * Why: the forecasting engine does thousands of series a second, so a
 * ministry analyst forecasts the enterprises of every zone, or every
 * indicator of every firm of a zone, in one command.  One query reads them
 * all (store/queries.h Q_FC_BULK, rows ordered by entity, indicator,
 * period, revision: the last revision of a period is its current value);
 * each (entity, indicator) pair becomes one series named
 * "KIND:KEY/INDICATOR" as series_read_store() names it, built by the same
 * builder (io/series_int.h), so gaps, --fill and the messages are those of a
 * single series.  The set is sorted by name (strcmp), so the order does not
 * depend on the database's collation.
 *
 * Ownership: arguments are borrowed; the set is the caller's (release it
 * with series_set_release()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "io/entity.h"
#include "io/series.h"
#include "io/series_int.h"
#include "store/queries.h"

static const char *const kinds[] = {"zone", "enterprise", "region", "country"};

/* What ENTITY asks for: *KIND (static) and *ZONE (a zone code inside
 * ENTITY, or NULL) for a wildcard; 0 one entity, 1 a wildcard, -1 bad. */
static int parse_entity(const char *entity, const char **kind, const char **zone, char *msg,
			size_t msgn)
{
	char q[96];
	const char *colon = strchr(entity, ':');
	*kind = NULL;
	*zone = NULL;
	if (!strchr(entity, '*'))
		return 0;
	error_quote(q, sizeof q, entity, strlen(entity));
	if (colon)
		for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
			if (strlen(kinds[i]) == (size_t)(colon - entity) &&
			    !strncmp(entity, kinds[i], (size_t)(colon - entity)))
				*kind = kinds[i];
	if (!*kind) {
		snprintf(msg, msgn, "--entity: unknown kind in %s (expected zone:*, enterprise:*, "
			 "region:* or country:*)", q);
		return -1;
	}
	if (!strcmp(colon + 1, "*"))
		return 1;
	if (!strcmp(*kind, "enterprise") && !strncmp(colon + 1, "*@zone:", 7) && colon[8] &&
	    !strchr(colon + 8, '*')) {
		*zone = colon + 8;
		return 1;
	}
	snprintf(msg, msgn, "--entity: a wildcard stands for every key of a kind: zone:*, "
		 "enterprise:*, region:*, country:* or enterprise:*@zone:CODE, got %s", q);
	return -1;
}

int series_store_many(const char *entity, const char *indicator, char *msg, size_t msgn)
{
	const char *kind, *zone;
	int many = parse_entity(entity, &kind, &zone, msg, msgn);
	if (many < 0)
		return -1;
	if (strchr(indicator, '*') && strcmp(indicator, "*")) {
		char q[96];
		snprintf(msg, msgn, "--indicator: expected an indicator code or *, got %s",
			 error_quote(q, sizeof q, indicator, strlen(indicator)));
		return -1;
	}
	return many || !strcmp(indicator, "*");
}

struct bulk_ctx {
	struct builder *b;
	struct acc *a;      /* the series of the previous row */
	const char *prefix; /* "KIND:KEY" of one entity, or NULL */
	const char *kind;
	struct buf name;
	struct buf period;  /* of the previous row */
	struct sb40_error *err;
	int rc;
};

static int bulk_row(void *vctx, int ncols, const char *const *vals)
{
	struct bulk_ctx *c = vctx;
	if (ncols < 4 || !vals[0] || !vals[1] || !vals[2] || !vals[3])
		return 0;
	buf_reset(&c->name);
	if (c->prefix)
		buf_addf(&c->name, "%s/%s", c->prefix, vals[1]);
	else
		buf_addf(&c->name, "%s:%s/%s", c->kind, vals[0], vals[1]);
	if (!c->a || strcmp(c->a->name, c->name.data)) {
		c->a = builder_series(c->b, c->name.data, c->name.len);
		if (!c->a)
			return c->rc = error_set(c->err, SB40_ENOMEM, "out of memory");
	} else if (c->a->n && !strcmp(c->period.data, vals[2])) {
		c->a->n--; /* a later revision of the same period replaces it */
	}
	buf_reset(&c->period);
	buf_adds(&c->period, vals[2]);
	c->rc = builder_add(c->b, c->a, vals[2], strlen(vals[2]), vals[3], strlen(vals[3]), 0, 0,
			    0, c->err);
	return c->rc;
}

static int by_name(const void *x, const void *y)
{
	return strcmp(((const struct series *)x)->name, ((const struct series *)y)->name);
}

/* The parameters of Q_FC_BULK: *KIND, the entity id (text in ID) or NULL,
 * the zone code or NULL; errors name the option. */
static int resolve(struct store *st, const char *entity, const char *indicator, const char **kind,
		   char *id, size_t idn, const char **zone, struct sb40_error *err)
{
	char msg[256], q[96];
	long n;
	int rc = parse_entity(entity, kind, zone, msg, sizeof msg);
	if (rc < 0)
		return error_set(err, SB40_EINVAL, "%s", msg);
	if (rc == 0) {
		rc = entity_resolve(st, entity, kind, &n, err);
		if (rc)
			return rc;
		snprintf(id, idn, "%ld", n);
	} else {
		*id = 0;
	}
	if (*zone) {
		rc = store_zone_id(st, *zone, &n, err);
		if (rc == SB40_ENOTFOUND)
			return error_set(err, SB40_ENOTFOUND, "--entity: unknown zone %s",
					 error_quote(q, sizeof q, *zone, strlen(*zone)));
		if (rc)
			return rc;
	}
	if (strcmp(indicator, "*")) {
		struct store_indicator ind;
		rc = store_indicator_get(st, indicator, &ind, err);
		if (rc == SB40_ENOTFOUND)
			return error_set(err, SB40_ENOTFOUND, "--indicator: no indicator %s in the "
					 "database", error_quote(q, sizeof q, indicator,
								 strlen(indicator)));
		if (rc)
			return rc;
	}
	return 0;
}

int series_read_store_many(struct store *st, const char *entity, const char *indicator,
			   enum series_fill fill, struct series_set *out, struct sb40_error *err)
{
	const char *kind, *zone;
	char id[32];
	int rc;
	memset(out, 0, sizeof *out);
	rc = resolve(st, entity, indicator, &kind, id, sizeof id, &zone, err);
	if (rc)
		return rc;
	struct builder b = {.file = "", .fill = fill}; /* the messages name the series */
	struct bulk_ctx c = {.b = &b, .prefix = strchr(entity, '*') ? NULL : entity,
			     .kind = kind, .err = err};
	const char *params[4] = {kind, *id ? id : NULL, strcmp(indicator, "*") ? indicator : NULL,
				 zone};
	hset_init(&b.names);
	buf_init(&c.name);
	buf_init(&c.period);
	rc = store_query(st, Q_FC_BULK, 4, params, bulk_row, &c, err);
	if (c.rc)
		rc = c.rc;
	if (!rc && b.n == 0)
		rc = error_set(err, SB40_EMISSING, "--entity %s --indicator %s: no values in the "
			       "database", entity, indicator);
	if (!rc)
		rc = builder_finish(&b, out, err);
	if (!rc)
		qsort(out->s, out->n, sizeof *out->s, by_name);
	buf_release(&c.name);
	buf_release(&c.period);
	builder_release(&b);
	return rc;
}
