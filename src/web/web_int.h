/* web_int.h - private to src/web/: the server context, the request, and the
 * helpers every handler uses.
 *
 * A request (struct web_req) lives from MHD's first call of the access
 * handler to its completion callback.  Everything it allocates is in its
 * arena (freed in one call at completion) or its body buffer.
 *
 * Handlers: `int h_NAME(struct web_req *r)`, listed in routes.c.  When a
 * handler runs, the route's role and CSRF rules have been checked, r->st
 * is a store handle of this thread, r->lang is the negotiated language, and
 * r->user is the signed-in user (NULL on public routes without a session).
 * A handler returns what the web_send*() / web_fail() it called returned;
 * a helper that may already have sent the response ends in _or_respond and
 * returns 0 when the handler should go on, -1 when it answered.
 */
#ifndef SB40_WEB_WEB_INT_H
#define SB40_WEB_WEB_INT_H
#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include "base/buf.h"
#include "store/store.h"
#include "web/arena.h"
#include "web/auth.h"
#include "web/form.h"
#include "web/i18n_web.h"
#include "web/rcache.h"
#include "web/route.h"
#include "web/server.h"

struct web_server {
	struct web_config cfg;
	struct MHD_Daemon *daemon;
	struct auth auth;
	const struct route *routes;
	/* the store pool: free handles on a stack */
	pthread_mutex_t pool_lock;
	pthread_cond_t pool_cond;
	struct store **handles;
	int nhandles, nfree;
	struct store **free_stack;
	pthread_mutex_t log_lock;
	struct rcache rcache;
};

#define WEB_MAX_COOKIES 3

struct web_req {
	struct web_server *srv;
	struct MHD_Connection *conn;
	const char *method, *path;
	struct arena arena;
	struct buf body;
	int too_large, responded;
	const struct route *route;
	struct route_caps caps;
	const char *cap[ROUTE_MAX_CAPS]; /* captures, decoded, in the arena */
	struct store *st;
	struct store_session sess;
	const struct store_user *user;   /* &sess.user when signed in, else NULL */
	int bearer;                      /* signed in by an Authorization header */
	const char *lang;                /* "uz", "uz-Cyrl", "ru", "en" */
	enum i18n_lang li;
	struct form form;                /* the body's fields (POST forms) */
	const char *cookies[WEB_MAX_COOKIES];
	int ncookies;
	unsigned status;
	long retry_after;                /* seconds, for a 429 */
	size_t bytes;
	double t0;
	char addr[48];
	const char *cache_key;           /* set: a 200 answer goes into the cache */
	char cache_version[64];
	int cache_hit;                   /* answered from the cache (X-Cache: hit) */
	const char *filename;            /* set: sent as an attachment of that name */
};

/* ---- server.c ---- */
/* Query-string argument NAME, or NULL. */
const char *web_arg(struct web_req *r, const char *name);
const char *web_header(struct web_req *r, const char *name);
/* Is this an API request (/api/...)? */
int web_is_api(const struct web_req *r);

/* ---- respond.c ---- */
/* Send BODY (taken over: released) with STATUS and CTYPE. */
int web_send(struct web_req *r, unsigned status, const char *ctype, struct buf *body);
/* Send static bytes (not copied; must outlive the response). */
int web_send_static(struct web_req *r, unsigned status, const char *ctype, const char *data,
		    size_t len, const char *cache);
/* Send J (reference taken over) as JSON. */
int web_json(struct web_req *r, unsigned status, json_t *j);
/* 303 See Other to LOCATION. */
int web_redirect(struct web_req *r, const char *location);
/* An error: JSON {"error": {"code", "message", "where"}} on /api/, else an
 * HTML page.  CODE is a stable word ("not_found", "forbidden", ...), WHERE
 * a field or file:line:column (may be NULL). */
int web_fail(struct web_req *r, unsigned status, const char *code, const char *where,
	     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The same from a store/import error: status from its code.  On pages the
 * message of web_fail and web_fail_err is in the request's language
 * (report/errmsg.h); the JSON API keeps English, stable for scripts. */
int web_fail_err(struct web_req *r, struct sb40_error *err);
/* web_fail with the message of E (WHERE its place, may be NULL). */
int web_fail_e(struct web_req *r, unsigned status, const char *code, const char *where,
	       const struct sb40_error *e);
/* E's message (no place) for this request: English on /api/, else in the
 * request's language; in the arena. */
const char *web_errmsg(struct web_req *r, const struct sb40_error *e);
/* Add a Set-Cookie header to the response to come. */
void web_cookie(struct web_req *r, const char *set_cookie);

/* ---- routes.c: the tables ---- */
struct web_nav {
	const char *path;
	enum i18n_key label;
	unsigned roles;
};
extern const struct route web_routes[];
extern const struct web_nav web_nav[];

/* ---- html.c ---- */
void html_esc(struct buf *b, const char *s);
void html_escn(struct buf *b, const char *s, size_t n);
/* S percent-encoded for a query string value (unreserved characters and ':'
 * kept); the result needs no HTML escaping. */
void url_enc(struct buf *b, const char *s);
/* The translation of K in the request's language. */
#define T(r, k) i18n_web_text((r)->li, (k))
/* Page head, header with navigation (NAV: the active item's path) and
 * the start of <main>; then page_end() closes it. */
void page_begin(struct web_req *r, struct buf *b, const char *title, const char *nav);
void page_end(struct web_req *r, struct buf *b);
int page_send(struct web_req *r, struct buf *b);
/* A hidden CSRF field for forms. */
void html_csrf(struct web_req *r, struct buf *b);
/* V formatted for the request's language (DECIMALS digits; NaN as a dash). */
const char *web_num(struct web_req *r, double v, int decimals);
/* Text value of a query row cell as a number (NaN for NULL/empty). */
double web_cell(const char *s);
/* "2025-02-20" as the language writes dates ("20.02.2025" in uz/ru). */
const char *web_date(struct web_req *r, const char *iso);

/* ---- rows.c ---- */
struct web_rows {
	size_t n;
	int ncols;
	const char ***v; /* v[row][col], NULL for SQL NULL; in the arena */
};
/* Run store_query() and keep every row in the request's arena. */
int web_rows(struct web_req *r, int query, int nparams, const char *const *params,
	     struct web_rows *out, struct sb40_error *err);

/* ---- scope.c: what a role may see and change ---- */
/* The zone code a zone manager is bound to, the TIN a firm user is; NULL
 * for staff (all). */
const char *web_scope_zone(const struct web_req *r);
const char *web_scope_tin(const struct web_req *r);
/* May the user import KIND data in CSV DATA?  0 yes; otherwise ERR names the
 * first row outside the user's scope (file:line:column). */
int web_scope_import(struct web_req *r, int kind, const char *name, const char *data,
		     size_t len, struct sb40_error *err);
/* 0 when the user may read the values of ENTITY ("zone:X",
 * "enterprise:TIN", ...), else -1 after a 403. */
int web_scope_entity_or_respond(struct web_req *r, const char *entity);
/* May a zone manager read stored assessment ID?  0 yes (and for every other
 * role: the firm accounts' rule is assess_show's); SB40_ENOTFOUND "no
 * assessment ID" when its firm (TIN) is not registered in the manager's
 * zone, or there is no such assessment; other codes for a failed read. */
int web_scope_assessment(struct web_req *r, long id, struct sb40_error *err);
/* The filter and page of a list of stored assessments from the query (kind,
 * tin, zone, region, sector, page, per_page; *PER holds the default), in
 * the user's scope (h_api_assess.c): 0, or -1 after a 400 naming the bad
 * parameter or a 403 for a tin or zone outside the scope. */
int web_assess_args_or_respond(struct web_req *r, struct store_assessment_filter *f, long *page,
			       long *per);

#endif
