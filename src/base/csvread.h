/* csvread.h - a streaming CSV reader on libcsv that knows where it is.
 *
 * Why: every importer needs RFC 4180 parsing (libcsv does that) plus what
 * libcsv does not give: the line of each record, the column of each field,
 * UTF-8 validation, a BOM and CRLF accepted, and a hard cap on the size of a
 * record so that memory stays bounded whatever the file holds.
 *
 * Places: LINE is the 1-based physical line where a record starts; COLUMN is
 * the 1-based field number within the record (what a spreadsheet user calls
 * column 1, 2, 3).
 *
 * States: open --csvr_next()==1--> on a record --...--> csvr_next()==0 (end)
 *         any --csvr_next()==-1--> failed (err filled; further calls fail).
 *
 * Ownership: csvr_open*() returns a reader the caller frees with
 * csvr_close().  Field pointers are borrowed until the next csvr_next() or
 * csvr_close(); every field is NUL-terminated.  csvr_open_mem() borrows DATA
 * for the reader's lifetime.
 */
#ifndef SB40_BASE_CSVREAD_H
#define SB40_BASE_CSVREAD_H
#include <stddef.h>
#include <stdint.h>
#include "base/error.h"

#define CSVR_MAX_RECORD (1u << 20) /* bytes in one record, quoted newlines included */

struct csvr;

/* Open PATH ("-" reads standard input).  NAME is used in messages and is
 * PATH when NULL. */
int csvr_open(const char *path, const char *name, struct csvr **out,
	      struct sb40_error *err);
int csvr_open_mem(const char *name, const char *data, size_t len,
		  struct csvr **out, struct sb40_error *err);
void csvr_close(struct csvr *r);

/* Read the next record: 1 = a record is there, 0 = end of input, -1 = error
 * (ERR has "name:line:column: message"). */
int csvr_next(struct csvr *r, struct sb40_error *err);

size_t csvr_nfields(const struct csvr *r);
/* Field I (0-based) of the current record; LEN may be NULL. */
const char *csvr_field(const struct csvr *r, size_t i, size_t *len);
long csvr_line(const struct csvr *r);     /* line where the current record starts */
const char *csvr_name(const struct csvr *r);
uint64_t csvr_offset(const struct csvr *r); /* bytes consumed so far */
uint64_t csvr_size(const struct csvr *r);   /* total bytes, 0 when unknown (pipe) */

#endif
