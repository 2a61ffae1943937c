/* server.h - `sb40 serve`: the dashboard and the JSON API in one process.
 *
 * Why: the zone directorates, analysts and firms use the platform through
 * a browser; scripts use /api/v1.  The server runs on GNU libmicrohttpd with
 * its internal thread pool and epoll; each worker borrows one store handle
 * from a pool of as many handles as threads (a handle is used by one thread
 * at a time, store.h).
 *
 * States: web_serve() opens the store pool, starts the daemon, prints
 * "sb40 serve: listening on http://ADDR:PORT/" to CFG->out, then waits for
 * SIGINT or SIGTERM; then it stops accepting, lets in-flight requests end,
 * stops the daemon, closes the store handles and returns 0.
 *
 * Ownership: CFG and its strings are borrowed for the call.
 */
#ifndef SB40_WEB_SERVER_H
#define SB40_WEB_SERVER_H
#include <stddef.h>
#include <stdio.h>
#include "base/error.h"

struct web_config {
	const char *db;          /* store URL */
	const char *bind;        /* IPv4 address, default 127.0.0.1 */
	int port;                /* 0: any free port */
	int threads;             /* worker threads (and store handles) */
	size_t max_body;         /* bytes; larger requests get 413 */
	unsigned timeout;        /* seconds of inactivity before a connection is closed */
	unsigned max_connections;
	long session_seconds;    /* session lifetime */
	FILE *out;               /* the "listening on" line */
	FILE *log;               /* access log, one line per request; NULL: none */
};

/* Defaults for every field but db/out/log. */
void web_config_defaults(struct web_config *cfg);

/* Serve until SIGINT/SIGTERM.  0 after a clean stop, else ERR is filled
 * (the port is taken, the database cannot be opened ...). */
int web_serve(const struct web_config *cfg, struct sb40_error *err);

struct store;
/* The scope ids of a user with ROLE: a zone code for zone managers, a TIN
 * for firm accounts, nothing for the others.  NULL when SCOPE fits ROLE,
 * else a message saying what is wrong.  Used by `sb40 user add` and the
 * users page. */
const char *web_user_scope(struct store *st, const char *role, const char *scope, long *zone_id,
			   long *ent_id);

#endif
