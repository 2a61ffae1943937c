/* rcache.h - answers to repeated GET requests, kept while the data behind
 * them have not changed.
 *
 * Why: dashboards and scripts ask for the same overview, zone table and
 * JSON lists again and again, and between two imports the answer is the
 * same bytes.  A route marked `cache` in routes.c is answered from here
 * when an entry exists for the same key and the same data version; the
 * session is still checked on every request (rights are never cached).
 *
 * Key: the route's URL and query string, the language, the day (statuses
 * such as "overdue" change at midnight), the user's role and scope, and for
 * HTML pages the session (pages carry its CSRF token and login).  Data
 * version: store query Q_DATA_VERSION (the newest audit and observation
 * ids: every write to shown data adds a row to one of them), read on each
 * cached request, so an import by another process is seen at once.
 *
 * Bounds: at most RCACHE_MAX_ENTRIES entries and RCACHE_MAX_BYTES of
 * bodies; when either would be passed, or the data version moves, the
 * cache is emptied.  Thread-safe (one mutex).
 *
 * Ownership: the cache copies keys and bodies; rcache_release() frees all.
 */
#ifndef SB40_WEB_RCACHE_H
#define SB40_WEB_RCACHE_H
#include <pthread.h>
#include <stddef.h>

#define RCACHE_MAX_ENTRIES 4096
#define RCACHE_MAX_BYTES (64u << 20)
#define RCACHE_BUCKETS 1024

struct rcache_entry;

struct rcache {
	pthread_mutex_t lock;
	struct rcache_entry *bucket[RCACHE_BUCKETS];
	char version[64]; /* the data version the entries belong to */
	size_t n, bytes;
	unsigned long hits, misses;
};

void rcache_init(struct rcache *c);
void rcache_release(struct rcache *c);

/* Look KEY up under data VERSION.  On a hit, returns a malloc'ed copy of the
 * body (the caller frees it) with *LEN and CTYPE (at most CTYPEN bytes)
 * filled; NULL on a miss. */
char *rcache_get(struct rcache *c, const char *key, const char *version, size_t *len,
		 char *ctype, size_t ctypen);

/* Keep a copy of BODY (LEN bytes, content type CTYPE) under KEY for
 * VERSION.  Out of memory just means not kept. */
void rcache_put(struct rcache *c, const char *key, const char *version, const char *ctype,
		const char *body, size_t len);

#endif
