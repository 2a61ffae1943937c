/* pg_bulk.c - imports into PostgreSQL through COPY (store_bulk_begin/end).
 *
 * Why: a row-at-a-time put costs a network round trip or three; a national
 * registry of a million firms would take minutes.  While a bulk load is on,
 * the import's validated rows are appended as COPY text to a buffer and
 * sent in 256 kB pieces through a COPY that stays open, so that the server
 * stores rows while sb40 validates the next ones (two processes, two
 * cores).  Any other statement on the connection (a lookup the import
 * needs) first ends the open COPY (pg_bulk_pause); the next piece opens a
 * new one.  The put rules are applied to all rows at store_bulk_end(),
 * inside the import's transaction:
 *
 *   DIRECT  the target table was empty: COPY into it (every row is added);
 *   STAGE   otherwise: COPY into a temporary table, then one UPDATE of the
 *           rows that differ (with their audit lines, in file order), one
 *           INSERT of the new keys (enterprises); for observations one
 *           INSERT of a new revision where the value differs (the
 *           store_same_value rule, in SQL).
 *
 * The import rejects duplicate keys within a file before they get here, so
 * a staged key is unique.  A failure anywhere fails the import, which rolls
 * the transaction back: nothing of a failed bulk load remains.
 */
#include "store/pg_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLUSH_AT (1u << 18)

void pg_bulk_reset(struct pg_store *s)
{
	PGresult *r;
	if (s->copy_open) {
		PQputCopyEnd(s->c, "rolled back");
		while ((r = PQgetResult(s->c)))
			PQclear(r);
		s->copy_open = 0;
	}
	s->bulk = PG_BULK_OFF;
	s->bulk_rows = 0;
	buf_reset(&s->copy);
}

/* One COPY text field: \N for NULL, backslash escapes for the rest. */
static void field(struct buf *b, const char *v, int last)
{
	if (!v) {
		buf_add(b, "\\N", 2);
	} else {
		for (const char *p = v; *p; p++) {
			switch (*p) {
			case '\\': buf_add(b, "\\\\", 2); break;
			case '\t': buf_add(b, "\\t", 2); break;
			case '\n': buf_add(b, "\\n", 2); break;
			case '\r': buf_add(b, "\\r", 2); break;
			default: buf_addc(b, *p);
			}
		}
	}
	buf_addc(b, last ? '\n' : '\t');
}

static void field_long(struct buf *b, long v, int null_if_zero)
{
	if (null_if_zero && !v)
		buf_add(b, "\\N\t", 3);
	else
		buf_addf(b, "%ld\t", v);
}

static const char *target(const struct pg_store *s)
{
	if (s->bulk_table == STORE_BULK_ENTERPRISES)
		return s->bulk == PG_BULK_DIRECT ? "enterprise (tin, name, legal_form, activity_code, "
			"region_id, zone_id, registered_on, status)" : "sb40_stage";
	return s->bulk == PG_BULK_DIRECT ? "observation (revision, recorded_at, recorded_by, "
		"entity_kind, entity_id, indicator_id, period, value, source)" : "sb40_stage";
}

/* Send the buffered rows into the open COPY (opening one when none is). */
static int flush(struct pg_store *s, struct sb40_error *err)
{
	char sql[300];
	PGresult *r;
	int rc;
	if (!s->copy.len)
		return 0;
	if (!s->copy_open) {
		snprintf(sql, sizeof sql, "COPY %s FROM STDIN", target(s));
		r = PQexec(s->c, sql);
		if (PQresultStatus(r) != PGRES_COPY_IN) {
			rc = pg_error(s, r, err, "copy");
			PQclear(r);
			return rc;
		}
		PQclear(r);
		s->copy_open = 1;
	}
	rc = PQputCopyData(s->c, s->copy.data, (int)s->copy.len) == 1 ? 0
		: pg_error(s, NULL, err, "copy");
	buf_reset(&s->copy);
	return rc;
}

int pg_bulk_pause(struct pg_store *s, struct sb40_error *err)
{
	PGresult *r;
	int rc = 0;
	if (!s->copy_open)
		return 0;
	s->copy_open = 0;
	if (PQputCopyEnd(s->c, NULL) != 1)
		rc = pg_error(s, NULL, err, "copy");
	while ((r = PQgetResult(s->c))) {
		if (!rc && PQresultStatus(r) != PGRES_COMMAND_OK)
			rc = pg_error(s, r, err, "copy");
		PQclear(r);
	}
	return rc;
}

static int row_done(struct pg_store *s, struct sb40_error *err)
{
	s->bulk_rows++;
	return s->copy.len >= FLUSH_AT ? flush(s, err) : 0;
}

int pg_bulk_enterprise(struct pg_store *s, const struct store_enterprise *e,
		       struct sb40_error *err)
{
	struct buf *b = &s->copy;
	if (s->bulk_table != STORE_BULK_ENTERPRISES)
		return error_set(err, SB40_EDB, "an enterprise in another table's bulk load");
	if (s->bulk == PG_BULK_STAGE)
		buf_addf(b, "%ld\t", s->bulk_rows);
	field(b, e->tin, 0);
	field(b, e->name, 0);
	field(b, e->legal_form, 0);
	field(b, e->activity_code, 0);
	field_long(b, e->region_id, 0);
	field_long(b, e->zone_id, 1);
	field(b, e->registered_on, 0);
	field(b, e->status, 1);
	return row_done(s, err);
}

int pg_bulk_observation(struct pg_store *s, const struct store_obs *o, struct sb40_error *err)
{
	struct buf *b = &s->copy;
	if (s->bulk_table != STORE_BULK_OBSERVATIONS)
		return error_set(err, SB40_EDB, "an observation in another table's bulk load");
	if (s->bulk == PG_BULK_STAGE) {
		buf_addf(b, "%ld\t", s->bulk_rows);
	} else {
		buf_add(b, "1\t", 2);
		field(b, s->bulk_now, 0);
		field(b, s->bulk_actor, 0);
	}
	field(b, o->entity_kind, 0);
	field_long(b, o->entity_id, 0);
	field_long(b, o->indicator_id, 0);
	field(b, o->period, 0);
	buf_addf(b, "%.17g\t", o->value);
	field(b, o->source, 1);
	return row_done(s, err);
}

int pg_bulk_begin(struct store *st, int table, const char *actor, struct sb40_error *err)
{
	struct pg_store *s = (struct pg_store *)st;
	const char *t = table == STORE_BULK_ENTERPRISES ? "enterprise" : "observation";
	char sql[400];
	PGresult *r;
	int empty;
	pg_bulk_reset(s);
	/* room to keep the rows a COPY adds (the tally trigger's transition
	 * table) and their grouping in memory, for this transaction only */
	if (pg_exec(s, "SET LOCAL work_mem = '64MB'", err))
		return err->code;
	snprintf(sql, sizeof sql, "SELECT NOT EXISTS (SELECT 1 FROM %s)", t);
	if (!(r = pg_sql(s, sql, NULL, err)))
		return err->code;
	empty = !strcmp(PQgetvalue(r, 0, 0), "t");
	PQclear(r);
	s->bulk_table = table;
	store_now(s->bulk_now);
	snprintf(s->bulk_actor, sizeof s->bulk_actor, "%s", actor ? actor : "");
	if (empty) {
		s->bulk = PG_BULK_DIRECT;
		return 0;
	}
	if (table == STORE_BULK_ENTERPRISES)
		snprintf(sql, sizeof sql, "CREATE TEMP TABLE sb40_stage (seq BIGINT, tin TEXT, "
			 "name TEXT, legal_form TEXT, activity_code TEXT, region_id BIGINT, "
			 "zone_id BIGINT, registered_on TEXT, status TEXT) ON COMMIT DROP");
	else
		snprintf(sql, sizeof sql, "CREATE TEMP TABLE sb40_stage (seq BIGINT, entity_kind "
			 "TEXT, entity_id BIGINT, indicator_id BIGINT, period TEXT, value DOUBLE "
			 "PRECISION, source TEXT) ON COMMIT DROP");
	if (pg_exec(s, "DROP TABLE IF EXISTS pg_temp.sb40_stage", err) || pg_exec(s, sql, err))
		return err->code;
	s->bulk = PG_BULK_STAGE;
	return 0;
}

#define DIFFERS "(s.name, s.legal_form, s.activity_code, s.region_id, s.zone_id, " \
	"s.registered_on, s.status) IS DISTINCT FROM (e.name, e.legal_form, e.activity_code, " \
	"e.region_id, e.zone_id, e.registered_on, e.status)"

/* The audit lines of the staged firms that differ from the stored ones. */
static int audit_changes(struct pg_store *s, long *changed, struct sb40_error *err)
{
	static const char sql[] =
		"SELECT s.tin, s.name, s.legal_form, s.activity_code, s.region_id, s.zone_id, "
		"s.registered_on, s.status, e.name, e.legal_form, e.activity_code, e.region_id, "
		"e.zone_id, e.registered_on, e.status FROM sb40_stage s JOIN enterprise e ON "
		"e.tin = s.tin WHERE " DIFFERS " ORDER BY s.seq";
	PGresult *r = pg_sql(s, sql, NULL, err);
	int rc = 0;
	if (!r)
		return err->code;
	*changed = PQntuples(r);
	for (int i = 0; i < PQntuples(r) && !rc; i++) {
		struct store_enterprise v[2];
		struct rowval rv[2][16];
		char entity[128], *json[2];
		for (int k = 0; k < 2; k++) {
			int o = k ? 8 : 1; /* old values from column 8 on */
			v[k].tin = pg_str(r, i, 0);
			v[k].name = pg_str(r, i, o);
			v[k].legal_form = pg_str(r, i, o + 1);
			v[k].activity_code = pg_str(r, i, o + 2);
			v[k].region_id = pg_long(r, i, o + 3);
			v[k].zone_id = pg_long(r, i, o + 4);
			v[k].registered_on = pg_str(r, i, o + 5);
			v[k].status = pg_str(r, i, o + 6);
			rowput_enterprise(&v[k], rv[k], entity);
			json[k] = rowput_json(rv[k], 0, 8);
		}
		rc = pg_audit_add(&s->base, s->bulk_actor, "update", entity, json[1], json[0], err);
		free(json[0]);
		free(json[1]);
	}
	PQclear(r);
	return rc;
}

static int merge_enterprises(struct pg_store *s, long *added, long *changed,
			     struct sb40_error *err)
{
	PGresult *r;
	if (pg_exec(s, "ANALYZE sb40_stage", err) || audit_changes(s, changed, err))
		return err->code;
	if (*changed && pg_exec(s, "UPDATE enterprise e SET name = s.name, legal_form = "
				"s.legal_form, activity_code = s.activity_code, region_id = "
				"s.region_id, zone_id = s.zone_id, registered_on = s.registered_on, "
				"status = s.status FROM sb40_stage s WHERE e.tin = s.tin AND "
				DIFFERS, err))
		return err->code;
	r = pg_sql(s, "INSERT INTO enterprise (tin, name, legal_form, activity_code, region_id, "
		   "zone_id, registered_on, status) SELECT tin, name, legal_form, activity_code, "
		   "region_id, zone_id, registered_on, status FROM sb40_stage ORDER BY seq "
		   "ON CONFLICT (tin) DO NOTHING", NULL, err);
	if (!r)
		return err->code;
	*added = pg_changes(r);
	PQclear(r);
	return 0;
}

static int merge_observations(struct pg_store *s, long *added, long *changed,
			      struct sb40_error *err)
{
	static const char sql[] =
		"WITH cur AS (SELECT s.*, o.revision AS rev, o.value AS old FROM sb40_stage s "
		"LEFT JOIN LATERAL (SELECT p.revision, p.value FROM observation p WHERE "
		"p.entity_kind = s.entity_kind AND p.entity_id = s.entity_id AND p.indicator_id = "
		"s.indicator_id AND p.period = s.period ORDER BY p.revision DESC LIMIT 1) o ON true), "
		"ins AS (INSERT INTO observation (entity_kind, entity_id, indicator_id, period, "
		"revision, value, source, recorded_at, recorded_by) SELECT entity_kind, entity_id, "
		"indicator_id, period, coalesce(rev, 0) + 1, value, source, $1, $2 FROM cur WHERE "
		"rev IS NULL OR NOT (value = old OR abs(value - old) <= 1e-12 * "
		"greatest(abs(value), abs(old))) ORDER BY seq RETURNING revision) "
		"SELECT count(*) FILTER (WHERE revision = 1), count(*) FILTER (WHERE revision > 1) "
		"FROM ins";
	struct pg_params p = {0};
	PGresult *r;
	pgp_text(&p, s->bulk_now);
	pgp_text(&p, s->bulk_actor);
	if (pg_exec(s, "ANALYZE sb40_stage", err) || !(r = pg_sql(s, sql, &p, err)))
		return err->code;
	*added = pg_long(r, 0, 0);
	*changed = pg_long(r, 0, 1);
	PQclear(r);
	return 0;
}

int pg_bulk_end(struct store *st, long *added, long *changed, long *unchanged,
		struct sb40_error *err)
{
	struct pg_store *s = (struct pg_store *)st;
	int rc;
	*added = *changed = *unchanged = 0;
	if (s->bulk == PG_BULK_OFF)
		return 0;
	if ((rc = flush(s, err)) || (rc = pg_bulk_pause(s, err)))
		return rc;
	if (s->bulk == PG_BULK_DIRECT) {
		/* a first load of a large table: planner statistics now, not
		 * when autovacuum gets to it */
		*added = s->bulk_rows;
		if (s->bulk_rows >= 10000)
			rc = pg_exec(s, s->bulk_table == STORE_BULK_ENTERPRISES ? "ANALYZE enterprise"
				     : "ANALYZE observation", err);
	}
	else if (s->bulk_table == STORE_BULK_ENTERPRISES)
		rc = merge_enterprises(s, added, changed, err);
	else
		rc = merge_observations(s, added, changed, err);
	if (!rc)
		*unchanged = s->bulk_rows - *added - *changed;
	if (!rc && s->bulk == PG_BULK_STAGE)
		rc = pg_exec(s, "DROP TABLE pg_temp.sb40_stage", err);
	s->bulk = PG_BULK_OFF;
	s->bulk_rows = 0;
	return rc;
}
