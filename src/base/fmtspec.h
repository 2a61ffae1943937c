/* fmtspec.h - reading printf conversion specifications.
 *
 * Why: struct sb40_error stores a message's arguments typed by its format
 * (error.c), and src/report/errmsg.c renders a translated format with them;
 * both walk formats the same way, here.  Supported: flags "-+ #0", a width
 * and a precision (digits, '*' or "*N$"), the lengths hh h l ll z, and the
 * conversions d i u x X o c s g G f F e E, and "%%".  Positional "%N$" is
 * read; whether it is allowed is the caller's choice.  Pure, no state.
 */
#ifndef SB40_BASE_FMTSPEC_H
#define SB40_BASE_FMTSPEC_H
#include <stddef.h>

struct fmtspec {
	int pos;           /* N of "%N$", 0 when not positional */
	char flags[8];     /* NUL-terminated */
	int width;         /* -1 none, -2 '*' */
	int wpos;          /* N of "*N$" for the width, else 0 */
	int prec;          /* -1 none, -2 '*' */
	int ppos;          /* N of ".*N$", else 0 */
	char len[3];       /* "", "hh", "h", "l", "ll", "z" */
	char conv;         /* 'd', 's', ...; '%' for "%%" */
	unsigned char type; /* enum sb40_argtype of the value */
};

/* Read the specification at P (which points at '%').  Returns its length, or
 * -1 when it is not one of the supported forms. */
int fmtspec_parse(const char *p, struct fmtspec *s);

/* The argument types FMT consumes, in argument order, into TYPES (room for
 * MAX): a '*' is an INT.  With POSITIONAL, "%N$" and "*N$" are allowed: then
 * either every conversion is numbered (as in POSIX) or none is, and
 * TYPES[N-1] is set; a position used with two types, or a gap, is an error.
 * Returns the count, or -1. */
int fmtspec_types(const char *fmt, int positional, unsigned char *types, int max);

#endif
