/* jsonread.h - strict reading of JSON documents, naming the path of every
 * value in errors.
 *
 * Why: documents filled in by people (assessments, later API bodies) must
 * be checked field by field, and a mistake must point at its place:
 *     firm.json: $.criteria[2].weight: expected a number from 0 to 1, got "x"
 * A struct jr carries the file name and the JSON path of the value at
 * hand; readers push a key or an index before descending and pop back to
 * the mark they got.  Every jr_* function that fails fills the caller's
 * error (code SB40_EINVAL) with "FILE: PATH" as its place and returns the
 * code; on success it returns 0.  No output, no globals.
 *
 * Ownership: values are borrowed from the caller's json_t; strings handed
 * out live as long as that document.
 */
#ifndef SB40_IO_JSONREAD_H
#define SB40_IO_JSONREAD_H
#include <jansson.h>
#include <stddef.h>
#include "base/error.h"

struct jr {
	const char *file;       /* names the document in errors */
	struct sb40_error *err; /* where failures go */
	char path[512];         /* "$", "$.firm.capabilities", ... */
	size_t len;             /* strlen(path) */
};

#define JR_INIT(file, err) {(file), (err), "$", 1}

/* Parse TEXT[LEN] into *ROOT, which must be an object (caller decrefs).  A
 * syntax error is "FILE:LINE:COLUMN: invalid JSON: ...". */
int jr_load(struct jr *c, const char *text, size_t len, json_t **root);

/* Fail at the current path with a printf-style message. */
int jr_fail(struct jr *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Fail with "expected WHAT, got V" (V described as in jr_describe()). */
int jr_expect(struct jr *c, const json_t *v, const char *what);

/* Append ".key" (or ["key"] when KEY is not an identifier) or "[i]" to the
 * path; each returns the mark that jr_pop() goes back to. */
size_t jr_push_key(struct jr *c, const char *key);
size_t jr_push_index(struct jr *c, size_t i);
void jr_pop(struct jr *c, size_t mark);

/* How V reads in a message: "x" (quoted), 1.5, true, null, an object, an
 * array.  Returns OUT (size N) or a static string. */
const char *jr_describe(const json_t *v, char *out, size_t n);

/* V is an object with no key outside ALLOWED (NULL-terminated). */
int jr_object(struct jr *c, json_t *v, const char *const *allowed);
/* OBJ has KEY: "missing field "KEY"" otherwise. */
int jr_need(struct jr *c, json_t *obj, const char *key, json_t **out);
/* OBJ.KEY is a non-empty string; when not REQUIRED it may be absent or
 * null (then *OUT = NULL). */
int jr_string(struct jr *c, json_t *obj, const char *key, int required, const char **out);
/* V is a number in [LO, HI] / a whole number in [LO, HI]; WHAT is the
 * expectation the message states ("a number from 0 to 1"). */
int jr_number(struct jr *c, const json_t *v, double lo, double hi, const char *what,
	      double *out);
int jr_int(struct jr *c, const json_t *v, int lo, int hi, const char *what, int *out);
/* V is one of the strings IDS[N]; *OUT its index. */
int jr_enum(struct jr *c, const json_t *v, const char *const *ids, size_t n, int *out);
/* V is an array of at least MIN items (WHAT names them in the message). */
int jr_array(struct jr *c, const json_t *v, size_t min, const char *what);

#endif
