/* form.h - the fields of a query string, an urlencoded or a multipart form.
 *
 * Why: pages post forms (sign-in, user admin, CSV uploads as
 * multipart/form-data); decoding them is pure text work that is unit-tested
 * apart from the server.  Limits: at most FORM_MAX_FIELDS fields (more is
 * an error; the structured innovation form has a few hundred); multipart
 * parts may hold any bytes (an uploaded CSV).
 *
 * Ownership: struct form and every name/value in it are allocated in the
 * caller's arena; values are NUL-terminated (uploads may hold NULs: use len).
 */
#ifndef SB40_WEB_FORM_H
#define SB40_WEB_FORM_H
#include <stddef.h>
#include "web/arena.h"

#define FORM_MAX_FIELDS 4096

struct form_field {
	const char *name, *value;
	size_t len;            /* of value */
	const char *filename;  /* multipart file parts; NULL otherwise */
};

struct form {
	int n, cap;
	struct form_field *f; /* f[0..n), in the arena; grows by doubling */
};

/* Percent-decode S[0..LEN) ('+' as space when PLUS) into the arena. */
char *form_decode(struct arena *a, const char *s, size_t len, int plus, size_t *outlen);

/* Add the fields of "a=1&b=x%20y" to F.  0, or -1 with MSG set. */
int form_parse_urlencoded(struct form *f, struct arena *a, const char *s, size_t len,
			  char *msg, size_t msgn);

/* Add the parts of a multipart/form-data BODY whose Content-Type header is
 * CTYPE (it carries the boundary).  0, or -1 with MSG set. */
int form_parse_multipart(struct form *f, struct arena *a, const char *ctype, const char *body,
			 size_t len, char *msg, size_t msgn);

/* The first field NAME, or NULL. */
const struct form_field *form_field(const struct form *f, const char *name);
/* Its value, or NULL. */
const char *form_get(const struct form *f, const char *name);

#endif
