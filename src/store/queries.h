/* queries.h - the read-only queries of sb40, as data.
 *
 * Why: reports, rankings and the web need many small reads.  Each is one
 * portable SQL text here ($1..$n parameters, the same text for SQLite and
 * PostgreSQL), run by store_query() in either backend, rows delivered as
 * text.  Adding a read = one enum value + one SQL text (+ a typed wrapper
 * where callers want one).  Writes never go through here.
 */
#ifndef SB40_STORE_QUERIES_H
#define SB40_STORE_QUERIES_H

enum store_query_id {
	/* code, name, region (English name), district, kind, established, area_ha,
	 * production_area_m2, specialisation; ordered by code */
	Q_ZONES,
	/* entity_kind, entity key (zone code, TIN, region English name, "UZ"),
	 * indicator code, period, value, source; current values only, ordered
	 * by kind, key, indicator, period.  $1: entity kind or NULL for all,
	 * $2: indicator code or NULL for all */
	Q_CURRENT_VALUES,
	/* legal_form, enterprises; ordered by count, descending */
	Q_ENTERPRISES_BY_FORM,
	/* region code, region English name, zones; all 14 regions */
	Q_ZONES_PER_REGION,
	/* ---- the web's reads (src/web/); every filter parameter may be NULL
	 * for "all"; LIMIT/OFFSET parameters are decimal text ---- */
	/* code, name, region code, region name uz, uz-Cyrl, ru, en, district,
	 * kind, established, area_ha, production_area_m2, specialisation, and
	 * the latest enterprises, workers, infrastructure_pct (NULL when none);
	 * $1: zone code */
	Q_ZONE_TABLE,
	/* indicator code, name uz, uz-Cyrl, ru, en, unit, period, value,
	 * revision; current values of zone $1 (code), ordered by indicator id,
	 * period */
	Q_ZONE_VALUES,
	/* tin, name, legal_form, activity_code, region code, zone code,
	 * registered_on, status; ordered by tin.  $1 zone code, $2 tin,
	 * $3 region code, $4 limit, $5 offset */
	Q_ENTERPRISES,
	/* count of Q_ENTERPRISES' rows without limit; $1..$3 as there */
	Q_ENTERPRISES_COUNT,
	/* code, name uz, uz-Cyrl, ru, en, unit, direction, aggregation,
	 * min_value, max_value, integer_valued, derived; ordered by id */
	Q_INDICATORS,
	/* enterprise tin, enterprise name, zone code, kind, amount, unit,
	 * due_date, accepted_on; ordered by due_date, tin.  $1 zone code, $2 tin */
	Q_OBLIGATIONS,
	/* zone code, lot, area_m2, status, auction_date; $1 zone code */
	Q_LOTS,
	/* id, at, actor, action, entity, before, after; newest first.
	 * $1 limit, $2 offset */
	Q_AUDIT,
	/* indicator code, period, sum of the zones' current values, zones
	 * reporting; ordered by indicator, period */
	Q_ZONE_TOTALS,
	/* region code, name uz, uz-Cyrl, ru, en, zones (rows), enterprises,
	 * the latest stored `zones` count of the region and its period (NULL
	 * when none); all regions */
	Q_REGION_COUNTS,
	/* entity_kind, entity key (as Q_CURRENT_VALUES), indicator code, period,
	 * value, revision, source, recorded_at; current values.  $1 entity kind,
	 * $2 entity key (zone code, TIN, region code or English name), $3
	 * indicator code, $4 period, $5 limit, $6 offset, $7 a zone code: firms'
	 * values only of firms in that zone (a zone manager's scope) */
	Q_OBSERVATIONS,
	/* ---- the dashboard's aggregations of the registry (bench/scale times
	 * them on 1,000,000 firms; 0005_dashboard's indexes serve them) ---- */
	/* status, enterprises; ordered by status.  $1 region code or NULL */
	Q_ENTERPRISES_BY_STATUS,
	/* activity_code (NULL: none given), enterprises; ordered by count,
	 * descending, then code.  $1 region code or NULL */
	Q_ENTERPRISES_BY_ACTIVITY,
	/* zone code, enterprises (active ones), all enterprises; zones with
	 * firms, ordered by zone code.  $1 region code or NULL */
	Q_ENTERPRISES_BY_ZONE,
	/* the data version: the newest audit id and the newest observation id
	 * (every write of shown data adds a row to one of them); web/rcache.h */
	Q_DATA_VERSION,
	/* the series one may forecast (web/h_forecast.c): entity_kind, entity
	 * key (as Q_CURRENT_VALUES), indicator code, name uz, uz-Cyrl, ru, en,
	 * values, first period, last period; current values, series of at
	 * least 3 values; zone, region and country series, and firms' series
	 * only of the firm $1 (TIN; then nothing else) or of the firms of zone
	 * $2; ordered by kind, key, indicator id */
	Q_FC_SERIES,
	/* many series to forecast at once (sb40 forecast --entity KIND:*, io/
	 * series_bulk.c), one streaming read: entity key (zone code, TIN,
	 * region English name, "UZ"), indicator code, period, value; EVERY
	 * revision, ordered by entity id, indicator id, period, revision, so the
	 * last row of a period is its current value (observation_current's rule,
	 * without its anti-join: half the time on 800,000 values).  $1 entity
	 * kind, $2 entity id or NULL (every entity of the kind), $3 indicator
	 * code or NULL (every indicator), $4 a zone code: only firms of that
	 * zone (or NULL) */
	Q_FC_BULK,
	/* ---- the statements of store_assess.c (store_assessment_*), here so
	 * that every backend runs the same text; store_query() refuses them ---- */
	/* INSERT RETURNING id.  $1 kind, $2 enterprise id (NULL: none), $3 tin,
	 * $4 firm, $5 zone, $6 region, $7 sector, $8 input, $9 result,
	 * $10 created_at, $11 created_by */
	Q_ASSESS_ADD,
	/* ASSESS_COLS of assessment $1 */
	Q_ASSESS_GET,
	/* ASSESS_COLS, newest first.  $1 kind, $2 tin, $3 zone (as recorded),
	 * $4 region, $5 sector (each NULL: any), $6 only ids below it (NULL:
	 * all), $7 a tin to leave out, $8 1: only each firm's latest (a firm is
	 * its tin; rows without one count alone), $9 a zone code: only firms the
	 * registry (enterprise, by TIN) has in that zone now (a zone manager's
	 * scope), $10 limit, $11 offset */
	Q_ASSESS_LIST,
	/* count(*) of Q_ASSESS_LIST's rows without limit; $1..$9 as there */
	Q_ASSESS_COUNT,
	Q_NQUERIES,
};

/* The columns of Q_ASSESS_GET and Q_ASSESS_LIST: id, kind, enterprise_id,
 * tin, firm, zone, region, sector, input, result, created_at, created_by. */
#define Q_ASSESS_FIRST Q_ASSESS_ADD

/* The SQL text of query ID. */
extern const char *const store_query_sql[Q_NQUERIES];

#endif
