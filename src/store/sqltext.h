/* sqltext.h - private to src/store/: the SQL texts both backends run.
 *
 * Why: the SQLite and PostgreSQL backends execute the same statements; one
 * numbering and one text per statement keeps them from drifting apart.  The
 * texts are portable: $1..$n parameters (SQLite binds them by name), a
 * parameter tested with IS NULL is CAST to its type first (PostgreSQL must
 * know every parameter's type when it prepares a statement).
 *
 * Statement ids: the fixed statements below, then three per rowput table
 * (insert, get, update), one count per store_table, one per read-only query
 * of queries.h.  All texts are static.
 */
#ifndef SB40_STORE_SQLTEXT_H
#define SB40_STORE_SQLTEXT_H
#include <stddef.h>
#include "store/queries.h"
#include "store/rowput.h"

enum stmt_id {
	S_REGION, S_ZONE_ID, S_ENT_ID, S_INDICATOR, S_OBS_LAST, S_OBS_INS, S_AUDIT,
	S_HIST, S_VERSION, S_VERSION_INS,
	S_USER_ADD, S_USER_GET, S_USER_LIST, S_USER_DISABLE, S_USER_PW, S_USER_KILL,
	S_SESS_ADD, S_SESS_GET, S_SESS_DEL, S_SESS_PURGE, S_THR_GET, S_THR_FAIL, S_THR_CLEAR,
	S_ROW_INS, /* + RP_NTABLES*3: ins, get, upd per table */
	S_COUNT = S_ROW_INS + RP_NTABLES * 3,
	S_QUERY = S_COUNT + 8, /* + Q_NQUERIES: the read-only queries of queries.h */
	S_N = S_QUERY + Q_NQUERIES,
};

/* The SQL text of statement ID (static storage). */
const char *sqltext(int id);

/* The overview's statements (store_overview), run once per call. */
extern const char sqltext_current_count[];  /* count of current values */
extern const char sqltext_zone_area[];      /* sum of zone areas */
extern const char sqltext_latest_period[];  /* latest period of zones' enterprises */
extern const char sqltext_zone_sum[];       /* $1 indicator code, $2 period: sum, count */

#endif
