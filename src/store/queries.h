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
	Q_NQUERIES,
};

/* The SQL text of query ID. */
extern const char *const store_query_sql[Q_NQUERIES];

#endif
