/* queries.c - the SQL texts of queries.h.  Portable SQL only. */
#include "store/queries.h"

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
		"WHERE ($1 IS NULL OR c.entity_kind = $1) AND ($2 IS NULL OR i.code = $2) "
		"ORDER BY 1, 2, 3, 4",
	[Q_ENTERPRISES_BY_FORM] =
		"SELECT legal_form, count(*) FROM enterprise GROUP BY legal_form "
		"ORDER BY count(*) DESC, legal_form",
	[Q_ZONES_PER_REGION] =
		"SELECT r.code, r.name_en, count(z.id) FROM region r LEFT JOIN zone z ON "
		"z.region_id = r.id GROUP BY r.id, r.code, r.name_en ORDER BY r.code",
};
