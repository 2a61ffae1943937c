/* scope.c - what each role may see and change, beyond the route table.
 *
 * The route table says which roles may call a route at all; here are the
 * row-level rules: a zone manager writes only rows of its zone, a firm
 * account only its own firm's values, and reads of firm-level data are
 * limited the same way.  Imports are checked in a pass over the upload
 * before import_csv() runs, so a file with one row outside the scope is
 * refused whole, with that row's file:line:column.  A stored assessment
 * belongs to the zone where the registry has its firm (by TIN) now.
 */
#include "web/web_int.h"
#include "base/csvread.h"
#include "io/import.h"
#include <string.h>

const char *web_scope_zone(const struct web_req *r)
{
	return r->user && !strcmp(r->user->role, "zone_manager") ? r->user->zone : NULL;
}

const char *web_scope_tin(const struct web_req *r)
{
	return r->user && !strcmp(r->user->role, "enterprise") ? r->user->enterprise : NULL;
}

static int column_of(struct csvr *rd, const char *name)
{
	for (size_t i = 0; i < csvr_nfields(rd); i++)
		if (!strcmp(csvr_field(rd, i, NULL), name))
			return (int)i;
	return -1;
}

/* Is the "entity" text E inside the scope? */
static int entity_in_scope(struct web_req *r, const char *e, const char *zone, const char *tin)
{
	long id, zid = 0;
	struct sb40_error err;
	if (tin)
		return !strncmp(e, "enterprise:", 11) && !strcmp(e + 11, tin);
	if (!strncmp(e, "zone:", 5))
		return !strcmp(e + 5, zone);
	if (!strncmp(e, "enterprise:", 11)) {
		if (store_enterprise_id(r->st, e + 11, &id, &zid, &err))
			return 0;
		return zid == r->user->zone_id;
	}
	return 0;
}

int web_scope_import(struct web_req *r, int kind, const char *name, const char *data,
		     size_t len, struct sb40_error *err)
{
	static const char *const zone_col[IMPORT_NKINDS] = {
		[IMPORT_ZONES] = "code", [IMPORT_ENTERPRISES] = "zone",
		[IMPORT_OBSERVATIONS] = "entity", [IMPORT_OBLIGATIONS] = "zone",
		[IMPORT_LOTS] = "zone",
	};
	const char *zone = web_scope_zone(r), *tin = web_scope_tin(r), *colname;
	struct csvr *rd = NULL;
	struct sb40_error tmp;
	char q[128];
	int col, rc = 0, more;

	if (!zone && !tin)
		return 0;
	if (tin && kind != IMPORT_OBSERVATIONS)
		return error_set(err, SB40_EAUTH, "a firm account may import only its own "
				 "observations, not %s", import_kind_name(kind));
	if (csvr_open_mem(name, data, len, &rd, &tmp))
		return 0; /* the import itself reports what is wrong with the file */
	colname = zone_col[kind];
	if (csvr_next(rd, &tmp) != 1)
		goto out;
	col = column_of(rd, colname);
	if (col < 0) {
		rc = error_setat(err, SB40_EAUTH, name, 1, 0, "your role needs the column \"%s\" "
				 "to show the rows are yours", colname);
		goto out;
	}
	while ((more = csvr_next(rd, &tmp)) == 1) {
		size_t n;
		const char *v = (size_t)col < csvr_nfields(rd) ? csvr_field(rd, (size_t)col, &n) : "";
		int ok = kind == IMPORT_OBSERVATIONS ? entity_in_scope(r, v, zone, tin)
						     : !strcmp(v, zone);
		if (!ok) {
			rc = error_setat(err, SB40_EAUTH, name, csvr_line(rd), col + 1,
					 "%s is outside your scope (%s)",
					 error_quote(q, sizeof q, v, strlen(v)),
					 tin ? tin : zone);
			goto out;
		}
	}
out:
	csvr_close(rd);
	return rc;
}

int web_scope_entity_or_respond(struct web_req *r, const char *entity)
{
	const char *tin = web_scope_tin(r), *zone = web_scope_zone(r);
	if (!zone && !tin)
		return 0;
	if (zone && strncmp(entity, "enterprise:", 11))
		return 0; /* zone managers read every zone-level value */
	if (entity_in_scope(r, entity, zone, tin))
		return 0;
	web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", "entity", "%s",
		 tin ? "a firm account may read only its own firm's values"
		     : "a zone manager may read only the firms of its zone");
	return -1;
}

struct tin_copy {
	char tin[64];
	int has;
};

static int copy_tin(void *ctx, const struct store_assessment *a)
{
	struct tin_copy *t = ctx;
	t->has = a->tin && *a->tin && strlen(a->tin) < sizeof t->tin;
	if (t->has)
		memcpy(t->tin, a->tin, strlen(a->tin) + 1);
	return 0;
}

int web_scope_assessment(struct web_req *r, long id, struct sb40_error *err)
{
	const char *zone = web_scope_zone(r);
	struct tin_copy t = {{0}, 0};
	long eid, zid = 0;
	int rc;
	if (!zone)
		return 0;
	rc = store_assessment_get(r->st, id, copy_tin, &t, err);
	if (!rc && t.has) {
		rc = store_enterprise_id(r->st, t.tin, &eid, &zid, err);
		if (!rc && zid > 0 && zid == r->user->zone_id)
			return 0;
	}
	if (rc && rc != SB40_ENOTFOUND)
		return rc;
	return error_set(err, SB40_ENOTFOUND, "no assessment %ld", id);
}
