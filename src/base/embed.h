/* embed.h - files compiled into the binary (migrations, assets).
 *
 * Why: sb40 is one self-contained binary; its schema and static assets travel
 * inside it.  cmake/embed.cmake generates the table at build time.
 * Ownership: everything here is static, read-only data; nothing to free.
 */
#ifndef SB40_BASE_EMBED_H
#define SB40_BASE_EMBED_H
#include <stddef.h>

struct embedded_file {
	const char *name; /* file name without folder, e.g. "0001_core.sql" */
	const char *data; /* contents, NUL-terminated */
	size_t size;      /* length in bytes, without the NUL */
};

/* Sorted by name; ends with a {NULL, NULL, 0} sentinel. */
extern const struct embedded_file embedded_files[];

/* The file called NAME, or NULL. */
const struct embedded_file *embed_find(const char *name);

#endif
