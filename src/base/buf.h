/* buf.h - a growable byte buffer that is always NUL-terminated.
 *
 * Why: building SQL-free text (messages, CSV/JSON output, HTML) without fixed
 * arrays.  Invariant: b->data is never NULL after buf_init() and
 * b->data[b->len] == '\0'.  Allocation failure aborts: sb40 cannot do
 * anything useful without memory, and a NULL check after every append would
 * hide the logic.
 *
 * Ownership: the buffer owns data; buf_release() frees it; buf_detach()
 * hands it to the caller, who frees it with free().
 */
#ifndef SB40_BASE_BUF_H
#define SB40_BASE_BUF_H
#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;
	size_t len;
	size_t cap;
};

#define BUF_INIT { (char *)buf_empty, 0, 0 }
extern const char buf_empty[1];

void buf_init(struct buf *b);
void buf_release(struct buf *b);            /* free and re-init */
void buf_reset(struct buf *b);              /* len = 0, keep memory */
void buf_grow(struct buf *b, size_t extra); /* room for EXTRA more bytes */
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
char *buf_detach(struct buf *b, size_t *len); /* caller frees with free() */

#endif
