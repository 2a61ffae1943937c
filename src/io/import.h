/* import.h - validated, all-or-nothing import of CSV files into the store.
 *
 * Why: "bad input gets a clear error and loses nothing".  An import reads
 * the file once, streaming (memory stays bounded by the duplicate-key set,
 * about 27 bytes a row), validates every value, writes inside one
 * transaction and commits only when no row had an error.  Errors name
 * FILE:LINE:COLUMN (COLUMN = 1-based field number).  A dry run validates and
 * counts exactly as a real run, then rolls back.
 *
 * Kinds and their columns (header-driven, any order; * = required):
 *   zones:        code* name* region* district kind established area_ha
 *                 production_area_m2 specialisation
 *   enterprises:  tin* name* legal_form* activity_code region* zone
 *                 registered_on status
 *   observations: entity* indicator* period* value* source
 *   obligations:  enterprise* zone* kind* amount* unit* due_date* accepted_on
 *   lots:         zone* lot* area_m2* status* auction_date
 *
 * Ownership: everything passed in is borrowed for the call.
 */
#ifndef SB40_IO_IMPORT_H
#define SB40_IO_IMPORT_H
#include <stdio.h>
#include "base/csvread.h"
#include "base/error.h"
#include "store/store.h"

enum import_kind {
	IMPORT_ZONES, IMPORT_ENTERPRISES, IMPORT_OBSERVATIONS, IMPORT_OBLIGATIONS, IMPORT_LOTS,
	IMPORT_NKINDS,
};

/* "zones" -> IMPORT_ZONES ...; -1 when unknown. */
int import_kind_parse(const char *name);
const char *import_kind_name(enum import_kind k);

struct import_options {
	int dry_run;         /* validate and count, then roll back */
	int max_errors;      /* report up to this many errors (>= 1) */
	const char *actor;   /* who imports: recorded with revisions and in the audit */
	FILE *progress;      /* a terminal for the progress bar, or NULL */
	long today;          /* days since 1970 for "not in the future" checks; 0 = now */
};

struct import_stats {
	long rows, added, changed, unchanged;
	long errors; /* errors found (reported up to max_errors) */
};

/* Called for each error found, up to max_errors; E is borrowed. */
typedef void (*import_error_fn)(void *ctx, struct sb40_error *e);

/* Import the CSV file PATH (named NAME in messages; NAME may be NULL).
 * Returns 0 when the file was imported (or, with dry_run, would be);
 * otherwise the store is unchanged, ERR holds the first error and ON_ERROR
 * (if given) was called for every reported one. */
int import_file(struct store *st, enum import_kind kind, const char *path, const char *name,
		const struct import_options *opt, struct import_stats *stats,
		import_error_fn on_error, void *ctx, struct sb40_error *err);

/* The same on a reader the caller opened (e.g. an upload held in memory). */
int import_csv(struct store *st, enum import_kind kind, struct csvr *r,
	       const struct import_options *opt, struct import_stats *stats,
	       import_error_fn on_error, void *ctx, struct sb40_error *err);

#endif
