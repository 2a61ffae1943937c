/* sqltext.c - the statement texts of sqltext.h. */
#include "store/sqltext.h"
#include "store/store_int.h"

#define USER_COLS "SELECT u.id, u.login, u.pw_hash, u.role, u.scope_zone_id, " \
	"u.scope_enterprise_id, z.code, e.tin, u.lang, u.disabled, u.created_at FROM app_user u " \
	"LEFT JOIN zone z ON z.id = u.scope_zone_id " \
	"LEFT JOIN enterprise e ON e.id = u.scope_enterprise_id "

static const char *const fixed[S_ROW_INS] = {
	[S_REGION] = "SELECT id FROM region WHERE code = $1 OR name_en = $1 OR name_uz = $1 "
		     "OR name_uz_cyrl = $1 OR name_ru = $1",
	[S_ZONE_ID] = "SELECT id FROM zone WHERE code = $1",
	[S_ENT_ID] = "SELECT id, zone_id FROM enterprise WHERE tin = $1",
	[S_INDICATOR] = "SELECT id, code, unit, name_uz, name_uz_cyrl, name_ru, name_en, direction, "
			"min_value, max_value, integer_valued, derived FROM indicator WHERE code = $1",
	[S_OBS_LAST] = "SELECT revision, value FROM observation WHERE entity_kind = $1 AND "
		       "entity_id = $2 AND indicator_id = $3 AND period = $4 "
		       "ORDER BY revision DESC LIMIT 1",
	[S_OBS_INS] = "INSERT INTO observation (entity_kind, entity_id, indicator_id, period, "
		      "revision, value, source, recorded_at, recorded_by) VALUES "
		      "($1, $2, $3, $4, $5, $6, $7, $8, $9)",
	[S_AUDIT] = "INSERT INTO audit (at, actor, action, entity, before, after) VALUES "
		    "($1, $2, $3, $4, $5, $6)",
	[S_HIST] = "SELECT period, revision, value, source, recorded_at, recorded_by FROM observation "
		   "WHERE entity_kind = $1 AND entity_id = $2 AND indicator_id = $3 AND "
		   "(CAST($4 AS TEXT) IS NULL OR period = $4) ORDER BY period, revision",
	[S_VERSION] = "SELECT max(version) FROM schema_version",
	[S_VERSION_INS] = "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
	[S_USER_ADD] = "INSERT INTO app_user (login, pw_hash, role, scope_zone_id, scope_enterprise_id, "
		       "lang, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
	[S_USER_GET] = USER_COLS "WHERE u.login = $1",
	[S_USER_LIST] = USER_COLS "ORDER BY u.login",
	[S_USER_DISABLE] = "UPDATE app_user SET disabled = $2 WHERE login = $1",
	[S_USER_PW] = "UPDATE app_user SET pw_hash = $2 WHERE login = $1",
	[S_USER_KILL] = "DELETE FROM session WHERE user_id = (SELECT id FROM app_user WHERE login = $1)",
	[S_SESS_ADD] = "INSERT INTO session (token_hash, user_id, csrf, created_at, expires_at) "
		       "VALUES ($1, $2, $3, $4, $5)",
	[S_SESS_GET] = "SELECT u.id, u.login, u.pw_hash, u.role, u.scope_zone_id, "
		       "u.scope_enterprise_id, z.code, e.tin, u.lang, u.disabled, u.created_at, "
		       "s.csrf, s.expires_at FROM session s JOIN app_user u ON u.id = s.user_id "
		       "LEFT JOIN zone z ON z.id = u.scope_zone_id "
		       "LEFT JOIN enterprise e ON e.id = u.scope_enterprise_id "
		       "WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
	[S_SESS_DEL] = "DELETE FROM session WHERE token_hash = $1",
	[S_SESS_PURGE] = "DELETE FROM session WHERE expires_at <= $1",
	[S_THR_GET] = "SELECT failures, last_at FROM login_throttle WHERE key = $1",
	[S_THR_FAIL] = "INSERT INTO login_throttle (key, failures, last_at) VALUES ($1, 1, $2) "
		       "ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures + 1, "
		       "last_at = $2",
	[S_THR_CLEAR] = "DELETE FROM login_throttle WHERE key = $1",
};

static const char *const counts[8] = {
	"SELECT count(*) FROM region", "SELECT count(*) FROM zone",
	"SELECT coalesce(sum(firms), 0) FROM enterprise_tally", /* exact, and no scan */
	"SELECT count(*) FROM indicator",
	"SELECT count(*) FROM observation", "SELECT count(*) FROM obligation",
	"SELECT count(*) FROM lot", "SELECT count(*) FROM audit",
};

const char sqltext_current_count[] = "SELECT count(*) FROM observation_current";
const char sqltext_zone_area[] = "SELECT coalesce(sum(area_ha), 0) FROM zone";
const char sqltext_latest_period[] =
	"SELECT max(period) FROM observation_current c JOIN indicator i ON "
	"i.id = c.indicator_id WHERE c.entity_kind = 'zone' AND i.code = 'enterprises'";
const char sqltext_zone_sum[] =
	"SELECT sum(c.value), count(*) FROM observation_current c JOIN indicator i ON "
	"i.id = c.indicator_id WHERE c.entity_kind = 'zone' AND i.code = $1 AND c.period = $2";

const char *sqltext(int id)
{
	if (id < S_ROW_INS)
		return fixed[id];
	if (id < S_COUNT) {
		const struct rowput_desc *d = &rowput_tables[(id - S_ROW_INS) / 3];
		int which = (id - S_ROW_INS) % 3;
		return which == 0 ? d->ins : which == 1 ? d->get : d->upd;
	}
	if (id < S_QUERY)
		return counts[id - S_COUNT];
	return store_query_sql[id - S_QUERY];
}
