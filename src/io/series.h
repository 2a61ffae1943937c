/* series.h - time series to forecast, read from CSV or from the store.
 *
 * Why: `sb40 forecast`, the backtester and the benchmark need equally spaced
 * series with their periods, validated the way an import is (errors name
 * FILE:LINE:COLUMN), from the two CSV shapes people have:
 *   long  `series,period,value` (DESIGN.md; many series, rows in any order;
 *         the M3 data is in this form), recognised by those three header
 *         names (any order, other columns ignored);
 *   wide  `period,V1[,V2...]` (first column the period, whatever its name;
 *         every other column is one series named by its header; the
 *         article's `year,total_output,...` table is in this form);
 * or from the store's current observations of one entity and indicator.
 *
 * Periods: a year `2024`, a quarter `2024Q3`, a month `2024-03`, or an
 * integer index `43` (a series whose periods are integers below 1000 or
 * above 2999 is an index series; years inside an index series count as
 * indices).  All periods of one series have one frequency.
 *
 * Checks: a non-numeric value (line and column), a duplicate period (both
 * lines), mixed frequencies, an empty series, and gaps: a missing period (or
 * an empty / NA value between two values) is an error naming the series and
 * the period, unless FILL says how to fill it (linear interpolation, the
 * previous value, zero).  Empty / NA values before the first or after the
 * last value of a series are left out.
 *
 * Ownership: a struct series_set owns its series, names and values; free it
 * with series_set_release().  Arguments are borrowed for the call.
 */
#ifndef SB40_IO_SERIES_H
#define SB40_IO_SERIES_H
#include <stddef.h>
#include "base/error.h"
#include "store/store.h"

enum series_freq { SERIES_YEAR = 1, SERIES_QUARTER, SERIES_MONTH, SERIES_INDEX };
enum series_fill { FILL_NONE = 0, FILL_LINEAR, FILL_PREVIOUS, FILL_ZERO };

struct series {
	char *name;
	enum series_freq freq;
	long first;    /* key of the first period: year, year*4+q-1, year*12+m-1, index */
	double *y;     /* n values, oldest first, all finite */
	size_t n;
	size_t filled; /* values that FILL supplied */
};

struct series_set {
	struct series *s;
	size_t n, cap;
};

/* "linear", "previous", "zero" (or "none"); -1 for anything else. */
int series_fill_parse(const char *s);
/* The seasonal period of a frequency: 4 quarterly, 12 monthly, else 1. */
int series_season(enum series_freq f);
/* The text of the period I steps after the first of S (I may be >= n, for
 * forecasts): "2024", "2024Q3", "2024-03" or "43".  OUT >= 24 bytes. */
char *series_period(const struct series *s, size_t i, char *out);

/* Read the CSV file PATH ("-": standard input), named NAME in messages
 * (PATH when NULL).  Returns 0 with OUT filled (series in the order they
 * first appear), or a status with ERR filled and OUT empty. */
int series_read_csv(const char *path, const char *name, enum series_fill fill,
		    struct series_set *out, struct sb40_error *err);
/* The same from memory (for tests). */
int series_read_mem(const char *name, const char *data, size_t len, enum series_fill fill,
		    struct series_set *out, struct sb40_error *err);

/* The current values of INDICATOR for ENTITY ("zone:CODE", "enterprise:TIN",
 * "region:NAME", "country:UZ") as one series named "ENTITY/INDICATOR". */
int series_read_store(struct store *st, const char *entity, const char *indicator,
		      enum series_fill fill, struct series_set *out, struct sb40_error *err);

/* Whether ENTITY and INDICATOR name many stored series (series_bulk.c): a
 * kind with a wildcard, "zone:*", "enterprise:*", "region:*", "country:*"
 * or "enterprise:*@zone:CODE" (the firms of one zone), and/or the indicator
 * "*" (every indicator with values).  1 many, 0 one series, -1 a malformed
 * wildcard (MSG says which option and why). */
int series_store_many(const char *entity, const char *indicator, char *msg, size_t msgn);
/* Every series they name that has values, each read as series_read_store()
 * reads it alone and named as it names it, sorted by name; one query.  An
 * unknown entity, zone or indicator, or nothing stored, is an error. */
int series_read_store_many(struct store *st, const char *entity, const char *indicator,
			   enum series_fill fill, struct series_set *out, struct sb40_error *err);

void series_set_release(struct series_set *set);

#endif
