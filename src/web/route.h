/* route.h - the server's routes as a declarative table, and matching.
 *
 * Why: every page and endpoint is one row (method, path pattern, handler,
 * roles allowed, CSRF needed) so that what a role may do can be read in one
 * place and tested as data; a new feature (zones, forecasts, assessments)
 * plugs in as one more row in routes.c.  Matching is pure and has no MHD
 * in it, so it is unit-tested without a server.
 *
 * Patterns: literal segments and "{name}" captures, each capture one
 * non-empty path segment without '/': "/zones/{code}".  A trailing "*"
 * segment captures the rest of the path (unused by the table so far).
 *
 * Ownership: tables are static data; captures point into the caller's PATH
 * (start, length), nothing is allocated.
 */
#ifndef SB40_WEB_ROUTE_H
#define SB40_WEB_ROUTE_H
#include <stddef.h>

/* Who may use a route.  R_PUBLIC: no sign-in needed. */
enum route_role {
	R_ADMIN = 1, R_ANALYST = 2, R_ZONE = 4, R_ENT = 8,
	R_STAFF = R_ADMIN | R_ANALYST,
	R_ANY = R_ADMIN | R_ANALYST | R_ZONE | R_ENT,
	R_PUBLIC = 16,
};

/* The role bit of "admin", "analyst", "zone_manager", "enterprise"; 0 for others. */
unsigned route_role_bit(const char *role);

#define ROUTE_MAX_CAPS 4

/* ROUTE_CSRF: the request must carry the session's CSRF token.
 * ROUTE_CACHE: a GET whose answer depends only on the data, the URL, the
 * language, the day and the user, so it may be kept (web/rcache.h). */
enum route_flag { ROUTE_CSRF = 1, ROUTE_CACHE = 2 };

struct web_req;
typedef int (*route_handler)(struct web_req *r);

struct route {
	const char *method;  /* "GET", "POST" */
	const char *pattern;
	route_handler fn;
	unsigned roles;      /* enum route_role bits */
	unsigned flags;      /* ROUTE_CSRF, ROUTE_CACHE */
};

struct route_caps {
	int n;
	const char *at[ROUTE_MAX_CAPS];
	size_t len[ROUTE_MAX_CAPS];
};

/* Does PATH match PATTERN?  1 and CAPS filled, or 0. */
int route_match(const char *pattern, const char *path, struct route_caps *caps);

/* The row of TABLE (ended by a row with pattern NULL) for METHOD and PATH.
 * NULL when none; then *PATH_KNOWN is 1 when another method matches (405). */
const struct route *route_find(const struct route *table, const char *method, const char *path,
			       struct route_caps *caps, int *path_known);

#endif
