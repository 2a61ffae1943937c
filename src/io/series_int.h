/* series_int.h - the series builder shared by series.c (CSV, one stored
 * series) and series_bulk.c (many stored series): points are collected per
 * series, then sorted, checked and filled, so every reader has the same
 * rules and messages.  Internal to src/io.
 *
 * Ownership: a struct builder owns its series' names and points until
 * builder_release(); builder_finish() moves the names into the set.
 */
#ifndef SB40_IO_SERIES_INT_H
#define SB40_IO_SERIES_INT_H
#include "base/hset.h"
#include "io/series.h"

struct pt {
	long key;
	double v;
	long line;
	int missing;
};

struct acc {
	char *name;
	enum series_freq freq;
	long freq_line; /* where the frequency was first seen */
	struct pt *p;
	size_t n, cap;
};

struct builder {
	const char *file; /* for messages */
	struct acc *a;
	size_t n, cap;
	struct hset names; /* name -> index + 1 */
	enum series_fill fill;
};

void builder_release(struct builder *b);
/* The series called NAME, created when new; NULL when out of memory. */
struct acc *builder_series(struct builder *b, const char *name, size_t len);
/* Add one point (period text, value text; an empty or NA value is missing);
 * LINE, PCOL and VCOL place messages (0: no place). */
int builder_add(struct builder *b, struct acc *a, const char *per, size_t plen,
		const char *val, size_t vlen, long line, long pcol, long vcol,
		struct sb40_error *err);
/* Every series sorted, checked and filled into OUT, in the order created. */
int builder_finish(struct builder *b, struct series_set *out, struct sb40_error *err);

#endif
