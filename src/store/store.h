/* store.h - the one storage interface of sb40.
 *
 * Why: every adapter (import, reports, web, CLI) reads and writes through
 * these functions, so that SQL lives only in src/store/ and a second backend
 * (PostgreSQL, pg.c) fits without touching callers.  The backend is chosen by
 * the URL given to store_open(): "postgres://..." or "postgresql://..." for
 * PostgreSQL, anything else is a SQLite file path.
 *
 * States of a handle:
 *     closed --store_open()--> open --store_begin()--> in transaction
 *     in transaction --store_commit()/store_rollback()--> open
 *     open --store_close()--> closed (an open transaction is rolled back)
 * The write functions (store_*_put, store_audit_add) must be called inside a
 * transaction; they never commit on their own, so a failed import is undone
 * by one store_rollback().
 *
 * Values: a missing number is NaN, a missing string or date is NULL, a
 * missing year or id is 0.  Dates are ISO text "YYYY-MM-DD", periods "2024"
 * or "2024Q3".
 *
 * Ownership: store_open() returns a handle the caller frees with
 * store_close().  Strings passed in are borrowed for the call.  Strings in
 * records handed to callbacks are borrowed for the callback only.
 * A handle is used by one thread at a time (one handle per server worker).
 */
#ifndef SB40_STORE_STORE_H
#define SB40_STORE_STORE_H
#include <stddef.h>
#include <time.h>
#include "base/error.h"

struct store;

enum store_open_flags {
	STORE_CREATE = 1,  /* create the database if missing, then migrate */
	STORE_MIGRATE = 2, /* upgrade an older schema instead of refusing it */
};

/* What a put did. */
enum store_put { STORE_UNCHANGED = 0, STORE_ADDED = 1, STORE_CHANGED = 2 };

int store_open(const char *url, unsigned flags, struct store **out, struct sb40_error *err);
void store_close(struct store *st);
const char *store_backend(const struct store *st); /* "sqlite" or "postgresql" */
/* URL as it may be shown: a PostgreSQL URL's password becomes "***"
 * (postgres://ana:***@host/db); anything else is copied.  Returns OUT. */
char *store_url_shown(const char *url, char *out, size_t n);

/* The schema version of the database and of this binary. */
int store_schema_version(struct store *st, int *have, int *want, struct sb40_error *err);

int store_begin(struct store *st, struct sb40_error *err);
int store_commit(struct store *st, struct sb40_error *err);
void store_rollback(struct store *st);

/* ---- lookups: 0 found, SB40_ENOTFOUND (ERR untouched) or an error ---- */

/* A region by ISO code ("UZ-TK") or by any of its names (en, uz, uz-Cyrl, ru). */
int store_region_id(struct store *st, const char *name, long *id, struct sb40_error *err);
int store_zone_id(struct store *st, const char *code, long *id, struct sb40_error *err);
/* ZONE_ID gets the firm's zone (0 when none); may be NULL. */
int store_enterprise_id(struct store *st, const char *tin, long *id, long *zone_id,
			struct sb40_error *err);

struct store_indicator {
	long id;
	char code[48];
	char unit[32];
	char name[4][160]; /* uz, uz-Cyrl, ru, en */
	int direction;     /* 1 higher is better, -1 lower is better */
	double min, max;   /* NaN: no bound */
	int integer_valued;
	int derived;       /* computed by sb40, never imported */
};
int store_indicator_get(struct store *st, const char *code, struct store_indicator *out,
			struct sb40_error *err);

/* ---- writes (inside a transaction) ---- */

struct store_zone {
	const char *code, *name;
	long region_id;
	const char *district;   /* may be NULL */
	const char *kind;       /* small-industrial, youth-industrial, entrepreneurship */
	long established;       /* year, 0 when unknown */
	double area_ha;         /* NaN when unknown */
	double production_area_m2;
	const char *specialisation;
};
int store_zone_put(struct store *st, const struct store_zone *z, const char *actor,
		   enum store_put *res, struct sb40_error *err);

struct store_enterprise {
	const char *tin, *name, *legal_form;
	const char *activity_code; /* may be NULL */
	long region_id;
	long zone_id;              /* 0 when the firm is outside any zone */
	const char *registered_on; /* may be NULL */
	const char *status;        /* active, suspended, liquidated */
};
int store_enterprise_put(struct store *st, const struct store_enterprise *e,
			 const char *actor, enum store_put *res, struct sb40_error *err);

/* A value for (entity, indicator, period).  A different value than the
 * current one adds a revision (RES = STORE_CHANGED); the same value adds
 * nothing (STORE_UNCHANGED); a first value is STORE_ADDED. */
struct store_obs {
	const char *entity_kind; /* zone, enterprise, region, country */
	long entity_id;          /* 0 for country */
	long indicator_id;
	const char *period;
	double value;
	const char *source;      /* may be NULL */
};
int store_observation_put(struct store *st, const struct store_obs *o, const char *actor,
			  enum store_put *res, struct sb40_error *err);

struct store_obligation {
	long enterprise_id, zone_id;
	const char *kind; /* investment, jobs, export */
	double amount;
	const char *unit, *due_date;
	const char *accepted_on; /* may be NULL */
};
int store_obligation_put(struct store *st, const struct store_obligation *o,
			 const char *actor, enum store_put *res, struct sb40_error *err);

struct store_lot {
	long zone_id;
	const char *lot;
	double area_m2;
	const char *status;       /* vacant, auction, leased */
	const char *auction_date; /* may be NULL */
};
int store_lot_put(struct store *st, const struct store_lot *l, const char *actor,
		  enum store_put *res, struct sb40_error *err);

/* One audit line: who did what to which entity; BEFORE/AFTER are JSON or NULL. */
int store_audit_add(struct store *st, const char *actor, const char *action,
		    const char *entity, const char *before, const char *after,
		    struct sb40_error *err);

/* ---- bulk loading (imports) ----
 *
 * Inside a transaction, store_bulk_begin() lets a backend take the puts of
 * one table's rows as a stream (PostgreSQL: COPY) instead of one by one.
 * *ON is 1 when it does: until store_bulk_end(), store_enterprise_put (for
 * STORE_BULK_ENTERPRISES) or store_observation_put (STORE_BULK_OBSERVATIONS)
 * only queue the row and report STORE_UNCHANGED; store_bulk_end() applies
 * the put rules to all queued rows (revisions, the audit of changes, the
 * same outcome as row by row) and returns the real counts.  *ON is 0 when
 * the backend has no such path (SQLite: row by row is as fast); the puts
 * then work as always and store_bulk_end() returns zeros.  The caller must
 * not queue the same key twice.  A rollback discards the queued rows. */
enum store_bulk_table { STORE_BULK_ENTERPRISES, STORE_BULK_OBSERVATIONS };
int store_bulk_begin(struct store *st, enum store_bulk_table table, const char *actor, int *on,
		     struct sb40_error *err);
int store_bulk_end(struct store *st, long *added, long *changed, long *unchanged,
		   struct sb40_error *err);

/* ---- reads ---- */

struct store_overview {
	long regions, zones, enterprises, indicators;
	long observations, revisions; /* current values, and all rows */
	long obligations, lots;
	char latest_period[16];       /* of the zones' enterprise counts, "" when none */
	double zone_enterprises;      /* sum over zones of `enterprises` in that period */
	double zone_workers;          /* sum over zones of `workers` in that period */
	double zone_area_ha;          /* sum of zone areas */
	long zones_with_data;         /* zones with an enterprise count in that period */
};
int store_overview(struct store *st, struct store_overview *out, struct sb40_error *err);

struct store_revision {
	const char *period;
	int revision;
	double value;
	const char *source;      /* may be NULL */
	const char *recorded_at; /* ISO 8601 UTC */
	const char *recorded_by;
};
/* Every revision of (entity, indicator) for PERIOD (NULL: all periods),
 * oldest first.  FN returns 0 to go on, non-zero to stop (that value is
 * returned). */
typedef int (*store_revision_fn)(void *ctx, const struct store_revision *r);
int store_observation_history(struct store *st, const char *entity_kind, long entity_id,
			      long indicator_id, const char *period,
			      store_revision_fn fn, void *ctx, struct sb40_error *err);

/* Row counts, for tests and reports.  TABLE is one of the names below. */
enum store_table {
	STORE_T_REGION, STORE_T_ZONE, STORE_T_ENTERPRISE, STORE_T_INDICATOR,
	STORE_T_OBSERVATION, STORE_T_OBLIGATION, STORE_T_LOT, STORE_T_AUDIT,
};
int store_count(struct store *st, enum store_table t, long *n, struct sb40_error *err);

/* Run read-only query ID (see store/queries.h) with NPARAMS text
 * parameters (NULL = SQL NULL).  FN gets each row as NCOLS texts (NULL for
 * SQL NULL; numbers as decimal text), borrowed for the call; it returns 0 to
 * go on, non-zero to stop (that value is returned). */
typedef int (*store_row_fn)(void *ctx, int ncols, const char *const *vals);
int store_query(struct store *st, int query_id, int nparams, const char *const *params,
		store_row_fn fn, void *ctx, struct sb40_error *err);

/* ---- assessments (issue 5): an innovation or maturity assessment with
 * its input and result documents (JSON text), and who it is about ----
 *
 * The firm fields are the registry's for a registered firm (zone code,
 * region code, activity code), else as the document gives them; a firm is
 * identified by its TIN across its assessments. */

struct store_assessment {
	long id;
	const char *kind;          /* innovation, maturity */
	long enterprise_id;        /* 0: not a registered firm */
	const char *tin, *firm;    /* may be NULL */
	const char *zone, *region, *sector; /* may be NULL */
	const char *input, *result;         /* JSON */
	const char *created_at, *created_by;
};
/* Add A (inside a transaction; A->id and A->created_at are ignored, the
 * time is now).  *ID gets the new id. */
int store_assessment_add(struct store *st, const struct store_assessment *a, long *id,
			 struct sb40_error *err);
/* FN gets each assessment, borrowed for the call; it returns 0 to go on,
 * non-zero to stop (that value is returned). */
typedef int (*store_assessment_fn)(void *ctx, const struct store_assessment *a);
/* Assessment ID: FN called once; SB40_ENOTFOUND (ERR untouched) when none. */
int store_assessment_get(struct store *st, long id, store_assessment_fn fn, void *ctx,
			 struct sb40_error *err);
struct store_assessment_filter {
	const char *kind, *tin, *zone, *region, *sector; /* NULL: any */
	long before_id;      /* > 0: only older assessments (ids below it) */
	const char *not_tin; /* leave this firm out */
	int latest_per_firm; /* only each firm's newest */
	/* only firms the registry has in this zone (code) now, by their TIN
	 * (a zone manager's scope; `zone` is the zone recorded with it) */
	const char *member_zone;
	long limit, offset;  /* limit 0: no limit */
};
/* The assessments F selects, newest first. */
int store_assessment_list(struct store *st, const struct store_assessment_filter *f,
			  store_assessment_fn fn, void *ctx, struct sb40_error *err);
/* *N gets the number of assessments F selects, without its limit and offset. */
int store_assessment_count(struct store *st, const struct store_assessment_filter *f, long *n,
			   struct sb40_error *err);

/* ---- users, sessions, sign-in throttling (the web server's access) ----
 *
 * These may run inside or outside a transaction; outside one, each is
 * committed at once.  Times: ISO 8601 UTC text as store_now() writes it for
 * sessions (they compare as text); whole seconds since 1970 for throttling.
 * Passwords never reach the store: PW_HASH is libsodium's encoded argon2id
 * string, TOKEN_HASH a hex digest of a session token (web/auth.h). */

struct store_user {
	long id;
	char login[64];
	char pw_hash[160];
	char role[16];          /* admin, analyst, zone_manager, enterprise */
	long zone_id;           /* scope: a zone (0 when none) */
	long enterprise_id;     /* scope: an enterprise (0 when none) */
	char zone[64];          /* that zone's code, "" when none */
	char enterprise[16];    /* that enterprise's TIN, "" when none */
	char lang[8];           /* uz, uz-Cyrl, ru, en */
	int disabled;
	char created_at[24];
};

/* Add a user; SB40_EEXIST when LOGIN is taken.  ZONE_ID / ENTERPRISE_ID 0
 * for none.  *ID (may be NULL) gets the new row's id. */
int store_user_add(struct store *st, const char *login, const char *pw_hash, const char *role,
		   long zone_id, long enterprise_id, const char *lang, long *id,
		   struct sb40_error *err);
/* 0 found, SB40_ENOTFOUND (ERR untouched) or an error. */
int store_user_get(struct store *st, const char *login, struct store_user *out,
		   struct sb40_error *err);
/* Every user ordered by login; FN as store_revision_fn, U borrowed for the call. */
typedef int (*store_user_fn)(void *ctx, const struct store_user *u);
int store_user_list(struct store *st, store_user_fn fn, void *ctx, struct sb40_error *err);
/* Disable (1) or enable (0) LOGIN; disabling also ends its sessions.
 * SB40_ENOTFOUND (with a message) when there is no such user. */
int store_user_set_disabled(struct store *st, const char *login, int disabled,
			    struct sb40_error *err);
/* Replace LOGIN's password hash and end its sessions.  SB40_ENOTFOUND as above. */
int store_user_set_password(struct store *st, const char *login, const char *pw_hash,
			    struct sb40_error *err);

struct store_session {
	struct store_user user;
	char csrf[80];
	char expires_at[24];
};
int store_session_add(struct store *st, const char *token_hash, long user_id, const char *csrf,
		      const char *expires_at, struct sb40_error *err);
/* The live session TOKEN_HASH at time NOW (not expired, user not disabled):
 * 0, SB40_ENOTFOUND (ERR untouched) or an error. */
int store_session_get(struct store *st, const char *token_hash, const char *now,
		      struct store_session *out, struct sb40_error *err);
int store_session_delete(struct store *st, const char *token_hash, struct sb40_error *err);
/* Delete the sessions that expired before NOW. */
int store_session_purge(struct store *st, const char *now, struct sb40_error *err);

/* Failed sign-ins under KEY ("user:LOGIN", "addr:IP"): the count and the time
 * of the last one (0, 0 when none). */
int store_throttle_get(struct store *st, const char *key, long *failures, long *last,
		       struct sb40_error *err);
/* Count one more failure under KEY at NOW. */
int store_throttle_fail(struct store *st, const char *key, long now, struct sb40_error *err);
/* Forget KEY's failures (after a successful sign-in, or when they are old). */
int store_throttle_clear(struct store *st, const char *key, struct sb40_error *err);

/* Time T as "YYYY-MM-DDTHH:MM:SSZ" (UTC) into OUT (>= 21 bytes), the form
 * the store keeps times in; store_now() is store_time(time(NULL)). */
char *store_time(time_t t, char *out);
char *store_now(char *out);

#endif
