/* queries.c - the SQL texts of queries.h.  Portable SQL only. */
#include "store/queries.h"

#define LATEST(code) \
	"(SELECT c.value FROM observation_current c WHERE c.entity_kind = 'zone' AND " \
	"c.entity_id = z.id AND c.indicator_id = (SELECT id FROM indicator WHERE code = '" code \
	"') ORDER BY c.period DESC LIMIT 1)"
#define ENT_FILTER \
	"WHERE (CAST($1 AS TEXT) IS NULL OR z.code = $1) AND (CAST($2 AS TEXT) IS NULL OR e.tin = $2) " \
	"AND (CAST($3 AS TEXT) IS NULL OR r.code = $3) "
#define ENTITY_KEY(c) \
	"CASE " c ".entity_kind " \
	"  WHEN 'zone' THEN (SELECT code FROM zone WHERE id = " c ".entity_id) " \
	"  WHEN 'enterprise' THEN (SELECT tin FROM enterprise WHERE id = " c ".entity_id) " \
	"  WHEN 'region' THEN (SELECT name_en FROM region WHERE id = " c ".entity_id) " \
	"  ELSE 'UZ' END"

#define ASSESS_COLS \
	"SELECT a.id, a.kind, a.enterprise_id, a.tin, a.firm, a.zone, a.region, a.sector, " \
	"a.input, a.result, a.created_at, a.created_by FROM assessment a "

/* The filters of Q_ASSESS_LIST and Q_ASSESS_COUNT ($1..$9, queries.h).  $9,
 * the zone of a zone manager, is the registry's: the firm (its TIN) must be
 * an enterprise of that zone now; the zone column is what was recorded. */
#define ASSESS_WHERE \
	"WHERE (CAST($1 AS TEXT) IS NULL OR a.kind = $1) " \
	"AND (CAST($2 AS TEXT) IS NULL OR a.tin = $2) " \
	"AND (CAST($3 AS TEXT) IS NULL OR a.zone = $3) " \
	"AND (CAST($4 AS TEXT) IS NULL OR a.region = $4) " \
	"AND (CAST($5 AS TEXT) IS NULL OR a.sector = $5) " \
	"AND (CAST($6 AS INTEGER) IS NULL OR a.id < CAST($6 AS INTEGER)) " \
	"AND (CAST($7 AS TEXT) IS NULL OR a.tin IS NULL OR a.tin <> $7) " \
	"AND (CAST($8 AS INTEGER) IS NULL OR CAST($8 AS INTEGER) = 0 OR a.tin IS NULL OR " \
	"a.id = (SELECT max(b.id) FROM assessment b WHERE b.kind = a.kind AND b.tin = a.tin " \
	"AND (CAST($6 AS INTEGER) IS NULL OR b.id < CAST($6 AS INTEGER)))) " \
	"AND (CAST($9 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM enterprise e JOIN zone z ON " \
	"z.id = e.zone_id WHERE e.tin = a.tin AND z.code = $9)) "

const char *const store_query_sql[Q_NQUERIES] = {
	[Q_ZONES] =
		"SELECT z.code, z.name, r.name_en, z.district, z.kind, z.established, z.area_ha, "
		"z.production_area_m2, z.specialisation FROM zone z JOIN region r ON r.id = z.region_id "
		"ORDER BY z.code",
	[Q_CURRENT_VALUES] =
		"SELECT c.entity_kind, CASE c.entity_kind "
		"  WHEN 'zone' THEN (SELECT code FROM zone WHERE id = c.entity_id) "
		"  WHEN 'enterprise' THEN (SELECT tin FROM enterprise WHERE id = c.entity_id) "
		"  WHEN 'region' THEN (SELECT name_en FROM region WHERE id = c.entity_id) "
		"  ELSE 'UZ' END AS entity_key, "
		"i.code, c.period, c.value, c.source "
		"FROM observation_current c JOIN indicator i ON i.id = c.indicator_id "
		"WHERE (CAST($1 AS TEXT) IS NULL OR c.entity_kind = $1) AND (CAST($2 AS TEXT) IS NULL OR i.code = $2) "
		"ORDER BY 1, 2, 3, 4",
	[Q_ENTERPRISES_BY_FORM] =
		"SELECT legal_form, sum(firms) FROM enterprise_tally GROUP BY legal_form "
		"HAVING sum(firms) > 0 ORDER BY sum(firms) DESC, legal_form",
	[Q_ZONES_PER_REGION] =
		"SELECT r.code, r.name_en, count(z.id) FROM region r LEFT JOIN zone z ON "
		"z.region_id = r.id GROUP BY r.id, r.code, r.name_en ORDER BY r.code",
	[Q_ZONE_TABLE] =
		"SELECT z.code, z.name, r.code, r.name_uz, r.name_uz_cyrl, r.name_ru, r.name_en, "
		"z.district, z.kind, z.established, z.area_ha, z.production_area_m2, "
		"z.specialisation, " LATEST("enterprises") ", " LATEST("workers") ", "
		LATEST("infrastructure_pct") " FROM zone z JOIN region r ON r.id = z.region_id "
		"WHERE (CAST($1 AS TEXT) IS NULL OR z.code = $1) ORDER BY z.code",
	[Q_ZONE_VALUES] =
		"SELECT i.code, i.name_uz, i.name_uz_cyrl, i.name_ru, i.name_en, i.unit, c.period, "
		"c.value, c.revision FROM observation_current c JOIN indicator i ON "
		"i.id = c.indicator_id WHERE c.entity_kind = 'zone' AND "
		"c.entity_id = (SELECT id FROM zone WHERE code = $1) ORDER BY i.id, c.period",
	[Q_ENTERPRISES] =
		"SELECT e.tin, e.name, e.legal_form, e.activity_code, r.code, z.code, "
		"e.registered_on, e.status FROM enterprise e JOIN region r ON r.id = e.region_id "
		"LEFT JOIN zone z ON z.id = e.zone_id " ENT_FILTER
		"ORDER BY e.tin LIMIT CAST($4 AS INTEGER) OFFSET CAST($5 AS INTEGER)",
	/* without a TIN: a sum over the tally, not a count of a million rows */
	[Q_ENTERPRISES_COUNT] =
		"SELECT CASE WHEN CAST($2 AS TEXT) IS NULL THEN (SELECT coalesce(sum(t.firms), 0) "
		"FROM enterprise_tally t WHERE (CAST($1 AS TEXT) IS NULL OR t.zone_id = "
		"(SELECT id FROM zone WHERE code = $1)) AND (CAST($3 AS TEXT) IS NULL OR "
		"t.region_id = (SELECT id FROM region WHERE code = $3))) ELSE (SELECT count(*) "
		"FROM enterprise e JOIN region r ON r.id = e.region_id "
		"LEFT JOIN zone z ON z.id = e.zone_id " ENT_FILTER ") END",
	[Q_INDICATORS] =
		"SELECT code, name_uz, name_uz_cyrl, name_ru, name_en, unit, direction, aggregation, "
		"min_value, max_value, integer_valued, derived FROM indicator ORDER BY id",
	[Q_OBLIGATIONS] =
		"SELECT e.tin, e.name, z.code, o.kind, o.amount, o.unit, o.due_date, o.accepted_on "
		"FROM obligation o JOIN enterprise e ON e.id = o.enterprise_id "
		"JOIN zone z ON z.id = o.zone_id WHERE (CAST($1 AS TEXT) IS NULL OR z.code = $1) "
		"AND (CAST($2 AS TEXT) IS NULL OR e.tin = $2) ORDER BY o.due_date, e.tin, o.kind",
	[Q_LOTS] =
		"SELECT z.code, l.lot, l.area_m2, l.status, l.auction_date FROM lot l "
		"JOIN zone z ON z.id = l.zone_id WHERE (CAST($1 AS TEXT) IS NULL OR z.code = $1) "
		"ORDER BY z.code, l.lot",
	[Q_AUDIT] =
		"SELECT id, at, actor, action, entity, before, after FROM audit ORDER BY id DESC "
		"LIMIT CAST($1 AS INTEGER) OFFSET CAST($2 AS INTEGER)",
	[Q_ZONE_TOTALS] =
		"SELECT i.code, c.period, sum(c.value), count(*) FROM observation_current c "
		"JOIN indicator i ON i.id = c.indicator_id WHERE c.entity_kind = 'zone' "
		"GROUP BY i.code, c.period ORDER BY i.code, c.period",
	[Q_REGION_COUNTS] =
		"SELECT r.code, r.name_uz, r.name_uz_cyrl, r.name_ru, r.name_en, "
		"(SELECT count(*) FROM zone z WHERE z.region_id = r.id), "
		"(SELECT coalesce(sum(t.firms), 0) FROM enterprise_tally t WHERE t.region_id = r.id), "
		"(SELECT c.value FROM observation_current c WHERE c.entity_kind = 'region' AND "
		"c.entity_id = r.id AND c.indicator_id = (SELECT id FROM indicator WHERE code = 'zones') "
		"ORDER BY c.period DESC LIMIT 1), "
		"(SELECT max(c.period) FROM observation_current c WHERE c.entity_kind = 'region' AND "
		"c.entity_id = r.id AND c.indicator_id = (SELECT id FROM indicator WHERE code = 'zones')) "
		"FROM region r ORDER BY r.code",
	[Q_OBSERVATIONS] =
		"SELECT c.entity_kind, " ENTITY_KEY("c") ", i.code, c.period, c.value, c.revision, "
		"c.source, c.recorded_at FROM observation_current c JOIN indicator i ON "
		"i.id = c.indicator_id WHERE (CAST($1 AS TEXT) IS NULL OR c.entity_kind = $1) AND (CAST($2 AS TEXT) IS NULL OR "
		"c.entity_id = CASE $1 WHEN 'zone' THEN (SELECT id FROM zone WHERE code = $2) "
		"WHEN 'enterprise' THEN (SELECT id FROM enterprise WHERE tin = $2) "
		"WHEN 'region' THEN (SELECT id FROM region WHERE code = $2 OR name_en = $2) "
		"ELSE 0 END) AND (CAST($3 AS TEXT) IS NULL OR i.code = $3) AND (CAST($4 AS TEXT) IS NULL OR c.period = $4) "
		"AND (CAST($7 AS TEXT) IS NULL OR c.entity_kind <> 'enterprise' OR c.entity_id IN "
		"(SELECT e.id FROM enterprise e JOIN zone z ON z.id = e.zone_id WHERE z.code = $7)) "
		"ORDER BY 1, 2, 3, 4 LIMIT CAST($5 AS INTEGER) OFFSET CAST($6 AS INTEGER)",
	[Q_ENTERPRISES_BY_STATUS] =
		"SELECT t.status, sum(t.firms) FROM enterprise_tally t WHERE (CAST($1 AS TEXT) IS NULL "
		"OR t.region_id = (SELECT id FROM region WHERE code = $1)) GROUP BY t.status "
		"HAVING sum(t.firms) > 0 ORDER BY t.status",
	[Q_ENTERPRISES_BY_ACTIVITY] =
		"SELECT NULLIF(t.activity_code, ''), sum(t.firms) FROM enterprise_tally t WHERE "
		"(CAST($1 AS TEXT) IS NULL OR t.region_id = (SELECT id FROM region WHERE code = $1)) "
		"GROUP BY t.activity_code HAVING sum(t.firms) > 0 ORDER BY sum(t.firms) DESC, "
		"t.activity_code",
	[Q_ENTERPRISES_BY_ZONE] =
		"SELECT z.code, sum(CASE WHEN t.status = 'active' THEN t.firms ELSE 0 END), "
		"sum(t.firms) FROM enterprise_tally t JOIN zone z ON z.id = t.zone_id WHERE "
		"(CAST($1 AS TEXT) IS NULL OR z.region_id = (SELECT id FROM region WHERE code = $1)) "
		"GROUP BY z.code HAVING sum(t.firms) > 0 ORDER BY z.code",
	[Q_DATA_VERSION] =
		"SELECT (SELECT COALESCE(MAX(id), 0) FROM audit), "
		"(SELECT COALESCE(MAX(id), 0) FROM observation)",
	[Q_FC_SERIES] =
		"SELECT c.entity_kind, " ENTITY_KEY("c") ", i.code, i.name_uz, i.name_uz_cyrl, "
		"i.name_ru, i.name_en, count(*), min(c.period), max(c.period) "
		"FROM observation_current c JOIN indicator i ON i.id = c.indicator_id WHERE "
		"(CAST($1 AS TEXT) IS NULL OR (c.entity_kind = 'enterprise' AND c.entity_id = "
		"(SELECT id FROM enterprise WHERE tin = $1))) AND (c.entity_kind <> 'enterprise' OR "
		"CAST($1 AS TEXT) IS NOT NULL OR c.entity_id IN (SELECT e.id FROM enterprise e "
		"JOIN zone z ON z.id = e.zone_id WHERE z.code = $2)) "
		"GROUP BY c.entity_kind, c.entity_id, i.id, i.code, i.name_uz, i.name_uz_cyrl, "
		"i.name_ru, i.name_en HAVING count(*) >= 3 ORDER BY 1, 2, i.id",
	/* every revision in the unique key's order: no anti-join, no sort */
	[Q_FC_BULK] =
		"SELECT COALESCE(z.code, e.tin, r.name_en, 'UZ'), i.code, c.period, c.value "
		"FROM observation c JOIN indicator i ON i.id = c.indicator_id "
		"LEFT JOIN zone z ON c.entity_kind = 'zone' AND z.id = c.entity_id "
		"LEFT JOIN enterprise e ON c.entity_kind = 'enterprise' AND e.id = c.entity_id "
		"LEFT JOIN region r ON c.entity_kind = 'region' AND r.id = c.entity_id "
		"WHERE c.entity_kind = $1 AND (CAST($2 AS INTEGER) IS NULL OR "
		"c.entity_id = CAST($2 AS INTEGER)) AND (CAST($3 AS TEXT) IS NULL OR i.code = $3) "
		"AND (CAST($4 AS TEXT) IS NULL OR e.zone_id = (SELECT id FROM zone WHERE code = $4)) "
		"ORDER BY c.entity_id, c.indicator_id, c.period, c.revision",
	[Q_ASSESS_ADD] =
		"INSERT INTO assessment (kind, enterprise_id, tin, firm, zone, region, sector, input, "
		"result, created_at, created_by) VALUES (CAST($1 AS TEXT), CAST($2 AS INTEGER), "
		"CAST($3 AS TEXT), CAST($4 AS TEXT), CAST($5 AS TEXT), CAST($6 AS TEXT), "
		"CAST($7 AS TEXT), CAST($8 AS TEXT), CAST($9 AS TEXT), CAST($10 AS TEXT), "
		"CAST($11 AS TEXT)) RETURNING id",
	[Q_ASSESS_GET] = ASSESS_COLS "WHERE a.id = CAST($1 AS INTEGER)",
	[Q_ASSESS_LIST] =
		ASSESS_COLS ASSESS_WHERE
		"ORDER BY a.id DESC LIMIT CAST($10 AS INTEGER) OFFSET CAST($11 AS INTEGER)",
	[Q_ASSESS_COUNT] = "SELECT count(*) FROM assessment a " ASSESS_WHERE,
};
