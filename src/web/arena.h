/* arena.h - a memory pool per request, freed in one call.
 *
 * Why: a request builds many small strings (captures, decoded form fields,
 * cookie values, formatted numbers); tracking each free() on every error
 * path would hide the logic (STYLE.md, habit 10, after h2o's mem pool).
 * Allocation failure aborts, as buf.h does.
 *
 * Ownership: the arena owns every block it hands out; arena_release() frees
 * them all and leaves the arena empty and reusable.  Pointers from an arena
 * are valid until its release.
 */
#ifndef SB40_WEB_ARENA_H
#define SB40_WEB_ARENA_H
#include <stddef.h>

struct arena_block;
struct arena {
	struct arena_block *head; /* newest block first */
};

#define ARENA_INIT { NULL }

void *arena_alloc(struct arena *a, size_t n);      /* zeroed, aligned for any type */
char *arena_strdup(struct arena *a, const char *s); /* NULL in, NULL out */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_release(struct arena *a);

#endif
