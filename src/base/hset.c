/* hset.c - open addressing with linear probing; keys in one arena. */
#include "base/hset.h"
#include <stdlib.h>
#include <string.h>

void hset_init(struct hset *s)
{
	memset(s, 0, sizeof *s);
}

void hset_release(struct hset *s)
{
	free(s->slots);
	free(s->keys);
	hset_init(s);
}

static uint64_t fnv1a(const unsigned char *p, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h ^ (h >> 29);
}

static void insert_slot(uint64_t *slots, size_t nslots, uint64_t h, uint64_t v)
{
	size_t i = (size_t)h & (nslots - 1);
	while (slots[i])
		i = (i + 1) & (nslots - 1);
	slots[i] = v;
}

static void grow(struct hset *s)
{
	size_t n = s->nslots ? s->nslots * 2 : 1024;
	uint64_t *ns = calloc(n, sizeof *ns);
	if (!ns)
		abort();
	for (size_t i = 0; i < s->nslots; i++) {
		uint64_t v = s->slots[i];
		if (!v)
			continue;
		size_t off = (size_t)(uint32_t)v - 1;
		uint16_t len;
		memcpy(&len, s->keys + off + 4, 2);
		insert_slot(ns, n, fnv1a(s->keys + off + 6, len), v);
	}
	free(s->slots);
	s->slots = ns;
	s->nslots = n;
}

long hset_get(const struct hset *s, const void *key, size_t len)
{
	uint64_t h;
	if (!s->nslots)
		return 0;
	if (len > 65535)
		len = 65535;
	h = fnv1a(key, len);
	for (size_t i = (size_t)h & (s->nslots - 1); s->slots[i]; i = (i + 1) & (s->nslots - 1)) {
		uint64_t v = s->slots[i];
		size_t off;
		uint16_t kl;
		uint32_t val;
		if ((uint32_t)(v >> 32) != (uint32_t)(h >> 32))
			continue;
		off = (size_t)(uint32_t)v - 1;
		memcpy(&kl, s->keys + off + 4, 2);
		if (kl == len && !memcmp(s->keys + off + 6, key, len)) {
			memcpy(&val, s->keys + off, 4);
			return (long)val;
		}
	}
	return 0;
}

long hset_add(struct hset *s, const void *key, size_t len, long line)
{
	uint64_t h;
	uint32_t tag;
	size_t i;
	uint16_t l16;
	uint32_t line32 = (uint32_t)line;

	if (len > 65535)
		len = 65535;
	if ((s->n + 1) * 10 > s->nslots * 7)
		grow(s);
	h = fnv1a(key, len);
	tag = (uint32_t)(h >> 32);
	for (i = (size_t)h & (s->nslots - 1); s->slots[i]; i = (i + 1) & (s->nslots - 1)) {
		uint64_t v = s->slots[i];
		size_t off;
		uint16_t kl;
		if ((uint32_t)(v >> 32) != tag)
			continue;
		off = (size_t)(uint32_t)v - 1;
		memcpy(&kl, s->keys + off + 4, 2);
		if (kl == len && !memcmp(s->keys + off + 6, key, len)) {
			uint32_t first;
			memcpy(&first, s->keys + off, 4);
			return first ? (long)first : 1;
		}
	}
	if (s->klen + 6 + len > s->kcap) {
		size_t cap = s->kcap ? s->kcap * 2 : 65536;
		while (cap < s->klen + 6 + len)
			cap *= 2;
		unsigned char *k = realloc(s->keys, cap);
		if (!k)
			abort();
		s->keys = k;
		s->kcap = cap;
	}
	if (s->klen >= UINT32_MAX - 1)
		abort(); /* 4 GB of keys: far beyond any import sb40 accepts */
	l16 = (uint16_t)len;
	memcpy(s->keys + s->klen, &line32, 4);
	memcpy(s->keys + s->klen + 4, &l16, 2);
	memcpy(s->keys + s->klen + 6, key, len);
	s->slots[i] = ((uint64_t)tag << 32) | (uint64_t)(s->klen + 1);
	s->klen += 6 + len;
	s->n++;
	return 0;
}
