/* error.h - the one way sb40 reports a failure.
 *
 * Why: libraries never print or exit (DESIGN.md); they fill a caller's
 * struct sb40_error and return a status.  There are no static message
 * buffers, so this works from any thread.
 *
 * A message reads "problem first, subject quoted", lowercase:
 *     expected a number, got "abc"
 * and, when it comes from a file, carries its place:
 *     zones.csv:3:7: expected a number, got "abc"
 * The CLI prints it as "sb40: " + error_text().
 *
 * Translation: besides the English text, the error keeps the format (the
 * pointer to the literal) and its arguments, typed by walking the format, so
 * that src/report/errmsg.h can render the message in the user's language.
 * Strings are copied into a bounded buffer inside the struct; a format with
 * a conversion the walker does not know, more than SB40_ERROR_MAXARGS
 * arguments or strings longer than the buffer keeps fmt NULL: English only.
 *
 * Ownership: struct sb40_error is a plain value the caller owns (usually on
 * the stack); nothing inside is heap-allocated, so a struct copy is complete
 * (fmt points to a string literal).
 */
#ifndef SB40_BASE_ERROR_H
#define SB40_BASE_ERROR_H
#include <stdarg.h>
#include <stddef.h>

enum sb40_status {
	SB40_OK = 0,
	SB40_EINVAL = 1,    /* bad input: a value, a row, an argument */
	SB40_ENOTFOUND = 2, /* a referenced thing does not exist */
	SB40_EEXIST = 3,    /* a duplicate */
	SB40_EIO = 4,       /* a file or the database could not be read/written */
	SB40_ENOMEM = 5,
	SB40_ESCHEMA = 6,   /* database schema too new / broken */
	SB40_EDB = 7,       /* the database said no (constraint, busy, ...) */
	SB40_ESINGULAR = 8, /* statistics: singular or collinear data */
	SB40_ENOCONV = 9,   /* statistics: an optimiser did not converge */
	SB40_EMISSING = 10, /* statistics: too few or missing values */
	SB40_EAUTH = 11,    /* not allowed */
};

#define SB40_ERROR_MAXARGS 8
#define SB40_ERROR_STRBUF 768

/* The C type of one stored argument (what va_arg read). */
enum sb40_argtype {
	SB40_ARG_INT, SB40_ARG_UINT, SB40_ARG_LONG, SB40_ARG_ULONG,
	SB40_ARG_LLONG, SB40_ARG_ULLONG, SB40_ARG_SIZE, SB40_ARG_SSIZE,
	SB40_ARG_DOUBLE, SB40_ARG_STR, SB40_ARG_CHAR
};

struct sb40_error_arg {
	unsigned char type; /* enum sb40_argtype */
	union {
		long long i;        /* INT LONG LLONG SSIZE CHAR */
		unsigned long long u; /* UINT ULONG ULLONG SIZE */
		double d;
		unsigned short s;   /* STR: offset into sbuf */
	} v;
};

struct sb40_error {
	int code;        /* enum sb40_status; SB40_OK when nothing is wrong */
	char where[512]; /* "file:line:column" or a field / JSON path; may be "" */
	char msg[1024];  /* the message without the place */
	char text[1540]; /* where + ": " + msg, filled by error_text() */
	const char *fmt; /* the English format (a literal), NULL: not translatable */
	int nargs;
	struct sb40_error_arg args[SB40_ERROR_MAXARGS];
	char sbuf[SB40_ERROR_STRBUF]; /* the string arguments, NUL-terminated */
};

/* Clear E (code SB40_OK, empty strings).  E may be NULL. */
void error_clear(struct sb40_error *e);

/* Set code and message (printf-style) with no place.  Returns CODE so that
 * callers can write `return error_set(err, SB40_EINVAL, "...")`.  E may be
 * NULL, then only CODE is returned. */
int error_set(struct sb40_error *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Same, with a place "FILE:LINE:COLUMN" (COLUMN 0 leaves it out, LINE 0 too). */
int error_setat(struct sb40_error *e, int code, const char *file, long line,
		long column, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Same, with a free-form place such as a JSON path or a field name. */
int error_setwhere(struct sb40_error *e, int code, const char *where,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The va_list forms of error_set / error_setat / error_setwhere, for
 * wrappers that format their own messages (jr_fail, web_fail). */
int error_vset(struct sb40_error *e, int code, const char *fmt, va_list ap);
int error_vsetat(struct sb40_error *e, int code, const char *file, long line,
		 long column, const char *fmt, va_list ap);
int error_vsetwhere(struct sb40_error *e, int code, const char *where,
		    const char *fmt, va_list ap);

/* Set only the place of E, keeping code, message and arguments (for a
 * message made without knowing where, e.g. by parse.c). */
void error_place(struct sb40_error *e, const char *file, long line, long column);
void error_placewhere(struct sb40_error *e, const char *where);

/* "where: msg" or "msg"; borrowed from E, valid until E changes. */
const char *error_text(struct sb40_error *e);

/* Quote S for a message: at most 40 bytes, control bytes escaped, "..." after
 * a cut.  Writes into OUT (size N) and returns OUT. */
char *error_quote(char *out, size_t n, const char *s, size_t len);

#endif
