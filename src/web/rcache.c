/* rcache.c - see rcache.h. */
#include "web/rcache.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rcache_entry {
	struct rcache_entry *next;
	uint64_t hash;
	char *key, *body;
	size_t len;
	char ctype[48];
};

static uint64_t fnv1a(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

void rcache_init(struct rcache *c)
{
	memset(c, 0, sizeof *c);
	pthread_mutex_init(&c->lock, NULL);
}

static void clear(struct rcache *c)
{
	for (size_t i = 0; i < RCACHE_BUCKETS; i++) {
		struct rcache_entry *e = c->bucket[i], *next;
		for (; e; e = next) {
			next = e->next;
			free(e->key);
			free(e->body);
			free(e);
		}
		c->bucket[i] = NULL;
	}
	c->n = 0;
	c->bytes = 0;
}

void rcache_release(struct rcache *c)
{
	clear(c);
	pthread_mutex_destroy(&c->lock);
}

/* Called with the lock held: a new data version empties the cache. */
static void set_version(struct rcache *c, const char *version)
{
	if (strcmp(c->version, version)) {
		clear(c);
		snprintf(c->version, sizeof c->version, "%s", version);
	}
}

char *rcache_get(struct rcache *c, const char *key, const char *version, size_t *len,
		 char *ctype, size_t ctypen)
{
	uint64_t h = fnv1a(key);
	char *copy = NULL;
	pthread_mutex_lock(&c->lock);
	set_version(c, version);
	for (struct rcache_entry *e = c->bucket[h % RCACHE_BUCKETS]; e; e = e->next) {
		if (e->hash != h || strcmp(e->key, key))
			continue;
		copy = malloc(e->len ? e->len : 1);
		if (copy) {
			memcpy(copy, e->body, e->len);
			*len = e->len;
			snprintf(ctype, ctypen, "%s", e->ctype);
		}
		break;
	}
	if (copy)
		c->hits++;
	else
		c->misses++;
	pthread_mutex_unlock(&c->lock);
	return copy;
}

void rcache_put(struct rcache *c, const char *key, const char *version, const char *ctype,
		const char *body, size_t len)
{
	uint64_t h = fnv1a(key);
	struct rcache_entry *e;
	if (len > RCACHE_MAX_BYTES / 16 || strlen(ctype) >= sizeof e->ctype)
		return; /* not worth holding */
	e = calloc(1, sizeof *e);
	if (!e)
		return;
	e->key = strdup(key);
	e->body = malloc(len ? len : 1);
	if (!e->key || !e->body) {
		free(e->key);
		free(e->body);
		free(e);
		return;
	}
	memcpy(e->body, body, len);
	e->len = len;
	e->hash = h;
	snprintf(e->ctype, sizeof e->ctype, "%s", ctype);
	pthread_mutex_lock(&c->lock);
	if (strcmp(c->version, version)) { /* computed under a version already gone */
		pthread_mutex_unlock(&c->lock);
		free(e->key);
		free(e->body);
		free(e);
		return;
	}
	if (c->n + 1 > RCACHE_MAX_ENTRIES || c->bytes + len > RCACHE_MAX_BYTES)
		clear(c);
	/* a racing worker may have put the same key: keep one */
	for (struct rcache_entry *o = c->bucket[h % RCACHE_BUCKETS]; o; o = o->next)
		if (o->hash == h && !strcmp(o->key, key)) {
			pthread_mutex_unlock(&c->lock);
			free(e->key);
			free(e->body);
			free(e);
			return;
		}
	e->next = c->bucket[h % RCACHE_BUCKETS];
	c->bucket[h % RCACHE_BUCKETS] = e;
	c->n++;
	c->bytes += len;
	pthread_mutex_unlock(&c->lock);
}
