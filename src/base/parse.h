/* parse.h - strict parsing of the values that appear in import files.
 *
 * Why: every importer and the forecasting reader need the same rules for a
 * number, a date and a period, and the same wording when one is wrong.
 * All functions are pure; on failure they write a message (without place)
 * into MSG (size MSGN) and return -1; on success they return 0.  The _e
 * forms fill a struct sb40_error instead (code SB40_EINVAL, no place: the
 * caller adds it with error_place), which keeps the message translatable.
 */
#ifndef SB40_BASE_PARSE_H
#define SB40_BASE_PARSE_H
#include "base/error.h"
#include <stddef.h>

/* A finite decimal number: optional sign, digits, '.', exponent.  No
 * thousands separators; a decimal comma gets a hint in the message. */
int parse_double(const char *s, size_t len, double *out, char *msg, size_t msgn);
int parse_double_e(const char *s, size_t len, double *out, struct sb40_error *e);

/* A whole number in [MIN, MAX]. */
int parse_long(const char *s, size_t len, long min, long max, long *out,
	       char *msg, size_t msgn);
int parse_long_e(const char *s, size_t len, long min, long max, long *out,
		 struct sb40_error *e);

/* A calendar date YYYY-MM-DD (1900..2199), returned as days since 1970-01-01. */
int parse_date(const char *s, size_t len, long *days, char *msg, size_t msgn);
int parse_date_e(const char *s, size_t len, long *days, struct sb40_error *e);

/* Days since 1970-01-01 for a proleptic Gregorian Y-M-D, and back. */
long date_from_ymd(int y, int m, int d);
void date_to_ymd(long days, int *y, int *m, int *d);
int date_days_in_month(int y, int m);
/* DAYS plus MONTHS calendar months; the day is clamped to the month's end
 * (2024-11-30 + 3 months = 2025-02-28). */
long date_add_months(long days, int months);
/* "YYYY-MM-DD" into OUT (at least 11 bytes). */
char *date_format(long days, char *out);

/* A period: a year "2024" (PERIOD_YEAR), a quarter "2024Q3" (PERIOD_QUARTER)
 * or, where allowed, a plain integer index "43" (PERIOD_INDEX).  The key
 * orders periods so that consecutive ones differ by 1: year -> year,
 * quarter -> year*4 + q-1, index -> index. */
enum period_kind { PERIOD_YEAR = 1, PERIOD_QUARTER = 2, PERIOD_INDEX = 3 };
struct period {
	enum period_kind kind;
	long key;
};
/* ALLOW_INDEX: accept integers outside the year range 1000..2999 as indices. */
int parse_period(const char *s, size_t len, int allow_index, struct period *out,
		 char *msg, size_t msgn);
int parse_period_e(const char *s, size_t len, int allow_index, struct period *out,
		   struct sb40_error *e);
/* Text of a period: "2024", "2024Q3" or "43".  OUT at least 24 bytes. */
char *period_format(struct period p, char *out);

#endif
