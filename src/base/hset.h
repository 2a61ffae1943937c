/* hset.h - a set of byte strings, for finding duplicates in an import.
 *
 * Why: an import must name the line of a duplicate key (a zone code, a
 * taxpayer number, an observation's entity+indicator+period) while memory
 * stays bounded; a 1,000,000-row registry costs about 27 MB here.
 * Each key remembers the line where it was first seen.
 *
 * Ownership: the set copies keys; hset_release() frees everything.
 */
#ifndef SB40_BASE_HSET_H
#define SB40_BASE_HSET_H
#include <stddef.h>
#include <stdint.h>

struct hset {
	uint64_t *slots;   /* (hash tag << 32) | (offset + 1); 0 = empty */
	size_t nslots, n;
	unsigned char *keys; /* [u32 line][u16 len][bytes] ... */
	size_t klen, kcap;
};

void hset_init(struct hset *s);
void hset_release(struct hset *s);
/* Add KEY.  Returns 0 when it was new, else the line it was first added
 * with (>= 1).  Keys longer than 65535 bytes are cut. */
long hset_add(struct hset *s, const void *key, size_t len, long line);

/* The line (or value) KEY was added with, 0 when absent.  With hset_add()
 * storing an id as the "line", the set doubles as a string -> id map. */
long hset_get(const struct hset *s, const void *key, size_t len);

#endif
