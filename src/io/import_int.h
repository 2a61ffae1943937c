/* import_int.h - private to src/io/import*.c: the state of one import and
 * the per-kind row validators. */
#ifndef SB40_IO_IMPORT_INT_H
#define SB40_IO_IMPORT_INT_H
#include "base/hset.h"
#include "io/import.h"

#define IMPORT_MAX_COLS 12

struct import_col {
	const char *name;
	int required;
};

struct import_state {
	struct store *st;
	struct csvr *r;
	const struct import_options *opt;
	enum import_kind kind;
	int col[IMPORT_MAX_COLS]; /* spec column -> field index in the file, -1 absent */
	size_t nheader;           /* fields in the header line */
	struct hset seen;         /* keys seen in this file, for duplicates */
	struct hset regions;      /* region name -> id */
	struct hset zones;        /* zone code -> id */
	long today;
	int writing;              /* 0 once an error was found: validate only */
};

/* The columns of each kind, NULL-terminated. */
extern const struct import_col *const import_columns[IMPORT_NKINDS];

/* Validate the current record of S->r and, when S->writing, put it into the
 * store.  Returns 0 or an error (ERR filled with the place). */
int import_row(struct import_state *s, enum store_put *res, struct sb40_error *err);

#endif
